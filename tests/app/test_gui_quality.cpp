// The Quality dock as a person drives it (offscreen): Run Checks on a project with a
// quiet clip (a -50 dBFS sine) and a normal one; the dock counts too-quiet 1; a click on
// that row filters the sample table to the quiet clip; the threshold set to -60 dBFS
// (the spin box, one undoable step, re-run on a worker) counts 0; undo puts -40 back and
// the count is 1 again; a second click on the row shows every sample. Dragging the line
// shows the count at the line before anything is written.
#include "TestSupport.h"
#include "ThresholdHistogram.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/MainWindow.h"
#include "gui/QualityDock.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "quality/QualitySettings.h"
#include "store/Flags.h"
#include "store/Project.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace tally;

class TestGuiQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void thresholdFiltersAndUndoes();
    void dragSetsTheThreshold();

private:
    void clickRow(const QString& check);
    qint64 shownId(int row) const;
    double storedThreshold() const;

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_quiet = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiQuality::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
}

void TestGuiQuality::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("q%1.tally").arg(++n));
    const QString tree = m_dir.filePath(QStringLiteral("tree%1").arg(n));
    // 1 s at 16 kHz, mono 16-bit: the format and length checks have nothing to say.
    QVERIFY(test::writeWav(tree + QStringLiteral("/no/quiet_nohash_0.wav"),
                           test::sine(1000, std::pow(10.0, -50.0 / 20.0), 16000, 16000)));
    QVERIFY(test::writeWav(tree + QStringLiteral("/yes/loud_nohash_0.wav"),
                           test::sine(440, 0.5, 16000, 16000)));
    {
        auto p = Project::create(m_path);
        QVERIFY(p.isOk());
        // too-quiet flags a clip by RMS or by loudness; the loudness floor is set out of
        // the way so that the RMS threshold alone decides (the sine's RMS is -53 dBFS).
        QVERIFY(Flags(*p.value())
                    .setSetting(QualitySettings::key(QStringLiteral("too-quiet"),
                                                     QStringLiteral("lufs_floor")),
                                QStringLiteral("-90")));
        ImportOptions o;
        o.licence = QStringLiteral("CC0-1.0");
        QCOMPARE(SpeechCommandsImporter::run(*p.value(), tree, o).imported, 2);
        m_quiet = p.value()->sampleIdByPath(QStringLiteral("tree%1/no/quiet_nohash_0.wav").arg(n));
        QVERIFY(m_quiet > 0);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    QualityDock* dock = m_window->qualityDock();
    QVERIFY(dock);
    dock->toggleViewAction()->trigger();
    QTRY_VERIFY(dock->isVisible());

    QSignalSpy finished(dock, &QualityDock::runFinished);
    QCOMPARE(dock->countShown(QStringLiteral("too-quiet")), QStringLiteral("0"));
    auto* run = dock->findChild<QPushButton*>(QStringLiteral("qualityRunButton"));
    QVERIFY(run && run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!dock->lastReport().cancelled);
    QCOMPARE(dock->lastReport().checked, 2);
}

void TestGuiQuality::cleanup()
{
    if (m_window)
        m_window->qualityDock()->wait();
    m_window.reset();
}

