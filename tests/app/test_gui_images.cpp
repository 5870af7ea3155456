// Images in the main window as a person drives them: selecting an image sample shows
// the image view; with the box tool (B) a drag draws a box, a class hotkey names it,
// the box moves and resizes by mouse, Delete removes it, and each step undoes and
// redoes; another annotator's boxes are shown, and hidden in blind labelling; the
// VWW column follows the boxes; a folder of images imports from the GUI's runner.
#include "ImageBoxView.h"
#include "SampleTable.h"
#include "TestSupport.h"
#include "formats/ImageImporter.h"
#include "gui/AudioUi.h"
#include "gui/DatasetUi.h"
#include "gui/ExportRunner.h"
#include "gui/ImageUi.h"
#include "gui/ImportRunner.h"
#include "gui/LabelUi.h"
#include "gui/Labelling.h"
#include "gui/MainWindow.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/SampleMeta.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tally;

class TestGuiImages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void imageSampleShowsImageView();
    void drawNameMoveResizeDeleteWithUndo();
    void othersBoxesDashedAndHiddenWhenBlind();
    void vwwColumnFollowsBoxes();
    void importImagesFromTheRunner();
    void exportsVwwFromTheDatasetMenu();

private:
    qint64 sampleId(const QString& name) const;
    void selectSample(const QString& name);
    QList<BoxRecord> myBoxes(qint64 sample) const;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_images;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiImages::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
}

