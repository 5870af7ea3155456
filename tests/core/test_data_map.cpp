// The data map's core (issue 15): pca2 against known answers (points along a known
// direction in 5-D, a rotated 2-D cloud whose distances the projection keeps, the
// degenerate inputs) and NeighbourIndex against a brute-force search (recall@10 and
// exact Euclidean distances on 2,000 random points in 16-D; an isolated point has the
// highest outlier score).
#include "assist/DataMap.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace tally::assist;

namespace {

double correlation(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n = double(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

std::vector<float> randomPoints(int n, int dims, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::vector<float> x(size_t(n) * size_t(dims));
    for (float& v : x)
        v = u(rng);
    return x;
}

float distance(const std::vector<float>& x, int dims, int i, int j)
{
    double s = 0.0;
    for (int d = 0; d < dims; ++d) {
        const double diff = double(x[size_t(i) * dims + d]) - x[size_t(j) * dims + d];
        s += diff * diff;
    }
    return float(std::sqrt(s));
}

// The k nearest others of point i by exhaustive search.
std::vector<int> bruteForce(const std::vector<float>& x, int n, int dims, int i, int k)
{
    std::vector<std::pair<float, int>> all;
    for (int j = 0; j < n; ++j)
        if (j != i)
            all.emplace_back(distance(x, dims, i, j), j);
    std::partial_sort(all.begin(), all.begin() + k, all.end());
    std::vector<int> ids;
    for (int m = 0; m < k; ++m)
        ids.push_back(all[size_t(m)].second);
    return ids;
}

bool allZero(const std::vector<float>& v)
{
    return std::all_of(v.begin(), v.end(), [](float f) { return f == 0.0f; });
}

} // namespace

class TestDataMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pcaFindsTheDirection_data();
    void pcaFindsTheDirection();
    void pcaKeepsDistancesOfARotatedPlane();
    void pcaDegenerateInputsGiveZeros();
    void pcaOneDimension();
    void neighboursMatchBruteForce();
    void neighboursClampAndRejectBadInput();
    void isolatedPointIsTheOutlier();
};

// Points t * u + noise in 5-D: the first component is u, so x follows t; its sign makes
// u's largest-magnitude loading positive, so x follows t * sign(that loading).
void TestDataMap::pcaFindsTheDirection_data()
{
    QTest::addColumn<QVector<double>>("direction");
    QTest::addColumn<double>("sign");
    QTest::newRow("largest positive") << QVector<double>{1, 2, -1, 0.5, 3} << 1.0;
    QTest::newRow("largest negative") << QVector<double>{1, -4, 2, 0.5, 3} << -1.0;
}

void TestDataMap::pcaFindsTheDirection()
{
    QFETCH(QVector<double>, direction);
    QFETCH(double, sign);
    const int n = 1000, dims = 5;
    double norm = 0;
    for (double v : direction)
        norm += v * v;
    norm = std::sqrt(norm);
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> t(-1.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.01);
    std::vector<float> x;
    std::vector<double> param, projected, second;
    for (int i = 0; i < n; ++i) {
        param.push_back(t(rng));
        for (int d = 0; d < dims; ++d)
            x.push_back(float(10.0 + param.back() * direction[d] / norm + noise(rng)));
    }
    const std::vector<float> p = pca2(x, n, dims);
    QCOMPARE(p.size(), size_t(2 * n));
    for (int i = 0; i < n; ++i) {
        projected.push_back(p[size_t(i) * 2]);
        second.push_back(p[size_t(i) * 2 + 1]);
    }
    QVERIFY2(sign * correlation(projected, param) >= 0.99,
             qPrintable(QString::number(correlation(projected, param))));
    // Along u the spread is t's (sd 0.58); across it only the noise's (sd 0.01).
    const auto [lo, hi] = std::minmax_element(second.begin(), second.end());
    QVERIFY(*hi - *lo < 0.1);
}

// A 2-D cloud rotated by 30 degrees and moved: the projection is a rigid motion of it.
void TestDataMap::pcaKeepsDistancesOfARotatedPlane()
{
    const int n = 300;
    std::mt19937 rng(7);
    std::normal_distribution<double> wide(0.0, 2.0), narrow(0.0, 0.5);
    const double a = M_PI / 6;
    std::vector<float> x;
    for (int i = 0; i < n; ++i) {
        const double u = wide(rng), v = narrow(rng);
        x.push_back(float(3.0 + u * std::cos(a) - v * std::sin(a)));
        x.push_back(float(-2.0 + u * std::sin(a) + v * std::cos(a)));
    }
    const std::vector<float> p = pca2(x, n, 2);
    for (int i = 0; i < 60; ++i)
        for (int j = i + 1; j < 60; ++j) {
            const float before = distance(x, 2, i, j), after = distance(p, 2, i, j);
            QVERIFY2(
                std::abs(before - after) <= 1e-4f * std::max(1.0f, before),
                qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(i).arg(j).arg(before).arg(after)));
        }
}

