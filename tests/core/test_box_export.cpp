// formats/BoxExporter (and BoxExportFiles): a project of five images (float boxes, a box
// sticking out of its image, two annotators on one image, two images sharing a base
// name, one image missing on disk, one without a stored size) and an audio clip,
// exported in every format: COCO JSON per split, Pascal VOC XML with 1-based corners and
// image sets, YOLO rows to 6 decimals with data.yaml, Edge Impulse info.labels with
// boundingBoxes, Visual Wake Words and class folders; image bytes identical; the missing
// image reported while the rest is written; nothing left when an export is refused or
// cancelled; selectForExport still leaves classless images out of audio exports.
#include "TestSupport.h"
#include "formats/BoxExportFiles.h"
#include "formats/BoxExporter.h"
#include "formats/ExportFolder.h"
#include "formats/ExportSet.h"
#include "store/Exports.h"
#include "store/Project.h"
#include "store/SampleMeta.h"
#include "store/Splits.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tally;

namespace {

// The export's files without its marker (.tally-export.json; see refusedLeavesNothing).
QStringList filesBelow(const QString& folder)
{
    QStringList files = test::filesBelow(folder);
    files.removeAll(ExportFolder::markerFileName());
    return files;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(fileBytes(path)).object();
}

bool isEmptyFolder(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty();
}

// A VOC file as "annotation/size/width=100" lines, in document order.
QStringList xmlLeaves(const QString& path)
{
    QStringList out;
    QStringList stack;
    QString text;
    QXmlStreamReader r(fileBytes(path));
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            stack << r.name().toString();
            text.clear();
        } else if (r.isCharacters()) {
            text += r.text();
        } else if (r.isEndElement()) {
            if (!text.trimmed().isEmpty())
                out << stack.join(u'/') + u'=' + text.trimmed();
            text.clear();
            stack.removeLast();
        }
    }
    return r.hasError() ? QStringList{QStringLiteral("XML error: ") + r.errorString()} : out;
}

QJsonArray numbers(std::initializer_list<double> values)
{
    QJsonArray out;
    for (double v : values)
        out.append(v);
    return out;
}

} // namespace

class TestBoxExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatNames();
    void coco();
    void voc();
    void yolo();
    void edgeImpulse();
    void vww();
    void imageClasses();
    void annotatorOption();
    void licenceFilter();
    void refusedLeavesNothing();
    void cancelLeavesNothing();
    void audioSelectionUnchanged();
    void yamlScalars();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QString out(const QString& name) const { return path(QStringLiteral("out/") + name); }
    ExportReport run(BoxExportFormat format, const QString& folder, BoxExportOptions o = {});
    void checkImageBytes(const QString& folder, const QHash<QString, QString>& sourceOf);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QHash<QString, qint64> m_id; // file name ("a.png", "sub/a.png", ...) -> sample id
};

void TestBoxExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = Project::create(path(QStringLiteral("p.tally")));
    QVERIFY(created);
    m_project = std::move(created).value();
    struct Image
    {
        QString name;
        int width, height;
        bool storeSize;
        QString className;
        QList<ImportedBox> boxes;
    };
    const QString person = QStringLiteral("person");
    const QList<Image> images{
        {QStringLiteral("a.png"),
         100,
         80,
         true,
         {},
         {{person, {}, 10, 20, 30, 40}, {QStringLiteral("car"), {}, 0.5, 2.0, 10.5, 20.0}}},
        // Sticks out at the right and bottom: clipped to (50, 40, 14, 8).
        {QStringLiteral("b.png"), 64, 48, true, {}, {{person, {}, 50, 40, 30, 20}}},
        {QStringLiteral("sub/a.png"), 50, 50, true, QStringLiteral("street"), {}},
        // "ana" (2 boxes) outweighs "imported" (1 box); size only in the file's header.
        {QStringLiteral("c.png"),
         200,
         100,
         false,
         QStringLiteral("indoor"),
         {{person, {}, 0, 0, 100, 100},
          {person, QStringLiteral("ana"), 1, 1, 2, 2},
          {QStringLiteral("dog"), QStringLiteral("ana"), 10, 10, 5, 5}}},
        {QStringLiteral("gone.png"), 30, 30, true, {}, {{person, {}, 1, 1, 10, 10}}},
    };
    std::vector<SampleRecord> records;
    std::vector<SampleExtras> extras;
    for (int i = 0; i < images.size(); ++i) {
        const Image& im = images[i];
        const QString file = path(QStringLiteral("imgs/") + im.name);
        QVERIFY(test::writeImage(file, im.width, im.height, "png", i));
        SampleRecord r;
        r.path = m_project->toStoredPath(file);
        r.kind = SampleKind::Image;
        r.className = im.className;
        r.contentHash = QStringLiteral("hash%1").arg(i);
        r.width = im.storeSize ? im.width : 0;
        r.height = im.storeSize ? im.height : 0;
        r.licence = QStringLiteral("CC0-1.0");
        records.push_back(r);
        SampleExtras x;
        x.boxes = im.boxes;
        extras.push_back(x);
    }
    SampleRecord clip;
    clip.path = QStringLiteral("clip.wav");
    clip.className = QStringLiteral("yes");
    clip.durationSec = 1.0;
    records.push_back(clip);
    extras.push_back({});
    QVERIFY(SampleMeta(*m_project).insertSamples(records, extras));
    for (int i = 0; i < images.size(); ++i)
        m_id.insert(images[i].name, records[size_t(i)].id);
    QVERIFY(QFile::remove(path(QStringLiteral("imgs/gone.png"))));
    const QHash<qint64, QString> splits{{m_id["a.png"], QStringLiteral("training")},
                                        {m_id["b.png"], QStringLiteral("validation")},
                                        {m_id["sub/a.png"], QStringLiteral("testing")},
                                        {m_id["gone.png"], QStringLiteral("training")}};
    SplitMethod method;
    method.method = QStringLiteral("grouped");
    QVERIFY(Splits(*m_project).setSplits(splits, method));
}

ExportReport TestBoxExport::run(BoxExportFormat format, const QString& folder, BoxExportOptions o)
{
    o.format = format;
    o.folder = folder;
    return BoxExporter::run(*m_project, o);
}

// Every image written is byte for byte its source (relative path -> source name).
void TestBoxExport::checkImageBytes(const QString& folder, const QHash<QString, QString>& sourceOf)
{
    for (auto it = sourceOf.cbegin(); it != sourceOf.cend(); ++it) {
        const QByteArray written = fileBytes(QDir(folder).filePath(it.key()));
        QVERIFY2(!written.isEmpty(), qPrintable(it.key()));
        QCOMPARE(written, fileBytes(path(QStringLiteral("imgs/") + it.value())));
    }
}

void TestBoxExport::formatNames()
{
    for (BoxExportFormat f :
         {BoxExportFormat::Coco, BoxExportFormat::Voc, BoxExportFormat::Yolo,
          BoxExportFormat::EdgeImpulse, BoxExportFormat::Vww, BoxExportFormat::ImageClasses})
        QCOMPARE(parseBoxExportFormat(boxExportFormatName(f)), std::optional(f));
    QCOMPARE(boxExportFormatName(BoxExportFormat::EdgeImpulse),
             QStringLiteral("edge-impulse-boxes"));
    QCOMPARE(parseBoxExportFormat(QStringLiteral("YOLO")), std::optional(BoxExportFormat::Yolo));
    QVERIFY(!parseBoxExportFormat(QStringLiteral("edge-impulse")));
    QVERIFY(!parseBoxExportFormat(QString()));
}

