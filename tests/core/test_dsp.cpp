// Known-answer tests for core/dsp: windows, STFT (sine, DC, Parseval, brute-force
// DFT), powerToDb accuracy, the Slaney mel scale and filterbank, and NpyWriter.
#include "TestSupport.h"
#include "dsp/MelFilterbank.h"
#include "dsp/NpyWriter.h"
#include "dsp/Stft.h"
#include "dsp/Window.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cfloat>
#include <cmath>
#include <complex>
#include <limits>
#include <random>

using namespace tally;

namespace {

std::vector<float> randomSignal(size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> uni(-1.0f, 1.0f);
    std::vector<float> x(n);
    for (float& v : x)
        v = uni(rng);
    return x;
}

std::vector<float> sineVector(double cyclesPerSample, double amplitude, size_t n)
{
    std::vector<float> x(n);
    for (size_t i = 0; i < n; ++i)
        x[i] = float(amplitude * std::sin(2.0 * M_PI * cyclesPerSample * double(i)));
    return x;
}

// |DFT(x * w)|^2 for bins 0..n/2, O(n^2) in double: the reference for the STFT.
std::vector<double> bruteForcePower(const float* x, const std::vector<float>& w)
{
    const int n = int(w.size());
    std::vector<double> power(size_t(n / 2 + 1));
    for (int k = 0; k <= n / 2; ++k) {
        std::complex<double> sum = 0.0;
        for (int t = 0; t < n; ++t)
            sum += double(x[t]) * double(w[size_t(t)]) *
                   std::polar(1.0, -2.0 * M_PI * double(k) * double(t) / double(n));
        power[size_t(k)] = std::norm(sum);
    }
    return power;
}

double referenceDb(double p)
{
    return 10.0 * std::log10(std::max(p, 1e-10));
}

} // namespace

class TestDsp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsMatchDefinition_data();
    void windowsMatchDefinition();
    void windowNames();
    void sineAtBinFrequencyLandsInThatBin_data();
    void sineAtBinFrequencyLandsInThatBin();
    void dcLandsInBinZero();
    void parsevalOnWindowedFrame_data();
    void parsevalOnWindowedFrame();
    void frameCount_data();
    void frameCount();
    void spectrogramMatchesBruteForceDft_data();
    void spectrogramMatchesBruteForceDft();
    void threadedEqualsSingleThread();
    void shortInputAndInvalidParams();
    void cancelledGivesEmpty();
    void powerToDbAccuracy();
    void melScaleKnownValues();
    void melFilterbankHandWorked();
    void melFilterbankMatchesDenseReference();
    void melSpectrogramRow();
    void npyRoundTrip();
    void npyEmptyAndErrors();
};

void TestDsp::windowsMatchDefinition_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QList<double>>("expected");
    // scipy.signal.get_window(name, 8) (periodic)
    QTest::newRow("hann8") << int(WindowType::Hann)
                           << QList<double>{0.0, 0.14644661, 0.5, 0.85355339,
                                            1.0, 0.85355339, 0.5, 0.14644661};
    QTest::newRow("hamming8") << int(WindowType::Hamming)
                              << QList<double>{0.08, 0.21473088, 0.54, 0.86526912,
                                               1.0,  0.86526912, 0.54, 0.21473088};
    QTest::newRow("blackman8") << int(WindowType::Blackman)
                               << QList<double>{0.0, 0.06644661, 0.34, 0.77355339,
                                                1.0, 0.77355339, 0.34, 0.06644661};
}

void TestDsp::windowsMatchDefinition()
{
    QFETCH(int, type);
    QFETCH(QList<double>, expected);
    const std::vector<float> w = makeWindow(WindowType(type), int(expected.size()));
    QCOMPARE(int(w.size()), int(expected.size()));
    for (int k = 0; k < int(w.size()); ++k)
        QVERIFY2(std::abs(w[size_t(k)] - expected[k]) < 1e-6, qPrintable(QString::number(k)));
    // Periodic form: the sum of a periodic Hann of length n is exactly n/2.
    if (WindowType(type) == WindowType::Hann) {
        const std::vector<float> big = makeWindow(WindowType::Hann, 512);
        double sum = 0;
        for (float v : big)
            sum += v;
        QVERIFY(std::abs(sum - 256.0) < 1e-4);
    }
}

