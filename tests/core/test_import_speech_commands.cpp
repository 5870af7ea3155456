// formats/SpeechCommandsImporter: a generated Speech Commands tree with good,
// skipped and malformed files; counts, classes, group keys, stored statistics,
// per-file errors, re-import duplicates and cancellation.
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tally;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

double sineDb(double amplitude)
{
    return 20.0 * std::log10(amplitude / std::sqrt(2.0));
}

} // namespace

class TestImportSpeechCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupKeys_data();
    void groupKeys();
    void audioFileNames();
    void importsTree();
    void reimportReportsDuplicates();
    void cancelLeavesWholeBatches();
    void cancelBeforeStartImportsNothing();
    void smallBatchesGiveTheSameResult();
    void missingRootIsAnError();
    void relativeRootIsTakenFromTheCurrentFolder();

private:
    // Creates the fixture tree under m_dir/data; fills m_bad with the malformed files.
    void makeTree();
    std::unique_ptr<Project> newProject(const QString& name);
    QString data(const QString& rel) const { return m_dir.filePath(QStringLiteral("data/") + rel); }

    QTemporaryDir m_dir;
    QStringList m_bad;
    static constexpr int kGood = 10;
    static constexpr int kSkipped = 5;
};

void TestImportSpeechCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    makeTree();
}

void TestImportSpeechCommands::makeTree()
{
    // Good clips: amplitude differs per file so stored statistics can be told apart.
    const QStringList yes{"aaaa1111_nohash_0", "aaaa1111_nohash_1", "bbbb2222_nohash_0",
                          "cccc3333_nohash_0"};
    for (int i = 0; i < yes.size(); ++i)
        QVERIFY(test::writeWav(data("yes/" + yes[i] + ".wav"),
                               test::sine(440.0, 0.1 * (i + 1), 16000, 16000)));
    QVERIFY(
        test::writeWav(data("no/aaaa1111_nohash_0.wav"), test::sine(300.0, 0.25, 16000, 16000)));
    QVERIFY(test::writeWav(data("no/dddd4444_nohash_0.wav"), test::sine(300.0, 0.25, 16000, 8000)));
    Signal square{16000, 1, std::vector<float>(16000)};
    for (size_t i = 0; i < square.samples.size(); ++i)
        square.samples[i] = (i / 20) % 2 ? 1.0f : -1.0f;
    QVERIFY(test::writeWav(data("no/eeee5555_nohash_2.wav"), square));
    QVERIFY(
        test::writeWav(data("up/ffff6666_nohash_0.wav"), test::sine(1000.0, 0.5, 16000, 16000)));
    QVERIFY(test::writeWav(data("up/gggg7777_nohash_0.WAV"),
                           test::sine(1000.0, 0.5, 22050, 11025, 2), true));
    QVERIFY(test::writeWav(data("_background_noise_/white_noise.wav"),
                           test::sine(50.0, 0.3, 16000, 48000)));

    // Skipped: documentation, lists, a hidden file; a hidden folder is not even entered.
    QVERIFY(test::writeBytes(data("README.md"), "# Speech Commands\n"));
    QVERIFY(test::writeBytes(data("LICENSE"), "CC-BY-4.0\n"));
    QVERIFY(test::writeBytes(data("validation_list.txt"), "yes/aaaa1111_nohash_0.wav\n"));
    QVERIFY(test::writeBytes(data("_background_noise_/README.md"), "noise\n"));
    QVERIFY(test::writeBytes(data("yes/.DS_Store"), "junk"));
    QVERIFY(test::writeWav(data(".cache/hidden_nohash_0.wav"), test::sine(440.0, 0.5, 16000, 160)));

    // Malformed: each must be reported with its path and leave no row.
    const QByteArray good = fileBytes(data("up/ffff6666_nohash_0.wav"));
    QByteArray random(2000, 0);
    QRandomGenerator rng(7);
    for (char& c : random)
        c = char(rng.bounded(256));
    m_bad = {data("yes/zzzz0000_nohash_0.wav"), data("no/zzzz0000_nohash_0.wav"),
             data("up/zzzz0000_nohash_0.wav"), data("up/zzzz0000_nohash_1.wav")};
    QVERIFY(test::writeBytes(m_bad[0], QByteArray()));
    QVERIFY(test::writeBytes(m_bad[1], good.left(good.size() / 2)));
    QVERIFY(test::writeBytes(m_bad[2], random));
    QVERIFY(test::writeBytes(m_bad[3],
                             test::wavHeader(1, 16000, 16, 10'000'000) + QByteArray(3200, '\x01')));
}

