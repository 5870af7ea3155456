// Issue 11, "A million samples", second round: the passes that now run in SQL give what
// the streamed passes gave, on a project with every case in it (imported classes,
// labelled-only samples with ties, unicode class names and paths, a path with a line
// break, paths without "_nohash_", background, images, unclassified samples):
//   Speech Commands split computed by the database from each path (applySplitMethod)
//     = assignSplits() + setSplits(), first run and again (0 rows written), after a
//     manual edit (only the edited rows written back), for two sets of percentages;
//   SpeechCommandsSplit::assignAscii = assign on ASCII names (bit-identical hashing);
//   class x split cells counted by SQL = counted from every scanned sample;
//   sample totals (count, duration, kinds) in one pass = the three old queries;
//   export snapshots packed in chunks (schema 7) read back as written (unicode, empty
//   fields, hashes that are not hex, ids far apart, more than one chunk), damaged chunks
//   refused; a schema 6 file with row snapshots migrates, its versions read as before and
//   diff against a packed one.
#include "TestSupport.h"
#include "splits/EffectiveClass.h"
#include "splits/SpeechCommandsSplit.h"
#include "splits/SplitAssignment.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/ExportSnapshot.h"
#include "store/Exports.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/SampleMeta.h"
#include "store/SampleScan.h"
#include "store/Schema.h"
#include "store/Splits.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestMillionPasses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void splitByPathAsByHash_data();
    void splitByPathAsByHash();
    void assignAsciiAsAssign();
    void classSplitCellsAsScan();
    void sampleTotalsAsBefore();
    void snapshotRoundTrip();
    void snapshotDamagedRefused();
    void schema6SnapshotsMigrate();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::vector<SampleRecord> m_records;
};

namespace {

const QStringList kClasses{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("Äpfel"),
                           QStringLiteral("日本")};

// The stored split of every sample that has one, as assignSplits() would store it.
QHash<qint64, QString> expectedSplits(Project& project, const SplitMethod& m)
{
    Splits splits(project);
    QHash<qint64, QString> out;
    const QHash<qint64, QString> all = assignSplits(project, m, splits);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (!it.value().isEmpty())
            out.insert(it.key(), it.value());
    return out;
}

// The path of sample i: ASCII, unicode, nested, without "_nohash_", with a line break.
QString pathOf(int i, const QString& cls)
{
    const QString speaker =
        QStringLiteral("%1").arg(quint32(i / 3) * 2654435761u, 8, 16, QLatin1Char('0'));
    switch (i % 6) {
    case 1:
        return QStringLiteral("%1/sprecher_ü%2_nohash_%3.wav").arg(cls, speaker).arg(i % 3);
    case 2:
        return QStringLiteral("deep/%1/x/%2_nohash_%3.wav").arg(cls, speaker).arg(i);
    case 3:
        return QStringLiteral("%1/%2-%3.wav").arg(cls, speaker).arg(i);
    case 4:
        return i % 4 == 0 ? QStringLiteral("%1/a\nb_nohash_%2.wav").arg(cls).arg(i)
                          : QStringLiteral("%1/%2_nohash__nohash_%3.wav").arg(cls, speaker).arg(i);
    default:
        return QStringLiteral("%1/%2_nohash_%3.wav").arg(cls, speaker).arg(i % 3);
    }
}

} // namespace

