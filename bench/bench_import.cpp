// Import throughput: a Speech Commands-like tree of one-second 16 kHz 16-bit clips
// (35 classes, many speakers), page cache warmed, then
//   (a) the peer: a plain single-threaded libsndfile read of every file
//       (sf_open + sf_readf_float + sf_close);
//   (b) the whole Tally import (read, SHA-1, decode, statistics, insert) into a
//       fresh project, as `tally-cli import` runs it.
// Also printed, to see where (b) spends its time: SHA-1 alone and the inserts alone.
// Figures are printed, never asserted. Target for (b): >= 10,000 clips/s on 2 cores.
//
//   bench_import [CLIPS [DIR]]   (default 20000 clips in a temporary folder; with DIR
//                                 the clips are written there once and reused)
#include "BenchSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>
#include <cstdio>
#include <sndfile.h>
#include <vector>

using namespace tally;

namespace {

constexpr int kRateHz = 16000;
constexpr int kClasses = 35;

QByteArray wavHeader16(quint32 frames)
{
    QByteArray h;
    auto u32 = [&h](quint32 v) {
        for (int i = 0; i < 4; ++i)
            h.append(char((v >> (8 * i)) & 0xff));
    };
    auto u16 = [&h](quint16 v) {
        h.append(char(v & 0xff));
        h.append(char(v >> 8));
    };
    h += "RIFF";
    u32(36 + frames * 2);
    h += "WAVE";
    h += "fmt ";
    u32(16);
    u16(1);
    u16(1);
    u32(kRateHz);
    u32(kRateHz * 2);
    u16(2);
    u16(16);
    h += "data";
    u32(frames * 2);
    return h;
}

// Writes `clips` WAVs as <class>/<speaker>_nohash_<n>.wav; returns their paths.
QStringList generate(const QString& root, int clips)
{
    QRandomGenerator rng(2018);
    QStringList paths;
    const QByteArray header = wavHeader16(kRateHz);
    QByteArray pcm(kRateHz * 2, 0);
    for (int i = 0; i < clips; ++i) {
        const QString cls = QStringLiteral("word%1").arg(i % kClasses, 2, 10, QLatin1Char('0'));
        const QString speaker =
            QStringLiteral("%1").arg(rng.bounded(3000) * 7919 + 100000, 8, 16, QLatin1Char('0'));
        const QString path =
            QStringLiteral("%1/%2/%3_nohash_%4.wav").arg(root, cls, speaker).arg(i);
        auto* s = reinterpret_cast<qint16*>(pcm.data());
        const double f = 200.0 + 10.0 * (i % 97);
        for (int k = 0; k < kRateHz; ++k)
            s[k] = qint16(8000.0 * std::sin(2.0 * M_PI * f * k / kRateHz) + rng.bounded(200) - 100);
        QDir().mkpath(root + QLatin1Char('/') + cls);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(header + pcm) != header.size() + pcm.size())
            qFatal("cannot write %s", qPrintable(path));
        paths << path;
    }
    return paths;
}

QStringList listClips(const QString& root)
{
    QStringList paths;
    for (const QString& cls : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString& f : QDir(root + QLatin1Char('/') + cls).entryList(QDir::Files))
            paths << root + QLatin1Char('/') + cls + QLatin1Char('/') + f;
    return paths;
}

// (a) The peer: libsndfile straight from the path, one thread.
double plainLibsndfile(const QStringList& paths)
{
    std::vector<float> buffer(kRateHz * 2);
    QElapsedTimer t;
    t.start();
    for (const QString& p : paths) {
        SF_INFO info{};
        SNDFILE* f = sf_open(QFile::encodeName(p).constData(), SFM_READ, &info);
        if (!f)
            qFatal("libsndfile cannot open %s", qPrintable(p));
        if (size_t(info.frames * info.channels) > buffer.size())
            buffer.resize(size_t(info.frames * info.channels));
        sf_readf_float(f, buffer.data(), info.frames);
        sf_close(f);
    }
    return t.nsecsElapsed() / 1e9;
}

double sha1Only(const QStringList& paths)
{
    QElapsedTimer t;
    t.start();
    for (const QString& p : paths) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
    }
    return t.nsecsElapsed() / 1e9;
}

// Only the store: the same number of records, batches of 500, into a fresh project.
double insertsOnly(const QString& projectPath, int count)
{
    auto project = Project::create(projectPath);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    QElapsedTimer t;
    t.start();
    for (int first = 0; first < count; first += 500) {
        std::vector<SampleRecord> batch;
        for (int i = first; i < std::min(count, first + 500); ++i) {
            SampleRecord r;
            r.path = QStringLiteral("word%1/%2_nohash_%3.wav")
                         .arg(i % kClasses)
                         .arg(i * 31, 8, 16, QLatin1Char('0'))
                         .arg(i);
            r.className = QStringLiteral("word%1").arg(i % kClasses);
            r.groupKey = QStringLiteral("%1").arg(i * 31, 8, 16, QLatin1Char('0'));
            r.contentHash = QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709");
            r.durationSec = 1.0;
            r.rateHz = kRateHz;
            r.channels = 1;
            r.frames = kRateHz;
            batch.push_back(r);
        }
        project.value()->insertSamples(batch);
    }
    return t.nsecsElapsed() / 1e9;
}

const bench::RateLine line{44, "clips"};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clips = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20000;
    QTemporaryDir dir;
    const QString root = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : dir.filePath(QStringLiteral("speech_commands"));
    QStringList paths;
    if (bench::generateOnce(root, clips, [&] {
            std::printf("generating %d one-second 16 kHz 16-bit clips in %s ...\n", clips,
                        qPrintable(root));
            paths = generate(root, clips);
        }))
        paths = listClips(root);
    const qint64 bytes = bench::warmCache(paths);
    std::printf("%d files, %.1f MB, page cache warmed; %d cores\n\n", int(paths.size()),
                bytes / 1e6, QThread::idealThreadCount());

    const double peer = plainLibsndfile(paths);
    line("(a) plain libsndfile read, 1 thread", clips, peer);
    line("    SHA-1 only (read + hash), 1 thread", clips, sha1Only(paths));
    line("    inserts only (batches of 500)", clips,
         insertsOnly(dir.filePath("inserts.tally"), clips));

    auto project = Project::create(dir.filePath(QStringLiteral("bench.tally")));
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    QElapsedTimer t;
    t.start();
    const ImportReport report =
        SpeechCommandsImporter::run(*project.value(), root, ImportOptions{});
    const double tally = t.nsecsElapsed() / 1e9;
    line("(b) Tally import (read, hash, decode, stats, insert)", report.imported, tally);
    std::printf("\nimported %d, errors %d, rows %lld\n", report.imported, int(report.errors.size()),
                project.value()->sampleCount());
    std::printf("ratio (b)/(a): %.2f   target (b) >= 10000 clips/s: %s\n", peer / tally,
                report.imported / tally >= 10000 ? "met" : "NOT met");
    return 0;
}