void TestGuiImages::init()
{
    static int n = 0;
    ++n;
    m_path = m_dir.filePath(QStringLiteral("i%1.tally").arg(n));
    m_images = m_dir.filePath(QStringLiteral("images%1").arg(n));
    {
        auto p = Project::create(m_path);
        QVERIFY(p.isOk());
        std::vector<SampleRecord> records;
        std::vector<SampleExtras> extras;
        for (int i = 0; i < 2; ++i) {
            const QString file = QStringLiteral("%1/scene%2.png").arg(m_images).arg(i);
            QVERIFY(test::writeImage(file, 400, 300, "png", i));
            SampleRecord r;
            r.path = p.value()->toStoredPath(file);
            r.kind = SampleKind::Image;
            r.width = 400;
            r.height = 300;
            records.push_back(r);
            SampleExtras x;
            if (i == 0) // bob's box on the first image
                x.boxes.append(
                    ImportedBox{QStringLiteral("person"), QStringLiteral("bob"), 10, 20, 50, 80});
            extras.push_back(x);
        }
        QVERIFY(SampleMeta(*p.value()).insertSamples(records, extras));
        Project& a = *p.value();
        ClassRecord person = Classes(a).classByName(QStringLiteral("person")).value();
        person.hotkey = QStringLiteral("p");
        QVERIFY(Classes(a).updateClass(person));
        ClassRecord car;
        car.name = QStringLiteral("car");
        car.hotkey = QStringLiteral("c");
        QVERIFY(Classes(a).addClass(car).isOk());
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
}

void TestGuiImages::cleanup()
{
    m_window.reset();
}

qint64 TestGuiImages::sampleId(const QString& name) const
{
    for (const SampleRecord& r : m_window->session()->project()->samples())
        if (r.path.endsWith(name))
            return r.id;
    return 0;
}

void TestGuiImages::selectSample(const QString& name)
{
    const qint64 id = sampleId(name);
    QVERIFY(id > 0);
    m_window->session()->selectSample(id);
    QTRY_COMPARE(m_window->imageUi()->shownSample(), id);
}

QList<BoxRecord> TestGuiImages::myBoxes(qint64 sample) const
{
    return Boxes(*m_window->session()->project())
        .boxesOf(sample, m_window->session()->annotator().id);
}

void TestGuiImages::imageSampleShowsImageView()
{
    selectSample(QStringLiteral("scene0.png"));
    ImageBoxView* view = m_window->imageUi()->view();
    QCOMPARE(m_window->centralStack()->currentWidget(), static_cast<QWidget*>(view));
    QCOMPARE(view->imageSize(), QSize(400, 300));
    QCOMPARE(view->boxes().size(), 1); // bob's
    QVERIFY(!view->boxes().first().editable);
    QCOMPARE(view->boxes().first().rect, QRectF(10, 20, 50, 80));
    // Size shown in the table instead of a duration.
    const int row =
        m_window->session()->sampleModel()->rowOfSample(sampleId(QStringLiteral("scene0.png")));
    QCOMPARE(m_window->session()
                 ->sampleModel()
                 ->index(row, SampleTableModel::DurationColumn)
                 .data()
                 .toString(),
             QStringLiteral("400 × 300"));
}

void TestGuiImages::drawNameMoveResizeDeleteWithUndo()
{
    selectSample(QStringLiteral("scene1.png"));
    const qint64 sample = sampleId(QStringLiteral("scene1.png"));
    ImageBoxView* view = m_window->imageUi()->view();
    QWidget* vp = view->viewport();
    QUndoStack* stack = m_window->session()->undoStack();

    // B turns the box tool on; a drag from image (100, 50) to (200, 150) draws a box.
    QTest::keyClick(m_window.get(), Qt::Key_B);
    QVERIFY(m_window->imageUi()->boxToolAction()->isChecked());
    QCOMPARE(view->mode(), ImageBoxView::ViewMode::Draw);
    const QPoint a = view->viewportPointOf({100, 50});
    const QPoint b = view->viewportPointOf({200, 150});
    QTest::mousePress(vp, Qt::LeftButton, {}, a);
    QTest::mouseMove(vp, (a + b) / 2);
    QTest::mouseMove(vp, b);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, b);
    QTRY_COMPARE(myBoxes(sample).size(), 1);
    const double tol = 1.0 / view->zoom() + 0.01; // one screen pixel in image pixels
    BoxRecord box = myBoxes(sample).first();
    QVERIFY2(std::abs(box.x - 100) <= tol && std::abs(box.y - 50) <= tol,
             qPrintable(QStringLiteral("%1,%2").arg(box.x).arg(box.y)));
    QVERIFY(std::abs(box.w - 100) <= 2 * tol && std::abs(box.h - 100) <= 2 * tol);
    QCOMPARE(box.classId, qint64(0));
    QCOMPARE(view->selectedBox(), box.id); // selected, so a hotkey names it

    // P names it "person"; the image itself keeps no label.
    QTest::keyClick(m_window.get(), Qt::Key_P);
    QTRY_COMPARE(myBoxes(sample).first().className, QStringLiteral("person"));
    QCOMPARE(Labels(*m_window->session()->project())
                 .labelOf(sample, m_window->session()->annotator().id),
             0);

    // Back to the select tool; drag the inside by (+30, +20) image pixels: moved.
    QTest::keyClick(m_window.get(), Qt::Key_B);
    QCOMPARE(view->mode(), ImageBoxView::ViewMode::Select);
    const QPoint inside = view->viewportPointOf({150, 100});
    const QPoint moved = view->viewportPointOf({180, 120});
    QTest::mousePress(vp, Qt::LeftButton, {}, inside);
    QTest::mouseMove(vp, (inside + moved) / 2);
    QTest::mouseMove(vp, moved);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, moved);
    QTRY_VERIFY(std::abs(myBoxes(sample).first().x - (box.x + 30)) <= 2 * tol);
    box = myBoxes(sample).first();
    QVERIFY(std::abs(box.y - 70) <= 2 * tol);
    QVERIFY(std::abs(box.w - 100) <= 2 * tol); // moving keeps the size

    // Drag the bottom-right handle out by (+40, +30): resized.
    const QPoint corner = view->viewportPointOf({box.x + box.w, box.y + box.h});
    const QPoint out = view->viewportPointOf({box.x + box.w + 40, box.y + box.h + 30});
    QTest::mousePress(vp, Qt::LeftButton, {}, corner);
    QTest::mouseMove(vp, (corner + out) / 2);
    QTest::mouseMove(vp, out);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, out);
    QTRY_VERIFY(std::abs(myBoxes(sample).first().w - (box.w + 40)) <= 2 * tol);
    QVERIFY(std::abs(myBoxes(sample).first().h - (box.h + 30)) <= 2 * tol);
    QVERIFY(std::abs(myBoxes(sample).first().x - box.x) <= tol);

    // Undo: resize, move, class, draw — each one step; redo brings them back.
    stack->undo();
    QVERIFY(std::abs(myBoxes(sample).first().w - box.w) <= 1e-9);
    stack->undo();
    QVERIFY(std::abs(myBoxes(sample).first().x - (box.x - 30)) <= 2 * tol);
    stack->undo();
    QCOMPARE(myBoxes(sample).first().classId, qint64(0));
    stack->undo();
    QCOMPARE(myBoxes(sample).size(), 0);
    QCOMPARE(view->boxes().size(), 0);
    for (int i = 0; i < 4; ++i)
        stack->redo();
    QCOMPARE(myBoxes(sample).size(), 1);
    QCOMPARE(myBoxes(sample).first().className, QStringLiteral("person"));
    QVERIFY(std::abs(myBoxes(sample).first().w - (box.w + 40)) <= 2 * tol);

    // Delete with the box selected removes it; undo restores the same box.
    const qint64 id = myBoxes(sample).first().id;
    view->setSelectedBox(id);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    QTRY_COMPARE(myBoxes(sample).size(), 0);
    stack->undo();
    QCOMPARE(myBoxes(sample).size(), 1);
    QCOMPARE(myBoxes(sample).first().id, id);
}

