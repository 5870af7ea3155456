// tally-cli import --format images|coco|voc|yolo run as a process on generated trees:
// exit codes (0 all fine, 1 a file or an annotation failed, 2 usage), the JSON report's
// keys with its "boxes" count (image formats only), and the stored samples counted by
// tally-cli stats.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;
using test::CliRun;
using test::runCli;

class TestCliImageImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imagesFolderExitsZero();
    void cocoWithErrorsExitsOne();
    void vocAndYoloCountBoxes();
    void audioFormatsHaveNoBoxesKey();
    void unknownFormatIsUsageError();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QString newProject(const QString& name);
    QTemporaryDir m_dir;
};

void TestCliImageImport::initTestCase()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QVERIFY(m_dir.isValid());
    QVERIFY(test::writeImage(path("folder/cat/a.png"), 30, 20, "png", 1));
    QVERIFY(test::writeImage(path("folder/dog/b.jpg"), 30, 20, "jpg", 2));
    QVERIFY(test::writeBytes(path("folder/notes.txt"), "notes"));

    QVERIFY(test::writeImage(path("coco/a.png"), 30, 20, "png", 3));
    QVERIFY(test::writeBytes(path("coco/bad.png"), "not a png at all"));
    QVERIFY(test::writeBytes(path("coco/coco.json"), R"({
        "images": [{"id": 1, "file_name": "a.png"}, {"id": 2, "file_name": "bad.png"}],
        "categories": [{"id": 1, "name": "cat"}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 5, 5]},
                        {"id": 2, "image_id": 1, "category_id": 1, "bbox": [25, 1, 10, 5]}]})"));

    QVERIFY(test::writeImage(path("voc/JPEGImages/a.png"), 30, 20, "png", 4));
    QVERIFY(test::writeBytes(
        path("voc/Annotations/a.xml"),
        "<annotation><size><width>30</width><height>20</height></size>"
        "<object><name>cat</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>10</xmax>"
        "<ymax>10</ymax></bndbox></object></annotation>"));
    QVERIFY(test::writeImage(path("yolo/images/train/a.png"), 30, 20, "png", 5));
    QVERIFY(test::writeBytes(path("yolo/labels/train/a.txt"),
                             "0 0.5 0.5 0.5 0.5\n1 0.2 0.2 0.1 0.1\n"));
    QVERIFY(test::writeBytes(path("yolo/data.yaml"), "names: [cat, dog]\n"));
}

QString TestCliImageImport::newProject(const QString& name)
{
    const QString project = path(name + QStringLiteral(".tally"));
    const CliRun init = runCli({"init", project});
    return init.exitCode == 0 ? project : QString();
}

void TestCliImageImport::imagesFolderExitsZero()
{
    const QString project = newProject("folder");
    QVERIFY(!project.isEmpty());
    const CliRun imp = runCli({"import", project, "--format", "images", path("folder"), "--licence",
                               "CC0-1.0", "--source", "test", "--json"});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const QJsonObject report = imp.json();
    QCOMPARE(report.value("imported").toInt(), 2);
    QCOMPARE(report.value("skipped").toInt(), 1);
    QCOMPARE(report.value("duplicates").toInt(), 0);
    QCOMPARE(report.value("boxes").toInt(), 0);
    QVERIFY(report.value("boxes").isDouble());
    QCOMPARE(report.value("errors").toArray().size(), 0);
    QCOMPARE(report.value("cancelled").toBool(true), false);

    const CliRun stats = runCli({"stats", project, "--json"});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.out.contains("\"cat\""), stats.out.constData());

    const CliRun human = runCli({"import", project, "--format", "images", path("folder")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(
        human.out.contains("Imported 0 samples with 0 boxes (1 skipped, 2 duplicates, 0 errors)"),
        human.out.constData());
}

void TestCliImageImport::cocoWithErrorsExitsOne()
{
    const QString project = newProject("coco");
    QVERIFY(!project.isEmpty());
    const CliRun imp =
        runCli({"import", project, "--format", "coco", path("coco/coco.json"), "--json"});
    QCOMPARE(imp.exitCode, 1);
    const QJsonObject report = imp.json();
    QCOMPARE(report.value("imported").toInt(), 1);
    QCOMPARE(report.value("boxes").toInt(), 1);
    const QJsonArray errors = report.value("errors").toArray();
    QCOMPARE(errors.size(), 2);
    QStringList paths;
    for (const QJsonValue& e : errors) {
        QVERIFY(!e.toObject().value("reason").toString().isEmpty());
        paths << e.toObject().value("path").toString();
    }
    QVERIFY2(paths.contains(path("coco/bad.png")), qPrintable(paths.join(", ")));
    QVERIFY2(paths.contains(path("coco/coco.json")), qPrintable(paths.join(", ")));

    const CliRun human = runCli({"import", project, "--format", "coco", path("coco")});
    QCOMPARE(human.exitCode, 1); // bad.png fails again
    QVERIFY2(human.err.contains("bad.png"), human.err.constData());
}

void TestCliImageImport::vocAndYoloCountBoxes()
{
    const QString project = newProject("vocyolo");
    QVERIFY(!project.isEmpty());
    const CliRun voc = runCli({"import", project, "--format", "voc", path("voc"), "--json"});
    QVERIFY2(voc.exitCode == 0, voc.out.constData());
    QCOMPARE(voc.json().value("imported").toInt(), 1);
    QCOMPARE(voc.json().value("boxes").toInt(), 1);
    const CliRun yolo = runCli({"import", project, "--format", "yolo", path("yolo"), "--json"});
    QVERIFY2(yolo.exitCode == 0, yolo.out.constData());
    QCOMPARE(yolo.json().value("imported").toInt(), 1);
    QCOMPARE(yolo.json().value("boxes").toInt(), 2);
    QCOMPARE(yolo.json().value("skipped").toInt(), 0);
    // stats counts the images and their boxes per class.
    const CliRun stats = runCli({"stats", project, "--json"});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(stats.json().value("images").toInt(), 2);
    qint64 boxes = 0;
    const QJsonObject perClass = stats.json().value("boxes").toObject();
    for (auto it = perClass.begin(); it != perClass.end(); ++it)
        boxes += it.value().toInteger();
    QCOMPARE(boxes, qint64(3));
}

void TestCliImageImport::audioFormatsHaveNoBoxesKey()
{
    QVERIFY(test::writeWav(path("sc/yes/aaaa_nohash_0.wav"), test::sine(440.0, 0.3, 16000, 1600)));
    const QString project = newProject("audio");
    QVERIFY(!project.isEmpty());
    const CliRun imp =
        runCli({"import", project, "--format", "speech-commands", path("sc"), "--json"});
    QCOMPARE(imp.exitCode, 0);
    QCOMPARE(imp.json().value("imported").toInt(), 1);
    QVERIFY(!imp.json().contains("boxes"));
}

void TestCliImageImport::unknownFormatIsUsageError()
{
    const QString project = newProject("usage");
    QVERIFY(!project.isEmpty());
    const CliRun imp = runCli({"import", project, "--format", "tiff", path("folder")});
    QCOMPARE(imp.exitCode, 2);
    QVERIFY2(imp.err.contains("coco"), imp.err.constData()); // the known formats are listed
}

QTEST_GUILESS_MAIN(TestCliImageImport)
#include "test_cli_image_import.moc"
