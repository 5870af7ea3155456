// Nothing lost: `tally-cli label --batch` runs as a child process, is fed labels a
// chunk at a time and is killed with SIGKILL part way (after >= 500 "ok" lines, while
// it still has thousands of lines to go). The project must then pass
// PRAGMA integrity_check and hold every label the child had reported as written.
#include "TestSupport.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tally;

namespace {

constexpr int kSamples = 3000;
const QStringList kClasses{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("up")};

QString samplePath(int i)
{
    return QStringLiteral("clips/s%1.wav").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestLabelCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidBatchLosesNothingReported_data();
    void killedMidBatchLosesNothingReported();
};

void TestLabelCrash::killedMidBatchLosesNothingReported_data()
{
    QTest::addColumn<int>("delayMs"); // between the last chunk and the kill
    QTest::newRow("at once") << 0;
    QTest::newRow("after 3 ms") << 3;
    QTest::newRow("after 15 ms") << 15;
}

void TestLabelCrash::killedMidBatchLosesNothingReported()
{
    QFETCH(int, delayMs);
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("crash.tally"));
    {
        auto p = Project::create(projectPath);
        QVERIFY(p.isOk());
        std::vector<SampleRecord> records(kSamples);
        for (int i = 0; i < kSamples; ++i) {
            records[size_t(i)].path = samplePath(i);
            records[size_t(i)].className = kClasses[i % 3];
        }
        QVERIFY(p.value()->insertSamples(records));
    }
    auto line = [&](int i) {
        return (dir.filePath(samplePath(i)) + QLatin1Char('\t') + kClasses[(i + 1) % 3] +
                QLatin1Char('\n'))
            .toUtf8();
    };

    QProcess child;
    child.start(test::cliPath(), {QStringLiteral("label"), projectPath, QStringLiteral("--batch"),
                                  QStringLiteral("--annotator"), QStringLiteral("crash")});
    QVERIFY(child.waitForStarted());
    QHash<QString, QString> reported; // path -> class, from the child's "ok" lines
    QByteArray pending;
    auto readOk = [&] {
        pending += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> f = pending.left(nl).split('\t');
            pending.remove(0, nl + 1);
            if (f.size() == 3 && f[0] == "ok")
                reported.insert(QString::fromUtf8(f[1]), QString::fromUtf8(f[2]));
        }
    };
    int sent = 0;
    const QDeadlineTimer deadline(60000);
    while (reported.size() < 500 && !deadline.hasExpired()) {
        if (sent - reported.size() < 100) {
            QByteArray chunk;
            for (int i = 0; i < 100; ++i)
                chunk += line(sent++);
            child.write(chunk);
            child.waitForBytesWritten(1000);
        }
        child.waitForReadyRead(1000);
        readOk();
    }
    QVERIFY(reported.size() >= 500);
    QByteArray rest;
    while (sent < kSamples)
        rest += line(sent++);
    child.write(rest);
    child.waitForBytesWritten(1000);
    QThread::msleep(delayMs);
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    readOk(); // lines the child flushed before it died

    auto p = Project::open(projectPath);
    QVERIFY2(p.isOk(), qPrintable(p.error().toString()));
    QSqlQuery q(p.value()->db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    Project& a = *p.value();
    const qint64 who = Annotators(a).annotator(QStringLiteral("crash")).value().id;
    int present = 0;
    for (const auto& [cls, n] : Labels(a).labelCountsByAnnotator().asKeyValueRange())
        present += int(n.value(QStringLiteral("crash")));
    qInfo("sent %d lines, %lld reported, %d labels stored", sent, qint64(reported.size()), present);
    QVERIFY2(present < sent, "the child was not killed part way");
    QVERIFY(present >= reported.size());
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        const qint64 sample = a.sampleIdByPath(p.value()->toStoredPath(it.key()));
        const qint64 label = Labels(a).labelOf(sample, who);
        QVERIFY2(label > 0, qPrintable(it.key()));
        QCOMPARE(Classes(a).classById(label).value().name, it.value());
    }
}

QTEST_GUILESS_MAIN(TestLabelCrash)
#include "test_label_crash.moc"
