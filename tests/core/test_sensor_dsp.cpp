// Known-answer tests for core/sensor: bearing fault frequencies, snapshot features
// (moments, crest, fault band energies), averaged and envelope spectra and their peaks,
// onset detection on a trend, and the IMS text / sensor CSV readers.
#include "sensor/Bearing.h"
#include "sensor/Onset.h"
#include "sensor/SeriesFeatures.h"
#include "sensor/SeriesReaders.h"
#include "sensor/Spectrum.h"

#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <random>

using namespace tally;

namespace {

constexpr double kRateHz = 20000;
constexpr double kBpfoHz = 236.4; // the IMS bearing's outer-race frequency

std::vector<float> sine(double hz, double amplitude, size_t n, double rateHz = kRateHz)
{
    std::vector<float> x(n);
    for (size_t i = 0; i < n; ++i)
        x[i] = float(amplitude * std::sin(2.0 * M_PI * hz * double(i) / rateHz));
    return x;
}

std::vector<float> gaussian(size_t n, double sigma, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0.0, sigma);
    std::vector<float> x(n);
    for (float& v : x)
        v = float(normal(rng));
    return x;
}

// (1 + depth cos(2 pi modHz t)) sin(2 pi carrierHz t) plus Gaussian noise: what an
// outer-race defect does to a structural resonance.
std::vector<float> amCarrier(double carrierHz, double modHz, double depth, double noise)
{
    std::vector<float> x = gaussian(20480, noise, 7);
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = double(i) / kRateHz;
        x[i] += float((1.0 + depth * std::cos(2 * M_PI * modHz * t)) *
                      std::sin(2 * M_PI * carrierHz * t));
    }
    return x;
}

bool nearHz(const SpectrumPeak& p, double hz, double binHz)
{
    return std::abs(p.hz - hz) < binHz;
}

// A noisy trend around 1.0; values from riseFrom on (for riseLength of them) climb.
std::vector<double> trend(int count, int riseFrom, int riseLength, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.02);
    std::vector<double> t(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const bool rising = riseFrom >= 0 && i >= riseFrom && i < riseFrom + riseLength;
        t[size_t(i)] = 1.0 + noise(rng) + (rising ? 0.2 + 0.1 * (i - riseFrom) : 0.0);
    }
    return t;
}

} // namespace

class TestSensorDsp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultFrequenciesKnown_data();
    void faultFrequenciesKnown();
    void imsPresetMatchesFormats();
    void geometryValidation_data();
    void geometryValidation();
    void gaussianMoments();
    void sineCrestAndRms_data();
    void sineCrestAndRms();
    void constantSignalHasNoShape();
    void sinePeakInSpectrum_data();
    void sinePeakInSpectrum();
    void shortInputSegment();
    void envelopeOfSteadyTone();
    void envelopeFindsModulation();
    void faultBandOfModulation();
    void onset_data();
    void onset();
    void onsetFlatBaseline();
    void imsRoundTrip();
    void imsErrors_data();
    void imsErrors();
    void sensorCsv_data();
    void sensorCsv();
    void sensorCsvErrors_data();
    void sensorCsvErrors();
    void imsTimestamps_data();
    void imsTimestamps();
};

void TestSensorDsp::faultFrequenciesKnown_data()
{
    QTest::addColumn<int>("rollers");
    QTest::addColumn<double>("pitch");
    QTest::addColumn<double>("roller");
    QTest::addColumn<double>("angle");
    QTest::addColumn<double>("rpm");
    QTest::addColumn<QList<double>>("expected"); // bpfo, bpfi, bsf, ftf
    // f_r = 10 Hz, r = 0.25: BPFO 4*10*0.75, BPFI 4*10*1.25, BSF 2*10*(1-1/16), FTF 5*0.75
    QTest::newRow("flat") << 8 << 4.0 << 1.0 << 0.0 << 600.0 << QList<double>{30, 50, 18.75, 3.75};
    // cos 60 deg = 1/2: r = 0.25 again from d/D = 1/2, n = 10, f_r = 20 Hz
    QTest::newRow("60deg") << 10 << 2.0 << 1.0 << 60.0 << 1200.0
                           << QList<double>{75, 125, 18.75, 7.5};
}