void TestGuiImages::othersBoxesDashedAndHiddenWhenBlind()
{
    selectSample(QStringLiteral("scene0.png"));
    ImageBoxView* view = m_window->imageUi()->view();
    QCOMPARE(view->boxes().size(), 1);
    QVERIFY(view->boxes().first().label.contains(QStringLiteral("bob")));
    // Bob's box cannot be named or deleted by alice.
    view->setSelectedBox(view->boxes().first().id);
    QVERIFY(!m_window->imageUi()->applyClassToSelectedBox(0));
    QVERIFY(!m_window->imageUi()->deleteSelectedBox());
    // Copying them makes them mine (editable), once; undo takes the copy back.
    const qint64 sample = sampleId(QStringLiteral("scene0.png"));
    QCOMPARE(m_window->imageUi()->adoptOthersBoxes(), 1);
    QCOMPARE(m_window->imageUi()->adoptOthersBoxes(), 0);
    QCOMPARE(myBoxes(sample).size(), 1);
    QCOMPARE(myBoxes(sample).first().className, QStringLiteral("person"));
    QCOMPARE(QRectF(myBoxes(sample).first().x, myBoxes(sample).first().y, myBoxes(sample).first().w,
                    myBoxes(sample).first().h),
             QRectF(10, 20, 50, 80));
    QCOMPARE(view->boxes().size(), 2);
    m_window->session()->undoStack()->undo();
    QCOMPARE(myBoxes(sample).size(), 0);
    m_window->session()->setBlindLabelling(true);
    QCOMPARE(view->boxes().size(), 0);
    m_window->session()->setBlindLabelling(false);
    QCOMPARE(view->boxes().size(), 1);
}