std::unique_ptr<Project> TestImportSpeechCommands::newProject(const QString& name)
{
    auto p = Project::create(m_dir.filePath(name));
    if (!p.isOk())
        qWarning() << p.error().toString();
    return p.isOk() ? std::move(p).value() : nullptr;
}

void TestImportSpeechCommands::groupKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("speech commands") << "0a7c2a8d_nohash_1.wav"
                                     << "0a7c2a8d";
    QTest::newRow("with folder") << "bed/0a7c2a8d_nohash_12.wav"
                                 << "0a7c2a8d";
    QTest::newRow("no nohash") << "white_noise.wav"
                               << "white_noise";
    QTest::newRow("dots") << "take.2.flac"
                          << "take.2";
    QTest::newRow("nohash twice") << "a_nohash_b_nohash_1.wav"
                                  << "a";
}

void TestImportSpeechCommands::groupKeys()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(SpeechCommandsImporter::groupKeyOf(name), key);
}

void TestImportSpeechCommands::audioFileNames()
{
    for (const char* yes : {"a.wav", "a.WAV", "a.flac", "a.ogg", "a.mp3", "a.aiff", "a.aif"})
        QVERIFY2(SpeechCommandsImporter::isAudioFileName(QString::fromLatin1(yes)), yes);
    for (const char* no :
         {"README", "README.md", "validation_list.txt", "wav", ".wav", "a.wav.bak"})
        QVERIFY2(!SpeechCommandsImporter::isAudioFileName(QString::fromLatin1(no)), no);
}

void TestImportSpeechCommands::importsTree()
{
    auto project = newProject(QStringLiteral("tree.tally"));
    QVERIFY(project);
    QList<QPair<int, int>> calls;
    const ImportOptions options{QStringLiteral("CC-BY-4.0"), QStringLiteral("unit test"), 500};
    const ImportReport report =
        SpeechCommandsImporter::run(*project, m_dir.filePath("data"), options,
                                    [&](int done, int total) { calls << qMakePair(done, total); });

    QCOMPARE(report.imported, kGood);
    QCOMPARE(report.skipped, kSkipped);
    QCOMPARE(report.duplicates, 0);
    QCOMPARE(report.errors.size(), m_bad.size());
    QVERIFY(!report.cancelled);
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), qMakePair(report.total(), report.total()));

    for (const QString& bad : m_bad) {
        const auto it = std::find_if(report.errors.cbegin(), report.errors.cend(),
                                     [&](const Error& e) { return e.path == bad; });
        QVERIFY2(it != report.errors.cend(), qPrintable(bad));
        QVERIFY(!it->reason.isEmpty());
        QVERIFY(!project->sampleByPath(project->toStoredPath(bad)).isOk());
    }
    QCOMPARE(project->sampleCount(), qint64(kGood));
    const QHash<QString, qint64> classes = project->classCounts();
    QCOMPARE(classes.value("yes"), 4);
    QCOMPARE(classes.value("no"), 3);
    QCOMPARE(classes.value("up"), 2);
    QCOMPARE(project->totalDurationSec(), 4 * 1.0 + 1.0 + 0.5 + 1.0 + 1.0 + 0.5 + 3.0);

    const Result<SampleRecord> r =
        project->sampleByPath(QStringLiteral("data/yes/aaaa1111_nohash_1.wav"));
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const SampleRecord& s = r.value();
    QCOMPARE(s.kind, SampleKind::Audio);
    QCOMPARE(s.className, QStringLiteral("yes"));
    QCOMPARE(s.groupKey, QStringLiteral("aaaa1111"));
    QCOMPARE(s.rateHz, 16000);
    QCOMPARE(s.channels, 1);
    QCOMPARE(s.frames, 16000);
    QCOMPARE(s.durationSec, 1.0);
    QVERIFY(std::fabs(s.rmsDbfs - sineDb(0.2)) < 0.01);
    QVERIFY(std::fabs(s.peak - 0.2) < 1e-3);
    QCOMPARE(s.clippedFraction, 0.0);
    QCOMPARE(s.licence, QStringLiteral("CC-BY-4.0"));
    QCOMPARE(s.source, QStringLiteral("unit test"));
    const QByteArray bytes = fileBytes(data("yes/aaaa1111_nohash_1.wav"));
    QCOMPARE(s.contentHash, QString::fromLatin1(
                                QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex()));

    const SampleRecord square = project->sampleByPath("data/no/eeee5555_nohash_2.wav").value();
    QCOMPARE(square.clippedFraction, 1.0);
    QVERIFY(square.peak > 0.999);
    const SampleRecord stereo = project->sampleByPath("data/up/gggg7777_nohash_0.WAV").value();
    QCOMPARE(stereo.channels, 2);
    QCOMPARE(stereo.rateHz, 22050);
    QCOMPARE(stereo.groupKey, QStringLiteral("gggg7777"));

    const SampleRecord noise =
        project->sampleByPath("data/_background_noise_/white_noise.wav").value();
    QCOMPARE(noise.kind, SampleKind::Background);
    QVERIFY(noise.className.isEmpty());
    QCOMPARE(noise.groupKey, QStringLiteral("white_noise"));
    QCOMPARE(noise.durationSec, 3.0);

    // Ids follow the sorted path order.
    QStringList paths;
    for (const SampleRecord& rec : project->samples())
        paths << rec.path;
    QStringList sorted = paths;
    sorted.sort();
    QCOMPARE(paths, sorted);
}

