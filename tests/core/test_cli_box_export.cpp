// tally-cli export with the image formats, run as a process: COCO with --json (same
// report shape as the audio formats), vww following the project's stored rule and
// --person-class / --min-area overriding it, --annotator, a missing image (exit 1, the
// rest written), a non-empty folder without --force, and usage errors (exit 2).
#include "TestSupport.h"
#include "formats/ExportFolder.h"
#include "review/VisualWakeWords.h"
#include "store/Project.h"
#include "store/SampleMeta.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::CliRun;
using test::runCli;

namespace {

// The export's files without its marker (.tally-export.json; see refusedLeavesNothing).
QStringList filesBelow(const QString& folder)
{
    QStringList files = test::filesBelow(folder);
    files.removeAll(ExportFolder::markerFileName());
    return files;
}

} // namespace

class TestCliBoxExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cocoJson();
    void vwwFollowsStoredRule();
    void annotator();
    void missingImage();
    void refusesNonEmptyWithoutForce();
    void usageErrors();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    // A project with person.png (40 x 40 and 5 x 5 person boxes on 100 x 100 by
    // "imported"; a 2 x 2 one by "ana") and car.png (a 50 x 50 car box on 100 x 100).
    QString makeProject(const QString& name, const VwwRule& rule);

    QTemporaryDir m_dir;
    QString m_project;
};

QString TestCliBoxExport::makeProject(const QString& name, const VwwRule& rule)
{
    const QString file = path(name + QStringLiteral(".tally"));
    auto p = Project::create(file);
    if (!p)
        return {};
    std::vector<SampleRecord> records;
    std::vector<SampleExtras> extras(2);
    for (const QString& image : {QStringLiteral("person.png"), QStringLiteral("car.png")}) {
        const QString imageFile = path(name + u'/' + image);
        if (!test::writeImage(imageFile, 100, 100, "png", int(records.size())))
            return {};
        SampleRecord r;
        r.path = p.value()->toStoredPath(imageFile);
        r.kind = SampleKind::Image;
        r.width = 100;
        r.height = 100;
        records.push_back(r);
    }
    extras[0].boxes = {ImportedBox{QStringLiteral("person"), {}, 10, 10, 40, 40},
                       ImportedBox{QStringLiteral("person"), {}, 60, 60, 5, 5},
                       ImportedBox{QStringLiteral("person"), QStringLiteral("ana"), 0, 0, 2, 2}};
    extras[1].boxes = {ImportedBox{QStringLiteral("car"), {}, 0, 0, 50, 50}};
    if (!SampleMeta(*p.value()).insertSamples(records, extras) || !saveVwwRule(*p.value(), rule))
        return {};
    return file;
}

void TestCliBoxExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    // The stored rule says "car" covering at least 20 %.
    m_project = makeProject(QStringLiteral("p"), VwwRule{QStringLiteral("car"), 0.2});
    QVERIFY(!m_project.isEmpty());
}