void TestBoxExport::coco()
{
    const QString folder = out(QStringLiteral("coco"));
    const size_t versionsBefore = Exports(*m_project).versions().size();
    const ExportReport r = run(BoxExportFormat::Coco, folder);
    QCOMPARE(r.written, 4);
    QCOMPARE(r.skipped, 1); // the audio clip
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].path, path(QStringLiteral("imgs/gone.png")));
    QVERIFY(r.version > 0);
    QCOMPARE(Exports(*m_project).versions().size(), versionsBefore + 1);
    QCOMPARE(Exports(*m_project).versions().back().format, QStringLiteral("coco"));
    QCOMPARE(Exports(*m_project).items(r.version).value().size(), size_t(4));
    QCOMPARE(filesBelow(folder),
             (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md", "images/test/a_2.png",
                          "images/train/a.png", "images/train/c.png", "images/val/b.png",
                          "test.json", "train.json", "val.json"}));
    checkImageBytes(folder, {{"images/train/a.png", "a.png"},
                             {"images/train/c.png", "c.png"},
                             {"images/val/b.png", "b.png"},
                             {"images/test/a_2.png", "sub/a.png"}});

    const QJsonArray categories{QJsonObject{{"id", 1}, {"name", "car"}},
                                QJsonObject{{"id", 2}, {"name", "dog"}},
                                QJsonObject{{"id", 3}, {"name", "person"}}};
    const QJsonObject train = jsonFile(folder + "/train.json");
    QCOMPARE(train.value("categories").toArray(), categories);
    const QJsonArray images = train.value("images").toArray();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images[0].toObject(), (QJsonObject{{"id", m_id["a.png"]},
                                                {"file_name", "images/train/a.png"},
                                                {"width", 100},
                                                {"height", 80}}));
    // c.png's size came from its header.
    QCOMPARE(images[1].toObject().value("width").toInt(), 200);
    QCOMPARE(images[1].toObject().value("height").toInt(), 100);
    const QJsonArray anns = train.value("annotations").toArray();
    QCOMPARE(anns.size(), 4); // a: person, car; c: ana's person and dog
    const QJsonObject car = anns[1].toObject();
    QCOMPARE(car.value("image_id").toInteger(), m_id["a.png"]);
    QCOMPARE(car.value("category_id").toInt(), 1);
    QCOMPARE(car.value("bbox").toArray(), numbers({0.5, 2.0, 10.5, 20.0}));
    QCOMPARE(car.value("area").toDouble(), 210.0);
    QCOMPARE(car.value("iscrowd").toInt(), 0);
    QCOMPARE(anns[0].toObject().value("category_id").toInt(), 3);
    QCOMPARE(anns[2].toObject().value("bbox").toArray(), numbers({1, 1, 2, 2}));
    QCOMPARE(anns[3].toObject().value("category_id").toInt(), 2);
    QSet<qint64> ids;
    for (const QJsonValue& a : anns)
        ids.insert(a.toObject().value("id").toInteger());
    QCOMPARE(ids.size(), 4);

    const QJsonObject val = jsonFile(folder + "/val.json");
    QCOMPARE(val.value("categories").toArray(), categories);
    QCOMPARE(val.value("annotations").toArray().size(), 1);
    const QJsonObject clipped = val.value("annotations").toArray()[0].toObject();
    QCOMPARE(clipped.value("bbox").toArray(), numbers({50, 40, 14, 8}));
    QCOMPARE(clipped.value("area").toDouble(), 112.0);

    const QJsonObject test = jsonFile(folder + "/test.json");
    QCOMPARE(test.value("images").toArray().size(), 1);
    QCOMPARE(test.value("images").toArray()[0].toObject().value("file_name").toString(),
             QStringLiteral("images/test/a_2.png"));
    QVERIFY(test.value("annotations").toArray().isEmpty());
}

