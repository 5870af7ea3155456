// tally-cli boxes (list, --add, --delete) and the box part of tally-cli agreement and
// status, run as processes: the JSON fields scripts rely on, what is written (and
// audited), and exit codes (0 done, 1 refused with a message naming the thing, 2 usage).
#include "TestSupport.h"
#include "store/AuditLog.h"
#include "store/Classes.h"
#include "store/Project.h"
#include "store/Reviews.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::runCli;

class TestCliBoxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListDelete();
    void humanOutput();
    void visualWakeWords();
    void refusals();
    void usage();
    void agreementAndStatus();

private:
    QString file(const QString& rel) const { return m_dir.filePath(rel); }
    QJsonArray boxes(const QStringList& extra = {}) const;
    QTemporaryDir m_dir;
    QString m_project;
    QString m_image;
};

void TestCliBoxes::init()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    m_project = file(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(m_project);
    m_image = file(QStringLiteral("img.png"));
    QVERIFY(test::writeImage(m_image, 64, 48));
    auto p = Project::create(m_project);
    QVERIFY(p.isOk());
    std::vector<SampleRecord> records{test::imageRecord(QStringLiteral("img.png"), 64, 48),
                                      SampleRecord{}};
    records[1].path = QStringLiteral("a.wav");
    records[1].contentHash = QStringLiteral("a");
    records[1].durationSec = 1.0;
    QVERIFY(p.value()->insertSamples(records));
    Project& a = *p.value();
    QVERIFY(Classes(a).addClass(ClassRecord{0, QStringLiteral("person"), {}, QColor(), {}}).isOk());
    QVERIFY(Classes(a).addClass(ClassRecord{0, QStringLiteral("dog"), {}, QColor(), {}}).isOk());
}

QJsonArray TestCliBoxes::boxes(const QStringList& extra) const
{
    const auto run = runCli(QStringList{"boxes", m_project, "--sample", m_image, "--json"} + extra);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return run.json().value("boxes").toArray();
}

