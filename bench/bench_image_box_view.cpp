// ImageBoxView redraw cost: a 1920×1080 image with 200 boxes in a 1280×800 view.
// Prints figures, asserts nothing. Run with QT_QPA_PLATFORM=offscreen.
//   Each step changes the view (a pan by scrolling, a zoom step about a point, or
//   both) and then repaints the viewport synchronously; the time of the step is the
//   redraw. Target (issue #6): <= 16 ms per redraw with 200 boxes.
// With TALLY_SCREENSHOT_DIR set, saves the view at fit and zoomed in.

#include "ImageBoxView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace tally;

namespace {

constexpr int kImageW = 1920;
constexpr int kImageH = 1080;
constexpr int kBoxes = 200;
int kSteps = 200; // bench_image_box_view [STEPS] (fewer for callgrind)
constexpr double kTargetMs = 16.0;

// A photo-like image: gradients, shapes and noise, so that scaling has real work.
QImage makeImage()
{
    QImage image(kImageW, kImageH, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, kImageH);
    sky.setColorAt(0, QColor(90, 140, 200));
    sky.setColorAt(0.6, QColor(200, 210, 220));
    sky.setColorAt(1, QColor(90, 110, 70));
    p.fillRect(image.rect(), sky);
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> x(0, kImageW), y(0, kImageH), s(20, 260), c(0, 255);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 120; ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(c(rng), c(rng), c(rng), 160));
        p.drawEllipse(QPoint(x(rng), y(rng)), s(rng), s(rng) / 2);
    }
    p.end();
    for (int row = 0; row < kImageH; row += 2) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
        for (int col = 0; col < kImageW; col += 3)
            line[col] = qRgb(qRed(line[col]) ^ (c(rng) & 15), qGreen(line[col]), qBlue(line[col]));
    }
    return image;
}

QList<BoxItem> makeBoxes()
{
    const char* names[] = {"person", "bicycle", "car", "dog", "traffic light", "backpack"};
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> w(12, 320), h(12, 260), u(0, 1);
    QList<BoxItem> boxes;
    for (int i = 0; i < kBoxes; ++i) {
        BoxItem b;
        b.id = i + 1;
        const double bw = w(rng), bh = h(rng);
        b.rect = QRectF(u(rng) * (kImageW - bw), u(rng) * (kImageH - bh), bw, bh);
        b.colour = QColor::fromHsv((i % 6) * 60, 210, 235);
        b.label = QString::fromLatin1(names[i % 6]);
        b.editable = i % 3 != 0;
        boxes << b;
    }
    return boxes;
}

struct Stats
{
    double mean = 0.0;
    double max = 0.0;
    double p95 = 0.0;
    double drawn = 0.0; // boxes painted per redraw, mean
    std::vector<double> times;

    void finish()
    {
        std::vector<double> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        mean = 0.0;
        for (double t : sorted)
            mean += t / double(sorted.size());
        max = sorted.empty() ? 0.0 : sorted.back();
        p95 =
            sorted.empty()
                ? 0.0
                : sorted[std::min(sorted.size() - 1, size_t(std::ceil(0.95 * sorted.size())) - 1)];
    }
};

Stats g_all; // every redraw with boxes, for the summary line

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs `kSteps` steps of change(i) + a synchronous repaint.
template <typename F> Stats timeSteps(ImageBoxView& view, F change)
{
    Stats s;
    for (int i = 0; i < kSteps; ++i) {
        QElapsedTimer t;
        t.start();
        change(i);
        view.viewport()->repaint();
        s.times.push_back(ms(t));
        s.drawn += double(view.drawnCount()) / kSteps;
    }
    s.finish();
    if (view.boxes().size() > 0)
        g_all.times.insert(g_all.times.end(), s.times.begin(), s.times.end());
    return s;
}

void print(const char* name, const Stats& s)
{
    std::printf("  %-32s mean %6.2f ms  p95 %6.2f ms  max %6.2f ms  (max %4.2f of 16 ms)  "
                "boxes drawn %5.1f\n",
                name, s.mean, s.p95, s.max, s.max / kTargetMs, s.drawn);
}

void saveScreenshot(ImageBoxView& view, const char* name)
{
    const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        view.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

// Pans by scrolling back and forth across the scroll range, in 37-pixel steps.
void panStep(ImageBoxView& view, int i)
{
    for (QScrollBar* bar : {view.horizontalScrollBar(), view.verticalScrollBar()}) {
        const int range = std::max(1, bar->maximum() - bar->minimum());
        const int pos = (i * 37) % (2 * range);
        bar->setValue(bar->minimum() + (pos < range ? pos : 2 * range - pos));
    }
}

void run(ImageBoxView& view, const QList<BoxItem>& boxes, const char* title)
{
    view.setBoxes(boxes);
    view.setSelectedBox(boxes.isEmpty() ? -1 : boxes[1].id);
    view.fitToWindow();
    std::printf("%s (fit zoom %.3f)\n", title, view.zoom());
    print("repaint at fit", timeSteps(view, [](int) {}));
    const double fit = view.zoom();
    view.zoomBy(2.0);
    print("pan at 2x fit", timeSteps(view, [&](int i) { panStep(view, i); }));
    view.zoomBy(4.0 / view.zoom()); // 400 %: single image pixels visible
    print("pan at 400 %", timeSteps(view, [&](int i) { panStep(view, i); }));
    view.fitToWindow();
    // Wheel-like zoom steps about moving points, from fit to 16x fit and back.
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> px(0, view.viewport()->width() - 1);
    std::uniform_int_distribution<int> py(0, view.viewport()->height() - 1);
    int dir = 1;
    print("zoom steps (fit .. 16x fit)", timeSteps(view, [&](int) {
              if (view.zoom() > 16 * fit)
                  dir = -1;
              else if (view.zoom() <= fit * 1.01)
                  dir = 1;
              QWheelEvent e(QPointF(px(rng), py(rng)), QPointF(), QPoint(), QPoint(0, 120 * dir),
                            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
              QApplication::sendEvent(view.viewport(), &e);
          }));
    std::uniform_real_distribution<double> zoom(0.5, 6.0), cx(0, kImageW), cy(0, kImageH);
    print("random zoom + pan", timeSteps(view, [&](int) {
              view.zoomBy(zoom(rng) / view.zoom());
              view.centerOn(cx(rng), cy(rng));
          }));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc > 1 && std::atoi(argv[1]) > 0)
        kSteps = std::atoi(argv[1]);
    ImageBoxView view;
    view.resize(1280, 800);
    view.setImage(makeImage());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        std::printf("window not exposed\n");
        return 1;
    }
    QCoreApplication::processEvents();
    const QList<BoxItem> boxes = makeBoxes();
    std::printf("ImageBoxView, %d x %d image, view %d x %d, %d steps per line\n", kImageW, kImageH,
                view.viewport()->width(), view.viewport()->height(), kSteps);
    run(view, {}, "no boxes (the image alone)");
    run(view, boxes, "200 boxes");
    g_all.finish();
    std::printf("all redraws with 200 boxes: mean %6.2f ms  p95 %6.2f ms  max %6.2f ms  "
                "(target <= %.0f ms)\n",
                g_all.mean, g_all.p95, g_all.max, kTargetMs);
    view.fitToWindow();
    view.viewport()->repaint();
    saveScreenshot(view, "bench_image_box_view_fit.png");
    view.zoomBy(3.0);
    view.viewport()->repaint();
    saveScreenshot(view, "bench_image_box_view_zoomed.png");
    return 0;
}
