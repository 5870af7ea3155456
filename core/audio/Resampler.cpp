#include "audio/Resampler.h"

#include <cmath>
#include <soxr.h>

namespace tally {
namespace {

constexpr double kMaxRatio = 256.0; // either way; beyond it a conversion is a mistake

unsigned long recipeOf(ResampleQuality quality)
{
    switch (quality) {
    case ResampleQuality::Quick:
        return SOXR_QQ;
    case ResampleQuality::Low:
        return SOXR_LQ;
    case ResampleQuality::Medium:
        return SOXR_MQ;
    case ResampleQuality::VeryHigh:
        return SOXR_VHQ;
    case ResampleQuality::High:
        break;
    }
    return SOXR_HQ;
}

} // namespace

Result<Signal> Resampler::resample(const Signal& input, int targetRateHz, ResampleQuality quality)
{
    Signal out;
    out.rateHz = targetRateHz;
    out.channels = input.channels;
    if (const Status s = resampleInto(input, targetRateHz, quality, &out.samples); !s)
        return s.error();
    return out;
}

Status Resampler::resampleInto(const Signal& input, int targetRateHz, ResampleQuality quality,
                               std::vector<float>* out)
{
    if (input.rateHz <= 0 || input.channels <= 0)
        return Error{{},
                     QStringLiteral("resample: invalid input (%1 Hz, %2 channels)")
                         .arg(input.rateHz)
                         .arg(input.channels)};
    if (targetRateHz <= 0)
        return Error{{}, QStringLiteral("resample: invalid target rate %1 Hz").arg(targetRateHz)};
    if (targetRateHz == input.rateHz) {
        out->assign(input.samples.begin(), input.samples.end());
        return {};
    }
    const double ratio = double(targetRateHz) / double(input.rateHz);
    if (ratio > kMaxRatio || ratio < 1.0 / kMaxRatio)
        return Error{{},
                     QStringLiteral("resample: ratio %1 Hz -> %2 Hz is out of range")
                         .arg(input.rateHz)
                         .arg(targetRateHz)};
    const qint64 frames = input.frames();
    const qint64 outFrames = std::llround(double(frames) * ratio);
    // Room for soxr to produce a frame more than asked; the extra is cut below.
    out->assign(size_t((outFrames + 1) * input.channels), 0.0f);
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t spec = soxr_quality_spec(recipeOf(quality), 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1); // callers own the threads
    size_t usedFrames = 0;
    size_t madeFrames = 0;
    const soxr_error_t error =
        soxr_oneshot(double(input.rateHz), double(targetRateHz), unsigned(input.channels),
                     input.samples.data(), size_t(frames), &usedFrames, out->data(),
                     size_t(outFrames + 1), &madeFrames, &io, &spec, &runtime);
    if (error)
        return Error{{}, QStringLiteral("resample: %1").arg(QString::fromUtf8(error))};
    // soxr ends within a frame of the exact length; a frame it did not make stays zero.
    out->resize(size_t(outFrames * input.channels));
    return {};
}

} // namespace tally
