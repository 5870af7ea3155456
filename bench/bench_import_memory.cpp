// Peak memory of `tally-cli import` on one large file (issue 11: a 200 MB WAV took
// 1.4 GB). Writes a 16-bit stereo 48 kHz WAV of SIZE_MB into a temporary folder laid
// out as a Speech Commands tree, runs `tally-cli init` and `tally-cli import` as child
// processes and prints each one's peak RSS (wait4 ru_maxrss) and wall time against
// the target: peak RSS <= 150 MB for a 1 GB WAV. The folder is removed afterwards.
// With --coco N it also imports a COCO JSON of N annotations (over 1,000 tiny PNGs).
// Figures are printed, never asserted.
//
//   bench_import_memory [SIZE_MB] [--coco N]   (default 1024 MB, no COCO case;
//                                               the CLI is TALLY_CLI or ../app/tally-cli)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr double kTargetMb = 150.0;
constexpr double kTargetCocoMb = 300.0; // issue 11: any CLI command at 1M
constexpr int kRateHz = 48000;
constexpr int kChannels = 2;

QString cliPath()
{
    const QString env = qEnvironmentVariable("TALLY_CLI");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../app/tally-cli"));
}

void put32(QByteArray& h, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        h.append(char((v >> (8 * i)) & 0xff));
}

void put16(QByteArray& h, quint16 v)
{
    h.append(char(v & 0xff));
    h.append(char(v >> 8));
}

// A 16-bit stereo WAV of about sizeMb, written in 1 MB blocks: a 440 Hz sine on the
// left, a 660 Hz one on the right, so the statistics are non-trivial.
bool writeWav(const QString& path, qint64 sizeMb)
{
    const quint32 frames = quint32(std::min<qint64>(sizeMb * 1024 * 1024 / 4, 0x3FFFFFF0 / 1));
    QByteArray h = "RIFF";
    put32(h, 36 + frames * 4);
    h += "WAVEfmt ";
    put32(h, 16);
    put16(h, 1);
    put16(h, kChannels);
    put32(h, kRateHz);
    put32(h, kRateHz * 4);
    put16(h, 4);
    put16(h, 16);
    h += "data";
    put32(h, frames * 4);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(h) != h.size())
        return false;
    std::vector<qint16> block(size_t(1 << 18) * kChannels);
    for (quint32 done = 0; done < frames;) {
        const quint32 n = std::min<quint32>(quint32(block.size() / kChannels), frames - done);
        for (quint32 i = 0; i < n; ++i) {
            const double t = double(done + i) / kRateHz;
            block[2 * i] = qint16(16000 * std::sin(2 * M_PI * 440 * t));
            block[2 * i + 1] = qint16(12000 * std::sin(2 * M_PI * 660 * t));
        }
        const qint64 bytes = qint64(n) * 4;
        if (f.write(reinterpret_cast<const char*>(block.data()), bytes) != bytes)
            return false;
        done += n;
    }
    return f.flush();
}

// A COCO JSON of `annotations` boxes spread over 1,000 8x8 PNGs, written as text.
bool writeCoco(const QString& root, int annotations)
{
    constexpr int kImages = 1000;
    QDir().mkpath(root + QStringLiteral("/images"));
    QImage image(8, 8, QImage::Format_RGB32);
    QFile f(root + QStringLiteral("/instances.json"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("{\"categories\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}],\"images\":[");
    for (int i = 0; i < kImages; ++i) {
        image.fill(qRgb(i & 0xff, (i >> 8) & 0xff, 9));
        if (!image.save(root + QStringLiteral("/images/%1.png").arg(i), "png"))
            return false;
        f.write(QStringLiteral("%1{\"id\":%2,\"file_name\":\"images/%2.png\",\"width\":8,"
                               "\"height\":8}")
                    .arg(i ? "," : "")
                    .arg(i)
                    .toUtf8());
    }
    f.write("],\"annotations\":[");
    for (int a = 0; a < annotations; ++a)
        f.write(QStringLiteral("%1{\"id\":%2,\"image_id\":%3,\"category_id\":%4,"
                               "\"bbox\":[1,1,%5,%6],\"area\":4,\"iscrowd\":0}")
                    .arg(a ? "," : "")
                    .arg(a + 1)
                    .arg(a % kImages)
                    .arg(1 + a % 2)
                    .arg(1 + a % 6)
                    .arg(1 + a % 5)
                    .toUtf8());
    f.write("]}");
    return f.flush();
}

struct Run
{
    int exitCode = -1;
    double peakMb = 0;
    double sec = 0;
};

// Runs the CLI as a child and reads its peak RSS from wait4 (ru_maxrss, KiB on Linux).
Run runChild(const QStringList& args)
{
    std::vector<QByteArray> owned{QFile::encodeName(cliPath())};
    for (const QString& a : args)
        owned.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    std::fflush(stdout); // or the child's copy of the buffer is printed twice
    const pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stdout))
            _exit(126);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.peakMb = usage.ru_maxrss / 1024.0;
    }
    run.sec = timer.nsecsElapsed() / 1e9;
    return run;
}

