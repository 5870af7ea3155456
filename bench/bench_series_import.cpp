// Sensor series import (issue 14): a generated run the size of IMS test 2 (984 snapshots
// of 20,480 rows x 4 channels, tab-separated "%.3f" values, ~590 MB of text, files named
// YYYY.MM.DD.HH.MM.SS 10 minutes apart) imported into a fresh project with every
// channel's features, as `tally-cli import --format ims` runs it: wall seconds, CPU
// seconds and peak RSS of the import. Beside it, in the same run, numpy.loadtxt of the
// same files in a Python loop (one core; parse only, no features, no store), and the
// ratio of the two speeds. Also printed: the reader alone on one thread, the part of the
// import that does what loadtxt does. Target: <= 6 s on 2 cores and >= 10x loadtxt.
// Figures are printed, never asserted.
//
//   bench_series_import [SNAPSHOTS] [--dir DIR]   (default 984; with DIR the run is
//   written there once and reused, else into a temporary folder). Generation is not
//   timed; the files are read once before timing so that both sides find them in the
//   page cache. The Python is $TALLY_PYTHON, else /usr/bin/python3 (on PATH, python3
//   may be an interpreter without numpy); without numpy the loop is skipped with a note.
#include "BenchSupport.h"
#include "formats/SeriesImporter.h"
#include "sensor/SeriesReaders.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <optional>
#include <random>
#include <sys/resource.h>
#include <vector>

using namespace tally;

namespace {

constexpr int kChannels = 4;
constexpr int kRise = 700; // the snapshot from which channel 1 carries a growing fault

QString snapshotName(int i)
{
    return QDateTime(QDate(2004, 2, 12), QTime(10, 32, 39), QTimeZone::utc())
        .addSecs(600 * qint64(i))
        .toString(QStringLiteral("yyyy.MM.dd.HH.mm.ss"));
}

// Snapshot i: noise around -0.1 on every channel (so that most values are "-0.xxx", 7
// bytes with the tab, as in the IMS files); from kRise on, channel 1 also carries a 3 kHz
// carrier modulated at the IMS bearing's BPFO (236.4 Hz), growing with i.
QByteArray snapshotText(int i)
{
    std::mt19937 rng(unsigned(i) + 1);
    std::normal_distribution<float> noise(-0.1f, 0.08f);
    const double fault = i >= kRise ? 0.01 * (i - kRise + 1) : 0.0;
    QByteArray text(qsizetype(kImsSnapshotFrames) * kChannels * 8, Qt::Uninitialized);
    char* out = text.data();
    char* const end = out + text.size();
    for (int n = 0; n < kImsSnapshotFrames; ++n) {
        const double t = n / kImsRateHz;
        for (int c = 0; c < kChannels; ++c) {
            double x = noise(rng);
            if (c == 0 && fault > 0)
                x += fault * (1 + std::sin(2 * M_PI * 236.4 * t)) * std::sin(2 * M_PI * 3000 * t);
            out = std::to_chars(out, end, x, std::chars_format::fixed, 3).ptr;
            *out++ = c + 1 < kChannels ? '\t' : '\n';
        }
    }
    text.truncate(out - text.data());
    return text;
}

// Writes the run's snapshots into run/, on every core; returns the bytes written.
qint64 generateRun(const QString& run, int snapshots)
{
    QDir().mkpath(run);
    std::vector<int> indexes(static_cast<size_t>(snapshots));
    std::iota(indexes.begin(), indexes.end(), 0);
    std::atomic<qint64> bytes = 0;
    QtConcurrent::blockingMap(indexes, [&](int i) {
        const QByteArray text = snapshotText(i);
        QFile f(run + u'/' + snapshotName(i));
        if (f.open(QIODevice::WriteOnly) && f.write(text) == text.size())
            bytes += text.size();
    });
    return bytes;
}

double cpuSec()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS, so
// that the import's peak is not the generation's. False where it cannot.
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// VmHWM in MB, or -1.
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Every snapshot of the folder argv[1] read by numpy.loadtxt, timed inside Python
// (start-up and imports excluded). Prints "<files> <rows> <seconds>".
const char* kLoadtxtLoop = R"(import os, sys, time
import numpy as np
root = sys.argv[1]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if not f.startswith('.'))
t = time.perf_counter()
rows = 0
for path in files:
    rows += np.loadtxt(path).shape[0]
print(len(files), rows, time.perf_counter() - t)
)";

QString pythonPath()
{
    return qEnvironmentVariableIsSet("TALLY_PYTHON") ? qEnvironmentVariable("TALLY_PYTHON")
                                                     : QStringLiteral("/usr/bin/python3");
}

