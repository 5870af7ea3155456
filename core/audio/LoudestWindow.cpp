#include "audio/LoudestWindow.h"

#include <QCoreApplication>

namespace tally {
namespace {

// Sum over channels of x^2 for one frame. A float squared is exact in double.
double frameEnergy(const Signal& s, qint64 frame)
{
    const float* x = s.samples.data() + size_t(frame * s.channels);
    double e = 0.0;
    for (int c = 0; c < s.channels; ++c)
        e += double(x[c]) * double(x[c]);
    return e;
}

} // namespace

FrameRange loudestWindow(const Signal& signal, qint64 windowFrames)
{
    const qint64 frames = signal.frames();
    if (windowFrames < 1)
        return {0, 0};
    if (frames <= windowFrames)
        return {0, frames};
    double sum = 0.0;
    for (qint64 f = 0; f < windowFrames; ++f)
        sum += frameEnergy(signal, f);
    double best = sum;
    qint64 bestStart = 0;
    for (qint64 start = 1; start + windowFrames <= frames; ++start) {
        // The difference first: equal frames leave the sum exactly unchanged, so
        // windows that truly tie compare equal and the earliest is kept.
        sum += frameEnergy(signal, start + windowFrames - 1) - frameEnergy(signal, start - 1);
        if (sum > best) {
            best = sum;
            bestStart = start;
        }
    }
    return {bestStart, bestStart + windowFrames};
}

Result<Signal> extractFrames(const Signal& signal, FrameRange range)
{
    if (range.startFrame < 0 || range.endFrame < range.startFrame ||
        range.endFrame > signal.frames())
        return Error{QString(), QCoreApplication::translate("tally::LoudestWindow",
                                                            "frames [%1, %2) are outside the "
                                                            "signal's %3 frames")
                                    .arg(range.startFrame)
                                    .arg(range.endFrame)
                                    .arg(signal.frames())};
    Signal out;
    out.rateHz = signal.rateHz;
    out.channels = signal.channels;
    const auto first = signal.samples.begin() + qsizetype(range.startFrame * signal.channels);
    out.samples.assign(first, first + qsizetype(range.frames() * signal.channels));
    return out;
}

} // namespace tally
