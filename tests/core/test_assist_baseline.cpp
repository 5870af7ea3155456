// The learning half of the assistant: audio and image embeddings (known answers: the
// band of a tone, silence, a flat image), embedAll's per-file errors and Cancel, the
// grouped fold plan, and the out-of-fold baseline on tones against white noise spoken
// by 8 "speakers": accuracy, groups kept in one fold, rows summing to 1, a class missing
// from a fold's training rows, parallel equal to serial, cancel and refused inputs.
#include "TestSupport.h"
#include "assist/Baseline.h"
#include "assist/Embedding.h"
#include "dsp/MelFilterbank.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numeric>

using namespace tally;
using namespace tally::assist;

namespace {

constexpr int kSpeakers = 8;
constexpr int kPerClass = 40;

// A clip of 0.6..1.5 s at 16 or 44.1 kHz inside silence: a tone of 300..3000 Hz
// (label 0) or white noise (label 1) at a random amplitude.
Signal randomClip(QRandomGenerator& rng, int label)
{
    const int rateHz = rng.bounded(2) ? 16000 : 44100;
    const qint64 frames = qint64(rateHz * (0.6 + 0.9 * rng.generateDouble()));
    const double amplitude = 0.05 + 0.6 * rng.generateDouble();
    const double freqHz = 300.0 + 2700.0 * rng.generateDouble();
    Signal s{rateHz, 1, std::vector<float>(size_t(frames), 0.0f)};
    const qint64 from = frames / 5, to = frames - frames / 5;
    for (qint64 f = from; f < to; ++f)
        s.samples[size_t(f)] =
            float(label == 0 ? amplitude * std::sin(2.0 * M_PI * freqHz * double(f) / rateHz)
                             : amplitude * (2.0 * rng.generateDouble() - 1.0));
    return s;
}

std::vector<std::vector<float>> valuesOf(const std::vector<EmbeddedFile>& files)
{
    std::vector<std::vector<float>> out;
    for (const EmbeddedFile& f : files)
        out.push_back(f.values);
    return out;
}

double rowSum(const BaselineResult& r, size_t i, int classes)
{
    const float* row = r.probs.data() + i * size_t(classes);
    return std::accumulate(row, row + classes, 0.0);
}

// Gaussian blobs: class k around (3k, -3k, ...) in d dimensions.
BaselineInput blobs(int n, int classes, int d, quint32 seed)
{
    QRandomGenerator rng(seed);
    BaselineInput in;
    in.classes = classes;
    for (int i = 0; i < n; ++i) {
        const int label = i % classes;
        std::vector<float> x(static_cast<size_t>(d));
        for (int j = 0; j < d; ++j)
            x[size_t(j)] = float((j % 2 ? -3.0 : 3.0) * label + rng.generateDouble() - 0.5);
        in.features.push_back(x);
        in.labels.push_back(label);
        in.groups << QStringLiteral("g%1").arg(i % 7);
    }
    return in;
}

} // namespace

class TestAssistBaseline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_paths;
    std::vector<int> m_labels;
    QStringList m_groups;

private Q_SLOTS:
    void initTestCase();
    void toneEnergyInItsBand();
    void silenceAndShortClips();
    void imageEmbeddingOfFlatImage();
    void embedAllKeepsErrorsPerFile();
    void embedAllCancels();
    void foldPlanIsGroupedAndDeterministic();
    void tonesAgainstNoise();
    void parallelEqualsSerial();
    void classAbsentFromTrainingFold();
    void cancelAndRefusedInputs();
};

void TestAssistBaseline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QRandomGenerator rng(15);
    for (int i = 0; i < 2 * kPerClass; ++i) {
        const int label = i % 2;
        const int speaker = (i / 2) % kSpeakers;
        const QString path =
            m_dir.filePath(QStringLiteral("s%1_c%2_%3.wav").arg(speaker).arg(label).arg(i));
        QVERIFY(test::writeWav(path, randomClip(rng, label)));
        m_paths << path;
        m_labels.push_back(label);
        m_groups << QStringLiteral("speaker%1").arg(speaker);
    }
}

