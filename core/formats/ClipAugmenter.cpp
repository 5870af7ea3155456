#include "formats/ClipAugmenter.h"

#include <algorithm>
#include <cmath>

namespace tally {

Signal ClipAugmenter::shifted(const Signal& x, qint64 frames)
{
    Signal out{x.rateHz, 1, std::vector<float>(x.samples.size(), 0.0f)};
    const qint64 n = qint64(x.samples.size());
    if (std::abs(frames) >= n)
        return out;
    if (frames >= 0)
        std::copy_n(x.samples.begin(), n - frames, out.samples.begin() + frames);
    else
        std::copy_n(x.samples.begin() - frames, n + frames, out.samples.begin());
    return out;
}

double ClipAugmenter::rms(const std::vector<float>& x)
{
    if (x.empty())
        return 0.0;
    double sum = 0.0;
    for (float v : x)
        sum += double(v) * double(v);
    return std::sqrt(sum / double(x.size()));
}

AugmentedClip ClipAugmenter::apply(const Signal& clip, const AugmentedCopy& copy,
                                   const std::vector<AugmentBackground>& backgrounds)
{
    AugmentedClip out;
    out.shiftFrames = std::llround(copy.timeShiftSec * clip.rateHz);
    out.signal = shifted(clip, out.shiftFrames);
    const float gain = float(std::pow(10.0, copy.gainDb / 20.0));
    for (float& v : out.signal.samples)
        v *= gain;
    if (!copy.mixBackground || backgrounds.empty())
        return out;
    const quint64 n = backgrounds.size();
    const int index = int(copy.backgroundPick % n);
    const std::vector<float>& bg = backgrounds[size_t(index)].mono.samples;
    const double clipRms = rms(out.signal.samples);
    if (bg.empty() || clipRms <= 0.0)
        return out;
    const size_t start = size_t((copy.backgroundPick / n) % bg.size());
    std::vector<float> noise(out.signal.samples.size());
    for (size_t i = 0; i < noise.size(); ++i)
        noise[i] = bg[(start + i) % bg.size()];
    const double noiseRms = rms(noise);
    if (noiseRms <= 0.0)
        return out;
    const double scale = clipRms / (noiseRms * std::pow(10.0, copy.snrDb / 20.0));
    for (size_t i = 0; i < noise.size(); ++i)
        out.signal.samples[i] += float(noise[i] * scale);
    out.mixed = true;
    out.backgroundIndex = index;
    return out;
}

} // namespace tally
