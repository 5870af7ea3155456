// Merging a colleague's project: two projects that labelled overlapping samples
// (matched by content hash under different paths), label and vote conflicts resolved
// by time, new annotators and classes, unmatched samples listed, a second merge adds
// nothing, and the other file is left untouched.
#include "TestSupport.h"
#include "formats/ProjectMerge.h"
#include "store/Annotators.h"
#include "store/AuditLog.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QCryptographicHash>
#include <QRectF>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

namespace {

std::unique_ptr<Project> makeProject(const QString& path, const QString& prefix,
                                     const QStringList& hashes)
{
    auto p = Project::create(path);
    if (!p)
        return nullptr;
    std::vector<SampleRecord> records;
    for (const QString& h : hashes) {
        SampleRecord r;
        r.path = prefix + h + QStringLiteral(".wav");
        r.contentHash = h;
        r.durationSec = 2.0;
        records.push_back(r);
    }
    if (!p.value()->insertSamples(records))
        return nullptr;
    return std::move(p).value();
}

// Samples from "path=hash" entries.
std::unique_ptr<Project> makeProjectOf(const QString& path, const QStringList& entries)
{
    auto p = Project::create(path);
    if (!p)
        return nullptr;
    std::vector<SampleRecord> records;
    for (const QString& e : entries) {
        SampleRecord r;
        r.path = e.section(QLatin1Char('='), 0, 0);
        r.contentHash = e.section(QLatin1Char('='), 1, 1);
        records.push_back(r);
    }
    if (!p.value()->insertSamples(records))
        return nullptr;
    return std::move(p).value();
}

qint64 countOf(Project& p, const QString& sql)
{
    QSqlQuery q(p.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1)
               : QByteArray();
}

} // namespace

class TestProjectMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergesOverlappingProjects();
    void duplicateBytesMatchByPath_data();
    void duplicateBytesMatchByPath();
    void manyCopiesOfFewSoundsAllLand();
    void ambiguousCopiesListAFewCandidates();
    void refusesItselfAndMissingFile();
};

