#pragma once
// A synthetic voice for the quality tests (header-only, so that the other tests' shared
// fixtures stay as they are).

#include "audio/Signal.h"

#include <cmath>

namespace tally::test {

// A voiced "word" of one synthetic voice: harmonics (up to 4 kHz) of an f0 gliding from
// f0From to f0To, shaped by two formants gliding likewise (Gaussian resonances of 150 and
// 200 Hz), under a raised-cosine envelope over [startSec, endSec) of a silent clip of
// lengthSec. Different glides make different words of the same voice.
struct WordShape
{
    double f0From, f0To, f1From, f1To, f2From, f2To;
};
Signal voicedWord(const WordShape& w, double startSec, double endSec, double lengthSec,
                  int rateHz = 16000, double gain = 0.3);

inline Signal voicedWord(const WordShape& w, double startSec, double endSec, double lengthSec,
                         int rateHz, double gain)
{
    Signal s;
    s.rateHz = rateHz;
    s.channels = 1;
    s.samples.assign(size_t(std::llround(lengthSec * rateHz)), 0.0f);
    double phase = 0.0;
    for (qint64 f = 0; f < s.frames(); ++f) {
        const double t = double(f) / rateHz;
        if (t < startSec || t >= endSec)
            continue;
        const double u = (t - startSec) / (endSec - startSec);
        const double f0 = w.f0From + (w.f0To - w.f0From) * u;
        const double f1 = w.f1From + (w.f1To - w.f1From) * u;
        const double f2 = w.f2From + (w.f2To - w.f2From) * u;
        phase += 2.0 * M_PI * f0 / rateHz;
        double v = 0.0;
        for (int h = 1; h * f0 < 4000.0; ++h) {
            const double fh = h * f0;
            const double a = std::exp(-std::pow((fh - f1) / 150.0, 2)) +
                             0.6 * std::exp(-std::pow((fh - f2) / 200.0, 2)) + 0.02;
            v += a * std::sin(h * phase) / std::sqrt(double(h));
        }
        s.samples[size_t(f)] = float(gain * 0.5 * (1.0 - std::cos(2.0 * M_PI * u)) * v);
    }
    return s;
}

} // namespace tally::test