void TestImportSpeechCommands::reimportReportsDuplicates()
{
    auto project = newProject(QStringLiteral("again.tally"));
    QVERIFY(project);
    const QString root = m_dir.filePath("data");
    QCOMPARE(SpeechCommandsImporter::run(*project, root, {}).imported, kGood);
    const ImportReport again = SpeechCommandsImporter::run(*project, root, {});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, kGood);
    QCOMPARE(again.skipped, kSkipped);
    QCOMPARE(again.errors.size(), m_bad.size());
    QCOMPARE(project->sampleCount(), qint64(kGood));
}

void TestImportSpeechCommands::cancelLeavesWholeBatches()
{
    auto project = newProject(QStringLiteral("cancel.tally"));
    QVERIFY(project);
    std::atomic_bool cancel{false};
    int calls = 0;
    ImportOptions options;
    options.batchSize = 3;
    // The first call reports the skipped files; the second comes after batch 1.
    const ImportReport report = SpeechCommandsImporter::run(
        *project, m_dir.filePath("data"), options,
        [&](int, int) {
            if (++calls == 2)
                cancel = true;
        },
        &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(report.imported + report.errors.size() + report.duplicates, 3);
    QCOMPARE(project->sampleCount(), qint64(report.imported));
}

void TestImportSpeechCommands::cancelBeforeStartImportsNothing()
{
    auto project = newProject(QStringLiteral("cancel0.tally"));
    QVERIFY(project);
    std::atomic_bool cancel{true};
    const ImportReport report =
        SpeechCommandsImporter::run(*project, m_dir.filePath("data"), {}, {}, &cancel);
    QVERIFY(report.cancelled);
    QCOMPARE(report.imported, 0);
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(project->sampleCount(), 0);
}

void TestImportSpeechCommands::smallBatchesGiveTheSameResult()
{
    auto project = newProject(QStringLiteral("small.tally"));
    QVERIFY(project);
    ImportOptions options;
    options.batchSize = 1;
    const ImportReport report =
        SpeechCommandsImporter::run(*project, m_dir.filePath("data"), options);
    QCOMPARE(report.imported, kGood);
    QCOMPARE(report.errors.size(), m_bad.size());
    QCOMPARE(report.skipped, kSkipped);
    QCOMPARE(project->sampleCount(), qint64(kGood));
}

void TestImportSpeechCommands::missingRootIsAnError()
{
    auto project = newProject(QStringLiteral("missing.tally"));
    QVERIFY(project);
    const QString root = m_dir.filePath("no-such-folder");
    const ImportReport report = SpeechCommandsImporter::run(*project, root, {});
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.first().path, root);
    QCOMPARE(report.imported, 0);
}

void TestImportSpeechCommands::relativeRootIsTakenFromTheCurrentFolder()
{
    auto project = newProject(QStringLiteral("relative.tally"));
    QVERIFY(project);
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const ImportReport report = SpeechCommandsImporter::run(*project, QStringLiteral("data"), {});
    QDir::setCurrent(before);
    QCOMPARE(report.imported, kGood);
    QCOMPARE(project->classCounts().value("yes"), 4);
    QVERIFY(!project->classCounts().contains("data"));
    QVERIFY(project->sampleByPath("data/yes/aaaa1111_nohash_1.wav").isOk());
    for (const Error& e : report.errors)
        QVERIFY2(m_bad.contains(e.path), qPrintable(e.path));
}

QTEST_GUILESS_MAIN(TestImportSpeechCommands)
#include "test_import_speech_commands.moc"
