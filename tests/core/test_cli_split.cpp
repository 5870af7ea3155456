// tally-cli split / balance / licence as processes on a project made in code:
// speech-commands and grouped splits (counts, method record, no leaks; a manual edit
// is reported as a leak with exit 0), balance --json (counts, warnings, by a metadata
// key, plans), licence bulk edit and listing, usage errors exit 2.
#include "TestSupport.h"
#include "splits/SpeechCommandsSplit.h"
#include "store/Project.h"
#include "store/SampleMeta.h"
#include "store/Splits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::runCli;

class TestCliSplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void speechCommands();
    void secondRunWritesNoRow();
    void groupedBySpeakerAndMetadata();
    void manualEditReportedAsLeak();
    void balanceJson();
    void licenceBulkEdit();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::vector<SampleRecord> m_records;
};

// 3 classes, 40 speakers; "no" is small; every sample has a gender in its metadata.
void TestCliSplit::init()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    m_project = m_dir.filePath(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(m_project); // data-driven rows share a name
    auto p = Project::create(m_project);
    QVERIFY(p.isOk());
    m_records.clear();
    std::vector<SampleExtras> extras;
    for (int spk = 0; spk < 40; ++spk)
        for (const char* word : {"yes", "up", "no"}) {
            const int n = QByteArray(word) == "no" ? 1 : 3;
            for (int k = 0; k < n; ++k) {
                SampleRecord r;
                r.path =
                    QStringLiteral("%1/s%2_nohash_%3.wav").arg(QLatin1String(word)).arg(spk).arg(k);
                r.className = QLatin1String(word);
                r.groupKey = QStringLiteral("s%1").arg(spk);
                r.durationSec = 1.0;
                m_records.push_back(r);
                SampleExtras x;
                x.metadata =
                    QJsonObject{{QStringLiteral("gender"), spk % 2 ? "female" : "male"},
                                {QStringLiteral("site"), QStringLiteral("site%1").arg(spk % 8)}};
                extras.push_back(x);
            }
        }
    SampleRecord bg;
    bg.path = QStringLiteral("_background_noise_/white.wav");
    bg.kind = SampleKind::Background;
    m_records.push_back(bg);
    extras.push_back({});
    QVERIFY(SampleMeta(*p.value()).insertSamples(m_records, extras));
}

void TestCliSplit::speechCommands()
{
    const auto run = runCli({QStringLiteral("split"), m_project, QStringLiteral("--method"),
                             QStringLiteral("speech-commands"), QStringLiteral("--validation"),
                             QStringLiteral("10"), QStringLiteral("--testing"),
                             QStringLiteral("10"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value(QStringLiteral("leaks")).toArray().size(), 0);
    QCOMPARE(
        j.value(QStringLiteral("method")).toObject().value(QStringLiteral("method")).toString(),
        QStringLiteral("speech-commands"));
    auto p = Project::open(m_project);
    QVERIFY(p.isOk());
    const QHash<qint64, QString> stored = Splits(*p.value()).splits();
    QCOMPARE(stored.size(), int(m_records.size()) - 1); // not the background file
    const SpeechCommandsSplit sc;
    for (const SampleRecord& r : m_records)
        if (r.kind != SampleKind::Background)
            QCOMPARE(stored.value(r.id), splitName(sc.assign(r.path)));
    const QJsonObject splits = j.value(QStringLiteral("splits")).toObject();
    QCOMPARE(splits.value(QStringLiteral("training")).toInt() +
                 splits.value(QStringLiteral("validation")).toInt() +
                 splits.value(QStringLiteral("testing")).toInt(),
             280);
}

// Issue 11: split writes only the rows whose split changes. The first run writes every
// sample with a class, the same split again writes none (JSON "changed" and the audit
// row say so), and new percentages write exactly the samples they move.
void TestCliSplit::secondRunWritesNoRow()
{
    const auto split = [this](const QString& validation) {
        return runCli({QStringLiteral("split"), m_project, QStringLiteral("--validation"),
                       validation, QStringLiteral("--json")});
    };
    const auto first = split(QStringLiteral("10"));
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(QStringLiteral("changed")).toInteger(), 280);
    const auto again = split(QStringLiteral("10"));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("changed")).toInteger(), 0);
    QCOMPARE(again.json().value(QStringLiteral("splits")),
             first.json().value(QStringLiteral("splits")));
    QCOMPARE(again.json().value(QStringLiteral("classes")),
             first.json().value(QStringLiteral("classes")));
    qint64 moved = 0;
    const SpeechCommandsSplit before{10, 10}, after{25, 10};
    for (const SampleRecord& r : m_records)
        if (r.kind != SampleKind::Background)
            moved += before.assign(r.path) != after.assign(r.path) ? 1 : 0;
    QVERIFY(moved > 0);
    const auto wider = split(QStringLiteral("25"));
    QCOMPARE(wider.exitCode, 0);
    QCOMPARE(wider.json().value(QStringLiteral("changed")).toInteger(), moved);
    auto p = Project::open(m_project);
    QVERIFY(p.isOk());
    const QHash<qint64, QString> stored = Splits(*p.value()).splits();
    for (const SampleRecord& r : m_records)
        if (r.kind != SampleKind::Background)
            QCOMPARE(stored.value(r.id), splitName(after.assign(r.path)));
    QSqlQuery q(p.value()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT after FROM audit WHERE action = 'split' ORDER BY id")));
    QList<qint64> changed;
    while (q.next())
        changed << QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                       .object()
                       .value(QStringLiteral("changed"))
                       .toInteger();
    QCOMPARE(changed, (QList<qint64>{280, 0, moved}));
}

