#pragma once
// The loudest stretch of a signal, as the Speech Commands authors cut their 1.5 s
// recordings down to the loudest 1 s (shared/FORMATS.md).
//
// Energy of a frame = sum over its channels of x^2 (channels are not mixed first, so
// antiphase channels do not cancel). Everything here counts frames, never seconds;
// callers convert with the signal's rateHz.
// Thread-safety: pure functions; call from any thread.

#include "audio/Signal.h"
#include "util/Result.h"

namespace tally {

// Frames [startFrame, endFrame) of a signal.
struct FrameRange
{
    qint64 startFrame = 0;
    qint64 endFrame = 0;
    qint64 frames() const { return endFrame - startFrame; }
    bool operator==(const FrameRange&) const = default;
};

// The window of windowFrames consecutive frames with the most energy; of equal windows
// the earliest. O(frames) with a running sum in double. A signal with fewer frames
// than the window gives the whole signal [0, frames); windowFrames < 1 gives [0, 0).
FrameRange loudestWindow(const Signal& signal, qint64 windowFrames);

// A copy of frames [range.startFrame, range.endFrame) with the same rate and channels.
// A range outside [0, frames) or with endFrame < startFrame is an error.
Result<Signal> extractFrames(const Signal& signal, FrameRange range);

} // namespace tally
