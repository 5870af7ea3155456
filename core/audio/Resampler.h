#pragma once
// Sample-rate conversion through libsoxr (the SoX resampler, also inside FFmpeg).
//
// Contract: the output has exactly round(frames * targetRateHz / rateHz) frames and is
// aligned with the input: input frame i and output frame i * targetRateHz / rateHz are
// the same instant (soxr's linear-phase filter delay is removed, not shifted into the
// output). The filters are linear phase, so a tone keeps its phase.
// Thread-safety: stateless (one soxr_oneshot per call); call from any thread.

#include "audio/Signal.h"
#include "util/Result.h"

namespace tally {

// soxr's five standard recipes (soxr_quality_spec). Quick is cubic interpolation with
// no anti-alias filter (previews only: a tone above the new Nyquist frequency folds back
// nearly unattenuated). The others are linear-phase sinc filters whose stop band starts
// at the new Nyquist frequency (44.1 -> 16 kHz, measured: a 10 kHz tone comes out 130 dB
// down with Low, 140 dB with High).
enum class ResampleQuality
{
    Quick,    // SOXR_QQ: cubic, previews only
    Low,      // SOXR_LQ: 16-bit precision, wide roll-off (-3 dB at ~0.8 Nyquist)
    Medium,   // SOXR_MQ: 16-bit precision, flat within 0.05 dB to ~0.9 Nyquist
    High,     // SOXR_HQ: 20-bit precision, flat within 0.01 dB to ~0.9 Nyquist; default
    VeryHigh, // SOXR_VHQ: 28-bit precision, about 3x the cost of High
};

class Resampler
{
public:
    // A signal with rateHz == targetRateHz comes back unchanged (copied).
    // Errors: invalid rates or channels, a ratio outside 1/256..256, soxr's own errors.
    static Result<Signal> resample(const Signal& input, int targetRateHz,
                                   ResampleQuality quality = ResampleQuality::High);
    // The same into *out (interleaved samples at targetRateHz), reusing its capacity: a
    // caller converting many clips keeps one buffer and so touches no fresh memory.
    static Status resampleInto(const Signal& input, int targetRateHz, ResampleQuality quality,
                               std::vector<float>* out);
};

} // namespace tally
