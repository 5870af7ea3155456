// formats/SpeechCommandsExporter, ManifestExporter, DatasetCard, ExportPaths and
// store/Exports: a Speech Commands round trip (44.1 kHz 1.3 s clips -> 16 kHz 1 s ->
// re-import: same classes, counts, split lists), a sine keeps its frequency, a 10 kHz
// tone comes out of a 16 kHz export 90 dB down (every soxr level), padding,
// a class name escaping the folder is refused, non-empty folders, licence filter, CSV
// quoting, info.labels shape, dataset card counts, versions and diff, cancellation.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "formats/DatasetCard.h"
#include "formats/ExportPaths.h"
#include "formats/ManifestExporter.h"
#include "formats/SpeechCommandsExporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Exports.h"
#include "store/Project.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tally;

namespace {

constexpr int kSourceRateHz = 44100;
constexpr qint64 kSourceFrames = qint64(1.3 * kSourceRateHz);

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSet<QString> lines(const QString& path)
{
    QSet<QString> out;
    for (const QByteArray& l : fileBytes(path).split('\n'))
        if (!l.isEmpty())
            out.insert(QString::fromUtf8(l));
    return out;
}

// Power of x at freqHz (Goertzel), normalised by the signal's total power.
double goertzelShare(const std::vector<float>& x, double freqHz, int rateHz)
{
    const double w = 2.0 * M_PI * freqHz / rateHz;
    double s1 = 0, s2 = 0, total = 0;
    for (float v : x) {
        const double s = v + 2.0 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s;
        total += double(v) * v;
    }
    const double power = s1 * s1 + s2 * s2 - 2.0 * std::cos(w) * s1 * s2;
    return power / (total * double(x.size()) / 2.0);
}

// RMS of x[first, x.size() - first).
double rmsInside(const std::vector<float>& x, size_t first)
{
    double sum = 0;
    for (size_t i = first; i + first < x.size(); ++i)
        sum += double(x[i]) * x[i];
    return std::sqrt(sum / double(x.size() - 2 * first));
}

bool exec(Project& p, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(p.db());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qWarning() << q.lastError().text();
    return q.isActive();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripSpeechCommands();
    void sineKeepsItsFrequency_data();
    void sineKeepsItsFrequency();
    void resamplerRejectsAliases();
    void exportRejectsAliasesBy90Db_data();
    void exportRejectsAliasesBy90Db();
    void shortClipIsPaddedCentred();
    void centreCropTakesTheMiddle();
    void sameNameInOneClassGetsASuffix();
    void escapingClassNameIsRefused();
    void resolveInsideRefusesEscapes_data();
    void resolveInsideRefusesEscapes();
    void symlinkOutOfTheFolderIsRefused();
    void nonEmptyFolderNeedsOverwrite();
    void cancelLeavesTheFolderAsItWas();
    void licenceFilter();
    void csvHeaderHasOnlyExportedMetadataKeys();
    void csvQuoting_data();
    void csvQuoting();
    void csvManifestParsesBack();
    void infoLabelsShape();
    void datasetCardHasCounts();
    void versionsAndDiff();

private:
    std::unique_ptr<Project> importedProject(const QString& name);
    QString out(const QString& name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

    QTemporaryDir m_dir;
    QStringList m_classes{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("up")};
    static constexpr int kPerClass = 6;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    int n = 0;
    for (const QString& cls : m_classes)
        for (int i = 0; i < kPerClass; ++i, ++n) {
            const QString name =
                QStringLiteral("%1/spk%2_nohash_%3.wav").arg(cls).arg(i % 4).arg(i);
            QVERIFY(test::writeWav(
                m_dir.filePath(QStringLiteral("data/") + name),
                test::sine(300.0 + 50 * n, 0.3, kSourceRateHz, kSourceFrames, 1 + i % 2)));
        }
    QVERIFY(test::writeWav(m_dir.filePath(QStringLiteral("data/_background_noise_/hum.wav")),
                           test::sine(60.0, 0.2, kSourceRateHz, 3 * kSourceRateHz)));
}

// A project imported from the fixture tree; splits set directly: index % 3.
std::unique_ptr<Project> TestExport::importedProject(const QString& name)
{
    auto created = Project::create(m_dir.filePath(name));
    if (!created)
        return nullptr;
    std::unique_ptr<Project> p = std::move(created).value();
    const ImportReport r =
        SpeechCommandsImporter::run(*p, m_dir.filePath(QStringLiteral("data")),
                                    ImportOptions{QStringLiteral("CC0-1.0"), {}, 500});
    if (r.imported != int(m_classes.size()) * kPerClass + 1)
        return nullptr;
    const QStringList splits{QStringLiteral("training"), QStringLiteral("validation"),
                             QStringLiteral("testing")};
    int i = 0;
    for (const SampleRecord& s : p->samples())
        if (s.kind == SampleKind::Audio)
            exec(*p, QStringLiteral("UPDATE samples SET split = ? WHERE id = ?"),
                 {splits[i++ % 3], s.id});
    return p;
}

void TestExport::roundTripSpeechCommands()
{
    auto project = importedProject(QStringLiteral("round.tally"));
    QVERIFY(project);
    SpeechCommandsOptions o;
    o.folder = out(QStringLiteral("round"));
    int lastDone = -1;
    const ExportReport report =
        SpeechCommandsExporter::run(*project, o, {}, [&](int done, int total) {
            lastDone = done;
            QVERIFY(done <= total);
        });
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QCOMPARE(report.written, int(m_classes.size()) * kPerClass + 1);
    QCOMPARE(lastDone, report.written);
    QVERIFY(report.version > 0);
    QVERIFY(report.files.contains(QStringLiteral("DATASET_CARD.md")));
    QVERIFY(QFileInfo::exists(o.folder + QStringLiteral("/ATTRIBUTION.md")));
    QVERIFY(test::exportLeftovers(o.folder).isEmpty());

    // Every clip: 16 kHz, mono, exactly 1 s; background full length.
    for (const QString& cls : m_classes)
        for (const QString& f : QDir(o.folder + u'/' + cls).entryList(QDir::Files)) {
            const auto info = AudioDecoder::probe(o.folder + u'/' + cls + u'/' + f);
            QVERIFY(info);
            QCOMPARE(info.value().rateHz, 16000);
            QCOMPARE(info.value().channels, 1);
            QCOMPARE(info.value().frames, qint64(16000));
        }
    const auto hum = AudioDecoder::probe(o.folder + QStringLiteral("/_background_noise_/hum.wav"));
    QVERIFY(hum);
    QVERIFY(std::abs(hum.value().frames - 48000) <= 1);

    // Re-import: same classes and counts; lists match the stored splits.
    auto again = Project::create(m_dir.filePath(QStringLiteral("again.tally")));
    QVERIFY(again);
    const ImportReport r = SpeechCommandsImporter::run(*again.value(), o.folder, {});
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(again.value()->classCounts(), project->classCounts());
    QSet<QString> validation, testing;
    for (const SampleRecord& s : project->samples()) {
        QSqlQuery q(project->db());
        q.exec(QStringLiteral("SELECT split FROM samples WHERE id = %1").arg(s.id));
        q.next();
        const QString rel = s.className + u'/' + QFileInfo(s.path).fileName();
        if (q.value(0).toString() == QStringLiteral("validation"))
            validation << rel;
        if (q.value(0).toString() == QStringLiteral("testing"))
            testing << rel;
    }
    QCOMPARE(lines(o.folder + QStringLiteral("/validation_list.txt")), validation);
    QCOMPARE(lines(o.folder + QStringLiteral("/testing_list.txt")), testing);
    QCOMPARE(validation.size(), kPerClass * int(m_classes.size()) / 3);
}

void TestExport::sineKeepsItsFrequency_data()
{
    QTest::addColumn<int>("resampler");
    QTest::newRow("soxr low") << int(ExportResampler::SoxrLow);
    QTest::newRow("soxr medium") << int(ExportResampler::SoxrMedium);
    QTest::newRow("soxr high") << int(ExportResampler::SoxrHigh);
    QTest::newRow("soxr very high") << int(ExportResampler::SoxrVeryHigh);
}

void TestExport::sineKeepsItsFrequency()
{
    QFETCH(int, resampler);
    const Signal in = test::sine(1000.0, 0.5, kSourceRateHz, kSourceFrames, 2);
    const auto fitted = SpeechCommandsExporter::fitClip(in, 16000, 16000, ClipFit::LoudestWindow,
                                                        ExportResampler(resampler));
    QVERIFY(fitted);
    const Signal& s = fitted.value();
    QCOMPARE(s.rateHz, 16000);
    QCOMPARE(s.channels, 1);
    QCOMPARE(s.frames(), qint64(16000));
    QVERIFY(goertzelShare(s.samples, 1000.0, 16000) > 0.98);
    QVERIFY(goertzelShare(s.samples, 1100.0, 16000) < 0.01);
    int crossings = 0;
    for (size_t i = 1; i < s.samples.size(); ++i)
        crossings += (s.samples[i - 1] < 0) != (s.samples[i] < 0);
    QVERIFY2(std::abs(crossings - 2000) <= 2, qPrintable(QString::number(crossings)));
    // No fade at the edges: the margin gave the filter real context.
    float edge = 0;
    for (int i = 0; i < 16; ++i)
        edge = std::max(
            {edge, std::abs(s.samples[size_t(i)]), std::abs(s.samples[size_t(15999 - i)])});
    QVERIFY(edge > 0.4f);
    double rms = 0;
    for (float v : s.samples)
        rms += double(v) * v;
    QVERIFY(std::abs(std::sqrt(rms / 16000) - 0.5 / std::sqrt(2.0)) < 0.005);
}

void TestExport::resamplerRejectsAliases()
{
    // 10 kHz is above 16 kHz's Nyquist frequency: it must not fold down to 6 kHz.
    const Signal high = test::sine(10000.0, 0.5, kSourceRateHz, kSourceRateHz);
    const auto r = SpeechCommandsExporter::resample(high, 16000, ExportResampler::SoxrLow);
    QVERIFY(r);
    QCOMPARE(r.value().frames(), qint64(16000));
    double rms = 0;
    for (qint64 i = 200; i < 15800; ++i) // away from the edges
        rms += double(r.value().samples[size_t(i)]) * r.value().samples[size_t(i)];
    QVERIFY2(std::sqrt(rms / 15600) < 0.5e-3, qPrintable(QString::number(std::sqrt(rms / 15600))));
}

// The exporter's real path (import, decode, loudest window, resample, 16-bit WAV, read
// back): a 10 kHz tone at 44.1 kHz, above 16 kHz's Nyquist frequency, comes out at least
// 90 dB below a 1 kHz tone of the same amplitude, at every export resampler level. The
// sources are float WAVs, so no input quantisation noise gets in the way; the RMS is
// taken after the filter has settled (250 frames = 15.6 ms from each end).
void TestExport::exportRejectsAliasesBy90Db_data()
{
    QTest::addColumn<int>("resampler");
    QTest::newRow("soxr low") << int(ExportResampler::SoxrLow);
    QTest::newRow("soxr medium") << int(ExportResampler::SoxrMedium);
    QTest::newRow("soxr high") << int(ExportResampler::SoxrHigh);
    QTest::newRow("soxr very high") << int(ExportResampler::SoxrVeryHigh);
}

void TestExport::exportRejectsAliasesBy90Db()
{
    QFETCH(int, resampler);
    const QString data = m_dir.filePath(QStringLiteral("alias-data"));
    for (auto [cls, freqHz] : {std::pair{"alias", 10000.0}, {"reference", 1000.0}})
        QVERIFY(test::writeWav(data + QStringLiteral("/%1/tone_nohash_0.wav").arg(cls),
                               test::sine(freqHz, 0.5, kSourceRateHz, kSourceFrames), true));
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    auto created = Project::create(m_dir.filePath(QStringLiteral("alias-%1.tally").arg(tag)));
    QVERIFY(created);
    Project& p = *created.value();
    QCOMPARE(SpeechCommandsImporter::run(p, data, {}).imported, 2);
    SpeechCommandsOptions o;
    o.folder = out(QStringLiteral("alias-") + tag);
    o.resampler = ExportResampler(resampler);
    const ExportReport report = SpeechCommandsExporter::run(p, o);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QCOMPARE(report.written, 2);
    const auto alias = AudioDecoder::decode(o.folder + QStringLiteral("/alias/tone_nohash_0.wav"));
    const auto ref =
        AudioDecoder::decode(o.folder + QStringLiteral("/reference/tone_nohash_0.wav"));
    QVERIFY(alias && ref);
    QCOMPARE(alias.value().frames(), qint64(16000));
    const double refRms = rmsInside(ref.value().samples, 250);
    QVERIFY(std::fabs(refRms - 0.5 / std::sqrt(2.0)) < 0.005);
    const double aliasRms = rmsInside(alias.value().samples, 250);
    QVERIFY2(aliasRms <= refRms * std::pow(10.0, -90.0 / 20.0),
             qPrintable(QStringLiteral("%1 dB").arg(20.0 * std::log10(aliasRms / refRms))));
}

void TestExport::shortClipIsPaddedCentred()
{
    const Signal in = test::sine(440.0, 0.5, 32000, 16000); // 0.5 s
    const auto fitted = SpeechCommandsExporter::fitClip(in, 16000, 16000, ClipFit::LoudestWindow);
    QVERIFY(fitted);
    const Signal& s = fitted.value();
    QCOMPARE(s.frames(), qint64(16000));
    for (int i = 0; i < 3990; ++i) {
        QCOMPARE(s.samples[size_t(i)], 0.0f);
        QCOMPARE(s.samples[size_t(15999 - i)], 0.0f);
    }
    float mid = 0;
    for (int i = 4100; i < 11900; ++i)
        mid = std::max(mid, std::abs(s.samples[size_t(i)]));
    QVERIFY(mid > 0.45f);
}

void TestExport::centreCropTakesTheMiddle()
{
    // 3 s at 16 kHz: loud in the first second only.
    Signal in{16000, 1, std::vector<float>(48000, 0.0f)};
    for (int i = 0; i < 16000; ++i)
        in.samples[size_t(i)] = i % 2 ? 0.5f : -0.5f;
    const auto loud = SpeechCommandsExporter::fitClip(in, 16000, 16000, ClipFit::LoudestWindow,
                                                      ExportResampler::SoxrHigh);
    const auto centre = SpeechCommandsExporter::fitClip(in, 16000, 16000, ClipFit::CentreCrop,
                                                        ExportResampler::SoxrHigh);
    QVERIFY(loud && centre);
    QCOMPARE(std::abs(loud.value().samples[100]), 0.5f);
    QCOMPARE(centre.value().samples[100], 0.0f);
}

void TestExport::sameNameInOneClassGetsASuffix()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("dup.tally")));
    QVERIFY(created);
    Project& p = *created.value();
    const QString a = m_dir.filePath(QStringLiteral("dup/a/spk_nohash_0.wav"));
    const QString b = m_dir.filePath(QStringLiteral("dup/b/spk_nohash_0.wav"));
    const QString c = m_dir.filePath(QStringLiteral("dup/c/take.wav"));
    const QString d = m_dir.filePath(QStringLiteral("dup/d/take.wav"));
    std::vector<SampleRecord> recs;
    for (const QString& f : {a, b, c, d}) {
        QVERIFY(test::writeWav(f, test::sine(440, 0.3, 16000, 16000)));
        SampleRecord r;
        r.path = p.toStoredPath(f);
        r.className = QStringLiteral("word");
        recs.push_back(r);
    }
    QVERIFY(p.insertSamples(recs));
    SpeechCommandsOptions o;
    o.folder = out(QStringLiteral("dup"));
    const ExportReport report = SpeechCommandsExporter::run(p, o);
    QVERIFY(report.errors.isEmpty());
    const QStringList files =
        QDir(o.folder + QStringLiteral("/word")).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({"spk_nohash_0.wav", "spk_nohash_0_2.wav", "take.wav",
                                 "take_nohash_2.wav"}));
}

