// WaveformView above SpectrogramView (as in the main window): at the same widget
// width the same second is at the same x in both, whatever the tick labels
// (mel or linear axis, dB range, channel count). Offscreen platform.
// Set TALLY_SCREENSHOT_DIR to also write a PNG of the two views stacked.

#include "SpectrogramView.h"
#include "TestSupport.h"
#include "WaveformView.h"

#include <QVBoxLayout>
#include <QtTest>
#include <memory>

using namespace tally;

namespace {

constexpr int kRate = 16000;

} // namespace

class TestViewAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSecondSamePixel_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("melBands");
        QTest::addColumn<double>("minDb");
        QTest::newRow("450 px, mono, linear") << 450 << 1 << 0 << -40.0;
        QTest::newRow("900 px, mono, mel") << 900 << 1 << 40 << -40.0;
        QTest::newRow("700 px, 4 channels, -100 dB floor") << 700 << 4 << 0 << -100.0;
    }

    void sameSecondSamePixel()
    {
        QFETCH(int, width);
        QFETCH(int, channels);
        QFETCH(int, melBands);
        QFETCH(double, minDb);
        const auto signal =
            std::make_shared<const Signal>(test::sine(1000.0, 0.5, kRate, 3 * kRate, channels));
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* wave = new WaveformView;
        auto* spec = new SpectrogramView;
        layout->addWidget(wave);
        layout->addWidget(spec);
        window.resize(width, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StftParams p = spec->params();
        p.melBands = melBands;
        QVERIFY(spec->setParams(p));
        spec->setDbRange(minDb, 50.0);
        wave->setSignal(signal);
        spec->setSignal(signal);
        QTRY_VERIFY(wave->hasData() && spec->hasData());
        wave->replot(QCustomPlot::rpImmediateRefresh);
        spec->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(wave->width(), spec->width());
        for (int lane = 0; lane < wave->timeRectCount(); ++lane) {
            QCOMPARE(wave->timeRect(lane)->left(), spec->timeRect(0)->left());
            QCOMPARE(wave->timeRect(lane)->right(), spec->timeRect(0)->right());
        }
        QVERIFY(std::abs(wave->pixelAtSec(0.0) - spec->pixelAtSec(0.0)) <= 1.0);
        QVERIFY(std::abs(wave->pixelAtSec(3.0) - spec->pixelAtSec(3.0)) <= 1.0);
        // The colour scale sits right of the time rect, inside the widget.
        QVERIFY(spec->colorScale()->outerRect().left() > spec->timeRect(0)->right());
        QVERIFY(spec->colorScale()->outerRect().right() <= spec->width());
        const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(QStringLiteral("%1/alignment_%2.png").arg(dir).arg(width));
    }
};

QTEST_MAIN(TestViewAlignment)
#include "test_view_alignment.moc"
