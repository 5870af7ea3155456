// formats/SpeechCommandsExporter oversampling (options.oversampleTo) and
// class_weights.json: an imbalanced training set (a: 6, b: 2, plus one validation and
// one testing sample) exported with oversample 6 gets 4 "_aug" copies of b in training
// only, each 1 s, different from its source, mixed at the planned SNR, byte-identical
// on a second export; the class weights are those of the training files written.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "formats/ClipAugmenter.h"
#include "formats/SpeechCommandsExporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tally;

namespace {

constexpr int kRateHz = 16000;

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(fileBytes(path)).object();
}

// Deterministic uniform noise in [-amplitude, amplitude] (a 32-bit LCG).
Signal noise(double amplitude, qint64 frames)
{
    Signal s{kRateHz, 1, std::vector<float>(size_t(frames))};
    quint32 state = 12345;
    for (float& v : s.samples) {
        state = state * 1664525u + 1013904223u;
        v = float(amplitude * (double(state) / 4294967295.0 * 2.0 - 1.0));
    }
    return s;
}

// The Speech Commands hash base: the name without "_nohash_" and what follows.
QString hashBase(const QString& fileName)
{
    const qsizetype i = fileName.indexOf(QStringLiteral("_nohash_"));
    return i < 0 ? QFileInfo(fileName).completeBaseName() : fileName.left(i);
}

} // namespace

class TestExportOversample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void classWeightsWithoutOversampling();
    void copiesInTrainingOnly();
    void copiesAreAugmentedAsPlanned();
    void secondExportIsByteIdentical();

private:
    ExportReport exportTo(const QString& name, qint64 oversampleTo);
    QString out(const QString& name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestExportOversample::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // a: 7 clips (6 training, 1 validation); b: 3 clips (2 training, 1 testing).
    const QList<QPair<QString, int>> classes{{QStringLiteral("a"), 7}, {QStringLiteral("b"), 3}};
    int n = 0;
    for (const auto& [cls, count] : classes)
        for (int i = 0; i < count; ++i, ++n)
            QVERIFY(test::writeWav(
                m_dir.filePath(QStringLiteral("data/%1/spk%2_nohash_0.wav").arg(cls).arg(n)),
                test::sine(cls == QLatin1String("a") ? 440.0 + 10 * i : 1000.0 + 10 * i, 0.2,
                           kRateHz, kRateHz)));
    QVERIFY(test::writeWav(m_dir.filePath(QStringLiteral("data/_background_noise_/noise.wav")),
                           noise(0.5, 3 * kRateHz)));
    auto created = Project::create(m_dir.filePath(QStringLiteral("p.tally")));
    QVERIFY(created);
    m_project = std::move(created).value();
    const ImportReport r =
        SpeechCommandsImporter::run(*m_project, m_dir.filePath(QStringLiteral("data")),
                                    ImportOptions{QStringLiteral("CC0-1.0"), {}, 500});
    QCOMPARE(r.imported, 11);
    int a = 0, b = 0;
    for (const SampleRecord& s : m_project->samples()) {
        if (s.kind != SampleKind::Audio)
            continue;
        const bool isA = s.className == QLatin1String("a");
        const int index = isA ? a++ : b++;
        const QString split =
            isA ? (index == 6 ? QStringLiteral("validation") : QStringLiteral("training"))
                : (index == 2 ? QStringLiteral("testing") : QStringLiteral("training"));
        QSqlQuery q(m_project->db());
        q.prepare(QStringLiteral("UPDATE samples SET split = ? WHERE id = ?"));
        q.addBindValue(split);
        q.addBindValue(s.id);
        QVERIFY(q.exec());
    }
    QCOMPARE(a, 7);
    QCOMPARE(b, 3);
}

ExportReport TestExportOversample::exportTo(const QString& name, qint64 oversampleTo)
{
    SpeechCommandsOptions o;
    o.folder = out(name);
    o.threads = 2;
    o.recordVersion = false;
    o.oversampleTo = oversampleTo;
    o.augmentation.backgroundProbability = 1.0; // every copy mixed: the SNR is checked
    return SpeechCommandsExporter::run(*m_project, o);
}

void TestExportOversample::classWeightsWithoutOversampling()
{
    const ExportReport r = exportTo(QStringLiteral("plain"), 0);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.augmented, 0);
    QVERIFY(r.files.contains(QStringLiteral("class_weights.json")));
    const QJsonObject w = readJson(out(QStringLiteral("plain/class_weights.json")));
    // Training: a 6, b 2 -> 8 / (2 * 6), 8 / (2 * 2).
    QCOMPARE(w.size(), 2);
    QVERIFY(std::abs(w.value(QStringLiteral("a")).toDouble() - 8.0 / 12.0) < 1e-9);
    QVERIFY(std::abs(w.value(QStringLiteral("b")).toDouble() - 2.0) < 1e-9);
}

