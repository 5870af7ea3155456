#pragma once
// Leaks across the current splits, from what is stored (issue 13): shared by the GUI's
// Split dialog (after a split), DATASET_CARD.md and anything else that must say what
// leaks *now*, without running or decoding anything.
//   duplicate / near-duplicate  an open (not cleared) flag of that check whose sample and
//                               other sample are in two different splits (a dismissed
//                               flag still counts: the pair is still in two splits)
//   group                       a samples.group_key (speaker) in two splits: one leak per
//                               group and pair of splits, named by the first sample
//                               (lowest id) of the group in each, as QualityRunner does
// Samples without a split never leak. The list is sorted: pairs by (a, b), then groups
// by name. The flags are as fresh as the last `check`; the splits are the current ones.
//
// Thread-safety: like Project, on the thread that opened it.

#include "util/Result.h"

#include <QList>
#include <QString>

namespace tally {

class Project;

struct StoredLeak
{
    qint64 a = 0; // the earlier sample (the flag's other sample; a group's lower id)
    qint64 b = 0;
    QString why; // "duplicate", "near-duplicate" or "group"
    QString pathA, pathB;
    QString splitA, splitB;
    QString group; // why == "group"
};

Result<QList<StoredLeak>> storedSplitLeaks(Project& project);

} // namespace tally