void TestSensorDsp::faultFrequenciesKnown()
{
    QFETCH(int, rollers);
    QFETCH(double, pitch);
    QFETCH(double, roller);
    QFETCH(double, angle);
    QFETCH(double, rpm);
    QFETCH(QList<double>, expected);
    const FaultFrequencies f = faultFrequencies({rollers, pitch, roller, angle, rpm});
    const QList<double> got{f.bpfo, f.bpfi, f.bsf, f.ftf};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(got[i] - expected[i]) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(got[i]).arg(expected[i])));
}

void TestSensorDsp::imsPresetMatchesFormats()
{
    const BearingGeometry g = BearingGeometry::imsPreset();
    QCOMPARE(g.rollers, 16);
    QVERIFY(bearingGeometryError(g).isEmpty());
    const FaultFrequencies f = faultFrequencies(g);
    // shared/FORMATS.md: BPFO 236.4 Hz, BPFI 296.9 Hz, BSF 139.9 Hz, FTF 14.8 Hz.
    QVERIFY2(std::abs(f.bpfo - 236.4) <= 0.05, qPrintable(QString::number(f.bpfo)));
    QVERIFY2(std::abs(f.bpfi - 296.9) <= 0.05, qPrintable(QString::number(f.bpfi)));
    QVERIFY2(std::abs(f.bsf - 139.9) <= 0.05, qPrintable(QString::number(f.bsf)));
    QVERIFY2(std::abs(f.ftf - 14.8) <= 0.05, qPrintable(QString::number(f.ftf)));
}

void TestSensorDsp::geometryValidation_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no rollers") << 0 << 0.0 << false;
    QTest::newRow("zero pitch") << 1 << 0.0 << false;
    QTest::newRow("negative roller") << 2 << -0.3 << false;
    QTest::newRow("roller as big as pitch") << 2 << 2.815 << false;
    QTest::newRow("angle 90") << 3 << 90.0 << false;
    QTest::newRow("angle -1") << 3 << -1.0 << false;
    QTest::newRow("angle 0") << 3 << 0.0 << true;
    QTest::newRow("angle 89.9") << 3 << 89.9 << true;
    QTest::newRow("no speed") << 4 << 0.0 << false;
    QTest::newRow("NaN speed") << 4 << std::nan("") << false;
}

void TestSensorDsp::geometryValidation()
{
    QFETCH(int, field);
    QFETCH(double, value);
    QFETCH(bool, valid);
    BearingGeometry g = BearingGeometry::imsPreset();
    switch (field) {
    case 0:
        g.rollers = int(value);
        break;
    case 1:
        g.pitchDiameter = value;
        break;
    case 2:
        g.rollerDiameter = value;
        break;
    case 3:
        g.contactAngleDeg = value;
        break;
    default:
        g.rpm = value;
        break;
    }
    QCOMPARE(bearingGeometryError(g).isEmpty(), valid);
}

void TestSensorDsp::gaussianMoments()
{
    const FaultFrequencies faults = faultFrequencies(BearingGeometry::imsPreset());
    const std::vector<float> x = gaussian(20480, 0.5, 2004);
    const SeriesFeatureSet f = seriesFeatures(x, kRateHz, faults);
    QVERIFY2(std::abs(f.kurtosis - 3.0) < 0.15, qPrintable(QString::number(f.kurtosis)));
    QVERIFY2(std::abs(f.skewness) < 0.06, qPrintable(QString::number(f.skewness)));
    QVERIFY2(std::abs(f.rms - 0.5) < 0.01, qPrintable(QString::number(f.rms)));
    // The same samples far from zero: the central moments do not change.
    std::vector<float> shifted = x;
    for (float& v : shifted)
        v += 100.0f;
    const SeriesFeatureSet g = seriesFeatures(shifted, kRateHz, faults);
    QVERIFY2(std::abs(g.kurtosis - f.kurtosis) < 1e-3, qPrintable(QString::number(g.kurtosis)));
    QVERIFY2(std::abs(g.skewness - f.skewness) < 1e-3, qPrintable(QString::number(g.skewness)));
    // A uniform distribution has kurtosis 1.8: the estimate is not stuck at 3.
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> uni(-1.0f, 1.0f);
    std::vector<float> u(20480);
    for (float& v : u)
        v = uni(rng);
    const SeriesFeatureSet h = seriesFeatures(u, kRateHz, faults);
    QVERIFY2(std::abs(h.kurtosis - 1.8) < 0.05, qPrintable(QString::number(h.kurtosis)));
}