void TestBoxExport::voc()
{
    const QString folder = out(QStringLiteral("voc"));
    const ExportReport r = run(BoxExportFormat::Voc, folder);
    QCOMPARE(r.written, 4);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(filesBelow(folder),
             (QStringList{"ATTRIBUTION.md", "Annotations/a.xml", "Annotations/a_2.xml",
                          "Annotations/b.xml", "Annotations/c.xml", "DATASET_CARD.md",
                          "ImageSets/Main/test.txt", "ImageSets/Main/train.txt",
                          "ImageSets/Main/val.txt", "JPEGImages/a.png", "JPEGImages/a_2.png",
                          "JPEGImages/b.png", "JPEGImages/c.png"}));
    checkImageBytes(folder, {{"JPEGImages/a.png", "a.png"},
                             {"JPEGImages/a_2.png", "sub/a.png"},
                             {"JPEGImages/b.png", "b.png"},
                             {"JPEGImages/c.png", "c.png"}});
    const QStringList a = xmlLeaves(folder + "/Annotations/a.xml");
    const QStringList expected{
        "annotation/folder=JPEGImages", "annotation/filename=a.png",
        "annotation/source/database=Tally", "annotation/size/width=100",
        "annotation/size/height=80", "annotation/size/depth=3", "annotation/segmented=0",
        // person (10, 20, 30, 40): 1-based corners.
        "annotation/object/name=person", "annotation/object/pose=Unspecified",
        "annotation/object/truncated=0", "annotation/object/difficult=0",
        "annotation/object/bndbox/xmin=11", "annotation/object/bndbox/ymin=21",
        "annotation/object/bndbox/xmax=40", "annotation/object/bndbox/ymax=60",
        // car (0.5, 2, 10.5, 20): xmin = round(0.5) + 1, xmax = round(11).
        "annotation/object/name=car", "annotation/object/pose=Unspecified",
        "annotation/object/truncated=0", "annotation/object/difficult=0",
        "annotation/object/bndbox/xmin=2", "annotation/object/bndbox/ymin=3",
        "annotation/object/bndbox/xmax=11", "annotation/object/bndbox/ymax=22"};
    QCOMPARE(a, expected);
    const QStringList b = xmlLeaves(folder + "/Annotations/b.xml");
    QVERIFY(b.contains("annotation/size/width=64"));
    const QStringList clipped{
        "annotation/object/bndbox/xmin=51", "annotation/object/bndbox/ymin=41",
        "annotation/object/bndbox/xmax=64", "annotation/object/bndbox/ymax=48"};
    QCOMPARE(b.mid(b.size() - 4), clipped);
    QVERIFY(!xmlLeaves(folder + "/Annotations/a_2.xml").join(u'\n').contains("object"));
    QVERIFY(xmlLeaves(folder + "/Annotations/a_2.xml").contains("annotation/filename=a_2.png"));
    QCOMPARE(fileBytes(folder + "/ImageSets/Main/train.txt"), QByteArray("a\nc\n"));
    QCOMPARE(fileBytes(folder + "/ImageSets/Main/val.txt"), QByteArray("b\n"));
    QCOMPARE(fileBytes(folder + "/ImageSets/Main/test.txt"), QByteArray("a_2\n"));
}

void TestBoxExport::yolo()
{
    const QString folder = out(QStringLiteral("yolo"));
    const ExportReport r = run(BoxExportFormat::Yolo, folder);
    QCOMPARE(r.written, 4);
    QCOMPARE(filesBelow(folder),
             (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md", "data.yaml", "images/test/a_2.png",
                          "images/train/a.png", "images/train/c.png", "images/val/b.png",
                          "labels/train/a.txt", "labels/train/c.txt", "labels/val/b.txt"}));
    checkImageBytes(folder, {{"images/train/a.png", "a.png"}, {"images/val/b.png", "b.png"}});
    // car 0, dog 1, person 2; centre and size over the image size, 6 decimals.
    QCOMPARE(fileBytes(folder + "/labels/train/a.txt"),
             QByteArray("2 0.250000 0.500000 0.300000 0.500000\n"
                        "0 0.057500 0.150000 0.105000 0.250000\n"));
    QCOMPARE(fileBytes(folder + "/labels/val/b.txt"),
             QByteArray("2 0.890625 0.916667 0.218750 0.166667\n"));
    QCOMPARE(fileBytes(folder + "/labels/train/c.txt"),
             QByteArray("2 0.010000 0.020000 0.010000 0.020000\n"
                        "1 0.062500 0.125000 0.025000 0.050000\n"));
    const QString yaml = QString::fromUtf8(fileBytes(folder + "/data.yaml"));
    const QString expected =
        QStringLiteral("path: %1\ntrain: images/train\nval: images/val\ntest: images/test\n"
                       "nc: 3\nnames:\n  0: car\n  1: dog\n  2: person\n")
            .arg(boxfiles::yamlScalar(r.folder));
    QVERIFY2(yaml.endsWith(expected), qPrintable(yaml));
}