// Seconds of the loadtxt loop over run; nullopt (with a note) when it cannot run.
std::optional<double> loadtxtSec(const QString& run, const QString& scriptPath)
{
    const QString python = pythonPath();
    QProcess check;
    check.start(python, {QStringLiteral("-c"), QStringLiteral("import numpy")});
    if (!check.waitForFinished(60000) || check.exitStatus() != QProcess::NormalExit ||
        check.exitCode() != 0) {
        std::printf("numpy.loadtxt: skipped (%s cannot import numpy; Debian python3-numpy, or "
                    "TALLY_PYTHON); no ratio\n",
                    qPrintable(python));
        return std::nullopt;
    }
    QFile script(scriptPath);
    if (!script.open(QIODevice::WriteOnly) || script.write(kLoadtxtLoop) < 0)
        return std::nullopt;
    script.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* v : {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"})
        env.insert(QString::fromLatin1(v), QStringLiteral("1"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(python, {scriptPath, run});
    const bool ok =
        p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QStringList fields = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u' ');
    if (!ok || fields.size() != 3) {
        std::printf("numpy.loadtxt: failed: %s\n", p.readAllStandardError().constData());
        return std::nullopt;
    }
    std::printf("numpy.loadtxt (%s, numpy, one core): %s files, %s rows in %.2f s\n",
                qPrintable(python), qPrintable(fields[0]), qPrintable(fields[1]),
                fields[2].toDouble());
    return fields[2].toDouble();
}

// The reader alone, to set beside loadtxt (which only parses): every file read and
// parsed by parseImsText on one thread, no features, no store. Prints its seconds.
void benchParseOnly(const QStringList& paths)
{
    QElapsedTimer t;
    t.start();
    qint64 frames = 0;
    for (const QString& p : paths) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const Result<SeriesData> data = parseImsText(f.readAll());
        frames += data ? data.value().frameCount() : 0;
    }
    std::printf("  of which parsing: parseImsText alone, one thread, %lld rows in %.2f s\n",
                static_cast<long long>(frames), double(t.nsecsElapsed()) / 1e9);
}

struct Args
{
    int snapshots = 984;
    QString dir;
};

Args parseArgs(const QStringList& args)
{
    Args a;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            a.dir = args[++i];
        else if (const int n = args[i].toInt(); n > 0)
            a.snapshots = n;
    }
    return a;
}

// The import into a fresh project: prints its figures, returns its wall seconds.
std::optional<double> benchImport(const QString& root, const QString& projectPath, qint64 bytes)
{
    auto created = Project::create(projectPath);
    if (!created) {
        std::printf("cannot create %s: %s\n", qPrintable(projectPath),
                    qPrintable(created.error().toString()));
        return std::nullopt;
    }
    Project& project = *created.value();
    const bool peakReset = resetPeakRss();
    const double cpu0 = cpuSec();
    QElapsedTimer t;
    t.start();
    const ImportReport r = SeriesImporter::run(project, root, ImportOptions{},
                                               SeriesImportOptions{SeriesFormat::Ims, 0});
    const double sec = double(t.nsecsElapsed()) / 1e9;
    const double cpu = cpuSec() - cpu0;
    std::printf("Tally import (read, parse, features, store): %d imported, %d errors, "
                "%d warnings, %d skipped in %.2f s wall, %.2f CPU s = %.0f MB/s of text\n",
                r.imported, int(r.errors.size()), int(r.warnings.size()), r.skipped, sec, cpu,
                double(bytes) / 1e6 / sec);
    if (!r.errors.isEmpty())
        std::printf("  first error: %s\n", qPrintable(r.errors.first().toString()));
    std::printf("  peak RSS %s %.0f MB\n", peakReset ? "during the import" : "of the process",
                peakRssMb());
    return sec;
}

void printTargets(double tallySec, std::optional<double> numpySec, int cores)
{
    std::printf("target: import <= 6 s on 2 cores: %s (%.2f s on %d cores)\n",
                tallySec <= 6.0 ? "met" : "missed", tallySec, cores);
    if (!numpySec) {
        std::printf("target: >= 10x numpy.loadtxt: not measured (no numpy)\n");
        return;
    }
    const double ratio = *numpySec / tallySec;
    std::printf("Tally / numpy.loadtxt speed: %.1fx (Tally %.2f s on %d cores with features "
                "and store; loadtxt %.2f s, one core, parse only)\n",
                ratio, tallySec, cores, *numpySec);
    std::printf("target: >= 10x numpy.loadtxt: %s (%.1fx)\n", ratio >= 10 ? "met" : "missed",
                ratio);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Args args = parseArgs(app.arguments());
    QTemporaryDir tmp;
    const QString root = args.dir.isEmpty() ? tmp.filePath(QStringLiteral("ims")) : args.dir;
    const QString run = root + QStringLiteral("/2nd_test");
    const int cores = QThread::idealThreadCount();
    std::printf("%d cores (ideal threads); %d snapshots of %d rows x %d channels\n", cores,
                args.snapshots, kImsSnapshotFrames, kChannels);
    QElapsedTimer gen;
    gen.start();
    qint64 written = 0;
    if (bench::generateOnce(root, args.snapshots,
                            [&] { written = generateRun(run, args.snapshots); }))
        std::printf("reused %s\n", qPrintable(run));
    else
        std::printf("generated %.0f MB in %.1f s (not timed) into %s\n", double(written) / 1e6,
                    double(gen.nsecsElapsed()) / 1e9, qPrintable(run));
    QStringList paths;
    for (const QString& f : QDir(run).entryList(QDir::Files))
        paths << run + u'/' + f;
    const qint64 bytes = bench::warmCache(paths);
    std::printf("warmed %d files, %.0f MB of text\n", int(paths.size()), double(bytes) / 1e6);

    const std::optional<double> tallySec =
        benchImport(root, tmp.filePath(QStringLiteral("bench.tally")), bytes);
    if (!tallySec)
        return 1;
    benchParseOnly(paths);
    const std::optional<double> numpySec =
        loadtxtSec(run, tmp.filePath(QStringLiteral("loadtxt.py")));
    printTargets(*tallySec, numpySec, cores);
    return 0;
}
