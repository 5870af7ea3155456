// Round trips through formats/ImageImporter and formats/BoxExporter, as issue 6 asks:
// COCO -> Tally -> COCO (float pixel boxes, category ids that are neither contiguous
// nor sorted, a box filling its image) and Pascal VOC -> Tally -> YOLO -> Tally -> VOC
// (integer 1-based VOCdevkit corners, boxes on the image edges), every coordinate equal
// within half a pixel and every image the same size, class and box count.
#include "TestSupport.h"
#include "formats/BoxExporter.h"
#include "formats/ImageImporter.h"
#include "store/Boxes.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

using namespace tally;

namespace {

// One box in a format's own numbers: COCO x, y, w, h; VOC xmin, ymin, xmax, ymax.
struct Box
{
    QString name;
    double a, b, c, d;
};

// Image name -> its size and boxes.
struct Annotated
{
    int width = 0;
    int height = 0;
    QList<Box> boxes;
};
using Dataset = QMap<QString, Annotated>;

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeText(const QString& path, const QByteArray& bytes)
{
    return test::writeBytes(path, bytes);
}

// Boxes in a canonical order, so that two readings can be compared pairwise.
void sortBoxes(Dataset& d)
{
    for (Annotated& im : d)
        std::sort(im.boxes.begin(), im.boxes.end(), [](const Box& l, const Box& r) {
            return std::tie(l.name, l.a, l.b, l.c, l.d) < std::tie(r.name, r.a, r.b, r.c, r.d);
        });
}

// Every image, size and box of `got` matches `want` within tolerance pixels.
void compareDatasets(Dataset want, Dataset got, double tolerance)
{
    sortBoxes(want);
    sortBoxes(got);
    QCOMPARE(got.keys(), want.keys());
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const Annotated& w = it.value();
        const Annotated& g = got.value(it.key());
        QCOMPARE(g.width, w.width);
        QCOMPARE(g.height, w.height);
        QCOMPARE(g.boxes.size(), w.boxes.size());
        for (qsizetype i = 0; i < w.boxes.size(); ++i) {
            const Box& wb = w.boxes[i];
            const Box& gb = g.boxes[i];
            QCOMPARE(gb.name, wb.name);
            const std::initializer_list<std::pair<double, double>> pairs{
                {gb.a, wb.a}, {gb.b, wb.b}, {gb.c, wb.c}, {gb.d, wb.d}};
            for (const auto& [x, y] : pairs)
                QVERIFY2(std::abs(x - y) <= tolerance,
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(x).arg(y)));
        }
    }
}

// ---- COCO ----

QByteArray cocoJson(const Dataset& d, const QMap<QString, int>& categoryIds)
{
    QJsonArray images, annotations, categories;
    for (auto c = categoryIds.cbegin(); c != categoryIds.cend(); ++c)
        categories.append(QJsonObject{{"id", c.value()}, {"name", c.key()}});
    int imageId = 100;
    int annotationId = 5000;
    for (auto it = d.cbegin(); it != d.cend(); ++it, imageId += 7) {
        images.append(QJsonObject{{"id", imageId},
                                  {"file_name", it.key()},
                                  {"width", it.value().width},
                                  {"height", it.value().height}});
        for (const Box& b : it.value().boxes)
            annotations.append(QJsonObject{{"id", annotationId++},
                                           {"image_id", imageId},
                                           {"category_id", categoryIds.value(b.name)},
                                           {"bbox", QJsonArray{b.a, b.b, b.c, b.d}},
                                           {"area", b.c * b.d},
                                           {"iscrowd", 0}});
    }
    const QJsonObject root{
        {"images", images}, {"annotations", annotations}, {"categories", categories}};
    return QJsonDocument(root).toJson();
}

