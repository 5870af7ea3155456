// `tally-cli export --force` killed with SIGKILL at seeded random moments (at least 20
// kills that landed while it ran). Two export settings alternate (clips of 0.5 s and of
// 1 s), so the old and the new export differ in every file. After each kill:
//  - the target folder is exactly the old export (every file and its bytes) or exactly a
//    new one (its file list and manifest.csv as a finished export of those settings
//    writes them). Where renameat2(RENAME_EXCHANGE) is not used (TALLY_EXPORT_NO_EXCHANGE,
//    every other round), a kill between its two renames may leave the target missing
//    with the old export set aside beside it, complete; nothing else is accepted;
//  - the project passes PRAGMA integrity_check, and when the old export is still in
//    place no version was recorded for the killed run;
//  - the next export (run to the end) succeeds, replaces the folder, and leaves nothing
//    beside it: no staging folder, no set-aside export, no lock file.
// Never pass/fail on time: the delays only spread the kills over a run's length.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <limits>

using namespace tally;

namespace {

constexpr int kClips = 16;
constexpr int kKillsWanted = 20;
constexpr int kMaxRounds = 60;
constexpr quint32 kSeed = 20261203;

struct Reference
{
    QStringList files;   // every file of a finished export, relative
    QByteArray manifest; // its manifest.csv
};

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Reference referenceOf(const QString& folder)
{
    return Reference{test::filesBelow(folder), fileBytes(folder + "/manifest.csv")};
}

bool isExport(const QString& folder, const Reference& ref)
{
    return test::filesBelow(folder) == ref.files &&
           fileBytes(folder + "/manifest.csv") == ref.manifest;
}

QString integrityOf(const QString& project)
{
    auto p = Project::open(project);
    if (!p)
        return p.error().toString();
    QSqlQuery q(p.value()->db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("cannot run integrity_check");
    return q.value(0).toString();
}

int versionCount(const QString& project)
{
    auto p = Project::open(project);
    QSqlQuery q(p ? p.value()->db() : QSqlDatabase());
    return p && q.exec(QStringLiteral("SELECT COUNT(*) FROM exports")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

} // namespace

class TestExportCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedExportLeavesOldOrNew();

private:
    QStringList exportArgs(int setting) const;
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QTemporaryDir m_dir;
    QString m_project;
};

void TestExportCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    for (int i = 0; i < kClips; ++i)
        QVERIFY(test::writeWav(
            path(QStringLiteral("audio/%1/s%2_nohash_0.wav").arg(i % 2 ? "no" : "yes").arg(i)),
            test::sine(200 + 20 * i, 0.3, 16000, 16000)));
    m_project = path("crash.tally");
    auto p = Project::create(m_project);
    QVERIFY(p);
    const ImportReport r = SpeechCommandsImporter::run(
        *p.value(), path("audio"), ImportOptions{QStringLiteral("CC0-1.0"), {}, 500});
    QCOMPARE(r.imported, kClips);
}

QStringList TestExportCrash::exportArgs(int setting) const
{
    return {"export",    m_project, "--format", "speech-commands",
            path("out"), "--force", "--length", setting ? "1.0" : "0.5",
            "--threads", "2"};
}

void TestExportCrash::killedExportLeavesOldOrNew()
{
    const QString target = path("out");
    Reference refs[2];
    qint64 runMs = std::numeric_limits<qint64>::max();
    for (int setting : {1, 0}) { // ends with setting 0 in place
        QElapsedTimer t;
        t.start();
        const test::CliRun r = test::runCli(exportArgs(setting));
        runMs = std::min(runMs, t.elapsed());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        refs[setting] = referenceOf(target);
    }
    QVERIFY(refs[0].manifest != refs[1].manifest);
    QRandomGenerator random(kSeed);
    int kills = 0;
    int inPlace = 0;   // the setting of the export now in the folder
    int killedOld = 0; // kills after which the folder held the old export
    int killedNew = 0; // ... the new one (killed after the swap)
    for (int round = 0; round < kMaxRounds && kills < kKillsWanted; ++round) {
        const bool noExchange = round % 2 == 1;
        const QStringList before = test::folderState(target);
        const int versions = versionCount(m_project);
        const int next = 1 - inPlace;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (noExchange)
            env.insert("TALLY_EXPORT_NO_EXCHANGE", "1");
        child.setProcessEnvironment(env);
        // Over the part of a run after the start-up (about a third of it here).
        const qint64 delayUs = qint64(double(runMs) * 1000.0 * (0.3 + random.bounded(0.65)));
        child.start(test::cliPath(), exportArgs(next));
        QVERIFY(child.waitForStarted());
        QThread::usleep(quint64(delayUs));
        child.kill();
        QVERIFY(child.waitForFinished(60000));
        const bool killed = child.exitStatus() == QProcess::CrashExit;
        kills += killed ? 1 : 0;

        const QString where = QStringLiteral("round %1 (kill after %2 ms%3)")
                                  .arg(round)
                                  .arg(delayUs / 1000.0)
                                  .arg(noExchange ? ", two renames" : "");
        if (test::folderState(target) == before) {
            killedOld += killed ? 1 : 0;
            QVERIFY2(versionCount(m_project) == versions, qPrintable(where + ": a version "
                                                                             "without its folder"));
        } else if (isExport(target, refs[next])) {
            killedNew += killed ? 1 : 0;
            inPlace = next;
        } else {
            const QStringList beside = test::exportLeftovers(target);
            const QStringList aside = beside.filter(".tally-old-");
            QVERIFY2(noExchange && !QFileInfo::exists(target) && aside.size() == 1 &&
                         test::folderState(path(aside.first())) == before,
                     qPrintable(where + ": the folder is neither the old nor the new export"));
            killedOld += 1; // the next export puts it back before anything else
        }
        QCOMPARE(integrityOf(m_project), QStringLiteral("ok"));

        // The next export, run to the end, cleans up whatever the killed one left.
        const test::CliRun again = test::runCli(exportArgs(1 - inPlace));
        QVERIFY2(again.exitCode == 0, qPrintable(where + ": " + QString::fromUtf8(again.err)));
        inPlace = 1 - inPlace;
        QVERIFY2(isExport(target, refs[inPlace]), qPrintable(where));
        QVERIFY2(test::exportLeftovers(target).isEmpty(),
                 qPrintable(where + ": " + test::exportLeftovers(target).join(", ")));
    }
    qInfo("%d kills landed while the export ran; the folder then held the old export %d times, "
          "the new one %d times (a full run took %lld ms)",
          kills, killedOld, killedNew, runMs);
    QVERIFY2(kills >= kKillsWanted, "too few kills landed while the export ran");
}

QTEST_GUILESS_MAIN(TestExportCrash)
#include "test_export_crash.moc"