void TestProjectMerge::mergesOverlappingProjects()
{
    QTemporaryDir dir;
    const QString pathA = dir.filePath(QStringLiteral("a/mine.tally"));
    const QString pathB = dir.filePath(QStringLiteral("b/theirs.tally"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a"))) &&
            QDir().mkpath(dir.filePath(QStringLiteral("b"))));
    auto A = makeProject(pathA, QStringLiteral("clips/"), {"h1", "h2", "h3"});
    auto B = makeProject(pathB, QStringLiteral("copy/"), {"h2", "h3", "h4"});
    QVERIFY(A && B);
    Project& a = *A;
    Project& b = *B;
    const qint64 yesA =
        Classes(a).addClass(ClassRecord{0, QStringLiteral("yes"), {}, QColor(), {}}).value().id;
    const qint64 yesB =
        Classes(b).addClass(ClassRecord{0, QStringLiteral("yes"), {}, QColor(), {}}).value().id;
    const qint64 noB =
        Classes(b).addClass(ClassRecord{0, QStringLiteral("no"), {}, QColor(), {}}).value().id;
    const qint64 maybeB =
        Classes(b).addClass(ClassRecord{0, QStringLiteral("maybe"), {}, QColor(), {}}).value().id;
    const qint64 aliceA = Annotators(a).ensureAnnotator(QStringLiteral("alice")).value().id;
    const qint64 aliceB = Annotators(b).ensureAnnotator(QStringLiteral("alice")).value().id;
    const qint64 bobB = Annotators(b).ensureAnnotator(QStringLiteral("bob")).value().id;
    const qint64 carolB = Annotators(b).ensureAnnotator(QStringLiteral("carol")).value().id;
    const qint64 revB =
        Annotators(b).ensureAnnotator(QStringLiteral("rev"), AnnotatorRole::Reviewer).value().id;
    const auto idA = [&](const char* h) {
        return a.sampleIdByPath(QStringLiteral("clips/%1.wav").arg(QLatin1String(h)));
    };
    const auto idB = [&](const char* h) {
        return b.sampleIdByPath(QStringLiteral("copy/%1.wav").arg(QLatin1String(h)));
    };

    QVERIFY(Labels(a).setLabel(idA("h2"), aliceA, yesA).isOk()); // older than theirs: replaced
    QVERIFY(Votes(*A).setVote(idA("h2"), aliceA, true).isOk());  // same vote there: nothing
    QTest::qWait(3);
    QVERIFY(Labels(b).setLabel(idB("h2"), aliceB, noB).isOk());
    QVERIFY(Labels(b).setLabel(idB("h3"), aliceB, noB).isOk()); // older than mine: kept mine
    QVERIFY(Labels(b).setLabel(idB("h2"), bobB, maybeB).isOk());
    QVERIFY(Labels(b).setLabel(idB("h3"), bobB, yesB).isOk());
    QVERIFY(Labels(b).setLabel(idB("h4"), bobB, yesB).isOk()); // unmatched sample
    RegionRecord reg;
    reg.sampleId = idB("h3");
    reg.annotatorId = bobB;
    reg.classId = yesB;
    reg.startSec = 0.25;
    reg.endSec = 1.0;
    QVERIFY(Regions(b).addRegion(reg).isOk());
    BoxRecord box;
    box.sampleId = idB("h3");
    box.annotatorId = bobB;
    box.classId = noB;
    box.x = 1.5;
    box.y = 2.25;
    box.w = 30;
    box.h = 40.5;
    QVERIFY(Boxes(b).addBox(box).isOk());
    QVERIFY(Votes(*B).setVote(idB("h2"), aliceB, true).isOk());
    QVERIFY(Votes(*B).setVote(idB("h3"), carolB, false).isOk());
    QVERIFY(Reviews(*B)
                .addReview(idB("h3"), revB, ReviewKind::Reject, 0, QStringLiteral("noise"))
                .isOk());
    QTest::qWait(3);
    QVERIFY(Labels(a).setLabel(idA("h3"), aliceA, yesA).isOk());
    B.reset();
    const QByteArray before = fileHash(pathB);

    const Result<MergeReport> r = ProjectMerge::run(*A, pathB);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const MergeReport& m = r.value();
    QCOMPARE(m.matched, 2);
    QCOMPARE(m.unmatched, QStringList{QStringLiteral("copy/h4.wav")});
    QCOMPARE(m.counts.labels, 3);    // alice h2 (newer), bob h2, bob h3
    QCOMPARE(m.counts.conflicts, 2); // alice h2 and h3
    QCOMPARE(m.counts.regions, 1);
    QCOMPARE(m.counts.boxes, 1);
    QCOMPARE(m.counts.votes, 1); // carol h3 (alice's h2 vote was the same)
    QCOMPARE(m.counts.reviews, 1);
    QCOMPARE(m.counts.classesAdded, 2);    // no, maybe
    QCOMPARE(m.counts.annotatorsAdded, 3); // bob, carol, rev
    QCOMPARE(fileHash(pathB), before);

    const qint64 bobA = Annotators(a).annotator(QStringLiteral("bob")).value().id;
    QCOMPARE(Labels(a).labelOf(idA("h2"), aliceA),
             Classes(a).classByName(QStringLiteral("no")).value().id);
    QCOMPARE(Labels(a).labelOf(idA("h3"), aliceA), yesA);
    QCOMPARE(Labels(a).labelOf(idA("h2"), bobA),
             Classes(a).classByName(QStringLiteral("maybe")).value().id);
    QCOMPARE(Regions(a).regionsOf(idA("h3"), bobA).size(), 1);
    const QList<BoxRecord> boxes = Boxes(a).boxesOf(idA("h3"), bobA);
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.first().className, QStringLiteral("no"));
    QCOMPARE(QRectF(boxes.first().x, boxes.first().y, boxes.first().w, boxes.first().h),
             QRectF(1.5, 2.25, 30, 40.5));
    QCOMPARE(Annotators(a).annotator(QStringLiteral("rev")).value().role, AnnotatorRole::Reviewer);
    Reviews rv(*A);
    QCOMPARE(rv.latestReview(idA("h3"))->kind, ReviewKind::Reject);
    QCOMPARE(rv.latestReview(idA("h3"))->reason, QStringLiteral("noise"));
    QCOMPARE(
        Votes(*A).voteOf(idA("h3"), Annotators(a).annotator(QStringLiteral("carol")).value().id),
        std::optional<bool>(false));
    // History keeps time order, with the merged label in it.
    const QList<HistoryEvent> h = AuditLog(*A).history(idA("h2"));
    for (int i = 1; i < h.size(); ++i)
        QVERIFY(h[i - 1].at <= h[i].at);
    QVERIFY(std::any_of(h.cbegin(), h.cend(), [](const HistoryEvent& e) {
        return e.annotatorName == QLatin1String("bob");
    }));

    const Result<MergeReport> again = ProjectMerge::run(*A, pathB);
    QVERIFY(again.isOk());
    QCOMPARE(again.value().counts.labels, 0);
    QCOMPARE(again.value().counts.regions, 0);
    QCOMPARE(again.value().counts.boxes, 0);
    QCOMPARE(again.value().counts.votes, 0);
    QCOMPARE(again.value().counts.reviews, 0);
    QCOMPARE(again.value().counts.conflicts, 1); // alice h3 differs still (mine kept)
}

