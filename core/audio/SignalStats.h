#pragma once
// Per-sample statistics kept in the store: level, peak and clipping.
//   rmsDbfs: 20*log10(rms) over all channels' samples, full scale = 1.0;
//            -inf is reported as -200 (digital silence).
//   peak:    max |x|.
//   clippedFraction: share of samples with |x| >= kClipLevel.
//
// SignalStats::Accumulator takes the samples in blocks of any size (a file decoded
// block by block) and gives bit-identical results to SignalStats::of() over the
// whole signal: of() is the accumulator fed once, and each sample goes to the
// partial sum of its global index modulo kLanes whatever the block edges.

#include "audio/Signal.h"

namespace tally {

struct SignalStats
{
    static constexpr float kClipLevel = 0.999f;
    static constexpr double kSilenceDb = -200.0;
    double rmsDbfs = kSilenceDb;
    double peak = 0.0;
    double clippedFraction = 0.0;

    class Accumulator
    {
    public:
        static constexpr int kLanes = 4;
        // Adds `count` samples (interleaved channels count as samples alike).
        void add(const float* samples, qint64 count);
        qint64 count() const { return m_count; }
        SignalStats result() const;

    private:
        void addOne(float x);
        double m_sum[kLanes] = {};
        float m_peak[kLanes] = {};
        qint64 m_clipped[kLanes] = {};
        qint64 m_count = 0;
    };

    static SignalStats of(const float* samples, qint64 count);
    static SignalStats of(const Signal& signal)
    {
        return of(signal.samples.data(), qint64(signal.samples.size()));
    }
};

} // namespace tally
