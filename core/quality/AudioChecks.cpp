// AudioQuality::evaluate(): the audio checks' comparisons (no decoding here).
#include "quality/AudioQuality.h"

#include <cmath>

namespace tally {

namespace {

struct Evaluation
{
    qint64 sampleId;
    const QJsonObject& v;
    const QualitySettings& s;
    std::vector<FoundFlag>* out;

    double m(const char* name) const { return v.value(QLatin1String(name)).toDouble(); }
    double p(const QString& check, const char* param) const
    {
        return s.value(check, QLatin1String(param));
    }
    void flag(const QString& check, double value, double threshold, const QString& detail = {})
    {
        const CheckInfo* info = QualitySettings::find(check);
        out->push_back(
            FoundFlag{sampleId, check, value, threshold, 0, detail, info ? info->version : 1});
    }
};

void tooQuiet(Evaluation& e, const QString& c)
{
    if (e.m("rms_dbfs") < e.p(c, "rms_dbfs"))
        e.flag(c, e.m("rms_dbfs"), e.p(c, "rms_dbfs"), QStringLiteral("RMS dBFS"));
    else if (e.m("lufs_max") < e.p(c, "lufs_floor"))
        e.flag(c, e.m("lufs_max"), e.p(c, "lufs_floor"), QStringLiteral("momentary max LUFS"));
}

void format(Evaluation& e, const QString& c)
{
    const int rate = int(e.m("rate_hz"));
    const int channels = int(e.m("channels"));
    const int bits = int(e.m("bits"));
    const int wantRate = int(e.p(c, "rate_hz"));
    const int wantChannels = int(e.p(c, "channels"));
    const int wantBits = int(e.p(c, "bits"));
    const bool badBits = wantBits > 0 && bits > 0 && bits != wantBits;
    if ((wantRate > 0 && rate != wantRate) || (wantChannels > 0 && channels != wantChannels) ||
        badBits)
        e.flag(c, rate, wantRate,
               QStringLiteral("%1 Hz, %2 ch, %3 (target %4 Hz, %5 ch, %6-bit)")
                   .arg(rate)
                   .arg(channels)
                   .arg(bits > 0 ? QStringLiteral("%1-bit").arg(bits) : QStringLiteral("no PCM"))
                   .arg(wantRate)
                   .arg(wantChannels)
                   .arg(wantBits));
}

} // namespace

void AudioQuality::evaluate(qint64 sampleId, const QJsonObject& values, const QualitySettings& s,
                            const QStringList& checks, std::vector<FoundFlag>* out)
{
    Evaluation e{sampleId, values, s, out};
    for (const QString& c : checks) {
        if (c == QLatin1String("too-quiet")) {
            tooQuiet(e, c);
        } else if (c == QLatin1String("silent")) {
            if (e.m("peak_dbfs") < e.p(c, "peak_dbfs"))
                e.flag(c, e.m("peak_dbfs"), e.p(c, "peak_dbfs"));
        } else if (c == QLatin1String("clipped")) {
            if (e.m("clipped_share") > e.p(c, "max_share"))
                e.flag(c, e.m("clipped_share"), e.p(c, "max_share"));
        } else if (c == QLatin1String("dc-offset")) {
            if (std::abs(e.m("dc_offset")) > e.p(c, "max_abs"))
                e.flag(c, e.m("dc_offset"), e.p(c, "max_abs"));
        } else if (c == QLatin1String("wrong-length")) {
            const double expected = e.p(c, "expected_sec");
            const double tolerance = e.p(c, "tolerance_sec");
            if (expected > 0.0 && std::abs(e.m("duration_sec") - expected) > tolerance)
                e.flag(c, e.m("duration_sec"), expected,
                       QStringLiteral("expected %1 +- %2 s").arg(expected).arg(tolerance));
        } else if (c == QLatin1String("format")) {
            format(e, c);
        } else if (c == QLatin1String("truncated-event")) {
            if (e.m("edge_sec") <= e.p(c, "margin_sec"))
                e.flag(c, e.m("edge_sec"), e.p(c, "margin_sec"));
        } else if (c == QLatin1String("low-snr")) {
            if (e.m("snr_db") < e.p(c, "min_db"))
                e.flag(c, e.m("snr_db"), e.p(c, "min_db"));
        }
    }
}

} // namespace tally