// Samples with the same bytes in both projects: each of theirs lands on the one here its
// path names (the same path, else the same file name, else the only one left), or is
// reported ambiguous and skipped; the counts are the rows stored.
void TestProjectMerge::duplicateBytesMatchByPath_data()
{
    QTest::addColumn<QStringList>("mine");      // path=hash
    QTest::addColumn<QStringList>("theirs");    // path=hash, labelled and voted by bob
    QTest::addColumn<QStringList>("expected");  // their path>my path
    QTest::addColumn<QStringList>("ambiguous"); // their paths skipped
    const QStringList mine{"clips/a.wav=H", "clips/b.wav=H", "clips/c.wav=K"};
    QTest::newRow("same paths") << mine
                                << QStringList{"clips/b.wav=H", "clips/a.wav=H", "clips/c.wav=K"}
                                << QStringList{"clips/a.wav>clips/a.wav", "clips/b.wav>clips/b.wav",
                                               "clips/c.wav>clips/c.wav"}
                                << QStringList{};
    QTest::newRow("moved folder") << mine
                                  << QStringList{"copy/a.wav=H", "copy/b.wav=H", "copy/c.wav=K"}
                                  << QStringList{"copy/a.wav>clips/a.wav", "copy/b.wav>clips/b.wav",
                                                 "copy/c.wav>clips/c.wav"}
                                  << QStringList{};
    QTest::newRow("one left each")
        << mine << QStringList{"clips/a.wav=H", "other/z.wav=H"}
        << QStringList{"clips/a.wav>clips/a.wav", "other/z.wav>clips/b.wav"} << QStringList{};
    QTest::newRow("ambiguous") << mine
                               << QStringList{"other/x.wav=H", "other/y.wav=H", "other/c.wav=K"}
                               << QStringList{"other/c.wav>clips/c.wav"}
                               << QStringList{"other/x.wav", "other/y.wav"};
    QTest::newRow("more there than here")
        << QStringList{"clips/a.wav=H"} << QStringList{"copy/x.wav=H", "copy/y.wav=H"}
        << QStringList{} << QStringList{"copy/x.wav", "copy/y.wav"};
}

void TestProjectMerge::duplicateBytesMatchByPath()
{
    QFETCH(QStringList, mine);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, ambiguous);
    QTemporaryDir dir;
    const QString pathB = dir.filePath(QStringLiteral("theirs.tally"));
    auto A = makeProjectOf(dir.filePath(QStringLiteral("mine.tally")), mine);
    QVERIFY(A);
    QHash<QString, QString> classOf; // their path -> the class bob gave it there
    {
        auto B = makeProjectOf(pathB, theirs);
        QVERIFY(B);
        Project& b = *B;
        const QStringList names{"yes", "no", "up", "down"};
        QList<qint64> ids;
        for (const QString& n : names)
            ids << Classes(b).addClass(ClassRecord{0, n, {}, QColor(), {}}).value().id;
        const qint64 bob = Annotators(b).ensureAnnotator(QStringLiteral("bob")).value().id;
        for (int i = 0; i < theirs.size(); ++i) {
            const QString path = theirs[i].section(QLatin1Char('='), 0, 0);
            QVERIFY(Labels(b).setLabel(b.sampleIdByPath(path), bob, ids[i % 4]).isOk());
            QVERIFY(Votes(b).setVote(b.sampleIdByPath(path), bob, i % 2 == 0).isOk());
            classOf.insert(path, names[i % 4]);
        }
    }
    const Result<MergeReport> r = ProjectMerge::run(*A, pathB);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    const MergeReport& m = r.value();
    QStringList skipped;
    for (const MergeAmbiguity& x : m.ambiguous) {
        skipped << x.path;
        QVERIFY(!x.candidates.isEmpty());
        QCOMPARE(x.candidateCount, int(x.candidates.size()));
    }
    skipped.sort();
    QCOMPARE(skipped, ambiguous);
    QCOMPARE(m.matched, int(expected.size()));
    Project& a = *A;
    for (const QString& e : expected) {
        const qint64 bob = Annotators(a).annotator(QStringLiteral("bob")).value().id;
        const QString there = e.section(QLatin1Char('>'), 0, 0);
        const qint64 here = a.sampleIdByPath(e.section(QLatin1Char('>'), 1, 1));
        QVERIFY(here > 0);
        QCOMPARE(Classes(a).classById(Labels(a).labelOf(here, bob)).value().name,
                 classOf.value(there));
    }
    // Every row counted is a row stored, and nothing else of bob's is here.
    QCOMPARE(countOf(a, QStringLiteral("SELECT COUNT(*) FROM labels")), qint64(m.counts.labels));
    QCOMPARE(countOf(a, QStringLiteral("SELECT COUNT(*) FROM votes")), qint64(m.counts.votes));
    QCOMPARE(m.counts.labels, int(expected.size()));
    QCOMPARE(m.counts.votes, int(expected.size()));
    QCOMPARE(m.counts.conflicts, 0);
}