void report(const char* what, const Run& r, double targetMb)
{
    std::printf("%-42s exit %d  %7.2f s  peak RSS %8.1f MB", what, r.exitCode, r.sec, r.peakMb);
    if (r.exitCode != 0)
        std::printf("  FAILED");
    else if (targetMb > 0)
        std::printf("  (target <= %.0f MB: %s)", targetMb, r.peakMb <= targetMb ? "met" : "MISSED");
    std::printf("\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 sizeMb = 1024;
    int coco = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--coco") && i + 1 < args.size())
            coco = args[++i].toInt();
        else
            sizeMb = std::max<qint64>(1, args[i].toLongLong());
    }
    QTemporaryDir dir; // removed with everything in it when main returns
    if (!dir.isValid())
        return 1;
    const QString tree = dir.filePath(QStringLiteral("sc"));
    QDir().mkpath(tree + QStringLiteral("/long"));
    const QString wav = tree + QStringLiteral("/long/recording.wav");
    if (!writeWav(wav, sizeMb)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(wav));
        return 1;
    }
    std::printf("%s: %.1f MB WAV (16-bit stereo %d Hz, %.1f min); CLI %s\n", qPrintable(wav),
                QFile(wav).size() / 1048576.0, kRateHz, QFile(wav).size() / 4.0 / kRateHz / 60.0,
                qPrintable(cliPath()));
    const QString project = dir.filePath(QStringLiteral("p.tally"));
    report("tally-cli init", runChild({QStringLiteral("init"), project}), 0);
    const Run wavRun = runChild({QStringLiteral("import"), project, QStringLiteral("--format"),
                                 QStringLiteral("speech-commands"), tree});
    report("tally-cli import (1 long WAV)", wavRun, kTargetMb);
    QFile::remove(wav);
    if (coco > 0) {
        const QString root = dir.filePath(QStringLiteral("coco"));
        if (!writeCoco(root, coco))
            return 1;
        std::printf("\n%s: COCO JSON of %d annotations, %.1f MB\n", qPrintable(root), coco,
                    QFile(root + QStringLiteral("/instances.json")).size() / 1048576.0);
        // The reading and storing alone (--no-check), then the quality checks run after it
        // by a plain import (tally-cli check on the same project), then both in one import.
        const QString p2 = dir.filePath(QStringLiteral("coco.tally"));
        runChild({QStringLiteral("init"), p2});
        report("tally-cli import --format coco --no-check",
               runChild({QStringLiteral("import"), p2, QStringLiteral("--format"),
                         QStringLiteral("coco"), root, QStringLiteral("--no-check")}),
               kTargetCocoMb);
        report("tally-cli check (after it)", runChild({QStringLiteral("check"), p2}),
               kTargetCocoMb);
        const QString p3 = dir.filePath(QStringLiteral("coco-checked.tally"));
        runChild({QStringLiteral("init"), p3});
        report("tally-cli import --format coco",
               runChild({QStringLiteral("import"), p3, QStringLiteral("--format"),
                         QStringLiteral("coco"), root}),
               kTargetCocoMb);
    }
    std::printf("(machine shared with other builds and helpers: times are loaded figures)\n");
    return wavRun.exitCode == 0 ? 0 : 1;
}
