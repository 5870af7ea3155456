#pragma once
// Sample-rate conversion through libsamplerate (Secret Rabbit Code).
// The output is aligned with the input (no filter delay) and has
// round(frames * targetRateHz / rateHz) frames, give or take one.
// Thread-safety: stateless; call from any thread.

#include "audio/Signal.h"
#include "util/Result.h"

namespace tally {

enum class ResampleQuality
{
    Best,    // SRC_SINC_BEST_QUALITY: slow, for final exports of short clips
    Medium,  // SRC_SINC_MEDIUM_QUALITY: the default
    Fastest, // SRC_SINC_FASTEST
    Linear,  // SRC_LINEAR: previews only
};

class Resampler
{
public:
    // A signal with rateHz == targetRateHz comes back unchanged (copied).
    // Errors: invalid rates, ratio outside libsamplerate's 1/256..256.
    static Result<Signal> resample(const Signal& input, int targetRateHz,
                                   ResampleQuality quality = ResampleQuality::Medium);
};

} // namespace tally
