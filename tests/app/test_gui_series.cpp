// The sensor page as a person drives it (issue 14, offscreen): a generated IMS run whose
// channel 1 rises from snapshot 21 on. Selecting a snapshot shows the series page: the
// run's trend (30 points, the onset at index 20), the snapshot's lanes and its envelope
// spectrum with the bearing's fault markers. A drag across the trend selects snapshots
// 20..24; the class hotkey labels the five in one undo step; undo clears them, redo puts
// them back; a click on a point opens that snapshot.
#include "SpectrumPlot.h"
#include "TestSupport.h"
#include "TrendPlot.h"
#include "WaveformView.h"
#include "formats/SeriesImporter.h"
#include "gui/BearingDialog.h"
#include "gui/ExportDialog.h"
#include "gui/ExportRunner.h"
#include "gui/ImportRunner.h"
#include "gui/MainWindow.h"
#include "gui/NewImportDialog.h"
#include "gui/SeriesUi.h"
#include "gui/Session.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/SeriesTrends.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <random>

using namespace tally;

namespace {

constexpr int kSnapshots = 30;
constexpr int kRise = 20;

QString snapshotName(int i)
{
    return QDateTime(QDate(2004, 2, 12), QTime(10, 32, 39), Qt::UTC)
        .addSecs(600 * i)
        .toString(QStringLiteral("yyyy.MM.dd.HH.mm.ss"));
}

QByteArray snapshot(int i, std::mt19937& rng)
{
    std::normal_distribution<double> noise(0.0, 0.05);
    QByteArray text;
    for (int n = 0; n < 4096; ++n) {
        const double t = n / 20000.0;
        double x = noise(rng);
        if (i >= kRise)
            x += 0.1 * (i - kRise + 1) * (1 + std::sin(2 * M_PI * 236.4 * t)) *
                 std::sin(2 * M_PI * 3000 * t);
        text +=
            QByteArray::number(x, 'f', 4) + '\t' + QByteArray::number(noise(rng), 'f', 4) + '\n';
    }
    return text;
}

} // namespace

class TestGuiSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void trendDragHotkeyUndo();
    void importFromTheGui();
    void exportWindowsFromTheGui();
    void bearingFromTheGui();

