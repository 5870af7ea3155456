// tally-cli campaign and collect (issue 16): create, list, end and list clips; collect
// prints its URL as one JSON line, serves a clip, and ends cleanly on SIGTERM and SIGINT
// with the clip stored; usage errors and an ended campaign are refused.
#include "RawHttp.h"
#include "SyntheticVoice.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <csignal>

using namespace tally;

class TestCollectCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Starts `collect`; its first stdout line parsed as JSON (empty on failure).
    QJsonObject startCollect(QProcess& p)
    {
        p.start(test::cliPath(),
                {QStringLiteral("collect"), m_project, QStringLiteral("--campaign"),
                 QStringLiteral("words"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--json")});
        if (!p.waitForStarted(10000))
            return {};
        for (int i = 0; i < 100 && !p.canReadLine(); ++i)
            p.waitForReadyRead(200);
        return QJsonDocument::fromJson(p.readLine()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("p.tally"));
        QCOMPARE(test::runCli({QStringLiteral("init"), m_project}).exitCode, 0);
        QVERIFY(test::writeBytes(path(QStringLiteral("consent.md")), "# Consent\n\nI agree.\n"));
    }

    void createListAndRefusals()
    {
        const test::CliRun made = test::runCli(
            {QStringLiteral("campaign"), m_project, QStringLiteral("--create"),
             QStringLiteral("words"), QStringLiteral("--prompts"), QStringLiteral("yes,no,up"),
             QStringLiteral("--takes"), QStringLiteral("2"), QStringLiteral("--licence"),
             QStringLiteral("CC0-1.0"), QStringLiteral("--consent"),
             path(QStringLiteral("consent.md")), QStringLiteral("--demographics"),
             QStringLiteral("age,gender"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QCOMPARE(made.json().value("token").toString().size(), 22);
        QCOMPARE(made.json().value("prompts").toArray().size(), 3);
        const test::CliRun again =
            test::runCli({QStringLiteral("campaign"), m_project, QStringLiteral("--create"),
                          QStringLiteral("words"), QStringLiteral("--prompts"), QStringLiteral("a"),
                          QStringLiteral("--licence"), QStringLiteral("CC0-1.0"),
                          QStringLiteral("--consent"), path(QStringLiteral("consent.md"))});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("exists"));
        const test::CliRun badDemo =
            test::runCli({QStringLiteral("campaign"), m_project, QStringLiteral("--create"),
                          QStringLiteral("x"), QStringLiteral("--prompts"), QStringLiteral("a"),
                          QStringLiteral("--licence"), QStringLiteral("CC0-1.0"),
                          QStringLiteral("--consent"), path(QStringLiteral("consent.md")),
                          QStringLiteral("--demographics"), QStringLiteral("income")});
        QCOMPARE(badDemo.exitCode, 1);
        QVERIFY(badDemo.err.contains("income"));
        QCOMPARE(test::runCli({QStringLiteral("campaign"), m_project, QStringLiteral("--create"),
                               QStringLiteral("y")})
                     .exitCode,
                 2);
        const test::CliRun list =
            test::runCli({QStringLiteral("campaign"), m_project, QStringLiteral("--list"),
                          QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().value("campaigns").toArray().size(), 1);
        QCOMPARE(test::runCli({QStringLiteral("collect"), m_project, QStringLiteral("--campaign"),
                               QStringLiteral("words"), QStringLiteral("--listen"),
                               QStringLiteral("nowhere")})
                     .exitCode,
                 2);
    }

    void collectServesAndStopsCleanly()
    {
        for (int sig : {SIGTERM, SIGINT}) {
            QProcess p;
            const QJsonObject first = startCollect(p);
            const QUrl url(first.value("url").toString());
            QVERIFY2(url.isValid() && url.port() > 0, p.readAllStandardError().constData());
            QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(first.value("listen").toString().endsWith(QLatin1String("/listen")));
            const QString api = url.path() + QStringLiteral("api/");
            const test::Reply s = test::send(
                quint16(url.port()), test::request("POST", api + QStringLiteral("session"),
                                                   R"({"consent": true, "age": "thirties"})"));
            QCOMPARE(s.status, 201);
            const QJsonArray prompts = s.json().value("prompts").toArray();
            QCOMPARE(prompts.size(), 3);
            QVERIFY(
                test::writeWav(path(QStringLiteral("w.wav")),
                               test::voicedWord({150, 120, 600, 500, 1500, 1900}, 0.2, 0.7, 1.0)));
            QFile f(path(QStringLiteral("w.wav")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const test::Reply c = test::send(
                quint16(url.port()),
                test::request("POST",
                              api + QStringLiteral("clip?session=%1&prompt=%2")
                                        .arg(s.json().value("session").toString())
                                        .arg(prompts[sig == SIGTERM ? 0 : 1]["id"].toInteger()),
                              f.readAll(), "audio/wav"));
            QCOMPARE(c.status, 201);
            ::kill(pid_t(p.processId()), sig);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
        }
        const test::CliRun clips =
            test::runCli({QStringLiteral("campaign"), m_project, QStringLiteral("--clips"),
                          QStringLiteral("words"), QStringLiteral("--json")});
        QCOMPARE(clips.exitCode, 0);
        const QJsonArray arr = clips.json().value("clips").toArray();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr[0]["class"].toString(), QStringLiteral("yes"));
        QCOMPARE(arr[1]["class"].toString(), QStringLiteral("no"));
        QCOMPARE(arr[0]["consent"].toBool(), true);
        QCOMPARE(arr[0]["licence"].toString(), QStringLiteral("CC0-1.0"));
        QCOMPARE(arr[0]["metadata"]["age"].toString(), QStringLiteral("thirties"));
        QVERIFY(arr[0]["group"].toString() != arr[1]["group"].toString()); // two volunteers
    }

    void endedCampaignIsNotServed()
    {
        QCOMPARE(test::runCli({QStringLiteral("campaign"), m_project, QStringLiteral("--end"),
                               QStringLiteral("words")})
                     .exitCode,
                 0);
        const test::CliRun served = test::runCli(
            {QStringLiteral("collect"), m_project, QStringLiteral("--campaign"),
             QStringLiteral("words"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(served.exitCode, 1);
        QVERIFY(served.err.contains("ended"));
    }
};

QTEST_GUILESS_MAIN(TestCollectCli)
#include "test_collect_cli.moc"
