#pragma once
// Whole-project passes at a million samples: every sample streamed once in id order,
// with what the project-wide commands (split, balance, stats, export) need of it,
// without holding the samples in memory. Where a sample has no imported class, the
// scan also gives the class most annotators labelled it with (ties: the class name
// that sorts first, as QString compares), read in the same pass from a second
// streamed query over the labels of those samples only.
//
// The rows a callback sees are valid only during the call; QStrings in them may be
// kept (they are implicitly shared). Class names come from classNames() and are shared
// too, so keeping one per sample costs no allocation.
//
// Thread-safety: like Project, use from the thread that opened the project. The scan
// holds one read transaction while it runs; the callback must not write to the project.

#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace tally {

class Project;

struct ScannedSample
{
    qint64 id = 0;
    SampleKind kind = SampleKind::Audio;
    qint64 classId = 0;      // the class given at import; 0 = none
    qint64 labelClassId = 0; // classId == 0 only: the majority label's class; 0 = none
    QString path;            // stored form
    QString contentHash;
    QString split; // "" = none
    QString groupKey;
    double durationSec = 0.0;
};

class SampleScan
{
public:
    explicit SampleScan(Project& project);

    // Class id -> name, every class of the project.
    const QHash<qint64, QString>& classNames() const { return m_classNames; }
    // The name of class id (empty for 0 or an unknown id), shared.
    QString className(qint64 id) const { return m_classNames.value(id); }

    // Calls fn for every sample in id order. Stops at the first database error and
    // returns it (naming the project file).
    Status run(const std::function<void(const ScannedSample&)>& fn) const;

private:
    Project& m_project;
    QHash<qint64, QString> m_classNames;
};

// Non-background samples counted by effective class (the imported class, else the
// majority label as SampleScan gives it; 0 = none) and stored split ("" = none), with
// their durations summed: what a pass over SampleScan would count, but the imported
// classes are counted by SQL (GROUP BY) and only the samples without one are streamed.
struct ClassSplitCell
{
    qint64 classId = 0;
    QString split;
    qint64 count = 0;
    double durationSec = 0.0;
};
Result<std::vector<ClassSplitCell>> classSplitCells(const SampleScan& scan, const Project& project);

// Sample count, total duration and samples per kind, in one SQL pass.
struct SampleTotals
{
    qint64 samples = 0;
    double durationSec = 0.0;
    QMap<SampleKind, qint64> kinds; // kinds without samples are absent
};
Result<SampleTotals> sampleTotals(const Project& project);

// Kind -> number of samples of that kind (kinds without samples are absent), by SQL.
QMap<SampleKind, qint64> sampleKindCounts(const Project& project);

// Every sample in id order as a full record, streamed (nothing is held): fn(record, split
// ("" = none), metadata JSON text ("" = none)). The record's `added` is not read (left
// invalid); the record may be moved from. onlyWithMetadata: only the samples that have
// metadata. Stops at a database error and returns it.
using SampleVisitor =
    std::function<void(SampleRecord& record, const QString& split, const QString& metadata)>;
Status forEachSample(const Project& project, const SampleVisitor& fn,
                     bool onlyWithMetadata = false);

// The distinct metadata JSON texts of the project's samples (none empty), by SQL: a
// cheap superset of what any selection of samples carries.
Result<QStringList> distinctSampleMetadata(const Project& project);

} // namespace tally
