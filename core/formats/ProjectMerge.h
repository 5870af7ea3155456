#pragma once
// Merges a colleague's copy of a project (another .tally file) into this one: samples
// are matched by content hash (SHA-1 of the file bytes), and their labels, regions, boxes,
// votes and reviews come in under their annotators' names (created here if missing),
// with classes matched by name (created if missing). The rules for conflicts and
// repeats are those of store/MergeWriter.h; everything is written in one transaction
// in the target (all or nothing).
//
// The other file is never written: it is copied (with its -wal file) to a temporary
// folder and that copy is opened, so that even a schema migration leaves it untouched.
//
// Thread-safety: run on the thread that owns `target`.

#include "store/MergeWriter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace tally {

class Project;

struct MergeReport
{
    int matched = 0;       // the other project's samples found here by content hash
    QStringList unmatched; // their paths (as stored there) — skipped, nothing merged
    MergeCounts counts;    // what was written, and the conflicts
};

class ProjectMerge
{
    Q_DECLARE_TR_FUNCTIONS(tally::ProjectMerge)

public:
    // byAnnotatorId (0 = none) is recorded as who merged. Errors: the other file cannot
    // be read or opened, it is the target itself, or the target refused the write.
    static Result<MergeReport> run(Project& target, const QString& otherPath,
                                   qint64 byAnnotatorId = 0);
};

} // namespace tally
