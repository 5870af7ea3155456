// Issue 11, "A million samples": the whole-project passes that now stream rows and let
// SQL aggregate give the answers the old in-memory code gave, on a seeded project with
// every case in it (imported classes, labelled-only samples with ties and a unicode
// class name, background, images with boxes with and without a class, nested metadata,
// licences, speakers, a manual split edit that makes a leak):
//   effective classes (SampleScan) = the old per-annotator vote count;
//   stats: kind counts and box counts by SQL = counted from every record;
//   split: class x split counts, split totals and leaks by SQL = from the hashes;
//     setSplits writes only changed rows and says how many;
//   balance: the aggregated report = the per-sample report, for split, status, metadata;
//   CSV export streamed = the in-memory manifest, card, attribution and version items;
//   import: a file already stored is found by its indexed path, not by loading samples;
//   schema 6: an older file gains the (group_key, split) index when opened.
#include "TestSupport.h"
#include "formats/DatasetCard.h"
#include "formats/ExportReviewInputs.h"
#include "formats/ManifestExporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "splits/BalanceItems.h"
#include "splits/EffectiveClass.h"
#include "splits/SpeechCommandsSplit.h"
#include "splits/SplitAssignment.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Exports.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/SampleMeta.h"
#include "store/SampleScan.h"
#include "store/Schema.h"
#include "store/Splits.h"
#include "store/Votes.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tally;

class TestStreamedPasses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void effectiveClassesAsBefore();
    void statsBySql();
    void splitCountsAndLeaksBySql();
    void setSplitsWritesOnlyChanges();
    void balanceAggregatedAsPerSample_data();
    void balanceAggregatedAsPerSample();
    void csvStreamedAsInMemory();
    void importFindsStoredPaths();
    void migrationAddsGroupSplitIndex();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::vector<SampleRecord> m_records;
};

namespace {

const QStringList kClasses{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("Äpfel"),
                           QStringLiteral("up")};

// The old rule (splits/EffectiveClass before issue 11): per annotator, then QMap votes.
QHash<qint64, QString> effectiveClassesTheOldWay(Project& project)
{
    QHash<qint64, QMap<QString, int>> votes;
    for (const AnnotatorRecord& a : Annotators(project).annotators()) {
        const QHash<qint64, QString> labels = Labels(project).labelNamesBy(a.id);
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            ++votes[it.key()][it.value()];
    }
    QHash<qint64, QString> out;
    for (const SampleRecord& s : project.samples()) {
        if (s.kind == SampleKind::Background)
            continue;
        if (!s.className.isEmpty()) {
            out.insert(s.id, s.className);
            continue;
        }
        QString best;
        int bestVotes = 0;
        for (auto it = votes.value(s.id).cbegin(); it != votes.value(s.id).cend(); ++it)
            if (it.value() > bestVotes) {
                best = it.key();
                bestVotes = it.value();
            }
        if (!best.isEmpty())
            out.insert(s.id, best);
    }
    return out;
}

} // namespace

