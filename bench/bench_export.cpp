// Export throughput. Figures are printed, never asserted.
//   (a) Speech Commands export of CLIPS clips (default 20,000; 35 classes, 1.3 s,
//       44.1 kHz 16-bit mono, page cache warmed) to 16 kHz 1 s: decode, mix, loudest
//       window, resample (libsoxr, High), write, lists, manifests, card, version.
//       Target >= 4,000 clips/s on 2 cores. Also printed: one thread, the resampler
//       alone on one clip, and beside them, in the same run, a ten-line Python loop
//       (soundfile + scipy.signal.resample_poly, one core) over the same files writing
//       16-bit WAVs, with the ratio. Without python3, scipy or soundfile (Debian
//       python3-scipy, python3-soundfile; TALLY_PYTHON names another interpreter) the
//       loop is skipped with a note.
//   (b) Split + CSV manifest for 100,000 samples (rows only, no audio): Speech
//       Commands split of every name written to samples.split in one transaction,
//       then ManifestExporter (csv, dataset card, attribution, version).
//       Target <= 2 s.
//
//   bench_export [CLIPS [DIR [RUNS]]]   (with DIR the clips are written there once and
//   reused; each export and the Python loop run RUNS times (default 3), medians printed).
//   Outputs go to a temporary folder under TMPDIR (the same file system for both).
#include "audio/Resampler.h"
#include "formats/ManifestExporter.h"
#include "formats/SpeechCommandsExporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "splits/SpeechCommandsSplit.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <sys/resource.h>

using namespace tally;

namespace {

constexpr int kRateHz = 44100;
constexpr qint64 kFrames = qint64(1.3 * kRateHz);
constexpr int kClasses = 35;

void appendLe(QByteArray& b, quint32 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}

QByteArray wavBytes(int seed)
{
    QByteArray b("RIFF");
    appendLe(b, quint32(36 + kFrames * 2), 4);
    b += "WAVEfmt ";
    for (quint32 v :
         {16u, 1u | (1u << 16), quint32(kRateHz), quint32(kRateHz * 2), 2u | (16u << 16)})
        appendLe(b, v, 4);
    b += "data";
    appendLe(b, quint32(kFrames * 2), 4);
    const double f = 200.0 + (seed % 50) * 20.0;
    for (qint64 i = 0; i < kFrames; ++i) {
        const double env = (i > kFrames / 4 && i < kFrames * 3 / 4) ? 0.5 : 0.05;
        appendLe(b, quint32(qint16(env * 32767 * std::sin(2 * M_PI * f * double(i) / kRateHz))), 2);
    }
    return b;
}

void makeTree(const QString& root, int clips)
{
    for (int i = 0; i < clips; ++i) {
        const QString dir = root + QStringLiteral("/word%1").arg(i % kClasses, 2, 10, QChar(u'0'));
        const QString file =
            dir + QStringLiteral("/%1_nohash_%2.wav").arg(i / 3, 8, 16, QChar(u'0')).arg(i % 3);
        if (QFile::exists(file))
            continue;
        QDir().mkpath(dir);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(wavBytes(i));
    }
}

void warm(const QString& root)
{
    qint64 bytes = 0;
    for (const QString& d : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString& f : QDir(root + u'/' + d).entryList(QDir::Files)) {
            QFile file(root + u'/' + d + u'/' + f);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll().size();
        }
    std::printf("warmed %.0f MB\n", double(bytes) / 1e6);
}

// CPU seconds (user + system) this process used so far: with other jobs on the
// machine, clips per CPU second says what the code costs better than wall time.
double cpuSec()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void benchResampler()
{
    Signal s{kRateHz, 1, std::vector<float>(size_t(kRateHz + 512), 0.1f)};
    const std::pair<ResampleQuality, const char*> levels[] = {
        {ResampleQuality::Low, "low"},
        {ResampleQuality::Medium, "medium"},
        {ResampleQuality::High, "high"},
        {ResampleQuality::VeryHigh, "very high"}};
    for (const auto& [q, name] : levels) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 200; ++i)
            (void)Resampler::resample(s, 16000, q);
        std::printf("resample 1 s 44.1->16 kHz (soxr %s): %.3f ms per clip, one thread\n", name,
                    double(t.nsecsElapsed()) / 1e6 / 200);
    }
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0.0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// One export run; returns clips per second (wall).
double exportOnce(Project& project, const QString& out, int threads, int clips)
{
    SpeechCommandsOptions o;
    o.folder = out;
    o.threads = threads;
    o.overwrite = true;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSec();
    const ExportReport r = SpeechCommandsExporter::run(project, o);
    const double sec = double(t.nsecsElapsed()) / 1e9;
    const double cpu = cpuSec() - cpu0;
    std::printf("  export, %d thread(s): %d written, %d errors in %.2f s = %.0f clips/s wall; "
                "%.2f CPU s = %.0f clips per CPU second\n",
                threads, r.written, int(r.errors.size()), sec, clips / sec, cpu, clips / cpu);
    QDir(out).removeRecursively(); // not timed; keeps the disk from filling over the runs
    return clips / sec;
}

