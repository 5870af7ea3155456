// core/quality known answers: level, clipping, silence, length, truncation measured and
// compared; Chromaprint fingerprints of a clip re-encoded to MP3 (libsndfile writes it)
// with -3 dB gain and a 30 ms shift match the original, two different synthetic words
// by one voice do not, and the index finds the pair without comparing all of them; an
// image resized to 60 % and re-saved as JPEG quality 60 is within the PHash threshold.
#include "SyntheticVoice.h"
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "quality/AudioFingerprint.h"
#include "quality/AudioQuality.h"
#include "quality/CheckHistogram.h"
#include "quality/ImageQuality.h"
#include "quality/NearDuplicates.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <bit>
#include <cmath>
#include <sndfile.h>

using namespace tally;

namespace {

constexpr int kRateHz = 16000;

using Word = test::WordShape;

Signal voice(const Word& w, double startSec, double endSec, double lengthSec)
{
    return test::voicedWord(w, startSec, endSec, lengthSec, kRateHz);
}

const Word kWordA{120, 140, 700, 300, 1100, 2300};
const Word kWordB{150, 105, 300, 750, 2400, 900};

QStringList flagged(const Signal& s, const QString& format = QStringLiteral("WAV PCM_16"))
{
    std::vector<FoundFlag> out;
    const AudioMeasures m = AudioQuality::measure(s, format, 0.1, false);
    AudioQuality::evaluate(1, m.values, QualitySettings::defaults(), QualitySettings::checkNames(),
                           &out);
    QStringList names;
    for (const FoundFlag& f : out)
        names << f.check;
    return names;
}

// The original shifted later by shiftSec (silence in front, the end cut), gained by gainDb.
Signal shifted(const Signal& s, double shiftSec, double gainDb)
{
    Signal out = s;
    const qint64 by = std::llround(shiftSec * s.rateHz);
    const float g = float(std::pow(10.0, gainDb / 20.0));
    for (qint64 f = 0; f < s.frames(); ++f)
        out.samples[size_t(f)] = f >= by ? g * s.samples[size_t(f - by)] : 0.0f;
    return out;
}

Signal throughMp3(const QString& path, const Signal& s)
{
    if (!test::writeSoundFile(path, s, SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III))
        return {};
    Result<Signal> back = AudioDecoder::decode(path);
    return back ? back.value() : Signal{};
}

QImage scene(int seed)
{
    QImage img(320, 240, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, 320, 240);
    g.setColorAt(0, QColor(20 + seed * 40, 60, 140));
    g.setColorAt(1, QColor(230, 200 - seed * 50, 90));
    p.fillRect(img.rect(), g);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 12; ++i) {
        p.setBrush(QColor((i * 53 + seed * 97) % 256, (i * 31) % 256, (i * 71 + seed * 13) % 256));
        const int x = (i * 67 + seed * 131) % 280;
        const int y = (i * 43 + seed * 71) % 200;
        if ((i + seed) % 2)
            p.drawEllipse(x, y, 30 + i * 3, 25 + (i * 7) % 30);
        else
            p.drawRect(x, y, 20 + (i * 11) % 40, 35);
    }
    return img;
}

QByteArray encoded(const QImage& img, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, format, quality);
    return bytes;
}

} // namespace

class TestQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietSineIsTooQuiet()
    {
        const double amplitude = std::pow(10.0, -50.0 / 20.0); // a -50 dBFS sine
        const QStringList f = flagged(test::sine(1000, amplitude, kRateHz, kRateHz));
        QVERIFY(f.contains(QStringLiteral("too-quiet")));
        QVERIFY(!f.contains(QStringLiteral("silent"))); // -50 dBFS peak is above -60
        QVERIFY(!f.contains(QStringLiteral("clipped")));
        // a -10 dBFS sine is loud enough on both counts
        QVERIFY(!flagged(test::sine(1000, 0.316, kRateHz, kRateHz))
                     .contains(QStringLiteral("too-quiet")));
    }

    void loudnessFloorAlone()
    {
        // RMS above -40 dBFS but the momentary loudness under a raised floor.
        QualitySettings s = QualitySettings::defaults();
        s.set(QStringLiteral("too-quiet"), QStringLiteral("lufs_floor"), -10.0);
        const AudioMeasures m =
            AudioQuality::measure(test::sine(1000, 0.1, kRateHz, kRateHz), {}, 0.1, false);
        QVERIFY(m.values.value(QStringLiteral("lufs_max")).toDouble() < -10.0);
        QVERIFY(m.values.value(QStringLiteral("lufs_max")).toDouble() > -30.0);
        std::vector<FoundFlag> out;
        AudioQuality::evaluate(1, m.values, s, {QStringLiteral("too-quiet")}, &out);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].threshold, -10.0);
    }

    void overdrivenSineIsClipped()
    {
        Signal s = test::sine(440, 3.0, kRateHz, kRateHz); // 3x full scale, as recorded:
        for (float& x : s.samples)
            x = std::clamp(x, -1.0f, 1.0f);
        QVERIFY(flagged(s).contains(QStringLiteral("clipped")));
        QVERIFY(
            !flagged(test::sine(440, 0.9, kRateHz, kRateHz)).contains(QStringLiteral("clipped")));
    }

    void digitalZeroIsSilent()
    {
        const QStringList f = flagged(test::sine(440, 0.0, kRateHz, kRateHz));
        QVERIFY(f.contains(QStringLiteral("silent")));
        QVERIFY(f.contains(QStringLiteral("too-quiet")));
    }

    void threeSecondsIsWrongLength()
    {
        QVERIFY(flagged(test::sine(440, 0.3, kRateHz, 3 * kRateHz))
                    .contains(QStringLiteral("wrong-length")));
        QVERIFY(!flagged(test::sine(440, 0.3, kRateHz, kRateHz + 400))
                     .contains(QStringLiteral("wrong-length"))); // 1.025 s is within 0.05
    }

    void wordAtTheEndIsTruncated()
    {
        // A word rising to its loudest right at the end of the clip: cut off.
        Signal cut = voice(kWordA, 0.7, 1.3, 1.0);
        QVERIFY(flagged(cut).contains(QStringLiteral("truncated-event")));
        // The same word in the middle is not.
        QVERIFY(!flagged(voice(kWordA, 0.2, 0.8, 1.0)).contains(QStringLiteral("truncated-event")));
    }

    void dcOffsetAndFormat()
    {
        Signal s = test::sine(440, 0.3, kRateHz, kRateHz);
        for (float& x : s.samples)
            x += 0.05f;
        QVERIFY(flagged(s).contains(QStringLiteral("dc-offset")));
        QVERIFY(flagged(test::sine(440, 0.3, 44100, 44100)).contains(QStringLiteral("format")));
        QVERIFY(flagged(test::sine(440, 0.3, kRateHz, kRateHz), QStringLiteral("WAV PCM_24"))
                    .contains(QStringLiteral("format")));
        QVERIFY(
            !flagged(test::sine(440, 0.3, kRateHz, kRateHz)).contains(QStringLiteral("format")));
        QCOMPARE(AudioQuality::bitsOf(QStringLiteral("MPEG LAYER_III")), 0);
    }

    void lowSnr()
    {
        Signal noisy = test::sine(440, 0.3, kRateHz, kRateHz); // a steady tone: 0 dB
        QVERIFY(flagged(noisy).contains(QStringLiteral("low-snr")));
        QVERIFY(!flagged(voice(kWordA, 0.2, 0.8, 1.0)).contains(QStringLiteral("low-snr")));
    }

    void reencodedClipIsNearDuplicate()
    {
        QTemporaryDir dir;
        const Signal original = voice(kWordA, 0.2, 0.8, 1.0);
        const Signal copy =
            throughMp3(dir.filePath(QStringLiteral("copy.mp3")), shifted(original, 0.030, -3.0));
        QVERIFY2(copy.frames() > 0, "libsndfile could not write and read back an MP3");
        const Signal other = voice(kWordB, 0.2, 0.8, 1.0);
        const AudioFingerprint a = AudioFingerprinter::fingerprint(original);
        const AudioFingerprint b = AudioFingerprinter::fingerprint(copy);
        const AudioFingerprint c = AudioFingerprinter::fingerprint(other);
        QVERIFY(a.bits.size() >= 20);
        QVERIFY(a.loudCount() >= 10);
        const int shift = int(std::ceil(0.1 / AudioFingerprinter::kHopSec));
        const FingerprintMatch same = AudioFingerprinter::compare(a, b, shift);
        const FingerprintMatch different = AudioFingerprinter::compare(a, c, shift);
        qInfo("re-encoded copy: BER %.3f at offset %d over %d; other word: BER %.3f",
              same.bitErrorRate, same.offset, same.overlap, different.bitErrorRate);
        const double threshold = QualitySettings::defaults().value(QStringLiteral("near-duplicate"),
                                                                   QStringLiteral("audio_max_ber"));
        QVERIFY(same.bitErrorRate <= threshold);
        QVERIFY(different.bitErrorRate > threshold);
        QVERIFY(same.offset >= 1 && same.offset <= 2); // 30 ms = 1.3 hops of 23.2 ms

        // The index finds the pair among unrelated clips, and only that pair.
        std::vector<AudioFingerprint> all{a, c};
        QRandomGenerator rng(13);
        const auto within = [&](double lo, double hi) {
            return lo + (hi - lo) * rng.generateDouble();
        };
        for (int i = 0; i < 30; ++i)
            all.push_back(AudioFingerprinter::fingerprint(
                voice(Word{within(90, 200), within(90, 200), within(250, 900), within(250, 900),
                           within(850, 2500), within(850, 2500)},
                      within(0.05, 0.3), within(0.6, 0.95), 1.0)));
        all.push_back(b);
        NearSearchStats stats;
        const std::vector<NearPair> pairs = NearDuplicates::audio(all, threshold, shift, &stats);
        bool found = false;
        for (const NearPair& p : pairs) {
            found = found || (p.a == 0 && p.b == int(all.size()) - 1);
            // word B, and the pair's two clips with any other, never match
            QVERIFY(p.a != 1 && p.b != 1);
            QVERIFY((p.a == 0) == (p.b == int(all.size()) - 1));
        }
        QVERIFY(found);
        qInfo("%d pairs among %d clips, %lld candidates verified", int(pairs.size()),
              int(all.size()), stats.candidates);
        QVERIFY(stats.candidates < qint64(all.size() * (all.size() - 1) / 2));
    }

    void silenceDoesNotMatch()
    {
        // Two different words with long silences: the silent positions are not compared.
        const AudioFingerprint a = AudioFingerprinter::fingerprint(voice(kWordA, 0.0, 0.3, 1.5));
        const AudioFingerprint b = AudioFingerprinter::fingerprint(voice(kWordB, 1.2, 1.5, 1.5));
        QVERIFY(AudioFingerprinter::compare(a, b, 5).bitErrorRate > 0.3);
    }

    void resizedJpegIsNearDuplicate()
    {
        const QImage original = scene(1);
        const QImage small = original.scaled(original.width() * 6 / 10, original.height() * 6 / 10,
                                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const auto a = ImageQuality::measure(encoded(original, "PNG"));
        const auto b = ImageQuality::measure(encoded(small, "JPG", 60));
        const auto c = ImageQuality::measure(encoded(scene(2), "PNG"));
        QVERIFY(a && b && c);
        const int same = std::popcount(a.value().phash ^ b.value().phash);
        const int different = std::popcount(a.value().phash ^ c.value().phash);
        qInfo("resized JPEG: %d bits apart; another image: %d", same, different);
        const int threshold = int(QualitySettings::defaults().value(
            QStringLiteral("near-duplicate"), QStringLiteral("image_max_bits")));
        QVERIFY(same <= threshold);
        QVERIFY(different > threshold);
        QCOMPARE(b.value().values.value(QStringLiteral("width")).toInt(), 192);
        const std::vector<NearPair> pairs =
            NearDuplicates::images({a.value().phash, c.value().phash, b.value().phash}, threshold);
        QCOMPARE(pairs.size(), size_t(1));
        QCOMPARE(pairs[0].a, 0);
        QCOMPARE(pairs[0].b, 2);
    }

    // The Quality dock's count while dragging (CheckHistogram::countFlagged) flags a value
    // exactly when the check itself does: every check with a measure, with values just
    // below, at and just above its default threshold (and its window), on an otherwise
    // normal clip or image.
    void dragCountAgreesWithTheChecks()
    {
        const QJsonObject audio = AudioQuality::measure(test::sine(440, 0.3, kRateHz, kRateHz),
                                                        QStringLiteral("WAV PCM_16"), 0.1, false)
                                      .values;
        const auto image = ImageQuality::measure(encoded(scene(0), "PNG"));
        QVERIFY(image.isOk());
        const QualitySettings defaults = QualitySettings::defaults();
        int compared = 0;
        for (const QString& check : CheckHistogram::checksWithMeasure()) {
            const ThresholdMeasure m = *CheckHistogram::thresholdOf(check);
            const double t = defaults.value(check, m.param);
            const double w = m.windowParam.isEmpty() ? 0.0 : defaults.value(check, m.windowParam);
            const double d = 1e-3 * (std::abs(t) + 1.0);
            QVector<double> tries{t - d, t, t + d, t - 10 * d, t + 10 * d};
            if (m.side == FlagSide::Outside)
                tries << t - w - d << t - w + d << t + w - d << t + w + d;
            if (m.side == FlagSide::NotEqual)
                tries = {8000, 16000, 44100};
            const bool isImage = QualitySettings::find(check)->scope == CheckScope::Image;
            for (const double v : tries) {
                QJsonObject values = isImage ? image.value().values : audio;
                values[m.measure] = v;
                std::vector<FoundFlag> out;
                if (isImage)
                    ImageQuality::evaluate(1, values, defaults, {check}, &out);
                else
                    AudioQuality::evaluate(1, values, defaults, {check}, &out);
                const bool flagged = !out.empty();
                const double shown = m.absolute ? std::abs(v) : v;
                QVERIFY2(CheckHistogram::countFlagged({shown}, m, t, w) == (flagged ? 1 : 0),
                         qPrintable(QStringLiteral("%1 at %2").arg(check).arg(v, 0, 'g', 12)));
                ++compared;
            }
        }
        QVERIFY(compared >= 12 * 3);
        // Values that are not finite are not counted; the count is over all of them.
        const ThresholdMeasure quiet = *CheckHistogram::thresholdOf(QStringLiteral("too-quiet"));
        QCOMPARE(CheckHistogram::countFlagged({-60, -50, -40, -30, qQNaN()}, quiet, -40.0), 2);
        QVERIFY(quiet.partial); // the loudness floor flags on its own too
    }

    // A slightly cropped copy (up to 3 % off each edge, re-saved as JPEG) is within the PHash
    // threshold of its original; another scene is not. Printed: how far each crop is.
    void croppedCopyIsNearDuplicate()
    {
        const QImage original = scene(1);
        const auto a = ImageQuality::measure(encoded(original, "PNG"));
        const auto other = ImageQuality::measure(encoded(scene(2), "PNG"));
        QVERIFY(a && other);
        const int threshold = int(QualitySettings::defaults().value(
            QStringLiteral("near-duplicate"), QStringLiteral("image_max_bits")));
        for (const int percent : {1, 2, 3, 5, 8}) {
            const int dx = original.width() * percent / 100, dy = original.height() * percent / 100;
            const QImage cropped =
                original.copy(dx, dy, original.width() - 2 * dx, original.height() - 2 * dy);
            const auto b = ImageQuality::measure(encoded(cropped, "JPG", 80));
            QVERIFY(b);
            qInfo("cropped %d %% a side: %d bits apart", percent,
                  std::popcount(a.value().phash ^ b.value().phash));
            if (percent > 3)
                continue;
            QVERIFY(std::popcount(a.value().phash ^ b.value().phash) <= threshold);
            // and the index finds the pair (not only a direct comparison)
            const std::vector<NearPair> pairs = NearDuplicates::images(
                {a.value().phash, other.value().phash, b.value().phash}, threshold);
            QCOMPARE(pairs.size(), size_t(1));
            QCOMPARE(pairs[0].b, 2);
        }
        QVERIFY(std::popcount(a.value().phash ^ other.value().phash) > threshold);
    }

    // Images are decoded by Qt (QImageReader): WebP too (qt6-image-formats-plugins), as the
    // importer accepts it; a PNG and a WebP of one scene measure alike; bytes that are no
    // image are an error, not a measure.
    void webpAndNonImages()
    {
        const QByteArray webp = encoded(scene(1), "WEBP", 95);
        QVERIFY2(!webp.isEmpty(), "no WebP writer: is qt6-image-formats-plugins installed?");
        const auto w = ImageQuality::measure(webp);
        const auto p = ImageQuality::measure(encoded(scene(1), "PNG"));
        QVERIFY(w.isOk());
        QVERIFY(p.isOk());
        QCOMPARE(w.value().values[QStringLiteral("width")].toInt(), 320);
        QCOMPARE(w.value().values[QStringLiteral("height")].toInt(), 240);
        QVERIFY(std::abs(w.value().values[QStringLiteral("mean")].toDouble() -
                         p.value().values[QStringLiteral("mean")].toDouble()) < 0.02);
        QVERIFY(std::popcount(w.value().phash ^ p.value().phash) <= 8);
        const auto bad = ImageQuality::measure(QByteArrayLiteral("GIF89a but not really"));
        QVERIFY(!bad.isOk());
        QVERIFY(bad.error().reason.startsWith(QStringLiteral("not an image")));
    }

    void imageChecks()
    {
        QImage dark(64, 64, QImage::Format_RGB32);
        dark.fill(QColor(10, 10, 10));
        QImage white(64, 64, QImage::Format_RGB32);
        white.fill(Qt::white);
        QImage tiny = scene(1).scaled(20, 16);
        const auto names = [](const QImage& img) {
            std::vector<FoundFlag> out;
            const auto m = ImageQuality::measure(encoded(img, "PNG"));
            if (m)
                ImageQuality::evaluate(1, m.value().values, QualitySettings::defaults(),
                                       QualitySettings::checkNames(), &out);
            QStringList n;
            for (const FoundFlag& f : out)
                n << f.check;
            return n;
        };
        QVERIFY(names(dark).contains(QStringLiteral("too-dark")));
        QVERIFY(names(dark).contains(QStringLiteral("blurry"))); // flat: no edges at all
        QVERIFY(names(white).contains(QStringLiteral("overexposed")));
        QVERIFY(names(tiny).contains(QStringLiteral("too-small")));
        const QStringList sharp = names(scene(1));
        QVERIFY(!sharp.contains(QStringLiteral("blurry")));
        QVERIFY(!sharp.contains(QStringLiteral("too-dark")));
        QVERIFY(!sharp.contains(QStringLiteral("overexposed")));
        QVERIFY(!ImageQuality::measure(QByteArray("not an image")));
    }

    void boxChecks()
    {
        const auto box = [](qint64 id, qint64 annotator, qint64 cls, double x, double y, double w,
                            double h) {
            BoxRecord b;
            b.id = id;
            b.annotatorId = annotator;
            b.classId = cls;
            b.x = x;
            b.y = y;
            b.w = w;
            b.h = h;
            return b;
        };
        const QList<BoxRecord> boxes{box(1, 1, 1, 10, 10, 50, 50), box(2, 1, 1, 11, 10, 50, 50),
                                     box(3, 2, 1, 10, 10, 50, 50), box(4, 1, 2, 90, 90, 2, 30),
                                     box(5, 1, 2, 80, 80, 40, 10)};
        std::vector<FoundFlag> out;
        ImageQuality::evaluateBoxes(7, 100, 100, boxes, QualitySettings::defaults(),
                                    QualitySettings::checkNames(), &out);
        QMap<QString, double> byCheck;
        for (const FoundFlag& f : out)
            byCheck.insert(f.check, f.value);
        QCOMPARE(byCheck.size(), 3);
        QCOMPARE(byCheck.value(QStringLiteral("tiny-box")), 2.0);
        QCOMPARE(byCheck.value(QStringLiteral("box-outside")), 20.0); // box 4: 90+30-100
        QVERIFY(std::abs(byCheck.value(QStringLiteral("double-box")) - 49.0 * 50 / (51.0 * 50)) <
                1e-9); // boxes 1 and 2 (box 3 is another annotator's)
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "test_quality.moc"