void TestAssistBaseline::toneEnergyInItsBand()
{
    const Result<std::vector<float>> e = audioEmbedding(test::sine(1000.0, 0.5, 16000, 16000));
    QVERIFY2(e.isOk(), qPrintable(e.error().toString()));
    QCOMPARE(int(e.value().size()), kAudioEmbeddingDims);
    const auto loudest = std::max_element(e.value().begin(), e.value().begin() + kMelBands);
    const MelFilterbank mel(kMelBands, 400, 16000.0);
    int nearest = 0;
    for (int b = 1; b < kMelBands; ++b)
        if (std::abs(mel.centresHz()[size_t(b)] - 1000.0) <
            std::abs(mel.centresHz()[size_t(nearest)] - 1000.0))
            nearest = b;
    QVERIFY(std::abs(int(loudest - e.value().begin()) - nearest) <= 1);
    // A steady tone: every band's value hardly changes over time.
    for (int b = 0; b < kMelBands; ++b)
        QVERIFY2(e.value()[size_t(kMelBands + b)] < 0.05f, qPrintable(QString::number(b)));
}

void TestAssistBaseline::silenceAndShortClips()
{
    const Signal silence{16000, 2, std::vector<float>(2 * 8000, 0.0f)};
    const Result<std::vector<float>> e = audioEmbedding(silence);
    QVERIFY(e.isOk());
    for (int b = 0; b < kMelBands; ++b) {
        QCOMPARE(e.value()[size_t(b)], float(std::log(1e-6)));
        QCOMPARE(e.value()[size_t(kMelBands + b)], 0.0f);
    }
    // 0.25 s of tone zero-padded to 1 s: the tone's band now varies over time.
    const Result<std::vector<float>> shortTone =
        audioEmbedding(test::sine(1000.0, 0.5, 16000, 4000));
    QVERIFY(shortTone.isOk());
    const auto& v = shortTone.value();
    const int band = int(std::max_element(v.begin(), v.begin() + kMelBands) - v.begin());
    QVERIFY(v[size_t(kMelBands + band)] > 1.0f);
    QVERIFY(!audioEmbedding(Signal{}).isOk());
}

void TestAssistBaseline::imageEmbeddingOfFlatImage()
{
    QImage flat(200, 120, QImage::Format_RGB32);
    flat.fill(QColor(90, 120, 30));
    const Result<std::vector<float>> e = imageEmbedding(flat);
    QVERIFY(e.isOk());
    QCOMPARE(int(e.value().size()), kImageEmbeddingDims);
    QVERIFY(std::all_of(e.value().begin(), e.value().end(), [](float v) { return v == 0.0f; }));
    const QString png = m_dir.filePath(QStringLiteral("picture.png"));
    QVERIFY(test::writeImage(png, 100, 80));
    const Result<std::vector<float>> fromFile = imageEmbedding(png);
    QVERIFY(fromFile.isOk());
    QVERIFY(std::any_of(fromFile.value().begin(), fromFile.value().end(),
                        [](float v) { return v > 0.0f; }));
}

