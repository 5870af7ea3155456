// The quality checks scoped to the samples an import added (QualityRunOptions::scope):
// a new bad clip is flagged, an old sample's flag is left as it is (even one a whole-project
// run would clear), new exact and near duplicates of old samples are found from the stored
// hashes and fingerprints without decoding the old files, the findings equal those of a
// whole-project run that name a new sample, and the import's report gives the new ids.
#include "SyntheticVoice.h"
#include "TestSupport.h"
#include "formats/SpeechCommandsImporter.h"
#include "quality/NearDuplicates.h"
#include "quality/QualityRunner.h"
#include "store/Flags.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tally;

namespace {

const test::WordShape kWordA{120, 140, 700, 300, 1100, 2300};
const test::WordShape kWordB{150, 105, 300, 750, 2400, 900};

// (sample, check, other) of each flag, as text, for comparing runs.
QSet<QString> keysOf(const std::vector<FoundFlag>& flags, const QSet<qint64>& naming = {})
{
    QSet<QString> out;
    for (const FoundFlag& f : flags)
        if (naming.isEmpty() || naming.contains(f.sampleId) || naming.contains(f.otherSampleId))
            out.insert(
                QStringLiteral("%1 %2 %3").arg(f.sampleId).arg(f.check).arg(f.otherSampleId));
    return out;
}

bool openFlag(Project& p, qint64 sample, const QString& check, qint64 other = 0)
{
    for (const FlagRecord& r : Flags(p).openFlags(check))
        if (r.sampleId == sample && r.otherSampleId == other)
            return true;
    return false;
}

} // namespace

class TestQualityScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scopedRunAfterImport();
    void emptyScopeTouchesNothing();
    void scopedNearSearchEqualsWholeSearch();

