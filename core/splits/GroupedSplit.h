#pragma once
// Grouped + stratified split: every sample of a group (speaker, recording, site, or
// any metadata value) goes to the same split — no group is in two splits, by
// construction, since the unit assigned is the group — and each class's proportions
// in training / validation / testing come as close to the targets as the groups allow.
//
// Algorithm (deterministic given the seed and the items; the order of the items does
// not matter):
//  1. Targets: for class c with n_c samples, t[s][c] = n_c * p_s, with p_validation,
//     p_testing from the options and p_training = the rest.
//  2. Order the groups: by size band (floor(log2(samples)), largest band first, so
//     that big groups are placed while there is room), then by h = first 8 bytes of
//     SHA-1("<seed>\x1f<group>") (the seed reshuffles groups within a band), then by
//     name.
//  3. Greedy: put each group in the split s that minimises the increase of
//        cost = sum over splits s, classes c of ((a[s][c] - t[s][c]) / n_c)^2
//     where a[s][c] counts the class-c samples already in s. Dividing by n_c weighs
//     a small class's relative error like a large one's. Ties go to training, then
//     validation, then testing.
// A sample with an empty group is a group of its own (keyed by its id).
// Cost: O(groups log groups + samples * 3).

#include "splits/SpeechCommandsSplit.h"

#include <QHash>
#include <QString>
#include <vector>

namespace tally {

struct GroupedSplitItem
{
    qint64 sampleId = 0;
    QString group;     // empty: the sample is its own group
    QString className; // the stratum (empty is a class of its own)
};

struct GroupedSplitOptions
{
    double validationPercent = 10.0; // 0..100, validation + testing <= 100
    double testingPercent = 10.0;
    quint64 seed = 0;
};

class GroupedSplit
{
public:
    // Sample id -> split for every item.
    static QHash<qint64, Split> assign(const std::vector<GroupedSplitItem>& items,
                                       const GroupedSplitOptions& options);
    // The ordering key of step 2 (exposed for tests).
    static quint64 groupHash(quint64 seed, const QString& group);
};

} // namespace tally
