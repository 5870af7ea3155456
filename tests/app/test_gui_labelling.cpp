// The labelling workflow as a person drives it: hotkeys label and move on, J/K
// move, Delete clears, N finds work left, regions are drawn with the mouse, and
// every edit undoes and redoes. Runs on the offscreen platform.
#include "SampleTable.h"
#include "SpectrogramView.h"
#include "TestSupport.h"
#include "WaveformView.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/AudioUi.h"
#include "gui/BackgroundTask.h"
#include "gui/LabelPanel.h"
#include "gui/LabelUi.h"
#include "gui/Labelling.h"
#include "gui/MainWindow.h"
#include "gui/RegionList.h"
#include "gui/SampleNavigator.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tally;

class TestGuiLabelling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hotkeyLabelsAndMovesOn();
    void jkMoveAndDeleteClears();
    void nextUnlabelledSkipsDoneWork();
    void labelUndoRedo();
    void classEditsUndoRedo();
    void regionDrawnWithTheMouse();
    void regionClassAndDeleteUndo();
    void othersHiddenInBlindMode();
    void reopenRestoresSampleAndView();
    void trimToLoudestAndDerivedClip();
    void trimShownOnAWorker();

private:
    void waitForSignal();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLabelling::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
}

void TestGuiLabelling::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("l%1.tally").arg(++n));
    const QString tree = m_dir.filePath(QStringLiteral("tree%1").arg(n));
    const char* classes[] = {"yes", "no"};
    for (int c = 0; c < 2; ++c)
        for (int i = 0; i < 3; ++i)
            QVERIFY(test::writeWav(QStringLiteral("%1/%2/s%3_nohash_0.wav")
                                       .arg(tree, QLatin1String(classes[c]))
                                       .arg(i),
                                   test::sine(500.0 + 300 * c, 0.5, 16000, 16000)));
    {
        auto p = Project::create(m_path);
        QVERIFY(p.isOk());
        QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, {}).imported, 6);
        Project& a = *p.value();
        auto yes = Classes(a).classByName(QStringLiteral("yes"));
        ClassRecord c = yes.value();
        c.hotkey = QStringLiteral("1");
        QVERIFY(Classes(a).updateClass(c));
        c = Classes(a).classByName(QStringLiteral("no")).value();
        c.hotkey = QStringLiteral("2");
        QVERIFY(Classes(a).updateClass(c));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    QCOMPARE(m_window->session()->annotator().name, QStringLiteral("alice"));
    m_window->sampleTable()->selectRow(0);
    m_window->sampleTable()->view()->setFocus();
}

void TestGuiLabelling::cleanup()
{
    m_window.reset();
}

void TestGuiLabelling::waitForSignal()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->audioUi()->waveformView()->hasData() &&
                                 m_window->audioUi()->waveformView()->signal() ==
                                     m_window->audioUi()->currentSignal() &&
                                 m_window->audioUi()->currentSignal(),
                             10000);
}

static qint64 labelOf(MainWindow* w, qint64 sample)
{
    return Labels(*w->session()->project()).labelOf(sample, w->session()->annotator().id);
}

void TestGuiLabelling::hotkeyLabelsAndMovesOn()
{
    const qint64 first = m_window->session()->currentSampleId();
    SampleTableModel* model = m_window->session()->sampleModel();
    const QModelIndex status =
        model->index(model->rowOfSample(first), SampleTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("unlabelled"));
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_2);
    QCOMPARE(status.data().toString(), QStringLiteral("labelled")); // re-derived for that sample
    const qint64 no =
        Classes(*m_window->session()->project()).classByName(QStringLiteral("no")).value().id;
    QCOMPARE(labelOf(m_window.get(), first), no);
    QVERIFY(m_window->session()->currentSampleId() != first); // moved on
    QCOMPARE(m_window->session()->sampleModel()->myLabel(first), QStringLiteral("no"));
    // The label is on disk already: a second connection sees it.
    auto other = Project::open(m_path);
    QVERIFY(other.isOk());
    Project& a = *other.value();
    QCOMPARE(Labels(a).labelOf(first, m_window->session()->annotator().id), no);
}

void TestGuiLabelling::jkMoveAndDeleteClears()
{
    QTableView* view = m_window->sampleTable()->view();
    const qint64 first = m_window->session()->currentSampleId();
    QTest::keyClick(view, Qt::Key_J);
    const qint64 second = m_window->session()->currentSampleId();
    QVERIFY(second != first);
    QTest::keyClick(view, Qt::Key_K);
    QCOMPARE(m_window->session()->currentSampleId(), first);
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(m_window->session()->currentSampleId(), second);
    QTest::keyClick(view, Qt::Key_K);
    QVERIFY(labelOf(m_window.get(), first) != 0);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(labelOf(m_window.get(), first), 0);
}

