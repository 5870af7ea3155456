// Balance: counts, hours and percentages per class x dimension, warnings; undersample
// plans chosen by hash (deterministic, order-free, stable as data grows); oversample
// spread and augmentation parameters; class weights.
#include "splits/Balance.h"

#include <QCryptographicHash>
#include <QTest>
#include <algorithm>

using namespace tally;

namespace {

std::vector<BalanceItem> fixture()
{
    std::vector<BalanceItem> items;
    qint64 id = 1;
    auto add = [&](const QString& cls, const QString& split, int n, double sec) {
        for (int i = 0; i < n; ++i)
            items.push_back({id++, cls, split, split, sec});
    };
    add(QStringLiteral("yes"), QStringLiteral("training"), 80, 1.0);
    add(QStringLiteral("yes"), QStringLiteral("validation"), 10, 1.0);
    add(QStringLiteral("yes"), QStringLiteral("testing"), 10, 1.0);
    add(QStringLiteral("no"), QStringLiteral("training"), 36, 2.0);
    add(QStringLiteral("no"), QStringLiteral("validation"), 2, 2.0);
    add(QStringLiteral("no"), QStringLiteral("testing"), 2, 2.0);
    return items;
}

std::vector<RebalanceItem> rebalanceItems(const QString& cls, int n, int offset = 0)
{
    std::vector<RebalanceItem> out;
    for (int i = 0; i < n; ++i)
        out.push_back(
            {qint64(offset + i + 1), cls, QStringLiteral("%1/%2.wav").arg(cls).arg(offset + i)});
    return out;
}

} // namespace

class TestBalance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsHoursPercentages();
    void warnings();
    void noSplitWarningsWithoutSplits();
    void undersampleKeepsSmallestHashes();
    void undersampleDeterministicAndStable();
    void oversampleSpreadsCopies();
    void augmentationDeterministicInRange();
    void classWeights();
};

void TestBalance::countsHoursPercentages()
{
    const BalanceReport r = Balance::report(fixture(), QStringLiteral("split"));
    QCOMPARE(r.total.count, 140);
    QCOMPARE(r.total.seconds, 100.0 + 80.0);
    QCOMPARE(r.rows.size(), 2);
    const BalanceRow& no = r.rows[0]; // sorted by name
    QCOMPARE(no.className, QStringLiteral("no"));
    QCOMPARE(no.total.count, 40);
    QCOMPARE(no.total.hours(), 80.0 / 3600.0);
    QCOMPARE(no.byKey.value(QStringLiteral("validation")).count, 2);
    QCOMPARE(no.shareOfLargest, 0.4);
    QVERIFY(qAbs(no.percentOfAll - 100.0 * 40 / 140) < 1e-9);
    QCOMPARE(r.keys, (QStringList{QStringLiteral("testing"), QStringLiteral("training"),
                                  QStringLiteral("validation")}));
    const QJsonObject j = r.toJson();
    QCOMPARE(j.value(QStringLiteral("total")).toObject().value(QStringLiteral("count")).toInteger(),
             140);
}

void TestBalance::warnings()
{
    const BalanceReport r = Balance::report(fixture(), QStringLiteral("split"));
    // "no" is 40% of "yes" (< 50%), and has 2 validation and 2 testing samples (< 10).
    QCOMPARE(r.warnings.size(), 3);
    QCOMPARE(r.warnings[0].kind, BalanceWarning::Kind::ClassUnderShare);
    QCOMPARE(r.warnings[0].className, QStringLiteral("no"));
    QVERIFY(r.warnings[0].text.contains(QStringLiteral("40.0%")));
    QCOMPARE(r.warnings[1].kind, BalanceWarning::Kind::SplitTooSmall);
    QCOMPARE(r.warnings[1].split, QStringLiteral("validation"));
    QCOMPARE(r.warnings[1].count, 2);
    BalanceOptions lax;
    lax.minShareOfLargest = 0.3;
    lax.minPerSplit = 2;
    QVERIFY(Balance::report(fixture(), QStringLiteral("split"), lax).warnings.isEmpty());
}

void TestBalance::noSplitWarningsWithoutSplits()
{
    std::vector<BalanceItem> items;
    for (int i = 0; i < 5; ++i)
        items.push_back({i + 1, QStringLiteral("a"), QString(), QStringLiteral("female"), 1.0});
    const BalanceReport r = Balance::report(items, QStringLiteral("gender"));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.rows[0].byKey.value(QStringLiteral("female")).count, 5);
}

