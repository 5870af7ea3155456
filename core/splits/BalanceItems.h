#pragma once
// The inputs of a balance report and of the rebalance plans, gathered from a project
// the same way for `tally-cli balance` and the GUI's Class Balance dock:
//   items     every non-background sample: its effective class (splits/EffectiveClass.h,
//             "" = none), stored split, duration, and its value of the dimension `by`:
//             "split" (the stored split), "status" (core/review's derived status name)
//             or any metadata key
//   all       the samples with a class, as rebalance items (hash key: content hash,
//             else the stored path)
//   training  of those, the training samples (all of them when no split is stored)
//
// Thread-safety: reads the project on the calling thread.

#include "splits/Balance.h"

#include <vector>

namespace tally {

class Project;

struct BalanceInputs
{
    std::vector<BalanceItem> items;
    std::vector<RebalanceItem> all;
    std::vector<RebalanceItem> training;
};

BalanceInputs gatherBalanceInputs(Project& project, const QString& by);

// Samples per class among rebalance items.
QMap<QString, qint64> countsByClass(const std::vector<RebalanceItem>& items);

} // namespace tally