void TestBoxExport::edgeImpulse()
{
    const QString folder = out(QStringLiteral("ei"));
    const ExportReport r = run(BoxExportFormat::EdgeImpulse, folder);
    QCOMPARE(r.written, 4);
    QVERIFY(r.files.contains("info.labels"));
    checkImageBytes(folder, {{"training/a.png", "a.png"},
                             {"training/b.png", "b.png"},
                             {"testing/a_2.png", "sub/a.png"},
                             {"training/c.png", "c.png"}});
    const QJsonObject root = jsonFile(folder + "/info.labels");
    QCOMPARE(root.value("version").toInt(), 1);
    const QJsonArray files = root.value("files").toArray();
    QCOMPARE(files.size(), 4);
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue& f : files)
        byPath.insert(f.toObject().value("path").toString(), f.toObject());
    const QJsonObject a = byPath.value("training/a.png");
    QCOMPARE(a.value("category").toString(), QStringLiteral("training"));
    QCOMPARE(a.value("label").toObject(), (QJsonObject{{"type", "unlabeled"}}));
    const QJsonArray expectedA{
        QJsonObject{{"label", "person"}, {"x", 10}, {"y", 20}, {"width", 30}, {"height", 40}},
        QJsonObject{{"label", "car"}, {"x", 1}, {"y", 2}, {"width", 10}, {"height", 20}}};
    QCOMPARE(a.value("boundingBoxes").toArray(), expectedA);
    // Validation stays with training (as in the audio manifest); the stored split is
    // kept in the metadata.
    const QJsonObject b = byPath.value("training/b.png");
    QCOMPARE(b.value("category").toString(), QStringLiteral("training"));
    QCOMPARE(b.value("metadata").toObject().value("split").toString(),
             QStringLiteral("validation"));
    QCOMPARE(b.value("boundingBoxes").toArray(),
             (QJsonArray{QJsonObject{
                 {"label", "person"}, {"x", 50}, {"y", 40}, {"width", 14}, {"height", 8}}}));
    const QJsonObject street = byPath.value("testing/a_2.png");
    QCOMPARE(street.value("label").toObject(),
             (QJsonObject{{"type", "label"}, {"label", "street"}}));
    QVERIFY(street.value("boundingBoxes").toArray().isEmpty());
    QCOMPARE(byPath.value("training/c.png").value("boundingBoxes").toArray().size(), 2);
}

void TestBoxExport::vww()
{
    QString folder = out(QStringLiteral("vww"));
    ExportReport r = run(BoxExportFormat::Vww, folder);
    QCOMPARE(r.written, 4);
    QCOMPARE(r.errors.size(), 1);
    // a: 1200 px² of 8000; b: 112 of 3072 (clipped); c: ana's person is 4 of 20000.
    QCOMPARE(filesBelow(folder),
             (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md", "test/not_person/a_2.png",
                          "train/not_person/c.png", "train/person/a.png", "val/person/b.png"}));
    checkImageBytes(folder, {{"train/person/a.png", "a.png"}, {"train/not_person/c.png", "c.png"}});
    const auto items = Exports(*m_project).items(r.version);
    QVERIFY(items);
    for (const ExportSnapshotItem& it : items.value())
        QCOMPARE(it.className, it.path.section(u'/', 1, 1));

    // Another class and threshold: only a's car (210 px² of 8000 = 2.6 %) passes 2 %.
    folder = out(QStringLiteral("vww-car"));
    BoxExportOptions o;
    o.personClass = QStringLiteral("CAR");
    o.minAreaFraction = 0.02;
    r = run(BoxExportFormat::Vww, folder, o);
    QCOMPARE(filesBelow(folder),
             (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md", "test/not_person/a_2.png",
                          "train/not_person/c.png", "train/person/a.png", "val/not_person/b.png"}));
    o.minAreaFraction = 0.03;
    r = run(BoxExportFormat::Vww, out(QStringLiteral("vww-car3")), o);
    QVERIFY(QFileInfo::exists(out(QStringLiteral("vww-car3/train/not_person/a.png"))));

    o.minAreaFraction = 1.5;
    r = run(BoxExportFormat::Vww, out(QStringLiteral("vww-bad")), o);
    QCOMPARE(r.written, 0);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("vww-bad"))));
}

