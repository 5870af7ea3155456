#include "sensor/Spectrum.h"

#include "dsp/Window.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <kiss_fft.h>
#include <kiss_fftr.h>
#include <memory>

namespace tally {

namespace {

constexpr double kFloorPower = 1e-20;
constexpr size_t kMaxPlansPerKind = 8; // a thread sees few sizes; more are dropped

// A thread's KissFFT plans, by size: the import analyses ~1000 snapshots of one
// size per channel, so the twiddles are computed once per thread, not per call.
struct RealPlan
{
    int n = 0;
    kiss_fftr_cfg cfg = nullptr;
    ~RealPlan() { kiss_fftr_free(cfg); }
};

struct InversePlan
{
    int n = 0;
    kiss_fft_cfg cfg = nullptr;
    ~InversePlan() { kiss_fft_free(cfg); }
};

struct Plans
{
    std::vector<std::unique_ptr<RealPlan>> real;
    std::vector<std::unique_ptr<InversePlan>> inverse;
    std::vector<std::pair<int, std::vector<float>>> windows;
};

thread_local Plans t_plans;

kiss_fftr_cfg realPlan(int n)
{
    for (const auto& p : t_plans.real)
        if (p->n == n)
            return p->cfg;
    if (t_plans.real.size() >= kMaxPlansPerKind)
        t_plans.real.clear();
    auto plan = std::make_unique<RealPlan>();
    plan->n = n;
    plan->cfg = kiss_fftr_alloc(n, 0, nullptr, nullptr);
    t_plans.real.push_back(std::move(plan));
    return t_plans.real.back()->cfg;
}

kiss_fft_cfg inversePlan(int n)
{
    for (const auto& p : t_plans.inverse)
        if (p->n == n)
            return p->cfg;
    if (t_plans.inverse.size() >= kMaxPlansPerKind)
        t_plans.inverse.clear();
    auto plan = std::make_unique<InversePlan>();
    plan->n = n;
    plan->cfg = kiss_fft_alloc(n, 1, nullptr, nullptr);
    t_plans.inverse.push_back(std::move(plan));
    return t_plans.inverse.back()->cfg;
}

const std::vector<float>& hannWindow(int n)
{
    for (const auto& [size, w] : t_plans.windows)
        if (size == n)
            return w;
    if (t_plans.windows.size() >= kMaxPlansPerKind)
        t_plans.windows.clear();
    t_plans.windows.emplace_back(n, makeWindow(WindowType::Hann, n));
    return t_plans.windows.back().second;
}

int segmentLength(size_t n, int requested)
{
    const size_t limit = std::min(n, size_t(std::max(requested, 0)));
    return limit < 2 ? 0 : int(std::bit_floor(limit));
}

} // namespace

Spectrum averagedSpectrum(std::span<const float> x, double rateHz, int segment)
{
    Spectrum out;
    const int seg = segmentLength(x.size(), segment);
    if (seg < 2 || !(rateHz > 0))
        return out;
    const int bins = seg / 2 + 1;
    const int hop = seg / 2;
    const size_t segments = 1 + (x.size() - size_t(seg)) / size_t(hop);
    const std::vector<float>& w = hannWindow(seg);
    const kiss_fftr_cfg cfg = realPlan(seg);
    std::vector<float> windowed(static_cast<size_t>(seg));
    std::vector<kiss_fft_cpx> spec(static_cast<size_t>(bins));
    out.power.assign(size_t(bins), 0.0);
    for (size_t s = 0; s < segments; ++s) {
        const float* from = x.data() + s * size_t(hop);
        for (int i = 0; i < seg; ++i)
            windowed[size_t(i)] = from[i] * w[size_t(i)];
        kiss_fftr(cfg, windowed.data(), spec.data());
        for (int b = 0; b < bins; ++b)
            out.power[size_t(b)] += double(spec[size_t(b)].r) * spec[size_t(b)].r +
                                    double(spec[size_t(b)].i) * spec[size_t(b)].i;
    }
    double wSum = 0, w2Sum = 0;
    for (float v : w) {
        wSum += v;
        w2Sum += double(v) * v;
    }
    const double scale = 1.0 / (double(segments) * wSum * wSum);
    out.db.resize(size_t(bins));
    for (int b = 0; b < bins; ++b) {
        double& p = out.power[size_t(b)];
        p *= (b == 0 || b == bins - 1) ? scale : 2.0 * scale;
        out.db[size_t(b)] = 10.0 * std::log10(std::max(p, kFloorPower));
    }
    out.binHz = rateHz / seg;
    out.enbwBins = seg * w2Sum / (wSum * wSum);
    return out;
}

std::vector<float> envelope(std::span<const float> x, double rateHz, double lowHz, double highHz)
{
    const int n = int(x.size() & ~size_t(1));
    if (n < 2 || !(rateHz > 0))
        return {};
    const int half = n / 2;
    std::vector<kiss_fft_cpx> spec(static_cast<size_t>(half + 1));
    kiss_fftr(realPlan(n), x.data(), spec.data());

    const double hzPerBin = rateHz / n;
    int first = int(std::ceil(std::max(lowHz, 0.0) / hzPerBin));
    int last = int(std::floor(std::min(highHz, rateHz / 2) / hzPerBin));
    if (!(first <= last) || first > half || last < 0) { // nothing left: the whole band
        first = 0;
        last = half;
    }
    first = std::max(first, 0);
    last = std::min(last, half);
    // Analytic signal: DC and Nyquist once, positive frequencies twice, negative none.
    std::vector<kiss_fft_cpx> analytic(size_t(n), kiss_fft_cpx{0.0f, 0.0f});
    for (int k = first; k <= last; ++k) {
        const float gain = (k == 0 || k == half) ? 1.0f : 2.0f;
        analytic[size_t(k)] = {gain * spec[size_t(k)].r, gain * spec[size_t(k)].i};
    }
    std::vector<kiss_fft_cpx> z(static_cast<size_t>(n));
    kiss_fft(inversePlan(n), analytic.data(), z.data());
    std::vector<float> env(static_cast<size_t>(n));
    const float norm = 1.0f / float(n); // KissFFT's inverse is not normalised
    for (int i = 0; i < n; ++i)
        env[size_t(i)] = std::hypot(z[size_t(i)].r, z[size_t(i)].i) * norm;
    return env;
}

Spectrum envelopeSpectrum(std::span<const float> x, double rateHz, const EnvelopeParams& params)
{
    std::vector<float> env = envelope(x, rateHz, params.lowHz, params.highHz);
    if (env.empty())
        return {};
    double sum = 0;
    for (float v : env)
        sum += v;
    const float mean = float(sum / double(env.size()));
    for (float& v : env)
        v -= mean;
    return averagedSpectrum(env, rateHz, params.segment);
}

std::vector<SpectrumPeak> peaks(const Spectrum& s, int count)
{
    std::vector<SpectrumPeak> found;
    const std::vector<double>& db = s.db;
    for (int b = 1; b + 1 < s.bins(); ++b) {
        const double left = db[size_t(b - 1)], mid = db[size_t(b)], right = db[size_t(b + 1)];
        if (!(mid > left && mid >= right))
            continue;
        const double denom = left - 2.0 * mid + right; // < 0 at a strict maximum
        const double offset = denom < 0 ? std::clamp(0.5 * (left - right) / denom, -0.5, 0.5) : 0;
        found.push_back({(b + offset) * s.binHz, mid - 0.25 * (left - right) * offset});
    }
    const size_t keep = std::min(found.size(), size_t(std::max(count, 0)));
    std::partial_sort(found.begin(), found.begin() + std::ptrdiff_t(keep), found.end(),
                      [](const SpectrumPeak& a, const SpectrumPeak& b) { return a.db > b.db; });
    found.resize(keep);
    return found;
}

} // namespace tally
