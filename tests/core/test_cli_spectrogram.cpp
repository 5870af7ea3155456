// tally-cli spectrogram run as a process on generated WAVs: .npy shape and header,
// a known-answer bin value, channel mixing, mel output, short files, and errors
// (exit 1 naming the file for bad input, exit 2 for usage).
#include "TestSupport.h"
#include "dsp/MelFilterbank.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace tally;
using test::CliRun;
using test::runCli;

namespace {

// A parsed float32 .npy (only what the CLI writes: '<f4', C order, 2-D).
struct Npy
{
    bool ok = false;
    qint64 rows = -1;
    qint64 cols = -1;
    std::vector<float> data;
    float at(qint64 r, qint64 c) const { return data[size_t(r * cols + c)]; }
};

Npy readNpy(const QString& path)
{
    Npy npy;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return npy;
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)) || bytes.size() < 10)
        return npy;
    const int headerLen = quint8(bytes[8]) | (quint8(bytes[9]) << 8);
    const QString header = QString::fromLatin1(bytes.mid(10, headerLen));
    static const QRegularExpression re(QStringLiteral(
        R"(^\{'descr': '<f4', 'fortran_order': False, 'shape': \((\d+), (\d+)\), \} *\n$)"));
    const QRegularExpressionMatch m = re.match(header);
    if (!m.hasMatch() || (10 + headerLen) % 64 != 0)
        return npy;
    npy.rows = m.captured(1).toLongLong();
    npy.cols = m.captured(2).toLongLong();
    const QByteArray payload = bytes.mid(10 + headerLen);
    if (payload.size() != npy.rows * npy.cols * 4)
        return npy;
    npy.data.resize(size_t(npy.rows * npy.cols));
    std::memcpy(npy.data.data(), payload.constData(), size_t(payload.size()));
    npy.ok = true;
    return npy;
}

} // namespace

class TestCliSpectrogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sineKnownAnswer();
    void stereoMixAndChannel();
    void melBands();
    void shortFileWritesZeroRows();
    void badFileNamesTheFile();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }
    QTemporaryDir m_dir;
};

void TestCliSpectrogram::initTestCase()
{
    QVERIFY2(!test::cliPath().isEmpty(), "TALLY_CLI is not set");
    QVERIFY(m_dir.isValid());
    // 1000 Hz = bin 32 of a 512-point FFT at 16 kHz; 1 s.
    QVERIFY(test::writeWav(path("sine.wav"), test::sine(1000.0, 0.5, 16000, 16000)));
    // Stereo: the sine on the left, silence on the right.
    Signal stereo = test::sine(1000.0, 0.5, 16000, 16000, 2);
    for (qint64 f = 0; f < stereo.frames(); ++f)
        stereo.samples[size_t(f * 2 + 1)] = 0.0f;
    QVERIFY(test::writeWav(path("stereo.wav"), stereo, true));
    QVERIFY(test::writeWav(path("short.wav"), test::sine(1000.0, 0.5, 16000, 300)));
    QVERIFY(test::writeBytes(path("broken.wav"), "RIFF....WAVEnot really audio"));
}