void TestExport::escapingClassNameIsRefused()
{
    auto project = importedProject(QStringLiteral("evil.tally"));
    QVERIFY(project);
    QVERIFY(exec(*project, QStringLiteral("INSERT INTO classes(name) VALUES ('../evil')")));
    const qint64 victim = project->samples().back().id; // an audio sample
    QVERIFY(exec(*project,
                 QStringLiteral("UPDATE samples SET class_id = (SELECT id FROM classes"
                                " WHERE name = '../evil') WHERE id = ?"),
                 {victim}));
    SpeechCommandsOptions o;
    o.folder = out(QStringLiteral("evil/inner"));
    const ExportReport report = SpeechCommandsExporter::run(*project, o);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors[0].path.contains(QStringLiteral("../evil")));
    QVERIFY(report.errors[0].reason.contains(QStringLiteral("refused")));
    QCOMPARE(report.written, int(m_classes.size()) * kPerClass);
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("evil/evil"))));
    QCOMPARE(QDir(out(QStringLiteral("evil"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("inner")});
}

void TestExport::resolveInsideRefusesEscapes_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "yes/a.wav" << true;
    QTest::newRow("dot dot") << "../a.wav" << false;
    QTest::newRow("inner dot dot") << "yes/../../a.wav" << false;
    QTest::newRow("harmless dot dot") << "yes/../no/a.wav" << true;
    QTest::newRow("absolute") << "/etc/passwd" << false;
    QTest::newRow("folder itself") << "." << false;
    QTest::newRow("empty") << "" << false;
}