void TestGuiImages::vwwColumnFollowsBoxes()
{
    SampleTableModel* model = m_window->session()->sampleModel();
    const qint64 s0 = sampleId(QStringLiteral("scene0.png"));
    const qint64 s1 = sampleId(QStringLiteral("scene1.png"));
    auto vww = [&](qint64 id) {
        return model->index(model->rowOfSample(id), SampleTableModel::VwwColumn).data().toString();
    };
    // bob's person box is 50 × 80 = 4000 px² of 120000: 3.3 % >= 0.5 %.
    QCOMPARE(vww(s0), QStringLiteral("person"));
    QCOMPARE(vww(s1), QStringLiteral("not person"));
    // A person box of 24 × 25 = 600 px² is exactly 0.5 %: person.
    selectSample(QStringLiteral("scene1.png"));
    BoxRecord b;
    b.sampleId = s1;
    b.classId =
        Classes(*m_window->session()->project()).classByName(QStringLiteral("person")).value().id;
    b.x = 5;
    b.y = 5;
    b.w = 24;
    b.h = 25;
    QVERIFY(m_window->labelling()->addBox(b));
    QCOMPARE(vww(s1), QStringLiteral("person"));
    // Raising the threshold in the project's rule turns it back.
    VwwRule rule;
    rule.minAreaFraction = 0.01;
    QVERIFY(m_window->imageUi()->setVwwRule(rule));
    QCOMPARE(vww(s1), QStringLiteral("not person"));
    QCOMPARE(vww(s0), QStringLiteral("person"));
}

void TestGuiImages::importImagesFromTheRunner()
{
    const QString folder = m_dir.filePath(QStringLiteral("more"));
    QVERIFY(test::writeImage(folder + QStringLiteral("/cat/a.png"), 64, 48, "png", 11));
    QVERIFY(test::writeImage(folder + QStringLiteral("/dog/b.png"), 32, 32, "png", 12));
    QVERIFY(test::writeBytes(folder + QStringLiteral("/dog/broken.png"),
                             QByteArray("\x89PNG\r\n\x1a\nxx", 10)));
    QSignalSpy finished(m_window->importRunner(), &ImportRunner::finished);
    QVERIFY(m_window->imageUi()->importImages(ImageFormat::Images, folder,
                                              QStringLiteral("CC0-1.0"), QString()));
    QVERIFY(finished.wait(20000));
    const ImportReport& report = m_window->importRunner()->lastReport();
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors.first().path.endsWith(QStringLiteral("broken.png")));
    QTRY_COMPARE(m_window->session()->sampleModel()->rowCount(), 4);
    const qint64 id = sampleId(QStringLiteral("cat/a.png"));
    const int row = m_window->session()->sampleModel()->rowOfSample(id);
    QCOMPARE(m_window->session()->sampleModel()->record(row).width, 64);
    QCOMPARE(m_window->session()->sampleModel()->record(row).className, QStringLiteral("cat"));
}

void TestGuiImages::exportsVwwFromTheDatasetMenu()
{
    // The Export dialog's request, run by the GUI's runner with the project's VWW rule:
    // scene0 has bob's 3.3 % person box, scene1 none.
    DatasetUi* ui = m_window->datasetUi();
    QSignalSpy finished(ui->exportRunner(), &ExportRunner::finished);
    ExportRequest r;
    r.format = QStringLiteral("vww");
    r.folder = m_dir.filePath(QStringLiteral("vww_out"));
    QVERIFY(ui->startExport(r));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const ExportReport report = ui->exportRunner()->lastReport();
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QCOMPARE(report.written, 2);
    QVERIFY(QFile::exists(r.folder + QStringLiteral("/train/person/scene0.png")));
    QVERIFY(QFile::exists(r.folder + QStringLiteral("/train/not_person/scene1.png")));

    // COCO keeps bob's box as drawn.
    r.format = QStringLiteral("coco");
    r.folder = m_dir.filePath(QStringLiteral("coco_out"));
    QVERIFY(ui->startExport(r));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QFile json(r.folder + QStringLiteral("/train.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray annotations = QJsonDocument::fromJson(json.readAll())
                                       .object()
                                       .value(QStringLiteral("annotations"))
                                       .toArray();
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().toObject().value(QStringLiteral("bbox")).toArray(),
             (QJsonArray{10, 20, 50, 80}));
}

QTEST_MAIN(TestGuiImages)
#include "test_gui_images.moc"