void TestSensorDsp::sineCrestAndRms_data()
{
    QTest::addColumn<double>("amplitude");
    QTest::newRow("0.25") << 0.25;
    QTest::newRow("1") << 1.0;
    QTest::newRow("3.5") << 3.5;
}

// 100 Hz at 20 kHz over 20,000 samples: 100 whole periods, and sample 50 is the crest.
void TestSensorDsp::sineCrestAndRms()
{
    QFETCH(double, amplitude);
    const std::vector<float> x = sine(100, amplitude, 20000);
    const SeriesFeatureSet f = seriesFeatures(x, kRateHz, {});
    QVERIFY2(std::abs(f.rms - amplitude / std::sqrt(2.0)) < 1e-5 * amplitude,
             qPrintable(QString::number(f.rms)));
    QVERIFY2(std::abs(f.peak - amplitude) < 1e-6 * amplitude, qPrintable(QString::number(f.peak)));
    QVERIFY2(std::abs(f.crest - std::sqrt(2.0)) < 1e-3, qPrintable(QString::number(f.crest)));
    QVERIFY2(std::abs(f.kurtosis - 1.5) < 1e-3, qPrintable(QString::number(f.kurtosis)));
    QVERIFY(std::abs(f.skewness) < 1e-3);
}

void TestSensorDsp::constantSignalHasNoShape()
{
    const std::vector<float> x(4096, 0.75f);
    const SeriesFeatureSet f = seriesFeatures(x, kRateHz, {});
    QCOMPARE(f.rms, 0.75);
    QCOMPARE(f.peak, 0.75);
    QCOMPARE(f.crest, 1.0);
    QCOMPARE(f.kurtosis, 0.0);
    QCOMPARE(f.skewness, 0.0);
    const SeriesFeatureSet empty = seriesFeatures({}, kRateHz, {});
    QCOMPARE(empty.rms, 0.0);
    QCOMPARE(empty.crest, 0.0);
    QCOMPARE(empty.bpfo, -200.0);
    QCOMPARE(SeriesFeatureSet::names().size(), SeriesFeatureSet::kCount);
    QCOMPARE(SeriesFeatureSet::names().at(3), QStringLiteral("kurtosis"));
    SeriesFeatureSet named;
    named.bsf = 42;
    QCOMPARE(named.values()[size_t(SeriesFeatureSet::names().indexOf(QStringLiteral("bsf")))],
             42.0);
}

void TestSensorDsp::sinePeakInSpectrum_data()
{
    QTest::addColumn<double>("hz");
    QTest::addColumn<double>("amplitude");
    QTest::newRow("bpfo") << kBpfoHz << 1.0;
    QTest::newRow("1 kHz") << 1000.0 << 0.1;
    QTest::newRow("4321 Hz") << 4321.0 << 2.0;
}

// The top peak within one bin, at the sine's mean square (A^2 / 2) within the Hann
// window's scalloping left after the parabola (< 1 dB).
void TestSensorDsp::sinePeakInSpectrum()
{
    QFETCH(double, hz);
    QFETCH(double, amplitude);
    const Spectrum s = averagedSpectrum(sine(hz, amplitude, 20480), kRateHz);
    QCOMPARE(s.bins(), kDefaultSpectrumSegment / 2 + 1);
    QCOMPARE(s.binHz, kRateHz / kDefaultSpectrumSegment);
    const std::vector<SpectrumPeak> top = peaks(s, 3);
    QCOMPARE(int(top.size()), 3);
    QVERIFY(top[0].db >= top[1].db && top[1].db >= top[2].db);
    QVERIFY2(nearHz(top[0], hz, s.binHz), qPrintable(QString::number(top[0].hz)));
    const double expectedDb = 10 * std::log10(amplitude * amplitude / 2);
    QVERIFY2(std::abs(top[0].db - expectedDb) < 1.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(top[0].db).arg(expectedDb)));
    QVERIFY(top[1].db < top[0].db - 60);
}

