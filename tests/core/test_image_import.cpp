// Image import from trees made in code: a folder of images with class sub-folders,
// COCO JSON (boxes, classes, annotators, each kind of bad annotation and bad image),
// Pascal VOC (1-based integers and floats, no <size>, broken XML), YOLO (data.yaml as
// list and map, classes.txt, rows out of range), and the header measure on whole,
// cut and garbage files. After imports with errors the database is whole and holds
// no box without its sample.
#include "TestSupport.h"
#include "formats/ImageImporter.h"
#include "formats/ImageMeasure.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

namespace {

bool writeText(const QString& path, const QString& text)
{
    return test::writeBytes(path, text.toUtf8());
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha1Of(const QString& path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha1).toHex());
}

// Every error as "path: reason", one a line (for failure messages).
QString errorText(const ImportReport& r)
{
    QStringList lines;
    for (const Error& e : r.errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

// The number of errors whose path ends with pathEnd and whose reason contains `reason`.
int countErrors(const ImportReport& r, const QString& pathEnd, const QString& reason)
{
    return int(std::count_if(r.errors.cbegin(), r.errors.cend(), [&](const Error& e) {
        return e.path.endsWith(pathEnd) && e.reason.contains(reason);
    }));
}

// Boxes of a sample as "class/annotator x y w h", in id order.
QStringList boxTexts(Project& project, qint64 sampleId)
{
    QStringList out;
    for (const BoxRecord& b : Boxes(project).boxesOf(sampleId))
        out << QStringLiteral("%1/%2 %3 %4 %5 %6")
                   .arg(b.className, b.annotatorName)
                   .arg(b.x)
                   .arg(b.y)
                   .arg(b.w)
                   .arg(b.h);
    return out;
}

// The database is whole and every box belongs to a stored sample.
void verifyNothingHalfWritten(Project& project)
{
    QSqlQuery q(project.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral(
                "SELECT COUNT(*) FROM boxes WHERE sample_id NOT IN (SELECT id FROM samples)")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

} // namespace

class TestImageImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measureReadsHeaderAndRefusesCutFiles_data();
    void measureReadsHeaderAndRefusesCutFiles();
    void formatNames();
    void folderWithClassSubfolders();
    void cocoBoxesClassesAnnotators();
    void cocoReportsEachBadInput();
    void cocoBrokenJson();
    void cocoReadInChunks();
    void cocoFolderWithAnnotationsSubfolder();
    void vocIntegerAndFloatCoordinates();
    void vocBesideImagesAndBadFiles();
    void yoloNames_data();
    void yoloNames();
    void yoloBadRowsAreFileAndLine();

private:
    QString path(const QString& rel) const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('/') +
                              rel);
    }
    QString stored(Project& p, const QString& rel) const { return p.toStoredPath(path(rel)); }
    std::unique_ptr<Project> makeProject(const QString& name = QStringLiteral("project.tally"));
    QTemporaryDir m_dir;
};

std::unique_ptr<Project> TestImageImport::makeProject(const QString& name)
{
    const QString file = path(name);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile::remove(file);
    auto p = Project::create(file);
    return p ? std::move(p).value() : nullptr;
}

void TestImageImport::measureReadsHeaderAndRefusesCutFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("jpg") << QStringLiteral("jpg");
    QTest::newRow("bmp") << QStringLiteral("bmp");
}

void TestImageImport::measureReadsHeaderAndRefusesCutFiles()
{
    QFETCH(QString, format);
    const QString file = path(QStringLiteral("img.") + format);
    QVERIFY(test::writeImage(file, 37, 23, qPrintable(format), 5));
    const QByteArray bytes = fileBytes(file);
    const Result<SampleRecord> whole = measureImageBytes(bytes, file);
    QVERIFY2(whole.isOk(), qPrintable(whole.error().toString()));
    QCOMPARE(whole.value().width, 37);
    QCOMPARE(whole.value().height, 23);
    QCOMPARE(whole.value().kind, SampleKind::Image);
    QCOMPARE(whole.value().contentHash, sha1Of(file));

    const Result<SampleRecord> cut = measureImageBytes(bytes.left(bytes.size() / 2), file);
    QVERIFY(!cut.isOk());
    QCOMPARE(cut.error().path, file);
    QVERIFY2(cut.error().reason.contains(QStringLiteral("truncated")),
             qPrintable(cut.error().reason));

    const Result<SampleRecord> garbage = measureImageBytes(QByteArray(500, 'x'), file);
    QVERIFY(!garbage.isOk());
    QCOMPARE(garbage.error().path, file);
    QVERIFY(!measureImageBytes(QByteArray(), file).isOk());
}