void TestDataMap::pcaDegenerateInputsGiveZeros()
{
    const std::vector<float> constant(50 * 4, 3.25f);
    const std::vector<float> p = pca2(constant, 50, 4);
    QCOMPARE(p.size(), size_t(100));
    QVERIFY(allZero(p));

    const std::vector<float> one = pca2({1.0f, 2.0f, 3.0f}, 1, 3);
    QCOMPARE(one.size(), size_t(2));
    QVERIFY(allZero(one));

    QVERIFY(pca2({}, 0, 3).empty());
    QVERIFY(allZero(pca2({1, 2, 3, 4, 5}, 2, 3))); // 5 values are not 2 x 3
    QCOMPARE(pca2({1, 2, 3, 4, 5}, 2, 3).size(), size_t(4));
    QVERIFY(allZero(pca2({1, 2, 3, 4}, 2, 0)));

    std::vector<float> withNan = randomPoints(10, 3, 1);
    withNan[7] = std::nanf("");
    const std::vector<float> q = pca2(withNan, 10, 3);
    QCOMPARE(q.size(), size_t(20));
    QVERIFY(allZero(q));
}

// One dimension: x is the centred value (its one loading is +1), y is 0.
void TestDataMap::pcaOneDimension()
{
    const std::vector<float> p = pca2({1.0f, 2.0f, 6.0f}, 3, 1);
    QCOMPARE(p.size(), size_t(6));
    QCOMPARE(p[0], -2.0f);
    QCOMPARE(p[2], -1.0f);
    QCOMPARE(p[4], 3.0f);
    QCOMPARE(p[1], 0.0f);
    QCOMPARE(p[3], 0.0f);
    QCOMPARE(p[5], 0.0f);
}

void TestDataMap::neighboursMatchBruteForce()
{
    const int n = 2000, dims = 16, k = 10;
    const std::vector<float> x = randomPoints(n, dims, 16);
    const NeighbourIndex index(x, n, dims);
    QCOMPARE(index.size(), n);
    int hits = 0;
    for (int i = 0; i < n; ++i) {
        const auto near = index.nearest(i, k);
        QCOMPARE(int(near.size()), k);
        const std::vector<int> truth = bruteForce(x, n, dims, i, k);
        for (size_t m = 0; m < near.size(); ++m) {
            const auto [j, d] = near[m];
            QVERIFY(j != i);
            QVERIFY(m == 0 || near[m - 1].second <= d);
            QVERIFY(std::abs(d - distance(x, dims, i, j)) <= 1e-4f * distance(x, dims, i, j));
            hits += std::count(truth.begin(), truth.end(), j) > 0 ? 1 : 0;
        }
    }
    const double recall = double(hits) / (double(n) * k);
    qInfo("recall@10 %.4f", recall);
    QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
}

void TestDataMap::neighboursClampAndRejectBadInput()
{
    const std::vector<float> x = {0, 0, 1, 0, 3, 0, 7, 0, 15, 0};
    const NeighbourIndex index(x, 5, 2);
    const auto near = index.nearest(0, 10);
    QCOMPARE(int(near.size()), 4);
    QCOMPARE(near[0].first, 1);
    QCOMPARE(near[0].second, 1.0f);
    QCOMPARE(near[3].first, 4);
    QCOMPARE(near[3].second, 15.0f);
    QVERIFY(index.nearest(5, 2).empty());
    QVERIFY(index.nearest(-1, 2).empty());
    QVERIFY(index.nearest(2, 0).empty());
    // Point 3 (x = 7) has neighbours at 4 and 6: mean 5.
    QCOMPARE(index.outlierScores(2)[3], 5.0f);

    const NeighbourIndex bad(x, 3, 2); // 10 values are not 3 x 2
    QCOMPARE(bad.size(), 0);
    QVERIFY(bad.nearest(0, 1).empty());
    QVERIFY(bad.outlierScores(3).empty());
    const NeighbourIndex single({1.0f, 2.0f}, 1, 2);
    QVERIFY(single.nearest(0, 3).empty());
    QCOMPARE(single.outlierScores(3), std::vector<float>{0.0f});
}

void TestDataMap::isolatedPointIsTheOutlier()
{
    const int n = 301, dims = 8;
    std::mt19937 rng(3);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> x;
    for (int i = 0; i < n; ++i)
        for (int d = 0; d < dims; ++d)
            x.push_back(i == 123 ? 20.0f : g(rng));
    const NeighbourIndex index(x, n, dims);
    const std::vector<float> scores = index.outlierScores(10);
    QCOMPARE(int(scores.size()), n);
    QCOMPARE(int(std::max_element(scores.begin(), scores.end()) - scores.begin()), 123);
}

QTEST_GUILESS_MAIN(TestDataMap)
#include "test_data_map.moc"