void TestSensorDsp::shortInputSegment()
{
    const Spectrum s = averagedSpectrum(sine(1000, 1, 1000), kRateHz);
    QCOMPARE(s.bins(), 512 / 2 + 1);
    QCOMPARE(s.binHz, kRateHz / 512);
    QVERIFY(averagedSpectrum(std::vector<float>(1, 1.0f), kRateHz).isEmpty());
    QVERIFY(averagedSpectrum(sine(1000, 1, 1000), 0).isEmpty());
    QVERIFY(peaks(Spectrum(), 5).empty());
}

// 3 kHz over 20,000 samples is periodic in the FFT: the envelope of A sin is A exactly.
void TestSensorDsp::envelopeOfSteadyTone()
{
    const std::vector<float> env = envelope(sine(3000, 2.0, 20000), kRateHz, 1000, 8000);
    QCOMPARE(int(env.size()), 20000);
    for (size_t i = 0; i < env.size(); i += 97)
        QVERIFY2(std::abs(env[i] - 2.0f) < 1e-3, qPrintable(QString::number(env[i])));
    // Outside the band there is nothing to demodulate.
    const std::vector<float> outside = envelope(sine(500, 2.0, 20000), kRateHz, 1000, 8000);
    QVERIFY(*std::max_element(outside.begin(), outside.end()) < 1e-3f);
}

void TestSensorDsp::envelopeFindsModulation()
{
    const std::vector<float> x = amCarrier(3000, kBpfoHz, 0.5, 0.05);
    const Spectrum env = envelopeSpectrum(x, kRateHz);
    const std::vector<SpectrumPeak> envTop = peaks(env, 1);
    QVERIFY(!envTop.empty());
    QVERIFY2(nearHz(envTop[0], kBpfoHz, env.binHz), qPrintable(QString::number(envTop[0].hz)));
    // The plain spectrum has the carrier and its sidebands, nothing at 236.4 Hz.
    const Spectrum plain = averagedSpectrum(x, kRateHz);
    const std::vector<SpectrumPeak> plainTop = peaks(plain, 3);
    QCOMPARE(int(plainTop.size()), 3);
    for (const SpectrumPeak& p : plainTop) {
        QVERIFY2(!nearHz(p, kBpfoHz, plain.binHz), qPrintable(QString::number(p.hz)));
        QVERIFY2(std::abs(p.hz - 3000) < kBpfoHz + plain.binHz, qPrintable(QString::number(p.hz)));
    }
    const int bpfoBin = int(std::lround(kBpfoHz / plain.binHz));
    QVERIFY(plain.db[size_t(bpfoBin)] < plainTop[0].db - 40);
}

void TestSensorDsp::faultBandOfModulation()
{
    const FaultFrequencies faults = faultFrequencies(BearingGeometry::imsPreset());
    const SeriesFeatureSet am =
        seriesFeatures(amCarrier(3000, faults.bpfo, 0.5, 0.05), kRateHz, faults);
    QVERIFY2(am.bpfo > am.bpfi + 20,
             qPrintable(QStringLiteral("bpfo %1 dB, bpfi %2 dB").arg(am.bpfo).arg(am.bpfi)));
    QVERIFY(am.bpfo > am.bsf + 20 && am.bpfo > am.ftf + 20);
    // The same carrier unmodulated: the bpfo band falls back to the noise.
    const SeriesFeatureSet steady =
        seriesFeatures(amCarrier(3000, faults.bpfo, 0.0, 0.05), kRateHz, faults);
    QVERIFY2(am.bpfo > steady.bpfo + 20,
             qPrintable(QStringLiteral("%1 vs %2 dB").arg(am.bpfo).arg(steady.bpfo)));
    // Depth 0.5: the envelope 1 + 0.5 cos has mean square 0.5^2 / 2 at 236.4 Hz
    // (-9.03 dB), nearly all of it inside the band's +-2 bins.
    const double expectedDb = 10 * std::log10(0.5 * 0.5 / 2);
    QVERIFY2(am.bpfo < expectedDb + 0.3 && am.bpfo > expectedDb - 1.0,
             qPrintable(QString::number(am.bpfo)));
}

