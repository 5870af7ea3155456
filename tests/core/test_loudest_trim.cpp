// The loudest-trim rule in core (formats/LoudestTrim.h): a known-answer tone burst,
// the window rule, the class (own label, else imported), the duplicate rule, cancel,
// per-file errors, and planAt() on a worker thread.
#include "TestSupport.h"
#include "formats/LoudestTrim.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <thread>

using namespace tally;

namespace {

constexpr int kRateHz = 16000;

// durationSec of silence with a 1 kHz tone over [burstSec, burstSec + 1).
Signal burst(double durationSec, double burstSec)
{
    Signal s;
    s.rateHz = kRateHz;
    s.channels = 1;
    s.samples.assign(size_t(std::llround(durationSec * kRateHz)), 0.0f);
    const qint64 from = std::llround(burstSec * kRateHz);
    for (qint64 f = from; f < from + kRateHz && f < qint64(s.samples.size()); ++f)
        s.samples[size_t(f)] = float(0.5 * std::sin(2.0 * M_PI * 1000.0 * double(f) / kRateHz));
    return s;
}

} // namespace

class TestLoudestTrim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void toneBurstIsTheRegion();
    void noLongerThanTheWindowIsSkipped_data();
    void noLongerThanTheWindowIsSkipped();
    void noRateIsAnError();
    void duplicateInTargetIsSkipped();
    void duplicateRuleAlone();
    void planClassesAndErrors();
    void secondRunSkips();
    void sampleGivenTwiceIsAddedOnce();
    void cancelStopsEarly();
    void planAtRunsOnAWorker();

