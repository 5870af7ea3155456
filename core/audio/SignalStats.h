#pragma once
// Per-sample statistics kept in the store: level, peak and clipping.
//   rmsDbfs: 20*log10(rms) over all channels' samples, full scale = 1.0;
//            -inf is reported as -200 (digital silence).
//   peak:    max |x|.
//   clippedFraction: share of samples with |x| >= kClipLevel.

#include "audio/Signal.h"

namespace tally {

struct SignalStats
{
    static constexpr float kClipLevel = 0.999f;
    static constexpr double kSilenceDb = -200.0;
    double rmsDbfs = kSilenceDb;
    double peak = 0.0;
    double clippedFraction = 0.0;

    static SignalStats of(const float* samples, qint64 count);
    static SignalStats of(const Signal& signal)
    {
        return of(signal.samples.data(), qint64(signal.samples.size()));
    }
};

} // namespace tally
