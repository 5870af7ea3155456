// Streaming decoding and measuring (issue 11, "memory grows with the file"): reading a
// file block by block must give what the whole-file decode gives, exactly, whatever
// the block edges — multichannel, odd lengths, blocks not aligned to anything.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioStream.h"
#include "audio/SignalStats.h"
#include "dsp/SummaryPyramid.h"
#include "formats/SampleMeasure.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>
#include <sndfile.h>

using namespace tally;

namespace {

// A signal every sample of which differs: a sine per channel at its own frequency,
// plus noise, with a few full-scale samples so clipping is counted.
Signal knownSignal(qint64 frames, int channels, int rateHz, unsigned seed)
{
    Signal s;
    s.rateHz = rateHz;
    s.channels = channels;
    s.samples.resize(size_t(frames * channels));
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> noise(-0.05f, 0.05f);
    for (qint64 f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c)
            s.samples[size_t(f * channels + c)] =
                float(0.7 * std::sin(2 * M_PI * (220.0 * (c + 1)) * f / rateHz)) + noise(rng);
    for (qint64 f = 17; f < frames; f += 9973)
        s.samples[size_t(f * channels)] = 1.0f;
    return s;
}

// Concatenates what forEachBlock hands over.
std::vector<float> streamAll(const QString& path, qint64 blockFrames, AudioInfo* info = nullptr)
{
    std::vector<float> all;
    Result<AudioInfo> r = AudioStream::forEachBlock(
        path,
        [&](const float* x, qint64 frames, int channels) {
            all.insert(all.end(), x, x + frames * channels);
            return true;
        },
        blockFrames);
    if (!r)
        qWarning() << r.error().toString();
    if (info && r)
        *info = r.value();
    return all;
}

} // namespace

class TestAudioStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksEqualWholeDecode_data();
    void blocksEqualWholeDecode();
    void readRangeIsTheSamples();
    void statsAccumulatorIsBlockwiseExact();
    void statsKnownAnswers();
    void streamedRecordEqualsWholeFileRecord_data();
    void streamedRecordEqualsWholeFileRecord();
    void longFileIsStreamedByMeasureAudioFile();
    void refusesWhatDecodeRefuses();
    void pyramidAppendEqualsBuild_data();
    void pyramidAppendEqualsBuild();

private:
    QTemporaryDir m_dir;
};