// Median clips/s of runs exports on `threads` threads.
double benchSpeechCommands(Project& project, const QString& out, int threads, int clips, int runs)
{
    std::vector<double> rates;
    for (int i = 0; i < runs; ++i)
        rates.push_back(exportOnce(project, out + QString::number(i), threads, clips));
    return median(rates);
}

// The reference: read, resample 44.1 -> 16 kHz (scipy's polyphase filter), keep the
// middle second, write 16-bit WAV; timed inside Python (start-up and imports excluded).
// Prints "<clips> <seconds>".
const char* kPythonLoop = R"(import math, os, sys, time
import soundfile as sf
from scipy.signal import resample_poly
src, dst, rate_out = sys.argv[1], sys.argv[2], 16000
files = sorted(os.path.join(d, f) for d in os.listdir(src) if os.path.isdir(os.path.join(src, d)) for f in os.listdir(os.path.join(src, d)))
t = time.perf_counter()
for rel in files:
    x, rate = sf.read(os.path.join(src, rel), dtype='float32')
    g = math.gcd(rate_out, rate)
    y = resample_poly(x, rate_out // g, rate // g)
    start = (len(y) - rate_out) // 2
    os.makedirs(os.path.join(dst, os.path.dirname(rel)), exist_ok=True)
    sf.write(os.path.join(dst, rel), y[start:start + rate_out], rate_out, subtype='PCM_16')
print(len(files), time.perf_counter() - t)
)";

