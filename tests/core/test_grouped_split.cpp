// GroupedSplit on synthetic datasets: no group in two splits, per-class proportions
// near the targets, the same result for the same seed (whatever the item order), a
// different (but equally valid) result for another seed; and the Splits store: bulk
// write with method record and audit, leaks after a manual edit.
#include "splits/GroupedSplit.h"
#include "store/Project.h"
#include "store/Splits.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace tally;

namespace {

// speakers speakers, each with 1..maxPerSpeaker clips of random classes (class sizes
// unequal: class k is chosen with weight k + 1).
std::vector<GroupedSplitItem> synthetic(int speakers, int maxPerSpeaker, int classes, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<GroupedSplitItem> items;
    qint64 id = 1;
    const int weightSum = classes * (classes + 1) / 2;
    for (int s = 0; s < speakers; ++s) {
        const int n = 1 + int(rng.bounded(maxPerSpeaker));
        for (int i = 0; i < n; ++i) {
            int pick = int(rng.bounded(weightSum)), c = 0;
            while (pick >= c + 1) {
                pick -= c + 1;
                ++c;
            }
            items.push_back(
                {id++, QStringLiteral("spk%1").arg(s), QStringLiteral("class%1").arg(c)});
        }
    }
    return items;
}

bool noLeak(const std::vector<GroupedSplitItem>& items, const QHash<qint64, Split>& out)
{
    QHash<QString, Split> of;
    for (const GroupedSplitItem& it : items) {
        if (!out.contains(it.sampleId))
            return false;
        const auto found = of.constFind(it.group);
        if (found != of.cend() && *found != out.value(it.sampleId))
            return false;
        of.insert(it.group, out.value(it.sampleId));
    }
    return true;
}

} // namespace

class TestGroupedSplit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noGroupInTwoSplits();
    void proportionsPerClass_data();
    void proportionsPerClass();
    void deterministicPerSeedAndOrder();
    void otherSeedDiffersButValid();
    void emptyGroupIsOwnGroup();
    void zeroTestingLeavesTestingEmpty();
    void storeWritesMethodAuditAndFindsLeaks();
    void storeRefusesUnknownSplitOrSample();
    void storeLicenceBulkEdit();
};

void TestGroupedSplit::noGroupInTwoSplits()
{
    const auto items = synthetic(300, 20, 5, 1);
    QVERIFY(noLeak(items, GroupedSplit::assign(items, {10, 10, 42})));
}

void TestGroupedSplit::proportionsPerClass_data()
{
    QTest::addColumn<double>("validation");
    QTest::addColumn<double>("testing");
    QTest::newRow("10/10") << 10.0 << 10.0;
    QTest::newRow("20/10") << 20.0 << 10.0;
    QTest::newRow("15/0") << 15.0 << 0.0;
}

// 400 speakers with up to 12 clips each: every class within 2.5 points of its targets.
void TestGroupedSplit::proportionsPerClass()
{
    QFETCH(double, validation);
    QFETCH(double, testing);
    const auto items = synthetic(400, 12, 4, 7);
    const auto out = GroupedSplit::assign(items, {validation, testing, 3});
    QVERIFY(noLeak(items, out));
    QHash<QString, std::array<int, 3>> counts;
    for (const GroupedSplitItem& it : items)
        ++counts[it.className][size_t(out.value(it.sampleId))];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double n = it.value()[0] + it.value()[1] + it.value()[2];
        const double v = 100.0 * it.value()[size_t(Split::Validation)] / n;
        const double t = 100.0 * it.value()[size_t(Split::Testing)] / n;
        QVERIFY2(qAbs(v - validation) < 2.5,
                 qPrintable(QStringLiteral("%1 validation %2%").arg(it.key()).arg(v)));
        QVERIFY2(qAbs(t - testing) < 2.5,
                 qPrintable(QStringLiteral("%1 testing %2%").arg(it.key()).arg(t)));
    }
}

void TestGroupedSplit::deterministicPerSeedAndOrder()
{
    auto items = synthetic(200, 10, 3, 5);
    const auto a = GroupedSplit::assign(items, {10, 10, 9});
    std::reverse(items.begin(), items.end());
    const auto b = GroupedSplit::assign(items, {10, 10, 9});
    QCOMPARE(a, b);
    QCOMPARE(GroupedSplit::groupHash(9, QStringLiteral("spk1")),
             GroupedSplit::groupHash(9, QStringLiteral("spk1")));
    QVERIFY(GroupedSplit::groupHash(9, QStringLiteral("spk1")) !=
            GroupedSplit::groupHash(10, QStringLiteral("spk1")));
}

void TestGroupedSplit::otherSeedDiffersButValid()
{
    const auto items = synthetic(300, 10, 3, 11);
    const auto a = GroupedSplit::assign(items, {10, 10, 1});
    const auto b = GroupedSplit::assign(items, {10, 10, 2});
    QVERIFY(a != b);
    QVERIFY(noLeak(items, b));
    int validation = 0;
    for (Split s : b)
        validation += s == Split::Validation ? 1 : 0;
    QVERIFY(qAbs(100.0 * validation / double(items.size()) - 10.0) < 2.0);
}

void TestGroupedSplit::emptyGroupIsOwnGroup()
{
    std::vector<GroupedSplitItem> items;
    for (int i = 1; i <= 1000; ++i)
        items.push_back({i, QString(), QStringLiteral("c")});
    const auto out = GroupedSplit::assign(items, {10, 10, 0});
    int v = 0, t = 0;
    for (Split s : out) {
        v += s == Split::Validation;
        t += s == Split::Testing;
    }
    QCOMPARE(v, 100);
    QCOMPARE(t, 100);
}

