// `tally-cli` at a million samples (issue 11, "A million samples"). Builds a project of N
// samples (default 1,000,000) and runs each command as a child process, printing its
// wall time and peak RSS (wait4's ru_maxrss) beside the target:
//   split (first run: every sample gets a split)   <= 3 s
//   split (second run: nothing changes)            <= 3 s, 0 rows written
//   stats                                          <= 1 s
//   balance (by split)                             <= 1 s
//   export --format csv                            <= 3 s
//   import of one new file                         <= 0.2 s
//   every command                                  peak RSS <= 300 MB
//   the GUI (bench_gui_labelling --open)        first rows <= 2 s, <= 400 MB, filter <= 100 ms
// The project is filled with set-based SQL in one transaction (no clips on disk: the
// commands measured here never read them), with a mix like a Speech Commands project:
// 12 classes, ~20 clips per speaker, 1% background, 4% without an imported class but
// labelled by three annotators (one disagreeing), 20% of the rest labelled once, 10%
// with metadata (gender, age), 1% with a vote, three licences. One real WAV is written
// for the import. Figures are printed, never asserted. Beside the wall time the child's
// CPU time (user + system, from the same rusage) is printed: on a shared, loaded machine
// it says what the command costs when the wall time mostly says how long it waited.
//
//   bench_scale [N] [--sizes] [--dir DIR]
//     --sizes  also run at 50,000 and 200,000 samples (before N)
//     --dir    where the projects are built (default: a temporary folder, removed)
//   The CLI is TALLY_CLI, else ../app/tally-cli beside this executable.
#include "audio/AudioWriter.h"
#include "store/Annotators.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace tally;

namespace {

const QStringList kWords{QStringLiteral("yes"),  QStringLiteral("no"),   QStringLiteral("up"),
                         QStringLiteral("down"), QStringLiteral("left"), QStringLiteral("right"),
                         QStringLiteral("on"),   QStringLiteral("off"),  QStringLiteral("stop"),
                         QStringLiteral("go"),   QStringLiteral("zero"), QStringLiteral("one")};

QString cliPath()
{
    const QString env = qEnvironmentVariable("TALLY_CLI");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("../app/tally-cli"));
}

bool exec(QSqlQuery& q, const QString& sql)
{
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "SQL failed: %s\n  %s\n", qPrintable(q.lastError().text()),
                 qPrintable(sql.left(200)));
    return false;
}

// The samples: i = 1..n; class word i % 12, speaker i / 20, clip i % 20 of the speaker.
QString samplesSql(int n)
{
    return QStringLiteral(
               "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %1)"
               " INSERT INTO samples(path, kind, content_hash, class_id, group_key, duration_sec,"
               " rate_hz, channels, frames, rms_dbfs, peak, clipped_fraction, licence, source,"
               " added)"
               " SELECT CASE WHEN i % 100 = 0 THEN printf('_background_noise_/noise_%d.wav', i)"
               "             WHEN i % 25 = 1 THEN printf('unsorted/%08x_nohash_%d.wav',"
               "                                         (i / 20) * 2654435761 % 4294967296, i % "
               "20)"
               "             ELSE printf('%s/%08x_nohash_%d.wav', c.name,"
               "                         (i / 20) * 2654435761 % 4294967296, i % 20) END,"
               "  CASE WHEN i % 100 = 0 THEN 1 ELSE 0 END,"
               "  printf('%08x%08x%08x%08x%08x', i * 2654435761 % 4294967296,"
               "         i * 2246822519 % 4294967296, i * 3266489917 % 4294967296,"
               "         i * 668265263 % 4294967296, i),"
               "  CASE WHEN i % 100 = 0 OR i % 25 = 1 THEN NULL ELSE c.id END,"
               "  CASE WHEN i % 100 = 0 THEN NULL"
               "       ELSE printf('%08x', (i / 20) * 2654435761 % 4294967296) END,"
               "  1.0, 16000, 1, 16000, -20.0 - (i % 7), 0.5, 0.0,"
               "  CASE WHEN i % 20 = 3 THEN NULL WHEN i % 10 = 7 THEN 'CC0-1.0' ELSE 'CC-BY-4.0' "
               "END,"
               "  'bench', '2026-12-01T10:00:00.000Z'"
               " FROM seq JOIN classes c ON c.id = 1 + i % 12")
        .arg(n);
}