void TestCliBoxes::addListDelete()
{
    auto run = runCli({"boxes", m_project, "--sample", m_image, "--add", "1,2,10,20", "--class",
                       "person", "--annotator", "alice", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray added = run.json().value("added").toArray();
    QCOMPARE(added.size(), 1);
    const qint64 aliceBox = added[0].toInteger();
    QVERIFY(aliceBox > 0);
    // Two at once (repeatable --add), one without a class.
    run = runCli({"boxes", m_project, "--sample", m_image, "--add", "2,2,10,20", "--add",
                  " 30.5, 30, 5, 5", "--annotator", "bob", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value("added").toArray().size(), 2);

    run = runCli({"boxes", m_project, "--sample", m_image, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value("sample").toString(), QStringLiteral("img.png"));
    QCOMPARE(j.value("width").toInt(), 64);
    QCOMPARE(j.value("height").toInt(), 48);
    const QJsonArray list = j.value("boxes").toArray();
    QCOMPARE(list.size(), 3);
    const QJsonObject first = list[0].toObject();
    QCOMPARE(first.value("id").toInteger(), aliceBox);
    QCOMPARE(first.value("annotator").toString(), QStringLiteral("alice"));
    QCOMPARE(first.value("class").toString(), QStringLiteral("person"));
    QCOMPARE(first.value("x").toDouble(), 1.0);
    QCOMPARE(first.value("y").toDouble(), 2.0);
    QCOMPARE(first.value("w").toDouble(), 10.0);
    QCOMPARE(first.value("h").toDouble(), 20.0);
    QCOMPARE(first.value("area").toDouble(), 200.0);
    const QJsonObject third = list[2].toObject();
    QVERIFY(third.value("class").isNull());
    QCOMPARE(third.value("x").toDouble(), 30.5);
    QCOMPARE(third.value("area").toDouble(), 25.0);
    QCOMPARE(boxes({"--annotator", "bob"}).size(), 2);
    QCOMPARE(boxes({"--annotator", "alice"}).size(), 1);

    // Bob may not delete Alice's box; without --annotator anyone's may go.
    run = runCli({"boxes", m_project, "--sample", m_image, "--delete", QString::number(aliceBox),
                  "--annotator", "bob"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("alice"), run.err.constData());
    QCOMPARE(boxes().size(), 3);
    run = runCli({"boxes", m_project, "--sample", m_image, "--delete", QString::number(aliceBox),
                  "--annotator", "alice", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value("deleted").toArray(), (QJsonArray{aliceBox}));
    QCOMPARE(boxes().size(), 2);
    QCOMPARE(boxes({"--annotator", "alice"}).size(), 0);

    // Every write is in the audit log, by whom.
    auto p = Project::open(m_project);
    QVERIFY(p.isOk());
    const qint64 id = (*p.value()).sampleIdByPath(QStringLiteral("img.png"));
    QStringList actions;
    QStringList descriptions;
    for (const HistoryEvent& e : AuditLog(*p.value()).history(id))
        if (e.action.startsWith(QLatin1String("box."))) {
            actions << e.action + QLatin1Char(':') + e.annotatorName;
            descriptions << e.description;
        }
    // The history says what each step did, in words.
    QCOMPARE(descriptions.first(),
             QStringLiteral("box added 10.0 × 20.0 px at (1.0, 2.0) (person)"));
    QCOMPARE(descriptions.last(),
             QStringLiteral("box deleted 10.0 × 20.0 px at (1.0, 2.0) (person)"));
    QCOMPARE(actions,
             (QStringList{"box.add:alice", "box.add:bob", "box.add:bob", "box.delete:alice"}));
}

void TestCliBoxes::humanOutput()
{
    QCOMPARE(runCli({"boxes", m_project, "--sample", m_image, "--add", "4,5,6,7", "--class", "dog",
                     "--annotator", "carol"})
                 .exitCode,
             0);
    const auto run = runCli({"boxes", m_project, "--sample", m_image});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("id\tannotator\tclass\tx\ty\tw\th\tarea"));
    QVERIFY2(lines[1].endsWith("\tcarol\tdog\t4\t5\t6\t7\t42"), lines[1].constData());
    QCOMPARE(lines[2], QByteArray("vww\tnot_person")); // a dog is not a person
}

void TestCliBoxes::visualWakeWords()
{
    // 0.5 % of the 64 × 48 image is 15.36 px²: Alice's 4 × 4 person (16) counts, Bob's
    // 3 × 5 (15) does not. Bob drew two boxes, so without --annotator his speak.
    const auto add = [this](const char* who, const char* at, const char* cls) {
        return runCli({"boxes", m_project, "--sample", m_image, "--add", at, "--class", cls,
                       "--annotator", who})
            .exitCode;
    };
    QCOMPARE(add("alice", "0,0,4,4", "person"), 0);
    QCOMPARE(add("bob", "10,10,30,30", "dog"), 0);
    QCOMPARE(add("bob", "0,0,3,5", "person"), 0);
    const auto vww = [this](const QStringList& extra = {}) {
        return runCli(QStringList{"boxes", m_project, "--sample", m_image, "--json"} + extra)
            .json()
            .value("vww")
            .toString();
    };
    QCOMPARE(vww(), QStringLiteral("not_person"));
    QCOMPARE(vww({"--annotator", "alice"}), QStringLiteral("person"));
    QCOMPARE(vww({"--annotator", "bob"}), QStringLiteral("not_person"));
    QVERIFY(runCli({"boxes", m_project, "--sample", m_image, "--annotator", "alice"})
                .out.endsWith("vww\tperson\n"));
    // The rule is the project's: a smaller share, then another person class.
    {
        auto p = Project::open(m_project);
        QVERIFY(p.isOk());
        QVERIFY(p.value()->setSetting(QStringLiteral("vww/min_area"), QStringLiteral("0.004")));
    }
    QCOMPARE(vww(), QStringLiteral("person"));
    {
        auto p = Project::open(m_project);
        QVERIFY(p.isOk());
        QVERIFY(p.value()->setSetting(QStringLiteral("vww/person_class"), QStringLiteral("Dog")));
    }
    QCOMPARE(vww(), QStringLiteral("person"));
    QCOMPARE(vww({"--annotator", "alice"}), QStringLiteral("not_person"));
}

void TestCliBoxes::refusals()
{
    // Unknown sample: exit 1, the message names it.
    auto run = runCli({"boxes", m_project, "--sample", file("zz.png")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("zz.png"), run.err.constData());
    // Not an image.
    run = runCli(
        {"boxes", m_project, "--sample", file("a.wav"), "--add", "0,0,1,1", "--annotator", "x"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not an image"), run.err.constData());
    // No such project.
    QCOMPARE(runCli({"boxes", file("nope.tally"), "--sample", m_image}).exitCode, 1);
    // Unknown class, unknown annotator for a listing.
    run = runCli({"boxes", m_project, "--sample", m_image, "--add", "0,0,1,1", "--class", "cat",
                  "--annotator", "x"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cat"), run.err.constData());
    run = runCli({"boxes", m_project, "--sample", m_image, "--annotator", "nobody"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("nobody"), run.err.constData());
    // Outside the 64 × 48 image, or no area: nothing is written, not even the good box
    // given beside the bad one.
    run = runCli({"boxes", m_project, "--sample", m_image, "--add", "0,0,5,5", "--add",
                  "60,40,10,10", "--annotator", "x"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("outside"), run.err.constData());
    QCOMPARE(
        runCli({"boxes", m_project, "--sample", m_image, "--add", "0,0,0,5", "--annotator", "x"})
            .exitCode,
        1);
    QCOMPARE(
        runCli({"boxes", m_project, "--sample", m_image, "--add", "-1,0,5,5", "--annotator", "x"})
            .exitCode,
        1);
    QCOMPARE(boxes().size(), 0);
    // A box id that is not on this sample.
    run = runCli({"boxes", m_project, "--sample", m_image, "--delete", "999"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("999"), run.err.constData());
}

void TestCliBoxes::usage()
{
    QCOMPARE(runCli({"boxes", m_project}).exitCode, 2); // no --sample
    QCOMPARE(runCli({"boxes", m_project, "--sample", m_image, "--add", "0,0,1,1"}).exitCode,
             2); // no --annotator
    QCOMPARE(runCli({"boxes", m_project, "--sample", m_image, "--add", "0,0,1", "--annotator", "x"})
                 .exitCode,
             2);
    QCOMPARE(
        runCli({"boxes", m_project, "--sample", m_image, "--add", "0,0,a,1", "--annotator", "x"})
            .exitCode,
        2);
    QCOMPARE(runCli({"boxes", m_project, "--sample", m_image, "--add", "0,0,1,1", "--delete", "1",
                     "--annotator", "x"})
                 .exitCode,
             2);
    QCOMPARE(runCli({"boxes", m_project, "--sample", m_image, "--class", "dog"}).exitCode, 2);
    QCOMPARE(runCli({"boxes", m_project, "--sample", m_image, "--delete", "one"}).exitCode, 2);
    QCOMPARE(runCli({"boxes", m_project, "extra", "--sample", m_image}).exitCode, 2);
    QCOMPARE(boxes().size(), 0);
}

void TestCliBoxes::agreementAndStatus()
{
    // Alice and Bob each draw a person; 10 × 10 boxes 5 px apart: IoU 1/3.
    for (const auto& [who, at] : {std::pair{"alice", "0,0,10,10"}, std::pair{"bob", "5,0,10,10"}})
        QCOMPARE(runCli({"boxes", m_project, "--sample", m_image, "--add", at, "--class", "person",
                         "--annotator", who})
                     .exitCode,
                 0);
    auto run = runCli({"agreement", m_project, "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonObject b = run.json().value("boxes").toObject();
    QCOMPARE(b.value("iou_threshold").toDouble(), 0.5);
    QCOMPARE(b.value("comparisons").toInt(), 1);
    QCOMPARE(b.value("boxes").toInt(), 2);
    QCOMPARE(b.value("matched").toInt(), 0);
    QCOMPARE(b.value("f1").toDouble(), 0.0);
    QVERIFY(b.value("mean_iou").isNull());
    // The image is disputed by its boxes alone.
    run = runCli({"status", m_project, "--json"});
    QCOMPARE(run.json().value("statuses").toObject().value("disputed").toInt(), 1);

    run = runCli({"agreement", m_project, "--box-iou", "0.3", "--json"});
    QCOMPARE(run.exitCode, 0);
    b = run.json().value("boxes").toObject();
    QCOMPARE(b.value("iou_threshold").toDouble(), 0.3);
    QCOMPARE(b.value("matched").toInt(), 1);
    QCOMPARE(b.value("f1").toDouble(), 1.0);
    QVERIFY(std::abs(b.value("mean_iou").toDouble() - 1.0 / 3.0) < 1e-12);
    // Regions stay apart.
    QCOMPARE(run.json().value("regions").toObject().value("comparisons").toInt(), 0);

    run = runCli({"agreement", m_project, "--box-iou", "0.3"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("boxes F1 at IoU 0.3\t1.0000 (1 matched of 2"), run.out.constData());
    QCOMPARE(runCli({"agreement", m_project, "--box-iou", "0"}).exitCode, 2);
    QCOMPARE(runCli({"agreement", m_project, "--box-iou", "much"}).exitCode, 2);

    // The project's threshold is the default.
    {
        auto p = Project::open(m_project);
        QVERIFY(p.isOk());
        QVERIFY(p.value()->setSetting(QStringLiteral("review/box_iou"), QStringLiteral("0.25")));
    }
    b = runCli({"agreement", m_project, "--json"}).json().value("boxes").toObject();
    QCOMPARE(b.value("iou_threshold").toDouble(), 0.25);
    QCOMPARE(b.value("matched").toInt(), 1);
    run = runCli({"status", m_project, "--json"});
    QCOMPARE(run.json().value("statuses").toObject().value("disputed").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliBoxes)
#include "test_cli_boxes.moc"
