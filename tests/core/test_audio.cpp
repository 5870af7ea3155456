// core/audio: decoding every supported encoding against a known sine, probing,
// statistics known answers, malformed inputs, resampling (libsoxr: level, phase, impulse
// alignment, exact frame counts, up and down) and the WAV writer.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "audio/Resampler.h"
#include "audio/SignalStats.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <sndfile.h>
#include <tuple>

using namespace tally;

Q_DECLARE_METATYPE(tally::WavSubtype)
Q_DECLARE_METATYPE(tally::ResampleQuality)

namespace {

QByteArray readAllBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

double maxAbsDiff(const Signal& a, const Signal& b)
{
    double worst = 0.0;
    for (size_t i = 0; i < std::min(a.samples.size(), b.samples.size()); ++i)
        worst = std::max(worst, double(std::fabs(a.samples[i] - b.samples[i])));
    return worst;
}

// Amplitude of the freqHz component of x[first, first + n) (Goertzel).
double goertzelAmplitude(const Signal& s, double freqHz, qint64 first, qint64 n)
{
    const double w = 2.0 * M_PI * freqHz / s.rateHz;
    double re = 0.0, im = 0.0;
    for (qint64 i = 0; i < n; ++i) {
        re += s.at(first + i, 0) * std::cos(w * double(i));
        im -= s.at(first + i, 0) * std::sin(w * double(i));
    }
    return 2.0 * std::hypot(re, im) / double(n);
}

// Phase of the freqHz component of channel 0 of s[first, first + n), in radians.
double goertzelPhase(const Signal& s, double freqHz, qint64 first, qint64 n)
{
    const double w = 2.0 * M_PI * freqHz / s.rateHz;
    double re = 0.0, im = 0.0;
    for (qint64 i = 0; i < n; ++i) {
        re += s.at(first + i, 0) * std::cos(w * double(first + i));
        im -= s.at(first + i, 0) * std::sin(w * double(first + i));
    }
    return std::atan2(im, re);
}

// How many output frames s lags behind the ideal tone sampled at its rate (a 1 kHz
// sine starting at phase 0), measured over [first, first + n).
double lagFrames(const Signal& s, double freqHz, qint64 first, qint64 n)
{
    const Signal ideal = test::sine(freqHz, 0.5, s.rateHz, first + n);
    double d = goertzelPhase(ideal, freqHz, first, n) - goertzelPhase(s, freqHz, first, n);
    d = std::remainder(d, 2.0 * M_PI);
    return d / (2.0 * M_PI * freqHz) * s.rateHz;
}

QList<ResampleQuality> allQualities()
{
    return {ResampleQuality::Quick, ResampleQuality::Low, ResampleQuality::Medium,
            ResampleQuality::High, ResampleQuality::VeryHigh};
}

const char* nameOf(ResampleQuality q)
{
    switch (q) {
    case ResampleQuality::Quick:
        return "quick";
    case ResampleQuality::Low:
        return "low";
    case ResampleQuality::Medium:
        return "medium";
    case ResampleQuality::High:
        return "high";
    case ResampleQuality::VeryHigh:
        break;
    }
    return "very high";
}

} // namespace

class TestAudio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEncodings_data();
    void decodesEncodings();
    void decodesStereoInterleaved();
    void decodesMp3();
    void probeReadsHeader();
    void statsKnownAnswers();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void rejectsTruncated_data();
    void rejectsTruncated();
    void rejectsMissingFile();
    void resamplerKeepsFrequencyAndLevel();
    void resamplerKeepsLevelAndPhase_data();
    void resamplerKeepsLevelAndPhase();
    void resamplerImpulseIsAligned();
    void resamplerFrameCount_data();
    void resamplerFrameCount();
    void resamplerUpsamplesWithoutImages_data();
    void resamplerUpsamplesWithoutImages();
    void resamplerEdgeCases();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerReplacesAtomicallyAndReportsErrors();

private:
    QTemporaryDir m_dir;
};

