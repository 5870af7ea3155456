#pragma once
// What a sample carries beyond SampleRecord: its metadata (a JSON object in
// samples.metadata: demographics, the sentence of a Common Voice clip, ...) and the
// up / down votes a source dataset counted (samples.imported_up / imported_down,
// schema version 3). Importers that have these store samples through insertSamples()
// here, so that a sample and its metadata are committed together or not at all.
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "store/SampleRecord.h"
#include "store/SeriesTrends.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>
#include <vector>

namespace tally {

class Project;

// A box an annotation file brought in with an image (COCO, VOC, YOLO). Pixels, origin
// at the image's top-left corner (store/Records.h BoxRecord).
struct ImportedBox
{
    QString className;     // created if missing; empty = no class
    QString annotatorName; // empty = "imported"
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
};

struct SampleExtras
{
    QJsonObject metadata;                 // empty = none (stored as NULL)
    int importedUp = 0;                   // >= 0
    int importedDown = 0;                 // >= 0
    QList<ImportedBox> boxes;             // stored with the sample (not for a duplicate path)
    std::optional<SeriesSnapshot> series; // a sensor snapshot's run, time and features
    std::optional<bool> consent;          // samples.consent (empty = not recorded)
    QString owner;                        // samples.owner (empty = none)
};

// The annotator boxes and labels are stored under when an import names none.
inline QString importedAnnotatorName()
{
    return QStringLiteral("imported");
}

class SampleMeta
{
    Q_DECLARE_TR_FUNCTIONS(tally::SampleMeta)

public:
    explicit SampleMeta(Project& project) : m_project(project) {}

    // Project::insertSamples with extras[i] stored on records[i] (sizes must match),
    // in one transaction (all or nothing); sets the records' ids (0 for a path already
    // in the project, counted in *duplicates). Classes named in className and in the
    // boxes are created, and so are the boxes' annotators (role annotator). A box whose
    // w or h is not > 0 is refused (the whole batch fails).
    Status insertSamples(std::vector<SampleRecord>& records,
                         const std::vector<SampleExtras>& extras, int* duplicates = nullptr);

    // Replaces one sample's metadata (an empty object clears it).
    Status setMetadata(qint64 sampleId, const QJsonObject& metadata);
    // Sets one sample's imported vote counts (negative counts are refused).
    Status setImportedVotes(qint64 sampleId, int up, int down);

    // The stored metadata and counts of a sample; an error if there is no such sample.
    Result<SampleExtras> extras(qint64 sampleId) const;

private:
    Project& m_project;
};

} // namespace tally