void TestExport::resolveInsideRefusesEscapes()
{
    QFETCH(QString, relative);
    QFETCH(bool, ok);
    const Result<QString> r =
        ExportPaths::resolveInside(m_dir.filePath(QStringLiteral("x")), relative);
    QCOMPARE(r.isOk(), ok);
    if (!ok)
        QVERIFY(!r.error().reason.isEmpty());
    QVERIFY(!ExportPaths::safeComponent(QStringLiteral("..")));
    QVERIFY(!ExportPaths::safeComponent(QStringLiteral("a/b")));
    QVERIFY(!ExportPaths::safeComponent(QStringLiteral("a\\b")));
    QCOMPARE(ExportPaths::safeComponent(QStringLiteral("what?*")).value(),
             QStringLiteral("what__"));
    QCOMPARE(ExportPaths::safeComponent(QStringLiteral("ok.")).value(), QStringLiteral("ok_"));
}

void TestExport::symlinkOutOfTheFolderIsRefused()
{
    const QString folder = out(QStringLiteral("links"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(out(QStringLiteral("elsewhere"))));
    QVERIFY(QFile::link(out(QStringLiteral("elsewhere")), folder + QStringLiteral("/yes")));
    const Result<QString> r = ExportPaths::resolveInside(folder, QStringLiteral("yes/a.wav"));
    QVERIFY(!r);
    QVERIFY(r.error().reason.contains(QStringLiteral("symbolic link")));
}

void TestExport::nonEmptyFolderNeedsOverwrite()
{
    auto project = importedProject(QStringLiteral("nonempty.tally"));
    QVERIFY(project);
    SpeechCommandsOptions o;
    o.folder = out(QStringLiteral("nonempty"));
    QVERIFY(test::writeBytes(o.folder + QStringLiteral("/keep.txt"), "mine"));
    ExportReport report = SpeechCommandsExporter::run(*project, o);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors[0].reason.contains(QStringLiteral("not empty")));
    QCOMPARE(report.written, 0);
    QCOMPARE(QDir(o.folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("keep.txt")});
    // With overwrite: still refused, as no Tally export wrote the folder.
    o.overwrite = true;
    report = SpeechCommandsExporter::run(*project, o);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors[0].reason.contains(QStringLiteral("no Tally export wrote")));
    QCOMPARE(fileBytes(o.folder + QStringLiteral("/keep.txt")), QByteArray("mine"));
    // Over its own output (with a file of the user's added), twice: replaced, kept.
    o.folder = out(QStringLiteral("nonempty-ours"));
    report = SpeechCommandsExporter::run(*project, o);
    QVERIFY(report.errors.isEmpty());
    QVERIFY(test::writeBytes(o.folder + QStringLiteral("/keep.txt"), "mine"));
    report = SpeechCommandsExporter::run(*project, o);
    QVERIFY(report.errors.isEmpty());
    report = SpeechCommandsExporter::run(*project, o);
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(fileBytes(o.folder + QStringLiteral("/keep.txt")), QByteArray("mine"));
    QCOMPARE(QDir(o.folder + QStringLiteral("/yes")).entryList(QDir::Files).size(), kPerClass);
    QVERIFY(test::exportLeftovers(o.folder).isEmpty());
}