void TestGuiLabelling::nextUnlabelledSkipsDoneWork()
{
    QTableView* view = m_window->sampleTable()->view();
    QTest::keyClick(view, Qt::Key_1); // row 0
    QTest::keyClick(view, Qt::Key_1); // row 1
    m_window->sampleTable()->selectRow(3);
    QTest::keyClick(view, Qt::Key_1); // row 3
    m_window->sampleTable()->selectRow(0);
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->sampleTable()->currentRow(), 2);
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->sampleTable()->currentRow(), 4);
}

void TestGuiLabelling::labelUndoRedo()
{
    QTableView* view = m_window->sampleTable()->view();
    const qint64 first = m_window->session()->currentSampleId();
    QTest::keyClick(view, Qt::Key_1);
    QTest::keyClick(view, Qt::Key_K);
    QTest::keyClick(view, Qt::Key_2); // relabel: yes -> no
    const qint64 yes =
        Classes(*m_window->session()->project()).classByName(QStringLiteral("yes")).value().id;
    const qint64 no =
        Classes(*m_window->session()->project()).classByName(QStringLiteral("no")).value().id;
    QCOMPARE(labelOf(m_window.get(), first), no);
    QUndoStack* stack = m_window->session()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Label as “no”"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(labelOf(m_window.get(), first), yes);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(labelOf(m_window.get(), first), 0);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(labelOf(m_window.get(), first), yes);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(labelOf(m_window.get(), first), no);
}

void TestGuiLabelling::classEditsUndoRedo()
{
    Labelling* l = m_window->labelling();
    Project* a = l->session().project();
    ClassRecord up;
    up.name = QStringLiteral("up");
    up.hotkey = QStringLiteral("3");
    QVERIFY(l->addClass(up));
    QVERIFY(Classes(*a).classByName(QStringLiteral("up")).isOk());
    // The new hotkey labels at once.
    const qint64 sample = m_window->session()->currentSampleId();
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_3);
    QCOMPARE(labelOf(m_window.get(), sample),
             Classes(*a).classByName(QStringLiteral("up")).value().id);
    // Rename, then merge "up" into "yes"; undo both; redo both.
    ClassRecord renamed = Classes(*a).classByName(QStringLiteral("up")).value();
    renamed.name = QStringLiteral("upward");
    QVERIFY(l->updateClass(renamed));
    QVERIFY(Classes(*a).classByName(QStringLiteral("upward")).isOk());
    const qint64 yes = Classes(*a).classByName(QStringLiteral("yes")).value().id;
    QVERIFY(l->mergeClass(renamed.id, yes));
    QVERIFY(!Classes(*a).classByName(QStringLiteral("upward")).isOk());
    QCOMPARE(labelOf(m_window.get(), sample), yes);
    l->session().undoStack()->undo(); // unmerge
    QCOMPARE(labelOf(m_window.get(), sample), renamed.id);
    QCOMPARE(Classes(*a).classById(renamed.id).value().name, QStringLiteral("upward"));
    l->session().undoStack()->undo(); // un-rename
    QCOMPARE(Classes(*a).classById(renamed.id).value().name, QStringLiteral("up"));
    l->session().undoStack()->redo();
    l->session().undoStack()->redo();
    QCOMPARE(labelOf(m_window.get(), sample), yes);
    // A name of spaces is refused and leaves no undo step.
    const int steps = l->session().undoStack()->count();
    ClassRecord blank;
    blank.name = QStringLiteral("   ");
    QVERIFY(!l->addClass(blank));
    QCOMPARE(l->session().undoStack()->count(), steps);
}

