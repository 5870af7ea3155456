#pragma once
// Onset of degradation in a feature trend (one value per snapshot, in time order).
//
// The first baselineCount values are the healthy baseline: their median m and their
// median absolute deviation, scaled by 1.4826 so that it estimates the standard
// deviation of Gaussian noise (sigma). The onset is the first index i >= baselineCount
// such that the values i .. i + run - 1 all exceed m + k * sigma (NaN never does).
// A rise shorter than `run`, or one that starts too close to the end to last `run`
// values, is no onset.
//
// If the baseline's MAD is 0 (at least half its values equal), sigma becomes
// 1e-9 * max(|m|, 1e-300): any real rise above a flat baseline counts, while rounding
// of a constant does not.
//
// Non-finite baseline values are left out of m and sigma.
//
// nullopt when there is no onset, when the baseline has no finite value, when the trend is not
// longer than the baseline, or when baselineCount < 1 or run < 1. Indices count from 0: index 20 is
// the 21st snapshot.

#include <optional>
#include <vector>

namespace tally {

std::optional<int> onsetIndex(const std::vector<double>& trend, int baselineCount = 20,
                              double k = 3.0, int run = 3);

} // namespace tally