void TestExport::cancelLeavesTheFolderAsItWas()
{
    auto project = importedProject(QStringLiteral("cancel.tally"));
    QVERIFY(project);
    SpeechCommandsOptions o;
    o.folder = out(QStringLiteral("cancel"));
    std::atomic_bool cancel{true};
    const ExportReport report = SpeechCommandsExporter::run(*project, o, {}, {}, &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(report.version, qint64(0));
    QVERIFY(QDir(o.folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    QVERIFY(Exports(*project).versions().empty());
}

void TestExport::licenceFilter()
{
    auto project = importedProject(QStringLiteral("licence.tally"));
    QVERIFY(project);
    QVERIFY(exec(*project, QStringLiteral("UPDATE samples SET licence = 'CC-BY-4.0',"
                                          " source = 'Field recordings' WHERE id % 2 = 0")));
    const int total = int(project->samples().size());
    ManifestOptions m;
    m.folder = out(QStringLiteral("licence"));
    m.filter.allowedLicences = {QStringLiteral("cc0-1.0")};
    const ExportReport report = ManifestExporter::run(*project, m);
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.written + report.skipped, total);
    QCOMPARE(report.written, (total + 1) / 2);
    const QList<QByteArray> rows =
        fileBytes(m.folder + QStringLiteral("/manifest.csv")).split('\n');
    QCOMPARE(rows.size() - 2, report.written); // header + final empty piece
    QVERIFY(!fileBytes(m.folder + QStringLiteral("/manifest.csv")).contains("CC-BY"));
    QVERIFY(licenceAllowed(QString(), {QStringLiteral("NOASSERTION")}));
    QVERIFY(!licenceAllowed(QString(), {QStringLiteral("CC0-1.0")}));
}

// The header names the metadata keys of the exported samples only: a key that only
// samples left out by the filter carry is not a column (the writer finds keys from the
// project's distinct metadata first and writes again when the rows disagree).
void TestExport::csvHeaderHasOnlyExportedMetadataKeys()
{
    auto project = importedProject(QStringLiteral("metakeys.tally"));
    QVERIFY(project);
    QVERIFY(exec(*project, QStringLiteral("UPDATE samples SET licence = 'CC-BY-4.0',"
                                          " metadata = '{\"accent\":\"scottish\"}' WHERE id = 1")));
    QVERIFY(exec(*project, QStringLiteral("UPDATE samples SET metadata = '{\"age\":30,"
                                          "\"speaker\":{\"gender\":\"female\"}}' WHERE id = 2")));
    for (const bool filtered : {false, true}) {
        ManifestOptions m;
        m.folder = out(filtered ? QStringLiteral("metakeys-cc0") : QStringLiteral("metakeys-all"));
        if (filtered)
            m.filter.allowedLicences = {QStringLiteral("CC0-1.0")};
        const ExportReport report = ManifestExporter::run(*project, m);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).reason));
        const QList<QByteArray> rows =
            fileBytes(m.folder + QStringLiteral("/manifest.csv")).split('\n');
        const QByteArray header = rows.value(0).trimmed();
        QVERIFY2(header.endsWith(filtered ? ",kind,age,speaker.gender"
                                          : ",kind,accent,age,speaker.gender"),
                 header.constData());
        QCOMPARE(rows.size() - 2, report.written);
        for (const QByteArray& row : rows.mid(1, report.written))
            QCOMPARE(row.count(','), header.count(','));
    }
}

