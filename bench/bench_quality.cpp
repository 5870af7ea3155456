// Quality checks at scale (issue 13), figures only.
//  1. The checks' measuring (decode, level, loudness, clipping, lengths, loudest and
//     quietest windows, Chromaprint fingerprint) over N one-second 16 kHz clips, on a pool
//     of T threads, against a plain libsndfile read of the same files in the same run.
//  2. Near-duplicate search over 100k and 1M generated fingerprints (23 sub-fingerprints
//     of random bits each, with 1 % planted near copies: ~5 % of bits flipped, shifted by
//     one position), printing the time, the candidates verified and the planted pairs found.
// Usage: bench_quality [clips=20000] [threads=2] [fingerprints=1000000]
// Prints wall and CPU time; the machine may be shared, so read CPU seconds too.
#include "audio/AudioDecoder.h"
#include "quality/AudioQuality.h"
#include "quality/NearDuplicates.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sndfile.h>

using namespace tally;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void writeClips(const QString& dir, int n, QStringList* paths)
{
    std::vector<short> pcm(16000);
    for (int i = 0; i < n; ++i) {
        const double f = 200.0 + (i % 500) * 7.0;
        for (int k = 0; k < 16000; ++k) {
            const double env = std::sin(M_PI * k / 16000.0);
            pcm[size_t(k)] = short(8000 * env * std::sin(2 * M_PI * f * k / 16000.0 + i));
        }
        const QString path = QStringLiteral("%1/c%2.wav").arg(dir).arg(i);
        SF_INFO info{};
        info.samplerate = 16000;
        info.channels = 1;
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
        SNDFILE* s = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
        sf_write_short(s, pcm.data(), 16000);
        sf_close(s);
        *paths << path;
    }
}

template <typename Fn> void timed(const char* what, int n, int threads, Fn fn, double* wallOut)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    fn(pool);
    const double wall = t.nsecsElapsed() / 1e9;
    std::printf("%-34s %7d clips  %7.2f s wall  %7.2f s CPU  %9.0f clips/s\n", what, n, wall,
                cpuSeconds() - cpu0, n / wall);
    *wallOut = wall;
}

void benchChecks(int n, int threads)
{
    QTemporaryDir dir;
    QStringList paths;
    writeClips(dir.path(), n, &paths);
    double plain = 0, checks = 0;
    timed(
        "plain libsndfile read", n, threads,
        [&](QThreadPool& pool) {
            QtConcurrent::blockingMap(&pool, paths, [](const QString& p) {
                SF_INFO info{};
                SNDFILE* s = sf_open(QFile::encodeName(p).constData(), SFM_READ, &info);
                std::vector<float> x(size_t(info.frames * info.channels));
                sf_readf_float(s, x.data(), info.frames);
                sf_close(s);
            });
        },
        &plain);
    std::atomic<qint64> subprints{0};
    timed(
        "checks with fingerprints", n, threads,
        [&](QThreadPool& pool) {
            QtConcurrent::blockingMap(&pool, paths, [&](const QString& p) {
                QFile f(p);
                f.open(QIODevice::ReadOnly);
                const QByteArray bytes = f.readAll();
                const auto info = AudioDecoder::probeBytes(bytes, p);
                const auto s = AudioDecoder::decodeBytes(bytes, p);
                const AudioMeasures m = AudioQuality::measure(s.value(), info.value().format, 0.1);
                subprints += qint64(m.fingerprint.bits.size());
            });
        },
        &checks);
    double nofp = 0;
    timed(
        "checks without fingerprints", n, threads,
        [&](QThreadPool& pool) {
            QtConcurrent::blockingMap(&pool, paths, [&](const QString& p) {
                const auto s = AudioDecoder::decode(p);
                AudioQuality::measure(s.value(), {}, 0.1, false);
            });
        },
        &nofp);
    std::printf("checks / plain read: %.1fx the time; %.1f sub-fingerprints per clip\n",
                checks / plain, double(subprints) / n);
}

void benchSearch(int n)
{
    QRandomGenerator rng(7);
    std::vector<AudioFingerprint> fps(static_cast<size_t>(n));
    const int planted = n / 100;
    for (int i = 0; i < n; ++i) {
        AudioFingerprint& fp = fps[size_t(i)];
        fp.bits.resize(23);
        fp.loud.assign(23, 1);
        if (i >= n - planted) { // a near copy of clip i - (n - planted)
            const AudioFingerprint& o = fps[size_t(i - (n - planted))];
            for (int k = 0; k < 23; ++k) {
                uint32_t flip = 0;
                for (int b = 0; b < 32; ++b)
                    if (rng.bounded(100) < 5)
                        flip |= 1u << b;
                fp.bits[size_t(k)] = o.bits[size_t(std::min(22, k + 1))] ^ flip;
            }
        } else {
            for (uint32_t& b : fp.bits)
                b = rng.generate();
        }
    }
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    NearSearchStats stats;
    const auto pairs = NearDuplicates::audio(fps, 0.2, 5, &stats);
    std::printf("near-duplicate search %8d fingerprints: %6.2f s wall %6.2f s CPU, %lld keys, "
                "%lld candidates, %zu pairs (%d planted)\n",
                n, t.nsecsElapsed() / 1e9, cpuSeconds() - cpu0, stats.keys, stats.candidates,
                pairs.size(), planted);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes
    const QStringList a = app.arguments();
    const int clips = a.size() > 1 ? a[1].toInt() : 20000;
    const int threads = a.size() > 2 ? a[2].toInt() : 2;
    const int prints = a.size() > 3 ? a[3].toInt() : 1000000;
    if (clips > 0)
        benchChecks(clips, threads);
    if (prints > 0) {
        benchSearch(std::max(1, prints / 10));
        benchSearch(prints);
    }
    return 0;
}
