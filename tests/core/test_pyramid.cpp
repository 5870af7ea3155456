// SummaryPyramid against brute-force min/max over random multichannel data:
// every block of every level, queries at several zooms, edges, cancellation.
#include "TestSupport.h"
#include "dsp/SummaryPyramid.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace tally;

namespace {

std::vector<float> randomInterleaved(qint64 frames, int channels, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> gauss(0.0f, 0.3f);
    std::vector<float> x(static_cast<size_t>(frames * channels));
    for (float& v : x)
        v = gauss(rng);
    return x;
}

// min and max of channel c over frames [first, last) clipped to the data.
std::pair<float, float> bruteMinMax(const std::vector<float>& x, int channels, int c, qint64 first,
                                    qint64 last)
{
    const qint64 frames = qint64(x.size()) / channels;
    first = qMax<qint64>(0, first);
    last = qMin(frames, last);
    float lo = INFINITY, hi = -INFINITY;
    for (qint64 f = first; f < last; ++f) {
        lo = std::min(lo, x[size_t(f * channels + c)]);
        hi = std::max(hi, x[size_t(f * channels + c)]);
    }
    return {lo, hi};
}

} // namespace

class TestPyramid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksMatchBruteForce_data();
    void blocksMatchBruteForce();
    void queryMatchesBruteForce_data();
    void queryMatchesBruteForce();
    void queryOnBlockEdgesIsExact();
    void columnsPastTheDataAreNaN();
    void emptyAndCancelled();
};

void TestPyramid::blocksMatchBruteForce_data()
{
    QTest::addColumn<qint64>("frames");
    QTest::addColumn<int>("channels");
    QTest::newRow("1 frame") << qint64(1) << 1;
    QTest::newRow("63 frames") << qint64(63) << 2;
    QTest::newRow("64 frames") << qint64(64) << 1;
    QTest::newRow("65 frames") << qint64(65) << 3;
    QTest::newRow("1000 x 2") << qint64(1000) << 2;
    QTest::newRow("4097 x 1") << qint64(4097) << 1;
    QTest::newRow("100003 x 3") << qint64(100003) << 3;
    QTest::newRow("2^17 x 2") << qint64(1 << 17) << 2;
}

// Level k block b covers frames [b 2^(6+k), (b+1) 2^(6+k)); the top level is one block.
void TestPyramid::blocksMatchBruteForce()
{
    QFETCH(qint64, frames);
    QFETCH(int, channels);
    const std::vector<float> x = randomInterleaved(frames, channels, unsigned(frames));
    SummaryPyramid p;
    QVERIFY(p.build(x.data(), frames, channels));
    QCOMPARE(p.frames(), frames);
    QCOMPARE(p.channels(), channels);
    QVERIFY(p.levels() >= 1);
    QCOMPARE(p.blockCount(p.levels() - 1), qint64(1));
    if (p.levels() > 1)
        QVERIFY(p.blockCount(p.levels() - 2) > 1);
    for (int level = 0; level < p.levels(); ++level) {
        const qint64 width = p.blockFrames(level);
        QCOMPARE(width, qint64(64) << level);
        QCOMPARE(p.blockCount(level), (frames + width - 1) / width);
        for (qint64 b = 0; b < p.blockCount(level); ++b) {
            for (int c = 0; c < channels; ++c) {
                const auto [lo, hi] = bruteMinMax(x, channels, c, b * width, (b + 1) * width);
                QCOMPARE(p.blockMin(level, c, b), lo);
                QCOMPARE(p.blockMax(level, c, b), hi);
            }
        }
    }
}

void TestPyramid::queryMatchesBruteForce_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<int>("columns");
    const double n = 100003;
    QTest::newRow("all, 10 cols") << 0.0 << n << 10;
    QTest::newRow("all, 100 cols") << 0.0 << n << 100;
    QTest::newRow("all, 1000 cols") << 0.0 << n << 1000;
    QTest::newRow("all, 1562 cols (w just over 64)") << 0.0 << n << 1562;
    QTest::newRow("part, 333 cols") << 1234.5 << 80000.25 << 333;
    QTest::newRow("zoomed, 50 cols") << 50000.0 << 56400.0 << 50;
    QTest::newRow("overhanging both ends") << -5000.0 << n + 7000.0 << 97;
}