void TestImageImport::formatNames()
{
    for (ImageFormat f :
         {ImageFormat::Images, ImageFormat::Coco, ImageFormat::Voc, ImageFormat::Yolo})
        QCOMPARE(parseImageFormat(imageFormatName(f).toUpper()), std::optional<ImageFormat>(f));
    QCOMPARE(imageFormatName(ImageFormat::Voc), QStringLiteral("voc"));
    QVERIFY(!parseImageFormat(QStringLiteral("speech-commands")).has_value());
    QVERIFY(ImageImporter::isImageFileName(QStringLiteral("a/b.JPEG")));
    QVERIFY(!ImageImporter::isImageFileName(QStringLiteral("a.png/b.txt")));
}

void TestImageImport::folderWithClassSubfolders()
{
    QVERIFY(test::writeImage(path("root/cat/a.png"), 40, 30, "png", 1));
    QVERIFY(test::writeImage(path("root/cat/b.jpg"), 50, 20, "jpg", 2));
    QVERIFY(test::writeImage(path("root/dog/deep/c.bmp"), 10, 12, "bmp", 3));
    QVERIFY(test::writeImage(path("root/top.png"), 8, 6, "png", 4));
    QVERIFY(test::writeImage(path("root/.hidden.png"), 8, 6, "png", 5));
    QVERIFY(
        test::writeImage(path("root/.cache/x.png"), 8, 6, "png", 6)); // hidden folder: not entered
    QVERIFY(test::writeBytes(path("root/cat/.DS_Store"), "x"));
    QVERIFY(test::writeBytes(path("root/notes.txt"), "notes"));
    auto project = makeProject();
    QVERIFY(project);
    int lastDone = -1, lastTotal = -1;
    const ImportReport r = ImageImporter::run(
        *project, ImageFormat::Images, path("root"),
        ImportOptions{QStringLiteral("CC-BY-4.0"), QStringLiteral("camera"), 2}, [&](int d, int t) {
            lastDone = d;
            lastTotal = t;
        });
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
    QCOMPARE(r.imported, 4);
    QCOMPARE(r.skipped, 3);
    QCOMPARE(r.boxes, 0);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, 7);

    struct Expected
    {
        const char* rel;
        int w;
        int h;
        const char* cls;
    };
    for (const Expected& e :
         {Expected{"root/cat/a.png", 40, 30, "cat"}, Expected{"root/cat/b.jpg", 50, 20, "cat"},
          Expected{"root/dog/deep/c.bmp", 10, 12, "dog"}, Expected{"root/top.png", 8, 6, ""}}) {
        const Result<SampleRecord> s =
            project->sampleByPath(stored(*project, QLatin1String(e.rel)));
        QVERIFY2(s.isOk(), e.rel);
        QCOMPARE(s.value().kind, SampleKind::Image);
        QCOMPARE(s.value().width, e.w);
        QCOMPARE(s.value().height, e.h);
        QCOMPARE(s.value().className, QLatin1String(e.cls));
        QCOMPARE(s.value().contentHash, sha1Of(path(QLatin1String(e.rel))));
        QCOMPARE(s.value().licence, QStringLiteral("CC-BY-4.0"));
        QCOMPARE(s.value().source, QStringLiteral("camera"));
        QVERIFY(s.value().groupKey.isEmpty());
    }
    QVERIFY(!project->sampleByPath(stored(*project, "root/.hidden.png")).isOk());
    QVERIFY(!project->sampleByPath(stored(*project, "root/.cache/x.png")).isOk());

    const ImportReport again =
        ImageImporter::run(*project, ImageFormat::Images, path("root"), ImportOptions{});
    QCOMPARE(again.duplicates, 4);
    QCOMPARE(again.imported, 0);
    QCOMPARE(project->sampleCount(), 4);

    const ImportReport notFolder =
        ImageImporter::run(*project, ImageFormat::Images, path("root/top.png"), ImportOptions{});
    QCOMPARE(notFolder.errors.size(), 1);
    QCOMPARE(notFolder.errors[0].path, path("root/top.png"));
}

