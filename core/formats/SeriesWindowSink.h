#pragma once
// The two outputs of SeriesExporter, written as the windows come (formats/SeriesExporter.h
// says what they hold): windows.npy + labels.csv, or one Edge Impulse CSV per window +
// info.labels. Private to SeriesExporter.
//
// Thread-safety: a sink belongs to the thread that runs the export.

#include "formats/ExportSet.h"
#include "formats/SeriesExporter.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace tally {

class ExportFolder;

// One snapshot's frames on the export's channels, ready to be cut into windows.
struct SeriesPart
{
    std::vector<float> frames; // interleaved, channels.size() values per frame
    std::vector<int> channels; // source channel numbers, from 1
    QStringList names;         // the column name of each
    double rateHz = 0;

    qint64 frameCount() const
    {
        return channels.empty() ? 0 : qint64(frames.size()) / qint64(channels.size());
    }
};

// Edge Impulse knows training and testing only: validation (and no split) is training.
QString edgeImpulseCategory(const QString& split);
// {1, 3} -> "1,3".
QString seriesChannelList(const std::vector<int>& channels);

// Where an export's windows go. add() writes a sample's windows (windows of
// options.windowFrames every options.strideFrames, from frame 0); an error of the sample
// itself (not of the disk) is put in *sampleError, and then nothing of it is written.
// A returned error fails the export; nothing is left of the files then.
class SeriesWindowSink
{
public:
    // The sink of options.format, writing into folder's staging folder (both outlive it).
    static std::unique_ptr<SeriesWindowSink> make(const ExportFolder& folder,
                                                  const SeriesExportOptions& options);
    virtual ~SeriesWindowSink() = default;
    virtual Status open() = 0;
    virtual Status add(const ExportItem& item, const SeriesPart& part, qint64 windows,
                       std::optional<Error>* sampleError) = 0;
    // Closes the files (checked) and appends their names to *files.
    virtual Status finish(QStringList* files) = 0;
};

} // namespace tally
