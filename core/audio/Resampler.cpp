#include "audio/Resampler.h"

#include <cmath>
#include <samplerate.h>

namespace tally {
namespace {

int converterOf(ResampleQuality quality)
{
    switch (quality) {
    case ResampleQuality::Best:
        return SRC_SINC_BEST_QUALITY;
    case ResampleQuality::Fastest:
        return SRC_SINC_FASTEST;
    case ResampleQuality::Linear:
        return SRC_LINEAR;
    case ResampleQuality::Medium:
        break;
    }
    return SRC_SINC_MEDIUM_QUALITY;
}

} // namespace

Result<Signal> Resampler::resample(const Signal& input, int targetRateHz, ResampleQuality quality)
{
    if (input.rateHz <= 0 || input.channels <= 0)
        return Error{{},
                     QStringLiteral("resample: invalid input (%1 Hz, %2 channels)")
                         .arg(input.rateHz)
                         .arg(input.channels)};
    if (targetRateHz <= 0)
        return Error{{}, QStringLiteral("resample: invalid target rate %1 Hz").arg(targetRateHz)};
    if (targetRateHz == input.rateHz)
        return input;
    const double ratio = double(targetRateHz) / double(input.rateHz);
    if (!src_is_valid_ratio(ratio))
        return Error{{},
                     QStringLiteral("resample: ratio %1 Hz -> %2 Hz is out of range")
                         .arg(input.rateHz)
                         .arg(targetRateHz)};
    Signal out;
    out.rateHz = targetRateHz;
    out.channels = input.channels;
    const qint64 frames = input.frames();
    const qint64 capacity = qint64(std::ceil(double(frames) * ratio)) + 16;
    out.samples.resize(size_t(capacity * input.channels));

    SRC_DATA data{};
    data.data_in = input.samples.data();
    data.data_out = out.samples.data();
    data.input_frames = long(frames);
    data.output_frames = long(capacity);
    data.src_ratio = ratio;
    data.end_of_input = 1;
    const int rc = src_simple(&data, converterOf(quality), input.channels);
    if (rc != 0)
        return Error{{}, QStringLiteral("resample: %1").arg(QString::fromUtf8(src_strerror(rc)))};
    out.samples.resize(size_t(data.output_frames_gen * input.channels));
    return out;
}

} // namespace tally