void TestAudio::decodesEncodings_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<QString>("name");
    QTest::newRow("wav u8") << (SF_FORMAT_WAV | SF_FORMAT_PCM_U8) << 1.0 / 64 << "WAV PCM_U8";
    QTest::newRow("wav 16") << (SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 1.0 / 16384 << "WAV PCM_16";
    QTest::newRow("wav 24") << (SF_FORMAT_WAV | SF_FORMAT_PCM_24) << 1.0 / 4e6 << "WAV PCM_24";
    QTest::newRow("wav 32") << (SF_FORMAT_WAV | SF_FORMAT_PCM_32) << 1e-7 << "WAV PCM_32";
    QTest::newRow("wav float") << (SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 1e-7 << "WAV FLOAT";
    QTest::newRow("flac 16") << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 1.0 / 16384 << "FLAC PCM_16";
    QTest::newRow("flac 24") << (SF_FORMAT_FLAC | SF_FORMAT_PCM_24) << 1.0 / 4e6 << "FLAC PCM_24";
    QTest::newRow("aiff 16") << (SF_FORMAT_AIFF | SF_FORMAT_PCM_16) << 1.0 / 16384 << "AIFF PCM_16";
    // Lossy: only the shape is checked, loosely.
    QTest::newRow("ogg vorbis") << (SF_FORMAT_OGG | SF_FORMAT_VORBIS) << 0.05 << "OGG VORBIS";
}

void TestAudio::decodesEncodings()
{
    QFETCH(int, format);
    QFETCH(double, tolerance);
    QFETCH(QString, name);
    const Signal ref = test::sine(440.0, 0.5, 16000, 16000);
    const QString path =
        m_dir.filePath(QString(QTest::currentDataTag()).replace(' ', '_') + ".snd");
    QVERIFY(test::writeSoundFile(path, ref, format));

    const Result<Signal> got = AudioDecoder::decode(path);
    QVERIFY2(got.isOk(), qPrintable(got.error().toString()));
    QCOMPARE(got.value().rateHz, 16000);
    QCOMPARE(got.value().channels, 1);
    QCOMPARE(got.value().frames(), ref.frames());
    QVERIFY2(maxAbsDiff(got.value(), ref) <= tolerance,
             qPrintable(QString::number(maxAbsDiff(got.value(), ref))));

    const Result<AudioInfo> info = AudioDecoder::probe(path);
    QVERIFY2(info.isOk(), qPrintable(info.error().toString()));
    QCOMPARE(info.value().format, name);
}

void TestAudio::decodesStereoInterleaved()
{
    Signal ref = test::sine(300.0, 0.25, 8000, 800, 2);
    for (qint64 f = 0; f < ref.frames(); ++f)
        ref.samples[size_t(f * 2 + 1)] = -ref.samples[size_t(f * 2)];
    const QString path = m_dir.filePath("stereo.wav");
    QVERIFY(test::writeWav(path, ref, true));
    const Result<Signal> got = AudioDecoder::decodeBytes(readAllBytes(path), path);
    QVERIFY(got.isOk());
    QCOMPARE(got.value().channels, 2);
    QCOMPARE(got.value().frames(), 800);
    QCOMPARE(maxAbsDiff(got.value(), ref), 0.0);
}

void TestAudio::decodesMp3()
{
    const QString path = m_dir.filePath("tone.mp3");
    if (!test::writeSoundFile(path, test::sine(440.0, 0.5, 16000, 16000),
                              SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III))
        QSKIP("this libsndfile cannot encode MP3");
    const Result<Signal> got = AudioDecoder::decode(path);
    QVERIFY2(got.isOk(), qPrintable(got.error().toString()));
    QCOMPARE(got.value().rateHz, 16000);
    // MP3 adds encoder delay and padding: the length is close, not exact.
    QVERIFY(std::fabs(got.value().durationSec() - 1.0) < 0.1);
    const double rms = SignalStats::of(got.value()).rmsDbfs;
    QVERIFY2(std::fabs(rms - 20.0 * std::log10(0.5 / std::sqrt(2.0))) < 1.0,
             qPrintable(QString::number(rms)));
    QCOMPARE(AudioDecoder::probe(path).value().format, QStringLiteral("MPEG MP3"));
}

void TestAudio::probeReadsHeader()
{
    const QString path = m_dir.filePath("probe.wav");
    QVERIFY(test::writeWav(path, test::sine(1000.0, 0.5, 22050, 44100, 2)));
    const Result<AudioInfo> info = AudioDecoder::probe(path);
    QVERIFY2(info.isOk(), qPrintable(info.error().toString()));
    QCOMPARE(info.value().frames, 44100);
    QCOMPARE(info.value().rateHz, 22050);
    QCOMPARE(info.value().channels, 2);
    QCOMPARE(info.value().format, QStringLiteral("WAV PCM_16"));
    QCOMPARE(info.value().durationSec(), 2.0);
    const Result<AudioInfo> same = AudioDecoder::probeBytes(readAllBytes(path), path);
    QVERIFY(same.isOk());
    QCOMPARE(same.value().frames, 44100);
}

void TestAudio::statsKnownAnswers()
{
    // Full-scale sine over whole cycles: RMS = 1/sqrt(2) = -3.0103 dBFS.
    const SignalStats sine = SignalStats::of(test::sine(1000.0, 1.0, 16000, 16000));
    QVERIFY(std::fabs(sine.rmsDbfs - (-3.0103)) < 0.001);
    QVERIFY(std::fabs(sine.peak - 1.0) < 1e-6);

    Signal silence{16000, 1, std::vector<float>(1000, 0.0f)};
    const SignalStats quiet = SignalStats::of(silence);
    QCOMPARE(quiet.rmsDbfs, SignalStats::kSilenceDb);
    QCOMPARE(quiet.peak, 0.0);
    QCOMPARE(quiet.clippedFraction, 0.0);
    QCOMPARE(SignalStats::of(nullptr, 0).rmsDbfs, SignalStats::kSilenceDb);

    Signal dc{16000, 1, std::vector<float>(1001, -0.5f)};
    QVERIFY(std::fabs(SignalStats::of(dc).rmsDbfs - (-6.0206)) < 0.001);

    // Square wave, half the samples at full scale: exactly half clipped.
    Signal square{16000, 1, {}};
    for (int i = 0; i < 1000; ++i)
        square.samples.push_back(i % 20 < 10 ? 1.0f : -0.5f);
    QCOMPARE(SignalStats::of(square).clippedFraction, 0.5);

    // A sine driven 2x into a hard clipper: |2 sin| >= 0.999 on 1 - (2/pi) asin(0.4995).
    // 97.3 Hz so that sample phases spread over the cycle.
    Signal driven = test::sine(97.3, 2.0, 48000, 480000);
    for (float& x : driven.samples)
        x = std::clamp(x, -1.0f, 1.0f);
    const SignalStats clipped = SignalStats::of(driven);
    const double expected = 1.0 - 2.0 / M_PI * std::asin(0.4995);
    QVERIFY2(std::fabs(clipped.clippedFraction - expected) < 1e-3,
             qPrintable(QString::number(clipped.clippedFraction)));
    QCOMPARE(clipped.peak, 1.0);
}

void TestAudio::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray pcm(3200, '\x10');
    QByteArray random(4096, 0);
    QRandomGenerator rng(42);
    for (char& c : random)
        c = char(rng.bounded(256));
    QTest::newRow("empty") << QByteArray() << "empty file";
    QTest::newRow("random bytes") << random << "not a recognised audio format";
    QTest::newRow("text") << QByteArray("just some text\n") << "not a recognised audio format";
    QTest::newRow("lying header") << test::wavHeader(1, 16000, 16, 2000000) + pcm
                                  << "truncated: header says 1000000 frames, file holds 1600";
    QTest::newRow("cut mid-data") << test::wavHeader(1, 16000, 16, 32000) + pcm.left(1000)
                                  << "truncated: header says 16000 frames, file holds 500";
    QTest::newRow("header only") << test::wavHeader(1, 16000, 16, 32000) << "truncated";
    QTest::newRow("half a header") << test::wavHeader(1, 16000, 16, 32000).left(30) << "";
    QTest::newRow("zero channels") << test::wavHeader(0, 16000, 16, 3200) + pcm << "";
    QTest::newRow("zero rate") << test::wavHeader(1, 0, 16, 3200) + pcm << "";
}