void TestDsp::windowNames()
{
    WindowType t = WindowType::Hann;
    QVERIFY(parseWindowType(QStringLiteral("Blackman"), &t));
    QCOMPARE(t, WindowType::Blackman);
    QVERIFY(parseWindowType(QStringLiteral("hamming"), &t));
    QCOMPARE(t, WindowType::Hamming);
    QVERIFY(parseWindowType(QStringLiteral("HANN"), &t));
    QCOMPARE(t, WindowType::Hann);
    QVERIFY(!parseWindowType(QStringLiteral("kaiser"), &t));
    QCOMPARE(t, WindowType::Hann);
    for (WindowType type : {WindowType::Hann, WindowType::Hamming, WindowType::Blackman}) {
        QVERIFY(parseWindowType(windowTypeName(type), &t));
        QCOMPARE(t, type);
    }
}

void TestDsp::sineAtBinFrequencyLandsInThatBin_data()
{
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("bin");
    QTest::addColumn<double>("amplitude");
    QTest::newRow("512/32/0.5") << 512 << 32 << 0.5;
    QTest::newRow("1024/100/1.0") << 1024 << 100 << 1.0;
    QTest::newRow("256/5/0.01") << 256 << 5 << 0.01;
}

// A*sin at bin k through a Hann window: X_k = -j A N / 4, so power (A N / 4)^2;
// the neighbours k+-1 get A N / 8 (-6.02 dB); everything else is leakage-free.
void TestDsp::sineAtBinFrequencyLandsInThatBin()
{
    QFETCH(int, nFft);
    QFETCH(int, bin);
    QFETCH(double, amplitude);
    const std::vector<float> x = sineVector(double(bin) / nFft, amplitude, size_t(nFft));
    StftParams p;
    p.nFft = nFft;
    StftEngine engine(p);
    QCOMPARE(engine.outputBins(), nFft / 2 + 1);
    std::vector<float> db(size_t(engine.outputBins()));
    engine.frameDb(x.data(), db.data());
    const double peak = 20.0 * std::log10(amplitude * nFft / 4.0);
    QVERIFY2(std::abs(db[size_t(bin)] - peak) < 1e-3,
             qPrintable(QStringLiteral("%1 vs %2").arg(db[size_t(bin)]).arg(peak)));
    const double side = 20.0 * std::log10(amplitude * nFft / 8.0);
    QVERIFY(std::abs(db[size_t(bin - 1)] - side) < 1e-2);
    QVERIFY(std::abs(db[size_t(bin + 1)] - side) < 1e-2);
    for (int b = 0; b < int(db.size()); ++b)
        if (std::abs(b - bin) > 1)
            QVERIFY2(db[size_t(b)] < peak - 80.0, qPrintable(QString::number(b)));
}

// DC c through Hann: X_0 = c N / 2, X_1 = -c N / 4, the rest 0 (the -100 dB floor).
void TestDsp::dcLandsInBinZero()
{
    const int n = 512;
    const float c = 0.25f;
    const std::vector<float> x(size_t(n), c);
    StftParams p;
    p.nFft = n;
    StftEngine engine(p);
    std::vector<float> power(size_t(n / 2 + 1));
    engine.power(x.data(), power.data());
    QVERIFY(std::abs(power[0] - std::pow(c * n / 2.0, 2)) < 1e-3 * std::pow(c * n / 2.0, 2));
    QVERIFY(std::abs(power[1] - std::pow(c * n / 4.0, 2)) < 1e-3 * std::pow(c * n / 4.0, 2));
    std::vector<float> db(power.size());
    engine.frameDb(x.data(), db.data());
    QVERIFY(std::abs(db[0] - 20.0 * std::log10(c * n / 2.0)) < 1e-3);
    for (size_t b = 2; b < db.size(); ++b)
        QVERIFY2(db[b] < -50.0f, qPrintable(QString::number(b)));
}

void TestDsp::parsevalOnWindowedFrame_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("nFft");
    QTest::newRow("hann512") << int(WindowType::Hann) << 512;
    QTest::newRow("hamming256") << int(WindowType::Hamming) << 256;
    QTest::newRow("blackman1024") << int(WindowType::Blackman) << 1024;
    QTest::newRow("hann400 (not a power of two)") << int(WindowType::Hann) << 400;
}