private:
    QString path(const char* rel) const { return m_dir.filePath(QLatin1String(rel)); }
    qint64 id(const char* rel) const
    {
        return m_project->sampleIdByPath(QStringLiteral("data/") + QLatin1String(rel));
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestQualityScope::initTestCase()
{
    // Old samples: yes/a (word A), up/b (word B), no/q (a -50 dBFS sine: too quiet).
    test::writeWav(path("data/yes/a_nohash_0.wav"), test::voicedWord(kWordA, 0.2, 0.8, 1.0));
    test::writeWav(path("data/up/b_nohash_0.wav"), test::voicedWord(kWordB, 0.2, 0.8, 1.0));
    test::writeWav(path("data/no/q_nohash_0.wav"),
                   test::sine(1000, std::pow(10.0, -50.0 / 20.0), 16000, 16000));
    auto p = Project::create(path("p.tally"));
    QVERIFY(p);
    m_project = std::move(p).value();
    const ImportReport first = SpeechCommandsImporter::run(*m_project, path("data"), {});
    QCOMPARE(first.imported, 3);
    QCOMPARE(first.importedIds.size(), 3);
    QVERIFY(!QualityRunner::run(*m_project, {}).flags.empty());
    QVERIFY(openFlag(*m_project, id("no/q_nohash_0.wav"), QStringLiteral("too-quiet")));
    QVERIFY(Splits(*m_project).setSplit(id("yes/a_nohash_0.wav"), QStringLiteral("training")));
}

void TestQualityScope::scopedRunAfterImport()
{
    const qint64 oldQuiet = id("no/q_nohash_0.wav");
    const qint64 oldA = id("yes/a_nohash_0.wav");
    // A threshold change a whole-project run would act on: q is no longer too quiet at
    // -60 dBFS. The scoped run must not clear q's flag (q is not in its scope).
    QVERIFY(
        m_project->setSetting(QStringLiteral("quality/too-quiet.rms_dbfs"), QStringLiteral("-60")));
    QVERIFY(m_project->setSetting(QStringLiteral("quality/too-quiet.lufs_floor"),
                                  QStringLiteral("-70")));
    // New: an overdriven sine (clipped), a's bytes again (duplicate), a shifted 30 ms and
    // 3 dB down (near duplicate).
    Signal loud = test::sine(440, 1.0, 16000, 16000);
    for (float& v : loud.samples)
        v = std::clamp(v * 3.0f, -1.0f, 1.0f);
    test::writeWav(path("data/no/loud_nohash_0.wav"), loud);
    QVERIFY(QFile::copy(path("data/yes/a_nohash_0.wav"), path("data/yes/copy_nohash_0.wav")));
    const Signal a = test::voicedWord(kWordA, 0.2, 0.8, 1.0);
    Signal later = a;
    for (qint64 f = 0; f < a.frames(); ++f)
        later.samples[size_t(f)] = f >= 480 ? float(0.7079 * a.samples[size_t(f - 480)]) : 0.0f;
    test::writeWav(path("data/yes/later_nohash_0.wav"), later);

    const ImportReport added = SpeechCommandsImporter::run(*m_project, path("data"), {});
    QCOMPARE(added.imported, 3);
    QCOMPARE(added.duplicates, 3); // the old paths
    QCOMPARE(added.importedIds.size(), 3);
    const QSet<qint64> fresh(added.importedIds.cbegin(), added.importedIds.cend());
    QVERIFY(fresh.contains(id("no/loud_nohash_0.wav")));

    QualityRunOptions scoped;
    scoped.scope = added.importedIds;
    const QualityReport r = QualityRunner::run(*m_project, scoped);
    // What a whole-project run finds naming the new samples (recorded nowhere).
    QualityRunOptions whole;
    whole.record = false;
    const QualityReport all = QualityRunner::run(*m_project, whole);

    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.checked, 3);
    QCOMPARE(r.measured, 3); // the new files only: nothing old is decoded
    const qint64 loudId = id("no/loud_nohash_0.wav");
    const qint64 copyId = id("yes/copy_nohash_0.wav");
    const qint64 laterId = id("yes/later_nohash_0.wav");
    QVERIFY(keysOf(r.flags).contains(QStringLiteral("%1 clipped 0").arg(loudId)));
    QVERIFY(keysOf(r.flags).contains(QStringLiteral("%1 duplicate %2").arg(copyId).arg(oldA)));
    QVERIFY(
        keysOf(r.flags).contains(QStringLiteral("%1 near-duplicate %2").arg(laterId).arg(oldA)));
    QCOMPARE(keysOf(r.flags), keysOf(all.flags, fresh));
    QCOMPARE(r.paths.value(oldA), QStringLiteral("data/yes/a_nohash_0.wav")); // named other
    // Stored: the new flags are open, the old sample's flag (which a whole run would clear
    // now) is untouched.
    QVERIFY(openFlag(*m_project, loudId, QStringLiteral("clipped")));
    QVERIFY(openFlag(*m_project, copyId, QStringLiteral("duplicate"), oldA));
    QVERIFY(openFlag(*m_project, laterId, QStringLiteral("near-duplicate"), oldA));
    QVERIFY(openFlag(*m_project, oldQuiet, QStringLiteral("too-quiet")));
    QCOMPARE(r.delta.cleared, 0);
    QVERIFY(!keysOf(all.flags).contains(QStringLiteral("%1 too-quiet 0").arg(oldQuiet)));
    // A whole run does clear it: the scoped run really left it alone.
    const QualityReport again = QualityRunner::run(*m_project, {});
    QVERIFY(again.delta.cleared >= 1);
    QVERIFY(!openFlag(*m_project, oldQuiet, QStringLiteral("too-quiet")));
    QVERIFY(openFlag(*m_project, copyId, QStringLiteral("duplicate"), oldA));
}

void TestQualityScope::emptyScopeTouchesNothing()
{
    const QList<FlagRecord> before = Flags(*m_project).openFlags();
    QualityRunOptions o;
    o.scope = QList<qint64>{};
    const QualityReport r = QualityRunner::run(*m_project, o);
    QCOMPARE(r.checked, 0);
    QVERIFY(r.flags.empty());
    QCOMPARE(Flags(*m_project).openFlags().size(), before.size());
}

// NearDuplicates with a scope returns exactly the whole search's pairs that have an item
// in scope (planted copies among random fingerprints).
void TestQualityScope::scopedNearSearchEqualsWholeSearch()
{
    std::vector<uint64_t> hashes;
    quint64 x = 88172645463325252ULL;
    const auto next = [&] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    for (int i = 0; i < 2000; ++i)
        hashes.push_back(i % 10 == 9 ? hashes[size_t(i - 5)] ^ (1ULL << (i % 64)) : next());
    std::vector<char> in(hashes.size(), 0);
    for (size_t i = 0; i < in.size(); i += 7)
        in[i] = 1;
    const auto whole = NearDuplicates::images(hashes, 8);
    const auto scoped = NearDuplicates::images(hashes, 8, nullptr, &in);
    QSet<QString> expected;
    for (const NearPair& p : whole)
        if (in[size_t(p.a)] || in[size_t(p.b)])
            expected.insert(QStringLiteral("%1-%2").arg(p.a).arg(p.b));
    QSet<QString> got;
    for (const NearPair& p : scoped)
        got.insert(QStringLiteral("%1-%2").arg(p.a).arg(p.b));
    QVERIFY(expected.size() >= 20);
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestQualityScope)
#include "test_quality_scope.moc"
