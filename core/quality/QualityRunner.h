#pragma once
// Runs the quality checks over a project: the one entry point the GUI (on a worker,
// through runAt()) and tally-cli share.
//
// 1. Samples whose stored measure is missing or stale (another content hash, a new
//    measuring version, other measuring parameters) are decoded and measured on a thread
//    pool, in batches, each batch stored in one transaction (store/QualityMeasures.h).
//    A file that cannot be read is an error naming it; the run goes on.
// 2. Every check compares the stored measures with the project's thresholds
//    (quality/QualitySettings.h), so a run after a threshold change decodes nothing.
// 3. duplicate (same content hash; the other sample is the one imported first),
//    near-duplicate (quality/NearDuplicates.h; pairs that are exact duplicates are left
//    to duplicate), the box checks (from the boxes table) and leak (a duplicate or
//    near-duplicate pair in two different splits, or a group (samples.group_key) in
//    two splits).
// 4. The findings replace the open flags of the checks that ran (store/Flags.h), in one
//    audited transaction, unless the run was cancelled (then nothing is recorded).
//
// Scoped (options.scope: the samples an import just added or a change touched): only
// those are measured and compared with the thresholds; duplicate, near-duplicate and
// leak compare them with the whole project from the stored content hashes, fingerprints
// and splits (nothing else is decoded, and no sample is read but the scoped ones and the
// others a finding names); the flags replaced are only the open rows naming a scoped
// sample, so every other sample's flags stay as they are. The cost follows the scope,
// except the near-duplicate search, which reads every stored fingerprint once.
//
// Threading: run() is synchronous on the thread that owns `project`; measuring runs on
// a private pool. progress runs on the calling thread; cancel is polled between batches.

#include "quality/NearDuplicates.h"
#include "store/Flags.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace tally {

class Project;

struct QualityLeak
{
    qint64 a = 0;
    qint64 b = 0;
    QString why;        // "duplicate", "near-duplicate" or "group"
    QStringList splits; // a's split, b's split
    QString group;      // why == "group": the group key
};

struct QualityRunOptions
{
    QStringList checks; // empty: every check
    int threads = 0;    // 0: one per core
    qint64 annotatorId = 0;
    // (done, total) samples measured so far, on the calling thread.
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
    bool record = true; // false: report only, store no flags
    // The samples to check (ids); empty optional: the whole project. An empty list checks
    // nothing and records nothing.
    std::optional<QList<qint64>> scope;
};

struct QualityReport
{
    QStringList checks;
    qint64 checked = 0;  // samples the checks looked at
    qint64 measured = 0; // decoded this run (the rest came from stored measures)
    std::vector<FoundFlag> flags;
    QList<QualityLeak> leaks;
    QList<Error> errors;          // files that could not be measured; a failed store write
    QHash<qint64, QString> paths; // sample id -> stored path, for every sample (scoped: the
                                  // scoped ones and the others a finding names)
    QHash<qint64, QString> splits;
    FlagsDelta delta;
    NearSearchStats nearStats;
    bool cancelled = false;
};

class QualityRunner
{
    Q_DECLARE_TR_FUNCTIONS(tally::QualityRunner)

public:
    static QualityReport run(Project& project, const QualityRunOptions& options);
    // run() on a Project of its own opened at projectPath: for a worker thread.
    static QualityReport runAt(const QString& projectPath, const QualityRunOptions& options);
};

} // namespace tally
