// loudestWindow / extractFrames: known answers (tone bursts, ties -> earliest, short
// signals, one loud channel of two) and a brute-force O(n*w) search on random signals.
#include "TestSupport.h"
#include "audio/LoudestWindow.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace tally;

Q_DECLARE_METATYPE(tally::Signal)

namespace {

constexpr int kRateHz = 16000;

// Silence of `frames` frames and `channels` channels.
Signal silence(qint64 frames, int channels = 1)
{
    Signal s;
    s.rateHz = kRateHz;
    s.channels = channels;
    s.samples.assign(size_t(frames * channels), 0.0f);
    return s;
}

// Writes value(f) into channel `channel` for frames [from, to).
template <typename Fn> void fill(Signal& s, int channel, qint64 from, qint64 to, Fn value)
{
    for (qint64 f = from; f < to; ++f)
        s.samples[size_t(f * s.channels + channel)] = float(value(f));
}

// A 1 kHz tone of amplitude 0.5 from frame `from` to `to` on `channel`.
void toneBurst(Signal& s, int channel, qint64 from, qint64 to)
{
    fill(s, channel, from, to,
         [](qint64 f) { return 0.5 * std::sin(2.0 * M_PI * 1000.0 * double(f) / kRateHz); });
}

double energy(const Signal& s, qint64 start, qint64 frames)
{
    double e = 0.0;
    for (qint64 f = start; f < start + frames; ++f)
        for (int c = 0; c < s.channels; ++c)
            e += double(s.at(f, c)) * double(s.at(f, c));
    return e;
}

// The reference: every window summed from scratch; the earliest of those within a
// rounding tolerance of the loudest (summing each window in its own order rounds
// differently, so windows of equal energy may differ in the last bits).
FrameRange bruteForce(const Signal& s, qint64 window)
{
    if (window < 1)
        return {0, 0};
    if (s.frames() <= window)
        return {0, s.frames()};
    std::vector<double> energies;
    for (qint64 start = 0; start + window <= s.frames(); ++start)
        energies.push_back(energy(s, start, window));
    const double best = *std::max_element(energies.cbegin(), energies.cend());
    const auto first = std::find_if(energies.cbegin(), energies.cend(),
                                    [best](double e) { return e >= best * (1.0 - 1e-9); });
    const qint64 start = qint64(first - energies.cbegin());
    return {start, start + window};
}

} // namespace

class TestLoudestWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data();
    void knownAnswers();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void extractCopiesTheFrames();
    void extractRefusesRangesOutside_data();
    void extractRefusesRangesOutside();
};

void TestLoudestWindow::knownAnswers_data()
{
    QTest::addColumn<Signal>("signal");
    QTest::addColumn<qint64>("windowFrames");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");

    // 1.5 s: a 0.2 s burst at 0.9 s [14400, 17600) in silence. Every 1 s window that
    // holds the whole burst ties; the earliest one ends where the burst ends.
    Signal burst = silence(24000);
    toneBurst(burst, 0, 14400, 17600);
    QTest::newRow("burst in silence: earliest of the ties")
        << burst << qint64(16000) << qint64(1600) << qint64(17600);

    // The same burst over a floor of 0.1 before it and a 0.15 s tail of 0.2 after it
    // [17600, 20000), then silence: moving right gains 0.04 - 0.01 per frame until
    // the tail is inside (start 4000), then loses 0.01 per frame. Unique answer.
    Signal tail = silence(24000);
    fill(tail, 0, 0, 14400, [](qint64) { return 0.1; });
    toneBurst(tail, 0, 14400, 17600);
    fill(tail, 0, 17600, 20000, [](qint64) { return -0.2; });
    QTest::newRow("burst with floor and tail: unique")
        << tail << qint64(16000) << qint64(4000) << qint64(20000);

    // Constant signal: all windows equal, the first wins.
    Signal dc = silence(1000);
    fill(dc, 0, 0, 1000, [](qint64) { return 0.3; });
    QTest::newRow("DC: first window") << dc << qint64(100) << qint64(0) << qint64(100);

    Signal shortOne = silence(8000);
    toneBurst(shortOne, 0, 2000, 4000);
    QTest::newRow("shorter than the window: whole signal")
        << shortOne << qint64(16000) << qint64(0) << qint64(8000);
    QTest::newRow("exactly the window") << shortOne << qint64(8000) << qint64(0) << qint64(8000);
    QTest::newRow("empty signal") << silence(0) << qint64(16000) << qint64(0) << qint64(0);
    QTest::newRow("window 0") << shortOne << qint64(0) << qint64(0) << qint64(0);

    // Two channels, 2 s: channel 0 a faint constant everywhere, channel 1 silent but
    // for a burst at [20000, 23200). Channel 0 is equal in every window.
    Signal stereo = silence(32000, 2);
    fill(stereo, 0, 0, 32000, [](qint64) { return 0.001; });
    toneBurst(stereo, 1, 20000, 23200);
    QTest::newRow("only channel 1 loud")
        << stereo << qint64(16000) << qint64(7200) << qint64(23200);

    // Antiphase channels: a mean mix would be silent there; energies must not cancel.
    Signal anti = silence(32000, 2);
    toneBurst(anti, 0, 20000, 23200);
    fill(anti, 1, 20000, 23200, [&anti](qint64 f) { return -anti.at(f, 0); });
    fill(anti, 0, 0, 100, [](qint64) { return 0.01; }); // a mono mix would pick this
    QTest::newRow("antiphase channels do not cancel")
        << anti << qint64(16000) << qint64(7200) << qint64(23200);
}

