// What the readers refuse or warn about (issue 11): media outside the dataset folder
// (a COCO file_name with ".." or an absolute path, a Common Voice path with "..", a
// symbolic link to a file or a folder outside, in every folder format) are refused
// with the file and the reason, or imported with a warning when allowOutside is set;
// a link that stays inside is neither. A VOC object without a class name and a COCO
// file with a raw control character inside a string are refused with the file and
// the reason.
#include "TestSupport.h"
#include "formats/CommonVoiceImporter.h"
#include "formats/ImageImporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Boxes.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

Q_DECLARE_METATYPE(tally::ImageFormat)

namespace {

bool writeText(const QString& path, const QString& text)
{
    return test::writeBytes(path, text.toUtf8());
}

QString listText(const QList<Error>& list)
{
    QStringList lines;
    for (const Error& e : list)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

int count(const QList<Error>& list, const QString& pathEnd, const QString& reason)
{
    return int(std::count_if(list.cbegin(), list.cend(), [&](const Error& e) {
        return e.path.endsWith(pathEnd) && e.reason.contains(reason);
    }));
}

bool writeClip(const QString& path, double freqHz)
{
    return test::writeWav(path, test::sine(freqHz, 0.3, 16000, 1600));
}

} // namespace

class TestImportScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cocoPathsOutsideAreRefused();
    void cocoPathsOutsideAllowedWarn();
    void imageLinksOutside_data();
    void imageLinksOutside();
    void speechCommandsLinkOutside();
    void folderLinkOutsideRefusedOrFollowed();
    void folderLinkInsideListedOnce();
    void imageFolderLinkOutside();
    void danglingLinkIsAnError();
    void commonVoicePathsOutside();
    void vocObjectWithoutNameIsRefused();
    void cocoRawControlCharacterIsRefused_data();
    void cocoRawControlCharacterIsRefused();

private:
    QString at(const QString& rel) const { return m_dir->filePath(rel); }
    std::unique_ptr<Project> makeProject()
    {
        auto p = Project::create(at(QStringLiteral("project.tally")));
        return p ? std::move(p).value() : nullptr;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportScope::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

static const char* kCoco = R"({"images": [
  {"id": 1, "file_name": "inside.png", "width": 20, "height": 10},
  {"id": 2, "file_name": "../outside.png", "width": 20, "height": 10},
  {"id": 3, "file_name": "%1", "width": 20, "height": 10}],
 "categories": [{"id": 1, "name": "dog"}],
 "annotations": [{"id": 1, "image_id": 2, "category_id": 1, "bbox": [1, 1, 5, 5]}]})";

void TestImportScope::cocoPathsOutsideAreRefused()
{
    QVERIFY(test::writeImage(at("data/inside.png"), 20, 10, "png", 1));
    QVERIFY(test::writeImage(at("outside.png"), 20, 10, "png", 2));
    QVERIFY(test::writeImage(at("elsewhere/abs.png"), 20, 10, "png", 3));
    QVERIFY(
        writeText(at("data/coco.json"), QString::fromLatin1(kCoco).arg(at("elsewhere/abs.png"))));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Coco, at("data/coco.json"), ImportOptions{});
    QCOMPARE(r.imported, 1);
    QVERIFY2(count(r.errors, "/outside.png", "outside the dataset folder") == 1,
             qPrintable(listText(r.errors)));
    QVERIFY2(count(r.errors, "elsewhere/abs.png", "outside the dataset folder") == 1,
             qPrintable(listText(r.errors)));
    QVERIFY(count(r.errors, "/outside.png", "refused") == 1);
    QVERIFY(count(r.errors, "/outside.png", "coco.json") == 1); // says where it was listed
    QCOMPARE(r.errors.size(), 2);
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(project->sampleCount(), 1);
}

void TestImportScope::cocoPathsOutsideAllowedWarn()
{
    QVERIFY(test::writeImage(at("data/inside.png"), 20, 10, "png", 1));
    QVERIFY(test::writeImage(at("outside.png"), 20, 10, "png", 2));
    QVERIFY(test::writeImage(at("elsewhere/abs.png"), 20, 10, "png", 3));
    QVERIFY(
        writeText(at("data/coco.json"), QString::fromLatin1(kCoco).arg(at("elsewhere/abs.png"))));
    auto project = makeProject();
    QVERIFY(project);
    ImportOptions options;
    options.allowOutside = true;
    const ImportReport r =
        ImageImporter::run(*project, ImageFormat::Coco, at("data/coco.json"), options);
    QVERIFY2(r.errors.isEmpty(), qPrintable(listText(r.errors)));
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.boxes, 1);
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(count(r.warnings, "/outside.png", "outside the dataset folder"), 1);
    QCOMPARE(count(r.warnings, "elsewhere/abs.png", "imported because"), 1);
}