void TestImageImport::cocoBoxesClassesAnnotators()
{
    QVERIFY(test::writeImage(path("set/images/a.png"), 100, 80, "png", 1));
    QVERIFY(test::writeImage(path("set/images/sub/b.jpg"), 64, 48, "jpg", 2));
    QVERIFY(writeText(path("set/coco.json"), QStringLiteral(R"({
        "images": [{"id": 1, "file_name": "a.png", "width": 100, "height": 80},
                   {"id": "b", "file_name": "sub/b.jpg", "width": 64, "height": 48}],
        "categories": [{"id": 1, "name": "person"}, {"id": 7, "name": "dog", "supercategory": "animal"}],
        "annotations": [
            {"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 20, 30, 40], "area": 1200, "iscrowd": 0},
            {"id": 2, "image_id": 1, "category_id": 7, "bbox": [0.5, 0, 99.5, 80.6], "annotator": "alice"},
            {"id": 3, "image_id": "b", "category_id": 7, "bbox": [-0.75, 1.5, 3, 4]}
        ]})")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = ImageImporter::run(*project, ImageFormat::Coco, path("set/coco.json"),
                                              ImportOptions{QStringLiteral("CC0-1.0"), {}, 500});
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.boxes, 3);
    const SampleRecord a = project->sampleByPath(stored(*project, "set/images/a.png")).value();
    QCOMPARE(a.kind, SampleKind::Image);
    QCOMPARE(a.width, 100);
    QCOMPARE(a.contentHash, sha1Of(path("set/images/a.png")));
    QCOMPARE(a.licence, QStringLiteral("CC0-1.0"));
    // The second box sticks out by 0.6 px at the bottom: clamped to the image.
    QCOMPARE(boxTexts(*project, a.id),
             (QStringList{"person/imported 10 20 30 40", "dog/alice 0.5 0 99.5 80"}));
    const SampleRecord b = project->sampleByPath(stored(*project, "set/images/sub/b.jpg")).value();
    QCOMPARE(b.height, 48);
    QCOMPARE(boxTexts(*project, b.id), (QStringList{"dog/imported 0 1.5 2.25 4"}));
    QVERIFY(project->classNames().contains(QStringLiteral("person")));
    QVERIFY(project->classNames().contains(QStringLiteral("dog")));
    QVERIFY(Annotators(*project).annotator(QStringLiteral("alice")).isOk());
}

