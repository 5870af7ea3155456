// tally-cli init / import / stats run as a process on a generated tree:
// JSON fields, exit codes (0 ok, 1 some file failed, 2 usage), init never overwrites.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::CliRun;
using test::runCli;

class TestCliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initRefusesToOverwrite();
    void importJsonAndStats();
    void importExitsOneOnFileErrors();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void importNeedsAnExistingProject();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QTemporaryDir m_dir;
};

void TestCliImport::initTestCase()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QVERIFY(m_dir.isValid());
    for (const char* f : {"yes/aaaa_nohash_0.wav", "yes/bbbb_nohash_0.wav", "no/aaaa_nohash_0.wav"})
        QVERIFY(test::writeWav(path(QStringLiteral("good/") + f),
                               test::sine(440.0, 0.3, 16000, 16000)));
    QVERIFY(test::writeWav(path("good/_background_noise_/hum.wav"),
                           test::sine(50.0, 0.3, 16000, 32000)));
    QVERIFY(test::writeBytes(path("good/README.md"), "readme"));
    QVERIFY(
        test::writeWav(path("mixed/yes/aaaa_nohash_0.wav"), test::sine(440.0, 0.3, 16000, 16000)));
    QVERIFY(test::writeBytes(path("mixed/yes/broken_nohash_0.wav"), "RIFF....WAVEnot really"));
}

void TestCliImport::initRefusesToOverwrite()
{
    const QString project = path("init.tally");
    QCOMPARE(runCli({"init", project}).exitCode, 0);
    QVERIFY(QFile::exists(project));
    const CliRun again = runCli({"init", project});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(project.toUtf8()), again.err.constData());

    QVERIFY(test::writeBytes(path("notes.txt"), "keep me"));
    QCOMPARE(runCli({"init", path("notes.txt")}).exitCode, 1);
    QFile notes(path("notes.txt"));
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), QByteArray("keep me"));
}

void TestCliImport::importJsonAndStats()
{
    const QString project = path("good.tally");
    QCOMPARE(runCli({"init", project}).exitCode, 0);
    const CliRun imp = runCli({"import", project, "--format", "speech-commands", path("good"),
                               "--licence", "CC-BY-4.0", "--source", "test", "--json"});
    QCOMPARE(imp.exitCode, 0);
    const QJsonObject report = imp.json();
    QCOMPARE(report.value("imported").toInt(), 4);
    QCOMPARE(report.value("skipped").toInt(), 1);
    QCOMPARE(report.value("duplicates").toInt(), 0);
    QVERIFY(report.value("errors").isArray());
    QCOMPARE(report.value("errors").toArray().size(), 0);

    const CliRun again =
        runCli({"import", project, "--format", "speech-commands", path("good"), "--json"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value("duplicates").toInt(), 4);
    QCOMPARE(again.json().value("imported").toInt(), 0);

    const CliRun stats = runCli({"stats", project, "--json"});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject s = stats.json();
    QCOMPARE(s.value("samples").toInt(), 4);
    QCOMPARE(s.value("background").toInt(), 1);
    QCOMPARE(s.value("duration_sec").toDouble(), 5.0);
    QCOMPARE(s.value("classes").toObject().value("yes").toInt(), 2);
    QCOMPARE(s.value("classes").toObject().value("no").toInt(), 1);

    const CliRun human = runCli({"stats", project});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("yes"));
}

void TestCliImport::importExitsOneOnFileErrors()
{
    const QString project = path("mixed.tally");
    QCOMPARE(runCli({"init", project}).exitCode, 0);
    const CliRun imp =
        runCli({"import", project, "--format", "speech-commands", path("mixed"), "--json"});
    QCOMPARE(imp.exitCode, 1);
    const QJsonObject report = imp.json();
    QCOMPARE(report.value("imported").toInt(), 1);
    const QJsonArray errors = report.value("errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value("path").toString(), path("mixed/yes/broken_nohash_0.wav"));
    QVERIFY(!errors[0].toObject().value("reason").toString().isEmpty());
    QCOMPARE(runCli({"stats", project, "--json"}).json().value("samples").toInt(), 1);

    const CliRun human = runCli({"import", project, "--format", "speech-commands", path("mixed")});
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.err.contains("broken_nohash_0.wav"));
}

void TestCliImport::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString p = m_dir.filePath("usage.tally");
    QTest::newRow("unknown format")
        << QStringList{"import", p, "--format", "nope", "dir"} << "speech-commands";
    QTest::newRow("no format") << QStringList{"import", p, "dir"} << "--format";
    QTest::newRow("no dir") << QStringList{"import", p, "--format", "speech-commands"} << "";
    QTest::newRow("unknown option") << QStringList{"import", p, "--bogus"} << "";
    QTest::newRow("init no args") << QStringList{"init"} << "";
    QTest::newRow("stats two args") << QStringList{"stats", p, p} << "";
}

void TestCliImport::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

void TestCliImport::importNeedsAnExistingProject()
{
    const QString project = path("absent.tally");
    const CliRun r = runCli({"import", project, "--format", "speech-commands", path("good")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("init"));
    QVERIFY(!QFile::exists(project));
    QCOMPARE(runCli({"stats", project}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
