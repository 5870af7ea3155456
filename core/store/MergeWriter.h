#pragma once
// Writes annotations brought in from another project (formats/ProjectMerge) into this
// one, in ONE transaction: all of it or nothing. Everything is named, not numbered
// (annotators and classes by name; samples by this project's ids, already matched),
// because the other file's ids mean nothing here.
//
// Rules:
//   annotators  created if missing (with the role given); an existing one keeps its role
//   classes     created if missing (by name)
//   labels      none here → added; same class → nothing; another class → a conflict:
//               the newer (by `at`) is kept, counted in conflicts either way (so a
//               conflict where this project's newer label stays is counted on every merge)
//   votes       as labels (up / down)
//   regions     added unless this annotator already has an identical one on the sample
//               (same times, band and class), so merging a file twice adds nothing
//   boxes       added unless this annotator already has an identical one on the image
//               (same x, y, w, h and class)
//   reviews     added unless an identical one exists (reviewer, decision, class, at)
// Each change gets an audit row with the time it was made in the other project (so a
// sample's history stays in time order) and one "merge" row sums the merge up.
//
// Thread-safety: like Project.

#include "store/Records.h"
#include "store/Reviews.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace tally {

class Project;

struct MergeLabel
{
    qint64 sampleId = 0;
    QString annotator;
    QString className;
    QDateTime at;
};
struct MergeVote
{
    qint64 sampleId = 0;
    QString annotator;
    bool up = true;
    QDateTime at;
};
struct MergeRegion
{
    qint64 sampleId = 0;
    QString annotator;
    QString className; // empty = no class
    double startSec = 0.0;
    double endSec = 0.0;
    std::optional<double> lowHz;
    std::optional<double> highHz;
    QDateTime at;
};
struct MergeBox
{
    qint64 sampleId = 0;
    QString annotator;
    QString className; // empty = no class
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
};

struct MergeReview
{
    qint64 sampleId = 0;
    QString reviewer;
    ReviewKind kind = ReviewKind::Class;
    QString className; // for kind Class
    QString reason;
    QDateTime at;
};

struct MergeBatch
{
    QHash<QString, AnnotatorRole> annotators; // every name used below, with its role there
    QList<MergeLabel> labels;
    QList<MergeRegion> regions;
    QList<MergeBox> boxes;
    QList<MergeVote> votes;
    QList<MergeReview> reviews;
    QString source; // the other file, for the audit row
};

struct MergeCounts
{
    int annotatorsAdded = 0;
    int classesAdded = 0;
    int labels = 0; // label rows written (added, or replaced by a newer one), each once
    int regions = 0;
    int boxes = 0;
    int votes = 0; // vote rows written, each once
    int reviews = 0;
    int conflicts = 0; // labels and votes that differed (see rules above)
};

class MergeWriter
{
    Q_DECLARE_TR_FUNCTIONS(tally::MergeWriter)

public:
    explicit MergeWriter(Project& project) : m_project(project) {}
    // Applies batch; byAnnotatorId (0 = none) is recorded on the summary audit row.
    Result<MergeCounts> apply(const MergeBatch& batch, qint64 byAnnotatorId = 0);

private:
    Project& m_project;
};

} // namespace tally