void TestAssistBaseline::embedAllKeepsErrorsPerFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.wav"));
    const QString broken = m_dir.filePath(QStringLiteral("broken.wav"));
    QVERIFY(test::writeBytes(broken, QByteArray("RIFF\x10\0\0\0WAVEjunkjunk", 20)));
    const QStringList paths{m_paths[0], missing, broken, m_paths[1]};
    const Result<std::vector<EmbeddedFile>> all = embedAll(paths, EmbeddingKind::Audio, {}, 2);
    QVERIFY(all.isOk());
    QCOMPARE(all.value().size(), size_t(4));
    QVERIFY(all.value()[0].isOk() && all.value()[3].isOk());
    QCOMPARE(int(all.value()[0].values.size()), kAudioEmbeddingDims);
    for (int i : {1, 2}) {
        QVERIFY(!all.value()[size_t(i)].isOk());
        QVERIFY(all.value()[size_t(i)].values.empty());
        QCOMPARE(all.value()[size_t(i)].error->path, paths[i]);
        QVERIFY(!all.value()[size_t(i)].error->reason.isEmpty());
    }
    const Result<std::vector<EmbeddedFile>> images = embedAll({broken}, EmbeddingKind::Image);
    QVERIFY(images.isOk() && !images.value()[0].isOk());
    QCOMPARE(images.value()[0].error->path, broken);
}

void TestAssistBaseline::embedAllCancels()
{
    int calls = 0;
    const Result<std::vector<EmbeddedFile>> r = embedAll(
        m_paths, EmbeddingKind::Audio,
        [&](int done, int total) {
            ++calls;
            return done < total / 2;
        },
        8);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().reason, QStringLiteral("cancelled"));
    QCOMPARE(calls, 6); // before chunks at 0, 8, ..., 40
}

void TestAssistBaseline::foldPlanIsGroupedAndDeterministic()
{
    // a: 3 samples, b and c: 2, and two samples on their own.
    const QStringList groups{"c", "a", "", "b", "a", "c", "b", "a", ""};
    const Result<FoldPlan> plan = planFolds(groups, int(groups.size()), 2);
    QVERIFY(plan.isOk());
    QCOMPARE(plan.value().folds, 2);
    // a -> 0 (3); b -> 1 (2); c -> 1 (4); sample 2 -> 0 (4); sample 8 -> 0 (5).
    QCOMPARE(plan.value().foldOf, (std::vector<int>{1, 0, 0, 1, 0, 1, 1, 0, 0}));
    const Result<FoldPlan> three = planFolds({"x", "y", "z", "x"}, 4, 5);
    QVERIFY(three.isOk());
    QCOMPARE(three.value().folds, 3);
    QCOMPARE(three.value().foldOf, (std::vector<int>{0, 1, 2, 0}));
    const Result<FoldPlan> own = planFolds({}, 7, 3);
    QVERIFY(own.isOk());
    QCOMPARE(own.value().foldOf, (std::vector<int>{0, 1, 2, 0, 1, 2, 0}));
    const Result<FoldPlan> one = planFolds({"x", "x", "x"}, 3, 5);
    QVERIFY(!one.isOk());
    QVERIFY(one.error().reason.contains(QStringLiteral("2 groups")));
    QVERIFY(!planFolds({"x", "y"}, 2, 1).isOk());
}

void TestAssistBaseline::tonesAgainstNoise()
{
    const Result<std::vector<EmbeddedFile>> e = embedAll(m_paths, EmbeddingKind::Audio);
    QVERIFY(e.isOk());
    for (const EmbeddedFile& f : e.value())
        QVERIFY2(f.isOk(), qPrintable(f.error->toString()));
    BaselineInput in{valuesOf(e.value()), m_labels, m_groups, 2, 5, 1.0};
    const Result<BaselineResult> r = trainOutOfFold(in);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QCOMPARE(r.value().folds, 5);
    QVERIFY2(r.value().accuracy > 0.95, qPrintable(QString::number(r.value().accuracy)));
    QHash<QString, int> foldOfGroup;
    QSet<int> foldsUsed;
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const int k = r.value().foldOf[i];
        QCOMPARE(foldOfGroup.value(m_groups[int(i)], k), k);
        foldOfGroup.insert(m_groups[int(i)], k);
        foldsUsed.insert(k);
        QVERIFY(std::abs(rowSum(r.value(), i, 2) - 1.0) < 1e-5);
    }
    QCOMPARE(foldsUsed.size(), 5);
    QCOMPARE(r.value().at(0, 0) + r.value().at(0, 1), qint64(kPerClass));
    QCOMPARE(r.value().at(0, 0) + r.value().at(1, 1),
             qint64(std::llround(r.value().accuracy * 2 * kPerClass)));
}