// 300 samples: every 5th without an imported class (0..3 labels, ties), every 17th
// background, every 19th an image, durations in quarter seconds (sums are exact).
void TestMillionPasses::init()
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    auto p = Project::create(path);
    QVERIFY(p.isOk());
    m_project = std::move(p).value();
    m_records.clear();
    std::vector<SampleExtras> extras;
    for (int i = 0; i < 300; ++i) {
        const QString cls = kClasses[i % kClasses.size()];
        SampleRecord r;
        r.path = pathOf(i, cls);
        r.className = i % 5 == 2 ? QString() : cls;
        r.durationSec = 0.25 * (1 + i % 7);
        if (i % 17 == 4) {
            r.kind = SampleKind::Background;
            r.className.clear();
            r.path = QStringLiteral("_background_noise_/n%1_nohash_0.wav").arg(i);
        } else if (i % 19 == 7) {
            r = test::imageRecord(QStringLiteral("img/%1.png").arg(i), 32, 24);
            r.className = i % 2 ? cls : QString();
        }
        m_records.push_back(r);
        extras.push_back({});
    }
    QVERIFY(SampleMeta(*m_project).insertSamples(m_records, extras));
    QList<qint64> annotators;
    for (const QString& who : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")})
        annotators
            << Annotators(*m_project).ensureAnnotator(who, AnnotatorRole::Annotator).value().id;
    QHash<QString, qint64> classId;
    for (const ClassRecord& c : Classes(*m_project).classes())
        classId.insert(c.name, c.id);
    for (size_t i = 0; i < m_records.size(); ++i) {
        const SampleRecord& r = m_records[i];
        if (!r.className.isEmpty())
            continue; // background samples get labels too: they must still count as none
        for (int a = 0; a < int(i % 4); ++a) {
            const QString cls = kClasses[(i + size_t(a) * (i % 2 ? 1 : 3)) % kClasses.size()];
            QVERIFY(Labels(*m_project).setLabel(r.id, annotators[a], classId.value(cls)));
        }
    }
}

void TestMillionPasses::splitByPathAsByHash_data()
{
    QTest::addColumn<double>("validation");
    QTest::addColumn<double>("testing");
    QTest::newRow("10/10") << 10.0 << 10.0;
    QTest::newRow("35/25") << 35.0 << 25.0;
}

void TestMillionPasses::splitByPathAsByHash()
{
    QFETCH(double, validation);
    QFETCH(double, testing);
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    m.validationPercent = validation;
    m.testingPercent = testing;
    const QHash<qint64, QString> expected = expectedSplits(*m_project, m);
    QVERIFY(expected.size() > 150 && expected.size() < 290);
    QSet<QString> used(expected.cbegin(), expected.cend());
    QCOMPARE(used.size(), 3);
    Splits splits(*m_project);
    qint64 changed = -1;
    QVERIFY(applySplitMethod(*m_project, m, splits, 0, &changed));
    QCOMPARE(changed, qint64(expected.size()));
    QCOMPARE(splits.splits(), expected);
    QCOMPARE(splits.method()->validationPercent, validation);
    QVERIFY(applySplitMethod(*m_project, m, splits, 0, &changed));
    QCOMPARE(changed, 0);
    QCOMPARE(splits.splits(), expected);
    // Two manual edits (one on a background sample, which gets no split) are undone and
    // are the only rows written.
    const qint64 edited = expected.cbegin().key();
    const QString other = expected.value(edited) == QLatin1String("testing")
                              ? QStringLiteral("training")
                              : QStringLiteral("testing");
    QVERIFY(splits.setSplit(edited, other));
    QVERIFY(splits.setSplit(m_records[4].id, QStringLiteral("training")));
    QVERIFY(applySplitMethod(*m_project, m, splits, 0, &changed));
    QCOMPARE(changed, 2);
    QCOMPARE(splits.splits(), expected);
}

void TestMillionPasses::assignAsciiAsAssign()
{
    QStringList names{QStringLiteral("a_nohash_0.wav"),
                      QStringLiteral("dir/sub/b_nohash_1.wav"),
                      QStringLiteral("no-marker.wav"),
                      QStringLiteral("x_nohash_y_nohash_z.wav"),
                      QStringLiteral("_nohash_.wav"),
                      QStringLiteral(""),
                      QStringLiteral("dir/"),
                      QStringLiteral("line\nbreak_nohash_1.wav"),
                      QStringLiteral("line_nohash_\nbreak.wav")};
    QRandomGenerator rng(7);
    for (int i = 0; i < 5000; ++i) {
        QString n;
        for (int k = 0; k < 4 + int(rng.bounded(30)); ++k)
            n += QChar(char(32 + rng.bounded(95)));
        names << n << n + QStringLiteral("_nohash_") + QString::number(i);
    }
    for (const auto& [v, t] : {std::pair{10.0, 10.0}, std::pair{33.3, 0.0}, std::pair{0.0, 50.0}}) {
        const SpeechCommandsSplit sc{v, t};
        for (const QString& n : names) {
            const QByteArray latin1 = n.toLatin1();
            QCOMPARE(sc.assignAscii(QLatin1StringView(latin1)), sc.assign(n));
        }
    }
}