void TestImageImport::cocoReportsEachBadInput()
{
    QVERIFY(test::writeImage(path("set/a.png"), 100, 80, "png", 1));
    QVERIFY(test::writeImage(path("set/b.png"), 64, 48, "png", 2));
    QVERIFY(test::writeImage(path("whole.png"), 64, 48, "png", 3));
    const QByteArray png = fileBytes(path("whole.png"));
    QVERIFY(test::writeBytes(path("set/trunc.png"), png.left(png.size() / 2)));
    QVERIFY(test::writeBytes(path("set/garbage.png"), QByteArray(300, '\x42')));
    QVERIFY(writeText(path("set/instances.json"), QStringLiteral(R"({
        "images": [{"id": 1, "file_name": "a.png"}, {"id": 2, "file_name": "b.png", "width": 64, "height": 48},
                   {"id": 3, "file_name": "trunc.png"}, {"id": 4, "file_name": "garbage.png"},
                   {"id": 5, "file_name": "missing.png"}],
        "categories": [{"id": 1, "name": "person"}, {"id": 2, "name": "dog"}],
        "annotations": [
            {"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 20, 30, 40]},
            {"id": 3, "image_id": 2, "category_id": 1, "bbox": [50, 40, 30, 30]},
            {"id": 4, "image_id": 2, "category_id": 1, "bbox": [5, 5, -3, 10]},
            {"id": 5, "category_id": 1, "bbox": [1, 1, 2, 2]},
            {"id": 6, "image_id": 2, "category_id": 99, "bbox": [1, 1, 2, 2]},
            {"id": 7, "image_id": 77, "category_id": 1, "bbox": [1, 1, 2, 2]},
            {"id": 8, "image_id": 2, "category_id": 2, "bbox": [1, 2, 3, 4]},
            {"id": 9, "image_id": 3, "category_id": 2, "bbox": [1, 2, 3, 4]},
            {"id": 10, "image_id": 2, "bbox": [1, 2, 3, 4]}
        ]})")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Coco, path("set"), ImportOptions{});
    const QString all = errorText(r);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.boxes, 2);
    QVERIFY2(countErrors(r, "set/instances.json",
                         "annotation 3 (b.png): the box at (50, 40) of 30 × 30 pixels lies "
                         "outside the 64 × 48 image") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "set/instances.json",
                         "annotation 4: the box's size -3 × 10 is not positive") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "set/instances.json", "annotation 5: no image_id") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "set/instances.json",
                         "annotation 6: category_id 99 is not in categories") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "set/instances.json", "annotation 7: image_id 77 is not in images") ==
                 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "set/instances.json", "annotation 10: no category_id") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "set/trunc.png", "truncated") == 1, qPrintable(all));
    QVERIFY2(countErrors(r, "set/garbage.png", "not an image") == 1, qPrintable(all));
    QVERIFY2(countErrors(r, "set/missing.png", "image file not found") == 1, qPrintable(all));
    QCOMPARE(r.errors.size(), 9);

    const SampleRecord a = project->sampleByPath(stored(*project, "set/a.png")).value();
    QCOMPARE(boxTexts(*project, a.id), QStringList{"person/imported 10 20 30 40"});
    const SampleRecord b = project->sampleByPath(stored(*project, "set/b.png")).value();
    QCOMPARE(boxTexts(*project, b.id), QStringList{"dog/imported 1 2 3 4"});
    QVERIFY(!project->sampleByPath(stored(*project, "set/trunc.png")).isOk());
    QVERIFY(!project->sampleByPath(stored(*project, "set/garbage.png")).isOk());
    QCOMPARE(project->sampleCount(), 2);
    QCOMPARE(Boxes(*project).allBoxes().size(), 2);
    verifyNothingHalfWritten(*project);
}

void TestImageImport::cocoBrokenJson()
{
    QVERIFY(test::writeImage(path("set/a.png"), 10, 10, "png", 1));
    QVERIFY(writeText(path("set/broken.json"),
                      QStringLiteral(R"({"images": [{"id": 1, "file_name": "a.png"},)")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Coco, path("set"), ImportOptions{});
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].path, path("set/broken.json"));
    QVERIFY2(r.errors[0].reason.contains(QStringLiteral("broken JSON")),
             qPrintable(r.errors[0].reason));
    QCOMPARE(r.imported, 0);
    QCOMPARE(project->sampleCount(), 0);

    const ImportReport none =
        ImageImporter::run(*project, ImageFormat::Coco, path("nothing-here"), ImportOptions{});
    QCOMPARE(none.errors.size(), 1);
    QVERIFY(QDir().mkpath(path("empty")));
    const ImportReport empty =
        ImageImporter::run(*project, ImageFormat::Coco, path("empty"), ImportOptions{});
    QCOMPARE(empty.errors.size(), 1);
    QVERIFY2(empty.errors[0].reason.contains(QStringLiteral("no COCO JSON")),
             qPrintable(empty.errors[0].reason));
}

