// The GUI import (gui/ImportRunner) runs the quality checks on its worker after the
// import, scoped to the samples it added: a clipped clip is flagged in the project, a
// duplicate of an earlier sample names it, the earlier samples' flags stay, and the
// summary says what the checks found.
#include "TestSupport.h"
#include "gui/ImportRunner.h"
#include "store/Flags.h"
#include "store/Project.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <cmath>

using namespace tally;

namespace {

bool openFlag(Project& p, const QString& storedPath, const QString& check, qint64 other = -1)
{
    const qint64 id = p.sampleIdByPath(storedPath);
    for (const FlagRecord& r : Flags(p).openFlags(check))
        if (r.sampleId == id && (other < 0 || r.otherSampleId == other))
            return true;
    return false;
}

} // namespace

class TestImportChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guiImportRunsScopedChecks();
};

void TestImportChecks::guiImportRunsScopedChecks()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("data"));
    const QString project = dir.filePath(QStringLiteral("p.tally"));
    QVERIFY(test::writeWav(root + QStringLiteral("/no/quiet_nohash_0.wav"),
                           test::sine(1000, std::pow(10.0, -50.0 / 20.0), 16000, 16000)));
    {
        auto p = Project::create(project);
        QVERIFY(p);
    }
    QWidget window;
    ImportRunner runner(&window);
    runner.setInteractive(false);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QVERIFY(runner.start(project, root, QStringLiteral("CC0-1.0"), QStringLiteral("test")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(runner.lastChecked());
    QCOMPARE(runner.lastQuality().checked, 1);
    {
        auto p = Project::open(project);
        QVERIFY(p);
        QVERIFY(openFlag(*p.value(), QStringLiteral("data/no/quiet_nohash_0.wav"),
                         QStringLiteral("too-quiet")));
    }

    // Second import: a clipped clip and a copy of the quiet one.
    Signal loud = test::sine(440, 1.0, 16000, 16000);
    for (float& v : loud.samples)
        v = std::clamp(v * 3.0f, -1.0f, 1.0f);
    QVERIFY(test::writeWav(root + QStringLiteral("/yes/loud_nohash_0.wav"), loud));
    QVERIFY(QFile::copy(root + QStringLiteral("/no/quiet_nohash_0.wav"),
                        root + QStringLiteral("/no/copy_nohash_0.wav")));
    QVERIFY(runner.start(project, root, QStringLiteral("CC0-1.0"), QStringLiteral("test")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(runner.lastReport().imported, 2);
    QVERIFY(runner.lastChecked());
    QCOMPARE(runner.lastQuality().checked, 2);
    QCOMPARE(runner.lastQuality().measured, 2); // the new files only
    QVERIFY(runner.lastSummary().contains(QStringLiteral("Quality checks")));
    auto p = Project::open(project);
    QVERIFY(p);
    const qint64 quiet = p.value()->sampleIdByPath(QStringLiteral("data/no/quiet_nohash_0.wav"));
    QVERIFY(openFlag(*p.value(), QStringLiteral("data/yes/loud_nohash_0.wav"),
                     QStringLiteral("clipped")));
    QVERIFY(openFlag(*p.value(), QStringLiteral("data/no/copy_nohash_0.wav"),
                     QStringLiteral("duplicate"), quiet));
    QVERIFY(openFlag(*p.value(), QStringLiteral("data/no/quiet_nohash_0.wav"),
                     QStringLiteral("too-quiet")));
}

QTEST_MAIN(TestImportChecks)
#include "test_import_checks.moc"
