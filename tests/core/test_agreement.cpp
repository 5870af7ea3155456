// Agreement statistics (core/review/Agreement) against hand-worked textbook examples
// and published values: Cohen's kappa and Fleiss' kappa (the Wikipedia examples),
// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability") and confusion matrices. Regions: test_region_agreement.cpp.
#include "review/Agreement.h"

#include <QTest>
#include <cmath>

using namespace tally;

namespace {

constexpr qint64 kYes = 1;
constexpr qint64 kNo = 2;

// Two raters (ids 10 and 20) over items made from a 2×2 table of counts:
// yy = both yes, yn = A yes B no, ny = A no B yes, nn = both no.
RatingTable twoByTwo(int yy, int yn, int ny, int nn)
{
    QList<Rating> ratings;
    qint64 item = 1;
    auto add = [&](int count, qint64 a, qint64 b) {
        for (int i = 0; i < count; ++i, ++item) {
            ratings.append({item, 10, a});
            ratings.append({item, 20, b});
        }
    };
    add(yy, kYes, kYes);
    add(yn, kYes, kNo);
    add(ny, kNo, kYes);
    add(nn, kNo, kNo);
    return RatingTable::fromRatings(ratings);
}

// An items × raters table from per-item category counts (Fleiss' layout): item i gets
// counts[i][j] ratings of category j + 1, from raters 1, 2, … in turn.
RatingTable fromCounts(const QList<QList<int>>& counts)
{
    QList<Rating> ratings;
    for (int i = 0; i < counts.size(); ++i) {
        qint64 rater = 1;
        for (int j = 0; j < counts[i].size(); ++j) {
            for (int k = 0; k < counts[i][j]; ++k)
                ratings.append({i + 1, rater++, j + 1});
        }
    }
    return RatingTable::fromRatings(ratings);
}

// Krippendorff (2011), section C: 4 observers × 12 units, nominal, missing values (0).
RatingTable krippendorff2011()
{
    const QList<QList<qint64>> byObserver = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
        {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
    };
    QList<Rating> ratings;
    for (int obs = 0; obs < byObserver.size(); ++obs) {
        for (int unit = 0; unit < byObserver[obs].size(); ++unit)
            ratings.append({unit + 1, obs + 1, byObserver[obs][unit]});
    }
    return RatingTable::fromRatings(ratings);
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromRatingsBuildsTheTable();
    void cohen_data();
    void cohen();
    void cohenKappaUsesOnlyItemsBothRated();
    void pairwiseCohenKappaListsEveryPair();
    void fleissKappaWikipedia();
    void fleissKappaUnequalCounts();
    void fleissKappaPerfectAndUndefined();
    void krippendorffAlpha2011();
    void krippendorffAlphaBinary();
    void krippendorffAlphaPerfectAndUndefined();
    void percentAndPairwiseAgreement();
    void oneVsRestRecodes();
    void confusion();
};

void TestAgreement::fromRatingsBuildsTheTable()
{
    const RatingTable t = RatingTable::fromRatings(
        {{30, 7, 2}, {10, 5, 1}, {30, 5, 3}, {10, 5, 4}, {20, 9, 0}, {20, 5, 1}});
    QVERIFY(t.isValid());
    QCOMPARE(t.items, (QList<qint64>{10, 20, 30})); // rating of 9 on 20 was category 0
    QCOMPARE(t.raters, (QList<qint64>{5, 7}));
    QCOMPARE(t.cells[0], (std::vector<qint64>{4, 0})); // the later rating wins
    QCOMPARE(t.cells[1], (std::vector<qint64>{1, 0}));
    QCOMPARE(t.cells[2], (std::vector<qint64>{3, 2}));
    QCOMPARE(t.categories(), (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(t.raterIndex(7), 1);
    QCOMPARE(t.raterIndex(9), -1);

    RatingTable broken = t;
    broken.cells[1].pop_back();
    QVERIFY(!broken.isValid());
    QVERIFY(std::isnan(tally::cohenKappa(broken, 5, 7).value));
}

void TestAgreement::cohen_data()
{
    QTest::addColumn<int>("yy");
    QTest::addColumn<int>("yn");
    QTest::addColumn<int>("ny");
    QTest::addColumn<int>("nn");
    QTest::addColumn<double>("expected"); // NaN = undefined
    // Wikipedia, "Cohen's kappa": po = 0.7, pe = 0.5.
    QTest::newRow("wikipedia 20/5/10/15") << 20 << 5 << 10 << 15 << 0.4;
    // Wikipedia, same po = 0.6 but different marginals: pe 0.54 and 0.46.
    QTest::newRow("wikipedia 45/15/25/15") << 45 << 15 << 25 << 15 << 0.06 / 0.46;
    QTest::newRow("wikipedia 25/35/5/35") << 25 << 35 << 5 << 35 << 0.14 / 0.54;
    QTest::newRow("perfect") << 10 << 0 << 0 << 7 << 1.0;
    QTest::newRow("always disagree") << 0 << 5 << 5 << 0 << -1.0;
    // Independent raters: po = pe = 0.5.
    QTest::newRow("chance") << 5 << 5 << 5 << 5 << 0.0;
    // Everything "yes": pe = 1, kappa 0/0.
    QTest::newRow("single category") << 12 << 0 << 0 << 0 << qQNaN();
    QTest::newRow("no items") << 0 << 0 << 0 << 0 << qQNaN();
}

void TestAgreement::cohen()
{
    QFETCH(int, yy);
    QFETCH(int, yn);
    QFETCH(int, ny);
    QFETCH(int, nn);
    QFETCH(double, expected);
    const RatingTable t = twoByTwo(yy, yn, ny, nn);
    const Statistic k = tally::cohenKappa(t, 10, 20);
    QCOMPARE(k.items, yy + yn + ny + nn);
    if (std::isnan(expected)) {
        QVERIFY(!k.isDefined());
        return;
    }
    QVERIFY(std::abs(k.value - expected) < 1e-12);
    QVERIFY(std::abs(tally::cohenKappa(t, 20, 10).value - expected) < 1e-12); // symmetric
}

void TestAgreement::cohenKappaUsesOnlyItemsBothRated()
{
    RatingTable t = twoByTwo(20, 5, 10, 15);
    // Items rated by only one of the two change nothing.
    QList<Rating> extra;
    for (qint64 item = 0; item < t.items.size(); ++item) {
        for (int r = 0; r < t.raters.size(); ++r)
            extra.append({t.items[item], t.raters[r], t.cells[item][r]});
    }
    extra.append({1000, 10, kYes});
    extra.append({1001, 20, kNo});
    extra.append({1002, 30, kNo});
    t = RatingTable::fromRatings(extra);
    const Statistic k = tally::cohenKappa(t, 10, 20);
    QCOMPARE(k.items, 50);
    QVERIFY(std::abs(k.value - 0.4) < 1e-12);
    QVERIFY(!tally::cohenKappa(t, 10, 99).isDefined());
    QCOMPARE(tally::cohenKappa(t, 10, 99).items, 0);
    QVERIFY(!tally::cohenKappa(t, 10, 30).isDefined()); // no item in common
}

void TestAgreement::pairwiseCohenKappaListsEveryPair()
{
    // Raters 1, 2 agree everywhere; 3 disagrees on one of four items; 4 rates nothing
    // in common with anyone.
    const RatingTable t = RatingTable::fromRatings({
        {1, 1, 1},
        {2, 1, 2},
        {3, 1, 1},
        {4, 1, 2},
        {1, 2, 1},
        {2, 2, 2},
        {3, 2, 1},
        {4, 2, 2},
        {1, 3, 1},
        {2, 3, 2},
        {3, 3, 2},
        {4, 3, 2},
        {5, 4, 1},
    });
    const QList<RaterPairStatistic> pairs = pairwiseCohenKappa(t);
    QCOMPARE(pairs.size(), 3);
    QCOMPARE(pairs[0].raterA, qint64(1));
    QCOMPARE(pairs[0].raterB, qint64(2));
    QCOMPARE(pairs[0].stat.value, 1.0);
    QCOMPARE(pairs[1].raterB, qint64(3));
    // 1 vs 3: po = 3/4; A: 1,2,1,2 → 0.5/0.5; B: 1,2,2,2 → 0.25/0.75; pe = 0.5.
    QVERIFY(std::abs(pairs[1].stat.value - 0.5) < 1e-12);
    QCOMPARE(pairs[2].raterA, qint64(2));
    QCOMPARE(pairs[2].stat.items, 4);
}

void TestAgreement::fleissKappaWikipedia()
{
    // Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories.
    const RatingTable t = fromCounts({
        {0, 0, 0, 0, 14},
        {0, 2, 6, 4, 2},
        {0, 0, 3, 5, 6},
        {0, 3, 9, 2, 0},
        {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},
        {3, 2, 6, 3, 0},
        {2, 5, 3, 2, 2},
        {6, 5, 2, 1, 0},
        {0, 2, 2, 3, 7},
    });
    QCOMPARE(t.raters.size(), 14);
    const Statistic k = fleissKappa(t);
    QCOMPARE(k.items, 10);
    // P-bar = 0.378, Pe = 0.213, kappa = 0.210 (exactly 0.20993...).
    QVERIFY2(std::abs(k.value - 0.210) < 5e-4, qPrintable(QString::number(k.value)));
    const Statistic pBar = pairwiseAgreement(t);
    QVERIFY(std::abs(pBar.value - 0.378) < 5e-4);
    QCOMPARE(percentAgreement(t).value, 0.1); // only subject 1 is unanimous
}

void TestAgreement::fleissKappaUnequalCounts()
{
    // Item 1: 1,1,1  item 2: 1,2  item 3: 2,2  item 4: one rating only (skipped).
    // P_i = 1, 0, 1 → P-bar = 2/3; p_1 = 4/7, p_2 = 3/7 → Pe = 25/49;
    // kappa = (2/3 - 25/49) / (24/49) = 23/72.
    const RatingTable t = fromCounts({{3, 0}, {1, 1}, {0, 2}, {1, 0}});
    const Statistic k = fleissKappa(t);
    QCOMPARE(k.items, 3);
    QVERIFY(std::abs(k.value - 23.0 / 72.0) < 1e-12);
}

void TestAgreement::fleissKappaPerfectAndUndefined()
{
    QCOMPARE(fleissKappa(fromCounts({{3, 0, 0}, {0, 3, 0}, {0, 0, 3}})).value, 1.0);
    QVERIFY(!fleissKappa(fromCounts({{3}, {3}})).isDefined());       // one category
    QVERIFY(!fleissKappa(fromCounts({{1, 0}, {0, 1}})).isDefined()); // no item rated twice
    QCOMPARE(fleissKappa(fromCounts({{1, 0}, {0, 1}})).items, 0);
    QVERIFY(!fleissKappa(RatingTable{}).isDefined());
}

void TestAgreement::krippendorffAlpha2011()
{
    const Statistic a = krippendorffAlpha(krippendorff2011());
    QCOMPARE(a.items, 11); // unit 12 has a single value and is not pairable
    // Published: nominal alpha = 0.743. Worked: n = 40 pairable values, observed
    // disagreement sum 4, expected sum_{c!=k} n_c n_k = 608: 1 - 39 * 4 / 608.
    QVERIFY2(std::abs(a.value - 0.743) < 5e-4, qPrintable(QString::number(a.value)));
    QVERIFY(std::abs(a.value - (1.0 - 39.0 * 4.0 / 608.0)) < 1e-12);
}

void TestAgreement::krippendorffAlphaBinary()
{
    // Krippendorff (2011), section A: two observers, binary, no missing data;
    // alpha = 1 - 19 * 8 / (2 * 14 * 6) = 0.095.
    const QList<qint64> ben = {1, 2, 1, 1, 1, 1, 1, 1, 2, 1}; // 0 → 1, 1 → 2
    const QList<qint64> gerry = {2, 2, 2, 1, 1, 2, 1, 1, 1, 1};
    QList<Rating> ratings;
    for (int u = 0; u < ben.size(); ++u) {
        ratings.append({u, 1, ben[u]});
        ratings.append({u, 2, gerry[u]});
    }
    const Statistic a = krippendorffAlpha(RatingTable::fromRatings(ratings));
    QCOMPARE(a.items, 10);
    QVERIFY(std::abs(a.value - (1.0 - 152.0 / 168.0)) < 1e-12);
}

void TestAgreement::krippendorffAlphaPerfectAndUndefined()
{
    // Perfect agreement with missing values.
    const RatingTable perfect = RatingTable::fromRatings(
        {{1, 1, 4}, {1, 2, 4}, {2, 1, 5}, {2, 3, 5}, {2, 2, 5}, {3, 2, 4}, {3, 3, 4}, {4, 1, 6}});
    const Statistic a = krippendorffAlpha(perfect);
    QCOMPARE(a.items, 3);
    QCOMPARE(a.value, 1.0);
    QVERIFY(!krippendorffAlpha(fromCounts({{2}, {3}})).isDefined()); // one category
    QVERIFY(!krippendorffAlpha(fromCounts({{1, 0}, {0, 1}})).isDefined());
}

void TestAgreement::percentAndPairwiseAgreement()
{
    const RatingTable t = krippendorff2011();
    // Unanimous: units 1, 3, 4, 5, 7, 9, 10, 11 of the 11 pairable units.
    const Statistic pct = percentAgreement(t);
    QCOMPARE(pct.items, 11);
    QVERIFY(std::abs(pct.value - 8.0 / 11.0) < 1e-12);
    // Per unit agreeing pairs: 1 everywhere unanimous, 3/6 in units 2 and 8, 0 in 6.
    QVERIFY(std::abs(pairwiseAgreement(t).value - 9.0 / 11.0) < 1e-12);
    // With two ratings per item both are the same.
    const RatingTable two = twoByTwo(20, 5, 10, 15);
    QCOMPARE(percentAgreement(two).value, 0.7);
    QCOMPARE(pairwiseAgreement(two).value, 0.7);
    QVERIFY(!percentAgreement(RatingTable{}).isDefined());
}

void TestAgreement::oneVsRestRecodes()
{
    const RatingTable t = RatingTable::fromRatings({{1, 1, 7}, {1, 2, 8}, {2, 1, 9}});
    const RatingTable r = oneVsRest(t, 7);
    QCOMPARE(r.cells[0], (std::vector<qint64>{kInCategory, kOtherCategory}));
    QCOMPARE(r.cells[1], (std::vector<qint64>{kOtherCategory, 0}));
    QCOMPARE(r.items, t.items);
}

void TestAgreement::confusion()
{
    const RatingTable t = twoByTwo(20, 5, 10, 15);
    const ConfusionMatrix m = tally::confusionMatrix(t, 10, 20);
    QCOMPARE(m.categories, (QList<qint64>{kYes, kNo}));
    QCOMPARE(m.counts[0], (std::vector<int>{20, 5}));  // A yes: B yes, B no
    QCOMPARE(m.counts[1], (std::vector<int>{10, 15})); // A no
    QCOMPARE(m.total, 50);
    QCOMPARE(m.skipped, 0);

    const ConfusionMatrix swapped = tally::confusionMatrix(t, 20, 10, {kNo, kYes, 9});
    QCOMPARE(swapped.categories.size(), 3);
    QCOMPARE(swapped.counts[0], (std::vector<int>{15, 5, 0})); // B no: A no, A yes
    QCOMPARE(swapped.counts[1], (std::vector<int>{10, 20, 0}));
    QCOMPARE(swapped.counts[2], (std::vector<int>{0, 0, 0}));

    const ConfusionMatrix partial = tally::confusionMatrix(t, 10, 20, {kYes});
    QCOMPARE(partial.counts[0][0], 20);
    QCOMPARE(partial.total, 20);
    QCOMPARE(partial.skipped, 30);

    const ConfusionMatrix unknown = tally::confusionMatrix(t, 10, 99);
    QVERIFY(unknown.categories.isEmpty());
    QCOMPARE(unknown.total, 0);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "test_agreement.moc"