// 240 samples: 60 speakers x 4; every 7th without an imported class (labelled by up to
// three annotators, ties included), every 11th background, every 13th an image with
// boxes, every 5th with nested metadata, three licences.
void TestStreamedPasses::init()
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1.tally").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    auto p = Project::create(path);
    QVERIFY(p.isOk());
    m_project = std::move(p).value();
    Project& project = *m_project;
    m_records.clear();
    std::vector<SampleExtras> extras;
    QRandomGenerator rng(11);
    for (int i = 0; i < 240; ++i) {
        SampleRecord r;
        const QString cls = kClasses[i % kClasses.size()];
        r.groupKey = QStringLiteral("spk%1").arg(i / 4);
        r.path = QStringLiteral("%1/%2_nohash_%3.wav").arg(cls, r.groupKey).arg(i % 4);
        r.className = i % 7 == 3 ? QString() : cls;
        r.contentHash = QStringLiteral("%1").arg(rng.generate64(), 16, 16, QLatin1Char('0'));
        r.durationSec = 0.5 + (i % 5) * 0.25;
        r.licence = i % 3 == 0   ? QStringLiteral("CC-BY-4.0")
                    : i % 3 == 1 ? QString()
                                 : QStringLiteral("CC0-1.0");
        r.source = i % 6 == 0 ? QStringLiteral("field, \"day 2\"") : QStringLiteral("lab");
        if (i % 11 == 5) {
            r.kind = SampleKind::Background;
            r.className.clear();
            r.groupKey.clear();
            r.path = QStringLiteral("_background_noise_/n%1.wav").arg(i);
        } else if (i % 13 == 6) {
            r = test::imageRecord(QStringLiteral("img/%1.png").arg(i), 64, 48);
            r.className = i % 2 ? cls : QString();
            r.groupKey = QStringLiteral("spk%1").arg(i / 4);
        }
        SampleExtras x;
        if (i % 5 == 1)
            x.metadata = QJsonObject{
                {QStringLiteral("gender"), i % 2 ? "female" : "male"},
                {QStringLiteral("speaker"), QJsonObject{{QStringLiteral("age"), 20 + i % 30}}},
                {QStringLiteral("split"), QStringLiteral("meta-split")}};
        m_records.push_back(r);
        extras.push_back(x);
    }
    QVERIFY(SampleMeta(project).insertSamples(m_records, extras));
    QList<qint64> annotators;
    for (const QString& who : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")})
        annotators << Annotators(project).ensureAnnotator(who, AnnotatorRole::Annotator).value().id;
    QHash<QString, qint64> classId;
    for (const ClassRecord& c : Classes(project).classes())
        classId.insert(c.name, c.id);
    for (size_t i = 0; i < m_records.size(); ++i) {
        const SampleRecord& r = m_records[i];
        if (r.kind == SampleKind::Background)
            continue;
        // Labels: on unclassified samples 1..3 annotators (some tie 1:1), on others a few.
        const int n = r.className.isEmpty() ? 1 + int(i % 3) : (i % 4 == 0 ? 1 : 0);
        for (int a = 0; a < n; ++a) {
            const QString cls = kClasses[(i + size_t(a) * (i % 2 ? 1 : 2)) % kClasses.size()];
            QVERIFY(Labels(project).setLabel(r.id, annotators[a], classId.value(cls)));
        }
        if (i % 9 == 0)
            QVERIFY(Votes(project).setVote(r.id, annotators[1], i % 2 == 0));
        if (r.kind == SampleKind::Image)
            for (int b = 0; b < 3; ++b) {
                BoxRecord box;
                box.sampleId = r.id;
                box.annotatorId = annotators[b % 2];
                box.classId = b == 2 ? 0 : classId.value(kClasses[b]);
                box.x = b;
                box.y = b;
                box.w = 10;
                box.h = 8;
                QVERIFY(Boxes(project).addBox(box));
            }
    }
}

void TestStreamedPasses::effectiveClassesAsBefore()
{
    const QHash<qint64, QString> expected = effectiveClassesTheOldWay(*m_project);
    QVERIFY(expected.size() > 150);
    QCOMPARE(effectiveClasses(*m_project), expected);
}

void TestStreamedPasses::statsBySql()
{
    QMap<SampleKind, qint64> kinds;
    for (const SampleRecord& r : m_project->samples())
        ++kinds[r.kind];
    QCOMPARE(sampleKindCounts(*m_project), kinds);
    QVERIFY(kinds.value(SampleKind::Background) > 0 && kinds.value(SampleKind::Image) > 0);
    QMap<QString, qint64> boxes;
    for (const BoxRecord& b : Boxes(*m_project).allBoxes())
        ++boxes[b.className];
    QCOMPARE(Boxes(*m_project).countsByClass(), boxes);
    QVERIFY(boxes.contains(QString()));
}

