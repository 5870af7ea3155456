// tally-cli export / versions / diff run as processes: a Speech Commands export with
// --json (written, version, files), a non-empty folder refused without --force, --status
// and --allow-licence filters, usage errors, versions --json and diff --json after a
// relabelling.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::CliRun;
using test::runCli;

class TestCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsSpeechCommands();
    void refusesNonEmptyWithoutForce();
    void filters();
    void usageErrors();
    void versionsAndDiff();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (int i = 0; i < 4; ++i) {
        QVERIFY(test::writeWav(path(QStringLiteral("data/yes/s%1_nohash_0.wav").arg(i)),
                               test::sine(500, 0.3, 44100, 50000)));
        QVERIFY(test::writeWav(path(QStringLiteral("data/no/s%1_nohash_0.wav").arg(i)),
                               test::sine(700, 0.3, 22050, 11025)));
    }
    m_project = path(QStringLiteral("p.tally"));
    auto p = Project::create(m_project);
    QVERIFY(p);
    const ImportReport r =
        SpeechCommandsImporter::run(*p.value(), path(QStringLiteral("data")),
                                    ImportOptions{QStringLiteral("CC0-1.0"), {}, 500});
    QCOMPARE(r.imported, 8);
    QSqlQuery q(p.value()->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE samples SET split = 'testing' WHERE id % 4 = 0")));
    QVERIFY(q.exec(QStringLiteral("UPDATE samples SET licence = 'CC-BY-4.0' WHERE id % 2 = 0")));
}

void TestCliExport::exportsSpeechCommands()
{
    const QString outDir = path(QStringLiteral("sc"));
    const CliRun run = runCli({"export", m_project, "--format", "speech-commands", outDir, "--rate",
                               "8000", "--length", "0.5", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = run.json();
    QCOMPARE(j.value("written").toInt(), 8);
    QCOMPARE(j.value("skipped").toInt(), 0);
    QVERIFY(j.value("errors").toArray().isEmpty());
    QVERIFY(j.value("version").toInt() > 0);
    QVERIFY(j.value("files").toArray().contains(QStringLiteral("DATASET_CARD.md")));
    QCOMPARE(QDir(outDir + "/yes").entryList(QDir::Files).size(), 4);
    QVERIFY(QFileInfo::exists(outDir + "/testing_list.txt"));
    QVERIFY(QFileInfo::exists(outDir + "/info.labels"));
}

void TestCliExport::refusesNonEmptyWithoutForce()
{
    const QString outDir = path(QStringLiteral("full"));
    QVERIFY(test::writeBytes(outDir + "/other.txt", "x"));
    CliRun run = runCli({"export", m_project, "--format", "csv", outDir});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not empty"));
    QVERIFY(!QFileInfo::exists(outDir + "/manifest.csv"));
    // --force replaces only a folder a Tally export wrote (whole, in one rename).
    run = runCli({"export", m_project, "--format", "csv", outDir, "--force"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no Tally export wrote"));
    QVERIFY(!QFileInfo::exists(outDir + "/manifest.csv"));
    const QString ours = path(QStringLiteral("ours"));
    QCOMPARE(runCli({"export", m_project, "--format", "edge-impulse", ours}).exitCode, 0);
    QVERIFY(test::writeBytes(ours + "/other.txt", "x"));
    run = runCli({"export", m_project, "--format", "csv", ours, "--force"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo::exists(ours + "/manifest.csv"));
    QVERIFY(!QFileInfo::exists(ours + "/info.labels"));
    QVERIFY(QFileInfo::exists(ours + "/other.txt"));
}

void TestCliExport::filters()
{
    CliRun run = runCli({"export", m_project, "--format", "edge-impulse", path("ei"),
                         "--allow-licence", "CC-BY-4.0", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value("written").toInt(), 4);
    QCOMPARE(run.json().value("skipped").toInt(), 4);
    // Nothing is labelled by annotators: every sample is "unlabelled".
    run = runCli({"export", m_project, "--format", "csv", path("agreed"), "--status",
                  "agreed,resolved", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value("written").toInt(), 0);
    QCOMPARE(run.json().value("skipped").toInt(), 8);
    run = runCli({"export", m_project, "--format", "csv", path("unlabelled"), "--status",
                  "unlabelled", "--json"});
    QCOMPARE(run.json().value("written").toInt(), 8);
}

void TestCliExport::usageErrors()
{
    QCOMPARE(runCli({"export", m_project, "--format", "wav", path("u1")}).exitCode, 2);
    QCOMPARE(runCli({"export", m_project, path("u2")}).exitCode, 2);
    QCOMPARE(runCli({"export", m_project, "--format", "csv", path("u3"), "--rate", "x"}).exitCode,
             2);
    QCOMPARE(
        runCli({"export", m_project, "--format", "csv", path("u4"), "--status", "great"}).exitCode,
        2);
    QCOMPARE(runCli({"diff", m_project, "1"}).exitCode, 2);
    QCOMPARE(runCli({"diff", m_project, "1", "999"}).exitCode, 1);
    QVERIFY(!QFileInfo::exists(path("u1")));
}

void TestCliExport::versionsAndDiff()
{
    CliRun run = runCli({"export", m_project, "--format", "csv", path("d1"), "--json"});
    const int v1 = run.json().value("version").toInt();
    {
        auto p = Project::open(m_project);
        QVERIFY(p);
        QSqlQuery q(p.value()->db());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE samples SET class_id = (SELECT id FROM classes"
                                  " WHERE name = 'no') WHERE id = (SELECT MAX(id) FROM samples)")));
    }
    run = runCli({"export", m_project, "--format", "csv", path("d2"), "--json"});
    const int v2 = run.json().value("version").toInt();
    QVERIFY(v2 > v1);
    run = runCli({"versions", m_project, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray versions = run.json().value("versions").toArray();
    QVERIFY(versions.size() >= 2);
    QCOMPARE(versions.last().toObject().value("version").toInt(), v2);
    QCOMPARE(versions.last().toObject().value("format").toString(), QStringLiteral("csv"));
    run = runCli({"diff", m_project, QString::number(v1), QString::number(v2), "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray relabelled = run.json().value("relabelled").toArray();
    QCOMPARE(relabelled.size(), 1);
    QCOMPARE(relabelled[0].toObject().value("to_class").toString(), QStringLiteral("no"));
    QVERIFY(run.json().value("added").toArray().isEmpty());
    run = runCli({"versions", m_project});
    QVERIFY(run.out.contains("csv"));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