// A large annotations array is parsed a few thousand elements at a time: the boxes, the
// numbering in messages and a broken element's message (Qt's, at the byte of the whole
// file) are what one whole-document parse gives; an "annotations" key spelled with an
// escape is still read.
void TestImageImport::cocoReadInChunks()
{
    QVERIFY(test::writeImage(path("big/a.png"), 100, 80, "png", 1));
    QVERIFY(test::writeImage(path("big/b.png"), 64, 48, "png", 2));
    auto annotations = [](int n) {
        QStringList items;
        for (int i = 0; i < n; ++i) {
            if (i == 5000)
                items << QStringLiteral("\"not an object\"");
            else if (i == 9000)
                items << QStringLiteral(R"({"image_id": 2, "category_id": 1, "bbox": [1, 1]})");
            else
                items << QStringLiteral(R"({"id": %1, "image_id": %2, "category_id": 1, )"
                                        R"("bbox": [%3, 2, 3, 4], "note": "a, [b] {c} \"d\""})")
                             .arg(i + 1)
                             .arg(i % 2 + 1)
                             .arg(i % 50);
        }
        return items.join(QStringLiteral(",\n "));
    };
    const QString head = QStringLiteral(
        R"({"info": {"annotations": []}, "images": [{"id": 1, "file_name": "a.png"},)"
        R"( {"id": 2, "file_name": "b.png"}], "categories": [{"id": 1, "name": "thing"}],)");
    QVERIFY(writeText(path("big/coco.json"), head + QStringLiteral(" \"annotations\" : [") +
                                                 annotations(10000) +
                                                 QStringLiteral("], \"licenses\": []}")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Coco, path("big/coco.json"), ImportOptions{});
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.boxes, 9998);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(countErrors(r, "big/coco.json", "annotation #5001: not an object") == 1,
             qPrintable(errorText(r)));
    QVERIFY2(countErrors(r, "big/coco.json", "annotation #9001: bbox is not") == 1,
             qPrintable(errorText(r)));

    // A broken element in the third chunk: the message names the byte Qt's parser gives
    // for the whole file.
    QString broken =
        head + QStringLiteral(" \"annotations\": [") + annotations(10000) + QStringLiteral("]}");
    broken.replace(QStringLiteral(R"("id": 9500,)"), QStringLiteral(R"("id": 9500,,)"));
    QVERIFY(writeText(path("broken/coco.json"), broken));
    QJsonParseError reference;
    QJsonDocument::fromJson(broken.toUtf8(), &reference);
    QVERIFY(reference.error != QJsonParseError::NoError);
    auto other = makeProject(QStringLiteral("other.tally"));
    QVERIFY(other);
    const ImportReport b =
        ImageImporter::run(*other, ImageFormat::Coco, path("broken/coco.json"), ImportOptions{});
    QCOMPARE(b.errors.size(), 1);
    QCOMPARE(b.errors[0].reason, QStringLiteral("broken JSON at byte %1: %2")
                                     .arg(reference.offset)
                                     .arg(reference.errorString()));
    QCOMPARE(b.imported, 0);
    QCOMPARE(other->sampleCount(), 0);

    // The key spelled with an escape: read by the whole-document parse.
    QVERIFY(test::writeImage(path("escaped/a.png"), 100, 80, "png", 1));
    QVERIFY(test::writeImage(path("escaped/b.png"), 64, 48, "png", 2));
    QVERIFY(writeText(path("escaped/coco.json"), head +
                                                     QStringLiteral(R"( "annot\u0061tions": [)") +
                                                     annotations(3) + QStringLiteral("]}")));
    auto third = makeProject(QStringLiteral("third.tally"));
    QVERIFY(third);
    const ImportReport e =
        ImageImporter::run(*third, ImageFormat::Coco, path("escaped/coco.json"), ImportOptions{});
    QVERIFY2(e.errors.isEmpty(), qPrintable(errorText(e)));
    QCOMPARE(e.boxes, 3);
}

void TestImageImport::cocoFolderWithAnnotationsSubfolder()
{
    // The JSON in annotations/, file names relative to the folder given.
    QVERIFY(test::writeImage(path("set/val/a.png"), 20, 10, "png", 1));
    QVERIFY(writeText(path("set/annotations/instances_val.json"), QStringLiteral(R"({
        "images": [{"id": 1, "file_name": "val/a.png", "width": 20, "height": 10}],
        "categories": [{"id": 1, "name": "cup"}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 20, 10]}]})")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Coco, path("set"), ImportOptions{});
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
    QCOMPARE(r.imported, 1);
    const SampleRecord a = project->sampleByPath(stored(*project, "set/val/a.png")).value();
    QCOMPARE(boxTexts(*project, a.id), QStringList{"cup/imported 0 0 20 10"});
}