void TestImportScope::imageLinksOutside_data()
{
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<QString>("folder"); // where the images go below the dataset
    QTest::newRow("images") << ImageFormat::Images << QStringLiteral("cat/");
    QTest::newRow("voc") << ImageFormat::Voc << QString();
    QTest::newRow("yolo") << ImageFormat::Yolo << QStringLiteral("images/");
}

// A link to a file outside is refused (allowed: imported with one warning); a link to
// a file inside that is listed already is left out with a warning, never imported twice.
void TestImportScope::imageLinksOutside()
{
    QFETCH(ImageFormat, format);
    QFETCH(QString, folder);
    QVERIFY(test::writeImage(at("data/" + folder + "real.png"), 20, 10, "png", 1));
    QVERIFY(test::writeImage(at("secret/outside.png"), 20, 10, "png", 2));
    QVERIFY(QFile::link(at("secret/outside.png"), at("data/" + folder + "link.png")));
    QVERIFY(QFile::link(at("data/" + folder + "real.png"), at("data/" + folder + "inner.png")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport refused = ImageImporter::run(*project, format, at("data"), ImportOptions{});
    QCOMPARE(refused.imported, 1); // real.png; inner.png is the same file
    QVERIFY2(count(refused.errors, "/link.png", "symbolic link to " + at("secret/outside.png")) ==
                 1,
             qPrintable(listText(refused.errors)));
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.warnings.size(), 1);
    QVERIFY2(count(refused.warnings, "/inner.png", "listed already") == 1,
             qPrintable(listText(refused.warnings)));
    QCOMPARE(project->sampleCount(), 1);

    ImportOptions allow;
    allow.allowOutside = true;
    const ImportReport allowed = ImageImporter::run(*project, format, at("data"), allow);
    QCOMPARE(allowed.imported, 1);
    QCOMPARE(allowed.duplicates, 1);
    QVERIFY2(allowed.errors.isEmpty(), qPrintable(listText(allowed.errors)));
    QCOMPARE(allowed.warnings.size(), 2);
    QCOMPARE(count(allowed.warnings, "/link.png", "outside the dataset folder"), 1);
    QCOMPARE(count(allowed.warnings, "/inner.png", "listed already"), 1);
    QCOMPARE(project->sampleCount(), 2);
}

void TestImportScope::speechCommandsLinkOutside()
{
    QVERIFY(writeClip(at("data/yes/a_nohash_0.wav"), 440.0));
    QVERIFY(writeClip(at("secret/other.wav"), 550.0));
    QVERIFY(QFile::link(at("secret/other.wav"), at("data/yes/c_nohash_0.wav")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = SpeechCommandsImporter::run(*project, at("data"), ImportOptions{});
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(count(r.errors, "/c_nohash_0.wav", "outside the dataset folder") == 1,
             qPrintable(listText(r.errors)));
    QCOMPARE(r.total(), 2);

    ImportOptions allow;
    allow.allowOutside = true;
    const ImportReport allowed = SpeechCommandsImporter::run(*project, at("data"), allow);
    QCOMPARE(allowed.imported, 1);
    QCOMPARE(allowed.warnings.size(), 1);
    QVERIFY(allowed.errors.isEmpty());
}

// A link to a folder outside is not entered without allowOutside (one error naming the
// link); with it, the folder's files are imported through the link, each with a warning.
void TestImportScope::folderLinkOutsideRefusedOrFollowed()
{
    QVERIFY(writeClip(at("data/yes/a_nohash_0.wav"), 440.0));
    QVERIFY(writeClip(at("secret/no/b_nohash_0.wav"), 550.0));
    QVERIFY(writeClip(at("secret/no/c_nohash_0.wav"), 660.0));
    QVERIFY(QFile::link(at("secret/no"), at("data/no")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = SpeechCommandsImporter::run(*project, at("data"), ImportOptions{});
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(count(r.errors, "data/no", "symbolic link to the folder " + at("secret/no")) == 1,
             qPrintable(listText(r.errors)));
    QVERIFY(count(r.errors, "data/no", "--allow-outside") == 1);
    QVERIFY(r.warnings.isEmpty());

    ImportOptions allow;
    allow.allowOutside = true;
    const ImportReport allowed = SpeechCommandsImporter::run(*project, at("data"), allow);
    QVERIFY2(allowed.errors.isEmpty(), qPrintable(listText(allowed.errors)));
    QCOMPARE(allowed.imported, 2);
    QCOMPARE(allowed.duplicates, 1);
    QCOMPARE(allowed.warnings.size(), 2);
    QCOMPARE(count(allowed.warnings, "data/no/b_nohash_0.wav", "outside the dataset folder"), 1);
    QCOMPARE(count(allowed.warnings, "data/no/c_nohash_0.wav", "outside the dataset folder"), 1);
    const std::vector<SampleRecord> samples = project->samples();
    QCOMPARE(samples.size(), size_t(3));
    QCOMPARE(std::count_if(samples.cbegin(), samples.cend(),
                           [](const SampleRecord& s) { return s.className == "no"; }),
             2);
}

// A link to a folder inside (and a link back up, a loop) is not entered again: each file
// is imported once, by its real path, and the link is named in a warning.
void TestImportScope::folderLinkInsideListedOnce()
{
    QVERIFY(writeClip(at("data/yes/a_nohash_0.wav"), 440.0));
    QVERIFY(writeClip(at("data/yes/b_nohash_0.wav"), 550.0));
    QVERIFY(QFile::link(at("data/yes"), at("data/alias")));
    QVERIFY(QFile::link(at("data"), at("data/yes/up")));
    QVERIFY(writeClip(at("data/.store/c_nohash_0.wav"), 660.0));
    QVERIFY(QFile::link(at("data/.store"), at("data/go"))); // a hidden folder, reached once
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = SpeechCommandsImporter::run(*project, at("data"), ImportOptions{});
    QVERIFY2(r.errors.isEmpty(), qPrintable(listText(r.errors)));
    QCOMPARE(r.imported, 3);
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY2(count(r.warnings, "data/alias", "listed already") == 1,
             qPrintable(listText(r.warnings)));
    QVERIFY(count(r.warnings, "data/yes/up", "listed already") == 1);
    QStringList paths;
    for (const SampleRecord& s : project->samples())
        paths << s.path + ":" + s.className;
    paths.sort();
    QCOMPARE(paths, QStringList({"data/go/c_nohash_0.wav:go", "data/yes/a_nohash_0.wav:yes",
                                 "data/yes/b_nohash_0.wav:yes"}));
}

// The image folder format takes a folder link the same way (the class is the link's name).
void TestImportScope::imageFolderLinkOutside()
{
    QVERIFY(test::writeImage(at("data/cat/a.png"), 20, 10, "png", 1));
    QVERIFY(test::writeImage(at("secret/dog/b.png"), 20, 10, "png", 2));
    QVERIFY(QFile::link(at("secret/dog"), at("data/dog")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = ImageImporter::run(*project, ImageFormat::Images, at("data"), {});
    QCOMPARE(r.imported, 1);
    QVERIFY2(count(r.errors, "data/dog", "outside the dataset folder") == 1,
             qPrintable(listText(r.errors)));
    ImportOptions allow;
    allow.allowOutside = true;
    const ImportReport allowed =
        ImageImporter::run(*project, ImageFormat::Images, at("data"), allow);
    QCOMPARE(allowed.imported, 1);
    QVERIFY2(allowed.errors.isEmpty(), qPrintable(listText(allowed.errors)));
    QCOMPARE(count(allowed.warnings, "data/dog/b.png", "outside the dataset folder"), 1);
}

void TestImportScope::danglingLinkIsAnError()
{
    QVERIFY(writeClip(at("data/yes/a_nohash_0.wav"), 440.0));
    QVERIFY(QFile::link(at("gone.wav"), at("data/yes/d_nohash_0.wav")));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = SpeechCommandsImporter::run(*project, at("data"), ImportOptions{});
    QCOMPARE(r.imported, 1);
    QVERIFY2(count(r.errors, "/d_nohash_0.wav", "does not exist") == 1,
             qPrintable(listText(r.errors)));
    QCOMPARE(r.total(), 2);
}

// "../" in a TSV's path leaves the release; a clips/ folder that is a link elsewhere
// leaves it as well.
void TestImportScope::commonVoicePathsOutside()
{
    QVERIFY(writeClip(at("cv/clips/in.wav"), 440.0));
    QVERIFY(writeClip(at("outside.wav"), 550.0));
    QVERIFY(writeText(at("cv/validated.tsv"),
                      "client_id\tpath\tsentence\nc1\tin.wav\tyes\nc2\t../../outside.wav\tno\n"));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = CommonVoiceImporter::run(*project, at("cv"), ImportOptions{});
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(count(r.errors, "/outside.wav", "line 3 of validated.tsv") == 1,
             qPrintable(listText(r.errors)));

    // clips/ as a link to a folder outside the release
    QVERIFY(writeClip(at("store/clips/far.wav"), 660.0));
    QVERIFY(writeText(at("cv2/validated.tsv"), "client_id\tpath\nc3\tfar.wav\n"));
    QVERIFY(QFile::link(at("store/clips"), at("cv2/clips")));
    const ImportReport linked = CommonVoiceImporter::run(*project, at("cv2"), ImportOptions{});
    QCOMPARE(linked.imported, 0);
    QVERIFY2(count(linked.errors, "/far.wav", "its folder is a symbolic link") == 1,
             qPrintable(listText(linked.errors)));

    ImportOptions allow;
    allow.allowOutside = true;
    const ImportReport allowed = CommonVoiceImporter::run(*project, at("cv2"), allow);
    QCOMPARE(allowed.imported, 1);
    QCOMPARE(allowed.warnings.size(), 1);
}

void TestImportScope::vocObjectWithoutNameIsRefused()
{
    QVERIFY(test::writeImage(at("voc/a.png"), 40, 30, "png", 1));
    QVERIFY(writeText(at("voc/a.xml"), R"(<annotation><size><width>40</width><height>30</height>
</size><object><name>dog</name><bndbox><xmin>2</xmin><ymin>2</ymin><xmax>10</xmax><ymax>10</ymax>
</bndbox></object><object><bndbox><xmin>3</xmin><ymin>3</ymin><xmax>9</xmax><ymax>9</ymax>
</bndbox></object><object><name>  </name><bndbox><xmin>3</xmin><ymin>3</ymin><xmax>9</xmax>
<ymax>9</ymax></bndbox></object></annotation>)"));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = ImageImporter::run(*project, ImageFormat::Voc, at("voc"), {});
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.boxes, 1);
    QCOMPARE(r.errors.size(), 2);
    QVERIFY2(count(r.errors, "voc/a.xml", "object 2: no <name>") == 1,
             qPrintable(listText(r.errors)));
    QVERIFY(count(r.errors, "voc/a.xml", "object 3: no <name>") == 1);
    const std::vector<SampleRecord> samples = project->samples();
    QCOMPARE(Boxes(*project).boxesOf(samples.front().id).size(), size_t(1));
    QCOMPARE(Boxes(*project).boxesOf(samples.front().id).front().className, QStringLiteral("dog"));
}

void TestImportScope::cocoRawControlCharacterIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    const QByteArray head = R"({"images": [{"id": 1, "file_name": "a.png"}], "categories": [)";
    QTest::newRow("newline in a name") << head + "{\"id\": 1, \"name\": \"do\ng\"}]}"
                                       << "0x0a";
    QTest::newRow("tab in a name") << head + "{\"id\": 1, \"name\": \"do\tg\"}]}"
                                   << "0x09";
    QByteArray nul = head + "{\"id\": 1, \"name\": \"do#g\"}]}";
    nul.replace('#', QByteArray(1, '\0'));
    QTest::newRow("NUL in a name") << nul << "0x00";
}

void TestImportScope::cocoRawControlCharacterIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QVERIFY(test::writeImage(at("coco/a.png"), 20, 10, "png", 1));
    QVERIFY(test::writeBytes(at("coco/c.json"), json));
    auto project = makeProject();
    QVERIFY(project);
    const ImportReport r = ImageImporter::run(*project, ImageFormat::Coco, at("coco/c.json"), {});
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(count(r.errors, "coco/c.json", "raw control character (" + code + ")") == 1,
             qPrintable(listText(r.errors)));

    // the same file with the character escaped imports
    QByteArray escaped = json;
    escaped.replace('\n', "\\n").replace('\t', "\\t").replace(QByteArray(1, '\0'), "\\u0000");
    QVERIFY(test::writeBytes(at("coco/c.json"), escaped));
    const ImportReport ok = ImageImporter::run(*project, ImageFormat::Coco, at("coco/c.json"), {});
    QVERIFY2(ok.errors.isEmpty(), qPrintable(listText(ok.errors)));
    QCOMPARE(ok.imported, 1);
}

QTEST_GUILESS_MAIN(TestImportScope)
#include "test_import_scope.moc"