void TestStreamedPasses::splitCountsAndLeaksBySql()
{
    Splits splits(*m_project);
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    const QHash<qint64, QString> classOf = effectiveClasses(*m_project);
    QVERIFY(splits.setSplits(assignSplits(*m_project, classOf, m, splits), m));
    // Manual edits: two more speakers leak.
    for (int i : {1, 9}) {
        const QString now = splits.splitOf(m_records[size_t(i)].id);
        QVERIFY(splits.setSplit(m_records[size_t(i)].id, now == QLatin1String("testing")
                                                             ? QStringLiteral("training")
                                                             : QStringLiteral("testing")));
    }
    QCOMPARE(classSplitCounts(*m_project),
             Splits::countsByClassAndSplit(effectiveClasses(*m_project), splits.splits()));
    QMap<QString, qint64> totals;
    for (const QString& s : splits.splits())
        ++totals[s];
    QCOMPARE(splits.splitCounts(), totals);
    const QList<SplitLeak> expected = splits.leaks(splits.groupKeys());
    QVERIFY(expected.size() >= 2); // the two edits, and images filed under a speaker
    const QList<SplitLeak> leaks = splits.leaks();
    QCOMPARE(leaks.size(), expected.size());
    for (int i = 0; i < leaks.size(); ++i) {
        QCOMPARE(leaks[i].group, expected[i].group);
        QCOMPARE(leaks[i].samplesPerSplit, expected[i].samplesPerSplit);
    }
}

void TestStreamedPasses::setSplitsWritesOnlyChanges()
{
    Splits splits(*m_project);
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    const QHash<qint64, QString> assigned =
        assignSplits(*m_project, effectiveClasses(*m_project), m, splits);
    qint64 withSplit = 0;
    for (const QString& s : assigned)
        withSplit += s.isEmpty() ? 0 : 1;
    qint64 changed = -1;
    QVERIFY(splits.setSplits(assigned, m, 0, &changed));
    QCOMPARE(changed, withSplit);
    QVERIFY(splits.setSplits(assigned, m, 0, &changed));
    QCOMPARE(changed, 0);
    QHash<qint64, QString> one = assigned;
    const qint64 id = m_records[0].id;
    one[id] = assigned.value(id) == QLatin1String("testing") ? QStringLiteral("validation")
                                                             : QStringLiteral("testing");
    QVERIFY(splits.setSplits(one, m, 0, &changed));
    QCOMPARE(changed, 1);
    QHash<qint64, QString> stored;
    for (auto it = one.cbegin(); it != one.cend(); ++it)
        if (!it.value().isEmpty())
            stored.insert(it.key(), it.value());
    QCOMPARE(splits.splits(), stored);
    // An unknown id refuses the whole edit: nothing is written.
    QHash<qint64, QString> bad{{id, assigned.value(id)}, {999999, QStringLiteral("training")}};
    QVERIFY(!splits.setSplits(bad, m, 0, &changed));
    QCOMPARE(changed, 0);
    QCOMPARE(splits.splitOf(id), one.value(id));
}

void TestStreamedPasses::balanceAggregatedAsPerSample_data()
{
    QTest::addColumn<QString>("by");
    QTest::newRow("split") << QStringLiteral("split");
    QTest::newRow("status") << QStringLiteral("status");
    QTest::newRow("gender") << QStringLiteral("gender");
}

void TestStreamedPasses::balanceAggregatedAsPerSample()
{
    QFETCH(QString, by);
    Splits splits(*m_project);
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    QVERIFY(splits.setSplits(assignSplits(*m_project, effectiveClasses(*m_project), m, splits), m));
    const BalanceInputs perSample = gatherBalanceInputs(*m_project, by);
    const BalanceInputs cells = gatherBalanceInputs(*m_project, by, {false, false});
    QVERIFY(cells.items.size() < perSample.items.size() / 4);
    QVERIFY(cells.all.empty() && cells.training.empty());
    const BalanceOptions options{0.9, 30};
    const QJsonObject expected = Balance::report(perSample.items, by, options).toJson();
    QCOMPARE(Balance::report(cells.items, by, options).toJson(), expected);
    QVERIFY(!expected.value(QStringLiteral("warnings")).toArray().isEmpty());
    const BalanceInputs withPlans = gatherBalanceInputs(*m_project, by, {false, true});
    QCOMPARE(withPlans.all.size(), perSample.all.size());
    QCOMPARE(withPlans.training.size(), perSample.training.size());
}