// sum |x w|^2 = (1/N) (|X_0|^2 + 2 sum_{k=1}^{N/2-1} |X_k|^2 + |X_{N/2}|^2)
void TestDsp::parsevalOnWindowedFrame()
{
    QFETCH(int, type);
    QFETCH(int, nFft);
    const std::vector<float> x = randomSignal(size_t(nFft), 7);
    const std::vector<float> w = makeWindow(WindowType(type), nFft);
    double timeEnergy = 0;
    for (int i = 0; i < nFft; ++i)
        timeEnergy += std::pow(double(x[size_t(i)]) * w[size_t(i)], 2);
    StftParams p;
    p.nFft = nFft;
    p.window = WindowType(type);
    StftEngine engine(p);
    std::vector<float> power(size_t(nFft / 2 + 1));
    engine.power(x.data(), power.data());
    double freqEnergy = double(power[0]) + double(power[size_t(nFft / 2)]);
    for (int k = 1; k < nFft / 2; ++k)
        freqEnergy += 2.0 * power[size_t(k)];
    freqEnergy /= nFft;
    QVERIFY2(std::abs(freqEnergy - timeEnergy) < 1e-5 * timeEnergy,
             qPrintable(QStringLiteral("%1 vs %2").arg(freqEnergy).arg(timeEnergy)));
}

void TestDsp::frameCount_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("hop");
    QTest::addColumn<qint64>("frames");
    QTest::newRow("shorter") << qint64(511) << 512 << 160 << qint64(0);
    QTest::newRow("exactly one") << qint64(512) << 512 << 160 << qint64(1);
    QTest::newRow("one short of two") << qint64(671) << 512 << 160 << qint64(1);
    QTest::newRow("two") << qint64(672) << 512 << 160 << qint64(2);
    QTest::newRow("1 s 16k") << qint64(16000) << 512 << 160 << qint64(97);
    QTest::newRow("hop 1") << qint64(1000) << 64 << 1 << qint64(937);
    QTest::newRow("hop > nFft") << qint64(10000) << 256 << 1000 << qint64(10);
    QTest::newRow("empty") << qint64(0) << 256 << 128 << qint64(0);
}

void TestDsp::frameCount()
{
    QFETCH(qint64, n);
    QFETCH(int, nFft);
    QFETCH(int, hop);
    QFETCH(qint64, frames);
    QCOMPARE(stftFrameCount(n, nFft, hop), frames);
    const std::vector<float> x = randomSignal(size_t(n), 3);
    StftParams p;
    p.nFft = nFft;
    p.hop = hop;
    const Spectrogram s = computeSpectrogram(x.data(), n, p);
    QCOMPARE(s.frames, frames);
    QCOMPARE(s.bins, nFft / 2 + 1);
    QCOMPARE(qint64(s.db.size()), frames * s.bins);
}

void TestDsp::spectrogramMatchesBruteForceDft_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("hop");
    QTest::newRow("hann256") << int(WindowType::Hann) << 256 << 100;
    QTest::newRow("hamming128") << int(WindowType::Hamming) << 128 << 37;
    QTest::newRow("blackman96") << int(WindowType::Blackman) << 96 << 96;
}

// Every cell of computeSpectrogram against a double-precision O(N^2) DFT, to 1e-3 dB
// (the float FFT lands near 5e-5 dB on this input).
void TestDsp::spectrogramMatchesBruteForceDft()
{
    QFETCH(int, type);
    QFETCH(int, nFft);
    QFETCH(int, hop);
    const qint64 n = 20 * hop + nFft + 7;
    const std::vector<float> x = randomSignal(size_t(n), 11);
    StftParams p;
    p.nFft = nFft;
    p.hop = hop;
    p.window = WindowType(type);
    const Spectrogram s = computeSpectrogram(x.data(), n, p);
    QCOMPARE(s.frames, stftFrameCount(n, nFft, hop));
    QCOMPARE(s.frames, qint64(21));
    const std::vector<float> w = makeWindow(p.window, nFft);
    double worst = 0;
    for (qint64 f = 0; f < s.frames; ++f) {
        const std::vector<double> ref = bruteForcePower(x.data() + f * hop, w);
        for (int b = 0; b < s.bins; ++b) {
            const double want = referenceDb(ref[size_t(b)]);
            const double err = std::abs(s.at(f, b) - want);
            worst = std::max(worst, err);
            QVERIFY2(err < 1e-3, qPrintable(QStringLiteral("frame %1 bin %2: %3 vs %4")
                                                .arg(f)
                                                .arg(b)
                                                .arg(s.at(f, b))
                                                .arg(want)));
        }
    }
    qInfo("worst error: %.2e dB", worst);
}

