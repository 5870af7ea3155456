// The data map at 100,000 samples (issue 15; figures printed, nothing asserted):
// embeddings of 80 dimensions in ten Gaussian clusters, projected with pca2, indexed with
// NeighbourIndex (built at three ef_construction values, each with a recall@10 sampled on
// 100 points, then outlierScores(10)), and shown in a 1280 x 800 DataMapPlot offscreen.
// Redraws (replot with an immediate refresh) are timed after 50 pan steps and 50 zoom
// steps (target <= 16 ms each); the point under the pointer is looked up at 10,000
// positions; a lasso over the middle of the map is timed from release to the selection.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_data_map_view [POINTS [--no-index]]
#include "DataMapPlot.h"
#include "assist/DataMap.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace tally;

namespace {

constexpr int kDims = 80;
constexpr int kClusters = 10;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void printTimes(const char* what, std::vector<double> ms, double target)
{
    std::sort(ms.begin(), ms.end());
    std::printf("  %-34s min %6.2f ms  median %6.2f ms  max %6.2f ms  (target <= %.0f ms: %s)\n",
                what, ms.front(), ms[ms.size() / 2], ms.back(), target,
                ms.back() <= target ? "met" : "missed");
}

// n points, point i in cluster i % kClusters: a random centre (sd 3 per dimension) plus
// unit Gaussian noise.
std::vector<float> embeddings(int n)
{
    std::mt19937 rng(15);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> centres(size_t(kClusters) * kDims);
    for (float& c : centres)
        c = 3.0f * g(rng);
    std::vector<float> x(size_t(n) * kDims);
    for (int i = 0; i < n; ++i)
        for (int d = 0; d < kDims; ++d)
            x[size_t(i) * kDims + d] = centres[size_t(i % kClusters) * kDims + d] + g(rng);
    return x;
}

// recall@10 of the index on `queries` points, against an exhaustive search.
double sampledRecall(const assist::NeighbourIndex& index, const std::vector<float>& x, int n,
                     int queries)
{
    int hits = 0;
    for (int q = 0; q < queries; ++q) {
        const int i = int((long long)q * n / queries);
        std::vector<std::pair<double, int>> all;
        for (int j = 0; j < n; ++j) {
            double s = 0.0;
            for (int d = 0; d < kDims; ++d) {
                const double diff = x[size_t(i) * kDims + d] - x[size_t(j) * kDims + d];
                s += diff * diff;
            }
            if (j != i)
                all.emplace_back(s, j);
        }
        std::partial_sort(all.begin(), all.begin() + 10, all.end());
        for (const auto& [j, dist] : index.nearest(i, 10))
            for (int m = 0; m < 10; ++m)
                hits += all[size_t(m)].second == j ? 1 : 0;
    }
    return hits / (10.0 * queries);
}

// pca2; NeighbourIndex at ef_construction 200 (the default), 100 and 40 with their
// recall@10 on 100 points; outlierScores(10) on the default one.
std::vector<float> timedCore(const std::vector<float>& x, int n, bool withIndex)
{
    QElapsedTimer t;
    t.start();
    std::vector<float> xy = assist::pca2(x, n, kDims);
    std::printf("pca2 %d x %d: %.1f ms\n", n, kDims, msSince(t));
    for (int efc : {assist::NeighbourIndex::kEfConstruction, 100, 40}) {
        if (!withIndex)
            break;
        t.start();
        const assist::NeighbourIndex index(x, n, kDims, efc);
        const double buildSec = msSince(t) / 1000.0;
        std::printf("NeighbourIndex build, ef_construction %3d (%d threads): %6.2f s, "
                    "recall@10 %.3f\n",
                    efc, QThreadPool::globalInstance()->maxThreadCount(), buildSec,
                    sampledRecall(index, x, n, 100));
        if (efc != assist::NeighbourIndex::kEfConstruction)
            continue;
        t.start();
        std::vector<float> scores = index.outlierScores(10);
        const double sec = msSince(t) / 1000.0;
        std::sort(scores.begin(), scores.end());
        std::printf("outlierScores(10): %.2f s (median %.2f, highest %.2f)\n", sec,
                    double(scores[scores.size() / 2]), double(scores.back()));
    }
    return xy;
}

void timeRedraws(DataMapPlot& plot)
{
    QElapsedTimer t;
    std::vector<double> pans, zooms;
    for (int step = 0; step < 50; ++step) {
        const double dx = plot.xAxis->range().size() * (step < 25 ? 0.02 : -0.02);
        plot.xAxis->moveRange(dx);
        plot.yAxis->moveRange(dx / 2);
        t.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        pans.push_back(msSince(t));
    }
    for (int step = 0; step < 50; ++step) {
        const double factor = step < 25 ? 0.9 : 1.0 / 0.9;
        plot.xAxis->scaleRange(factor);
        plot.yAxis->scaleRange(factor);
        t.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        zooms.push_back(msSince(t));
    }
    printTimes("redraw after a pan step (50)", pans, 16);
    printTimes("redraw after a zoom step (50)", zooms, 16);
}

void timePicks(DataMapPlot& plot)
{
    std::mt19937 rng(1);
    const QRect r = plot.axisRect()->rect();
    std::uniform_real_distribution<double> ux(r.left(), r.right()), uy(r.top(), r.bottom());
    QElapsedTimer t;
    t.start();
    int found = 0;
    for (int i = 0; i < 10000; ++i)
        found += plot.idAt(QPointF(ux(rng), uy(rng))) >= 0 ? 1 : 0;
    std::printf("point under the pointer: %.2f us per look-up (%d of 10000 on a point)\n",
                msSince(t) * 1000.0 / 10000, found);
}

// A Shift+drag lasso (a 64-vertex circle over the middle third of the view) released:
// the points inside found, lassoSelected emitted, and the map redrawn with them.
void timeLasso(DataMapPlot& plot)
{
    const QRect r = plot.axisRect()->rect();
    const QPointF centre = r.center();
    const double radius = r.height() / 6.0;
    const auto vertex = [&](int v) {
        const double a = 2 * M_PI * v / 64;
        return (centre + radius * QPointF(std::cos(a), std::sin(a))).toPoint();
    };
    int selected = 0;
    QObject::connect(&plot, &DataMapPlot::lassoSelected,
                     [&](const QVector<qint64>& ids) { selected = int(ids.size()); });
    QTest::mousePress(&plot, Qt::LeftButton, Qt::ShiftModifier, vertex(0));
    for (int v = 1; v <= 64; ++v)
        QTest::mouseMove(&plot, vertex(v));
    QElapsedTimer t;
    t.start();
    QTest::mouseRelease(&plot, Qt::LeftButton, Qt::ShiftModifier, vertex(64));
    const double selectMs = msSince(t);
    t.start();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    std::printf("lasso: %d points selected in %.1f ms, redrawn with them in %.1f ms\n", selected,
                selectMs, msSince(t));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::max(100, atoi(argv[1])) : 100000;
    const std::vector<float> x = embeddings(n);
    const bool withIndex = !(argc > 2 && QByteArray(argv[2]) == "--no-index");
    const std::vector<float> xy = timedCore(x, n, withIndex);

    QVector<qint64> ids;
    QVector<int> colours;
    for (int i = 0; i < n; ++i) {
        ids << i + 1;
        colours << i % kClusters;
    }
    QVector<QColor> palette;
    QStringList names;
    for (int c = 0; c < kClusters; ++c) {
        palette << QColor::fromHsv(c * 36, 200, 210);
        names << QStringLiteral("class %1").arg(c);
    }
    DataMapPlot plot;
    plot.resize(1280, 800);
    plot.show();
    if (!QTest::qWaitForWindowExposed(&plot))
        return 1;
    QElapsedTimer t;
    t.start();
    plot.setPoints(ids, xy, colours, palette, names);
    std::printf("setPoints %d: %.1f ms\n", n, msSince(t));
    t.start();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    std::printf("first redraw: %.1f ms\n", msSince(t));
    t.start();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    std::printf("redraw, nothing changed (cached raster): %.1f ms\n", msSince(t));
    timeRedraws(plot);
    plot.resetView();
    timePicks(plot);
    timeLasso(plot);
    return 0;
}
