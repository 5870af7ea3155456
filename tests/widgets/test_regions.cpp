// Time regions on WaveformView and SpectrogramView (TimePlot + RegionOverlay):
// drawing with the region tool, resizing by the edges, Ctrl/Alt-moving, selection
// by click, others' regions read-only, drawn count. Driven with QTest mouse events
// on the offscreen platform. Set TALLY_SCREENSHOT_DIR to also write PNGs.

#include "SpectrogramView.h"
#include "TestSupport.h"
#include "WaveformView.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace tally;

namespace {

constexpr int kRate = 16000;
constexpr double kDurationSec = 4.0;

SignalPtr sine()
{
    return std::make_shared<const Signal>(
        test::sine(1000.0, 0.5, kRate, qint64(kDurationSec * kRate)));
}

RegionItem region(qint64 id, double startSec, double endSec, bool editable = true)
{
    RegionItem r;
    r.id = id;
    r.startSec = startSec;
    r.endSec = endSec;
    r.colour = QColor(40, 160, 90);
    r.label = QStringLiteral("yes");
    r.editable = editable;
    return r;
}

QPoint at(const TimePlot& plot, double sec, int y)
{
    return QPoint(qRound(plot.pixelAtSec(sec)), y);
}

// Press, two moves, release, all with the left button.
void drag(QWidget* w, QPoint from, QPoint to, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::mousePress(w, Qt::LeftButton, mods, from);
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, mods, to);
}

