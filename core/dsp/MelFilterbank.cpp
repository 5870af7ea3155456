#include "dsp/MelFilterbank.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace tally {
namespace {

// Slaney's auditory toolbox scale (librosa htk=False): linear below 1 kHz,
// logarithmic above, 27 mel per factor 6.4 in frequency.
constexpr double kLinearHzPerMel = 200.0 / 3.0;
constexpr double kMinLogHz = 1000.0;
constexpr double kMinLogMel = kMinLogHz / kLinearHzPerMel; // 15
const double kLogStep = std::log(6.4) / 27.0;

} // namespace

double MelFilterbank::hzToMel(double hz)
{
    if (hz < kMinLogHz)
        return hz / kLinearHzPerMel;
    return kMinLogMel + std::log(hz / kMinLogHz) / kLogStep;
}

double MelFilterbank::melToHz(double mel)
{
    if (mel < kMinLogMel)
        return mel * kLinearHzPerMel;
    return kMinLogHz * std::exp(kLogStep * (mel - kMinLogMel));
}

// Band m is the triangle over the mel-spaced edges (f[m], f[m+1], f[m+2]) Hz,
// rising 0 -> 1 -> 0 over the linear bin frequencies k * rate / nFft, scaled by
// 2 / (f[m+2] - f[m]) so each triangle has unit area in Hz (norm="slaney").
MelFilterbank::MelFilterbank(int nMels, int nFft, double rateHz, double fMinHz, double fMaxHz)
    : m_nMels(qMax(nMels, 0)), m_nBins(qMax(nFft, 0) / 2 + 1)
{
    if (fMaxHz < 0.0)
        fMaxHz = rateHz / 2.0;
    const double melMin = hzToMel(fMinHz);
    const double melMax = hzToMel(fMaxHz);
    std::vector<double> edgesHz(size_t(m_nMels + 2));
    for (int i = 0; i < m_nMels + 2; ++i)
        edgesHz[size_t(i)] = melToHz(melMin + (melMax - melMin) * i / double(m_nMels + 1));

    m_centresHz.resize(size_t(m_nMels));
    m_first.assign(size_t(m_nMels), 0);
    m_weights.assign(size_t(m_nMels), {});
    const double binHz = nFft > 0 ? rateHz / nFft : 0.0;
    for (int m = 0; m < m_nMels; ++m) {
        const double lo = edgesHz[size_t(m)];
        const double mid = edgesHz[size_t(m + 1)];
        const double hi = edgesHz[size_t(m + 2)];
        m_centresHz[size_t(m)] = mid;
        const double enorm = 2.0 / (hi - lo);
        int first = -1;
        std::vector<float>& row = m_weights[size_t(m)];
        for (int k = 0; k < m_nBins; ++k) {
            const double f = k * binHz;
            const double rising = (f - lo) / (mid - lo);
            const double falling = (hi - f) / (hi - mid);
            const double w = std::max(0.0, std::min(rising, falling));
            if (w <= 0.0 && first < 0)
                continue;
            if (w <= 0.0)
                break; // past the triangle
            if (first < 0)
                first = k;
            row.push_back(float(w * enorm));
        }
        m_first[size_t(m)] = first < 0 ? 0 : first;
    }
}

void MelFilterbank::apply(const float* power, float* bandsOut) const
{
    for (int m = 0; m < m_nMels; ++m) {
        const std::vector<float>& row = m_weights[size_t(m)];
        const float* p = power + m_first[size_t(m)];
        float sum = 0.0f;
        for (size_t k = 0; k < row.size(); ++k)
            sum += row[k] * p[k];
        bandsOut[m] = sum;
    }
}

float MelFilterbank::weight(int band, int bin) const
{
    if (band < 0 || band >= m_nMels)
        return 0.0f;
    const int k = bin - m_first[size_t(band)];
    const std::vector<float>& row = m_weights[size_t(band)];
    return k >= 0 && k < int(row.size()) ? row[size_t(k)] : 0.0f;
}

} // namespace tally
