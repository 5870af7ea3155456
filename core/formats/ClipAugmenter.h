#pragma once
// Applies one augmented copy of an oversampling plan (splits/Balance.h, AugmentedCopy)
// to a fitted mono clip. Pure and deterministic: the same clip, copy and backgrounds
// give the same samples, so a re-export writes byte-identical copies.
//
// Steps, in this order:
//   1. time shift by round(timeShiftSec * rateHz) frames, zero-filled (positive = the
//      sound starts later; the end that leaves the clip is dropped);
//   2. gain of gainDb;
//   3. when copy.mixBackground and a background has energy: background
//      number pick % n (pick = copy.backgroundPick, n = backgrounds.size()), read from
//      frame (pick / n) % its length onward and wrapped round when shorter than the
//      clip, scaled so that 20 log10(rms(clip after 1-2) / rms(scaled noise)) = snrDb,
//      and added. A silent clip or background is left unmixed.
// Backgrounds must already be mono at the clip's rate. Nothing is clipped here (the WAV
// writer clips to [-1, 1]).

#include "audio/Signal.h"
#include "splits/Balance.h"

#include <QString>
#include <vector>

namespace tally {

struct AugmentBackground
{
    QString name; // its file name, for the manifest
    Signal mono;  // at the export rate
};

struct AugmentedClip
{
    Signal signal;
    qint64 shiftFrames = 0;
    bool mixed = false; // the background was added
    int backgroundIndex = -1;
};

class ClipAugmenter
{
public:
    static AugmentedClip apply(const Signal& clip, const AugmentedCopy& copy,
                               const std::vector<AugmentBackground>& backgrounds);
    // x delayed by frames (negative: advanced), zero-filled, same length.
    static Signal shifted(const Signal& x, qint64 frames);
    static double rms(const std::vector<float>& x);
};

} // namespace tally
