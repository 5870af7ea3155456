#pragma once
// Exports sensor series samples (kind Series, issue 14) as fixed windows for training:
//
//   series-npy:        OUT/windows.npy  float32, shape (windows, windowFrames, channels),
//                                       C order: window k, frame f, channel c
//                      OUT/labels.csv   one row per window of windows.npy, RFC 4180 (CRLF):
//                                       index,sample,start_frame,class,split
//                                       (index: the window's row in windows.npy, from 0;
//                                       sample: the stored path; start_frame: from 0 in
//                                       the snapshot; split: the stored one, may be "")
//   edge-impulse-csv:  OUT/<class>.<stem>.<start>.csv  one file per window, in the Edge
//                                       Impulse CSV layout: header `timestamp,<channels>`
//                                       (the source CSV's channel names, else ch1, ch2 ...
//                                       by source channel), timestamp in ms from the
//                                       window's start at the snapshot's rate
//                      OUT/info.labels  (shared/FORMATS.md) one entry per file, metadata
//                                       as ManifestExporter writes it plus sample,
//                                       start_frame, window_frames and channels.
//                                       Edge Impulse has only "training" and "testing":
//                                       validation (and no split) goes to "training"; the
//                                       stored split stays in metadata "split".
//   both:              OUT/DATASET_CARD.md, OUT/ATTRIBUTION.md (DatasetCard, counting
//                      samples), and the export recorded as a version of the samples that
//                      had windows written.
//
// Windows: windowFrames frames starting every strideFrames frames, from frame 0, of each
// exported snapshot (a trailing part shorter than a window is dropped), on
// options.channels (from 1, in the order given; empty: every channel of the file). The
// class is the sample's effective class (formats/ExportSet.h). Left out with a reason in
// ExportReport::skippedSamples: samples of other kinds, a snapshot shorter than one
// window, and (normalOnly) training / validation samples of another class.
//
// normalOnly (training an anomaly detector): in training and validation only samples of
// that class are written; testing keeps every class. A sample without a split counts as
// training here, as in Edge Impulse.
//
// Errors of one sample (unreadable file, a listed channel it does not have, for
// series-npy a channel count other than the first written sample's, a class name that
// cannot be a file name) go to ExportReport::errors; the rest goes on. A file that cannot
// be written fails the export as a whole (ExportReport::failure): the windows are
// streamed into the staging folder (formats/ExportFolder.h), which is put in place only
// at the end, so OUT is left as it was and no version is recorded.
//
// ExportReport::written counts windows (rows of windows.npy, or files), not samples.
//
// Thread-safety: run() uses the project on the calling thread.

#include "formats/ExportSet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace tally {

class Project;

enum class SeriesExportFormat
{
    Npy,            // "series-npy"
    EdgeImpulseCsv, // "edge-impulse-csv"
};

struct SeriesExportOptions
{
    QString folder;         // the output folder (created if missing)
    bool overwrite = false; // allow a non-empty folder (see ExportFolder)
    SeriesExportFormat format = SeriesExportFormat::Npy;
    qint64 windowFrames = 0;   // > 0
    qint64 strideFrames = 0;   // > 0
    std::vector<int> channels; // from 1; empty: all
    QString normalOnly;        // empty: every class everywhere
    bool recordVersion = true;
    ExportFilter filter;
};

class SeriesExporter
{
    Q_DECLARE_TR_FUNCTIONS(tally::SeriesExporter)

public:
    static QString windowsFileName() { return QStringLiteral("windows.npy"); }
    static QString labelsFileName() { return QStringLiteral("labels.csv"); }

    static ExportReport run(Project& project, const SeriesExportOptions& options,
                            const ExportInputs& inputs = {});

    // "series-npy" / "edge-impulse-csv".
    static std::optional<SeriesExportFormat> formatNamed(const QString& name);
    static QString formatName(SeriesExportFormat format);
    // "1,3" -> {1, 3}: positive channel numbers, none twice. The error says why.
    static Result<std::vector<int>> parseChannels(const QString& list);
    // Windows of windowFrames every strideFrames in frames (0 when shorter than one).
    static qint64 windowCount(qint64 frames, qint64 windowFrames, qint64 strideFrames);
    // The parameters recorded with the version and written in the dataset card.
    static QJsonObject parameters(const SeriesExportOptions& options);
};

} // namespace tally