void TestDsp::threadedEqualsSingleThread()
{
    const qint64 n = 16000 * 3 + 123;
    const std::vector<float> x = randomSignal(size_t(n), 5);
    for (int mel : {0, 40}) {
        StftParams p;
        p.melBands = mel;
        const Spectrogram all = computeSpectrogram(x.data(), n, p);
        const Spectrogram one = computeSpectrogram(x.data(), n, p, 1);
        const Spectrogram three = computeSpectrogram(x.data(), n, p, 3);
        QCOMPARE(all.frames, stftFrameCount(n, p.nFft, p.hop));
        QCOMPARE(one.frames, all.frames);
        QVERIFY(one.db == all.db);
        QVERIFY(three.db == all.db);
        // And each row is what a lone engine gives for that frame.
        StftEngine engine(p);
        std::vector<float> row(size_t(engine.outputBins()));
        for (qint64 f : {qint64(0), all.frames / 2, all.frames - 1}) {
            engine.frameDb(x.data() + f * p.hop, row.data());
            QVERIFY(std::equal(row.begin(), row.end(), all.db.begin() + f * all.bins));
        }
    }
}

void TestDsp::shortInputAndInvalidParams()
{
    const std::vector<float> x(100, 0.5f);
    StftParams p;
    const Spectrogram s = computeSpectrogram(x.data(), qint64(x.size()), p);
    QCOMPARE(s.frames, qint64(0));
    QCOMPARE(s.bins, 257);
    QVERIFY(s.db.empty());

    QString reason;
    QVERIFY(isValidStftParams(p, &reason));
    QVERIFY(reason.isEmpty());
    for (int nFft : {0, -2, 1, 511}) {
        p.nFft = nFft;
        QVERIFY(!isValidStftParams(p, &reason));
        QVERIFY(reason.contains(QStringLiteral("n_fft")));
    }
    p.nFft = 400; // even, not a power of two: allowed
    QVERIFY(isValidStftParams(p));
    p.hop = 0;
    QVERIFY(!isValidStftParams(p, &reason));
    QVERIFY(reason.contains(QStringLiteral("hop")));
    const Spectrogram bad = computeSpectrogram(x.data(), qint64(x.size()), p);
    QCOMPARE(bad.frames, qint64(0));
}

void TestDsp::cancelledGivesEmpty()
{
    const qint64 n = 16000 * 10;
    const std::vector<float> x = randomSignal(size_t(n), 9);
    std::atomic_bool cancel{true};
    const Spectrogram s = computeSpectrogram(x.data(), n, StftParams(), &cancel);
    QCOMPARE(s.frames, qint64(0));
    QVERIFY(s.db.empty());
    cancel = false;
    QCOMPARE(computeSpectrogram(x.data(), n, StftParams(), &cancel).frames,
             stftFrameCount(n, 512, 160));
}