// Labels, metadata and votes over the samples (annotators 1..3 exist).
QStringList annotationSql()
{
    const QString at = QStringLiteral("'2026-12-01T11:00:00.000Z'");
    return {
        // Samples without an imported class: annotators 1 and 2 agree, 3 disagrees.
        QStringLiteral("INSERT INTO labels(sample_id, annotator_id, class_id, at)"
                       " SELECT s.id, a.id, CASE WHEN a.id = 3 THEN 1 + (s.id + 1) % 12"
                       " ELSE 1 + s.id % 12 END, %1 FROM samples s, annotators a"
                       " WHERE s.class_id IS NULL AND s.kind = 0")
            .arg(at),
        // A fifth of the others: one annotator confirms the imported class.
        QStringLiteral("INSERT INTO labels(sample_id, annotator_id, class_id, at)"
                       " SELECT id, 1 + id % 3, class_id, %1 FROM samples"
                       " WHERE class_id IS NOT NULL AND id % 5 = 2")
            .arg(at),
        QStringLiteral("UPDATE samples SET metadata = json_object('gender', CASE WHEN id % 2"
                       " THEN 'female' ELSE 'male' END, 'age', 20 + id % 50) WHERE id % 10 = 4"),
        QStringLiteral("INSERT INTO votes(sample_id, annotator_id, up, at)"
                       " SELECT id, 2, id % 3 > 0, %1 FROM samples WHERE id % 100 = 9")
            .arg(at),
    };
}

// A fresh project of n samples at path, and one new WAV under incomingDir/yes.
bool buildProject(const QString& path, int n, const QString& incomingDir)
{
    QFile::remove(path);
    auto created = Project::create(path);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return false;
    }
    Project& p = *created.value();
    for (const QString& who : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")})
        if (!Annotators(p).ensureAnnotator(who, AnnotatorRole::Annotator))
            return false;
    QSqlDatabase db = p.db();
    QSqlQuery q(db);
    // Building fast: a large page cache, and the samples' secondary indexes dropped while
    // the rows go in and made again after (a sort instead of a million random inserts).
    exec(q, QStringLiteral("PRAGMA cache_size = -262144"));
    QStringList indexes;
    if (!exec(q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                " AND tbl_name = 'samples' AND sql IS NOT NULL")))
        return false;
    QStringList dropped;
    while (q.next()) {
        dropped << q.value(0).toString();
        indexes << q.value(1).toString();
    }
    if (!db.transaction())
        return false;
    for (const QString& name : dropped)
        if (!exec(q, QStringLiteral("DROP INDEX %1").arg(name)))
            return false;
    for (const QString& w : kWords)
        if (!exec(q, QStringLiteral("INSERT INTO classes(name) VALUES ('%1')").arg(w)))
            return false;
    if (!exec(q, samplesSql(n)))
        return false;
    for (const QString& sql : indexes)
        if (!exec(q, sql))
            return false;
    for (const QString& sql : annotationSql())
        if (!exec(q, sql))
            return false;
    if (!db.commit())
        return false;
    exec(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Signal tone;
    tone.rateHz = 16000;
    tone.channels = 1;
    tone.samples.resize(16000);
    for (size_t i = 0; i < tone.samples.size(); ++i)
        tone.samples[i] = 0.3f * float(std::sin(2.0 * M_PI * 440.0 * double(i) / 16000.0));
    QDir().mkpath(incomingDir + QStringLiteral("/yes"));
    return bool(
        AudioWriter::writeWav(incomingDir + QStringLiteral("/yes/newcomer_nohash_0.wav"), tone));
}

struct RunResult
{
    double sec = -1;
    double cpuSec = 0; // user + system
    long maxRssKb = 0;
    int exitCode = -1;
    QByteArray out;
};

// Runs program with args (stdout to outFile), waits with wait4 for its rusage.
RunResult runProgram(const QString& program, const QStringList& args, const QString& outFile)
{
    RunResult r;
    const QByteArray exe = program.toLocal8Bit();
    std::vector<QByteArray> argBytes{exe};
    for (const QString& a : args)
        argBytes.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    const QByteArray outPath = outFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&fa, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, exe.constData(), &fa, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&fa);
        return r;
    }
    posix_spawn_file_actions_destroy(&fa);
    int status = 0;
    struct rusage ru = {};
    if (wait4(pid, &status, 0, &ru) < 0)
        return r;
    r.sec = double(clock.nsecsElapsed()) / 1e9;
    r.maxRssKb = ru.ru_maxrss;
    r.cpuSec = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
               double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile f(outFile);
    if (f.open(QIODevice::ReadOnly))
        r.out = f.readAll();
    return r;
}

RunResult runCli(const QStringList& args, const QString& outFile)
{
    return runProgram(cliPath(), args, outFile);
}

void printLine(const char* what, const RunResult& r, double targetSec, const QString& note)
{
    const double rssMb = double(r.maxRssKb) / 1024.0;
    const bool ok = r.exitCode == 0 && r.sec <= targetSec && rssMb <= 300.0;
    std::printf("  %-28s %8.3f s (target %4.1f s)  cpu %7.3f s  %6.0f MB (target 300)  %s%s%s\n",
                what, r.sec, targetSec, r.cpuSec, rssMb, r.exitCode != 0 ? "EXIT " : "",
                ok ? "ok" : "MISSED",
                note.isEmpty() ? "" : qPrintable(QStringLiteral("  ") + note));
}

// What the split's JSON says it wrote ("" when it does not say).
QString splitNote(const RunResult& r)
{
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    if (!o.contains(QStringLiteral("changed")))
        return {};
    return QStringLiteral("%1 rows written").arg(o.value(QStringLiteral("changed")).toInteger());
}