void TestSensorDsp::onset_data()
{
    QTest::addColumn<int>("riseFrom");
    QTest::addColumn<int>("riseLength");
    QTest::addColumn<int>("run");
    QTest::addColumn<int>("expected"); // -1: no onset
    // The run: snapshots 1-20 healthy, the rise from snapshot 21 = index 20.
    QTest::newRow("rise after 20") << 20 << 1000 << 3 << 20;
    QTest::newRow("rise later") << 57 << 1000 << 3 << 57;
    QTest::newRow("flat") << -1 << 0 << 3 << -1;
    QTest::newRow("2-snapshot burst, run 3") << 40 << 2 << 3 << -1;
    QTest::newRow("2-snapshot burst, run 2") << 40 << 2 << 2 << 40;
    QTest::newRow("rise too close to the end") << 98 << 1000 << 3 << -1;
}

void TestSensorDsp::onset()
{
    QFETCH(int, riseFrom);
    QFETCH(int, riseLength);
    QFETCH(int, run);
    QFETCH(int, expected);
    const std::vector<double> t = trend(100, riseFrom, riseLength, 14);
    const std::optional<int> got = onsetIndex(t, 20, 3.0, run);
    QCOMPARE(got.value_or(-1), expected);
}

void TestSensorDsp::onsetFlatBaseline()
{
    std::vector<double> t(60, 5.0);
    QVERIFY(!onsetIndex(t).has_value()); // constant: MAD 0, no rise
    for (size_t i = 25; i < t.size(); ++i)
        t[i] = 5.01;
    QCOMPARE(onsetIndex(t).value_or(-1), 25);
    QVERIFY(!onsetIndex(std::vector<double>(20, 1.0)).has_value()); // baseline only
    QVERIFY(!onsetIndex(t, 0).has_value());
    QVERIFY(!onsetIndex(t, 20, 3.0, 0).has_value());
}

void TestSensorDsp::imsRoundTrip()
{
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> milli(-999, 999);
    QByteArray text;
    std::vector<float> expected;
    for (int row = 0; row < 50; ++row) {
        for (int c = 0; c < 4; ++c) {
            const QByteArray v = QByteArray::number(milli(rng) / 1000.0, 'f', 3);
            expected.push_back(std::strtof(v.constData(), nullptr));
            text += (c ? "\t" : "") + v;
        }
        text += row % 2 ? "\r\n" : "\n"; // CRLF tolerated, mixed even
    }
    text += "\n";
    const Result<SeriesData> r = parseImsText(text);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const SeriesData& d = r.value();
    QCOMPARE(d.channels, 4);
    QCOMPARE(d.rateHz, kImsRateHz);
    QCOMPARE(d.frameCount(), qsizetype(50));
    QVERIFY(d.frames == expected);
    QCOMPARE(d.channel(2)[7], expected[7 * 4 + 2]);
    QVERIFY(d.channel(4).empty());
    QCOMPARE(d.warnings.size(), 1); // 50 rows, not 20,480
    QVERIFY(d.warnings[0].contains(QLatin1String("20480")));
}

void TestSensorDsp::imsErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("ragged") << QByteArray("1\t2\t3\t4\n5\t6\t7\t8\n9\t10\t11\n1\t2\t3\t4\n")
                            << QStringLiteral("line 3: expected 4 values, found 3");
    QTest::newRow("too many") << QByteArray("1 2\n3 4 5\n")
                              << QStringLiteral("line 2: expected 2 values, found 3");
    QTest::newRow("not a number") << QByteArray("1\t2\n1\tx2\n")
                                  << QStringLiteral("line 2: “x2” is not a number");
    QTest::newRow("inf") << QByteArray("1\tinf\n")
                         << QStringLiteral("line 1: “inf” is not a number");
    QTest::newRow("gap") << QByteArray("1\t2\n\n3\t4\n")
                         << QStringLiteral("line 2: expected 2 values, found 0");
    QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("no data");
}

void TestSensorDsp::imsErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    const Result<SeriesData> r = parseImsText(text);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().reason, reason);
    QVERIFY(r.error().path.isEmpty()); // the caller names the file
}

void TestSensorDsp::sensorCsv_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("rateHz");
    QTest::addColumn<int>("warnings");
    QTest::newRow("timestamp ms") << QByteArray("timestamp,accX,accY,accZ\n0,1,2,3\n10,4,5,6\n"
                                                "20,7,8,9\n30,10,11,12\n")
                                  << 100.0 << 0;
    QTest::newRow("time s, CRLF, trailing line")
        << QByteArray("time,accX,accY,accZ\r\n0.00,1,2,3\r\n0.01,4,5,6\r\n0.02,7,8,9\r\n"
                      "0.03,10,11,12\r\n\r\n")
        << 100.0 << 0;
    QTest::newRow("one late sample") << QByteArray("timestamp,accX,accY,accZ\n0,1,2,3\n4,4,5,6\n"
                                                   "8,7,8,9\n13,10,11,12\n")
                                     << 250.0 << 1;
}

