// core/audio: headers libsndfile accepts but Tally refuses (issue 11). Containers other
// than plain RIFF WAV cut short or lying about their length (W64, RF64, AU, CAF, AIFC
// with µ-law, Ogg cut at a page boundary or inside a page, stereo Ogg with an unknown
// length), absurd sample rates and empty audio. The intact files of every format still
// decode, so the checks refuse only what is wrong.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sndfile.h>

using namespace tally;

namespace {

QByteArray encoded(const QString& path, int format, int channels = 1, int rateHz = 16000)
{
    if (!test::writeSoundFile(path, test::sine(440.0, 0.5, rateHz, 48000, channels), format))
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAudioHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesCutContainers_data();
    void refusesCutContainers();
    void refusesOggCutAtAPage();
    void refusesAbsurdHeaders_data();
    void refusesAbsurdHeaders();
    void acceptsTheHighestRate();

private:
    QTemporaryDir m_dir;
};

void TestAudioHeaders::refusesCutContainers_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("channels");
    QTest::newRow("w64") << (SF_FORMAT_W64 | SF_FORMAT_PCM_16) << 1;
    QTest::newRow("rf64") << (SF_FORMAT_RF64 | SF_FORMAT_PCM_16) << 1;
    QTest::newRow("au") << (SF_FORMAT_AU | SF_FORMAT_PCM_16) << 1;
    QTest::newRow("caf") << (SF_FORMAT_CAF | SF_FORMAT_PCM_16) << 1;
    QTest::newRow("aifc ulaw") << (SF_FORMAT_AIFF | SF_FORMAT_ULAW) << 1;
    QTest::newRow("wavex") << (SF_FORMAT_WAVEX | SF_FORMAT_PCM_24) << 2;
    QTest::newRow("ogg stereo") << (SF_FORMAT_OGG | SF_FORMAT_VORBIS) << 2;
}

// The whole file decodes; 90 % of it (a cut inside the audio data, the container's
// header intact) is refused by decode, decodeBytes and probe alike.
void TestAudioHeaders::refusesCutContainers()
{
    QFETCH(int, format);
    QFETCH(int, channels);
    const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
    const QByteArray whole = encoded(m_dir.filePath("whole_" + tag), format, channels);
    QVERIFY(!whole.isEmpty());
    const Result<Signal> full = AudioDecoder::decodeBytes(whole, "whole");
    QVERIFY2(full.isOk(), qPrintable(full.isOk() ? QString() : full.error().reason));
    QCOMPARE(full.value().frames(), qint64(48000));
    QVERIFY(AudioDecoder::probeBytes(whole, "whole").isOk());

    const QString cut = m_dir.filePath("cut_" + tag);
    QVERIFY(test::writeBytes(cut, whole.left(whole.size() * 9 / 10)));
    const Result<Signal> decoded = AudioDecoder::decode(cut);
    QVERIFY2(!decoded.isOk(), qPrintable(QString::number(decoded.value().frames())));
    QCOMPARE(decoded.error().path, cut);
    QVERIFY2(decoded.error().reason.contains("truncated"), qPrintable(decoded.error().reason));
    const Result<AudioInfo> probed = AudioDecoder::probe(cut);
    QVERIFY2(!probed.isOk(), qPrintable(QString::number(probed.value().frames)));
    QVERIFY2(probed.error().reason.contains("truncated"), qPrintable(probed.error().reason));
}

// An Ogg file cut exactly where a page starts looks like a shorter, complete stream to
// libsndfile; its last page has no end-of-stream flag.
void TestAudioHeaders::refusesOggCutAtAPage()
{
    const QByteArray whole =
        encoded(m_dir.filePath("whole.ogg"), SF_FORMAT_OGG | SF_FORMAT_VORBIS, 1);
    QVERIFY(!whole.isEmpty());
    const qsizetype page = whole.indexOf("OggS", whole.size() / 2);
    QVERIFY(page > 0);
    const QByteArray cut = whole.left(page);
    const Result<Signal> decoded = AudioDecoder::decodeBytes(cut, "cut.ogg");
    QVERIFY2(!decoded.isOk(), qPrintable(QString::number(decoded.value().frames())));
    QCOMPARE(decoded.error().path, QStringLiteral("cut.ogg"));
    QVERIFY2(decoded.error().reason.contains("end-of-stream"), qPrintable(decoded.error().reason));
    QVERIFY(!AudioDecoder::probeBytes(cut, "cut.ogg").isOk());
}

void TestAudioHeaders::refusesAbsurdHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray pcm(3200, '\x10');
    QTest::newRow("no frames") << test::wavHeader(1, 16000, 16, 0) << "no audio";
    QTest::newRow("500 kHz") << test::wavHeader(1, 500000, 16, 3200) + pcm << "sample rate 500000";
    QTest::newRow("2 GHz") << test::wavHeader(1, 2000000000, 16, 3200) + pcm
                           << "sample rate 2000000000";
}

void TestAudioHeaders::refusesAbsurdHeaders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const Result<Signal> decoded = AudioDecoder::decodeBytes(bytes, "x.wav");
    QVERIFY2(!decoded.isOk(), qPrintable(QString::number(decoded.value().frames())));
    QCOMPARE(decoded.error().path, QStringLiteral("x.wav"));
    QVERIFY2(decoded.error().reason.contains(reason), qPrintable(decoded.error().reason));
    const Result<AudioInfo> probed = AudioDecoder::probeBytes(bytes, "x.wav");
    QVERIFY(!probed.isOk());
    QVERIFY2(probed.error().reason.contains(reason), qPrintable(probed.error().reason));
}

void TestAudioHeaders::acceptsTheHighestRate()
{
    const QByteArray bytes = test::wavHeader(1, 384000, 16, 3200) + QByteArray(3200, '\x10');
    const Result<Signal> decoded = AudioDecoder::decodeBytes(bytes, "x.wav");
    QVERIFY2(decoded.isOk(), qPrintable(decoded.isOk() ? QString() : decoded.error().reason));
    QCOMPARE(decoded.value().rateHz, 384000);
    QCOMPARE(decoded.value().frames(), qint64(1600));
}

QTEST_GUILESS_MAIN(TestAudioHeaders)
#include "test_audio_headers.moc"