void TestAudio::rejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path =
        m_dir.filePath(QString(QTest::currentDataTag()).replace(' ', '_') + ".wav");
    QVERIFY(test::writeBytes(path, bytes));

    const Result<Signal> decoded = AudioDecoder::decode(path);
    QVERIFY(!decoded.isOk());
    QCOMPARE(decoded.error().path, path);
    QVERIFY(!decoded.error().reason.isEmpty());
    QVERIFY2(decoded.error().reason.contains(reason), qPrintable(decoded.error().reason));

    const Result<Signal> fromBytes = AudioDecoder::decodeBytes(bytes, QStringLiteral("x.wav"));
    QVERIFY(!fromBytes.isOk());
    QCOMPARE(fromBytes.error().path, QStringLiteral("x.wav"));

    const Result<AudioInfo> probed = AudioDecoder::probe(path);
    QVERIFY(!probed.isOk());
    QVERIFY2(probed.error().reason.contains(reason), qPrintable(probed.error().reason));
}

void TestAudio::rejectsTruncated_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("flac") << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
    QTest::newRow("aiff") << (SF_FORMAT_AIFF | SF_FORMAT_PCM_16);
    QTest::newRow("wav 24") << (SF_FORMAT_WAV | SF_FORMAT_PCM_24);
    QTest::newRow("ogg") << (SF_FORMAT_OGG | SF_FORMAT_VORBIS);
}

