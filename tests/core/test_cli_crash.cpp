// Nothing lost, nothing half-written: tally-cli is killed with SIGKILL part way.
//
// killedMidBatchLosesNothingReported: `label --batch` is fed labels a chunk at a time and
// killed after >= 500 "ok" lines, while it still has thousands of lines to go.
//
// randomKills: `import`, `label --batch`, `merge` and `split` are each killed at least 20
// times at seeded random moments (a delay drawn between the time a read-only command
// takes to open the project and the time an un-killed run took, narrowed when a kill
// comes too late). After every kill:
//   - PRAGMA integrity_check is ok;
//   - every label the killed process reported ("ok" lines up to the kill) is stored;
//     what a one-transaction command (import of one batch, merge, split) left is either
//     the state before it or the state of a whole run, and the whole run's when it had
//     printed its report;
//   - a rerun succeeds and leaves the same state as an un-killed run.
// Seed: TALLY_CRASH_SEED (default 11), printed.
#include "CliChild.h"
#include "TestSupport.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Votes.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tally;

namespace {

constexpr int kSamples = 3000;
constexpr int kKills = 20;  // at least this many kills of a running process per command
constexpr int kSmall = 150; // samples (or lines) of the random-kill inputs
constexpr int kFiles = 40;  // files of the import
const QStringList kClasses{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("up")};

QString samplePath(int i)
{
    return QStringLiteral("clips/s%1.wav").arg(i, 5, 10, QLatin1Char('0'));
}

// A project at path with `count` sample rows (no files), imported classes round the
// three, content hashes h0, h1, ... and group keys of five samples each.
bool makeRows(const QString& path, int count)
{
    auto p = Project::create(path);
    if (!p)
        return false;
    std::vector<SampleRecord> records(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        records[size_t(i)].path = samplePath(i);
        records[size_t(i)].className = kClasses[i % 3];
        records[size_t(i)].contentHash = QStringLiteral("h%1").arg(i);
        records[size_t(i)].groupKey = QStringLiteral("g%1").arg(i / 5);
        records[size_t(i)].durationSec = 1.0;
    }
    return bool(p.value()->insertSamples(records));
}

quint32 crashSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("TALLY_CRASH_SEED").toUInt(&ok);
    return ok ? seed : 11u;
}

// One command to kill: its arguments ("%P" stands for the project) and stdin, run in
// the project's folder; `atomic` when it writes in one transaction.
struct Scenario
{
    QString templatePath; // the project before the command (copied for every run)
    QStringList args;
    QByteArray input;
    bool atomic = true;
};

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedMidBatchLosesNothingReported_data();
    void killedMidBatchLosesNothingReported();
    void randomKills_data();
    void randomKills();

private:
    Scenario scenario(const QString& command);
    // A fresh copy of s.templatePath in its own folder; returns the project path.
    QString freshCopy(const Scenario& s);
    // Runs s on project; the child, finished or killed after delayMs (-1: never).
    void runOn(const Scenario& s, const QString& project, int delayMs, test::CliChild& child);

    QTemporaryDir m_dir;
    int m_copies = 0;
};

void TestCliCrash::initTestCase()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QVERIFY(m_dir.isValid());
}

void TestCliCrash::killedMidBatchLosesNothingReported_data()
{
    QTest::addColumn<int>("delayMs"); // between the last chunk and the kill
    QTest::newRow("at once") << 0;
    QTest::newRow("after 3 ms") << 3;
    QTest::newRow("after 15 ms") << 15;
}