private:
    QHash<qint64, QString> myLabels() const;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiSeries::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TallyTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("annotator/name"), QStringLiteral("alice"));
    std::mt19937 rng(5);
    for (int i = 0; i < kSnapshots; ++i)
        QVERIFY(test::writeBytes(m_dir.filePath(QStringLiteral("ims/run2/") + snapshotName(i)),
                                 snapshot(i, rng)));
    const QString path = m_dir.filePath(QStringLiteral("s.tally"));
    {
        auto p = Project::create(path);
        QVERIFY(p.isOk());
        const ImportReport r = SeriesImporter::run(
            *p.value(), m_dir.filePath(QStringLiteral("ims")), {}, {SeriesFormat::Ims, 0});
        QCOMPARE(r.imported, kSnapshots);
        for (const auto& [name, key] : {std::pair{"normal", "n"}, std::pair{"degrading", "d"}}) {
            ClassRecord c;
            c.name = QString::fromLatin1(name);
            c.hotkey = QString::fromLatin1(key);
            QVERIFY(Classes(*p.value()).addClass(c));
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    QVERIFY(m_window->selectSample(QStringLiteral("ims/run2/") + snapshotName(25)));
}

void TestGuiSeries::cleanupTestCase()
{
    m_window.reset();
}

QHash<qint64, QString> TestGuiSeries::myLabels() const
{
    Session* s = m_window->session();
    return Labels(*s->project()).labelNamesBy(s->annotator().id);
}

void TestGuiSeries::trendDragHotkeyUndo()
{
    SeriesUi* ui = m_window->seriesUi();
    QTRY_COMPARE(m_window->centralStack()->currentWidget(), ui->page());
    TrendPlot* trend = ui->trendPlot();
    QCOMPARE(ui->shownRun(), QStringLiteral("run2"));
    QCOMPARE(trend->pointCount(), kSnapshots);
    QCOMPARE(trend->seriesCount(), 2); // every channel overlaid
    QCOMPARE(trend->onset(), std::optional<int>(kRise));
    QCOMPARE(ui->lanes()->lanes(), 2);
    QVERIFY(!ui->spectrumPlot()->faultMarkers().isEmpty()); // the IMS bearing's
    QTRY_VERIFY(trend->width() > 200);
    trend->replot(QCustomPlot::rpImmediateRefresh);

    // Drag from just before snapshot 20 to just after 24: those five are selected.
    const int y = trend->height() / 2;
    const auto x = [&](int i, double offsetPx) {
        return int(std::lround(trend->pixelAtTime(trend->timeAt(i)) + offsetPx));
    };
    const QPoint from(x(kRise, -4), y), to(x(kRise + 4, 4), y);
    QTest::mousePress(trend, Qt::LeftButton, {}, from);
    QTest::mouseMove(trend, (from + to) / 2);
    QTest::mouseMove(trend, to);
    QTest::mouseRelease(trend, Qt::LeftButton, {}, to);
    QCOMPARE(trend->selection(), std::optional(std::pair{kRise, kRise + 4}));

    // D labels the five as "degrading", one undo step.
    QUndoStack* stack = m_window->session()->undoStack();
    const int steps = stack->count();
    QTest::keyClick(m_window.get(), Qt::Key_D);
    QTRY_COMPARE(myLabels().size(), 5);
    QCOMPARE(stack->count(), steps + 1);
    for (int i = kRise; i <= kRise + 4; ++i)
        QCOMPARE(myLabels().value(ui->trend().points[size_t(i)].sampleId),
                 QStringLiteral("degrading"));
    QCOMPARE(trend->classRunCount(), 3); // unlabelled, degrading, unlabelled
    if (const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTRY_VERIFY(ui->lanes()->hasData());
        trend->replot(QCustomPlot::rpImmediateRefresh);
        ui->lanes()->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/sensor-trend.png")));
    }
    stack->undo();
    QCOMPARE(myLabels().size(), 0);
    stack->redo();
    QCOMPARE(myLabels().size(), 5);

    // A click on snapshot 3 opens it (the lanes and the spectrum follow).
    trend->clearSelection();
    const QPoint p3(x(3, 0),
                    int(std::lround(trend->yAxis->coordToPixel(ui->trend().points[3].values[0]))));
    QTest::mouseClick(trend, Qt::LeftButton, {}, p3);
    QTRY_COMPARE(m_window->session()->currentSampleId(), ui->trend().points[3].sampleId);
    QCOMPARE(ui->shownRun(), QStringLiteral("run2"));
}

// File > Import Sensor Series: the dialog's defaults, then a second run imported on the
// import worker, after which the project has it (and its trend).
void TestGuiSeries::importFromTheGui()
{
    NewImportDialog dialog(m_window.get(), NewImportDialog::Kind::Series);
    QCOMPARE(dialog.seriesFormat(), QStringLiteral("ims"));
    QCOMPARE(dialog.seriesRateHz(), 20000.0);
    QCOMPARE(dialog.imageFormat(), QString());
    std::mt19937 rng(9);
    const QString folder = m_dir.filePath(QStringLiteral("more"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(test::writeBytes(folder + QStringLiteral("/run3/") + snapshotName(i),
                                 snapshot(i, rng)));
    QVERIFY(m_window->seriesUi()->importAction()->isEnabled());
    QSignalSpy finished(m_window->importRunner(), &ImportRunner::finished);
    QVERIFY(m_window->seriesUi()->importSeries(folder, QStringLiteral("ims"), 20000,
                                               QStringLiteral("CC0-1.0"), QStringLiteral("t")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(m_window->importRunner()->lastReport().imported, 5);
    const QStringList runs = SeriesTrends(*m_window->session()->project()).runs().value();
    QCOMPARE(runs, (QStringList{QStringLiteral("run2"), QStringLiteral("run3")}));
    QVERIFY(m_window->selectSample(QStringLiteral("more/run3/") + snapshotName(2)));
    QTRY_COMPARE(m_window->seriesUi()->shownRun(), QStringLiteral("run3"));
    QCOMPARE(m_window->seriesUi()->trendPlot()->pointCount(), 5);
}

// Dataset > Export… with a sensor window format: the dialog's request carries the window,
// stride, channels and normal-only class; the export runner writes windows.npy and
// labels.csv for the labelled snapshots (the five of trendDragHotkeyUndo) and skips the
// rest with a reason.
void TestGuiSeries::exportWindowsFromTheGui()
{
    ExportDialog dialog({}, {}, m_dir.filePath(QStringLiteral("windows")), m_window.get());
    auto* format = dialog.findChild<QComboBox*>();
    QVERIFY(format);
    format->setCurrentIndex(format->findData(QStringLiteral("series-npy")));
    const QList<QSpinBox*> spins = dialog.findChildren<QSpinBox*>();
    for (QSpinBox* spin : spins)
        if (spin->suffix() == QStringLiteral(" frames"))
            spin->setValue(spin->value() == 2048 ? 1024 : 512); // window 1024, stride 512
    ExportRequest r = dialog.request();
    QCOMPARE(r.format, QStringLiteral("series-npy"));
    QCOMPARE(r.windowFrames, 1024);
    QCOMPARE(r.strideFrames, 512);
    r.channels = QStringLiteral("2");
    const ExportReport report =
        ExportRunner::run(m_window->session()->project()->path(), r, {}, nullptr);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QCOMPARE(report.written, 5 * 7); // 4,096 frames: 7 windows of 1,024 every 512
    QVERIFY(QFileInfo::exists(r.folder + QStringLiteral("/windows.npy")));
    QFile labels(r.folder + QStringLiteral("/labels.csv"));
    QVERIFY(labels.open(QIODevice::ReadOnly));
    QCOMPARE(labels.readAll().count('\n'), 1 + 5 * 7);
    QVERIFY(report.skipped > 0); // the unlabelled snapshots
}

// The Bearing… dialog's preset is the IMS bearing; a new geometry set from the page is
// stored for the run and the spectrum's markers follow it.
void TestGuiSeries::bearingFromTheGui()
{
    BearingGeometry other = BearingGeometry::imsPreset();
    other.rpm = 1000;
    BearingDialog dialog(QStringLiteral("run3"), other, m_window.get());
    QCOMPARE(dialog.geometry().rpm, 1000.0);
    auto* preset = dialog.findChild<QComboBox*>();
    QVERIFY(preset);
    preset->setCurrentIndex(1);
    QCOMPARE(dialog.geometry().rpm, 2000.0);
    QCOMPARE(dialog.geometry().rollers, 16);
    SeriesUi* ui = m_window->seriesUi();
    QVERIFY(ui->setBearing(other));
    QCOMPARE(SeriesImporter::bearingOf(*m_window->session()->project(), ui->shownRun())->rpm,
             1000.0);
    const double bpfo = faultFrequencies(other).bpfo;
    bool found = false;
    for (const SpectrumPlot::FaultMarker& m : ui->spectrumPlot()->faultMarkers())
        found = found || std::abs(m.hz - bpfo) < 1e-6;
    QVERIFY(found);
}

QTEST_MAIN(TestGuiSeries)
#include "test_gui_series.moc"