void TestAssistBaseline::parallelEqualsSerial()
{
    BaselineInput in = blobs(300, 4, 10, 7);
    in.threads = 1;
    const Result<BaselineResult> serial = trainOutOfFold(in);
    in.threads = 2;
    const Result<BaselineResult> parallel = trainOutOfFold(in);
    QVERIFY(serial.isOk() && parallel.isOk());
    QCOMPARE(serial.value().probs, parallel.value().probs);
    QVERIFY(serial.value().accuracy > 0.95);
}

void TestAssistBaseline::classAbsentFromTrainingFold()
{
    BaselineInput in = blobs(140, 3, 6, 11);
    for (size_t i = 0; i < in.labels.size(); ++i) // class 2 only in group "rare"
        in.groups[int(i)] = in.labels[i] == 2 ? QStringLiteral("rare") : in.groups[int(i)];
    const Result<BaselineResult> r = trainOutOfFold(in);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    int rare = 0;
    for (size_t i = 0; i < in.labels.size(); ++i) {
        QVERIFY(std::abs(rowSum(r.value(), i, 3) - 1.0) < 1e-5);
        if (in.labels[i] != 2)
            continue;
        ++rare;
        QCOMPARE(r.value().probs[i * 3 + 2], 0.0f); // never seen in training
    }
    QVERIFY(rare > 0);
    // The other samples of the rare group's fold see all three classes... and do.
    QVERIFY(r.value().at(0, 0) > 0 && r.value().at(1, 1) > 0);
    // Only one class in every training fold but one: probability 1 for it.
    BaselineInput two = blobs(20, 2, 3, 5);
    two.groups = QStringList();
    for (size_t i = 0; i < two.labels.size(); ++i)
        two.groups << (two.labels[i] == 1 ? QStringLiteral("b") : QStringLiteral("a"));
    const Result<BaselineResult> r2 = trainOutOfFold(two);
    QVERIFY(r2.isOk());
    QCOMPARE(r2.value().folds, 2);
    QCOMPARE(r2.value().probs[0], 0.0f); // sample 0 (class 0) predicted from class 1 only
    QCOMPARE(r2.value().probs[1], 1.0f);
    QCOMPARE(r2.value().accuracy, 0.0);
}

void TestAssistBaseline::cancelAndRefusedInputs()
{
    BaselineInput in = blobs(100, 2, 4, 3);
    in.threads = 1;
    int calls = 0;
    const Result<BaselineResult> cancelled = trainOutOfFold(in, [&](int done, int) {
        ++calls;
        return done < 2;
    });
    QVERIFY(!cancelled.isOk());
    QCOMPARE(cancelled.error().reason, QStringLiteral("cancelled"));
    QCOMPARE(calls, 3);
    BaselineInput oneGroup = in;
    oneGroup.groups = QStringList(int(in.labels.size()), QStringLiteral("same"));
    QVERIFY(!trainOutOfFold(oneGroup).isOk());
    BaselineInput badLabel = in;
    badLabel.labels[3] = 2;
    QVERIFY(trainOutOfFold(badLabel).error().reason.contains(QStringLiteral("sample 3")));
    BaselineInput ragged = in;
    ragged.features[5].pop_back();
    QVERIFY(!trainOutOfFold(ragged).isOk());
    BaselineInput nan = in;
    nan.features[1][0] = std::nanf("");
    QVERIFY(!trainOutOfFold(nan).isOk());
    BaselineInput noC = in;
    noC.c = 0;
    QVERIFY(!trainOutOfFold(noC).isOk());
    QVERIFY(!trainOutOfFold(BaselineInput{}).isOk());
}

QTEST_GUILESS_MAIN(TestAssistBaseline)
#include "test_assist_baseline.moc"