namespace {

QString vocXml(const QString& size, const QString& objects, const QString& fileAnnotator = {})
{
    return QStringLiteral("<annotation>\n  <folder>JPEGImages</folder>\n  "
                          "<filename>x.png</filename>\n%1%2%3</annotation>\n")
        .arg(size,
             fileAnnotator.isEmpty()
                 ? QString()
                 : QStringLiteral("  <annotator>%1</annotator>\n").arg(fileAnnotator),
             objects);
}

QString vocSize(int w, int h)
{
    return QStringLiteral("  <size><width>%1</width><height>%2</height><depth>3</depth></size>\n")
        .arg(w)
        .arg(h);
}

QString vocObject(const QString& name, const QString& xmin, const QString& ymin,
                  const QString& xmax, const QString& ymax, const QString& annotator = {})
{
    return QStringLiteral(
               "  <object><name>%1</name>%2<pose>Unspecified</pose><difficult>0</difficult>"
               "<bndbox><xmin>%3</xmin><ymin>%4</ymin><xmax>%5</xmax><ymax>%6</ymax></bndbox>"
               "<part><name>hand</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>2</xmax><ymax>2</"
               "ymax>"
               "</bndbox></part></object>\n")
        .arg(name,
             annotator.isEmpty() ? QString()
                                 : QStringLiteral("<annotator>%1</annotator>").arg(annotator),
             xmin, ymin, xmax, ymax);
}

} // namespace

void TestImageImport::vocIntegerAndFloatCoordinates()
{
    QVERIFY(test::writeImage(path("VOC/JPEGImages/a.png"), 100, 80, "png", 1));
    QVERIFY(test::writeImage(path("VOC/JPEGImages/b.jpg"), 100, 80, "jpg", 2));
    QVERIFY(test::writeImage(path("VOC/JPEGImages/c.png"), 30, 20, "png", 3));
    QVERIFY(test::writeImage(path("VOC/SegmentationClass/a.png"), 100, 80, "png", 4));
    QVERIFY(writeText(path("VOC/ImageSets/Main/train.txt"), QStringLiteral("a\nb\nc\n")));
    // Integers: VOCdevkit's 1-based pixels. xmin = 1 is the image's first column.
    QVERIFY(writeText(path("VOC/Annotations/a.xml"),
                      vocXml(vocSize(100, 80),
                             vocObject("dog", "1", "1", "50", "40") +
                                 vocObject("cat", "51", "41", "100", "80", "bob"),
                             QStringLiteral("carol"))));
    // One float in the file: 0-based float coordinates for every object.
    QVERIFY(writeText(path("VOC/Annotations/b.xml"),
                      vocXml(vocSize(100, 80), vocObject("dog", "10.5", "20.25", "30.5", "40.25") +
                                                   vocObject("cat", "0", "0", "100", "80"))));
    // Bad boxes: xmax before xmin; outside the image.
    QVERIFY(writeText(path("VOC/Annotations/c.xml"),
                      vocXml(vocSize(30, 20), vocObject("dog", "20", "5", "10", "10") +
                                                  vocObject("cat", "5", "5", "40", "10") +
                                                  vocObject("cat", "1", "1", "30", "20"))));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Voc, path("VOC"), ImportOptions{});
    const QString all = errorText(r);
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.skipped, 2); // SegmentationClass/a.png, ImageSets/Main/train.txt
    QCOMPARE(r.boxes, 5);
    QVERIFY2(
        countErrors(r, "Annotations/c.xml",
                    "object 1 (dog): xmin 20, xmax 10, ymin 5, ymax 10 give no positive size") == 1,
        qPrintable(all));
    QVERIFY2(countErrors(r, "Annotations/c.xml",
                         "object 2 (cat) (c.png): the box at (4, 4) of 36 × 6 pixels lies outside "
                         "the 30 × 20 image") == 1,
             qPrintable(all));
    QCOMPARE(r.errors.size(), 2);

    const SampleRecord a = project->sampleByPath(stored(*project, "VOC/JPEGImages/a.png")).value();
    QCOMPARE(boxTexts(*project, a.id), (QStringList{"dog/carol 0 0 50 40", "cat/bob 50 40 50 40"}));
    const SampleRecord b = project->sampleByPath(stored(*project, "VOC/JPEGImages/b.jpg")).value();
    QCOMPARE(boxTexts(*project, b.id),
             (QStringList{"dog/imported 10.5 20.25 20 20", "cat/imported 0 0 100 80"}));
    const SampleRecord c = project->sampleByPath(stored(*project, "VOC/JPEGImages/c.png")).value();
    QCOMPARE(boxTexts(*project, c.id), QStringList{"cat/imported 0 0 30 20"});
    verifyNothingHalfWritten(*project);
}

