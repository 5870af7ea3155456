#include "quality/AudioQuality.h"

#include "audio/LoudestWindow.h"
#include "audio/SignalStats.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <ebur128.h>

namespace tally {

namespace {

double toDb(double amplitude)
{
    return amplitude > 0.0 ? std::max(AudioQuality::kFloorDb, 20.0 * std::log10(amplitude))
                           : AudioQuality::kFloorDb;
}

double largestChannelMean(const Signal& s)
{
    const qint64 frames = s.frames();
    if (frames == 0)
        return 0.0;
    double worst = 0.0;
    for (int c = 0; c < s.channels; ++c) {
        double sum = 0.0;
        for (qint64 f = 0; f < frames; ++f)
            sum += s.samples[size_t(f * s.channels + c)];
        const double mean = sum / double(frames);
        if (std::abs(mean) > std::abs(worst))
            worst = mean;
    }
    return worst;
}

// The largest EBU R 128 momentary loudness (400 ms window), read every 100 ms.
double momentaryMaxLufs(const Signal& s)
{
    ebur128_state* st = ebur128_init(unsigned(s.channels), unsigned(s.rateHz), EBUR128_MODE_M);
    if (!st)
        return AudioQuality::kFloorDb;
    const qint64 step = std::max<qint64>(1, s.rateHz / 10);
    const qint64 frames = s.frames();
    double best = AudioQuality::kFloorDb;
    for (qint64 f = 0; f < frames; f += step) {
        const qint64 n = std::min(step, frames - f);
        ebur128_add_frames_float(st, s.samples.data() + f * s.channels, size_t(n));
        double lufs = -HUGE_VAL;
        if (f + n >= s.rateHz * 4 / 10 &&
            ebur128_loudness_momentary(st, &lufs) == EBUR128_SUCCESS && std::isfinite(lufs))
            best = std::max(best, lufs);
    }
    ebur128_destroy(&st);
    return best;
}

// Mean energy per frame of the quietest window of w frames (channels summed).
double quietestWindowPower(const Signal& s, qint64 w)
{
    const qint64 frames = s.frames();
    w = std::clamp<qint64>(w, 1, std::max<qint64>(1, frames));
    std::vector<double> energy(static_cast<size_t>(frames));
    for (qint64 f = 0; f < frames; ++f) {
        double e = 0.0;
        for (int c = 0; c < s.channels; ++c) {
            const double x = s.samples[size_t(f * s.channels + c)];
            e += x * x;
        }
        energy[size_t(f)] = e;
    }
    double sum = 0.0;
    for (qint64 f = 0; f < std::min(w, frames); ++f)
        sum += energy[size_t(f)];
    double least = sum;
    for (qint64 f = w; f < frames; ++f) {
        sum += energy[size_t(f)] - energy[size_t(f - w)];
        least = std::min(least, sum);
    }
    return std::max(0.0, least) / double(w);
}

double windowPower(const Signal& s, FrameRange r)
{
    double sum = 0.0;
    for (qint64 i = r.startFrame * s.channels; i < r.endFrame * s.channels; ++i)
        sum += double(s.samples[size_t(i)]) * s.samples[size_t(i)];
    return r.frames() > 0 ? sum / double(r.frames()) : 0.0;
}

} // namespace

int AudioQuality::bitsOf(const QString& formatName)
{
    static const QRegularExpression pcm(QStringLiteral("PCM_[SU]?(\\d+)"));
    const QRegularExpressionMatch m = pcm.match(formatName);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

AudioMeasures AudioQuality::measure(const Signal& signal, const QString& formatName,
                                    double windowSec, bool withFingerprint)
{
    AudioMeasures out;
    const SignalStats stats = SignalStats::of(signal);
    const qint64 frames = signal.frames();
    const qint64 w = std::max<qint64>(1, std::llround(windowSec * signal.rateHz));
    const FrameRange loud = loudestWindow(signal, w);
    const double loudPower = windowPower(signal, loud);
    const double quietPower = quietestWindowPower(signal, w);
    double snr = 0.0;
    if (loudPower > 0.0)
        snr = quietPower > 0.0 ? std::min(120.0, 10.0 * std::log10(loudPower / quietPower)) : 120.0;
    const double rate = signal.rateHz > 0 ? double(signal.rateHz) : 1.0;
    out.values = QJsonObject{
        {QStringLiteral("rms_dbfs"), std::max(kFloorDb, stats.rmsDbfs)},
        {QStringLiteral("peak_dbfs"), toDb(stats.peak)},
        {QStringLiteral("clipped_share"), stats.clippedFraction},
        {QStringLiteral("dc_offset"), largestChannelMean(signal)},
        {QStringLiteral("duration_sec"), signal.durationSec()},
        {QStringLiteral("rate_hz"), signal.rateHz},
        {QStringLiteral("channels"), signal.channels},
        {QStringLiteral("bits"), bitsOf(formatName)},
        {QStringLiteral("lufs_max"), signal.rateHz > 0 ? momentaryMaxLufs(signal) : kFloorDb},
        {QStringLiteral("edge_sec"),
         double(std::min(loud.startFrame, frames - loud.endFrame)) / rate},
        {QStringLiteral("snr_db"), snr},
    };
    if (withFingerprint)
        out.fingerprint = AudioFingerprinter::fingerprint(signal);
    return out;
}

} // namespace tally
