#include "sensor/SeriesFeatures.h"

#include <algorithm>
#include <cmath>

namespace tally {

namespace {

constexpr double kFloorPower = 1e-20;

// Moments in one pass, shifted by the first sample so that a large offset does not
// cancel the (small) central moments away.
void addMoments(std::span<const float> x, SeriesFeatureSet* f)
{
    if (x.empty())
        return;
    const double shift = x[0];
    double s1 = 0, s2 = 0, s3 = 0, s4 = 0, sq = 0, peak = 0;
    for (float v : x) {
        const double y = double(v) - shift;
        const double y2 = y * y;
        s1 += y;
        s2 += y2;
        s3 += y2 * y;
        s4 += y2 * y2;
        sq += double(v) * v;
        peak = std::max(peak, std::abs(double(v)));
    }
    const double n = double(x.size());
    const double mu = s1 / n, e2 = s2 / n, e3 = s3 / n, e4 = s4 / n;
    const double m2 = std::max(e2 - mu * mu, 0.0);
    const double m3 = e3 - 3 * mu * e2 + 2 * mu * mu * mu;
    const double m4 = e4 - 4 * mu * e3 + 6 * mu * mu * e2 - 3 * mu * mu * mu * mu;
    f->rms = std::sqrt(sq / n);
    f->peak = peak;
    f->crest = f->rms > 0 ? peak / f->rms : 0;
    const bool spread = m2 > 0; // equal samples give exactly 0 after the shift
    f->kurtosis = spread ? m4 / (m2 * m2) : 0;
    f->skewness = spread ? m3 / std::pow(m2, 1.5) : 0;
}

} // namespace

const QStringList& SeriesFeatureSet::names()
{
    static const QStringList list{
        QStringLiteral("rms"),      QStringLiteral("peak"),     QStringLiteral("crest"),
        QStringLiteral("kurtosis"), QStringLiteral("skewness"), QStringLiteral("bpfo"),
        QStringLiteral("bpfi"),     QStringLiteral("bsf"),      QStringLiteral("ftf")};
    return list;
}

std::array<double, SeriesFeatureSet::kCount> SeriesFeatureSet::values() const
{
    return {rms, peak, crest, kurtosis, skewness, bpfo, bpfi, bsf, ftf};
}

double faultBandDb(const Spectrum& envelope, double faultHz)
{
    double sum = 0;
    const int bins = envelope.bins();
    if (bins > 0 && envelope.binHz > 0 && faultHz > 0) {
        int nextBin = 0; // bins below this are counted already
        for (int h = 1; h <= kFaultHarmonics; ++h) {
            const double centre = h * faultHz;
            const double halfWidth =
                std::max(kFaultBandFraction * centre, kFaultBandMinBins * envelope.binHz);
            const int from =
                std::max(nextBin, int(std::ceil((centre - halfWidth) / envelope.binHz)));
            const int to =
                std::min(bins - 1, int(std::floor((centre + halfWidth) / envelope.binHz)));
            for (int b = std::max(from, 0); b <= to; ++b)
                sum += envelope.power[size_t(b)];
            nextBin = std::max(nextBin, to + 1);
        }
    }
    return 10.0 * std::log10(std::max(sum / envelope.enbwBins, kFloorPower));
}

SeriesFeatureSet seriesFeatures(std::span<const float> mono, double rateHz,
                                const FaultFrequencies& faults,
                                const EnvelopeParams& envelopeParams)
{
    SeriesFeatureSet f;
    addMoments(mono, &f);
    const Spectrum env = envelopeSpectrum(mono, rateHz, envelopeParams);
    f.bpfo = faultBandDb(env, faults.bpfo);
    f.bpfi = faultBandDb(env, faults.bpfi);
    f.bsf = faultBandDb(env, faults.bsf);
    f.ftf = faultBandDb(env, faults.ftf);
    return f;
}

} // namespace tally