void TestCliCrash::killedMidBatchLosesNothingReported()
{
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("crash.tally"));
    QVERIFY(makeRows(projectPath, kSamples));
    auto line = [&](int i) {
        return (dir.filePath(samplePath(i)) + QLatin1Char('\t') + kClasses[(i + 1) % 3] +
                QLatin1Char('\n'))
            .toUtf8();
    };

    test::CliChild child;
    QVERIFY(child.start({QStringLiteral("label"), projectPath, QStringLiteral("--batch"),
                         QStringLiteral("--annotator"), QStringLiteral("crash")}));
    int sent = 0;
    const QDeadlineTimer deadline(60000);
    while (child.ok().size() < 500 && !deadline.hasExpired()) {
        if (sent - child.ok().size() < 100) {
            QByteArray chunk;
            for (int i = 0; i < 100; ++i)
                chunk += line(sent++);
            child.write(chunk);
        }
        child.poll(1000);
    }
    QVERIFY(child.ok().size() >= 500);
    QByteArray rest;
    while (sent < kSamples)
        rest += line(sent++);
    child.write(rest);
    QThread::msleep(delayMs);
    child.kill(); // SIGKILL
    QCOMPARE(child.finish(), -1);

    QCOMPARE(test::integrityCheck(projectPath), QStringLiteral("ok"));
    const QHash<QString, QString> stored = test::labelsBy(projectPath, QStringLiteral("crash"));
    qInfo("sent %d lines, %lld reported, %lld labels stored", sent, qint64(child.ok().size()),
          qint64(stored.size()));
    QVERIFY2(stored.size() < sent, "the child was not killed part way");
    QVERIFY(stored.size() >= child.ok().size());
    for (auto it = child.ok().cbegin(); it != child.ok().cend(); ++it)
        QCOMPARE(stored.value(QDir(dir.path()).relativeFilePath(it.key())), it.value());
}

Scenario TestCliCrash::scenario(const QString& command)
{
    Scenario s;
    const QString base = m_dir.filePath(command);
    QDir().mkpath(base);
    s.templatePath = base + QStringLiteral("/template.tally");
    if (command == QLatin1String("import")) {
        Project::create(s.templatePath);
        for (int i = 0; i < kFiles; ++i)
            test::writeWav(base + QStringLiteral("/sc/%1/spk%2_nohash_0.wav")
                                      .arg(kClasses[i % 3])
                                      .arg(i, 3, 10, QLatin1Char('0')),
                           test::sine(300.0 + 7 * i, 0.3, 16000, 1600));
        s.args = QStringList{QStringLiteral("import"),     QStringLiteral("%P"),
                             QStringLiteral("--format"),   QStringLiteral("speech-commands"),
                             base + QStringLiteral("/sc"), QStringLiteral("--json")};
    } else if (command == QLatin1String("label")) {
        makeRows(s.templatePath, kSmall);
        for (int i = 0; i < kSmall; ++i)
            s.input +=
                (samplePath(i) + QLatin1Char('\t') + kClasses[(i * 7 + 1) % 3] + QLatin1Char('\n'))
                    .toUtf8();
        s.args =
            QStringList{QStringLiteral("label"), QStringLiteral("%P"), QStringLiteral("--batch"),
                        QStringLiteral("--annotator"), QStringLiteral("crash")};
        s.atomic = false;
    } else if (command == QLatin1String("merge")) {
        makeRows(s.templatePath, kSmall);
        const QString other = base + QStringLiteral("/theirs/other.tally");
        QDir().mkpath(base + QStringLiteral("/theirs"));
        makeRows(other, kSmall);
        auto p = Project::open(other);
        if (p) {
            Project& b = *p.value();
            const qint64 bob = Annotators(b).ensureAnnotator(QStringLiteral("bob")).value().id;
            const QHash<QString, qint64> ids = [&] {
                QHash<QString, qint64> h;
                for (const ClassRecord& c : Classes(b).classes())
                    h.insert(c.name, c.id);
                return h;
            }();
            for (int i = 0; i < kSmall; ++i) {
                const qint64 id = b.sampleIdByPath(samplePath(i));
                Labels(b).setLabel(id, bob, ids.value(kClasses[(i + 2) % 3]));
                Votes(b).setVote(id, bob, i % 2 == 0);
            }
        }
        s.args = QStringList{QStringLiteral("merge"), QStringLiteral("%P"), other,
                             QStringLiteral("--json")};
    } else {
        makeRows(s.templatePath, kSmall);
        s.args = QStringList{QStringLiteral("split"),    QStringLiteral("%P"),
                             QStringLiteral("--method"), QStringLiteral("grouped"),
                             QStringLiteral("--group"),  QStringLiteral("speaker"),
                             QStringLiteral("--json")};
    }
    return s;
}

QString TestCliCrash::freshCopy(const Scenario& s)
{
    const QString folder = m_dir.filePath(QStringLiteral("run%1").arg(++m_copies));
    QDir().mkpath(folder);
    const QString project = folder + QStringLiteral("/p.tally");
    QFile::copy(s.templatePath, project);
    return project;
}