void TestBoxExport::imageClasses()
{
    const QString folder = out(QStringLiteral("classes"));
    const ExportReport r = run(BoxExportFormat::ImageClasses, folder);
    // Only sub/a.png (street) and c.png (indoor) have a class; a, b, gone and the clip
    // are skipped (gone.png is never looked at).
    QCOMPARE(r.written, 2);
    QCOMPARE(r.skipped, 4);
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(filesBelow(folder), (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md",
                                              "test/street/a.png", "train/indoor/c.png"}));
    checkImageBytes(folder, {{"test/street/a.png", "sub/a.png"}, {"train/indoor/c.png", "c.png"}});
}

void TestBoxExport::annotatorOption()
{
    BoxExportOptions o;
    o.annotator = QStringLiteral("imported");
    QString folder = out(QStringLiteral("vww-imported"));
    ExportReport r = run(BoxExportFormat::Vww, folder, o);
    QVERIFY(QFileInfo::exists(folder + "/train/person/c.png"));
    folder = out(QStringLiteral("coco-imported"));
    r = run(BoxExportFormat::Coco, folder, o);
    const QJsonArray anns = jsonFile(folder + "/train.json").value("annotations").toArray();
    QCOMPARE(anns.size(), 3); // a: person, car; c: the imported person
    QCOMPARE(anns[2].toObject().value("bbox").toArray(), numbers({0, 0, 100, 100}));
    // dog is no longer used by a box: two categories.
    QCOMPARE(jsonFile(folder + "/train.json").value("categories").toArray().size(), 2);

    o.annotator = QStringLiteral("ana");
    folder = out(QStringLiteral("yolo-ana"));
    r = run(BoxExportFormat::Yolo, folder, o);
    QCOMPARE(filesBelow(folder + "/labels"), QStringList{"train/c.txt"});
}

void TestBoxExport::licenceFilter()
{
    QVERIFY(Splits(*m_project).setLicence({m_id["c.png"]}, QStringLiteral("CC-BY-4.0")));
    BoxExportOptions o;
    o.filter.allowedLicences = {QStringLiteral("cc-by-4.0")};
    const QString folder = out(QStringLiteral("licence"));
    const ExportReport r = run(BoxExportFormat::Coco, folder, o);
    QCOMPARE(r.written, 1);
    QCOMPARE(r.skipped, 5);
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(filesBelow(folder), (QStringList{"ATTRIBUTION.md", "DATASET_CARD.md",
                                              "images/train/c.png", "train.json"}));
    QVERIFY(Splits(*m_project).setLicence({m_id["c.png"]}, QStringLiteral("CC0-1.0")));
}