// The expected column is computed here from the contract: level = the coarsest with
// 2^(6+k) <= w, column i spans blocks [round(s_i / B), round(s_{i+1} / B)).
void TestPyramid::queryMatchesBruteForce()
{
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(int, columns);
    const qint64 frames = 100003;
    const int channels = 3;
    const std::vector<float> x = randomInterleaved(frames, channels, 99);
    SummaryPyramid p;
    QVERIFY(p.build(x.data(), frames, channels));
    const double w = (end - start) / columns;
    QVERIFY(w >= 64.0);
    int level = 0;
    while (level + 1 < p.levels() && double(qint64(64) << (level + 1)) <= w)
        ++level;
    const double block = double(qint64(64) << level);
    std::vector<float> mins(static_cast<size_t>(columns)), maxs(static_cast<size_t>(columns));
    for (int c = 0; c < channels; ++c) {
        p.query(c, start, end, columns, mins.data(), maxs.data());
        for (int i = 0; i < columns; ++i) {
            const qint64 b0 = std::llround((start + i * w) / block);
            const qint64 b1 = std::llround((start + (i + 1) * w) / block);
            const auto [lo, hi] =
                bruteMinMax(x, channels, c, b0 * qint64(block), b1 * qint64(block));
            if (lo > hi) { // no data under this column
                QVERIFY(std::isnan(mins[size_t(i)]) && std::isnan(maxs[size_t(i)]));
                continue;
            }
            QVERIFY2(mins[size_t(i)] == lo && maxs[size_t(i)] == hi,
                     qPrintable(QStringLiteral("channel %1 column %2").arg(c).arg(i)));
        }
    }
}

// When the columns fall on block edges the answer is the exact min/max of the range.
void TestPyramid::queryOnBlockEdgesIsExact()
{
    const qint64 frames = 1 << 16;
    const std::vector<float> x = randomInterleaved(frames, 2, 5);
    SummaryPyramid p;
    QVERIFY(p.build(x.data(), frames, 2));
    for (int columns : {1, 4, 256, 1024}) {
        std::vector<float> mins(static_cast<size_t>(columns)), maxs(static_cast<size_t>(columns));
        const double w = double(frames) / columns;
        p.query(1, 0, double(frames), columns, mins.data(), maxs.data());
        for (int i = 0; i < columns; ++i) {
            const auto [lo, hi] = bruteMinMax(x, 2, 1, qint64(i * w), qint64((i + 1) * w));
            QCOMPARE(mins[size_t(i)], lo);
            QCOMPARE(maxs[size_t(i)], hi);
        }
    }
    // A window in the middle: frames [8192, 8192 + 64 * 128) in 64 columns of 128.
    std::vector<float> mins(64), maxs(64);
    p.query(0, 8192, 8192 + 64 * 128, 64, mins.data(), maxs.data());
    for (int i = 0; i < 64; ++i) {
        const auto [lo, hi] = bruteMinMax(x, 2, 0, 8192 + i * 128, 8192 + (i + 1) * 128);
        QCOMPARE(mins[size_t(i)], lo);
        QCOMPARE(maxs[size_t(i)], hi);
    }
}

void TestPyramid::columnsPastTheDataAreNaN()
{
    const qint64 frames = 1000;
    const std::vector<float> x = randomInterleaved(frames, 1, 3);
    SummaryPyramid p;
    QVERIFY(p.build(x.data(), frames, 1));
    std::vector<float> mins(10), maxs(10);
    p.query(0, 0, 6400, 10, mins.data(), maxs.data()); // 640 frames per column
    QVERIFY(!std::isnan(mins[0]) && !std::isnan(mins[1]));
    for (int i = 2; i < 10; ++i)
        QVERIFY(std::isnan(mins[size_t(i)]) && std::isnan(maxs[size_t(i)]));
    // A channel that does not exist gives NaN too, rather than reading out of bounds.
    p.query(1, 0, 6400, 10, mins.data(), maxs.data());
    QVERIFY(std::isnan(mins[0]));
}

void TestPyramid::emptyAndCancelled()
{
    SummaryPyramid p;
    QVERIFY(p.build(nullptr, 0, 2));
    QCOMPARE(p.levels(), 0);
    QCOMPARE(p.blockCount(0), qint64(0));
    std::vector<float> mins(4), maxs(4);
    p.query(0, 0, 1000, 4, mins.data(), maxs.data());
    QVERIFY(std::isnan(mins[0]) && std::isnan(maxs[3]));

    const qint64 frames = 1 << 20;
    const std::vector<float> x = randomInterleaved(frames, 2, 8);
    QVERIFY(p.build(x.data(), frames, 2));
    QVERIFY(p.levels() > 0);
    std::atomic_bool cancel{true};
    QVERIFY(!p.build(x.data(), frames, 2, &cancel));
    QCOMPARE(p.levels(), 0); // a cancelled build leaves an empty pyramid, not a stale one
    QCOMPARE(p.frames(), qint64(0));
    cancel = false;
    QVERIFY(p.build(x.data(), frames, 2, &cancel));
    QCOMPARE(p.blockCount(0), frames / 64);
}

QTEST_GUILESS_MAIN(TestPyramid)
#include "test_pyramid.moc"