void TestCliCrash::runOn(const Scenario& s, const QString& project, int delayMs,
                         test::CliChild& child)
{
    QStringList args = s.args;
    args.replaceInStrings(QStringLiteral("%P"), project);
    if (!child.start(args, QFileInfo(project).absolutePath()))
        return;
    if (!s.input.isEmpty())
        child.write(s.input);
    child.closeInput();
    if (delayMs < 0) {
        child.finish();
        return;
    }
    while (child.isRunning() && child.elapsedMs() < delayMs)
        child.poll(1);
    if (child.isRunning())
        child.kill();
    else
        child.finish();
}

void TestCliCrash::randomKills_data()
{
    QTest::addColumn<QString>("command");
    for (const char* c : {"import", "label", "merge", "split"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCliCrash::randomKills()
{
    QFETCH(QString, command);
    const Scenario s = scenario(command);
    QVERIFY(QFile::exists(s.templatePath));
    const QStringList before = test::projectState(s.templatePath);

    // The un-killed run: the state every rerun must reach, and how long it takes.
    const QString reference = freshCopy(s);
    test::CliChild whole;
    runOn(s, reference, -1, whole);
    QCOMPARE(whole.finish(), 0);
    const int wholeMs = int(whole.elapsedMs());
    const QStringList after = test::projectState(reference);
    QVERIFY(after != before);

    // How long starting and opening the project takes (a read-only command): kills before
    // that find nothing written, so the delays are drawn mostly after it.
    test::CliChild opening;
    QVERIFY(opening.start({QStringLiteral("stats"), reference, QStringLiteral("--json")}));
    QCOMPARE(opening.finish(), 0);
    const int openMs = int(opening.elapsedMs());

    QRandomGenerator rng(crashSeed() + quint32(qHash(command)));
    int lowerMs = std::max(openMs * 3 / 4, 0);
    int upperMs = std::max(wholeMs, lowerMs + 5);
    int kills = 0;
    int runs = 0;
    int untouched = 0; // kills that left the state before the command
    int complete = 0;  // kills that left a whole run's state
    int partWay = 0;   // kills that left some of it (label batches only)
    while (kills < kKills && runs < 4 * kKills) {
        ++runs;
        const QString project = freshCopy(s);
        const int delayMs = lowerMs + int(rng.bounded(upperMs - lowerMs + 1));
        test::CliChild child;
        runOn(s, project, delayMs, child);
        const int exitCode = child.finish(0);
        const bool killed = exitCode == -1;
        if (killed)
            ++kills;
        else if (upperMs > lowerMs + 5)
            upperMs = std::max(lowerMs + (upperMs - lowerMs) * 3 / 4, lowerMs + 5); // aim earlier
        else // even the earliest delays missed: the opening was measured slow (a loaded machine)
            lowerMs /= 2;
        QVERIFY2(killed || exitCode == 0, child.err().constData());
        const QString where =
            QStringLiteral("%1, kill %2 after %3 ms").arg(command).arg(runs).arg(delayMs);
        QCOMPARE(test::integrityCheck(project), QStringLiteral("ok"));
        const QStringList state = test::projectState(project);
        const QHash<QString, QString> stored = test::labelsBy(project, QStringLiteral("crash"));
        for (auto it = child.ok().cbegin(); it != child.ok().cend(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(where + ": " + it.key()));
        if (s.atomic) {
            QVERIFY2(state == before || state == after, qPrintable(where + ": half written"));
            if (!child.out().isEmpty())
                QVERIFY2(state == after, qPrintable(where + ": reported but not stored"));
        }
        if (killed) {
            untouched += state == before ? 1 : 0;
            complete += state == after ? 1 : 0;
            partWay += state != before && state != after ? 1 : 0;
        }

        test::CliChild rerun;
        runOn(s, project, -1, rerun);
        QVERIFY2(rerun.finish() == 0, qPrintable(where + ": rerun " + rerun.err()));
        QVERIFY2(test::projectState(project) == after, qPrintable(where + ": rerun differs"));
        QDir(QFileInfo(project).absolutePath()).removeRecursively();
    }
    qInfo("%s: un-killed run %d ms (opening %d ms); %d kills in %d runs (last delays %d-%d ms); "
          "the kills left %d the state before, %d a whole run's, %d part of it; seed %u",
          qPrintable(command), wholeMs, openMs, kills, runs, lowerMs, upperMs, untouched, complete,
          partWay, crashSeed());
    QVERIFY2(kills >= kKills, "the process finished before most kills: inputs too small");
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "test_cli_crash.moc"
