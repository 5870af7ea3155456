// Two (and more) writers on one project, as the GUI and tally-cli are used together: a
// long `tally-cli label --batch` keeps writing (its stdin is fed while the others run),
// and meanwhile an `import` of many files, a string of `vote` runs and a `split` write
// the same project. Every write transaction begins IMMEDIATE and waits on the busy
// timeout, so each of them must succeed: every file imported, every label and vote
// present, the splits stored, PRAGMA integrity_check ok. Repeated with three seeds
// (label order, classes, who starts when).
#include "CliChild.h"
#include "TestSupport.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <random>

using namespace tally;

namespace {

constexpr int kLabelled = 600; // samples the batch labels (rows only, no files)
constexpr int kFiles = 240;    // files the import reads
constexpr int kVotes = 12;
const QStringList kClasses{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("up")};

QString labelledPath(int i)
{
    return QStringLiteral("rows/s%1.wav").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestCliTwoWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writersSideBySide_data();
    void writersSideBySide();

private:
    QTemporaryDir m_dir;
};

void TestCliTwoWriters::initTestCase()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QVERIFY(m_dir.isValid());
    // Short clips, each with its own bytes, in a Speech Commands tree.
    for (int i = 0; i < kFiles; ++i)
        QVERIFY(test::writeWav(m_dir.filePath(QStringLiteral("sc/%1/spk%2_nohash_0.wav")
                                                  .arg(kClasses[i % 3])
                                                  .arg(i, 4, 10, QLatin1Char('0'))),
                               test::sine(200.0 + i, 0.3, 16000, 800)));
}

void TestCliTwoWriters::writersSideBySide_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 3") << 3u;
}

void TestCliTwoWriters::writersSideBySide()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QString project = m_dir.filePath(QStringLiteral("p%1/two.tally").arg(seed));
    QVERIFY(QDir().mkpath(QFileInfo(project).absolutePath()));
    {
        auto p = Project::create(project);
        QVERIFY(p.isOk());
        std::vector<SampleRecord> records(kLabelled);
        for (int i = 0; i < kLabelled; ++i) {
            records[size_t(i)].path = labelledPath(i);
            records[size_t(i)].className = kClasses[i % 3];
            records[size_t(i)].durationSec = 1.0;
        }
        QVERIFY(p.value()->insertSamples(records));
    }
    const QString folder = QFileInfo(project).absolutePath() + QLatin1Char('/');
    QList<int> order;
    for (int i = 0; i < kLabelled; ++i)
        order << i;
    std::shuffle(order.begin(), order.end(), std::mt19937(seed));
    QHash<QString, QString> wanted; // path on disk -> the class last sent for it

    test::CliChild label;
    QVERIFY(label.start({QStringLiteral("label"), project, QStringLiteral("--batch"),
                         QStringLiteral("--annotator"), QStringLiteral("batcher")}));
    qint64 sent = 0;
    // Keeps the batch busy with `ahead` lines queued, going round the samples again
    // (with new classes) for as long as the others write: the last line for a path wins.
    const auto feed = [&](qint64 ahead) {
        QByteArray chunk;
        while (sent - label.okCount() < ahead) {
            const QString path = folder + labelledPath(order[int(sent++ % kLabelled)]);
            wanted.insert(path, kClasses[rng.bounded(3)]);
            chunk += (path + QLatin1Char('\t') + wanted[path] + QLatin1Char('\n')).toUtf8();
        }
        if (!chunk.isEmpty())
            label.write(chunk);
        label.poll(5);
    };
    const qint64 head = 20 + rng.bounded(80); // labels written before the others start
    while (label.okCount() < head && label.isRunning())
        feed(20);

    test::CliChild import;
    QVERIFY(import.start({QStringLiteral("import"), project, QStringLiteral("--format"),
                          QStringLiteral("speech-commands"), m_dir.filePath(QStringLiteral("sc")),
                          QStringLiteral("--json")}));
    test::CliChild split;
    bool splitStarted = false;
    int votesDone = 0;
    auto vote = std::make_unique<test::CliChild>();
    QVERIFY(vote->start({QStringLiteral("vote"), project, QStringLiteral("--sample"),
                         folder + labelledPath(0), QStringLiteral("--up"),
                         QStringLiteral("--annotator"), QStringLiteral("voter")}));
    const int splitAfter = int(rng.bounded(kVotes));
    while (import.isRunning() || votesDone < kVotes || split.isRunning()) {
        feed(20);
        import.poll(0); // a QProcess learns that its child ended only when asked
        vote->poll(0);
        split.poll(0);
        if (!vote->isRunning() && votesDone < kVotes) {
            QCOMPARE(vote->finish(), 0);
            if (++votesDone < kVotes) {
                vote = std::make_unique<test::CliChild>();
                QVERIFY(
                    vote->start({QStringLiteral("vote"), project, QStringLiteral("--sample"),
                                 folder + labelledPath(votesDone * 7),
                                 votesDone % 2 ? QStringLiteral("--down") : QStringLiteral("--up"),
                                 QStringLiteral("--annotator"), QStringLiteral("voter")}));
            }
        }
        if (!splitStarted && votesDone >= splitAfter) {
            QVERIFY(split.start({QStringLiteral("split"), project, QStringLiteral("--json")}));
            splitStarted = true;
        }
        QVERIFY2(label.isRunning(), "the label batch ended before the other writers");
    }
    const int importExit = import.finish();
    QVERIFY2(importExit == 0, import.err().constData());
    QVERIFY2(split.finish() == 0, split.err().constData());
    const qint64 sentMeanwhile = sent;
    while (sent < kLabelled) // every sample labelled at least once
        feed(kLabelled);
    label.closeInput();
    QVERIFY2(label.finish() == 0, label.err().constData());
    qInfo("seed %u: %lld labels written while the others wrote, %lld in all", seed, sentMeanwhile,
          sent);

    QCOMPARE(test::integrityCheck(project), QStringLiteral("ok"));
    const QJsonObject report = QJsonDocument::fromJson(import.out()).object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), kFiles);
    QCOMPARE(test::queryNumber(project, QStringLiteral("SELECT COUNT(*) FROM samples")),
             qint64(kLabelled + kFiles));
    QCOMPARE(qint64(label.okCount()), sent);
    const QHash<QString, QString> stored = test::labelsBy(project, QStringLiteral("batcher"));
    QCOMPARE(stored.size(), qsizetype(kLabelled));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        QCOMPARE(stored.value(it.key().mid(folder.size())), it.value());
    QCOMPARE(test::queryNumber(project, QStringLiteral("SELECT COUNT(*) FROM votes")),
             qint64(kVotes));
    QCOMPARE(test::queryNumber(project, QStringLiteral("SELECT SUM(up) FROM votes")),
             qint64((kVotes + 1) / 2));
    QVERIFY(test::queryNumber(
                project, QStringLiteral("SELECT COUNT(*) FROM samples WHERE split IS NOT NULL")) >=
            kLabelled);
}

QTEST_GUILESS_MAIN(TestCliTwoWriters)
#include "test_cli_two_writers.moc"