void TestMillionPasses::classSplitCellsAsScan()
{
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    Splits splits(*m_project);
    QVERIFY(applySplitMethod(*m_project, m, splits));
    QVERIFY(splits.setSplit(m_records[2].id, QStringLiteral("validation"))); // unclassified
    QMap<QString, QMap<QString, qint64>> counts;
    QMap<QString, QMap<QString, double>> seconds;
    const SampleScan scan(*m_project);
    QVERIFY(scan.run([&](const ScannedSample& s) {
        if (s.kind == SampleKind::Background)
            return;
        const QString cls = effectiveClassOf(scan, s);
        ++counts[cls][s.split];
        seconds[cls][s.split] += s.durationSec;
    }));
    QVERIFY(counts.contains(QString()) && counts.value(QString()).contains(QString()));
    const auto cells = classSplitCells(scan, *m_project);
    QVERIFY(cells.isOk());
    QMap<QString, QMap<QString, qint64>> gotCounts;
    QMap<QString, QMap<QString, double>> gotSeconds;
    for (const ClassSplitCell& c : cells.value()) {
        gotCounts[scan.className(c.classId)][c.split] += c.count;
        gotSeconds[scan.className(c.classId)][c.split] += c.durationSec;
    }
    QCOMPARE(gotCounts, counts);
    QCOMPARE(gotSeconds, seconds);
    QMap<QString, QMap<QString, qint64>> withClass = counts;
    withClass.remove(QString());
    QCOMPARE(classSplitCounts(*m_project), withClass);
}

void TestMillionPasses::sampleTotalsAsBefore()
{
    const auto t = sampleTotals(*m_project);
    QVERIFY(t.isOk());
    QCOMPARE(t.value().samples, m_project->sampleCount());
    QCOMPARE(t.value().samples, qint64(m_records.size()));
    QCOMPARE(t.value().durationSec, m_project->totalDurationSec());
    QCOMPARE(t.value().kinds, sampleKindCounts(*m_project));
    QCOMPARE(t.value().kinds.size(), 3); // audio, background, image
}

namespace {

std::vector<ExportSnapshotItem> someItems(int n)
{
    std::vector<ExportSnapshotItem> items;
    const QStringList splits{QString(), QStringLiteral("training"), QStringLiteral("validation"),
                             QStringLiteral("testing"), QStringLiteral("odd split")};
    qint64 id = 0;
    for (int i = 0; i < n; ++i) {
        id += 1 + (i % 7 == 0 ? 5000000000LL : i % 3);
        ExportSnapshotItem it;
        it.sampleId = id;
        it.contentHash = i % 5 == 0   ? QString()
                         : i % 5 == 1 ? QStringLiteral("ABCDEF0123456789abcdef0123456789abcdef01")
                         : i % 5 == 2 ? QStringLiteral("not a hash, ü")
                                      : QStringLiteral("%1").arg(quint64(i) * 2654435761u, 40, 16,
                                                                 QLatin1Char('0'));
        it.path = i % 4 == 0 ? QStringLiteral("日本/a,b\n%1.wav").arg(i)
                             : QStringLiteral("yes/%1_nohash_0.wav").arg(i);
        it.className = i % 6 == 0 ? QString() : kClasses[i % kClasses.size()];
        it.split = splits[i % splits.size()];
        items.push_back(it);
    }
    return items;
}

void compareItems(const std::vector<ExportSnapshotItem>& got,
                  const std::vector<ExportSnapshotItem>& expected)
{
    QCOMPARE(got.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(got[i].sampleId, expected[i].sampleId);
        QCOMPARE(got[i].contentHash, expected[i].contentHash);
        QCOMPARE(got[i].path, expected[i].path);
        QCOMPARE(got[i].className, expected[i].className);
        QCOMPARE(got[i].split, expected[i].split);
    }
}

} // namespace