void runAt(const QString& dir, int n)
{
    const QString folder = QStringLiteral("%1/scale-%2").arg(dir).arg(n);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString project = folder + QStringLiteral("/project.tally");
    const QString incoming = folder + QStringLiteral("/incoming");
    QElapsedTimer clock;
    clock.start();
    // Built by a child (this executable with --build): the commands are spawned from
    // this process, and Linux keeps a process's peak RSS across exec, so the parent must
    // stay small for the children's figures to be their own.
    const QString self = QCoreApplication::applicationFilePath();
    const RunResult built =
        runProgram(self, {QStringLiteral("--build"), project, QString::number(n), incoming},
                   folder + QStringLiteral("/build.txt"));
    if (built.exitCode != 0) {
        std::fprintf(stderr, "could not build the project at %s\n", qPrintable(project));
        return;
    }
    const double buildSec = double(clock.nsecsElapsed()) / 1e9;
    std::printf("%d samples (project %.0f MB, built in %.1f s):\n", n,
                double(QFileInfo(project).size()) / 1e6, buildSec);
    const QString out = folder + QStringLiteral("/out.txt");
    const QString json = QStringLiteral("--json");
    RunResult r = runCli({QStringLiteral("split"), project, json}, out);
    printLine("split (first: every sample)", r, 3.0, splitNote(r));
    r = runCli({QStringLiteral("split"), project, json}, out);
    printLine("split (again: no change)", r, 3.0, splitNote(r));
    printLine("stats", runCli({QStringLiteral("stats"), project, json}, out), 1.0, {});
    printLine("balance", runCli({QStringLiteral("balance"), project, json}, out), 1.0, {});
    r = runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                QStringLiteral("csv"), folder + QStringLiteral("/csv"), json},
               out);
    const qint64 csvBytes = QFileInfo(folder + QStringLiteral("/csv/manifest.csv")).size();
    printLine("export --format csv", r, 3.0,
              QStringLiteral("manifest %1 MB").arg(double(csvBytes) / 1e6, 0, 'f', 0));
    // The import with its quality checks (scoped to the new sample), then the same import
    // of a second new file without them (--no-check), to show what the checks add.
    r = runCli({QStringLiteral("import"), project, QStringLiteral("--format"),
                QStringLiteral("speech-commands"), incoming, json},
               out);
    const QJsonObject imported = QJsonDocument::fromJson(r.out).object();
    printLine(
        "import of one new file", r, 0.2,
        QStringLiteral("imported %1, checked %2")
            .arg(imported.value(QStringLiteral("imported")).toInt())
            .arg(imported.value(QStringLiteral("quality"))[QStringLiteral("checked")].toInteger()));
    QFile::copy(incoming + QStringLiteral("/yes/newcomer_nohash_0.wav"),
                incoming + QStringLiteral("/yes/second_nohash_0.wav"));
    r = runCli({QStringLiteral("import"), project, QStringLiteral("--format"),
                QStringLiteral("speech-commands"), incoming, QStringLiteral("--no-check"), json},
               out);
    printLine(
        "import, --no-check", r, 0.2,
        QStringLiteral("imported %1")
            .arg(QJsonDocument::fromJson(r.out).object()[QStringLiteral("imported")].toInt()));
    // The GUI on the same project: bench_gui_labelling --open, a child, so its peak RSS
    // is its own (target: first rows in <= 2 s at <= 400 MB; filtering <= 100 ms).
    // Speaker 1's id is 9e3779b1 (see samplesSql): the text filter finds its 20 clips.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a window needs no display here
    const QString gui = QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("bench_gui_labelling"));
    r = runProgram(gui, {QStringLiteral("--open"), project, QStringLiteral("9e3779b1_")},
                   folder + QStringLiteral("/gui.txt"));
    std::printf("  GUI (bench_gui_labelling --open), whole run %.2f s, cpu %.2f s, peak %.0f MB "
                "(target 400)%s:\n%s",
                r.sec, r.cpuSec, double(r.maxRssKb) / 1024.0, r.exitCode != 0 ? " EXIT" : "",
                r.out.constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args.first() == QLatin1String("--build"))
        return buildProject(args[1], args[2].toInt(), args[3]) ? 0 : 1;
    const bool sizes = args.removeAll(QStringLiteral("--sizes")) > 0;
    QString dir;
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    if (dirAt >= 0 && dirAt + 1 < args.size()) {
        dir = args.at(dirAt + 1);
        args.remove(dirAt, 2);
    }
    const int n = args.isEmpty() ? 1000000 : args.first().toInt();
    if (n < 100) {
        std::fprintf(stderr, "usage: bench_scale [N >= 100] [--sizes] [--dir DIR]\n");
        return 2;
    }
    QTemporaryDir temp;
    if (dir.isEmpty())
        dir = temp.path();
    std::printf("tally-cli: %s\n", qPrintable(cliPath()));
    std::vector<int> counts;
    if (sizes)
        counts = {50000, 200000};
    counts.push_back(n);
    for (int count : counts)
        runAt(dir, count);
    return 0;
}