void TestLoudestWindow::knownAnswers()
{
    QFETCH(Signal, signal);
    QFETCH(qint64, windowFrames);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);
    const FrameRange r = loudestWindow(signal, windowFrames);
    QCOMPARE(r.startFrame, expectedStart);
    QCOMPARE(r.endFrame, expectedEnd);
    QCOMPARE(r, bruteForce(signal, windowFrames));
}

void TestLoudestWindow::matchesBruteForce_data()
{
    QTest::addColumn<Signal>("signal");
    QTest::addColumn<qint64>("windowFrames");
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator rng(seed);
        Signal s = silence(rng.bounded(1, 300), rng.bounded(1, 4));
        // Odd seeds: continuous values. Even seeds: a few levels, so exact ties occur
        // (their squares and sums are exact in double) and the earliest must win.
        static const float kLevels[] = {0.0f, 0.25f, -0.25f, 0.5f};
        for (float& x : s.samples)
            x = seed % 2 ? float(rng.generateDouble() * 2.0 - 1.0) : kLevels[rng.bounded(4)];
        const qint64 window = rng.bounded(1, int(s.frames()) + 20);
        QTest::addRow("seed %u: %lld frames x %d, window %lld", seed, s.frames(), s.channels,
                      window)
            << s << window;
    }
}

void TestLoudestWindow::matchesBruteForce()
{
    QFETCH(Signal, signal);
    QFETCH(qint64, windowFrames);
    QCOMPARE(loudestWindow(signal, windowFrames), bruteForce(signal, windowFrames));
}

void TestLoudestWindow::extractCopiesTheFrames()
{
    Signal s = silence(10, 2);
    for (size_t i = 0; i < s.samples.size(); ++i)
        s.samples[i] = float(i);
    const Result<Signal> part = extractFrames(s, {3, 7});
    QVERIFY2(part.isOk(), qPrintable(part.error().toString()));
    QCOMPARE(part.value().rateHz, kRateHz);
    QCOMPARE(part.value().channels, 2);
    QCOMPARE(part.value().frames(), qint64(4));
    QCOMPARE(part.value().at(0, 0), 6.0f);
    QCOMPARE(part.value().at(3, 1), 13.0f);
    QCOMPARE(extractFrames(s, {10, 10}).value().frames(), qint64(0));
}

void TestLoudestWindow::extractRefusesRangesOutside_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::newRow("negative start") << qint64(-1) << qint64(3);
    QTest::newRow("past the end") << qint64(5) << qint64(11);
    QTest::newRow("reversed") << qint64(6) << qint64(4);
}

void TestLoudestWindow::extractRefusesRangesOutside()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    const Result<Signal> part = extractFrames(silence(10), {start, end});
    QVERIFY(!part.isOk());
    QVERIFY2(part.error().reason.contains(QString::number(end)), qPrintable(part.error().reason));
}

QTEST_GUILESS_MAIN(TestLoudestWindow)
#include "test_loudest_window.moc"