// Log-spaced sweep from 0 and denormals to FLT_MAX, plus random mantissas.
void TestDsp::powerToDbAccuracy()
{
    std::vector<float> p = {
        0.0f,        1e-45f,      1e-38f, 1e-20f,  1e-10f,
        0.99e-10f,   1.01e-10f,   1.0f,   2.0f,    0.5f,
        1.41421356f, 0.70710678f, 10.0f,  FLT_MAX, std::numeric_limits<float>::infinity()};
    for (double e = -12.0; e <= 30.0; e += 0.001)
        p.push_back(float(std::pow(10.0, e)));
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> uni(0.0f, 1000.0f);
    for (int i = 0; i < 100000; ++i)
        p.push_back(uni(rng));
    std::vector<float> db(p.size());
    powerToDb(p.data(), db.data(), int(p.size()));
    double worst = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        const double want = referenceDb(std::min(double(p[i]), double(FLT_MAX)));
        const double err = std::abs(db[i] - want);
        worst = std::max(worst, err);
        QVERIFY2(err < 1e-3,
                 qPrintable(QStringLiteral("p=%1: %2 vs %3").arg(p[i]).arg(db[i]).arg(want)));
    }
    QCOMPARE(db[0], -100.0f);
    qInfo("powerToDb worst error: %.2e dB over %zu values", worst, p.size());
    // Odd lengths exercise the scalar tail; in place is allowed.
    std::vector<float> inPlace(p.begin(), p.begin() + 7);
    powerToDb(inPlace.data(), inPlace.data(), 7);
    for (int i = 0; i < 7; ++i)
        QVERIFY(std::abs(inPlace[size_t(i)] - db[size_t(i)]) < 1e-3);
}

// Slaney: mel = f / (200/3) below 1 kHz; above, 15 + ln(f / 1000) / (ln(6.4) / 27).
void TestDsp::melScaleKnownValues()
{
    QCOMPARE(MelFilterbank::hzToMel(0.0), 0.0);
    QVERIFY(std::abs(MelFilterbank::hzToMel(500.0) - 7.5) < 1e-12);
    QVERIFY(std::abs(MelFilterbank::hzToMel(1000.0) - 15.0) < 1e-12);
    QVERIFY(std::abs(MelFilterbank::hzToMel(6400.0) - 42.0) < 1e-12);
    QVERIFY(std::abs(MelFilterbank::hzToMel(8000.0) -
                     (15.0 + 27.0 * std::log(8.0) / std::log(6.4))) < 1e-12);
    QVERIFY(std::abs(MelFilterbank::melToHz(7.5) - 500.0) < 1e-9);
    QVERIFY(std::abs(MelFilterbank::melToHz(42.0) - 6400.0) < 1e-9);
    for (double hz : {0.0, 123.0, 999.0, 1000.0, 1001.0, 4000.0, 22050.0})
        QVERIFY(std::abs(MelFilterbank::melToHz(MelFilterbank::hzToMel(hz)) - hz) <
                1e-9 * (1 + hz));
}

// 2 bands from 0 to 1000 Hz: edges at 0, 333.3, 666.7, 1000 Hz (mel 0, 5, 10, 15).
// nFft 96 at 16 kHz puts bins every 166.7 Hz, so band 0 has weights 1/2, 1, 1/2 at
// bins 1..3 and band 1 at bins 3..5, each scaled by 2 / 666.7 Hz = 0.003.
void TestDsp::melFilterbankHandWorked()
{
    const MelFilterbank mel(2, 96, 16000.0, 0.0, 1000.0);
    QCOMPARE(mel.bands(), 2);
    QCOMPARE(mel.bins(), 49);
    QVERIFY(std::abs(mel.centresHz()[0] - 1000.0 / 3) < 1e-9);
    QVERIFY(std::abs(mel.centresHz()[1] - 2000.0 / 3) < 1e-9);
    const double expected[2][7] = {{0, 0.0015, 0.003, 0.0015, 0, 0, 0},
                                   {0, 0, 0, 0.0015, 0.003, 0.0015, 0}};
    for (int m = 0; m < 2; ++m) {
        for (int k = 0; k < 7; ++k)
            QVERIFY2(std::abs(mel.weight(m, k) - expected[m][k]) < 1e-8,
                     qPrintable(
                         QStringLiteral("band %1 bin %2: %3").arg(m).arg(k).arg(mel.weight(m, k))));
        for (int k = 7; k < mel.bins(); ++k)
            QCOMPARE(mel.weight(m, k), 0.0f);
    }
    std::vector<float> power(49, 0.0f);
    power[2] = 1000.0f;
    power[3] = 100.0f;
    power[4] = 10.0f;
    float bands[2];
    mel.apply(power.data(), bands);
    QVERIFY(std::abs(bands[0] - (3.0 + 0.15)) < 1e-5);
    QVERIFY(std::abs(bands[1] - (0.15 + 0.03)) < 1e-6);
}