void TestExportOversample::copiesInTrainingOnly()
{
    const ExportReport r = exportTo(QStringLiteral("over"), 6);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.written, 11);
    QCOMPARE(r.augmented, 4);
    const QString folder = out(QStringLiteral("over"));
    const QStringList augA =
        QDir(folder + QStringLiteral("/a")).entryList({QStringLiteral("*_aug*")}, QDir::Files);
    const QStringList augB =
        QDir(folder + QStringLiteral("/b")).entryList({QStringLiteral("*_aug*")}, QDir::Files);
    QVERIFY(augA.isEmpty());
    QCOMPARE(augB.size(), 4);
    const QString lists =
        QString::fromUtf8(fileBytes(folder + QStringLiteral("/validation_list.txt")) +
                          fileBytes(folder + QStringLiteral("/testing_list.txt")));
    QVERIFY(!lists.contains(QStringLiteral("_aug")));
    QCOMPARE(lists.count(u'\n'), 2);
    // Each copy keeps its source's hash base (so which_set gives the same split), and
    // its source is a training sample.
    const QString testing =
        QString::fromUtf8(fileBytes(folder + QStringLiteral("/testing_list.txt"))).trimmed();
    for (const QString& f : augB) {
        const QString source = QString(f).replace(
            QRegularExpression(QStringLiteral("_aug\\d+\\.wav$")), QStringLiteral(".wav"));
        QVERIFY2(QFileInfo::exists(folder + QStringLiteral("/b/") + source), qPrintable(f));
        QCOMPARE(hashBase(f), hashBase(source));
        QVERIFY(testing != QStringLiteral("b/") + source);
    }
    const QJsonObject w = readJson(folder + QStringLiteral("/class_weights.json"));
    QCOMPARE(w.value(QStringLiteral("a")).toDouble(), 1.0);
    QCOMPARE(w.value(QStringLiteral("b")).toDouble(), 1.0);
    // info.labels lists the copies as training, with their augmentation.
    int copies = 0;
    for (const QJsonValue& v : readJson(folder + QStringLiteral("/info.labels"))
                                   .value(QStringLiteral("files"))
                                   .toArray()) {
        const QJsonObject meta = v.toObject().value(QStringLiteral("metadata")).toObject();
        if (!v.toObject().value(QStringLiteral("path")).toString().contains(QStringLiteral("_aug")))
            continue;
        ++copies;
        QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(),
                 QStringLiteral("training"));
        QVERIFY(meta.contains(QStringLiteral("augmented_from")));
        QVERIFY(meta.contains(QStringLiteral("shift_ms")));
        QVERIFY(meta.contains(QStringLiteral("gain_db")));
        QVERIFY(meta.contains(QStringLiteral("snr_db")));
    }
    QCOMPARE(copies, 4);
    QVERIFY(fileBytes(folder + QStringLiteral("/manifest.csv")).contains("augmented_from"));
}

void TestExportOversample::copiesAreAugmentedAsPlanned()
{
    const QString folder = out(QStringLiteral("over"));
    const QJsonArray files =
        readJson(folder + QStringLiteral("/info.labels")).value(QStringLiteral("files")).toArray();
    int checked = 0;
    for (const QJsonValue& v : files) {
        const QJsonObject meta = v.toObject().value(QStringLiteral("metadata")).toObject();
        if (!meta.contains(QStringLiteral("augmented_from")))
            continue;
        const auto copy = AudioDecoder::decode(
            folder + u'/' + v.toObject().value(QStringLiteral("path")).toString());
        const auto source = AudioDecoder::decode(
            folder + u'/' + meta.value(QStringLiteral("augmented_from")).toString());
        QVERIFY(copy && source);
        QCOMPARE(copy.value().frames(), qint64(kRateHz));
        QCOMPARE(copy.value().rateHz, kRateHz);
        QVERIFY(copy.value().samples != source.value().samples);
        // The clean part: the source shifted and scaled as recorded; the rest is noise.
        const qint64 shift = std::llround(
            meta.value(QStringLiteral("shift_ms")).toVariant().toDouble() * kRateHz / 1000.0);
        const double gain =
            std::pow(10.0, meta.value(QStringLiteral("gain_db")).toVariant().toDouble() / 20.0);
        const Signal clean = ClipAugmenter::shifted(source.value(), shift);
        double cleanPower = 0, noisePower = 0;
        for (size_t i = 0; i < clean.samples.size(); ++i) {
            const double c = gain * clean.samples[i];
            cleanPower += c * c;
            noisePower += (copy.value().samples[i] - c) * (copy.value().samples[i] - c);
        }
        const double snr = 10.0 * std::log10(cleanPower / noisePower);
        const double planned = meta.value(QStringLiteral("snr_db")).toVariant().toDouble();
        QVERIFY2(std::abs(snr - planned) < 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(snr).arg(planned)));
        ++checked;
    }
    QCOMPARE(checked, 4);
}

void TestExportOversample::secondExportIsByteIdentical()
{
    const ExportReport r = exportTo(QStringLiteral("again"), 6);
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.augmented, 4);
    const QString first = out(QStringLiteral("over/b"));
    const QStringList names = QDir(first).entryList({QStringLiteral("*_aug*")}, QDir::Files);
    QCOMPARE(names.size(), 4);
    for (const QString& f : names)
        QCOMPARE(fileBytes(out(QStringLiteral("again/b/")) + f), fileBytes(first + u'/' + f));
}

QTEST_GUILESS_MAIN(TestExportOversample)
#include "test_export_oversample.moc"