void TestExport::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "yes"
                           << "yes";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("cr") << "a\rb"
                        << "\"a\rb\"";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("unicode") << "ção"
                             << "ção";
}

void TestExport::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(ManifestExporter::csvField(value), field);
}

// Splits RFC 4180 text into rows of fields (the test's own reader).
static QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += c, ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field, field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field, field.clear(), rows << row, row.clear(), ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

void TestExport::csvManifestParsesBack()
{
    ExportItem it;
    it.exportPath = QStringLiteral("yes/a,b.wav");
    it.className = QStringLiteral("yes");
    it.split = QStringLiteral("validation");
    it.groupKey = QStringLiteral("spk \"1\"");
    it.durationSec = 1.0;
    it.licence = QStringLiteral("CC0-1.0");
    it.status = QStringLiteral("agreed");
    it.metadata = QJsonObject{{"gender", "female"},
                              {"speaker", QJsonObject{{"age", 30}}},
                              {"sentence", "one,\ntwo"},
                              {"class", "clash"}};
    const QList<QStringList> rows =
        parseCsv(QString::fromUtf8(ManifestExporter::csv({it}, ManifestPaths::ExportPath)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0], QStringList({"path", "class", "split", "group", "duration_sec", "licence",
                                   "source", "status", "kind", "metadata.class", "gender",
                                   "sentence", "speaker.age"}));
    QCOMPARE(rows[1],
             QStringList({"yes/a,b.wav", "yes", "validation", "spk \"1\"", "1.000", "CC0-1.0", "",
                          "agreed", "audio", "clash", "female", "one,\ntwo", "30"}));
}