// Hann, amplitude A, n_fft N at an exact bin: power (A N / 4)^2 -> 36.124 dB for
// A = 0.5, N = 512; the neighbouring bins 6.02 dB lower.
void TestCliSpectrogram::sineKnownAnswer()
{
    const QString out = path("sine.npy");
    const CliRun r = runCli({"spectrogram", path("sine.wav"), "--n-fft", "512", "--hop", "160",
                             "--out", out, "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    QCOMPARE(j.value("frames").toInteger(), 1 + (16000 - 512) / 160);
    QCOMPARE(j.value("bins").toInt(), 257);
    QCOMPARE(j.value("rate").toInt(), 16000);
    QCOMPARE(j.value("out").toString(), out);
    const Npy npy = readNpy(out);
    QVERIFY(npy.ok);
    QCOMPARE(npy.rows, qint64(97));
    QCOMPARE(npy.cols, qint64(257));
    const double peak = 20.0 * std::log10(0.5 * 512 / 4);
    for (qint64 f : {qint64(0), qint64(50), qint64(96)}) {
        QVERIFY2(
            std::abs(npy.at(f, 32) - peak) < 0.01,
            qPrintable(
                QStringLiteral("frame %1: %2 dB, want %3").arg(f).arg(npy.at(f, 32)).arg(peak)));
        QVERIFY(std::abs(npy.at(f, 31) - (peak - 6.0206)) < 0.05);
        QVERIFY(npy.at(f, 100) < peak - 60.0); // 16-bit quantisation noise only
    }
    // Plain output mentions the shape.
    const CliRun plain = runCli({"spectrogram", path("sine.wav"), "--n-fft", "512", "--hop", "160",
                                 "--window", "blackman", "--out", path("plain.npy")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains("97 x 257"), plain.out.constData());
}

// The default mix is the mean of channels: half the amplitude, -6.02 dB.
void TestCliSpectrogram::stereoMixAndChannel()
{
    const double peak = 20.0 * std::log10(0.5 * 512 / 4);
    const QStringList base{"spectrogram", path("stereo.wav"), "--n-fft", "512", "--hop", "256"};
    QCOMPARE(runCli(base + QStringList{"--out", path("mix.npy")}).exitCode, 0);
    QCOMPARE(runCli(base + QStringList{"--channel", "0", "--out", path("left.npy")}).exitCode, 0);
    QCOMPARE(runCli(base + QStringList{"--channel", "1", "--out", path("right.npy")}).exitCode, 0);
    const Npy mix = readNpy(path("mix.npy")), left = readNpy(path("left.npy")),
              right = readNpy(path("right.npy"));
    QVERIFY(mix.ok && left.ok && right.ok);
    QCOMPARE(mix.rows, qint64(1 + (16000 - 512) / 256));
    QVERIFY(std::abs(left.at(10, 32) - peak) < 0.01);
    QVERIFY(std::abs(mix.at(10, 32) - (peak - 6.0206)) < 0.01);
    QCOMPARE(right.at(10, 32), -100.0f); // silence: the 1e-10 floor

    const CliRun bad = runCli(base + QStringList{"--channel", "2", "--out", path("none.npy")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(path("stereo.wav").toUtf8()), bad.err.constData());
}

void TestCliSpectrogram::melBands()
{
    const CliRun r = runCli({"spectrogram", path("sine.wav"), "--n-fft", "512", "--hop", "160",
                             "--mel", "40", "--out", path("mel.npy"), "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value("bins").toInt(), 40);
    const Npy npy = readNpy(path("mel.npy"));
    QVERIFY(npy.ok);
    QCOMPARE(npy.cols, qint64(40));
    // The sine puts P = (A N / 4)^2 in bin 32 and P / 4 in bins 31 and 33 (Hann), so
    // band m holds P (w[m][31] / 4 + w[m][32] + w[m][33] / 4).
    const MelFilterbank mel(40, 512, 16000.0);
    const double p = std::pow(0.5 * 512 / 4, 2);
    int loudest = 0;
    double loudestPower = 0;
    for (int m = 0; m < 40; ++m) {
        const double want = p * (mel.weight(m, 31) / 4 + mel.weight(m, 32) + mel.weight(m, 33) / 4);
        if (want > loudestPower) {
            loudestPower = want;
            loudest = m;
        }
        if (want > 0)
            QVERIFY2(std::abs(npy.at(20, m) - 10.0 * std::log10(want)) < 0.05,
                     qPrintable(QStringLiteral("band %1: %2 dB").arg(m).arg(npy.at(20, m))));
    }
    QCOMPARE(loudest, 13); // centre 1031 Hz; band 12 is centred at 956 Hz
    for (int m = 0; m < 40; ++m)
        QVERIFY(npy.at(20, m) <= npy.at(20, loudest));
}

void TestCliSpectrogram::shortFileWritesZeroRows()
{
    const CliRun r = runCli({"spectrogram", path("short.wav"), "--n-fft", "512", "--hop", "160",
                             "--out", path("short.npy"), "--json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value("frames").toInteger(), 0);
    const Npy npy = readNpy(path("short.npy"));
    QVERIFY(npy.ok);
    QCOMPARE(npy.rows, qint64(0));
    QCOMPARE(npy.cols, qint64(257));
}

void TestCliSpectrogram::badFileNamesTheFile()
{
    for (const QString& file : {path("broken.wav"), path("missing.wav")}) {
        const QString out = path("bad.npy");
        const CliRun r =
            runCli({"spectrogram", file, "--n-fft", "512", "--hop", "160", "--out", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }
    // An unwritable output names the output path.
    const QString out = path("no/such/dir/x.npy");
    const CliRun r =
        runCli({"spectrogram", path("sine.wav"), "--n-fft", "512", "--hop", "160", "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(out.toUtf8()), r.err.constData());
}

void TestCliSpectrogram::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("odd n_fft") << QStringList{"--n-fft", "511", "--hop", "160", "--out", "x.npy"}
                               << "n_fft";
    QTest::newRow("zero n_fft") << QStringList{"--n-fft", "0", "--hop", "160", "--out", "x.npy"}
                                << "n_fft";
    QTest::newRow("n_fft not a number")
        << QStringList{"--n-fft", "abc", "--hop", "160", "--out", "x.npy"} << "n-fft";
    QTest::newRow("hop 0") << QStringList{"--n-fft", "512", "--hop", "0", "--out", "x.npy"}
                           << "hop";
    QTest::newRow("no out") << QStringList{"--n-fft", "512", "--hop", "160"} << "--out";
    QTest::newRow("bad window") << QStringList{"--n-fft",  "512",    "--hop", "160",
                                               "--window", "kaiser", "--out", "x.npy"}
                                << "kaiser";
    QTest::newRow("mel 0") << QStringList{"--n-fft", "512", "--hop", "160",
                                          "--mel",   "0",   "--out", "x.npy"}
                           << "--mel";
}

void TestCliSpectrogram::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliRun r = runCli(QStringList{"spectrogram", path("sine.wav")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSpectrogram)
#include "test_cli_spectrogram.moc"