// A COCO file read back: image file base name -> size and boxes.
Dataset readCoco(const QString& path)
{
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    QHash<int, QString> categories;
    for (const QJsonValue& c : root.value("categories").toArray())
        categories.insert(c.toObject().value("id").toInt(), c.toObject().value("name").toString());
    QHash<qint64, QString> nameOf;
    Dataset d;
    for (const QJsonValue& v : root.value("images").toArray()) {
        const QJsonObject im = v.toObject();
        const QString name = QFileInfo(im.value("file_name").toString()).fileName();
        nameOf.insert(im.value("id").toInteger(), name);
        d[name].width = im.value("width").toInt();
        d[name].height = im.value("height").toInt();
    }
    for (const QJsonValue& v : root.value("annotations").toArray()) {
        const QJsonObject a = v.toObject();
        const QJsonArray bbox = a.value("bbox").toArray();
        d[nameOf.value(a.value("image_id").toInteger())].boxes.append(
            Box{categories.value(a.value("category_id").toInt()), bbox[0].toDouble(),
                bbox[1].toDouble(), bbox[2].toDouble(), bbox[3].toDouble()});
    }
    return d;
}

// ---- Pascal VOC ----

QByteArray vocXml(const QString& fileName, const Annotated& im)
{
    QString xml =
        QStringLiteral("<annotation><folder>JPEGImages</folder><filename>%1</filename>"
                       "<size><width>%2</width><height>%3</height><depth>3</depth></size>")
            .arg(fileName)
            .arg(im.width)
            .arg(im.height);
    for (const Box& b : im.boxes)
        xml +=
            QStringLiteral("<object><name>%1</name><difficult>0</difficult><bndbox><xmin>%2</xmin>"
                           "<ymin>%3</ymin><xmax>%4</xmax><ymax>%5</ymax></bndbox></object>")
                .arg(b.name)
                .arg(b.a)
                .arg(b.b)
                .arg(b.c)
                .arg(b.d);
    return (xml + QStringLiteral("</annotation>\n")).toUtf8();
}

// Every OUT/Annotations/*.xml read back: filename -> size and boxes.
Dataset readVoc(const QString& folder)
{
    Dataset d;
    const QDir annotations(folder + QStringLiteral("/Annotations"));
    for (const QString& file : annotations.entryList({QStringLiteral("*.xml")}, QDir::Files)) {
        QXmlStreamReader r(fileBytes(annotations.filePath(file)));
        Annotated im;
        QString name;
        Box box;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString tag = r.name().toString();
            if (tag == "annotation" || tag == "size" || tag == "object" || tag == "bndbox")
                continue; // descend
            const QString text = r.readElementText(QXmlStreamReader::SkipChildElements);
            if (tag == "filename")
                name = text;
            else if (tag == "width")
                im.width = text.toInt();
            else if (tag == "height")
                im.height = text.toInt();
            else if (tag == "name")
                box.name = text;
            else if (tag == "xmin")
                box.a = text.toDouble();
            else if (tag == "ymin")
                box.b = text.toDouble();
            else if (tag == "xmax")
                box.c = text.toDouble();
            else if (tag == "ymax") {
                box.d = text.toDouble();
                im.boxes.append(box);
            }
        }
        if (r.hasError())
            qWarning() << file << r.errorString();
        d.insert(name, im);
    }
    return d;
}

} // namespace

class TestBoxRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cocoToTallyToCoco();
    void vocToYoloToVoc();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    // Imports path in format into a new project name.tally; empty on failure.
    std::unique_ptr<Project> imported(const QString& name, ImageFormat format, const QString& path,
                                      int images);
    QString exported(Project& project, BoxExportFormat format, const QString& name);

    QTemporaryDir m_dir;
};

std::unique_ptr<Project> TestBoxRoundTrip::imported(const QString& name, ImageFormat format,
                                                    const QString& source, int images)
{
    auto p = Project::create(path(name + QStringLiteral(".tally")));
    if (!p)
        return nullptr;
    const ImportReport r = ImageImporter::run(*p.value(), format, source, ImportOptions{});
    for (const Error& e : r.errors)
        qWarning() << e.toString();
    if (r.imported != images || !r.errors.isEmpty())
        return nullptr;
    return std::move(p).value();
}

QString TestBoxRoundTrip::exported(Project& project, BoxExportFormat format, const QString& name)
{
    BoxExportOptions o;
    o.format = format;
    o.folder = path(name);
    const ExportReport r = BoxExporter::run(project, o);
    for (const Error& e : r.errors)
        qWarning() << e.toString();
    return r.errors.isEmpty() ? r.folder : QString();
}

