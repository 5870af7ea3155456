#pragma once
// A decoded audio (or sensor) signal held in memory.
// Samples are float, interleaved by frame: samples[frame * channels + channel],
// nominally in [-1, 1] for audio. Immutable once built; share it as
// std::shared_ptr<const Signal> between threads.

#include <QtGlobal>
#include <memory>
#include <vector>

namespace tally {

struct Signal
{
    int rateHz = 0;
    int channels = 0;
    std::vector<float> samples; // interleaved, size = frames() * channels

    qint64 frames() const { return channels > 0 ? qint64(samples.size()) / channels : 0; }
    double durationSec() const { return rateHz > 0 ? double(frames()) / rateHz : 0.0; }
    float at(qint64 frame, int channel) const
    {
        return samples[size_t(frame * channels + channel)];
    }
    // One channel copied out (channel < 0: the mean of all channels).
    std::vector<float> channelData(int channel) const
    {
        const qint64 n = frames();
        std::vector<float> out(size_t(n), 0.0f);
        for (qint64 f = 0; f < n; ++f) {
            if (channel >= 0) {
                out[size_t(f)] = at(f, channel);
            } else {
                float s = 0.0f;
                for (int c = 0; c < channels; ++c)
                    s += at(f, c);
                out[size_t(f)] = s / float(channels);
            }
        }
        return out;
    }
};

using SignalPtr = std::shared_ptr<const Signal>;

} // namespace tally