void TestCliSplit::groupedBySpeakerAndMetadata()
{
    for (const char* key : {"speaker", "site"}) {
        const QStringList args{QStringLiteral("split"),        m_project,
                               QStringLiteral("--method"),     QStringLiteral("grouped"),
                               QStringLiteral("--group"),      QLatin1String(key),
                               QStringLiteral("--validation"), QStringLiteral("20"),
                               QStringLiteral("--testing"),    QStringLiteral("10"),
                               QStringLiteral("--seed"),       QStringLiteral("5"),
                               QStringLiteral("--json")};
        const auto run = runCli(args);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject j = run.json();
        QCOMPARE(j.value(QStringLiteral("leaks")).toArray().size(), 0);
        QCOMPARE(j.value(QStringLiteral("method"))
                     .toObject()
                     .value(QStringLiteral("group_key"))
                     .toString(),
                 QLatin1String(key));
        QCOMPARE(
            j.value(QStringLiteral("method")).toObject().value(QStringLiteral("seed")).toString(),
            QStringLiteral("5"));
        const QJsonObject yes =
            j.value(QStringLiteral("classes")).toObject().value(QStringLiteral("yes")).toObject();
        QVERIFY(yes.value(QStringLiteral("validation")).toInt() > 0);
        // Same seed, same splits (the method's "at" differs, the counts do not).
        QCOMPARE(runCli(args).json().value(QStringLiteral("classes")),
                 j.value(QStringLiteral("classes")));
    }
    const auto bad =
        runCli({QStringLiteral("split"), m_project, QStringLiteral("--method"),
                QStringLiteral("grouped"), QStringLiteral("--group"), QStringLiteral("nosuchkey")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("nosuchkey"));
}

void TestCliSplit::manualEditReportedAsLeak()
{
    QCOMPARE(runCli({QStringLiteral("split"), m_project}).exitCode, 0);
    {
        auto p = Project::open(m_project);
        QVERIFY(p.isOk());
        Splits s(*p.value());
        const QString first = s.splitOf(m_records[0].id);
        QVERIFY(s.setSplit(m_records[0].id, first == QLatin1String("testing")
                                                ? QStringLiteral("training")
                                                : QStringLiteral("testing")));
    }
    const auto run = runCli({QStringLiteral("split"), m_project, QStringLiteral("--show")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("leak\ts0\t"), run.out.constData());
}

void TestCliSplit::balanceJson()
{
    QCOMPARE(runCli({QStringLiteral("split"), m_project}).exitCode, 0);
    auto run =
        runCli({QStringLiteral("balance"), m_project, QStringLiteral("--json"),
                QStringLiteral("--undersample"), QStringLiteral("50"),
                QStringLiteral("--oversample"), QStringLiteral("0"), QStringLiteral("--weights")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject j = run.json();
    QCOMPARE(j.value(QStringLiteral("total")).toObject().value(QStringLiteral("count")).toInt(),
             280);
    const QJsonArray classes = j.value(QStringLiteral("classes")).toArray();
    QCOMPARE(classes.size(), 3);
    QCOMPARE(classes[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("no"));
    QCOMPARE(classes[0].toObject().value(QStringLiteral("count")).toInt(), 40);
    QCOMPARE(classes[0].toObject().value(QStringLiteral("hours")).toDouble(), 40.0 / 3600.0);
    bool underShare = false;
    for (const QJsonValue& w : j.value(QStringLiteral("warnings")).toArray())
        underShare |= w.toObject().value(QStringLiteral("kind")).toString() ==
                          QLatin1String("class-under-share") &&
                      w.toObject().value(QStringLiteral("class")).toString() == QLatin1String("no");
    QVERIFY(underShare); // 40 of 120
    QCOMPARE(
        j.value(QStringLiteral("undersample")).toObject().value(QStringLiteral("dropped")).toInt(),
        140);
    QVERIFY(j.value(QStringLiteral("weights")).toObject().value(QStringLiteral("no")).toDouble() >
            1.0);
    run = runCli({QStringLiteral("balance"), m_project, QStringLiteral("--json"),
                  QStringLiteral("--by"), QStringLiteral("gender")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject by =
        run.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("by")).toObject();
    QCOMPARE(by.value(QStringLiteral("female")).toObject().value(QStringLiteral("count")).toInt(),
             140);
    QCOMPARE(by.value(QStringLiteral("male")).toObject().value(QStringLiteral("count")).toInt(),
             140);
    run = runCli({QStringLiteral("balance"), m_project, QStringLiteral("--hours")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("warning\t"));
}

void TestCliSplit::licenceBulkEdit()
{
    auto run =
        runCli({QStringLiteral("licence"), m_project, QStringLiteral("--class"),
                QStringLiteral("yes"), QStringLiteral("--set"), QStringLiteral("CC-BY-4.0"),
                QStringLiteral("--source"), QStringLiteral("Lab"), QStringLiteral("--consent"),
                QStringLiteral("yes"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject j = run.json();
    QCOMPARE(j.value(QStringLiteral("changed")).toInt(), 120);
    QCOMPARE(
        j.value(QStringLiteral("licences")).toObject().value(QStringLiteral("CC-BY-4.0")).toInt(),
        120);
    QCOMPARE(j.value(QStringLiteral("sources"))
                 .toObject()
                 .value(QStringLiteral("CC-BY-4.0"))
                 .toObject()
                 .value(QStringLiteral("Lab"))
                 .toInt(),
             120);
    run =
        runCli({QStringLiteral("licence"), m_project, QStringLiteral("--sample"), m_records[1].path,
                QStringLiteral("--sample"), m_records[2].path, QStringLiteral("--set"),
                QStringLiteral("CC0-1.0"), QStringLiteral("--owner"), QStringLiteral("Ana")});
    QCOMPARE(run.exitCode, 0);
    run = runCli({QStringLiteral("licence"), m_project, QStringLiteral("--json")});
    j = run.json();
    QCOMPARE(
        j.value(QStringLiteral("licences")).toObject().value(QStringLiteral("CC0-1.0")).toInt(), 2);
    QCOMPARE(
        j.value(QStringLiteral("licences")).toObject().value(QStringLiteral("CC-BY-4.0")).toInt(),
        118);
    auto p = Project::open(m_project);
    QVERIFY(p.isOk());
    const QList<SampleRights> rights = Splits(*p.value()).rights();
    QCOMPARE(rights[1].owner, QStringLiteral("Ana"));
    QCOMPARE(rights[0].consent, std::optional<bool>(true));
    run = runCli({QStringLiteral("licence"), m_project, QStringLiteral("--sample"),
                  QStringLiteral("nope.wav"), QStringLiteral("--set"), QStringLiteral("MIT")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("nope.wav"));
    run = runCli({QStringLiteral("licence"), m_project, QStringLiteral("--all"),
                  QStringLiteral("--set"), QStringLiteral("CC/BY")});
    QCOMPARE(run.exitCode, 1);
}

void TestCliSplit::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad method") << QStringList{QStringLiteral("split"), QStringLiteral("P"),
                                               QStringLiteral("--method"),
                                               QStringLiteral("random")};
    QTest::newRow("grouped no group")
        << QStringList{QStringLiteral("split"), QStringLiteral("P"), QStringLiteral("--method"),
                       QStringLiteral("grouped")};
    QTest::newRow("over 100") << QStringList{QStringLiteral("split"),        QStringLiteral("P"),
                                             QStringLiteral("--validation"), QStringLiteral("60"),
                                             QStringLiteral("--testing"),    QStringLiteral("50")};
    QTest::newRow("seed with sc") << QStringList{QStringLiteral("split"), QStringLiteral("P"),
                                                 QStringLiteral("--seed"), QStringLiteral("3")};
    QTest::newRow("balance share")
        << QStringList{QStringLiteral("balance"), QStringLiteral("P"),
                       QStringLiteral("--min-share"), QStringLiteral("2")};
    QTest::newRow("licence no selection")
        << QStringList{QStringLiteral("licence"), QStringLiteral("P"), QStringLiteral("--set"),
                       QStringLiteral("MIT")};
    QTest::newRow("licence bad consent")
        << QStringList{QStringLiteral("licence"), QStringLiteral("P"), QStringLiteral("--all"),
                       QStringLiteral("--consent"), QStringLiteral("maybe")};
}

void TestCliSplit::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    args.replace(1, m_project);
    QCOMPARE(runCli(args).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSplit)
#include "test_cli_split.moc"