void TestBalance::undersampleKeepsSmallestHashes()
{
    auto items = rebalanceItems(QStringLiteral("big"), 50);
    const auto small = rebalanceItems(QStringLiteral("small"), 5, 100);
    items.insert(items.end(), small.begin(), small.end());
    const UndersamplePlan plan = Balance::planUndersample(items, 20);
    QCOMPARE(plan.before.value(QStringLiteral("big")), 50);
    QCOMPARE(plan.after.value(QStringLiteral("big")), 20);
    QCOMPARE(plan.after.value(QStringLiteral("small")), 5);
    QCOMPARE(plan.dropped.size(), 30);
    // Independently: the 20 kept are those with the 20 smallest SHA-1 digests.
    std::vector<std::pair<QByteArray, qint64>> ranked;
    for (const RebalanceItem& it : items)
        if (it.className == QLatin1String("big"))
            ranked.emplace_back(
                QCryptographicHash::hash(it.hashKey.toUtf8(), QCryptographicHash::Sha1),
                it.sampleId);
    std::sort(ranked.begin(), ranked.end());
    for (size_t i = 0; i < ranked.size(); ++i)
        QCOMPARE(plan.dropped.contains(ranked[i].second), i >= 20);
}

void TestBalance::undersampleDeterministicAndStable()
{
    auto items = rebalanceItems(QStringLiteral("c"), 200);
    const UndersamplePlan a = Balance::planUndersample(items, 50);
    std::reverse(items.begin(), items.end());
    QCOMPARE(Balance::planUndersample(items, 50).dropped, a.dropped);
    // Grow the class: of the samples kept before, only those outranked by new ones drop.
    const auto more = rebalanceItems(QStringLiteral("c"), 20, 1000);
    items.insert(items.end(), more.begin(), more.end());
    const UndersamplePlan b = Balance::planUndersample(items, 50);
    int keptBeforeDroppedNow = 0, newKept = 0;
    for (qint64 id = 1; id <= 200; ++id)
        keptBeforeDroppedNow += (!a.dropped.contains(id) && b.dropped.contains(id)) ? 1 : 0;
    for (const RebalanceItem& it : more)
        newKept += b.dropped.contains(it.sampleId) ? 0 : 1;
    QCOMPARE(keptBeforeDroppedNow, newKept);
    for (qint64 id = 1; id <= 200; ++id)
        if (a.dropped.contains(id))
            QVERIFY(b.dropped.contains(id)); // a dropped sample never comes back
}

void TestBalance::oversampleSpreadsCopies()
{
    auto items = rebalanceItems(QStringLiteral("big"), 30);
    const auto small = rebalanceItems(QStringLiteral("small"), 7, 100);
    items.insert(items.end(), small.begin(), small.end());
    const OversamplePlan plan = Balance::planOversample(items, 0);
    QCOMPARE(plan.target, 30);
    QCOMPARE(plan.classes.value(QStringLiteral("small")).copies, 23);
    QCOMPARE(plan.classes.value(QStringLiteral("big")).copies, 0);
    int total = 0, three = 0, four = 0;
    for (const RebalanceItem& it : small) {
        const int k = plan.copiesOf.value(it.sampleId);
        total += k;
        three += k == 3;
        four += k == 4;
    }
    QCOMPARE(total, 23); // 23 = 7 * 3 + 2
    QCOMPARE(three, 5);
    QCOMPARE(four, 2);
}

void TestBalance::augmentationDeterministicInRange()
{
    const AugmentationParams p;
    int mixed = 0;
    for (int i = 0; i < 1000; ++i) {
        const AugmentedCopy c = Balance::augmentation(QStringLiteral("abc"), i, p);
        const AugmentedCopy again = Balance::augmentation(QStringLiteral("abc"), i, p);
        QCOMPARE(c.gainDb, again.gainDb);
        QCOMPARE(c.timeShiftSec, again.timeShiftSec);
        QVERIFY(c.timeShiftSec >= -p.maxTimeShiftSec && c.timeShiftSec <= p.maxTimeShiftSec);
        QVERIFY(c.gainDb >= p.minGainDb && c.gainDb <= p.maxGainDb);
        if (c.mixBackground) {
            ++mixed;
            QVERIFY(c.snrDb >= p.minSnrDb && c.snrDb <= p.maxSnrDb);
        }
    }
    QVERIFY(mixed > 740 && mixed < 860); // probability 0.8
}

void TestBalance::classWeights()
{
    const QMap<QString, qint64> counts{{QStringLiteral("a"), 100},
                                       {QStringLiteral("b"), 50},
                                       {QStringLiteral("c"), 10},
                                       {QStringLiteral("empty"), 0}};
    const auto w = Balance::classWeights(counts);
    QCOMPARE(w.size(), 3);
    // n_total = 160, n_classes = 3
    QVERIFY(qAbs(w.value(QStringLiteral("a")) - 160.0 / 300.0) < 1e-12);
    QVERIFY(qAbs(w.value(QStringLiteral("b")) - 160.0 / 150.0) < 1e-12);
    QVERIFY(qAbs(w.value(QStringLiteral("c")) - 160.0 / 30.0) < 1e-12);
}

QTEST_GUILESS_MAIN(TestBalance)
#include "test_balance.moc"
