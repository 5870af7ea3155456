#pragma once
// What an export holds: the project's samples after the filters, each with the class,
// split, status and metadata the exporters write. Shared by SpeechCommandsExporter,
// ManifestExporter and DatasetCard.
//
// Effective class of a sample, first that is set:
//   1. inputs.classOverrides[id]  (the caller's, e.g. a reviewer's final decision),
//   2. the class given at import (SampleRecord::className),
//   3. the majority label among annotators (Exports::majorityLabels; ties: the class
//      name that sorts first).
// Audio samples with none are left out (counted in skippedNoClass), and so are image
// samples unless filter.keepImagesWithoutClass (detection exports: an image needs
// boxes, not a class). Background samples keep an empty class. Series and image
// samples are left out of audio exports by the caller (the selection keeps them).
//
// Filters:
//   allowedLicences   SPDX ids, compared case-insensitively; empty = every licence.
//                     A sample without a licence passes only when "" or "NOASSERTION"
//                     is in the list.
//   allowedSampleIds  the status filter as the caller computed it (core/review decides
//                     statuses); unset = every sample.
//
// Thread-safety: selectForExport() reads the project on the calling thread (the one
// that owns it); the returned items are plain values, safe to share read-only.

#include "formats/ExportFolder.h"
#include "formats/SampleStatusNames.h"
#include "store/Exports.h"
#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace tally {

class Project;

struct ExportItem
{
    qint64 sampleId = 0;
    SampleKind kind = SampleKind::Audio;
    QString storedPath;   // as in the project
    QString absolutePath; // the source file
    QString contentHash;
    QString className; // effective class ("" for background)
    QString split;     // "training" / "validation" / "testing" / "" (none stored)
    QString groupKey;
    double durationSec = 0.0; // of the source file
    int rateHz = 0;
    int channels = 0;
    int width = 0; // images: pixels (0 = unknown)
    int height = 0;
    QString licence;
    QString source;
    QString status; // from inputs.statusOf ("" = not given)
    QJsonObject metadata;
    QString exportPath; // filled by an exporter: the path as written (relative to the
                        // export folder), empty when the sample was not written
};

struct ExportFilter
{
    QStringList allowedLicences;                  // empty = all
    std::optional<QSet<qint64>> allowedSampleIds; // unset = all
    bool keepImagesWithoutClass = false;          // image samples pass with class ""
    // --skip-flagged: sample id -> the quality check whose active flag leaves it out
    // (core/quality fills it from the flags; checked before every other filter).
    QHash<qint64, QString> skipFlagged;
};

// What the caller knows that the store does not decide (statuses come from core/review).
struct ExportInputs
{
    SampleStatusNames statusOf;            // sample id -> status name (may be empty)
    QHash<qint64, QString> classOverrides; // sample id -> class name (wins over all)
    QHash<QString, int> qualityCounts;     // for the dataset card: check name -> samples
    QHash<QString, int> droppedByCheck;    // for the card: check -> samples left out by it
};

// A sample an export left out, and why ("its status “disputed” is not exported").
struct ExportSkip
{
    qint64 sampleId = 0;
    QString path; // as stored in the project
    QString reason;
};

struct ExportSelection
{
    std::vector<ExportItem> items; // by sample id
    int skippedLicence = 0;
    int skippedStatus = 0;
    int skippedNoClass = 0;
    int skippedFlagged = 0;
    QList<ExportSkip> skippedSamples; // every one of the above, with its reason
    int skipped() const { return skippedLicence + skippedStatus + skippedNoClass + skippedFlagged; }
};