void TestAudioStream::blocksEqualWholeDecode_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("channels");
    QTest::addColumn<qint64>("frames");
    QTest::addColumn<qint64>("block");
    QTest::newRow("pcm16 mono odd, block 1000")
        << (SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 1 << qint64(100003) << qint64(1000);
    QTest::newRow("pcm24 3ch odd, block 7")
        << (SF_FORMAT_WAV | SF_FORMAT_PCM_24) << 3 << qint64(20011) << qint64(7);
    QTest::newRow("float stereo, block 65536")
        << (SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 2 << qint64(131073) << qint64(65536);
    QTest::newRow("flac 5ch, block 4093")
        << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 5 << qint64(30001) << qint64(4093);
    QTest::newRow("block longer than file")
        << (SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 2 << qint64(999) << qint64(65536);
}

void TestAudioStream::blocksEqualWholeDecode()
{
    QFETCH(int, format);
    QFETCH(int, channels);
    QFETCH(qint64, frames);
    QFETCH(qint64, block);
    const QString path = m_dir.filePath(QStringLiteral("%1.snd").arg(QTest::currentDataTag()));
    QVERIFY(test::writeSoundFile(path, knownSignal(frames, channels, 16000, 1), format));
    const Result<Signal> whole = AudioDecoder::decode(path);
    QVERIFY2(whole.isOk(), qPrintable(whole.error().toString()));
    AudioInfo info;
    const std::vector<float> streamed = streamAll(path, block, &info);
    QCOMPARE(info.frames, frames);
    QCOMPARE(info.channels, channels);
    QCOMPARE(info.rateHz, 16000);
    QCOMPARE(streamed.size(), whole.value().samples.size());
    QVERIFY(streamed == whole.value().samples); // bit for bit
}

void TestAudioStream::readRangeIsTheSamples()
{
    const QString path = m_dir.filePath(QStringLiteral("range.wav"));
    const Signal s = knownSignal(50001, 3, 8000, 2);
    QVERIFY(test::writeWav(path, s, true)); // float: the written samples come back exactly
    auto opened = AudioStream::open(path);
    QVERIFY(opened.isOk());
    AudioStream& stream = *opened.value();
    for (auto [start, count] : {std::pair<qint64, qint64>{0, 10},
                                {12345, 777},
                                {49990, 100}, // clamped to the end: 11 frames
                                {50001, 5},
                                {3, 0}}) {
        const Result<std::vector<float>> got = stream.readRange(start, count);
        QVERIFY(got.isOk());
        const qint64 expected = std::max<qint64>(0, std::min(count, 50001 - start));
        QCOMPARE(qint64(got.value().size()), expected * 3);
        for (qint64 i = 0; i < expected * 3; ++i)
            QCOMPARE(got.value()[size_t(i)], s.samples[size_t(start * 3 + i)]);
    }
}

void TestAudioStream::statsAccumulatorIsBlockwiseExact()
{
    const Signal s = knownSignal(100003, 3, 16000, 3);
    const SignalStats whole = SignalStats::of(s);
    std::mt19937 rng(7);
    for (int trial = 0; trial < 20; ++trial) {
        std::uniform_int_distribution<qint64> len(1, trial < 10 ? 13 : 70000);
        SignalStats::Accumulator acc;
        qint64 done = 0;
        const qint64 total = qint64(s.samples.size());
        while (done < total) {
            const qint64 n = std::min(len(rng), total - done);
            acc.add(s.samples.data() + done, n);
            done += n;
        }
        const SignalStats parts = acc.result();
        QCOMPARE(acc.count(), total);
        // Identical, not close: the same additions in the same order.
        QVERIFY(parts.rmsDbfs == whole.rmsDbfs);
        QVERIFY(parts.peak == whole.peak);
        QVERIFY(parts.clippedFraction == whole.clippedFraction);
    }
}

void TestAudioStream::statsKnownAnswers()
{
    // DC 0.5 over an odd count: 20 log10(0.5) = -6.0206 dB.
    std::vector<float> dc(10007, 0.5f);
    SignalStats::Accumulator acc;
    acc.add(dc.data(), 3);
    acc.add(dc.data() + 3, 10004);
    QVERIFY(std::abs(acc.result().rmsDbfs - 20.0 * std::log10(0.5)) < 1e-12);
    QCOMPARE(acc.result().peak, 0.5);
    QCOMPARE(acc.result().clippedFraction, 0.0);
    // A full-scale square wave: every sample clipped, 0 dBFS.
    std::vector<float> square(1001);
    for (size_t i = 0; i < square.size(); ++i)
        square[i] = i % 2 ? 1.0f : -1.0f;
    const SignalStats sq = SignalStats::of(square.data(), qint64(square.size()));
    QCOMPARE(sq.clippedFraction, 1.0);
    QVERIFY(std::abs(sq.rmsDbfs) < 1e-12);
    QCOMPARE(SignalStats::Accumulator().result().rmsDbfs, SignalStats::kSilenceDb);
}

void TestAudioStream::streamedRecordEqualsWholeFileRecord_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("channels");
    QTest::addColumn<qint64>("frames");
    QTest::newRow("pcm16 stereo odd") << (SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 2 << qint64(200001);
    QTest::newRow("pcm24 mono") << (SF_FORMAT_WAV | SF_FORMAT_PCM_24) << 1 << qint64(65537);
    QTest::newRow("float 3ch") << (SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 3 << qint64(70001);
    QTest::newRow("flac stereo") << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 2 << qint64(99999);
}

void TestAudioStream::streamedRecordEqualsWholeFileRecord()
{
    QFETCH(int, format);
    QFETCH(int, channels);
    QFETCH(qint64, frames);
    const QString path = m_dir.filePath(QStringLiteral("rec-%1.snd").arg(QTest::currentDataTag()));
    QVERIFY(test::writeSoundFile(path, knownSignal(frames, channels, 22050, 4), format));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<SampleRecord> whole = measureAudioBytes(f.readAll(), path);
    const Result<SampleRecord> streamed = measureAudioStreamed(path);
    QVERIFY(whole.isOk());
    QVERIFY2(streamed.isOk(), qPrintable(streamed.error().toString()));
    const SampleRecord& a = whole.value();
    const SampleRecord& b = streamed.value();
    QCOMPARE(b.contentHash, a.contentHash);
    QCOMPARE(b.frames, frames);
    QCOMPARE(b.frames, a.frames);
    QCOMPARE(b.channels, a.channels);
    QCOMPARE(b.rateHz, a.rateHz);
    QVERIFY(b.durationSec == a.durationSec);
    QVERIFY(b.rmsDbfs == a.rmsDbfs);
    QVERIFY(b.peak == a.peak);
    QVERIFY(b.clippedFraction == a.clippedFraction);
    QVERIFY(a.clippedFraction > 0.0); // the fixture does clip
}

void TestAudioStream::longFileIsStreamedByMeasureAudioFile()
{
    // Just over the whole-file limit: measureAudioFile takes the streamed path and
    // still gives the record of the bytes.
    const qint64 frames = kMeasureWholeFileLimitBytes / 4 + 1001;
    const QString path = m_dir.filePath(QStringLiteral("long.wav"));
    QVERIFY(test::writeWav(path, knownSignal(frames, 2, 16000, 5)));
    QVERIFY(QFileInfo(path).size() > kMeasureWholeFileLimitBytes);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<SampleRecord> whole = measureAudioBytes(f.readAll(), path);
    const Result<SampleRecord> file = measureAudioFile(path);
    QVERIFY(whole.isOk() && file.isOk());
    QCOMPARE(file.value().contentHash, whole.value().contentHash);
    QCOMPARE(file.value().frames, frames);
    QVERIFY(file.value().rmsDbfs == whole.value().rmsDbfs);
    QVERIFY(file.value().clippedFraction == whole.value().clippedFraction);
}

void TestAudioStream::refusesWhatDecodeRefuses()
{
    // A WAV cut short: the header promises more than the file holds.
    const QString full = m_dir.filePath(QStringLiteral("full.wav"));
    QVERIFY(test::writeWav(full, knownSignal(40000, 2, 16000, 6)));
    QFile f(full);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString cut = m_dir.filePath(QStringLiteral("cut.wav"));
    QVERIFY(test::writeBytes(cut, bytes.left(bytes.size() / 2)));
    const Result<Signal> decoded = AudioDecoder::decode(cut);
    const Result<SampleRecord> streamed = measureAudioStreamed(cut);
    QVERIFY(!decoded.isOk());
    QVERIFY(!streamed.isOk());
    QCOMPARE(streamed.error().path, cut);
    QCOMPARE(streamed.error().reason, decoded.error().reason);
    QVERIFY(streamed.error().reason.contains(QStringLiteral("truncated")));
    // Empty and missing files.
    const QString empty = m_dir.filePath(QStringLiteral("empty.wav"));
    QVERIFY(test::writeBytes(empty, {}));
    QVERIFY(!measureAudioStreamed(empty).isOk());
    QVERIFY(measureAudioStreamed(empty).error().reason.contains(QStringLiteral("empty")));
    QVERIFY(!measureAudioStreamed(m_dir.filePath(QStringLiteral("nope.wav"))).isOk());
    // Not audio at all.
    const QString text = m_dir.filePath(QStringLiteral("text.wav"));
    QVERIFY(test::writeBytes(text, QByteArray(100000, 'x')));
    QVERIFY(!measureAudioStreamed(text).isOk());
    QCOMPARE(measureAudioStreamed(text).error().path, text);
    // A cancelled pass says so.
    const Result<AudioInfo> cancelled = AudioStream::forEachBlock(
        full, [](const float*, qint64, int) { return false; }, 100);
    QVERIFY(!cancelled.isOk());
}

void TestAudioStream::pyramidAppendEqualsBuild_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<qint64>("frames");
    QTest::addColumn<qint64>("block");
    QTest::newRow("mono odd, block 1") << 1 << qint64(1001) << qint64(1);
    QTest::newRow("stereo, block 63") << 2 << qint64(64 * 1000 + 5) << qint64(63);
    QTest::newRow("3ch, block 65") << 3 << qint64(64 * 777 + 63) << qint64(65);
    QTest::newRow("5ch, block 10007") << 5 << qint64(300001) << qint64(10007);
    QTest::newRow("shorter than a block") << 2 << qint64(40) << qint64(7);
}

void TestAudioStream::pyramidAppendEqualsBuild()
{
    QFETCH(int, channels);
    QFETCH(qint64, frames);
    QFETCH(qint64, block);
    const Signal s = knownSignal(frames, channels, 16000, 8);
    SummaryPyramid whole;
    QVERIFY(whole.build(s.samples.data(), frames, channels));
    SummaryPyramid parts;
    parts.begin(channels);
    for (qint64 done = 0; done < frames; done += block)
        parts.append(s.samples.data() + done * channels, std::min(block, frames - done));
    QVERIFY(parts.finish());
    QCOMPARE(parts.frames(), frames);
    QCOMPARE(parts.channels(), channels);
    QCOMPARE(parts.levels(), whole.levels());
    for (int level = 0; level < whole.levels(); ++level) {
        QCOMPARE(parts.blockCount(level), whole.blockCount(level));
        for (qint64 b = 0; b < whole.blockCount(level); ++b)
            for (int c = 0; c < channels; ++c) {
                QCOMPARE(parts.blockMin(level, c, b), whole.blockMin(level, c, b));
                QCOMPARE(parts.blockMax(level, c, b), whole.blockMax(level, c, b));
            }
    }
    // Known answer at level 0: block 0's extremes are those of its first 64 frames.
    for (int c = 0; c < channels; ++c) {
        float lo = s.at(0, c), hi = lo;
        for (qint64 f = 1; f < std::min<qint64>(64, frames); ++f) {
            lo = std::min(lo, s.at(f, c));
            hi = std::max(hi, s.at(f, c));
        }
        QCOMPARE(parts.blockMin(0, c, 0), lo);
        QCOMPARE(parts.blockMax(0, c, 0), hi);
    }
}

QTEST_GUILESS_MAIN(TestAudioStream)
#include "test_audio_stream.moc"