void TestMillionPasses::snapshotRoundTrip()
{
    const int n = ExportSnapshotWriter::kItemsPerChunk + 1234;
    const std::vector<ExportSnapshotItem> items = someItems(n);
    ExportSnapshotWriter w;
    for (const ExportSnapshotItem& it : items)
        w.add(it.sampleId, it.contentHash, it.path, it.className, it.split);
    QCOMPARE(w.itemCount(), qint64(n));
    QCOMPARE(w.chunks().size(), size_t(2));
    std::vector<ExportSnapshotItem> decoded;
    for (const ExportSnapshotWriter::Chunk& c : w.chunks())
        QVERIFY(detail::decodeExportSnapshot(c.bytes, &decoded));
    compareItems(decoded, items);
    // A hex hash in lower case is packed as 20 bytes: ~40 bytes an item less than text.
    QVERIFY(w.chunks()[0].bytes.size() < qsizetype(ExportSnapshotWriter::kItemsPerChunk) * 60);
    // Through the project: recorded, counted, read back, compared.
    auto id = Exports(*m_project).recordExportSnapshot(QStringLiteral("csv"), m_dir.path(), {}, w);
    QVERIFY(id.isOk());
    const auto stored = Exports(*m_project).items(id.value());
    QVERIFY(stored.isOk());
    compareItems(stored.value(), items);
    QCOMPARE(Exports(*m_project).versions().back().itemCount, n);
}

void TestMillionPasses::snapshotDamagedRefused()
{
    ExportSnapshotWriter w;
    for (const ExportSnapshotItem& it : someItems(40))
        w.add(it.sampleId, it.contentHash, it.path, it.className, it.split);
    const QByteArray good = w.chunks()[0].bytes;
    std::vector<ExportSnapshotItem> out;
    QVERIFY(detail::decodeExportSnapshot(good, &out));
    QCOMPARE(out.size(), size_t(40));
    // Cut inside the last item (its path is the last field, longer than 3 bytes), or
    // before the format byte: refused, nothing appended.
    for (qsizetype cut : {qsizetype(0), good.size() - 1, good.size() - 3}) {
        std::vector<ExportSnapshotItem> partial;
        QVERIFY2(!detail::decodeExportSnapshot(good.left(cut), &partial),
                 qPrintable(QString::number(cut)));
        QVERIFY(partial.empty());
    }
    QByteArray wrongFormat = good;
    wrongFormat[0] = char(2);
    QVERIFY(!detail::decodeExportSnapshot(wrongFormat, &out));
    QCOMPARE(out.size(), size_t(40)); // untouched
}

void TestMillionPasses::schema6SnapshotsMigrate()
{
    const QString path = m_project->path();
    // A version recorded row by row, as schema 6 did; then the file is made schema 6.
    std::vector<ExportSnapshotItem> old = someItems(30);
    auto first = Exports(*m_project).recordExport(QStringLiteral("csv"), m_dir.path(), {}, old);
    QVERIFY(first.isOk());
    {
        QSqlQuery q(m_project->db());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE export_snapshots")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 6")));
    }
    m_project.reset();
    auto reopened = Project::open(path);
    QVERIFY(reopened.isOk());
    Project& p = *reopened.value();
    QCOMPARE(p.schemaVersion(), schema::latestVersion());
    QVERIFY(schema::latestVersion() >= 7); // 7 packed snapshots; later ones migrate after it
    const auto before = Exports(p).items(first.value());
    QVERIFY(before.isOk());
    compareItems(before.value(), old);
    // A packed version beside it: one item relabelled, one gone, one new.
    ExportSnapshotWriter w;
    std::vector<ExportSnapshotItem> now(old.begin() + 1, old.end());
    now[3].className = QStringLiteral("relabelled");
    ExportSnapshotItem added = now.back();
    added.sampleId += 10;
    added.contentHash = QStringLiteral("new");
    now.push_back(added);
    for (const ExportSnapshotItem& it : now)
        w.add(it.sampleId, it.contentHash, it.path, it.className, it.split);
    auto second = Exports(p).recordExportSnapshot(QStringLiteral("csv"), m_dir.path(), {}, w);
    QVERIFY(second.isOk());
    const auto d = Exports(p).diff(first.value(), second.value());
    QVERIFY(d.isOk());
    QCOMPARE(d.value().added.size(), 1);
    QCOMPARE(d.value().removed.size(), 1);
    QCOMPARE(d.value().relabelled.size(), 1);
    QCOMPARE(d.value().unchanged, 28);
    QCOMPARE(Exports(p).versions().front().itemCount, 30);
}

QTEST_GUILESS_MAIN(TestMillionPasses)
#include "test_million_passes.moc"