void TestBoxExport::refusedLeavesNothing()
{
    const size_t versions = Exports(*m_project).versions().size();
    BoxExportOptions o;
    o.annotator = QStringLiteral("nobody");
    ExportReport r = run(BoxExportFormat::Coco, out(QStringLiteral("refused")), o);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors[0].reason.contains("nobody"));
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("refused"))));
    // A non-empty folder without overwrite: refused, left as it was.
    const QString full = out(QStringLiteral("full"));
    QVERIFY(test::writeBytes(full + "/keep.txt", "mine"));
    r = run(BoxExportFormat::Yolo, full);
    QCOMPARE(r.written, 0);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(filesBelow(full), QStringList{"keep.txt"});
    QCOMPARE(Exports(*m_project).versions().size(), versions);
    // With overwrite too: no Tally export wrote the folder, so it is not replaced (the
    // replacement is whole-folder; keep.txt would go with it).
    o = {};
    o.overwrite = true;
    r = run(BoxExportFormat::Yolo, full, o);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors[0].reason.contains("no Tally export wrote"));
    QVERIFY(r.errors[0].reason.contains("keep.txt"));
    QCOMPARE(test::filesBelow(full), QStringList{"keep.txt"});
    QCOMPARE(Exports(*m_project).versions().size(), versions);
    // A Tally export with a file of the user's added (top level and inside a folder of
    // the export): replaced with overwrite, into another format, and both files kept.
    const QString ours = out(QStringLiteral("ours"));
    r = run(BoxExportFormat::Coco, ours);
    QCOMPARE(r.written, 4);
    const QStringList marker = QStringList(
        jsonFile(ours + "/.tally-export.json").value("files").toVariant().toStringList());
    QCOMPARE(marker, filesBelow(ours));
    QVERIFY(test::writeBytes(ours + "/keep.txt", "mine"));
    QVERIFY(test::writeBytes(ours + "/images/train/notes.txt", "mine too"));
    r = run(BoxExportFormat::Yolo, ours, o);
    QCOMPARE(r.written, 4);
    QVERIFY(!r.failure);
    QCOMPARE(r.errors.size(), 1); // the image missing on disk, as in every export here
    QCOMPARE(fileBytes(ours + "/keep.txt"), QByteArray("mine"));
    QCOMPARE(fileBytes(ours + "/images/train/notes.txt"), QByteArray("mine too"));
    QVERIFY(filesBelow(ours).contains("data.yaml"));
    QVERIFY(!filesBelow(ours).contains("train.json")); // the COCO export's own file: gone
    QVERIFY(test::exportLeftovers(ours).isEmpty());
    QCOMPARE(Exports(*m_project).versions().size(), versions + 2);
}

void TestBoxExport::cancelLeavesNothing()
{
    const size_t versions = Exports(*m_project).versions().size();
    const QString folder = out(QStringLiteral("cancelled"));
    std::atomic_bool cancel{false};
    int calls = 0;
    BoxExportOptions o;
    o.format = BoxExportFormat::Voc;
    o.folder = folder;
    // Cancelled after two images were copied.
    const ExportReport r = BoxExporter::run(
        *m_project, o,
        [&](int done, int) {
            ++calls;
            if (done >= 2)
                cancel = true;
        },
        &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(calls >= 3);
    QVERIFY(isEmptyFolder(folder));
    QCOMPARE(Exports(*m_project).versions().size(), versions);
}

void TestBoxExport::audioSelectionUnchanged()
{
    // Audio exports (the default filter) still leave classless images out.
    const Result<ExportSelection> audio =
        selectForExport(*m_project, ExportFilter{}, ExportInputs{});
    QVERIFY(audio);
    QCOMPARE(int(audio.value().items.size()), 3); // sub/a, c, clip
    QCOMPARE(audio.value().skippedNoClass, 3);
    ExportFilter images;
    images.keepImagesWithoutClass = true;
    const Result<ExportSelection> all = selectForExport(*m_project, images, ExportInputs{});
    QCOMPARE(int(all.value().items.size()), 6);
    QCOMPARE(all.value().skippedNoClass, 0);
    for (const ExportItem& it : all.value().items)
        if (it.sampleId == m_id["a.png"])
            QVERIFY(it.className.isEmpty() && it.width == 100 && it.height == 80);
}

void TestBoxExport::yamlScalars()
{
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("person")), QStringLiteral("person"));
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("traffic light")),
             QStringLiteral("traffic light"));
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("yes")), QStringLiteral("\"yes\""));
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("No")), QStringLiteral("\"No\""));
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("7")), QStringLiteral("\"7\""));
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("a: b")), QStringLiteral("\"a: b\""));
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("say \"hi\"\\")),
             QStringLiteral("\"say \\\"hi\\\"\\\\\""));
    QCOMPARE(boxfiles::yamlScalar(QStringLiteral("/data/out")), QStringLiteral("/data/out"));
}

QTEST_GUILESS_MAIN(TestBoxExport)
#include "test_box_export.moc"