void TestGuiLabelling::regionDrawnWithTheMouse()
{
    waitForSignal();
    WaveformView* wave = m_window->audioUi()->waveformView();
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_R); // region tool on
    QVERIFY(wave->regionTool());
    const int y = wave->axisRect()->center().y();
    const QPoint from(int(wave->pixelAtSec(0.2)), y);
    const QPoint to(int(wave->pixelAtSec(0.6)), y);
    QTest::mousePress(wave, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, wave->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(wave, &move);
    QTest::mouseRelease(wave, Qt::LeftButton, Qt::NoModifier, to);
    const qint64 sample = m_window->session()->currentSampleId();
    const auto regions = Regions(*m_window->session()->project()).regionsOf(sample);
    QCOMPARE(regions.size(), 1);
    QVERIFY(std::abs(regions[0].startSec - wave->secAtPixel(from.x())) < 1e-6);
    QVERIFY(std::abs(regions[0].endSec - wave->secAtPixel(to.x())) < 1e-6);
    QVERIFY(std::abs(regions[0].startSec - 0.2) < 0.01);
    QCOMPARE(m_window->audioUi()->regionList()->table()->rowCount(), 1);
    QCOMPARE(m_window->audioUi()->selectedRegionId(), regions[0].id);
    // A hotkey now names the region instead of labelling the sample.
    QTest::keyClick(m_window->sampleTable()->view(), Qt::Key_2);
    QCOMPARE(Regions(*m_window->session()->project()).region(regions[0].id).value().className,
             QStringLiteral("no"));
    QCOMPARE(m_window->session()->currentSampleId(), sample);
    QCOMPARE(labelOf(m_window.get(), sample), 0);
}

void TestGuiLabelling::regionClassAndDeleteUndo()
{
    const qint64 sample = m_window->session()->currentSampleId();
    Labelling* l = m_window->labelling();
    RegionRecord r;
    r.sampleId = sample;
    r.startSec = 0.1;
    r.endSec = 0.3;
    r.lowHz = 100.0;
    r.highHz = 900.0;
    QVERIFY(l->addRegion(r));
    const auto added = Regions(*l->session().project()).regionsOf(sample);
    QCOMPARE(added.size(), 1);
    const qint64 id = added[0].id;
    RegionRecord moved = added[0];
    moved.startSec = 0.2;
    moved.endSec = 0.5;
    QVERIFY(l->editRegion(moved));
    QVERIFY(l->deleteRegion(id));
    QCOMPARE(Regions(*l->session().project()).regionsOf(sample).size(), 0);
    l->session().undoStack()->undo(); // undelete, same id
    QCOMPARE(Regions(*l->session().project()).region(id).value().startSec, 0.2);
    l->session().undoStack()->undo(); // unmove
    QCOMPARE(Regions(*l->session().project()).region(id).value().startSec, 0.1);
    QCOMPARE(*Regions(*l->session().project()).region(id).value().highHz, 900.0);
    l->session().undoStack()->undo(); // unadd
    QCOMPARE(Regions(*l->session().project()).regionsOf(sample).size(), 0);
    l->session().undoStack()->redo();
    QCOMPARE(Regions(*l->session().project()).region(id).value().endSec, 0.3);
}

void TestGuiLabelling::othersHiddenInBlindMode()
{
    const qint64 sample = m_window->session()->currentSampleId();
    {
        Project* a = m_window->session()->project();
        auto bob = Annotators(*a).ensureAnnotator(QStringLiteral("bob"));
        QVERIFY(bob.isOk());
        QVERIFY(Labels(*a)
                    .setLabel(sample, bob.value().id,
                              Classes(*a).classByName(QStringLiteral("no")).value().id)
                    .isOk());
    }
    m_window->sampleTable()->selectRow(1);
    m_window->sampleTable()->selectRow(0);
    auto* others =
        m_window->labelUi()->labelPanel()->findChild<QLabel*>(QStringLiteral("otherLabels"));
    QVERIFY(others->text().contains(QStringLiteral("bob: no")));
    m_window->session()->setBlindLabelling(true);
    QVERIFY(!others->text().contains(QStringLiteral("bob")));
    m_window->session()->setBlindLabelling(false);
    QVERIFY(others->text().contains(QStringLiteral("bob: no")));
}

void TestGuiLabelling::reopenRestoresSampleAndView()
{
    m_window->sampleTable()->selectRow(3);
    const qint64 sample = m_window->session()->currentSampleId();
    waitForSignal();
    m_window->audioUi()->waveformView()->setVisibleRange(0.25, 0.5);
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->show();
    QVERIFY(m_window->openProject(m_path));
    QCOMPARE(m_window->session()->currentSampleId(), sample);
    waitForSignal();
    QTRY_VERIFY(std::abs(m_window->audioUi()->waveformView()->visibleStartSec() - 0.25) < 1e-6);
    QVERIFY(std::abs(m_window->audioUi()->waveformView()->visibleEndSec() - 0.5) < 1e-6);
}