void TestGroupedSplit::zeroTestingLeavesTestingEmpty()
{
    const auto items = synthetic(100, 5, 2, 3);
    for (Split s : GroupedSplit::assign(items, {20, 0, 4}))
        QVERIFY(s != Split::Testing);
}

void TestGroupedSplit::storeWritesMethodAuditAndFindsLeaks()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("g.tally")));
    QVERIFY(p.isOk());
    std::vector<SampleRecord> records;
    for (int i = 0; i < 6; ++i) {
        SampleRecord r;
        r.path = QStringLiteral("c/%1.wav").arg(i);
        r.className = QStringLiteral("c");
        r.groupKey = QStringLiteral("spk%1").arg(i / 2);
        records.push_back(r);
    }
    QVERIFY(p.value()->insertSamples(records));
    Splits splits(*p.value());
    QHash<qint64, QString> assign;
    for (const SampleRecord& r : records)
        assign.insert(r.id, r.groupKey == QLatin1String("spk0") ? QStringLiteral("validation")
                                                                : QStringLiteral("training"));
    SplitMethod m{QStringLiteral("grouped"), 30, 0, 77, QStringLiteral("speaker"), {}};
    QVERIFY(splits.setSplits(assign, m));
    QCOMPARE(splits.splitOf(records[0].id), QStringLiteral("validation"));
    QCOMPARE(splits.splits().size(), 6);
    const auto saved = splits.method();
    QVERIFY(saved.has_value());
    QCOMPARE(saved->method, QStringLiteral("grouped"));
    QCOMPARE(saved->seed, quint64(77));
    QCOMPARE(saved->groupKey, QStringLiteral("speaker"));
    QVERIFY(!saved->at.isEmpty());
    QVERIFY(splits.leaks().isEmpty());
    QSqlQuery q(p.value()->db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'split'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    QVERIFY(splits.setSplit(records[1].id, QStringLiteral("testing"))); // manual edit: spk0 leaks
    const QList<SplitLeak> leaks = splits.leaks();
    QCOMPARE(leaks.size(), 1);
    QCOMPARE(leaks.first().group, QStringLiteral("spk0"));
    QCOMPARE(leaks.first().samplesPerSplit.value(QStringLiteral("validation")), 1);
    QCOMPARE(leaks.first().samplesPerSplit.value(QStringLiteral("testing")), 1);
    QHash<qint64, QString> classOf;
    for (const SampleRecord& r : records)
        classOf.insert(r.id, r.className);
    const auto counts = Splits::countsByClassAndSplit(classOf, splits.splits());
    QCOMPARE(counts.value(QStringLiteral("c")).value(QStringLiteral("training")), 4);
    QVERIFY(splits.clearSplits());
    QVERIFY(splits.splits().isEmpty());
    QVERIFY(!splits.method().has_value());
}

void TestGroupedSplit::storeRefusesUnknownSplitOrSample()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("r.tally")));
    QVERIFY(p.isOk());
    std::vector<SampleRecord> records(1);
    records[0].path = QStringLiteral("a.wav");
    QVERIFY(p.value()->insertSamples(records));
    Splits splits(*p.value());
    QVERIFY(!splits.setSplits({{records[0].id, QStringLiteral("train")}}, {}));
    QVERIFY(!splits.setSplits(
        {{records[0].id, QStringLiteral("training")}, {999, QStringLiteral("testing")}}, {}));
    QVERIFY(splits.splits().isEmpty()); // all or nothing
    QVERIFY(!splits.method().has_value());
}

void TestGroupedSplit::storeLicenceBulkEdit()
{
    QTemporaryDir dir;
    auto p = Project::create(dir.filePath(QStringLiteral("l.tally")));
    QVERIFY(p.isOk());
    std::vector<SampleRecord> records(4);
    for (int i = 0; i < 4; ++i)
        records[size_t(i)].path = QStringLiteral("%1.wav").arg(i);
    QVERIFY(p.value()->insertSamples(records));
    Splits splits(*p.value());
    const QList<qint64> ids{records[0].id, records[1].id, records[2].id};
    QVERIFY(splits.setLicence(ids, QStringLiteral("CC-BY-4.0")));
    QVERIFY(splits.setSource(ids, QStringLiteral("Field recordings")));
    QVERIFY(splits.setOwner({records[0].id}, QStringLiteral("Ana")));
    QVERIFY(splits.setConsent({records[0].id, records[3].id}, true));
    QVERIFY(!splits.setLicence({records[3].id, 12345},
                               QStringLiteral("CC0-1.0"))); // unknown id: nothing written
    const auto counts = splits.licenceCounts();
    QCOMPARE(counts.value(QStringLiteral("CC-BY-4.0")), 3);
    QCOMPARE(counts.value(QString()), 1);
    QCOMPARE(splits.licenceSourceCounts()
                 .value(QStringLiteral("CC-BY-4.0"))
                 .value(QStringLiteral("Field recordings")),
             3);
    const QList<SampleRights> rights = splits.rights();
    QCOMPARE(rights.size(), 4);
    QCOMPARE(rights[0].owner, QStringLiteral("Ana"));
    QCOMPARE(rights[0].consent, std::optional<bool>(true));
    QCOMPARE(rights[1].consent, std::optional<bool>());
    QVERIFY(splits.setLicence({records[0].id}, QString())); // clears
    QCOMPARE(splits.licenceCounts().value(QString()), 2);
    QSqlQuery q(p.value()->db());
    QVERIFY(
        q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM audit WHERE action IN ('licence','source','owner','consent')")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestGroupedSplit)
#include "test_grouped_split.moc"