void TestExport::infoLabelsShape()
{
    std::vector<ExportItem> items(4);
    const QStringList splits{"training", "validation", "testing", ""};
    for (int i = 0; i < 4; ++i) {
        items[size_t(i)].exportPath = QStringLiteral("yes/%1.wav").arg(i);
        items[size_t(i)].className = QStringLiteral("yes");
        items[size_t(i)].split = splits[i];
        items[size_t(i)].metadata = QJsonObject{{"age", 40}};
    }
    ExportItem bg;
    bg.kind = SampleKind::Background;
    bg.exportPath = QStringLiteral("_background_noise_/n.wav");
    items.push_back(bg);
    const QJsonDocument doc =
        QJsonDocument::fromJson(ManifestExporter::infoLabels(items, ManifestPaths::ExportPath));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value("version").toInt(), 1);
    const QJsonArray files = doc.object().value("files").toArray();
    QCOMPARE(files.size(), 4);
    const QStringList categories{"training", "training", "testing", "training"};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject f = files[i].toObject();
        QCOMPARE(f.value("path").toString(), QStringLiteral("yes/%1.wav").arg(i));
        QCOMPARE(f.value("category").toString(), categories[i]);
        QCOMPARE(f.value("label").toObject(), (QJsonObject{{"type", "label"}, {"label", "yes"}}));
        QCOMPARE(f.value("metadata").toObject().value("split").toString(), splits[i]);
        QCOMPARE(f.value("metadata").toObject().value("age").toString(), QStringLiteral("40"));
    }
    QVERIFY(!files[3].toObject().value("metadata").toObject().contains("split"));
}