// Each file cut in half: an error naming the file, never a shorter "valid" signal.
void TestAudio::rejectsTruncated()
{
    QFETCH(int, format);
    const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
    const QString full = m_dir.filePath("full_" + tag);
    QVERIFY(test::writeSoundFile(full, test::sine(440.0, 0.5, 16000, 48000), format));
    const QByteArray bytes = readAllBytes(full);
    const QString cut = m_dir.filePath("cut_" + tag);
    QVERIFY(test::writeBytes(cut, bytes.left(bytes.size() / 2)));
    const Result<Signal> decoded = AudioDecoder::decode(cut);
    QVERIFY2(!decoded.isOk(),
             qPrintable(QString::number(decoded.isOk() ? decoded.value().frames() : 0)));
    QCOMPARE(decoded.error().path, cut);
    QVERIFY2(decoded.error().reason.contains("truncated") ||
                 decoded.error().reason.contains("decoding failed"),
             qPrintable(decoded.error().reason));
    QVERIFY(!AudioDecoder::probe(cut).isOk() || format == (SF_FORMAT_FLAC | SF_FORMAT_PCM_16));
}

void TestAudio::rejectsMissingFile()
{
    const Result<Signal> missing = AudioDecoder::decode(m_dir.filePath("missing.wav"));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().path, m_dir.filePath("missing.wav"));
    QCOMPARE(missing.error().reason, QStringLiteral("file not found"));
    QVERIFY(!AudioDecoder::probe(m_dir.filePath("missing.wav")).isOk());
}

void TestAudio::resamplerKeepsFrequencyAndLevel()
{
    const Signal in = test::sine(1000.0, 0.5, 44100, 44100);
    const Result<Signal> out = Resampler::resample(in, 16000);
    QVERIFY2(out.isOk(), qPrintable(out.error().toString()));
    const Signal& s = out.value();
    QCOMPARE(s.rateHz, 16000);
    QCOMPARE(s.frames(), qint64(16000));

    // Away from the edges: 8000 frames = exactly 500 cycles of 1 kHz.
    const qint64 first = 4000, n = 8000;
    int upCrossings = 0;
    for (qint64 i = first + 1; i < first + n; ++i)
        upCrossings += (s.at(i - 1, 0) < 0.0f && s.at(i, 0) >= 0.0f) ? 1 : 0;
    QVERIFY2(std::abs(upCrossings - 500) <= 1, qPrintable(QString::number(upCrossings)));
    const double level = 20.0 * std::log10(goertzelAmplitude(s, 1000.0, first, n) / 0.5);
    QVERIFY2(std::fabs(level) < 0.1, qPrintable(QString::number(level)));
    const double rmsDb = SignalStats::of(s.samples.data() + first, n).rmsDbfs;
    QVERIFY(std::fabs(rmsDb - 20.0 * std::log10(0.5 / std::sqrt(2.0))) < 0.1);
}

// A 1 kHz tone through every recipe, down (44.1 -> 16 kHz) and up (16 -> 48 kHz, 8 ->
// 44.1 kHz): the level within 0.1 dB and the output aligned with the input within a
// hundredth of a frame (soxr's linear-phase delay compensated, not shifted in).
void TestAudio::resamplerKeepsLevelAndPhase_data()
{
    QTest::addColumn<int>("fromHz");
    QTest::addColumn<int>("toHz");
    QTest::addColumn<ResampleQuality>("quality");
    for (ResampleQuality q : allQualities())
        for (auto [from, to] : {std::pair{44100, 16000}, {16000, 48000}, {8000, 44100}})
            QTest::addRow("%s %d->%d", nameOf(q), from, to) << from << to << q;
}