void TestStreamedPasses::csvStreamedAsInMemory()
{
    Splits splits(*m_project);
    SplitMethod m;
    m.method = QStringLiteral("speech-commands");
    QVERIFY(splits.setSplits(assignSplits(*m_project, effectiveClasses(*m_project), m, splits), m));
    const ExportInputs inputs = exportInputsFromReview(*m_project);
    ExportFilter filter;
    filter.allowedLicences = {QStringLiteral("CC-BY-4.0"), QStringLiteral("NOASSERTION")};
    auto selected = selectForExport(*m_project, filter, inputs);
    QVERIFY(selected.isOk());
    const std::vector<ExportItem>& items = selected.value().items;
    QVERIFY(items.size() > 40);
    ManifestOptions o;
    o.folder = m_dir.filePath(QStringLiteral("csv-out"));
    o.filter = filter;
    const ExportReport report = ManifestExporter::run(*m_project, o, inputs);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QCOMPARE(report.written, int(items.size()));
    QCOMPARE(report.skipped, selected.value().skipped());
    const auto read = [&](const QString& name) {
        QFile f(o.folder + u'/' + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray csv = ManifestExporter::csv(items, ManifestPaths::SourcePath);
    QVERIFY(csv.contains("speaker.age") && csv.contains("metadata.split"));
    QCOMPARE(read(ManifestExporter::csvFileName()), csv);
    QCOMPARE(read(DatasetCard::attributionFileName()), DatasetCard::attribution(items).toUtf8());
    const DatasetCardInfo info = DatasetCard::infoFor(
        *m_project, QStringLiteral("csv"),
        QJsonObject{{QStringLiteral("paths"), QStringLiteral("project files")},
                    {QStringLiteral("allowed_licences"), filter.allowedLicences.join(u',')},
                    {QStringLiteral("status_filter"), false}},
        inputs);
    const auto withoutTime = [](const QByteArray& md) {
        QList<QByteArray> lines = md.split('\n');
        lines.removeIf([](const QByteArray& l) { return l.startsWith("- Exported:"); });
        return lines;
    };
    QCOMPARE(withoutTime(read(DatasetCard::cardFileName())),
             withoutTime(DatasetCard::markdown(items, info).toUtf8()));
    const auto stored = Exports(*m_project).items(report.version);
    QVERIFY(stored.isOk());
    const std::vector<ExportSnapshotItem> expected = exportSnapshot(items);
    QCOMPARE(stored.value().size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(stored.value()[i].sampleId, expected[i].sampleId);
        QCOMPARE(stored.value()[i].path, expected[i].path);
        QCOMPARE(stored.value()[i].contentHash, expected[i].contentHash);
        QCOMPARE(stored.value()[i].className, expected[i].className);
        QCOMPARE(stored.value()[i].split, expected[i].split);
    }
}

void TestStreamedPasses::importFindsStoredPaths()
{
    const QString root = m_dir.filePath(QStringLiteral("incoming"));
    const Signal tone = test::sine(440.0, 0.3, 16000, 8000);
    for (const char* name : {"yes/a_nohash_0.wav", "no/b_nohash_0.wav"})
        QVERIFY(test::writeWav(root + u'/' + QLatin1String(name), tone));
    ImportReport first = SpeechCommandsImporter::run(*m_project, root, {});
    QCOMPARE(first.imported, 2);
    QCOMPARE(first.duplicates, 0);
    QVERIFY(test::writeWav(root + QStringLiteral("/up/c_nohash_0.wav"), tone));
    const qint64 before = m_project->sampleCount();
    ImportReport second = SpeechCommandsImporter::run(*m_project, root, {});
    QCOMPARE(second.imported, 1);
    QCOMPARE(second.duplicates, 2);
    QVERIFY(second.errors.isEmpty());
    QCOMPARE(m_project->sampleCount(), before + 1);
}

void TestStreamedPasses::migrationAddsGroupSplitIndex()
{
    const QString path = m_project->path();
    {
        QSqlQuery q(m_project->db());
        QVERIFY(q.exec(QStringLiteral("DROP INDEX samples_group_split")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE export_snapshots"))); // a schema 5 file: none
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
    }
    m_project.reset();
    auto reopened = Project::open(path);
    QVERIFY(reopened.isOk());
    QCOMPARE(reopened.value()->schemaVersion(), schema::latestVersion());
    QVERIFY(schema::latestVersion() >= 6); // 7 packed export snapshots, 8 quality
    QSqlQuery q(reopened.value()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                  "name = 'samples_group_split'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(Splits(*reopened.value()).leaks().size(), 0);
}

QTEST_GUILESS_MAIN(TestStreamedPasses)
#include "test_streamed_passes.moc"
