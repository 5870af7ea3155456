#pragma once
// A fast polyphase FIR resampler for rational rate ratios (44.1 kHz -> 16 kHz is
// 160/441), used by exports that resample thousands of short clips: per output sample
// it is one dot product of ~130 precomputed taps, several times faster than
// libsamplerate's SINC_FASTEST on the same ratio.
//
// Filter: Kaiser-windowed sinc (beta 8.6, about -90 dB stop band), 24 zero crossings
// of the lower rate on each side; the pass band ends below the lower Nyquist frequency
// by half the transition width, so the stop band starts at the lower Nyquist
// frequency (little aliasing, a soft top octave edge: about 7 kHz flat at 16 kHz).
// Each phase is normalised to unity gain at DC. Beyond the input, samples count as 0.
//
// Output: aligned with the input (no delay), round(frames * targetRateHz / rateHz)
// frames, the same channels. Ratios whose reduced up factor exceeds kMaxPhases are
// refused (supported() says which); callers fall back to audio/Resampler.h.
// Thread-safety: stateless apart from a mutex-guarded cache of filter banks (one per
// rate pair, kept for the process); call from any thread.

#include "audio/Signal.h"
#include "util/Result.h"

namespace tally {

class PolyphaseResampler
{
public:
    static constexpr int kMaxPhases = 4096;

    static bool supported(int rateHz, int targetRateHz);
    static Result<Signal> resample(const Signal& input, int targetRateHz);
};

} // namespace tally
