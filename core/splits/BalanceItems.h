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

// What to gather. A report alone (the CLI without plans) needs neither: one item per
// class x split x key (BalanceItem::count samples, durations summed) and no rebalance
// items, so a million samples take a few dozen items.
struct BalanceGather
{
    bool perSample = true; // false: items aggregated per class, split and key (sampleId 0)
    bool rebalance = true; // false: `all` and `training` are left empty
};

// Streams the project once (store/SampleScan.h).
BalanceInputs gatherBalanceInputs(Project& project, const QString& by,
                                  const BalanceGather& what = {});

// Samples per class among rebalance items.
QMap<QString, qint64> countsByClass(const std::vector<RebalanceItem>& items);

} // namespace tally
