#include "audio/SignalStats.h"

#include <algorithm>
#include <cmath>

namespace tally {

void SignalStats::Accumulator::addOne(float x)
{
    const int l = int(m_count % kLanes);
    const float a = std::fabs(x);
    m_sum[l] += double(x) * double(x);
    m_peak[l] = std::max(m_peak[l], a);
    m_clipped[l] += a >= kClipLevel ? 1 : 0;
    ++m_count;
}

// Four independent accumulators let the compiler keep several additions in flight
// (and vectorise) without -ffast-math; the sum of squares is kept in double so long
// files do not lose precision. Samples before the block's first lane-0 position and
// after its last whole group go one at a time, so lane = global index % kLanes.
void SignalStats::Accumulator::add(const float* samples, qint64 count)
{
    if (!samples || count <= 0)
        return;
    qint64 i = 0;
    for (; i < count && m_count % kLanes != 0; ++i)
        addOne(samples[i]);
    for (; i + kLanes <= count; i += kLanes) {
        for (int l = 0; l < kLanes; ++l) {
            const float x = samples[i + l];
            const float a = std::fabs(x);
            m_sum[l] += double(x) * double(x);
            m_peak[l] = std::max(m_peak[l], a);
            m_clipped[l] += a >= kClipLevel ? 1 : 0;
        }
        m_count += kLanes;
    }
    for (; i < count; ++i)
        addOne(samples[i]);
}

SignalStats SignalStats::Accumulator::result() const
{
    SignalStats stats;
    if (m_count <= 0)
        return stats;
    const double total = (m_sum[0] + m_sum[1]) + (m_sum[2] + m_sum[3]);
    const double rms = std::sqrt(total / double(m_count));
    stats.rmsDbfs = rms > 0.0 ? std::max(20.0 * std::log10(rms), kSilenceDb) : kSilenceDb;
    stats.peak = std::max({m_peak[0], m_peak[1], m_peak[2], m_peak[3]});
    stats.clippedFraction =
        double(m_clipped[0] + m_clipped[1] + m_clipped[2] + m_clipped[3]) / double(m_count);
    return stats;
}

SignalStats SignalStats::of(const float* samples, qint64 count)
{
    Accumulator acc;
    acc.add(samples, count);
    return acc.result();
}

} // namespace tally
