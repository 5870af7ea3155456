// The labelling assistant's store and questions (issue 15): prediction sets, the import of
// a user's predictions (CSV, JSON Lines) with errors by file and line, confident learning
// against a hand-computed example (shared/FORMATS.md) in core and through tally-cli, flipped
// labels found, and the uncertainty queue's order.
#include "TestSupport.h"
#include "assist/ConfidentLearning.h"
#include "assist/LabelIssues.h"
#include "assist/PredictionImport.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Flags.h"
#include "store/Labels.h"
#include "store/Predictions.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tally;

namespace {

SampleRecord audio(const QString& path, const QString& cls, const QString& group = {})
{
    SampleRecord r;
    r.path = path;
    r.kind = SampleKind::Audio;
    r.contentHash = QString::fromLatin1(path.toUtf8().toHex());
    r.className = cls;
    r.groupKey = group;
    r.durationSec = 1.0;
    r.rateHz = 16000;
    r.channels = 1;
    r.frames = 16000;
    return r;
}

bool writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// The hand-computed example (values exact in binary). Inserted b first, so ids and paths
// disagree in order. t_a = (0.75 + 0.25 + 0.5) / 3 = 0.5, t_b = 0.5, t_c = 0.625;
// a/t.wav ties a and b at 0.5 (lower index: a); c/6.wav has no candidate (not counted);
// a/z.wav → b and b/m.wav → a are the issues, both at self-confidence 0.25 (by path).
const char* kExampleCsv = "path,a,b,c\n"
                          "b/3.wav,0.125,0.75,0.125\n"
                          "b/m.wav,0.625,0.25,0.125\n"
                          "a/1.wav,0.75,0.125,0.125\n"
                          "a/z.wav,0.25,0.625,0.125\n"
                          "a/t.wav,0.5,0.5,0\n"
                          "c/5.wav,0.125,0.125,0.75\n"
                          "c/6.wav,0.25,0.25,0.5\n";

std::unique_ptr<Project> exampleProject(const QString& file)
{
    auto p = Project::create(file);
    if (!p)
        return nullptr;
    std::vector<SampleRecord> records{
        audio("b/3.wav", "b"), audio("b/m.wav", "b"), audio("a/1.wav", "a"), audio("a/z.wav", "a"),
        audio("a/t.wav", "a"), audio("c/5.wav", "c"), audio("c/6.wav", "c")};
    if (!p.value()->insertSamples(records))
        return nullptr;
    return std::move(p).value();
}

} // namespace

class TestAssistLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confidentLearningByHand()
    {
        // a/1, a/z, a/t, b/3, b/m, c/5, c/6 in this order.
        const std::vector<int> given{0, 0, 0, 1, 1, 2, 2};
        const std::vector<float> p{0.75f,  0.125f, 0.125f, 0.25f, 0.625f, 0.125f, 0.5f,
                                   0.5f,   0.0f,   0.125f, 0.75f, 0.125f, 0.625f, 0.25f,
                                   0.125f, 0.125f, 0.125f, 0.75f, 0.25f,  0.25f,  0.5f};
        const assist::ConfidentJoint cj = assist::confidentLearning(given, p, 3);
        QCOMPARE(*cj.thresholds[0], 0.5);
        QCOMPARE(*cj.thresholds[1], 0.5);
        QCOMPARE(*cj.thresholds[2], 0.625);
        const std::vector<int64_t> joint{2, 1, 0, 1, 1, 0, 0, 0, 1};
        QCOMPARE(cj.joint, joint);
        QCOMPARE(cj.counted, 6);
        QCOMPARE(cj.issues.size(), size_t(2));
        QCOMPARE(cj.issues[0].index, 1); // a/z: equal self-confidence keeps input order
        QCOMPARE(cj.issues[0].suggested, 1);
        QCOMPARE(cj.issues[1].index, 4);
        QCOMPARE(cj.issues[1].suggested, 0);
        QCOMPARE(cj.issues[1].selfConfidence, 0.25f);
    }

    void classWithoutGivenSampleIsNeverCandidate()
    {
        // class 1 is given to nobody: no threshold, so 0.9 on it is not a candidate.
        const std::vector<int> given{0, 0};
        const std::vector<float> p{0.1f, 0.9f, 0.3f, 0.7f};
        const assist::ConfidentJoint cj = assist::confidentLearning(given, p, 2);
        QVERIFY(!cj.thresholds[1]);
        QCOMPARE(*cj.thresholds[0], (double(0.1f) + double(0.3f)) / 2);
        QVERIFY(cj.issues.empty());
        QCOMPARE(cj.at(0, 0), 1); // only 0.3 >= 0.2
        QCOMPARE(cj.counted, 1);
    }

    void exampleThroughTheCli()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.tally"));
        QVERIFY(exampleProject(file));
        const QString csv = dir.filePath(QStringLiteral("preds.csv"));
        QVERIFY(writeText(csv, kExampleCsv));
        test::CliRun r = test::runCli({QStringLiteral("predictions"), file,
                                       QStringLiteral("--import"), csv, QStringLiteral("--name"),
                                       QStringLiteral("mine"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("samples")).toInt(), 7);
        r = test::runCli({QStringLiteral("label-issues"), file, QStringLiteral("--predictions"),
                          QStringLiteral("mine"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(
            o.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("c")).toDouble(),
            0.625);
        const QJsonArray joint = o.value(QStringLiteral("joint")).toArray();
        QCOMPARE(joint.size(), 3);
        QCOMPARE(joint[0].toArray(), (QJsonArray{2, 1, 0}));
        QCOMPARE(joint[1].toArray(), (QJsonArray{1, 1, 0}));
        QCOMPARE(joint[2].toArray(), (QJsonArray{0, 0, 1}));
        const QJsonArray issues = o.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 2);
        // equal self-confidence: by path, although b/m.wav was stored first
        QCOMPARE(issues[0].toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("a/z.wav"));
        QCOMPARE(issues[0].toObject().value(QStringLiteral("suggested")).toString(),
                 QStringLiteral("b"));
        QCOMPARE(issues[1].toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("b/m.wav"));
        QCOMPARE(issues[1].toObject().value(QStringLiteral("given")).toString(),
                 QStringLiteral("b"));
        QCOMPARE(issues[1].toObject().value(QStringLiteral("self_confidence")).toDouble(), 0.25);
        // recorded as label-issue flags
        auto p = Project::open(file);
        QVERIFY(p);
        QCOMPARE(Flags(*p.value()).activeCounts().value(QStringLiteral("label-issue")), 2);
    }

    void annotatorsLabelsAreTheGivenOnes()
    {
        QTemporaryDir dir;
        auto project = exampleProject(dir.filePath(QStringLiteral("p.tally")));
        QVERIFY(project);
        const QString csv = dir.filePath(QStringLiteral("preds.csv"));
        QVERIFY(writeText(csv, kExampleCsv));
        auto f = assist::PredictionImport::read(csv, *project);
        QVERIFY(f);
        QVERIFY(Predictions(*project).write(QStringLiteral("m"), QStringLiteral("test"),
                                            f.value().classes, {}, f.value().rows));
        // ana's labels are the given ones: a/1 a, b/m a, a/z b, b/3 b. t_a = (0.75 + 0.625)
        // / 2 = 0.6875 = t_b, c has none: a/1 and b/3 agree, b/m and a/z have no candidate.
        const qint64 ana = Annotators(*project).ensureAnnotator(QStringLiteral("ana")).value().id;
        Labels labels(*project);
        const qint64 ca = Classes(*project).classByName("a").value().id;
        const qint64 cb = Classes(*project).classByName("b").value().id;
        for (const auto& [path, cls] : std::vector<std::pair<const char*, qint64>>{
                 {"a/1.wav", ca}, {"b/m.wav", ca}, {"a/z.wav", cb}, {"b/3.wav", cb}})
            QVERIFY(labels.setLabel(project->sampleIdByPath(path), ana, cls));
        auto mine = assist::LabelIssues::find(*project, QStringLiteral("m"), ana);
        QVERIFY(mine);
        QCOMPARE(mine.value().samples, 4);
        QCOMPARE(mine.value().counted, 2);
        QVERIFY(mine.value().issues.empty());
        QCOMPARE(*mine.value().thresholds[0], 0.6875);
        QVERIFY(!mine.value().thresholds[2]);
        auto effective = assist::LabelIssues::find(*project, QStringLiteral("m"));
        QVERIFY(effective);
        QCOMPARE(effective.value().issues.size(), size_t(2));
    }

    void flippedLabelsAreFound()
    {
        QTemporaryDir dir;
        auto p = Project::create(dir.filePath(QStringLiteral("f.tally")));
        QVERIFY(p);
        Project& project = *p.value();
        const QStringList classes{"dog", "cat", "bird", "frog"};
        QRandomGenerator rng(7);
        std::vector<SampleRecord> records;
        QByteArray jsonl;
        QSet<QString> flipped;
        for (int i = 0; i < 200; ++i) {
            const int truth = i % 4;
            const QString path = QStringLiteral("clips/%1.wav").arg(i, 3, 10, QLatin1Char('0'));
            int given = truth;
            if (i % 10 == 3) { // 20 flipped labels
                given = (truth + 1 + int(rng.bounded(3))) % 4;
                flipped.insert(path);
            }
            records.push_back(audio(path, classes[given]));
            // the model is right, with noise: 0.8–0.9 on the truth. Each class's threshold
            // (its mean self-confidence) is pulled below 0.8 by the flipped samples given it.
            const double top = 0.8 + 0.1 * rng.generateDouble();
            QJsonObject probs;
            for (int c = 0; c < 4; ++c)
                probs.insert(classes[c], c == truth ? top : (1.0 - top) / 3.0);
            jsonl += QJsonDocument(QJsonObject{{"path", path}, {"probs", probs}})
                         .toJson(QJsonDocument::Compact) +
                     '\n';
        }
        QVERIFY(project.insertSamples(records));
        const QString file = dir.filePath(QStringLiteral("model.jsonl"));
        QVERIFY(writeText(file, jsonl));
        auto f = assist::PredictionImport::read(file, project);
        QVERIFY(f);
        QVERIFY(f.value().issues.empty());
        QCOMPARE(f.value().rows.size(), size_t(200));
        QVERIFY(Predictions(project).write(QStringLiteral("model"), QStringLiteral("import"),
                                           f.value().classes, {}, f.value().rows));
        auto report = assist::LabelIssues::find(project, QStringLiteral("model"));
        QVERIFY2(report, qPrintable(report.error().toString()));
        QSet<QString> found;
        for (const auto& i : report.value().issues)
            found.insert(i.path);
        QCOMPARE(found, flipped);
        QCOMPARE(report.value().classes, (QStringList{"bird", "cat", "dog", "frog"}));
    }

    void importErrorsNameFileAndLine()
    {
        QTemporaryDir dir;
        auto project = exampleProject(dir.filePath(QStringLiteral("p.tally")));
        QVERIFY(project);
        const QString csv = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeText(csv, "path,a,b,zebra\n"        // 1: zebra unknown
                               "a/1.wav,0.5,0.5,0\n"     // 2: fine
                               "nowhere.wav,0.5,0.5,0\n" // 3: unknown path
                               "a/z.wav,1.5,0,0\n"       // 4: not in 0-1
                               "a/t.wav,x,0.5,0.5\n"     // 5: not a number
                               "b/3.wav,0.5,0.3,0.1\n"   // 6: sums to 0.9
                               "b/m.wav,0.5,0.5\n"       // 7: field count
                               "\n"
                               "\"c/5.wav\",0.25,0.25,0.5\n" // 9: fine, quoted; zebra 0.5
                               "a/1.wav,0.5,0.5,0\n"));      // 10: twice
        auto f = assist::PredictionImport::read(csv, *project);
        QVERIFY(f);
        QMap<int, QString> lines;
        for (const assist::FileIssue& i : f.value().issues) {
            QCOMPARE(i.file, csv);
            lines.insert(i.line, i.reason);
        }
        QCOMPARE(lines.keys(), (QList<int>{1, 3, 4, 5, 6, 7, 10}));
        QVERIFY(lines.value(1).contains(QStringLiteral("zebra")));
        QVERIFY(lines.value(3).contains(QStringLiteral("nowhere.wav")));
        QVERIFY(lines.value(6).contains(QStringLiteral("0.9")));
        QCOMPARE(f.value().rows.size(), size_t(2));
        QCOMPARE(f.value().classes, (QStringList{"a", "b"}));
        const QString jsonl = dir.filePath(QStringLiteral("bad.jsonl"));
        QVERIFY(writeText(jsonl, "{\"path\": \"a/1.wav\", \"probs\": {\"a\": 1}}\n"
                                 "{\"path\": \"a/z.wav\", \"probs\": {\"a\": 0.5}\n"
                                 "{\"path\": \"a/t.wav\", \"boxes\": [{\"class\": \"a\", \"x\": 1,"
                                 " \"y\": 1, \"w\": 0, \"h\": 3, \"score\": 0.9}]}\n"
                                 "{\"path\": \"b/3.wav\", \"boxes\": [{\"class\": \"a\", \"x\": 1,"
                                 " \"y\": 2, \"w\": 3, \"h\": 4, \"score\": 0.9}]}\n"));
        auto j = assist::PredictionImport::read(jsonl, *project);
        QVERIFY(j);
        QCOMPARE(j.value().issues.size(), size_t(2));
        QCOMPARE(j.value().issues[0].line, 2);
        QCOMPARE(j.value().issues[1].line, 3);
        QCOMPARE(j.value().rows.size(), size_t(2));
        QCOMPARE(j.value().rows[1].boxes.size(), size_t(1));
        QCOMPARE(j.value().rows[1].probs.size(), size_t(0));
        // the CLI: exit 1, the issues on stderr as FILE:LINE: reason, the rest imported
        test::CliRun r = test::runCli({QStringLiteral("predictions"), project->path(),
                                       QStringLiteral("--import"), csv, QStringLiteral("--name"),
                                       QStringLiteral("bad")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains((csv + QStringLiteral(":3: ")).toUtf8()));
        QVERIFY(!assist::PredictionImport::read(dir.filePath("none.csv"), *project));
        QVERIFY(writeText(dir.filePath("h.csv"), "file,a\n"));
        auto h = assist::PredictionImport::read(dir.filePath("h.csv"), *project);
        QVERIFY(!h);
        QVERIFY(h.error().toString().contains(QStringLiteral("h.csv")));
    }

    void setsAreListedReplacedAndSortedByCodePoint()
    {
        QTemporaryDir dir;
        auto project = exampleProject(dir.filePath(QStringLiteral("p.tally")));
        QVERIFY(project);
        const qint64 id = project->sampleIdByPath(QStringLiteral("a/1.wav"));
        Predictions preds(*project);
        // "é" (U+00E9) sorts after "z"; "B" before "a".
        QVERIFY(preds.write(QStringLiteral("s"), QStringLiteral("t"), {"é", "a", "B", "z"}, {},
                            {{id, {0.1f, 0.2f, 0.3f, 0.4f}, {}, {}}}));
        auto set = preds.set(QStringLiteral("s"));
        QVERIFY(set);
        QCOMPARE(set.value().classes, (QStringList{"B", "a", "z", "é"}));
        auto row = preds.of(set.value().id, id);
        QVERIFY(row && row.value());
        QCOMPARE(row.value()->probs, (std::vector<float>{0.3f, 0.2f, 0.4f, 0.1f}));
        QVERIFY(preds.write(QStringLiteral("s"), QStringLiteral("t2"), {"a"}, {}, {}));
        QCOMPARE(preds.list().value().size(), 1);
        QCOMPARE(preds.list().value().first().source, QStringLiteral("t2"));
        QCOMPARE(preds.list().value().first().samples, 0);
        QVERIFY(preds.remove(QStringLiteral("s")));
        QVERIFY(!preds.remove(QStringLiteral("s")));
        QVERIFY(!preds.set(QStringLiteral("s")));
    }

    void uncertaintyQueueOrder()
    {
        QTemporaryDir dir;
        auto p = Project::create(dir.filePath(QStringLiteral("u.tally")));
        QVERIFY(p);
        Project& project = *p.value();
        std::vector<SampleRecord> records{audio("l.wav", "a"), audio("u1.wav", {}),
                                          audio("u2.wav", {}), audio("u3.wav", {}),
                                          audio("u4.wav", {})};
        QVERIFY(project.insertSamples(records));
        std::vector<SamplePrediction> rows{{records[0].id, {0.5f, 0.5f, 0.0f}, {}, {}},
                                           {records[1].id, {0.9f, 0.05f, 0.05f}, {}, {}},
                                           {records[2].id, {0.5f, 0.25f, 0.25f}, {}, {}},
                                           {records[3].id, {0.375f, 0.375f, 0.25f}, {}, {}},
                                           {records[4].id, {0.625f, 0.125f, 0.25f}, {}, {}}};
        QVERIFY(Predictions(project).write("m", "t", {"a", "b", "c"}, {}, rows));
        auto lc = assist::LabelIssues::nextUncertain(
            project, "m", assist::UncertaintyMethod::LeastConfidence, 10);
        QVERIFY(lc);
        QStringList order;
        for (const auto& s : lc.value())
            order << s.path;
        // 1 − max: u3 0.625, u2 0.5, u4 0.375, u1 0.1; l.wav is labelled
        QCOMPARE(order, (QStringList{"u3.wav", "u2.wav", "u4.wav", "u1.wav"}));
        auto margin =
            assist::LabelIssues::nextUncertain(project, "m", assist::UncertaintyMethod::Margin, 2);
        QVERIFY(margin);
        QCOMPARE(margin.value().size(), size_t(2));
        QCOMPARE(margin.value()[0].path, QStringLiteral("u3.wav")); // margin 0
        QCOMPARE(margin.value()[1].path, QStringLiteral("u2.wav")); // 0.25 (u4: 0.375)
        QCOMPARE(margin.value()[1].uncertainty, 0.25);
        // an annotator's own labels leave the queue
        const qint64 ana = Annotators(project).ensureAnnotator(QStringLiteral("ana")).value().id;
        QVERIFY(Labels(project).setLabel(records[3].id, ana, 1));
        auto mine = assist::LabelIssues::nextUncertain(
            project, "m", assist::UncertaintyMethod::LeastConfidence, 10, ana);
        QVERIFY(mine);
        QCOMPARE(mine.value().front().path, QStringLiteral("u2.wav"));
        QVERIFY(!assist::LabelIssues::nextUncertain(project, "none",
                                                    assist::UncertaintyMethod::Margin, 1));
    }
};

QTEST_GUILESS_MAIN(TestAssistLabels)
#include "test_assist_labels.moc"