void TestExport::datasetCardHasCounts()
{
    std::vector<ExportItem> items;
    const auto add = [&](const char* cls, const char* split, const char* licence,
                         const char* source) {
        ExportItem it;
        it.className = QString::fromUtf8(cls);
        it.split = QString::fromUtf8(split);
        it.licence = QString::fromUtf8(licence);
        it.source = QString::fromUtf8(source);
        it.durationSec = 1.0;
        it.status = QStringLiteral("agreed");
        it.metadata = QJsonObject{{"gender", items.size() % 2 ? "female" : "male"}};
        items.push_back(it);
    };
    add("yes", "training", "CC-BY-4.0", "Alice");
    add("yes", "training", "CC-BY-4.0", "Alice");
    add("yes", "validation", "CC0-1.0", "");
    add("no", "testing", "CC-BY-SA-4.0", "Bob");
    add("no", "", "", "");
    DatasetCardInfo info;
    info.projectName = QStringLiteral("demo");
    info.format = QStringLiteral("speech-commands");
    info.splitSettings.insert(QStringLiteral("split/method"), QStringLiteral("speech-commands"));
    info.qualityCounts.insert(QStringLiteral("clipped"), 3);
    const QString md = DatasetCard::markdown(items, info);
    QVERIFY2(md.contains(QStringLiteral("| yes | 2 | 1 | 0 | 0 | 3 | 0.001 |")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("| no | 0 | 0 | 1 | 1 | 2 | 0.001 |")));
    QVERIFY(md.contains(QStringLiteral("| CC-BY-4.0 | 2 |")));
    QVERIFY(md.contains(QStringLiteral("| unspecified | 1 |")));
    QVERIFY(md.contains(QStringLiteral("| female | 2 |")));
    QVERIFY(md.contains(QStringLiteral("| agreed | 5 |")));
    QVERIFY(md.contains(QStringLiteral("| clipped | 3 |")));
    QVERIFY(md.contains(QStringLiteral("Method: speech-commands")));
    QVERIFY(md.contains(QStringLiteral(TALLY_VERSION)));
    info.splitSettings.clear();
    QVERIFY(DatasetCard::markdown(items, info).contains(QStringLiteral("Method: not recorded")));
    const QString att = DatasetCard::attribution(items);
    QVERIFY2(att.contains(QStringLiteral("- Alice (2 samples)")), qPrintable(att));
    QVERIFY(att.contains(QStringLiteral("- Bob (1 samples)")) ||
            att.contains(QStringLiteral("- Bob (1 sample)")));
    QVERIFY(att.contains(QStringLiteral("| CC0-1.0 | 1 |")));
    QVERIFY(!att.contains(QStringLiteral("### CC0-1.0")));
}