void TestSensorDsp::sensorCsv()
{
    QFETCH(QByteArray, text);
    QFETCH(double, rateHz);
    QFETCH(int, warnings);
    const Result<SeriesData> r = parseSensorCsv(text);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const SeriesData& d = r.value();
    QVERIFY2(std::abs(d.rateHz - rateHz) < 1e-6 * rateHz, qPrintable(QString::number(d.rateHz)));
    QCOMPARE(d.channels, 3);
    QCOMPARE(d.channelNames, (QStringList{"accX", "accY", "accZ"}));
    QCOMPARE(d.frameCount(), qsizetype(4));
    for (size_t i = 0; i < d.frames.size(); ++i)
        QCOMPARE(d.frames[i], float(i + 1));
    QCOMPARE(d.warnings.size(), warnings);
}

void TestSensorDsp::sensorCsvErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing value")
        << QByteArray("timestamp,accX,accY\n0,1,2\n10,3,4\n20,,6\n30,7,8\n")
        << QStringLiteral("line 4: missing or non-numeric value “” in column accX");
    QTest::newRow("non-numeric") << QByteArray("time,accX\n0,1\n0.01,abc\n")
                                 << QStringLiteral("line 3: missing or non-numeric value “abc” in "
                                                   "column accX");
    QTest::newRow("short row") << QByteArray("timestamp,accX,accY\n0,1,2\n10,3\n")
                               << QStringLiteral("line 3: expected 3 values, found 2");
    QTest::newRow("time goes back") << QByteArray("timestamp,accX\n0,1\n10,2\n10,3\n")
                                    << QStringLiteral("line 4: the time 10 does not increase");
    QTest::newRow("no time column") << QByteArray("accX,accY\n1,2\n3,4\n")
                                    << QStringLiteral("line 1: the first column must be "
                                                      "“timestamp” (ms) or “time” (s), not “accX”");
    QTest::newRow("one row") << QByteArray("timestamp,accX\n0,1\n")
                             << QStringLiteral("at least two rows are needed to read the rate");
}

void TestSensorDsp::sensorCsvErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    const Result<SeriesData> r = parseSensorCsv(text);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().reason, reason);
}

void TestSensorDsp::imsTimestamps_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected
    QTest::addColumn<qint64>("epochSec");
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("set 2 first") << QStringLiteral("2004.02.12.10.32.39")
                                 << QDateTime(QDate(2004, 2, 12), QTime(10, 32, 39), utc)
                                 << qint64(1076581959);
    QTest::newRow("in a folder") << QStringLiteral("2nd_test/2004.02.19.06.22.39")
                                 << QDateTime(QDate(2004, 2, 19), QTime(6, 22, 39), utc)
                                 << qint64(1077171759);
    QTest::newRow("month 13") << QStringLiteral("2004.13.40.00.00.00") << QDateTime() << qint64(0);
    QTest::newRow("30 February") << QStringLiteral("2004.02.30.00.00.00") << QDateTime()
                                 << qint64(0);
    QTest::newRow("hour 24") << QStringLiteral("2004.02.12.24.00.00") << QDateTime() << qint64(0);
    QTest::newRow("no seconds") << QStringLiteral("2004.02.12.10.32") << QDateTime() << qint64(0);
    QTest::newRow("extension") << QStringLiteral("2004.02.12.10.32.39.txt") << QDateTime()
                               << qint64(0);
}

void TestSensorDsp::imsTimestamps()
{
    QFETCH(QString, name);
    QFETCH(QDateTime, expected);
    QFETCH(qint64, epochSec);
    const std::optional<QDateTime> got = imsTimestamp(name);
    QCOMPARE(got.has_value(), expected.isValid());
    if (got) {
        QCOMPARE(*got, expected);
        QCOMPARE(got->offsetFromUtc(), 0);
        QCOMPARE(got->toSecsSinceEpoch(), epochSec);
    }
}

QTEST_GUILESS_MAIN(TestSensorDsp)
#include "test_sensor_dsp.moc"