void TestImageImport::vocBesideImagesAndBadFiles()
{
    QVERIFY(test::writeImage(path("flat/a.png"), 40, 30, "png", 1));
    QVERIFY(test::writeImage(path("flat/nosize.png"), 40, 30, "png", 2));
    QVERIFY(test::writeImage(path("flat/broken.png"), 40, 30, "png", 3));
    QVERIFY(test::writeImage(path("flat/bare.png"), 40, 30, "png", 4));
    QVERIFY(test::writeImage(path("flat/wrongsize.png"), 40, 30, "png", 5));
    QVERIFY(writeText(path("flat/a.xml"),
                      vocXml(vocSize(40, 30), vocObject("dog", "2", "3", "11", "13"))));
    QVERIFY(writeText(path("flat/nosize.xml"),
                      vocXml(QString(), vocObject("dog", "2", "3", "11", "13"))));
    QVERIFY(writeText(path("flat/broken.xml"),
                      QStringLiteral("<annotation><size><width>40</width></annotation>")));
    QVERIFY(writeText(path("flat/wrongsize.xml"),
                      vocXml(vocSize(80, 60), vocObject("dog", "2", "3", "11", "13"))));
    QVERIFY(writeText(path("flat/orphan.xml"),
                      vocXml(vocSize(40, 30), vocObject("dog", "2", "3", "11", "13"))));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Voc, path("flat"), ImportOptions{});
    const QString all = errorText(r);
    QCOMPARE(r.imported, 5);
    QCOMPARE(r.boxes, 2);
    QVERIFY2(countErrors(r, "flat/nosize.xml", "no <size>") == 1, qPrintable(all));
    QVERIFY2(countErrors(r, "flat/broken.xml", "broken XML at line 1") == 1, qPrintable(all));
    QVERIFY2(countErrors(r, "flat/wrongsize.xml",
                         "gives wrongsize.png the size 80 × 60 but the image is 40 × 30") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "flat/orphan.xml", "no image") == 1, qPrintable(all));
    QCOMPARE(r.errors.size(), 4);
    const SampleRecord a = project->sampleByPath(stored(*project, "flat/a.png")).value();
    QCOMPARE(boxTexts(*project, a.id), QStringList{"dog/imported 1 2 10 11"});
    const SampleRecord n = project->sampleByPath(stored(*project, "flat/nosize.png")).value();
    QCOMPARE(n.width, 40); // imported with its header size, without boxes
    QVERIFY(boxTexts(*project, n.id).isEmpty());
    verifyNothingHalfWritten(*project);
}

void TestImageImport::yoloNames_data()
{
    QTest::addColumn<QString>("namesFile");
    QTest::addColumn<QString>("text");
    QTest::newRow("yaml block list")
        << "data.yaml"
        << "path: .\ntrain: images/train\nnames:\n  - cat # first\n  - 'hot dog'\nnc: 2\n";
    QTest::newRow("yaml flow list") << "data.yaml"
                                    << "nc: 2\nnames: ['cat', \"hot dog\"]\n";
    QTest::newRow("yaml block map") << "data.yaml"
                                    << "names:\n  1: hot dog\n  0: cat\ntrain: images/train\n";
    QTest::newRow("yaml flow map") << "data.yml"
                                   << "names: {0: cat,\n  1: 'hot dog'}\n";
    QTest::newRow("classes.txt") << "classes.txt"
                                 << "cat\nhot dog\n\n";
    QTest::newRow("labels/classes.txt") << "labels/classes.txt"
                                        << "cat\r\nhot dog\r\n";
}

