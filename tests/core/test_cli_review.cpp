// tally-cli vote / review / status / agreement / merge / history / import
// --format common-voice, run as processes: exit codes (0 ok, 1 refused, 2 usage) and
// the JSON fields scripts rely on.
#include "TestSupport.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::runCli;

class TestCliReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void voteAndStatus();
    void voteUsageAndRefusals();
    void reviewRolesAndStatus();
    void agreementJson();
    void historyJson();
    void mergeJson();
    void importCommonVoice();

private:
    QString file(const QString& rel) const { return m_dir.filePath(rel); }
    int cli(const QStringList& args) { return runCli(args).exitCode; }
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliReview::init()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    m_project = file(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(m_project);
    auto p = Project::create(m_project);
    QVERIFY(p.isOk());
    std::vector<SampleRecord> records;
    for (const char* path : {"a.wav", "b.wav", "c.wav"}) {
        SampleRecord r;
        r.path = QString::fromUtf8(path);
        r.contentHash = QStringLiteral("hash-") + r.path;
        r.durationSec = 1.0;
        records.push_back(r);
    }
    QVERIFY(p.value()->insertSamples(records));
    Project& a = *p.value();
    QVERIFY(Classes(a).addClass(ClassRecord{0, QStringLiteral("yes"), {}, QColor(), {}}).isOk());
    QVERIFY(Classes(a).addClass(ClassRecord{0, QStringLiteral("no"), {}, QColor(), {}}).isOk());
}

