// Labelling throughput of `tally-cli label --batch` (issue 3 target: >= 20,000 labels/s
// into a 100,000-sample project). The project holds sample records only (no audio).
//   (a) the CLI as a child process: 100,000 PATH<TAB>CLASS lines on stdin, every
//       label its own transaction, "ok" lines read back; wall time from start to exit;
//   (b) the same again relabelling every sample (replacing labels);
//   (c) in-process Labels::setLabel over the same samples (no process, no path
//       lookups, no output), to see what the CLI adds.
// Figures are printed, never asserted.
//
//   bench_label [SAMPLES]   (default 100000; the CLI is TALLY_CLI or ../app/tally-cli)
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <vector>

using namespace tally;

namespace {

constexpr int kClasses = 12;

QString cliPath()
{
    const QString env = qEnvironmentVariable("TALLY_CLI");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../app/tally-cli"));
}

QString className(int i)
{
    return QStringLiteral("class%1").arg(i % kClasses);
}

bool makeProject(const QString& path, int samples)
{
    auto p = Project::create(path);
    if (!p) {
        std::fprintf(stderr, "%s\n", qPrintable(p.error().toString()));
        return false;
    }
    std::vector<SampleRecord> records(static_cast<size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        records[size_t(i)].path = QStringLiteral("clips/c%1.wav").arg(i, 6, 10, QLatin1Char('0'));
        records[size_t(i)].className = className(i);
        records[size_t(i)].durationSec = 1.0;
    }
    return bool(p.value()->insertSamples(records));
}

// Runs the CLI batch over every sample with class (i + shift); returns labels/s or -1.
double runCli(const QString& project, const QDir& folder, int samples, int shift)
{
    QByteArray input;
    input.reserve(samples * 64);
    for (int i = 0; i < samples; ++i)
        input += folder.filePath(QStringLiteral("clips/c%1.wav").arg(i, 6, 10, QLatin1Char('0')))
                     .toUtf8() +
                 '\t' + className(i + shift).toUtf8() + '\n';
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(cliPath(), {QStringLiteral("label"), project, QStringLiteral("--batch"),
                        QStringLiteral("--annotator"), QStringLiteral("bench")});
    if (!p.waitForStarted())
        return -1;
    p.write(input);
    p.closeWriteChannel();
    qint64 okLines = 0;
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(1000);
        okLines += p.readAllStandardOutput().count('\n');
    }
    okLines += p.readAllStandardOutput().count('\n');
    const double sec = t.nsecsElapsed() / 1e9;
    if (p.exitCode() != 0 || okLines != samples) {
        std::fprintf(stderr, "cli failed: exit %d, %lld ok lines\n%s\n", p.exitCode(), okLines,
                     p.readAllStandardError().left(500).constData());
        return -1;
    }
    std::printf("  %d labels in %.2f s\n", samples, sec);
    return samples / sec;
}

double runInProcess(const QString& path, int samples)
{
    auto p = Project::open(path);
    if (!p)
        return -1;
    Project& a = *p.value();
    const qint64 who = Annotators(a).ensureAnnotator(QStringLiteral("in-process")).value().id;
    std::vector<qint64> classIds;
    for (const ClassRecord& c : Classes(a).classes())
        classIds.push_back(c.id);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < samples; ++i) {
        if (!Labels(a).setLabel(i + 1, who, classIds[size_t(i) % classIds.size()]))
            return -1;
    }
    const double sec = t.nsecsElapsed() / 1e9;
    std::printf("  %d labels in %.2f s\n", samples, sec);
    return samples / sec;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int samples = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench.tally"));
    QElapsedTimer t;
    t.start();
    if (!makeProject(project, samples))
        return 1;
    std::printf("project with %d sample records made in %.2f s (%s)\n", samples,
                t.nsecsElapsed() / 1e9, qPrintable(cliPath()));
    const QDir folder(dir.path());
    std::printf("(a) tally-cli label --batch, new labels:      %.0f labels/s\n",
                runCli(project, folder, samples, 0));
    std::printf("(b) tally-cli label --batch, replacing labels: %.0f labels/s\n",
                runCli(project, folder, samples, 1));
    std::printf("(c) in-process Labels::setLabel:               %.0f labels/s\n",
                runInProcess(project, samples));
    std::printf("target: >= 20000 labels/s\n");
    return 0;
}