void TestCliBoxExport::cocoJson()
{
    const QString out = path(QStringLiteral("coco"));
    const CliRun run = runCli({"export", m_project, "--format", "coco", out, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = run.json();
    QCOMPARE(j.value("written").toInt(), 2);
    QCOMPARE(j.value("skipped").toInt(), 0);
    QVERIFY(j.value("errors").toArray().isEmpty());
    QVERIFY(j.value("version").toInt() > 0);
    QCOMPARE(j.value("folder").toString(), QDir::cleanPath(out));
    QCOMPARE(j.value("augmented").toInt(), 0);
    const QJsonArray files = j.value("files").toArray();
    QVERIFY(files.contains(QStringLiteral("train.json")));
    QVERIFY(files.contains(QStringLiteral("DATASET_CARD.md")));
    QCOMPARE(filesBelow(out),
             (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md", "images/train/car.png",
                          "images/train/person.png", "train.json"}));
    // Human output without --json.
    const CliRun human = runCli({"export", m_project, "--format", "yolo", path("yolo")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("2 written"));
    QVERIFY(QFileInfo::exists(path("yolo/data.yaml")));
}

void TestCliBoxExport::vwwFollowsStoredRule()
{
    CliRun run = runCli({"export", m_project, "--format", "vww", path("vww-stored"), "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(filesBelow(path("vww-stored")),
             (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md", "train/not_person/person.png",
                          "train/person/car.png"}));
    run = runCli({"export", m_project, "--format", "vww", path("vww-person"), "--person-class",
                  "Person", "--min-area", "0.005", "--json"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(filesBelow(path("vww-person")),
             (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md", "train/not_person/car.png",
                          "train/person/person.png"}));
    // The car covers 25 %: not enough at 0.3; only the option changes, the class stays stored.
    run = runCli({"export", m_project, "--format", "vww", path("vww-30"), "--min-area", "0.3"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo::exists(path("vww-30/train/not_person/car.png")));
}

void TestCliBoxExport::annotator()
{
    // "imported" drew more boxes on person.png than ana; --annotator ana picks hers.
    CliRun run = runCli({"export", m_project, "--format", "vww", path("vww-ana"), "--annotator",
                         "ana", "--person-class", "person", "--min-area", "0.005", "--json"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo::exists(path("vww-ana/train/not_person/person.png")));
    run = runCli({"export", m_project, "--format", "coco", path("coco-nobody"), "--annotator",
                  "nobody", "--json"});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value("errors").toArray().size(), 1);
    QVERIFY(run.json().value("errors").toArray()[0].toObject().value("reason").toString().contains(
        "nobody"));
    QVERIFY(!QFileInfo::exists(path("coco-nobody")));
}

void TestCliBoxExport::missingImage()
{
    const QString project = makeProject(QStringLiteral("m"), VwwRule{});
    QVERIFY(!project.isEmpty());
    QVERIFY(QFile::remove(path("m/car.png")));
    const CliRun run =
        runCli({"export", project, "--format", "voc", path("voc-missing"), "--json"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject j = run.json();
    QCOMPARE(j.value("written").toInt(), 1);
    const QJsonArray errors = j.value("errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value("path").toString(), path("m/car.png"));
    QVERIFY(QFileInfo::exists(path("voc-missing/JPEGImages/person.png")));
    QVERIFY(QFileInfo::exists(path("voc-missing/Annotations/person.xml")));
    QVERIFY(!QFileInfo::exists(path("voc-missing/Annotations/car.xml")));
}

void TestCliBoxExport::refusesNonEmptyWithoutForce()
{
    const QString out = path(QStringLiteral("full"));
    QVERIFY(test::writeBytes(out + "/other.txt", "x"));
    CliRun run = runCli({"export", m_project, "--format", "edge-impulse-boxes", out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not empty"));
    QCOMPARE(filesBelow(out), QStringList{"other.txt"});
    // --force replaces only a folder a Tally export wrote; this one is left alone.
    run = runCli({"export", m_project, "--format", "edge-impulse-boxes", out, "--force"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("no Tally export wrote"));
    QCOMPARE(test::filesBelow(out), QStringList{"other.txt"});
    // Over a Tally export, --force replaces it and keeps the file the user added.
    const QString ours = path(QStringLiteral("ours"));
    QCOMPARE(runCli({"export", m_project, "--format", "coco", ours}).exitCode, 0);
    QVERIFY(test::writeBytes(ours + "/other.txt", "x"));
    run = runCli({"export", m_project, "--format", "edge-impulse-boxes", ours, "--force"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo::exists(ours + "/info.labels"));
    QVERIFY(QFileInfo::exists(ours + "/other.txt"));
    QVERIFY(!QFileInfo::exists(ours + "/train.json"));
}

void TestCliBoxExport::usageErrors()
{
    const QList<QStringList> usage{
        {"--format", "cocoa", path("u1")},
        {"--format", "vww", path("u1"), "--min-area", "1.5"},
        {"--format", "vww", path("u1"), "--min-area", "-0.1"},
        {"--format", "vww", path("u1"), "--min-area", "lots"},
        {"--format", "vww", path("u1"), "--person-class", " "},
        {"--format", "coco", path("u1"), "--person-class", "person"},
        {"--format", "yolo", path("u1"), "--min-area", "0.1"},
        {"--format", "csv", path("u1"), "--annotator", "ana"},
        {"--format", "coco", path("u1"), "--annotator", ""},
        {"--format", "image-classes", path("u1"), "--status", "great"},
    };
    for (const QStringList& args : usage) {
        const CliRun run = runCli(QStringList{"export", m_project} + args);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(args.join(u' ') + ": " + QString::fromUtf8(run.err)));
    }
    QVERIFY(!QFileInfo::exists(path("u1")));
}

QTEST_GUILESS_MAIN(TestCliBoxExport)
#include "test_cli_box_export.moc"