static QAction* menuAction(QWidget* w, const QString& text)
{
    for (QAction* a : w->findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

void TestGuiLabelling::trimToLoudestAndDerivedClip()
{
    waitForSignal();
    const qint64 sample = m_window->session()->currentSampleId();
    QAction* trim = menuAction(m_window.get(), QStringLiteral("&Trim to Loudest Second"));
    QVERIFY(trim);
    trim->trigger();
    const auto regions = Regions(*m_window->session()->project()).regionsOf(sample);
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions[0].startSec, 0.0); // a one-second clip: the window is all of it
    QCOMPARE(regions[0].endSec, 1.0);
    QCOMPARE(regions[0].className, m_window->session()->sampleModel()->record(0).className);
    QAction* clip = menuAction(m_window.get(), QStringLiteral("Save Loudest Second as New &Clip"));
    QVERIFY(clip);
    clip->trigger();
    QCOMPARE(m_window->session()->sampleModel()->rowCount(), 7);
    const SampleRecord& added = m_window->session()->sampleModel()->record(6);
    QVERIFY(added.path.endsWith(QStringLiteral("_loudest.wav")));
    QCOMPARE(added.frames, 16000);
    QCOMPARE(added.className, m_window->session()->sampleModel()->record(0).className);
    // A second time the file exists: refused, nothing added.
    clip->trigger();
    QCOMPARE(m_window->session()->sampleModel()->rowCount(), 7);
}

// Two-second clips, loud from 0.6 s to 1.6 s: every shown one is trimmed on a worker, in
// one undo step; a second run adds nothing (the core duplicate rule).
void TestGuiLabelling::trimShownOnAWorker()
{
    const QString tree = m_dir.filePath(QStringLiteral("long%1").arg(m_path.size()));
    for (int i = 0; i < 3; ++i) {
        Signal s = test::sine(700.0, 0.01, 16000, 32000);
        for (qint64 f = 9600; f < 25600; ++f)
            s.samples[size_t(f)] *= 80.0f;
        QVERIFY(test::writeWav(QStringLiteral("%1/yes/long%2_nohash_0.wav").arg(tree).arg(i), s));
    }
    Project* project = m_window->session()->project();
    QCOMPARE(SpeechCommandsImporter::run(*project, tree, {}).imported, 3);
    m_window->session()->reloadSamples();
    m_window->sampleProxy()->setTextFilter(QStringLiteral("long"));
    const QList<qint64> shown = m_window->navigator()->shownIds();
    QCOMPARE(shown.size(), 3);
    const qint64 me = m_window->session()->annotator().id;
    auto mine = [&](qint64 sample) {
        return Regions(*m_window->session()->project()).regionsOf(sample, me);
    };
    QAction* trim =
        menuAction(m_window.get(), QStringLiteral("Trim All &Shown Samples to Loudest Second"));
    QVERIFY(trim);
    QUndoStack* stack = m_window->session()->undoStack();
    const int steps = stack->count();
    trim->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->audioUi()->trimTask()->isRunning() && !mine(shown[2]).isEmpty(), 20000);
    for (const qint64 id : shown) {
        const QList<RegionRecord> regions = mine(id);
        QCOMPARE(regions.size(), 1);
        QVERIFY(std::abs(regions[0].startSec - 0.6) < 1e-9);
        QVERIFY(std::abs(regions[0].endSec - 1.6) < 1e-9);
        QCOMPARE(regions[0].className, QStringLiteral("yes"));
    }
    QCOMPARE(stack->count(), steps + 1); // one step for all
    stack->undo();
    for (const qint64 id : shown)
        QVERIFY(mine(id).isEmpty());
    stack->redo();
    QCOMPARE(mine(shown[0]).size(), 1);
    trim->trigger(); // the same again: skipped as duplicates
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->audioUi()->trimTask()->isRunning(), 20000);
    QTRY_VERIFY(
        m_window->statusBar()->currentMessage().contains(QStringLiteral("3 samples skipped")));
    for (const qint64 id : shown)
        QCOMPARE(mine(id).size(), 1);
    QCOMPARE(stack->count(), steps + 1);
    // The shown sample alone: the same rule on the signal in view.
    m_window->navigator()->selectRow(1);
    QCOMPARE(m_window->session()->currentSampleId(), shown[1]);
    waitForSignal();
    menuAction(m_window.get(), QStringLiteral("&Trim to Loudest Second"))->trigger();
    QCOMPARE(mine(shown[1]).size(), 1);
    QCOMPARE(stack->count(), steps + 1);
}

QTEST_MAIN(TestGuiLabelling)
#include "test_gui_labelling.moc"