void TestCliReview::voteAndStatus()
{
    const QString a = file(QStringLiteral("a.wav"));
    QCOMPARE(cli({"vote", m_project, "--sample", a, "--up", "--annotator", "ann1"}), 0);
    QCOMPARE(cli({"vote", m_project, "--sample", a, "--up", "--annotator", "ann2"}), 0);
    QCOMPARE(cli({"vote", m_project, "--sample", file("b.wav"), "--down", "--annotator", "ann1"}),
             0);
    const auto run =
        runCli({"vote", m_project, "--sample", file("b.wav"), "--clear", "--annotator", "ann1"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("ok\t"));
    const auto st = runCli({"status", m_project, "--json"});
    QCOMPARE(st.exitCode, 0);
    const QJsonObject j = st.json();
    QCOMPARE(j.value("samples").toInt(), 3);
    QCOMPARE(j.value("statuses").toObject().size(), 6);
    QCOMPARE(j.value("statuses").toObject().value("unlabelled").toInt(), 3);
    QCOMPARE(j.value("votes").toObject().value("valid").toInt(), 1);
    QCOMPARE(j.value("votes").toObject().value("invalid").toInt(), 0);
    QCOMPARE(j.value("votes").toObject().value("other").toInt(), 2);
    QCOMPARE(cli({"status", m_project}), 0);
}

void TestCliReview::voteUsageAndRefusals()
{
    const QString a = file(QStringLiteral("a.wav"));
    QCOMPARE(cli({"vote", m_project, "--sample", a, "--annotator", "x"}), 2);
    QCOMPARE(cli({"vote", m_project, "--sample", a, "--up", "--down", "--annotator", "x"}), 2);
    QCOMPARE(cli({"vote", m_project, "--sample", a, "--up"}), 2);
    const auto missing =
        runCli({"vote", m_project, "--sample", file("zz.wav"), "--up", "--annotator", "x"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("zz.wav"));
    QCOMPARE(cli({"vote", file("nope.tally"), "--sample", a, "--up", "--annotator", "x"}), 1);
}

void TestCliReview::reviewRolesAndStatus()
{
    const QString a = file(QStringLiteral("a.wav"));
    QCOMPARE(cli({"label", m_project, "--annotator", "ann1", "--sample", a, "--class", "yes"}), 0);
    QCOMPARE(cli({"label", m_project, "--annotator", "ann2", "--sample", a, "--class", "no"}), 0);
    QCOMPARE(runCli({"status", m_project, "--json"})
                 .json()
                 .value("statuses")
                 .toObject()
                 .value("disputed")
                 .toInt(),
             1);
    QCOMPARE(cli({"review", m_project, "--sample", a, "--decide", "yes", "--reason", "clear yes",
                  "--annotator", "rev"}),
             0);
    QCOMPARE(runCli({"status", m_project, "--json"})
                 .json()
                 .value("statuses")
                 .toObject()
                 .value("resolved")
                 .toInt(),
             1);
    const auto refused =
        runCli({"review", m_project, "--sample", a, "--reject", "--annotator", "ann1"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--make-reviewer"), refused.err.constData());
    QCOMPARE(cli({"review", m_project, "--sample", a, "--reject", "--annotator", "ann1",
                  "--make-reviewer"}),
             0);
    QCOMPARE(runCli({"status", m_project, "--json"})
                 .json()
                 .value("statuses")
                 .toObject()
                 .value("rejected")
                 .toInt(),
             1);
    QCOMPARE(cli({"review", m_project, "--sample", a, "--decide", "maybe", "--annotator", "rev"}),
             1);
    QCOMPARE(
        cli({"review", m_project, "--sample", a, "--reject", "--send-back", "--annotator", "rev"}),
        2);
    QCOMPARE(cli({"review", m_project, "--sample", a, "--annotator", "rev"}), 2);
    QCOMPARE(
        cli({"review", m_project, "--sample", file("zz.wav"), "--reject", "--annotator", "rev"}),
        1);
}

void TestCliReview::agreementJson()
{
    for (const char* s : {"a.wav", "b.wav"}) {
        QCOMPARE(
            cli({"label", m_project, "--annotator", "ann1", "--sample", file(s), "--class", "yes"}),
            0);
        QCOMPARE(cli({"label", m_project, "--annotator", "ann2", "--sample", file(s), "--class",
                      QLatin1String(s) == QLatin1String("a.wav") ? "yes" : "no"}),
                 0);
    }
    const auto run = runCli({"agreement", m_project, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value("items").toInt(), 2);
    QCOMPARE(j.value("percent_agreement").toDouble(), 0.5);
    QVERIFY(j.contains("fleiss_kappa"));
    QVERIFY(j.contains("krippendorff_alpha"));
    const QJsonArray pairs = j.value("cohen_kappa").toArray();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs[0].toObject().value("a").toString(), QStringLiteral("ann1"));
    QCOMPARE(pairs[0].toObject().value("b").toString(), QStringLiteral("ann2"));
    QCOMPARE(pairs[0].toObject().value("items").toInt(), 2);
    QVERIFY(pairs[0].toObject().value("kappa").isDouble()); // A all yes: pe = .5, kappa 0
    QCOMPARE(j.value("regions").toObject().value("iou_threshold").toDouble(), 0.5);
    QVERIFY(j.value("regions").toObject().value("f1").isNull()); // no regions: undefined → null
    QVERIFY(j.value("class").isNull());
    const auto perClass =
        runCli({"agreement", m_project, "--class", "yes", "--iou", "0.7", "--json"});
    QCOMPARE(perClass.exitCode, 0);
    QCOMPARE(perClass.json().value("class").toString(), QStringLiteral("yes"));
    QCOMPARE(perClass.json().value("regions").toObject().value("iou_threshold").toDouble(), 0.7);
    QCOMPARE(cli({"agreement", m_project, "--iou", "2"}), 2);
    QCOMPARE(cli({"agreement", m_project, "--class", "nope"}), 1);
    QCOMPARE(cli({"agreement", m_project}), 0);
}

void TestCliReview::historyJson()
{
    const QString a = file(QStringLiteral("a.wav"));
    QCOMPARE(cli({"label", m_project, "--annotator", "ann1", "--sample", a, "--class", "yes"}), 0);
    QCOMPARE(cli({"vote", m_project, "--sample", a, "--down", "--annotator", "ann2"}), 0);
    QCOMPARE(cli({"review", m_project, "--sample", a, "--send-back", "--reason", "unclear",
                  "--annotator", "rev"}),
             0);
    const auto run = runCli({"history", m_project, "--sample", a, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray events = run.json().value("events").toArray();
    QStringList actions;
    for (const QJsonValue& e : events)
        actions << e.toObject().value("action").toString();
    QCOMPARE(actions, (QStringList{"sample.add", "label", "vote", "review"}));
    QCOMPARE(events[1].toObject().value("annotator").toString(), QStringLiteral("ann1"));
    QVERIFY(events[3].toObject().value("description").toString().contains("unclear"));
    QVERIFY(!events[1].toObject().value("at").toString().isEmpty());
    QCOMPARE(cli({"history", m_project, "--sample", file("zz.wav")}), 1);
    QCOMPARE(cli({"history", m_project}), 2);
    QVERIFY(runCli({"history", m_project, "--sample", a}).out.contains("ann1"));
}

void TestCliReview::mergeJson()
{
    const QString other = file(QStringLiteral("other/theirs.tally"));
    QVERIFY(QDir().mkpath(file(QStringLiteral("other"))));
    QFile::remove(other);
    {
        auto p = Project::create(other);
        QVERIFY(p.isOk());
        std::vector<SampleRecord> records;
        for (const char* h : {"hash-a.wav", "hash-z.wav"}) {
            SampleRecord r;
            r.path = QString::fromUtf8(h).mid(5);
            r.contentHash = QString::fromUtf8(h);
            records.push_back(r);
        }
        QVERIFY(p.value()->insertSamples(records));
    }
    QCOMPARE(cli({"classes", other, "--add", "yes"}), 0);
    QCOMPARE(cli({"label", other, "--annotator", "dave", "--sample", file("other/a.wav"), "--class",
                  "yes"}),
             0);
    QCOMPARE(cli({"vote", other, "--sample", file("other/a.wav"), "--up", "--annotator", "dave"}),
             0);
    const auto run = runCli({"merge", m_project, other, "--json", "--annotator", "me"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = run.json();
    QCOMPARE(j.value("matched").toInt(), 1);
    QCOMPARE(j.value("unmatched").toArray().size(), 1);
    QCOMPARE(j.value("unmatched").toArray()[0].toString(), QStringLiteral("z.wav"));
    QVERIFY(j.value("ambiguous").isArray());
    QCOMPARE(j.value("ambiguous").toArray().size(), 0);
    QCOMPARE(j.value("labels").toInt(), 1);
    QCOMPARE(j.value("votes").toInt(), 1);
    QCOMPARE(j.value("conflicts").toInt(), 0);
    QCOMPARE(j.value("annotators_added").toInt(), 1);
    QVERIFY(runCli({"history", m_project, "--sample", file("a.wav")}).out.contains("dave"));
    QCOMPARE(cli({"merge", m_project, file("nope.tally")}), 1);
    QCOMPARE(cli({"merge", m_project}), 2);
    QVERIFY(!runCli({"merge", m_project, other}).out.isEmpty());
}

void TestCliReview::importCommonVoice()
{
    const QString cv = file(QStringLiteral("cv"));
    QVERIFY(
        test::writeWav(cv + QStringLiteral("/clips/one.wav"), test::sine(300.0, 0.3, 16000, 4000)));
    QVERIFY(
        test::writeBytes(cv + QStringLiteral("/validated.tsv"),
                         "client_id\tpath\tsentence\tup_votes\tdown_votes\nspk\tone.wav\tHi\t2\t0\n"
                         "spk\tgone.wav\tGone\t2\t0\n"));
    const auto run = runCli({"import", m_project, "--format", "common-voice", cv, "--json"});
    QCOMPARE(run.exitCode, 1); // one clip missing
    QCOMPARE(run.json().value("imported").toInt(), 1);
    QCOMPARE(run.json().value("errors").toArray().size(), 1);
    QVERIFY(run.json().value("errors").toArray()[0].toObject().value("path").toString().endsWith(
        "gone.wav"));
    const QJsonObject st = runCli({"status", m_project, "--json"}).json();
    QCOMPARE(st.value("votes").toObject().value("valid").toInt(), 1); // the imported 2 up
    QCOMPARE(cli({"import", m_project, "--format", "common-voice", file("nothing-here")}), 1);
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "test_cli_review.moc"
