#pragma once
// Merges a colleague's copy of a project (another .tally file) into this one: samples
// are matched by content hash (SHA-1 of the file bytes) and, where several samples share
// the same bytes, by path (see matchSamples below), and their labels, regions, boxes,
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

// A sample of the other project whose bytes several samples here share, none of which
// its path singles out: nothing of it is merged.
struct MergeAmbiguity
{
    static constexpr int kListed = 10; // candidates listed at most
    QString path;                      // as stored in the other project
    QStringList candidates;            // samples here it could be (stored paths), sorted
    int candidateCount = 0;            // how many there are (more than listed, maybe)
};

// Matching, one to one: each sample here takes at most one of the other project's.
// Among the samples with the same content hash on both sides, pairs are made by
//   1. the same stored path;
//   2. the same file name, when exactly one left on each side has it;
//   3. the one left on each side, when exactly one is left on each side.
// What is still unpaired there is ambiguous when samples here with those bytes are
// still unpaired too, and unmatched otherwise.
struct MergeReport
{
    int matched = 0;       // the other project's samples paired with one here
    QStringList unmatched; // their paths (as stored there) — no sample here, nothing merged
    QList<MergeAmbiguity> ambiguous; // same bytes as several here; skipped, nothing merged
    MergeCounts counts;              // what was written (rows stored), and the conflicts
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