// Per-file problems and totals every exporter reports. written counts samples whose
// files (or manifest rows) were written; skipped those the filters left out.
struct ExportReport
{
    QString folder; // absolute
    int written = 0;
    int skipped = 0;
    QList<Error> errors; // path + reason; the rest of the export went on
    // Set when the export failed as a whole (a file could not be written -- a full disk,
    // a size limit --, or the folder could not be put in place): nothing of it is in the
    // folder, which holds what it held before, and no version was recorded. It is also
    // the first entry of errors.
    std::optional<Error> failure;
    bool cancelled = false;
    qint64 version = 0;               // the recorded export version (0: none recorded)
    QStringList files;                // the manifest / card files written, relative to folder
    int augmented = 0;                // oversampled copies written (not counted in written)
    QList<ExportSkip> skippedSamples; // every skipped sample with its reason
    QStringList warnings;             // exportWarnings() of what was exported
};

// The statuses an export takes unless told otherwise (the GUI's ticks): samples whose
// labels agree, that a reviewer resolved, or that one annotator labelled — not the
// disputed, the rejected, nor the unlabelled ones (their imported class is unchecked).
QStringList defaultExportStatuses();

// What looks wrong in a set about to be written, one sentence each: a split (training,
// validation, testing) with no sample while others have some, and a class with no
// sample in a split that has samples. Nothing when no item has a split. Background
// items (no class) count for the splits only.
QStringList exportWarnings(const std::vector<ExportItem>& items);
// The counts those warnings come from, kept as items go by (a streamed export adds each
// item it writes): items per split, and per class and split.
struct ExportSplitTally
{
    QMap<QString, int> perSplit;
    QMap<QString, QMap<QString, int>> perClass; // class -> split -> items
    void add(const ExportItem& item);
    QStringList warnings() const;
};

// Counts the item as skipped in the report, with the reason.
void skipExportItem(ExportReport* report, const ExportItem& item, const QString& reason);
// skipExportItem for every item of a kind the format does not write ("an image in an
// audio export"), removing them from items.
void skipOtherKinds(ExportReport* report, std::vector<ExportItem>& items,
                    const std::function<bool(const ExportItem&)>& keep, const QString& format);

// Called on the thread that called run(): items handled so far, of total.
using ExportProgress = std::function<void(int done, int total)>;

Result<ExportSelection> selectForExport(Project& project, const ExportFilter& filter,
                                        const ExportInputs& inputs);

// The same selection streamed: fn gets each item that passes, in sample id order, and
// the skipped counts go to *counts (its items are left alone). Nothing is held, so an
// exporter that writes as it goes (the CSV manifest) stays small at any project size.
// onlyWithMetadata: only the items whose sample has metadata (a pass that collects the
// metadata keys of what the export holds reads just those).
using ExportItemVisitor = std::function<void(ExportItem&& item)>;
Status forEachExportItem(Project& project, const ExportFilter& filter, const ExportInputs& inputs,
                         const ExportItemVisitor& fn, ExportSelection* counts,
                         bool onlyWithMetadata = false);

// The snapshot a version records: written items (exportPath, else the stored path).
std::vector<ExportSnapshotItem> exportSnapshot(const std::vector<ExportItem>& items);

// Whether licence passes allowedLicences (see above).
bool licenceAllowed(const QString& licence, const QStringList& allowedLicences);

// The start every exporter shares: open the staging folder (ExportFolder::begin), then
// select the samples. On failure the error is appended to report->errors and nothing
// is returned; on success report->folder and report->skipped are filled in.
struct ExportStart
{
    std::unique_ptr<ExportFolder> folder;
    ExportSelection selection;
};
// Marks the export failed as a whole (see ExportReport::failure): error first in
// report.errors; written, augmented, files and version cleared.
void failExport(ExportReport& report, const Error& error);

// The end every exporter shares: commit the folder (marker, sync, swap into place), then
// record the version (record empty: none). A failure of either fails the export, and
// a version that cannot be recorded takes the new folder back out (the previous export
// returns), so a folder and its version come together or not at all.
using RecordVersion = std::function<Result<qint64>()>;
void finishExport(ExportFolder& folder, ExportReport& report, const RecordVersion& record);

std::optional<ExportStart> beginExport(Project& project, const QString& folder, bool overwrite,
                                       const ExportFilter& filter, const ExportInputs& inputs,
                                       ExportReport* report);

} // namespace tally