private:
    // Writes rel (under the temp folder) and stores it as an audio sample of m_project.
    qint64 addAudio(const QString& rel, const Signal& signal, const QString& className = {});
    QString file(const QString& rel) const { return m_dir->filePath(rel); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestLoudestTrim::init()
{
    m_project.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(file("p.tally"));
    QVERIFY2(created.isOk(), qPrintable(created.error().toString()));
    m_project = std::move(created).value();
}

qint64 TestLoudestTrim::addAudio(const QString& rel, const Signal& signal, const QString& className)
{
    if (!test::writeWav(file(rel), signal))
        return 0;
    std::vector<SampleRecord> records(1);
    records[0].path = m_project->toStoredPath(file(rel));
    records[0].kind = SampleKind::Audio;
    records[0].contentHash = QStringLiteral("hash-") + rel;
    records[0].className = className;
    records[0].rateHz = signal.rateHz;
    records[0].channels = signal.channels;
    records[0].frames = signal.frames();
    records[0].durationSec = signal.durationSec();
    if (!m_project->insertSamples(records))
        return 0;
    return records[0].id;
}

void TestLoudestTrim::toneBurstIsTheRegion()
{
    const Signal s = burst(3.0, 1.2);
    const Result<LoudestCut> cut = LoudestTrim::cut(s, 1.0);
    QVERIFY(cut.isOk());
    QVERIFY(!cut.value().skipped());
    QCOMPARE(cut.value().range, (FrameRange{19200, 35200}));

    const TrimTarget target{7, 3, 5, {}};
    const Result<TrimOutcome> out = LoudestTrim::trimSignal(s, 1.0, target);
    QVERIFY(out.isOk());
    QVERIFY(!out.value().skipped());
    QCOMPARE(out.value().region.sampleId, qint64(7));
    QCOMPARE(out.value().region.annotatorId, qint64(3));
    QCOMPARE(out.value().region.classId, qint64(5));
    QCOMPARE(out.value().region.startSec, 1.2);
    QCOMPARE(out.value().region.endSec, 2.2);
    QVERIFY(!out.value().region.hasBand());
    QCOMPARE(LoudestTrim::windowFrames(0.5, kRateHz), qint64(8000));
    QCOMPARE(LoudestTrim::windowFrames(1e-9, kRateHz), qint64(1));
}

void TestLoudestTrim::noLongerThanTheWindowIsSkipped_data()
{
    QTest::addColumn<double>("durationSec");
    QTest::addColumn<double>("windowSec");
    QTest::newRow("shorter") << 0.8 << 1.0;
    QTest::newRow("exactly the window") << 1.0 << 1.0;
    QTest::newRow("half-second window, half-second clip") << 0.5 << 0.5;
}

void TestLoudestTrim::noLongerThanTheWindowIsSkipped()
{
    QFETCH(double, durationSec);
    QFETCH(double, windowSec);
    const Signal s = burst(durationSec, 0.0);
    const Result<TrimOutcome> out = LoudestTrim::trimSignal(s, windowSec, TrimTarget{1, 1, 0, {}});
    QVERIFY(out.isOk());
    QVERIFY(out.value().skipped());
    QVERIFY(out.value().skipReason.contains("window"));
}

void TestLoudestTrim::noRateIsAnError()
{
    Signal s = burst(2.0, 0.5);
    s.rateHz = 0;
    QVERIFY(!LoudestTrim::cut(s, 1.0).isOk());
    QVERIFY(!LoudestTrim::cut(burst(2.0, 0.5), 0.0).isOk());
    QVERIFY(!LoudestTrim::cut(burst(2.0, 0.5), std::nan("")).isOk());
}

void TestLoudestTrim::duplicateInTargetIsSkipped()
{
    const Signal s = burst(3.0, 1.2);
    RegionRecord same;
    same.annotatorId = 3;
    same.startSec = 1.2;
    same.endSec = 2.2;
    RegionRecord banded = same;
    banded.lowHz = 100.0;
    banded.highHz = 2000.0;
    const Result<TrimOutcome> withBand =
        LoudestTrim::trimSignal(s, 1.0, TrimTarget{7, 3, 0, {banded}});
    QVERIFY(withBand.isOk());
    QVERIFY(!withBand.value().skipped()); // a band is another region
    const Result<TrimOutcome> dup =
        LoudestTrim::trimSignal(s, 1.0, TrimTarget{7, 3, 0, {banded, same}});
    QVERIFY(dup.isOk());
    QVERIFY(dup.value().skipped());
    QVERIFY(dup.value().skipReason.contains("already"));
}

// isDuplicate() is the rule trimSignal() skips by: same annotator, same times, no band.
void TestLoudestTrim::duplicateRuleAlone()
{
    RegionRecord mine;
    mine.annotatorId = 3;
    mine.startSec = 0.0;
    mine.endSec = 1.0;
    RegionRecord banded = mine;
    banded.lowHz = 100.0;
    banded.highHz = 2000.0;
    RegionRecord theirs = mine;
    theirs.annotatorId = 4;
    RegionRecord later = mine;
    later.endSec = 1.5;
    QVERIFY(LoudestTrim::isDuplicate(mine, TrimTarget{7, 3, 0, {later, mine}}));
    QVERIFY(!LoudestTrim::isDuplicate(mine, TrimTarget{7, 3, 0, {banded, theirs, later}}));
    QVERIFY(!LoudestTrim::isDuplicate(mine, TrimTarget{7, 3, 0, {}}));
}

void TestLoudestTrim::planClassesAndErrors()
{
    const qint64 own = addAudio("yes/own.wav", burst(1.5, 0.3), "yes");
    const qint64 imported = addAudio("yes/imported.wav", burst(1.5, 0.5), "yes");
    const qint64 shortOne = addAudio("yes/short.wav", burst(0.6, 0.0), "yes");
    const qint64 broken = addAudio("yes/broken.wav", burst(1.5, 0.0), "yes");
    QVERIFY(own && imported && shortOne && broken);
    QVERIFY(test::writeBytes(file("yes/broken.wav"), "RIFF....WAVEnot really"));
    std::vector<SampleRecord> images{test::imageRecord("img.png", 8, 8)};
    QVERIFY(m_project->insertSamples(images));
    const qint64 me = Annotators(*m_project).ensureAnnotator("me").value().id;
    const qint64 other = Annotators(*m_project).ensureAnnotator("other").value().id;
    ClassRecord mine;
    mine.name = "mine";
    const qint64 mineId = Classes(*m_project).addClass(mine).value().id;
    ClassRecord no;
    no.name = "no";
    const qint64 noId = Classes(*m_project).addClass(no).value().id;
    QVERIFY(Labels(*m_project).setLabel(own, me, mineId).isOk());
    QVERIFY(Labels(*m_project)
                .setLabel(imported, other, noId)
                .isOk()); // not mine: the import class counts

    const LoudestTrimPlan plan = LoudestTrim::plan(
        *m_project, {own, imported, shortOne, broken, images[0].id, 9999}, me, 1.0);
    QCOMPARE(plan.visited, 6);
    QVERIFY(!plan.cancelled);
    QCOMPARE(plan.regions.size(), 2);
    QCOMPARE(plan.regions[0].path, file("yes/own.wav"));
    QCOMPARE(plan.regions[0].region.classId, mineId);
    QCOMPARE(plan.regions[0].region.startSec, 0.3);
    QCOMPARE(plan.regions[0].region.endSec, 1.3);
    QCOMPARE(plan.regions[1].region.classId, Classes(*m_project).classByName("yes").value().id);
    QCOMPARE(plan.regions[1].region.annotatorId, me);
    QCOMPARE(plan.skipped.size(), 2);
    QCOMPARE(plan.skipped[0].sampleId, shortOne);
    QCOMPARE(plan.skipped[1].sampleId, images[0].id);
    QCOMPARE(plan.errors.size(), 2);
    QCOMPARE(plan.errors[0].path, file("yes/broken.wav"));
    QVERIFY(!plan.errors[0].reason.isEmpty());
    QVERIFY(plan.errors[1].reason.contains("9999"));
}

void TestLoudestTrim::secondRunSkips()
{
    const qint64 s1 = addAudio("a.wav", burst(2.0, 0.7));
    const qint64 s2 = addAudio("b.wav", burst(2.0, 0.1));
    const qint64 me = Annotators(*m_project).ensureAnnotator("me").value().id;
    const qint64 you = Annotators(*m_project).ensureAnnotator("you").value().id;
    const LoudestTrimPlan first = LoudestTrim::plan(*m_project, {s1, s2}, me, 1.0);
    QCOMPARE(first.regions.size(), 2);
    for (const TrimRegion& r : first.regions)
        QVERIFY(Regions(*m_project).addRegion(r.region).isOk());

    const LoudestTrimPlan second = LoudestTrim::plan(*m_project, {s1, s2}, me, 1.0);
    QCOMPARE(second.regions.size(), 0);
    QCOMPARE(second.skipped.size(), 2);
    QVERIFY(second.skipped[0].reason.contains("already"));
    QCOMPARE(second.skipped[0].path, file("a.wav"));

    // Another annotator's identical region does not count; another window is another region.
    QCOMPARE(LoudestTrim::plan(*m_project, {s1, s2}, you, 1.0).regions.size(), 2);
    QCOMPARE(LoudestTrim::plan(*m_project, {s1, s2}, me, 0.5).regions.size(), 2);
}

void TestLoudestTrim::sampleGivenTwiceIsAddedOnce()
{
    const qint64 s1 = addAudio("a.wav", burst(2.0, 0.7));
    const qint64 me = Annotators(*m_project).ensureAnnotator("me").value().id;
    const LoudestTrimPlan plan = LoudestTrim::plan(*m_project, {s1, s1}, me, 1.0);
    QCOMPARE(plan.regions.size(), 1);
    QCOMPARE(plan.skipped.size(), 1);
}

void TestLoudestTrim::cancelStopsEarly()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << addAudio(QString("s%1.wav").arg(i), burst(1.5, 0.1 * i));
    const qint64 me = Annotators(*m_project).ensureAnnotator("me").value().id;
    std::atomic_bool stop{false};
    QList<int> progress;
    const LoudestTrimPlan plan = LoudestTrim::plan(
        *m_project, ids, me, 1.0,
        [&](int done, int total) {
            progress << done;
            QCOMPARE(total, 5);
            if (done == 2)
                stop = true;
        },
        [&] { return stop.load(); });
    QVERIFY(plan.cancelled);
    QCOMPARE(plan.visited, 2);
    QCOMPARE(plan.regions.size(), 2);
    QCOMPARE(progress, (QList<int>{1, 2}));
}

void TestLoudestTrim::planAtRunsOnAWorker()
{
    const qint64 s1 = addAudio("a.wav", burst(2.0, 0.7));
    const qint64 s2 = addAudio("b.wav", burst(2.0, 0.2));
    const qint64 me = Annotators(*m_project).ensureAnnotator("me").value().id;
    LoudestTrimPlan onWorker;
    std::thread worker([&] { onWorker = LoudestTrim::planAt(file("p.tally"), {s1, s2}, me, 1.0); });
    worker.join();
    QCOMPARE(onWorker.errors.size(), 0);
    QCOMPARE(onWorker.regions.size(), 2);
    QCOMPARE(onWorker.regions[1].region.startSec, 0.2);

    const LoudestTrimPlan missing = LoudestTrim::planAt(file("none.tally"), {s1}, me, 1.0);
    QCOMPARE(missing.errors.size(), 1);
    QCOMPARE(missing.regions.size(), 0);
}

QTEST_GUILESS_MAIN(TestLoudestTrim)
#include "test_loudest_trim.moc"