void TestImageImport::yoloNames()
{
    QFETCH(QString, namesFile);
    QFETCH(QString, text);
    const QString root =
        path(QString::fromLatin1(QTest::currentDataTag())
                 .replace(QRegularExpression(QStringLiteral("[ /.]")), QStringLiteral("_")));
    QVERIFY(test::writeImage(root + "/images/train/a.png", 100, 50, "png", 1));
    QVERIFY(test::writeImage(root + "/images/val/b.png", 40, 40, "png", 2));
    QVERIFY(test::writeImage(root + "/images/val/empty.png", 40, 40, "png", 3));
    QVERIFY(writeText(root + "/labels/train/a.txt", "0 0.5 0.5 0.2 0.4\n1 0.25 0.5 0.5 1.0\n"));
    QVERIFY(writeText(root + "/labels/val/b.txt", "1 0.5 0.5 0.5 0.25\n"));
    QVERIFY(writeText(root + '/' + namesFile, text));
    auto project = Project::create(root + ".tally"); // beside the root, not in it
    QVERIFY(project);
    Project& p = *project.value();
    const ImportReport r = ImageImporter::run(p, ImageFormat::Yolo, root, ImportOptions{});
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorText(r)));
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.boxes, 3);
    const SampleRecord a = p.sampleByPath(p.toStoredPath(root + "/images/train/a.png")).value();
    QCOMPARE(boxTexts(p, a.id),
             (QStringList{"cat/imported 40 15 20 20", "hot dog/imported 0 0 50 50"}));
    const SampleRecord b = p.sampleByPath(p.toStoredPath(root + "/images/val/b.png")).value();
    QCOMPARE(boxTexts(p, b.id), QStringList{"hot dog/imported 10 15 20 10"});
}

void TestImageImport::yoloBadRowsAreFileAndLine()
{
    // Flat: labels beside the images, names in classes.txt.
    QVERIFY(test::writeImage(path("flat/a.png"), 100, 50, "png", 1));
    QVERIFY(test::writeImage(path("flat/b.png"), 100, 50, "png", 2));
    QVERIFY(writeText(path("flat/classes.txt"), "cat\ndog\n"));
    QVERIFY(writeText(path("flat/a.txt"), "1 0.5 0.5 0.2 0.2\n"
                                          "0 0.5 1.2 0.1 0.1\n"
                                          "5 0.5 0.5 0.1 0.1\n"
                                          "0 0.5 0.5 0.1\n"
                                          "\n"
                                          "0 0.95 0.5 0.2 0.2\n"
                                          "0 0.995 0.5 0.02 0.2\n"
                                          "0 0.5 0.5 0 0.1\n"));
    QVERIFY(writeText(path("flat/b.txt"), "0 0.5 0.5 1 1\n"));
    QVERIFY(writeText(path("flat/README.txt"), "about\n"));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Yolo, path("flat"), ImportOptions{});
    const QString all = errorText(r);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.boxes, 3);
    QCOMPARE(r.skipped, 1); // README.txt
    QVERIFY2(countErrors(r, "flat/a.txt", "line 2: value 1.2 is outside 0–1") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "flat/a.txt", "line 3: class id 5 is not in classes.txt") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "flat/a.txt", "line 4: expected 5 values") == 1, qPrintable(all));
    QVERIFY2(countErrors(r, "flat/a.txt",
                         "line 6 (a.png): the box at (85, 20) of 20 × 10 pixels lies outside") == 1,
             qPrintable(all));
    QVERIFY2(countErrors(r, "flat/a.txt", "line 8: the box's size 0 × 0.1 is not positive") == 1,
             qPrintable(all));
    QCOMPARE(r.errors.size(), 5);
    const SampleRecord a = project->sampleByPath(stored(*project, "flat/a.png")).value();
    // Line 7 sticks out by 0.5 px on the right: clamped to x 98.5 .. 100.
    QCOMPARE(boxTexts(*project, a.id),
             (QStringList{"dog/imported 40 20 20 10", "cat/imported 98.5 20 1.5 10"}));
    verifyNothingHalfWritten(*project);

    // Without a names file: reported once, the boxes named by their ids.
    QVERIFY(test::writeImage(path("nonames/x.png"), 10, 10, "png", 3));
    QVERIFY(writeText(path("nonames/x.txt"), "3 0.5 0.5 0.5 0.5\n"));
    const ImportReport n =
        ImageImporter::run(*project, ImageFormat::Yolo, path("nonames"), ImportOptions{});
    QCOMPARE(n.errors.size(), 1);
    QCOMPARE(n.errors[0].path, path("nonames"));
    const SampleRecord x = project->sampleByPath(stored(*project, "nonames/x.png")).value();
    QCOMPARE(boxTexts(*project, x.id), QStringList{"3/imported 2.5 2.5 5 5"});
}

QTEST_GUILESS_MAIN(TestImageImport)
#include "test_image_import.moc"