void TestAudio::resamplerKeepsLevelAndPhase()
{
    QFETCH(int, fromHz);
    QFETCH(int, toHz);
    QFETCH(ResampleQuality, quality);
    const Signal in = test::sine(1000.0, 0.5, fromHz, fromHz);
    const Result<Signal> out = Resampler::resample(in, toHz, quality);
    QVERIFY2(out.isOk(), qPrintable(out.error().toString()));
    const Signal& s = out.value();
    QCOMPARE(s.frames(), qint64(toHz));
    // 0.5 s in the middle: a whole number of cycles at every rate here.
    const qint64 first = toHz / 4, n = toHz / 2;
    const double levelDb = 20.0 * std::log10(goertzelAmplitude(s, 1000.0, first, n) / 0.5);
    QVERIFY2(std::fabs(levelDb) < 0.1, qPrintable(QString::number(levelDb)));
    const double lag = lagFrames(s, 1000.0, first, n);
    QVERIFY2(std::fabs(lag) < 0.01, qPrintable(QString::number(lag)));
}

// An impulse at 48 kHz frame 3k comes out at 16 kHz frame k, symmetric about it (linear
// phase); at 44.1 kHz frame 441m it comes out at 16 kHz frame 160m.
void TestAudio::resamplerImpulseIsAligned()
{
    for (auto [from, at, expected] : {std::tuple{48000, 24000, 8000}, {44100, 22050, 8000}}) {
        Signal in{from, 1, std::vector<float>(size_t(from), 0.0f)};
        in.samples[size_t(at)] = 1.0f;
        const Result<Signal> out = Resampler::resample(in, 16000);
        QVERIFY(out.isOk());
        const std::vector<float>& y = out.value().samples;
        const auto peak = std::max_element(
            y.begin(), y.end(), [](float a, float b) { return std::fabs(a) < std::fabs(b); });
        QCOMPARE(qint64(peak - y.begin()), qint64(expected));
        for (int d = 1; d < 40; ++d)
            QVERIFY2(std::fabs(y[size_t(expected - d)] - y[size_t(expected + d)]) < 1e-4f,
                     qPrintable(QStringLiteral("%1 Hz, offset %2").arg(from).arg(d)));
    }
}

// Exactly round(frames * to / from) frames, for odd lengths, tiny inputs and channels.
void TestAudio::resamplerFrameCount_data()
{
    QTest::addColumn<int>("fromHz");
    QTest::addColumn<int>("toHz");
    QTest::addColumn<qint64>("frames");
    QTest::addColumn<int>("channels");
    QTest::addColumn<ResampleQuality>("quality");
    const QList<std::tuple<int, int, qint64, int>> cases{
        {44100, 16000, 57330, 1}, {44100, 16000, 1001, 1}, {16000, 44100, 16001, 1},
        {48000, 16000, 7, 2},     {44100, 16000, 1, 1},    {22050, 16000, 12345, 3},
        {8000, 48000, 1, 1},      {16000, 8000, 3, 1}};
    for (ResampleQuality q : allQualities())
        for (const auto& [from, to, frames, channels] : cases)
            QTest::addRow("%s %d->%d %lld x%d", nameOf(q), from, to, frames, channels)
                << from << to << frames << channels << q;
}

void TestAudio::resamplerFrameCount()
{
    QFETCH(int, fromHz);
    QFETCH(int, toHz);
    QFETCH(qint64, frames);
    QFETCH(int, channels);
    QFETCH(ResampleQuality, quality);
    const Result<Signal> out =
        Resampler::resample(test::sine(440.0, 0.5, fromHz, frames, channels), toHz, quality);
    QVERIFY2(out.isOk(), qPrintable(out.error().toString()));
    QCOMPARE(out.value().channels, channels);
    QCOMPARE(out.value().rateHz, toHz);
    QCOMPARE(out.value().frames(), std::llround(double(frames) * toHz / fromHz));
}

// Up 16 -> 44.1 / 48 kHz: a 1 kHz tone keeps its level and leaves no image at
// 15 kHz (the mirror of 1 kHz about the old Nyquist) above -100 dB.
void TestAudio::resamplerUpsamplesWithoutImages_data()
{
    QTest::addColumn<int>("toHz");
    QTest::addColumn<ResampleQuality>("quality");
    for (ResampleQuality q :
         {ResampleQuality::Medium, ResampleQuality::High, ResampleQuality::VeryHigh})
        for (int to : {44100, 48000})
            QTest::addRow("%s %d", nameOf(q), to) << to << q;
}

