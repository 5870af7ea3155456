// STFT throughput: one hour of 16 kHz noise (57.6 M samples), n_fft 512, hop 160,
// Hann, power in dB — on all cores and on one thread. Prints figures, asserts nothing.
#include "dsp/Stft.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <cstdio>
#include <random>
#include <vector>

namespace {

std::vector<float> noise(qint64 n)
{
    std::vector<float> x(static_cast<size_t>(n));
    std::mt19937 rng(1234);
    std::uniform_real_distribution<float> uni(-1.0f, 1.0f);
    for (float& v : x)
        v = uni(rng);
    return x;
}

// Best of `runs` wall-clock seconds for computeSpectrogram on `threads` threads.
double timeStft(const std::vector<float>& x, const tally::StftParams& p, int threads, int runs,
                qint64* framesOut)
{
    double best = 1e30;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const tally::Spectrogram s =
            tally::computeSpectrogram(x.data(), qint64(x.size()), p, threads);
        best = std::min(best, t.nsecsElapsed() * 1e-9);
        *framesOut = s.frames;
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rate = 16000;
    const qint64 n = qint64(rate) * 3600;
    std::printf("generating %lld samples of noise...\n", static_cast<long long>(n));
    const std::vector<float> x = noise(n);

    tally::StftParams p;
    p.nFft = 512;
    p.hop = 160;
    p.window = tally::WindowType::Hann;
    const int cores = QThreadPool::globalInstance()->maxThreadCount();
    qint64 frames = 0;
    const double multi = timeStft(x, p, 0, 3, &frames);
    const double single = timeStft(x, p, 1, 2, &frames);
    std::printf("1 h @ 16 kHz, n_fft 512, hop 160, hann, dB: %lld frames x %d bins\n",
                static_cast<long long>(frames), p.nFft / 2 + 1);
    std::printf("  all cores (%d threads): %.3f s  (%.1f x real time)\n", cores, multi,
                3600.0 / multi);
    std::printf("  single thread:          %.3f s  (%.1f x real time)\n", single, 3600.0 / single);
    std::printf("  speed-up: %.2f x\n", single / multi);
    std::printf("  per frame (single): %.2f us\n", single / double(frames) * 1e6);

    // The pieces of one frame, single thread, to see where the time goes.
    tally::StftEngine engine(p);
    std::vector<float> row(static_cast<size_t>(p.nFft / 2 + 1));
    const qint64 probe = 100000;
    QElapsedTimer t;
    t.start();
    for (qint64 f = 0; f < probe; ++f)
        engine.power(x.data() + f * p.hop, row.data());
    const double powerUs = t.nsecsElapsed() * 1e-3 / probe;
    t.restart();
    for (qint64 f = 0; f < probe; ++f)
        tally::powerToDb(x.data() + f * p.hop, row.data(), int(row.size()));
    const double dbUs = t.nsecsElapsed() * 1e-3 / probe;
    std::printf("  window+rfft+|X|^2: %.2f us/frame, powerToDb: %.3f us/frame\n", powerUs, dbUs);
    return 0;
}