// The reported case at scale: many samples sharing few sounds (say, silence), labelled
// in a copy of the project. Every label lands, and the report says as many as are stored.
void TestProjectMerge::manyCopiesOfFewSoundsAllLand()
{
    QTemporaryDir dir;
    const QString pathB = dir.filePath(QStringLiteral("theirs.tally"));
    QStringList entries;
    for (int i = 0; i < 600; ++i)
        entries << QStringLiteral("clips/%1/s%2.wav=sound%3").arg(i % 7).arg(i).arg(i % 13);
    auto A = makeProjectOf(dir.filePath(QStringLiteral("mine.tally")), entries);
    QVERIFY(A);
    {
        auto B = makeProjectOf(pathB, entries);
        QVERIFY(B);
        Project& b = *B;
        const qint64 yes = Classes(b).addClass(ClassRecord{0, "yes", {}, QColor(), {}}).value().id;
        const qint64 no = Classes(b).addClass(ClassRecord{0, "no", {}, QColor(), {}}).value().id;
        const qint64 bob = Annotators(b).ensureAnnotator(QStringLiteral("bob")).value().id;
        for (int i = 0; i < 600; ++i)
            QVERIFY(Labels(b)
                        .setLabel(b.sampleIdByPath(entries[i].section('=', 0, 0)), bob,
                                  i % 3 == 0 ? yes : no)
                        .isOk());
    }
    const Result<MergeReport> r = ProjectMerge::run(*A, pathB);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QCOMPARE(r.value().matched, 600);
    QVERIFY(r.value().ambiguous.isEmpty());
    QCOMPARE(r.value().counts.labels, 600);
    QCOMPARE(r.value().counts.conflicts, 0);
    Project& a = *A;
    QCOMPARE(countOf(a, QStringLiteral("SELECT COUNT(*) FROM labels")), 600);
    const qint64 bob = Annotators(a).annotator(QStringLiteral("bob")).value().id;
    for (int i = 0; i < 600; ++i) {
        const qint64 id = a.sampleIdByPath(entries[i].section('=', 0, 0));
        QCOMPARE(Classes(a).classById(Labels(a).labelOf(id, bob)).value().name,
                 QString::fromLatin1(i % 3 == 0 ? "yes" : "no"));
    }
}

// Thirty copies of one sound on each side, under names that pair none of them: all are
// reported, each with the first ten candidates and their number, and nothing is merged.
void TestProjectMerge::ambiguousCopiesListAFewCandidates()
{
    QTemporaryDir dir;
    QStringList mine, theirs;
    for (int i = 0; i < 30; ++i) {
        mine << QStringLiteral("clips/x%1.wav=S").arg(i, 2, 10, QLatin1Char('0'));
        theirs << QStringLiteral("other/y%1.wav=S").arg(i, 2, 10, QLatin1Char('0'));
    }
    auto A = makeProjectOf(dir.filePath(QStringLiteral("mine.tally")), mine);
    const QString pathB = dir.filePath(QStringLiteral("theirs.tally"));
    {
        auto B = makeProjectOf(pathB, theirs);
        QVERIFY(A && B);
        Project& b = *B;
        const qint64 yes = Classes(b).addClass(ClassRecord{0, "yes", {}, QColor(), {}}).value().id;
        const qint64 bob = Annotators(b).ensureAnnotator(QStringLiteral("bob")).value().id;
        QVERIFY(Labels(b).setLabel(b.sampleIdByPath("other/y00.wav"), bob, yes).isOk());
    }
    const Result<MergeReport> r = ProjectMerge::run(*A, pathB);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QCOMPARE(r.value().matched, 0);
    QCOMPARE(r.value().ambiguous.size(), 30);
    const MergeAmbiguity& first = r.value().ambiguous.first();
    QCOMPARE(first.path, QStringLiteral("other/y00.wav"));
    QCOMPARE(first.candidateCount, 30);
    QCOMPARE(first.candidates.size(), MergeAmbiguity::kListed);
    QCOMPARE(first.candidates.first(), QStringLiteral("clips/x00.wav"));
    QCOMPARE(r.value().counts.labels, 0);
    QCOMPARE(countOf(*A, QStringLiteral("SELECT COUNT(*) FROM labels")), 0);
}

void TestProjectMerge::refusesItselfAndMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.tally"));
    auto p = makeProject(path, QString(), {"h1"});
    QVERIFY(p);
    QVERIFY(!ProjectMerge::run(*p, path).isOk());
    const auto missing = ProjectMerge::run(*p, dir.filePath(QStringLiteral("nope.tally")));
    QVERIFY(!missing.isOk());
    QVERIFY(missing.error().path.endsWith(QStringLiteral("nope.tally")));
}

QTEST_GUILESS_MAIN(TestProjectMerge)
#include "test_project_merge.moc"