void TestAudio::resamplerUpsamplesWithoutImages()
{
    QFETCH(int, toHz);
    QFETCH(ResampleQuality, quality);
    const Result<Signal> out =
        Resampler::resample(test::sine(1000.0, 0.5, 16000, 32000, 2), toHz, quality);
    QVERIFY(out.isOk());
    const Signal& s = out.value();
    QCOMPARE(s.frames(), qint64(2 * toHz));
    QCOMPARE(s.channels, 2);
    const qint64 first = toHz / 2, n = toHz;
    const double tone = goertzelAmplitude(s, 1000.0, first, n);
    QVERIFY(std::fabs(20.0 * std::log10(tone / 0.5)) < 0.1);
    const double imageDb = 20.0 * std::log10(goertzelAmplitude(s, 15000.0, first, n) / tone);
    QVERIFY2(imageDb < -100.0, qPrintable(QString::number(imageDb)));
    for (qint64 i = first; i < first + n; ++i)
        QCOMPARE(s.at(i, 0), s.at(i, 1));
}

void TestAudio::resamplerEdgeCases()
{
    const Signal in = test::sine(1000.0, 0.5, 16000, 160, 2);
    const Result<Signal> same = Resampler::resample(in, 16000);
    QVERIFY(same.isOk());
    QCOMPARE(same.value().samples, in.samples);
    const Result<Signal> up = Resampler::resample(in, 48000, ResampleQuality::Low);
    QVERIFY(up.isOk());
    QCOMPARE(up.value().channels, 2);
    QCOMPARE(up.value().frames(), qint64(480));
    QVERIFY(!Resampler::resample(in, 0).isOk());
    QVERIFY(!Resampler::resample(in, 16000 * 1000).isOk());
    QVERIFY(!Resampler::resample(Signal{}, 16000).isOk());
}

void TestAudio::writerRoundTrip_data()
{
    QTest::addColumn<WavSubtype>("subtype");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<QString>("name");
    QTest::newRow("pcm16") << WavSubtype::Pcm16 << 1.0 / 16384 << "WAV PCM_16";
    QTest::newRow("pcm24") << WavSubtype::Pcm24 << 1.0 / 4e6 << "WAV PCM_24";
    QTest::newRow("float") << WavSubtype::Float << 0.0 << "WAV FLOAT";
}

void TestAudio::writerRoundTrip()
{
    QFETCH(WavSubtype, subtype);
    QFETCH(double, tolerance);
    QFETCH(QString, name);
    const Signal ref = test::sine(523.0, 0.7, 24000, 12000, 2);
    const QString path = m_dir.filePath(QStringLiteral("out/%1.wav").arg(QTest::currentDataTag()));
    const Status st = AudioWriter::writeWav(path, ref, subtype);
    QVERIFY2(st.isOk(), qPrintable(st.error().toString()));
    const Result<Signal> back = AudioDecoder::decode(path);
    QVERIFY2(back.isOk(), qPrintable(back.error().toString()));
    QCOMPARE(back.value().rateHz, 24000);
    QCOMPARE(back.value().channels, 2);
    QCOMPARE(back.value().frames(), 12000);
    QVERIFY(maxAbsDiff(back.value(), ref) <= tolerance);
    QCOMPARE(AudioDecoder::probe(path).value().format, name);
}

void TestAudio::writerReplacesAtomicallyAndReportsErrors()
{
    const QString path = m_dir.filePath("replace.wav");
    QVERIFY(AudioWriter::writeWav(path, test::sine(100.0, 0.5, 8000, 8000)).isOk());
    QVERIFY(AudioWriter::writeWav(path, test::sine(100.0, 0.5, 8000, 80)).isOk());
    QCOMPARE(AudioDecoder::probe(path).value().frames, 80);
    QVERIFY(!QFile::exists(path + ".tmp"));

    const Status bad = AudioWriter::writeWav(m_dir.filePath("bad.wav"), Signal{});
    QVERIFY(!bad.isOk());
    QCOMPARE(bad.error().path, m_dir.filePath("bad.wav"));
    QVERIFY(!QFile::exists(m_dir.filePath("bad.wav")));

    // Full-scale overs are clipped, not wrapped, in integer files.
    Signal loud{8000, 1, {1.5f, -1.5f, 0.25f}};
    QVERIFY(AudioWriter::writeWav(path, loud).isOk());
    const Signal back = AudioDecoder::decode(path).value();
    QVERIFY(back.samples[0] > 0.99f && back.samples[1] < -0.99f);

    const Status noDir = AudioWriter::writeWav("/proc/tally-no-such/x.wav", loud);
    QVERIFY(!noDir.isOk());
}

QTEST_GUILESS_MAIN(TestAudio)
#include "test_audio.moc"
