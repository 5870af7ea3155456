// WaveformView over a long file read on demand (issue 11): a generated 20-minute
// stereo WAV is shown through a FileFrameSource; the view must hold the pyramid and
// a window of frames around what is on screen, never the whole signal, and the
// samples it draws when zoomed in must be the file's (known answer).
#include "TestSupport.h"
#include "WaveformView.h"
#include "audio/FrameSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace tally;

namespace {

constexpr int kRate = 8000;
constexpr int kChannels = 2;
constexpr qint64 kFrames = qint64(20) * 60 * kRate; // 20 minutes

// The file's sample at (frame, channel) as a PCM16 value: a ramp that never
// repeats within a block, the right channel its negative.
qint16 pcmAt(qint64 frame, int channel)
{
    const int v = int((frame * 37) % 60001) - 30000;
    return qint16(channel == 0 ? v : -v);
}

float expectedAt(qint64 frame, int channel)
{
    return float(pcmAt(frame, channel)) / 32768.0f; // libsndfile's PCM16 -> float
}

bool writeLongWav(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const quint32 dataBytes = quint32(kFrames * kChannels * 2);
    f.write(test::wavHeader(kChannels, kRate, 16, dataBytes));
    std::vector<qint16> block;
    for (qint64 done = 0; done < kFrames;) {
        const qint64 n = std::min<qint64>(1 << 16, kFrames - done);
        block.resize(size_t(n * kChannels));
        for (qint64 i = 0; i < n; ++i)
            for (int c = 0; c < kChannels; ++c)
                block[size_t(i * kChannels + c)] = qToLittleEndian(pcmAt(done + i, c));
        f.write(reinterpret_cast<const char*>(block.data()), qint64(block.size()) * 2);
        done += n;
    }
    return f.flush() && f.size() == 44 + dataBytes;
}

} // namespace

class TestWaveformFileSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Every drawn point of lane `channel` is the file's sample at its time.
    static void verifySamples(const WaveformView& view, int channel)
    {
        const QCPGraph* line = view.sampleLine(channel);
        const qint64 first = qint64(std::floor(view.visibleStartSec() * kRate));
        const qint64 last = std::min(kFrames - 1, qint64(std::ceil(view.visibleEndSec() * kRate)));
        QCOMPARE(qint64(line->dataCount()), last - first + 1);
        auto it = line->data()->constBegin();
        for (qint64 f = first; f <= last; ++f, ++it) {
            QCOMPARE(it->key, double(f) / kRate);
            QCOMPARE(float(it->value), expectedAt(f, channel));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("twenty-minutes.wav"));
        QVERIFY(writeLongWav(m_path));
    }

    void readsBlocksOnDemand()
    {
        Result<std::shared_ptr<FileFrameSource>> source = FileFrameSource::open(m_path);
        QVERIFY2(source.isOk(), qPrintable(source.error().toString()));
        QCOMPARE(source.value()->frames(), kFrames);
        QVERIFY(!source.value()->signal()); // nothing decoded up front

        WaveformView view;
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSource(source.value());
        QVERIFY(QTest::qWaitFor([&] { return view.hasData(); }, 60000));
        QCOMPARE(view.lanes(), kChannels);
        QCOMPARE(view.durationSec(), 1200.0);
        QVERIFY(!view.showsSamples());
        QCOMPARE(view.residentSamples(), qint64(0)); // the overview is the pyramid alone
        // The pyramid is small beside the signal (19.2 M samples, 77 MB as floats): a
        // min and a max per 64 frames at level 0, as much again for the coarser levels.
        QVERIFY(view.pyramidBytes() > 0);
        QVERIFY(view.pyramidBytes() <= kFrames * kChannels * qint64(sizeof(float)) / 15);
        // The ramp reaches +-30000/32768 in every column of the overview.
        const EnvelopePlot* envelope = view.envelope(0);
        int columns = 0;
        for (int i = 0; i < envelope->columnCount(); ++i)
            if (!std::isnan(envelope->maxAt(i))) {
                QVERIFY(std::abs(envelope->maxAt(i) - 30000.0 / 32768.0) <= 37.0 / 32768.0);
                ++columns;
            }
        QVERIFY(columns > view.plotWidthPx() - 2);

        // Zoomed in at 10 minutes: real samples from the file, both channels.
        view.setVisibleRange(600.0, 600.05);
        QVERIFY(view.showsSamples());
        verifySamples(view, 0);
        verifySamples(view, 1);
        const qint64 visibleFrames = qint64(0.05 * kRate) + 2;
        const qint64 bound = 3 * visibleFrames * kChannels;
        QVERIFY(view.residentSamples() > 0);
        QVERIFY2(view.residentSamples() <= bound,
                 qPrintable(QStringLiteral("%1 > %2").arg(view.residentSamples()).arg(bound)));

        // Far away, near the end (the last frames, clamped): still bounded, still right.
        view.setVisibleRange(1199.97, 1200.0);
        QVERIFY(view.showsSamples());
        verifySamples(view, 1);
        QVERIFY(view.residentSamples() <= bound);
        // Across one of the pyramid's read-block edges (frame 65536 = 8.192 s).
        view.setVisibleRange(8.18, 8.2);
        verifySamples(view, 0);
        verifySamples(view, 1);
        QVERIFY(view.residentSamples() <= bound);

        // Back to the overview: the window may stay, but stays bounded.
        view.zoomToFit();
        QVERIFY(!view.showsSamples());
        QVERIFY(view.residentSamples() <= bound);
    }

    void signalInMemoryCountsWhole()
    {
        // The same view given a decoded signal reports it resident (the accessor is real).
        Signal s;
        s.rateHz = kRate;
        s.channels = 1;
        s.samples.assign(size_t(kRate), 0.25f);
        WaveformView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSignal(std::make_shared<const Signal>(std::move(s)));
        QVERIFY(QTest::qWaitFor([&] { return view.hasData(); }, 5000));
        QCOMPARE(view.residentSamples(), qint64(kRate));
        view.setSource(nullptr);
        QCOMPARE(view.residentSamples(), qint64(0));
    }
};

QTEST_MAIN(TestWaveformFileSource)
#include "test_waveform_file_source.moc"
