// tally-cli assist (issue 15): the baseline trained on a project of tones and noise
// separates them out of fold, stores a set with every clip (the unlabelled ones predicted
// by the model trained on all labels) that next-uncertain and the data map use; the person
// detector finds the standing man of an opencv-doc photo and nobody on a blank image.
#include "TestSupport.h"
#include "store/Predictions.h"
#include "store/Project.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tally;

namespace {

SampleRecord clip(const QString& path, const QString& cls, const QString& group)
{
    SampleRecord r;
    r.path = path;
    r.kind = SampleKind::Audio;
    r.contentHash = QString::fromLatin1(path.toUtf8().toHex());
    r.className = cls;
    r.groupKey = group;
    r.durationSec = 0.5;
    r.rateHz = 16000;
    r.channels = 1;
    r.frames = 8000;
    return r;
}

Signal noise(QRandomGenerator& rng, double amplitude)
{
    Signal s{16000, 1, std::vector<float>(8000)};
    for (float& v : s.samples)
        v = float(amplitude * (2.0 * rng.generateDouble() - 1.0));
    return s;
}

} // namespace

class TestAssistCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baselineSeparatesTonesFromNoise()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("t.tally"));
        auto p = Project::create(file);
        QVERIFY(p);
        QRandomGenerator rng(3);
        std::vector<SampleRecord> records;
        for (int i = 0; i < 40; ++i) {
            const bool tone = i % 2 == 0;
            const QString rel = QStringLiteral("%1/%2.wav").arg(tone ? "tone" : "noise").arg(i);
            const double amp = 0.1 + 0.4 * rng.generateDouble();
            QVERIFY(test::writeWav(
                dir.filePath(rel),
                tone ? test::sine(300 + 2700 * rng.generateDouble(), amp, 16000, 8000)
                     : noise(rng, amp)));
            // the last four unlabelled
            records.push_back(
                clip(rel, i >= 36 ? QString() : QString::fromLatin1(tone ? "tone" : "noise"),
                     QStringLiteral("speaker%1").arg(i % 6)));
        }
        QVERIFY(p.value()->insertSamples(records));
        p.value().reset();
        test::CliRun r = test::runCli({"assist", file, "--train", "--folds", "3", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value("classes").toArray(), (QJsonArray{"noise", "tone"}));
        QCOMPARE(o.value("folds").toInt(), 3);
        QVERIFY2(o.value("accuracy").toDouble() > 0.95, r.out.constData());
        const QJsonArray confusion = o.value("confusion").toArray();
        QCOMPARE(confusion[0].toArray()[0].toInt() + confusion[0].toArray()[1].toInt(), 18);
        QCOMPARE(o.value("samples").toInt(), 40);
        auto reopened = Project::open(file);
        QVERIFY(reopened);
        auto set = Predictions(*reopened.value()).set("baseline");
        QVERIFY(set);
        QCOMPARE(set.value().info.value("folds").toInt(), 3);
        int embeddings = 0;
        QVERIFY(Predictions(*reopened.value())
                    .forEachEmbedding(set.value().id, [&](qint64, const float*, int dims) {
                        embeddings += dims == 80 ? 1 : 0;
                    }));
        QCOMPARE(embeddings, 40);
        // the unlabelled four are predicted, and right
        r = test::runCli({"next-uncertain", file, "--predictions", "baseline", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray next = r.json().value("samples").toArray();
        QCOMPARE(next.size(), 4);
        for (const QJsonValue& v : next) {
            const QString path = v.toObject().value("path").toString();
            QCOMPARE(v.toObject().value("top").toString(), path.section('/', 0, 0));
        }
        QCOMPARE(test::runCli({"assist", file}).exitCode, 2);
    }

    void detectorFindsTheStandingMan()
    {
        const QString photo =
            QStringLiteral("/usr/share/doc/opencv-doc/examples/data/basketball1.png");
        if (!QFile::exists(photo))
            QSKIP("the opencv-doc package is not installed (scripts/deps.sh installs it)");
        QTemporaryDir dir;
        QVERIFY(QFile::copy(photo, dir.filePath("man.png")));
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(QColor(128, 128, 128));
        QVERIFY(blank.save(dir.filePath("blank.png")));
        const QString file = dir.filePath(QStringLiteral("i.tally"));
        auto p = Project::create(file);
        QVERIFY(p);
        std::vector<SampleRecord> records{test::imageRecord("man.png", 640, 480),
                                          test::imageRecord("blank.png", 640, 480)};
        QVERIFY(p.value()->insertSamples(records));
        test::CliRun r = test::runCli({"assist", file, "--detect-people", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("images").toInt(), 2);
        Predictions preds(*p.value());
        auto set = preds.set("hog");
        QVERIFY(set);
        QCOMPARE(set.value().classes, (QStringList{"not person", "person"}));
        auto man = preds.of(set.value().id, records[0].id);
        auto none = preds.of(set.value().id, records[1].id);
        QVERIFY(man && man.value() && none && none.value());
        QVERIFY(none.value()->boxes.empty());
        QVERIFY(none.value()->probs[1] < 0.5f);
        QVERIFY(man.value()->probs[1] > 0.5f);
        bool found = false; // the man on the left: about x 35-160, y 78-475
        for (const PredictedBox& b : man.value()->boxes)
            found = found || (b.x < 100 && b.x + b.w > 120 && b.h > 250 && b.className == "person");
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestAssistCli)
#include "test_assist_cli.moc"