// librosa.filters.mel's algorithm written out densely; and unit area per band.
void TestDsp::melFilterbankMatchesDenseReference()
{
    const int nMels = 40, nFft = 512;
    const double rate = 16000.0;
    const MelFilterbank mel(nMels, nFft, rate);
    std::vector<double> edges(size_t(nMels + 2));
    const double top = MelFilterbank::hzToMel(rate / 2);
    for (int i = 0; i < nMels + 2; ++i)
        edges[size_t(i)] = MelFilterbank::melToHz(top * i / (nMels + 1));
    const double binHz = rate / nFft;
    for (int m = 0; m < nMels; ++m) {
        double area = 0;
        for (int k = 0; k <= nFft / 2; ++k) {
            const double f = k * binHz;
            const double lower = (f - edges[size_t(m)]) / (edges[size_t(m + 1)] - edges[size_t(m)]);
            const double upper =
                (edges[size_t(m + 2)] - f) / (edges[size_t(m + 2)] - edges[size_t(m + 1)]);
            const double want = std::max(0.0, std::min(lower, upper)) * 2.0 /
                                (edges[size_t(m + 2)] - edges[size_t(m)]);
            QVERIFY2(std::abs(mel.weight(m, k) - want) <= 1e-6 * want + 1e-12,
                     qPrintable(QStringLiteral("band %1 bin %2").arg(m).arg(k)));
            area += mel.weight(m, k) * binHz;
        }
        // A triangle sampled at >= 8 points per side integrates to ~1 by trapezoids.
        if ((edges[size_t(m + 1)] - edges[size_t(m)]) / binHz >= 8.0)
            QVERIFY2(std::abs(area - 1.0) < 0.02,
                     qPrintable(QStringLiteral("band %1 area %2").arg(m).arg(area)));
        QVERIFY(std::abs(mel.centresHz()[size_t(m)] - edges[size_t(m + 1)]) < 1e-9);
    }
}

void TestDsp::melSpectrogramRow()
{
    const std::vector<float> x = randomSignal(512, 21);
    StftParams p;
    p.melBands = 40;
    p.rateHz = 16000;
    StftEngine engine(p);
    QCOMPARE(engine.outputBins(), 40);
    std::vector<float> power(257), bands(40), want(40), got(40);
    engine.power(x.data(), power.data());
    MelFilterbank(40, 512, 16000).apply(power.data(), bands.data());
    powerToDb(bands.data(), want.data(), 40);
    engine.frameDb(x.data(), got.data());
    QVERIFY(want == got);
}

void TestDsp::npyRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.npy"));
    const std::vector<float> data = randomSignal(3 * 5, 2);
    const Status st = NpyWriter::write(path, data.data(), 3, 5);
    QVERIFY2(st.isOk(), qPrintable(st.error().toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes.left(8), QByteArray("\x93NUMPY\x01\x00", 8));
    const int headerLen = quint8(bytes[8]) | (quint8(bytes[9]) << 8);
    QCOMPARE((10 + headerLen) % 64, 0);
    const QByteArray header = bytes.mid(10, headerLen);
    QVERIFY(header.endsWith('\n'));
    QCOMPARE(header.trimmed(),
             QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 5), }"));
    QCOMPARE(bytes.size(), 10 + headerLen + 15 * 4);
    const QByteArray payload = bytes.mid(10 + headerLen);
    QVERIFY(std::memcmp(payload.constData(), data.data(), 15 * 4) == 0); // little-endian host
    QCOMPARE(NpyWriter::header(3, 5), bytes.left(10 + headerLen));
    // A big shape still pads to 64.
    QCOMPARE(NpyWriter::header(123456789012, 257).size() % 64, 0);
}

void TestDsp::npyEmptyAndErrors()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.npy"));
    QVERIFY(NpyWriter::write(empty, nullptr, 0, 257).isOk());
    QFile f(empty);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("'shape': (0, 257), }"));
    QCOMPARE(bytes.size() % 64, 0);

    const QString bad = dir.filePath(QStringLiteral("no/such/dir/x.npy"));
    const float one = 1.0f;
    const Status st = NpyWriter::write(bad, &one, 1, 1);
    QVERIFY(!st.isOk());
    QCOMPARE(st.error().path, bad);
    QVERIFY(!st.error().reason.isEmpty());
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestDsp)
#include "test_dsp.moc"