void TestGuiQuality::clickRow(const QString& check)
{
    QTableWidget* table = m_window->qualityDock()->checkTable();
    const int row = m_window->qualityDock()->rowOfCheck(check);
    QVERIFY(row >= 0);
    table->scrollToItem(table->item(row, 0));
    const QRect rect = table->visualItemRect(table->item(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

qint64 TestGuiQuality::shownId(int row) const
{
    const SampleFilterModel* proxy = m_window->sampleProxy();
    return proxy->data(proxy->index(row, 0), SampleTableModel::SampleIdRole).toLongLong();
}

double TestGuiQuality::storedThreshold() const
{
    auto p = Project::open(m_path);
    return p.isOk() ? QualitySettings::load(*p.value())
                          .value(QStringLiteral("too-quiet"), QStringLiteral("rms_dbfs"))
                    : NAN;
}

void TestGuiQuality::thresholdFiltersAndUndoes()
{
    QualityDock* dock = m_window->qualityDock();
    SampleFilterModel* proxy = m_window->sampleProxy();
    SampleTableModel* model = m_window->session()->sampleModel();
    QCOMPARE(dock->countShown(QStringLiteral("too-quiet")), QStringLiteral("1"));
    QVERIFY(model->activeChecksOf(m_quiet).contains(QStringLiteral("too-quiet")));
    const QModelIndex cell =
        model->index(model->rowOfSample(m_quiet), SampleTableModel::QualityColumn);
    QVERIFY(cell.data().toString().startsWith(QStringLiteral("too-quiet")));
    QVERIFY(cell.data(Qt::DecorationRole).isValid());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("too-quiet")));
    QCOMPARE(proxy->rowCount(), 2);

    QSignalSpy shown(dock, &QualityDock::valuesShown);
    clickRow(QStringLiteral("too-quiet"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(shownId(0), m_quiet);
    QCOMPARE(dock->shownCheck(), QStringLiteral("too-quiet"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QCOMPARE(dock->histogram()->valueCount(), 2); // both clips' stored RMS
    QCOMPARE(dock->histogram()->threshold(), -40.0);
    QCOMPARE(dock->thresholdSpin()->value(), -40.0);
    // TALLY_SCREENSHOT_DIR: the window as a person sees it (the README's picture).
    if (const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/quality-dock.png")));

    QSignalSpy finished(dock, &QualityDock::runFinished);
    QUndoStack* stack = m_window->session()->undoStack();
    const int steps = stack->count();
    dock->thresholdSpin()->setValue(-60.0);
    QCOMPARE(stack->count(), steps + 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(dock->lastReport().measured, 0); // the stored measures, nothing decoded
    QCOMPARE(storedThreshold(), -60.0);
    QCOMPARE(dock->countShown(QStringLiteral("too-quiet")), QStringLiteral("0"));
    QCOMPARE(proxy->rowCount(), 0); // still filtered to too-quiet
    QVERIFY(!model->activeChecksOf(m_quiet).contains(QStringLiteral("too-quiet")));
    QCOMPARE(dock->histogram()->threshold(), -60.0);

    stack->undo();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(storedThreshold(), -40.0);
    QCOMPARE(dock->countShown(QStringLiteral("too-quiet")), QStringLiteral("1"));
    QCOMPARE(dock->thresholdSpin()->value(), -40.0);
    QCOMPARE(dock->histogram()->threshold(), -40.0);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(shownId(0), m_quiet);

    clickRow(QStringLiteral("too-quiet")); // again: every sample
    QCOMPARE(proxy->rowCount(), 2);
    clickRow(QString()); // All: any active flag
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(model->isFlagFilterOn());
    QCOMPARE(model->flagFilterCheck(), QString());
}

// Dropping the line left of every value (the drag stays inside the plotted range, which
// reaches below the lowest bin) is the same one undoable step as the spin box.
void TestGuiQuality::dragSetsTheThreshold()
{
    QualityDock* dock = m_window->qualityDock();
    QSignalSpy shown(dock, &QualityDock::valuesShown);
    clickRow(QStringLiteral("too-quiet"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    ThresholdHistogram* h = dock->histogram();
    h->replot(QCustomPlot::rpImmediateRefresh);
    const int y = h->height() / 2;
    const int from = int(std::lround(h->thresholdPixel()));
    const int to = int(std::lround(h->xAxis->coordToPixel(h->xAxis->range().lower))) + 2;
    QVERIFY(from - to > 10);
    QVERIFY(h->valueAtPixel(to) < h->binCentres().first() - h->binWidth() / 2);
    QSignalSpy finished(dock, &QualityDock::runFinished);
    QSignalSpy chosen(h, &ThresholdHistogram::thresholdChosen);
    QTest::mousePress(h, Qt::LeftButton, {}, QPoint(from, y));
    QTest::mouseMove(h, QPoint((from + to) / 2, y));
    QCOMPARE(finished.count(), 0); // nothing is written while dragging
    if (const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        h->replot(QCustomPlot::rpImmediateRefresh); // the line where the pointer is
        QVERIFY(dock->grab().save(dir + QStringLiteral("/quality-dock-drag.png")));
    }
    // The count follows the line while it moves: left of every value, none is too quiet
    // by RMS, and the label says the loudness floor may flag more.
    QTest::mouseMove(h, QPoint(to, y));
    QVERIFY(h->isDragging());
    QCOMPARE(dock->countShown(QStringLiteral("too-quiet")), QStringLiteral("0"));
    const int row = dock->rowOfCheck(QStringLiteral("too-quiet"));
    QVERIFY(dock->checkTable()->item(row, 1)->font().italic());
    QVERIFY2(dock->previewText().contains(QStringLiteral("0 of 2")),
             qPrintable(dock->previewText()));
    QVERIFY(dock->previewText().contains(QStringLiteral("rms_dbfs")));
    QCOMPARE(finished.count(), 0);
    QTest::mouseRelease(h, Qt::LeftButton, {}, QPoint(to, y));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(std::abs(storedThreshold() - chosen.first().at(0).toDouble()) < 1e-6);
    QCOMPARE(dock->thresholdSpin()->value(),
             std::round(chosen.first().at(0).toDouble() * 1e4) / 1e4); // 4 decimals shown
    QCOMPARE(dock->countShown(QStringLiteral("too-quiet")), QStringLiteral("0"));
    QVERIFY(!dock->checkTable()->item(row, 1)->font().italic()); // the stored count again
    QVERIFY(dock->previewText().isEmpty());
    m_window->session()->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(dock->countShown(QStringLiteral("too-quiet")), QStringLiteral("1"));
}

QTEST_MAIN(TestGuiQuality)
#include "test_gui_quality.moc"