void TestExport::versionsAndDiff()
{
    auto project = importedProject(QStringLiteral("versions.tally"));
    QVERIFY(project);
    ManifestOptions m;
    m.folder = out(QStringLiteral("v1"));
    const ExportReport first = ManifestExporter::run(*project, m);
    QVERIFY(first.errors.isEmpty() && first.version > 0);
    const std::vector<SampleRecord> all = project->samples();
    QCOMPARE(all[1].kind, SampleKind::Audio); // all[0] is the background recording
    const qint64 relabel = all[1].id, moved = all[2].id, removed = all[3].id;
    QVERIFY(exec(*project,
                 QStringLiteral("UPDATE samples SET class_id = (SELECT id FROM classes"
                                " WHERE name = 'up') WHERE id = ?"),
                 {relabel}));
    QVERIFY(exec(*project, QStringLiteral("UPDATE samples SET split = 'testing' WHERE id = ?"),
                 {moved}));
    QVERIFY(exec(*project,
                 QStringLiteral("UPDATE samples SET licence = 'Proprietary' WHERE id = ?"),
                 {removed}));
    m.folder = out(QStringLiteral("v2"));
    m.filter.allowedLicences = {QStringLiteral("CC0-1.0")};
    const ExportReport second = ManifestExporter::run(*project, m);
    QVERIFY(second.errors.isEmpty());
    Exports exports(*project);
    const std::vector<ExportVersion> versions = exports.versions();
    QCOMPARE(versions.size(), size_t(2));
    QCOMPARE(versions[0].format, QStringLiteral("csv"));
    QCOMPARE(versions[0].itemCount, int(all.size()));
    QCOMPARE(versions[1].tallyVersion, QStringLiteral(TALLY_VERSION));
    const Result<VersionDiff> d = exports.diff(first.version, second.version);
    QVERIFY(d);
    QCOMPARE(d.value().removed.size(), 1);
    QCOMPARE(d.value().removed[0].sampleId, removed);
    QCOMPARE(d.value().relabelled.size(), 1);
    QCOMPARE(d.value().relabelled[0].sampleId, relabel);
    QCOMPARE(d.value().relabelled[0].toClass, QStringLiteral("up"));
    QCOMPARE(d.value().movedSplit.size(), 1);
    QCOMPARE(d.value().movedSplit[0].toSplit, QStringLiteral("testing"));
    QVERIFY(d.value().added.isEmpty());
    const Result<VersionDiff> back = exports.diff(second.version, first.version);
    QCOMPARE(back.value().added.size(), 1);
    QVERIFY(!exports.diff(first.version, 999));

    // Matching by content hash: a re-imported file (new id) is not "added".
    std::vector<ExportSnapshotItem> a{{1, "h1", "p", "yes", "training"}};
    std::vector<ExportSnapshotItem> b{{7, "h1", "p", "no", "training"}};
    const VersionDiff byHash = Exports::diffItems(a, b);
    QVERIFY(byHash.added.isEmpty() && byHash.removed.isEmpty());
    QCOMPARE(byHash.relabelled.size(), 1);
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
