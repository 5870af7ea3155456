#include "audio/SignalStats.h"

#include <algorithm>
#include <cmath>

namespace tally {

// One pass over the samples. Four independent accumulators let the compiler keep
// several additions in flight (and vectorise) without -ffast-math; the sum of
// squares is kept in double so long files do not lose precision.
SignalStats SignalStats::of(const float* samples, qint64 count)
{
    SignalStats stats;
    if (!samples || count <= 0)
        return stats;
    constexpr int kLanes = 4;
    double sum[kLanes] = {};
    float peak[kLanes] = {};
    qint64 clipped[kLanes] = {};
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int l = 0; l < kLanes; ++l) {
            const float x = samples[i + l];
            const float a = std::fabs(x);
            sum[l] += double(x) * double(x);
            peak[l] = std::max(peak[l], a);
            clipped[l] += a >= kClipLevel ? 1 : 0;
        }
    }
    for (; i < count; ++i) {
        const float a = std::fabs(samples[i]);
        sum[0] += double(a) * double(a);
        peak[0] = std::max(peak[0], a);
        clipped[0] += a >= kClipLevel ? 1 : 0;
    }
    const double total = (sum[0] + sum[1]) + (sum[2] + sum[3]);
    const double rms = std::sqrt(total / double(count));
    stats.rmsDbfs = rms > 0.0 ? std::max(20.0 * std::log10(rms), kSilenceDb) : kSilenceDb;
    stats.peak = std::max({peak[0], peak[1], peak[2], peak[3]});
    stats.clippedFraction =
        double(clipped[0] + clipped[1] + clipped[2] + clipped[3]) / double(count);
    return stats;
}

} // namespace tally