void saveScreenshot(QCustomPlot* plot, const QString& name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    plot->replot(QCustomPlot::rpImmediateRefresh);
    plot->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestRegions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WaveformView> m_wave;
    std::unique_ptr<SpectrogramView> m_spec;

    bool showWave()
    {
        m_wave = std::make_unique<WaveformView>();
        m_wave->resize(800, 300);
        m_wave->show();
        if (!QTest::qWaitForWindowExposed(m_wave.get()))
            return false;
        m_wave->setSignal(sine());
        return QTest::qWaitFor([this] { return m_wave->hasData(); }, 10000);
    }

    bool showSpec(int melBands = 0)
    {
        m_spec = std::make_unique<SpectrogramView>();
        m_spec->resize(800, 400);
        m_spec->show();
        if (!QTest::qWaitForWindowExposed(m_spec.get()))
            return false;
        StftParams p = m_spec->params();
        p.melBands = melBands;
        m_spec->setParams(p);
        m_spec->setSignal(sine());
        return QTest::qWaitFor([this] { return m_spec->hasData(); }, 10000);
    }

    int midY(const TimePlot& plot) const { return plot.timeRect(0)->center().y(); }
    // Widget y of a frequency on the spectrogram.
    int yAtHz(double hz) const
    {
        return qRound(
            m_spec->timeRect(0)->axis(QCPAxis::atLeft)->coordToPixel(m_spec->valueAtHz(hz)));
    }
    // Width in Hz of one row (bin or mel band) of the spectrogram around `hz`.
    double rowHz(double hz) const
    {
        if (m_spec->params().melBands == 0)
            return m_spec->params().rateHz / m_spec->params().nFft;
        const double v = m_spec->valueAtHz(hz);
        return m_spec->hzAtValue(v + 0.5) - m_spec->hzAtValue(v - 0.5);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_wave.reset();
        m_spec.reset();
    }

    void toolDragOnWaveformDrawsSeconds()
    {
        QVERIFY(showWave());
        m_wave->setRegionTool(true);
        QSignalSpy drawn(m_wave.get(), &TimePlot::regionDrawn);
        QSignalSpy selections(m_wave.get(), &TimePlot::selectionChanged);
        const QPoint a(m_wave->timeRect(0)->left() + 300, midY(*m_wave));
        const QPoint b(m_wave->timeRect(0)->left() + 120, midY(*m_wave) + 20); // right to left
        drag(m_wave.get(), a, b);
        QCOMPARE(drawn.count(), 1);
        QVERIFY(qFuzzyCompare(drawn[0][0].toDouble(), m_wave->secAtPixel(b.x())));
        QVERIFY(qFuzzyCompare(drawn[0][1].toDouble(), m_wave->secAtPixel(a.x())));
        QVERIFY(std::isnan(drawn[0][2].toDouble()));
        QVERIFY(std::isnan(drawn[0][3].toDouble()));
        QCOMPARE(selections.count(), 0); // the tool draws instead of selecting
        m_wave->setRegionTool(false);
        drag(m_wave.get(), a, b);
        QCOMPARE(drawn.count(), 1);
        QVERIFY(selections.count() > 0);
    }

    void toolDragOnSpectrogramDrawsBand_data()
    {
        QTest::addColumn<int>("melBands");
        QTest::newRow("linear") << 0;
        QTest::newRow("mel 40") << 40;
    }

    void toolDragOnSpectrogramDrawsBand()
    {
        QFETCH(int, melBands);
        QVERIFY(showSpec(melBands));
        m_spec->setRegionTool(true);
        QSignalSpy drawn(m_spec.get(), &TimePlot::regionDrawn);
        const QPoint a = at(*m_spec, 0.5, yAtHz(1000.0));
        const QPoint b = at(*m_spec, 2.5, yAtHz(3000.0));
        drag(m_spec.get(), a, b);
        QCOMPARE(drawn.count(), 1);
        QVERIFY(qFuzzyCompare(drawn[0][0].toDouble(), m_spec->secAtPixel(a.x())));
        QVERIFY(qFuzzyCompare(drawn[0][1].toDouble(), m_spec->secAtPixel(b.x())));
        const double lowHz = drawn[0][2].toDouble();
        const double highHz = drawn[0][3].toDouble();
        QVERIFY2(std::abs(lowHz - 1000.0) <= rowHz(1000.0), qPrintable(QString::number(lowHz)));
        QVERIFY2(std::abs(highHz - 3000.0) <= rowHz(3000.0), qPrintable(QString::number(highHz)));
        saveScreenshot(m_spec.get(), QStringLiteral("regions_draw_%1.png").arg(melBands));
    }

    void edgeDragResizes_data()
    {
        QTest::addColumn<bool>("tool");
        QTest::newRow("select mode") << false;
        QTest::newRow("region tool") << true;
    }

    void edgeDragResizes()
    {
        QFETCH(bool, tool);
        QVERIFY(showWave());
        m_wave->setRegionTool(tool);
        m_wave->setRegions({region(7, 1.0, 2.0)});
        QSignalSpy edited(m_wave.get(), &TimePlot::regionEdited);
        QSignalSpy drawn(m_wave.get(), &TimePlot::regionDrawn);
        QSignalSpy selections(m_wave.get(), &TimePlot::selectionChanged);
        const int y = midY(*m_wave);
        const QPoint from = at(*m_wave, 2.0, y) + QPoint(3, 0); // within the edge tolerance
        const QPoint to = at(*m_wave, 3.0, y);
        QTest::mousePress(m_wave.get(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(m_wave.get(), to);
        QCOMPARE(edited.count(), 0); // live shape only while dragging
        QTest::mouseRelease(m_wave.get(), Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited[0][0].toLongLong(), qint64(7));
        QCOMPARE(edited[0][1].toDouble(), 1.0);
        QVERIFY(qFuzzyCompare(edited[0][2].toDouble(), m_wave->secAtPixel(to.x())));
        QVERIFY(std::isnan(edited[0][3].toDouble()));
        QCOMPARE(drawn.count(), 0);
        QCOMPARE(selections.count(), 0);
        QVERIFY(qFuzzyCompare(m_wave->regions()[0].endSec, m_wave->secAtPixel(to.x())));
        // The left edge dragged past the right one stays before it; the right edge
        // dragged past the end stops at the duration.
        const QPoint right(m_wave->timeRect(0)->right() + 40, y);
        drag(m_wave.get(), at(*m_wave, m_wave->regions()[0].endSec, y), right);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited[1][2].toDouble(), kDurationSec);
        drag(m_wave.get(), at(*m_wave, 1.0, y), at(*m_wave, 3.99, y) + QPoint(30, 0));
        QCOMPARE(edited.count(), 3);
        QVERIFY(edited[2][1].toDouble() < edited[2][2].toDouble());
    }

    void edgeDragResizesBandOnSpectrogram()
    {
        QVERIFY(showSpec());
        RegionItem r = region(3, 1.0, 2.0);
        r.lowHz = 1000.0;
        r.highHz = 3000.0;
        m_spec->setRegions({r});
        QSignalSpy edited(m_spec.get(), &TimePlot::regionEdited);
        drag(m_spec.get(), at(*m_spec, 1.5, yAtHz(3000.0)), at(*m_spec, 1.5, yAtHz(5000.0)));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited[0][1].toDouble(), 1.0);
        QCOMPARE(edited[0][2].toDouble(), 2.0);
        QCOMPARE(edited[0][3].toDouble(), 1000.0);
        QVERIFY(std::abs(edited[0][4].toDouble() - 5000.0) <= rowHz(5000.0));
        saveScreenshot(m_spec.get(), QStringLiteral("regions_band_resized.png"));
    }

    void ctrlOrAltDragMoves_data()
    {
        QTest::addColumn<int>("modifier");
        QTest::newRow("ctrl") << int(Qt::ControlModifier);
        QTest::newRow("alt") << int(Qt::AltModifier);
    }

    void ctrlOrAltDragMoves()
    {
        QFETCH(int, modifier);
        QVERIFY(showWave());
        m_wave->setRegions({region(5, 1.0, 2.0)});
        QSignalSpy edited(m_wave.get(), &TimePlot::regionEdited);
        QSignalSpy selections(m_wave.get(), &TimePlot::selectionChanged);
        const int y = midY(*m_wave);
        const QPoint from = at(*m_wave, 1.5, y);
        const QPoint to = at(*m_wave, 2.5, y);
        drag(m_wave.get(), from, to, Qt::KeyboardModifiers(modifier));
        QCOMPARE(edited.count(), 1);
        const double shift = m_wave->secAtPixel(to.x()) - m_wave->secAtPixel(from.x());
        QVERIFY(std::abs(edited[0][1].toDouble() - (1.0 + shift)) < 1e-9);
        QVERIFY(std::abs(edited[0][2].toDouble() - edited[0][1].toDouble() - 1.0) < 1e-9);
        QCOMPARE(selections.count(), 0);
        // Moved past the end: stops there, length kept.
        drag(m_wave.get(), to, QPoint(m_wave->timeRect(0)->right() + 50, y),
             Qt::KeyboardModifiers(modifier));
        QCOMPARE(edited.count(), 2);
        QVERIFY(std::abs(edited[1][2].toDouble() - kDurationSec) < 1e-9);
        QVERIFY(std::abs(edited[1][1].toDouble() - (kDurationSec - 1.0)) < 1e-9);
    }

    void othersRegionsAreReadOnly()
    {
        QVERIFY(showWave());
        m_wave->setRegions({region(9, 1.0, 2.0, false)});
        QSignalSpy edited(m_wave.get(), &TimePlot::regionEdited);
        QSignalSpy selected(m_wave.get(), &TimePlot::regionSelected);
        const int y = midY(*m_wave);
        drag(m_wave.get(), at(*m_wave, 2.0, y), at(*m_wave, 3.0, y));
        drag(m_wave.get(), at(*m_wave, 1.5, y), at(*m_wave, 2.5, y), Qt::ControlModifier);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(m_wave->regions()[0].startSec, 1.0);
        QCOMPARE(m_wave->regions()[0].endSec, 2.0);
        QTest::mouseMove(m_wave.get(), at(*m_wave, 2.0, y)); // hover: no resize cursor
        QVERIFY(m_wave->cursor().shape() != Qt::SizeHorCursor);
        QTest::mouseClick(m_wave.get(), Qt::LeftButton, Qt::NoModifier, at(*m_wave, 1.5, y));
        QCOMPARE(selected.count(), 1); // but they can be selected
        QCOMPARE(selected[0][0].toLongLong(), qint64(9));
    }

    void clickSelects()
    {
        QVERIFY(showWave());
        m_wave->setRegions({region(4, 0.5, 1.0), region(6, 2.0, 3.0)});
        QSignalSpy selected(m_wave.get(), &TimePlot::regionSelected);
        QSignalSpy cursor(m_wave.get(), &TimePlot::cursorChanged);
        const int y = midY(*m_wave);
        QTest::mouseClick(m_wave.get(), Qt::LeftButton, Qt::NoModifier, at(*m_wave, 2.5, y));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected[0][0].toLongLong(), qint64(6));
        QCOMPARE(m_wave->selectedRegion(), qint64(6));
        QCOMPARE(cursor.count(), 1); // the click still sets the cursor
        QTest::mouseClick(m_wave.get(), Qt::LeftButton, Qt::NoModifier, at(*m_wave, 1.5, y));
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected[1][0].toLongLong(), qint64(-1));
        QCOMPARE(m_wave->selectedRegion(), qint64(-1));
        m_wave->setSelectedRegion(4); // from code: no signal
        QCOMPARE(m_wave->selectedRegion(), qint64(4));
        QCOMPARE(selected.count(), 2);
    }

    void hoverOnEditableEdgeShowsResizeCursor()
    {
        QVERIFY(showWave());
        m_wave->setRegions({region(1, 1.0, 2.0)});
        const int y = midY(*m_wave);
        QTest::mouseMove(m_wave.get(), at(*m_wave, 1.0, y) + QPoint(-2, 0));
        QCOMPARE(m_wave->cursor().shape(), Qt::SizeHorCursor);
        QTest::mouseMove(m_wave.get(), at(*m_wave, 3.0, y));
        QVERIFY(m_wave->cursor().shape() != Qt::SizeHorCursor);
    }

    void drawnCountMatchesOnBothViews()
    {
        QVERIFY(showWave());
        QVERIFY(showSpec());
        QList<RegionItem> items;
        for (int i = 0; i < 5; ++i) {
            RegionItem r = region(i + 1, 0.2 + 0.7 * i, 0.6 + 0.7 * i, i % 2 == 0);
            r.colour = QColor::fromHsv(60 * i, 200, 220);
            r.label = QStringLiteral("class %1").arg(i);
            if (i == 3) {
                r.lowHz = 500.0;
                r.highHz = 2500.0;
            }
            items << r;
        }
        for (TimePlot* plot :
             {static_cast<TimePlot*>(m_wave.get()), static_cast<TimePlot*>(m_spec.get())}) {
            plot->setRegions(items);
            plot->setSelectedRegion(3);
            plot->replot(QCustomPlot::rpImmediateRefresh);
            QCOMPARE(plot->drawnRegionCount(), items.size());
            plot->setVisibleRange(0.0, 1.0); // regions 1 and 2 in view
            plot->replot(QCustomPlot::rpImmediateRefresh);
            QCOMPARE(plot->drawnRegionCount(), 2);
            plot->zoomToFit();
        }
        saveScreenshot(m_wave.get(), QStringLiteral("regions_waveform.png"));
        saveScreenshot(m_spec.get(), QStringLiteral("regions_spectrogram.png"));
    }
};

QTEST_MAIN(TestRegions)
#include "test_regions.moc"
