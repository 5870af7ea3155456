#include "audio/PolyphaseResampler.h"

#include <QCoreApplication>
#include <QMutex>

#include <cmath>
#include <map>
#include <memory>
#include <numeric>

namespace tally {

namespace {

constexpr double kBeta = 8.6;
constexpr int kZeroCrossings = 24;  // of the lower rate's sinc, each side
constexpr int kLanes = 8;           // taps padded to a multiple (vectorisable sums)

// Modified Bessel function of the first kind, order 0 (power series).
double besselI0(double x)
{
    double sum = 1.0, term = 1.0;
    for (int k = 1; k < 50 && term > 1e-12 * sum; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
    }
    return sum;
}

// taps[p * K + k] for phase p: the weight of input x[i0 - K/2 + 1 + k] for the output
// at input time i0 + p / up.
struct FilterBank
{
    qint64 up = 1;   // L
    qint64 down = 1; // M
    int taps = 0;    // K (a multiple of kLanes)
    std::vector<float> coefficients;
};

std::shared_ptr<const FilterBank> makeBank(int rateHz, int targetRateHz)
{
    auto bank = std::make_shared<FilterBank>();
    const qint64 g = std::gcd(rateHz, targetRateHz);
    bank->up = targetRateHz / g;
    bank->down = rateHz / g;
    const double stretch = std::max(1.0, double(rateHz) / targetRateHz); // input samples per lower-rate sample
    const int half = int(std::ceil(kZeroCrossings * stretch));
    bank->taps = (2 * half + kLanes - 1) / kLanes * kLanes;
    const int K = bank->taps;
    // Kaiser: transition width D / (taps) of the input rate, D = (A - 7.95) / 14.36.
    const double nyquistLow = 0.5 * std::min(rateHz, targetRateHz);
    const double transitionHz = (90.0 - 7.95) / 14.36 / (2.0 * half) * rateHz;
    const double cutoffHz = std::max(0.75 * nyquistLow, nyquistLow - 0.5 * transitionHz);
    const double fc = 2.0 * cutoffHz / rateHz; // cycles per input sample * 2
    bank->coefficients.assign(size_t(bank->up * K), 0.0f);
    const double i0Beta = besselI0(kBeta);
    for (qint64 p = 0; p < bank->up; ++p) {
        const double frac = double(p) / double(bank->up);
        std::vector<double> h(size_t(K), 0.0);
        double sum = 0.0;
        for (int k = 0; k < K; ++k) {
            const double tau = frac + (K / 2 - 1) - k; // output time minus input time
            const double r = tau / half;
            if (std::abs(r) >= 1.0)
                continue;
            const double x = M_PI * fc * tau;
            const double sinc = tau == 0.0 ? 1.0 : std::sin(x) / x;
            h[size_t(k)] = sinc * besselI0(kBeta * std::sqrt(1.0 - r * r)) / i0Beta;
            sum += h[size_t(k)];
        }
        for (int k = 0; k < K; ++k)
            bank->coefficients[size_t(p * K + k)] = float(h[size_t(k)] / sum);
    }
    return bank;
}

std::shared_ptr<const FilterBank> bankFor(int rateHz, int targetRateHz)
{
    static QMutex mutex;
    static std::map<std::pair<int, int>, std::shared_ptr<const FilterBank>> cache;
    const QMutexLocker lock(&mutex);
    auto& slot = cache[{rateHz, targetRateHz}];
    if (!slot)
        slot = makeBank(rateHz, targetRateHz);
    return slot;
}

// One channel: x (frames) -> out (outFrames).
void run(const FilterBank& b, const float* x, qint64 frames, float* out, qint64 outFrames)
{
    const int K = b.taps;
    const qint64 lead = K / 2 - 1; // taps before i0
    std::vector<float> padded(size_t(frames + 2 * K), 0.0f);
    std::copy_n(x, frames, padded.begin() + K);
    for (qint64 n = 0; n < outFrames; ++n) {
        const qint64 t = n * b.down;
        const qint64 i0 = t / b.up;
        const float* h = b.coefficients.data() + (t % b.up) * K;
        const float* s = padded.data() + (i0 - lead + K);
        float acc[kLanes] = {};
        for (int k = 0; k < K; k += kLanes)
            for (int l = 0; l < kLanes; ++l)
                acc[l] += h[k + l] * s[k + l];
        float y = 0.0f;
        for (float a : acc)
            y += a;
        out[n] = y;
    }
}

} // namespace

bool PolyphaseResampler::supported(int rateHz, int targetRateHz)
{
    if (rateHz <= 0 || targetRateHz <= 0)
        return false;
    const int g = std::gcd(rateHz, targetRateHz);
    return targetRateHz / g <= kMaxPhases && double(rateHz) / targetRateHz <= 16.0;
}

Result<Signal> PolyphaseResampler::resample(const Signal& input, int targetRateHz)
{
    if (input.channels <= 0 || !supported(input.rateHz, targetRateHz))
        return Error{{}, QCoreApplication::translate("tally::PolyphaseResampler",
                                                     "no polyphase filter for %1 Hz -> %2 Hz")
                             .arg(input.rateHz).arg(targetRateHz)};
    if (input.rateHz == targetRateHz)
        return input;
    const auto bank = bankFor(input.rateHz, targetRateHz);
    const qint64 frames = input.frames();
    const qint64 outFrames = std::llround(double(frames) * targetRateHz / input.rateHz);
    Signal out{targetRateHz, input.channels, std::vector<float>(size_t(outFrames * input.channels))};
    if (input.channels == 1) {
        run(*bank, input.samples.data(), frames, out.samples.data(), outFrames);
        return out;
    }
    std::vector<float> y(static_cast<size_t>(outFrames));
    for (int c = 0; c < input.channels; ++c) {
        const std::vector<float> x = input.channelData(c);
        run(*bank, x.data(), frames, y.data(), outFrames);
        for (qint64 n = 0; n < outFrames; ++n)
            out.samples[size_t(n * input.channels + c)] = y[size_t(n)];
    }
    return out;
}

} // namespace tally