// The first of $TALLY_PYTHON, python3, /usr/bin/python3 that imports scipy and soundfile.
std::optional<QString> findPython()
{
    QStringList candidates{QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")};
    if (qEnvironmentVariableIsSet("TALLY_PYTHON"))
        candidates.prepend(qEnvironmentVariable("TALLY_PYTHON"));
    for (const QString& python : candidates) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import scipy.signal, soundfile")});
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return std::nullopt;
}

// Median clips/s of runs Python loops on one core; nullopt when it cannot run.
std::optional<double> benchPythonLoop(const QString& root, const QString& out, int runs)
{
    const std::optional<QString> python = findPython();
    if (!python) {
        std::printf("python loop: skipped (no python3 with scipy and soundfile; Debian "
                    "python3-scipy python3-soundfile, or TALLY_PYTHON)\n");
        return std::nullopt;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* v : {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"})
        env.insert(QString::fromLatin1(v), QStringLiteral("1")); // one core
    std::vector<double> rates;
    for (int i = 0; i < runs; ++i) {
        const QString dst = out + QString::number(i);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(*python, {QStringLiteral("-c"), QString::fromUtf8(kPythonLoop), root, dst});
        const bool ok = p.waitForFinished(-1) && p.exitCode() == 0;
        const QStringList fields = QString::fromUtf8(p.readAllStandardOutput()).split(u' ');
        QDir(dst).removeRecursively();
        if (!ok || fields.size() != 2) {
            std::printf("python loop: failed: %s\n", p.readAllStandardError().constData());
            return std::nullopt;
        }
        const double clips = fields[0].toDouble(), sec = fields[1].toDouble();
        std::printf("  python loop (%s, one core): %.0f clips in %.2f s = %.0f clips/s\n",
                    qPrintable(*python), clips, sec, clips / sec);
        rates.push_back(clips / sec);
    }
    return median(rates);
}

void benchManifest(const QString& dir)
{
    auto created = Project::create(dir + QStringLiteral("/rows.tally"));
    if (!created)
        return;
    Project& p = *created.value();
    std::vector<SampleRecord> recs(100000);
    for (int i = 0; i < 100000; ++i) {
        recs[size_t(i)].path = QStringLiteral("word%1/%2_nohash_%3.wav")
                                   .arg(i % kClasses)
                                   .arg(i / 3, 8, 16, QChar(u'0'))
                                   .arg(i % 3);
        recs[size_t(i)].className = QStringLiteral("word%1").arg(i % kClasses);
        recs[size_t(i)].groupKey = QStringLiteral("%1").arg(i / 3, 8, 16, QChar(u'0'));
        recs[size_t(i)].licence = i % 3 ? QStringLiteral("CC-BY-4.0") : QStringLiteral("CC0-1.0");
        recs[size_t(i)].durationSec = 1.0;
    }
    if (!p.insertSamples(recs))
        return;
    QElapsedTimer t;
    t.start();
    const SpeechCommandsSplit split;
    QSqlDatabase db = p.db();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE samples SET split = ? WHERE id = ?"));
    for (const SampleRecord& r : recs) {
        q.addBindValue(splitName(split.assign(r.path)));
        q.addBindValue(r.id);
        q.exec();
    }
    db.commit();
    const double splitSec = double(t.nsecsElapsed()) / 1e9;
    ManifestOptions m;
    m.folder = dir + QStringLiteral("/manifest");
    const ExportReport r = ManifestExporter::run(p, m);
    const double totalSec = double(t.nsecsElapsed()) / 1e9;
    std::printf("100,000 samples: split %.2f s + CSV manifest, card, version %.2f s = %.2f s "
                "(target <= 2 s); %d rows, %d errors\n",
                splitSec, totalSec - splitSec, totalSec, r.written, int(r.errors.size()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clips = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTemporaryDir tmp;
    const QString root =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.filePath(QStringLiteral("data"));
    const int runs = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 3;
    const int cores = QThread::idealThreadCount();
    std::printf("%d cores (ideal threads)\n", cores);
    makeTree(root, clips);
    warm(root);
    benchResampler();
    auto created = Project::create(tmp.filePath(QStringLiteral("bench.tally")));
    if (!created)
        return 1;
    Project& project = *created.value();
    QElapsedTimer t;
    t.start();
    const ImportReport imported = SpeechCommandsImporter::run(project, root, {});
    std::printf("imported %d clips in %.2f s (setup)\n", imported.imported,
                double(t.nsecsElapsed()) / 1e9);
    const int n = imported.imported;
    const double all =
        benchSpeechCommands(project, tmp.filePath(QStringLiteral("out")), 0, n, runs);
    const double one =
        benchSpeechCommands(project, tmp.filePath(QStringLiteral("one")), 1, n, runs);
    const std::optional<double> python =
        benchPythonLoop(root, tmp.filePath(QStringLiteral("python")), runs);
    std::printf("speech-commands export of %d clips, median of %d: %.0f clips/s on %d cores "
                "(target >= 4000 on 2 cores), %.0f on one thread",
                n, runs, all, cores, one);
    if (python)
        std::printf("; python loop (soundfile + resample_poly, one core) %.0f clips/s: "
                    "Tally %.1fx on %d cores, %.1fx on one\n",
                    *python, all / *python, cores, one / *python);
    else
        std::printf("; python loop skipped\n");
    benchManifest(tmp.path());
    return 0;
}