void TestBoxRoundTrip::cocoToTallyToCoco()
{
    Dataset source;
    source["street.png"] = {320,
                            240,
                            {{"person", 10.25, 20.5, 30.75, 40.125},
                             {"car", 100.4, 150.6, 80.3, 60.2},
                             {"person", 0.0, 0.0, 3.5, 2.25}}};
    source["room.png"] = {64, 48, {{"dog", 0.0, 0.0, 64.0, 48.0}}};
    source["empty.png"] = {50, 70, {}};
    source["corner.png"] = {
        200, 100, {{"traffic light", 199.0, 99.0, 1.0, 1.0}, {"car", 12.345, 67.891, 0.75, 0.5}}};
    int seed = 0;
    for (auto it = source.cbegin(); it != source.cend(); ++it)
        QVERIFY(test::writeImage(path("coco-src/images/" + it.key()), it.value().width,
                                 it.value().height, "png", seed++));
    // Ids that are neither 0- nor 1-based, nor in name order.
    const QMap<QString, int> categoryIds{
        {"person", 7}, {"car", 3}, {"dog", 12}, {"traffic light", 1}};
    QVERIFY(writeText(path("coco-src/annotations.json"), cocoJson(source, categoryIds)));

    const std::unique_ptr<Project> project =
        imported(QStringLiteral("coco"), ImageFormat::Coco, path("coco-src/annotations.json"), 4);
    QVERIFY(project);
    const QString out = exported(*project, BoxExportFormat::Coco, QStringLiteral("coco-out"));
    QVERIFY(!out.isEmpty());
    compareDatasets(source, readCoco(out + "/train.json"), 0.5);
    // The exported file names lead to the copied images.
    for (const QJsonValue& im : QJsonDocument::fromJson(fileBytes(out + "/train.json"))
                                    .object()
                                    .value("images")
                                    .toArray()) {
        const QString name = im.toObject().value("file_name").toString();
        QCOMPARE(fileBytes(QDir(out).filePath(name)),
                 fileBytes(path("coco-src/images/" + QFileInfo(name).fileName())));
    }
}

void TestBoxRoundTrip::vocToYoloToVoc()
{
    // 1-based integer corners, including boxes on the image's first and last pixels.
    Dataset source;
    source["a.png"] = {640, 480, {{"person", 1, 1, 640, 480}, {"bicycle", 101, 52, 300, 255}}};
    source["b.png"] = {
        333,
        217,
        {{"person", 17, 33, 18, 34}, {"person", 300, 200, 333, 217}, {"dog", 2, 150, 90, 216}}};
    source["c.png"] = {97, 61, {{"bicycle", 45, 1, 97, 61}}};
    int seed = 10;
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        QVERIFY(test::writeImage(path("voc-src/JPEGImages/" + it.key()), it.value().width,
                                 it.value().height, "png", seed++));
        QVERIFY(writeText(
            path("voc-src/Annotations/" + QFileInfo(it.key()).completeBaseName() + ".xml"),
            vocXml(it.key(), it.value())));
    }
    const std::unique_ptr<Project> fromVoc =
        imported(QStringLiteral("voc"), ImageFormat::Voc, path("voc-src"), 3);
    QVERIFY(fromVoc);
    const QString yolo = exported(*fromVoc, BoxExportFormat::Yolo, QStringLiteral("yolo-out"));
    QVERIFY(!yolo.isEmpty());
    const std::unique_ptr<Project> fromYolo =
        imported(QStringLiteral("yolo"), ImageFormat::Yolo, yolo, 3);
    QVERIFY(fromYolo);
    const QString voc = exported(*fromYolo, BoxExportFormat::Voc, QStringLiteral("voc-out"));
    QVERIFY(!voc.isEmpty());
    compareDatasets(source, readVoc(voc), 0.5);
    for (auto it = source.cbegin(); it != source.cend(); ++it)
        QCOMPARE(fileBytes(voc + "/JPEGImages/" + it.key()),
                 fileBytes(path("voc-src/JPEGImages/" + it.key())));
}

QTEST_GUILESS_MAIN(TestBoxRoundTrip)
#include "test_box_round_trip.moc"
