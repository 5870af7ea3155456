#include "review/Agreement.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <utility>

namespace tally {

namespace {

// Category -> count of the ratings in one item row.
QMap<qint64, int> countRow(const std::vector<qint64>& row)
{
    QMap<qint64, int> counts;
    for (qint64 c : row) {
        if (c > 0)
            ++counts[c];
    }
    return counts;
}

int ratedIn(const QMap<qint64, int>& counts)
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

// Agreeing pairs / all pairs in one item with n >= 2 ratings.
double itemPairAgreement(const QMap<qint64, int>& counts, int n)
{
    double agreeing = 0.0;
    for (int c : counts)
        agreeing += double(c) * double(c - 1);
    return agreeing / (double(n) * double(n - 1));
}

// (categoryA, categoryB) of every item both raters rated; empty when an id is unknown.
QList<std::pair<qint64, qint64>> pairedRatings(const RatingTable& table, qint64 raterA,
                                               qint64 raterB)
{
    QList<std::pair<qint64, qint64>> pairs;
    const int ia = table.raterIndex(raterA);
    const int ib = table.raterIndex(raterB);
    if (ia < 0 || ib < 0 || !table.isValid())
        return pairs;
    for (const std::vector<qint64>& row : table.cells) {
        if (row[ia] > 0 && row[ib] > 0)
            pairs.append({row[ia], row[ib]});
    }
    return pairs;
}

double overlap(double a0, double a1, double b0, double b1)
{
    return std::max(0.0, std::min(std::max(a0, a1), std::max(b0, b1)) -
                             std::max(std::min(a0, a1), std::min(b0, b1)));
}

double span(double x0, double x1)
{
    return std::abs(x1 - x0);
}

// The one-to-one matching shared by regions and boxes (see regionAgreement in the
// header): candidates are the pairs with iou >= threshold and iou > 0 (and the same
// class when asked), taken in descending IoU order — ties keep the (indexA, indexB)
// order they were listed in — when neither side is matched yet.
template <typename Shape, typename IoU>
RegionAgreement greedyMatch(const QList<Shape>& a, const QList<Shape>& b, double iouThreshold,
                            bool requireSameClass, IoU iouOf)
{
    RegionAgreement r;
    r.countA = int(a.size());
    r.countB = int(b.size());
    QList<RegionMatch> candidates;
    for (int i = 0; i < a.size(); ++i) {
        for (int j = 0; j < b.size(); ++j) {
            if (requireSameClass && a[i].classId != b[j].classId)
                continue;
            const double iou = iouOf(a[i], b[j]);
            if (iou > 0.0 && iou >= iouThreshold)
                candidates.append({i, j, iou});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const RegionMatch& x, const RegionMatch& y) { return x.iou > y.iou; });
    std::vector<bool> usedA(size_t(a.size()), false);
    std::vector<bool> usedB(size_t(b.size()), false);
    for (const RegionMatch& c : candidates) {
        if (usedA[size_t(c.indexA)] || usedB[size_t(c.indexB)])
            continue;
        usedA[size_t(c.indexA)] = true;
        usedB[size_t(c.indexB)] = true;
        r.matches.append(c);
    }
    const double matched = double(r.matches.size());
    if (r.countB > 0)
        r.precision = matched / r.countB;
    if (r.countA > 0)
        r.recall = matched / r.countA;
    const int total = r.countA + r.countB;
    r.f1 = total > 0 ? 2.0 * matched / total : 1.0;
    return r;
}

} // namespace

// ---- RatingTable -------------------------------------------------------------------

RatingTable RatingTable::fromRatings(const QList<Rating>& ratings)
{
    RatingTable t;
    for (const Rating& r : ratings) {
        if (r.category <= 0)
            continue;
        t.items.append(r.item);
        t.raters.append(r.rater);
    }
    std::sort(t.items.begin(), t.items.end());
    t.items.erase(std::unique(t.items.begin(), t.items.end()), t.items.end());
    std::sort(t.raters.begin(), t.raters.end());
    t.raters.erase(std::unique(t.raters.begin(), t.raters.end()), t.raters.end());

    QHash<qint64, int> itemIndex;
    for (int i = 0; i < t.items.size(); ++i)
        itemIndex.insert(t.items[i], i);
    t.cells.assign(t.items.size(), std::vector<qint64>(t.raters.size(), 0));
    for (const Rating& r : ratings) {
        if (r.category <= 0)
            continue;
        t.cells[itemIndex.value(r.item)][t.raterIndex(r.rater)] = r.category;
    }
    return t;
}

int RatingTable::raterIndex(qint64 raterId) const
{
    return int(raters.indexOf(raterId));
}

QList<qint64> RatingTable::categories() const
{
    QList<qint64> out;
    for (const std::vector<qint64>& row : cells) {
        for (qint64 c : row) {
            if (c > 0)
                out.append(c);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool RatingTable::isValid() const
{
    if (cells.size() != size_t(items.size()))
        return false;
    return std::all_of(cells.begin(), cells.end(), [this](const std::vector<qint64>& row) {
        return row.size() == size_t(raters.size());
    });
}

RatingTable oneVsRest(const RatingTable& table, qint64 category)
{
    RatingTable t = table;
    for (std::vector<qint64>& row : t.cells) {
        for (qint64& c : row) {
            if (c > 0)
                c = c == category ? kInCategory : kOtherCategory;
        }
    }
    return t;
}

// ---- Observed agreement ------------------------------------------------------------

Statistic percentAgreement(const RatingTable& table)
{
    Statistic s;
    int agreeing = 0;
    for (const std::vector<qint64>& row : table.cells) {
        const QMap<qint64, int> counts = countRow(row);
        if (ratedIn(counts) < 2)
            continue;
        ++s.items;
        if (counts.size() == 1)
            ++agreeing;
    }
    if (s.items > 0)
        s.value = double(agreeing) / double(s.items);
    return s;
}

Statistic pairwiseAgreement(const RatingTable& table)
{
    Statistic s;
    double sum = 0.0;
    for (const std::vector<qint64>& row : table.cells) {
        const QMap<qint64, int> counts = countRow(row);
        const int n = ratedIn(counts);
        if (n < 2)
            continue;
        ++s.items;
        sum += itemPairAgreement(counts, n);
    }
    if (s.items > 0)
        s.value = sum / double(s.items);
    return s;
}

// ---- Kappas and alpha --------------------------------------------------------------

Statistic cohenKappa(const RatingTable& table, qint64 raterA, qint64 raterB)
{
    Statistic s;
    const QList<std::pair<qint64, qint64>> pairs = pairedRatings(table, raterA, raterB);
    s.items = int(pairs.size());
    if (pairs.isEmpty())
        return s;
    QHash<qint64, int> marginA;
    QHash<qint64, int> marginB;
    int agree = 0;
    for (const auto& [a, b] : pairs) {
        ++marginA[a];
        ++marginB[b];
        if (a == b)
            ++agree;
    }
    const double n = double(pairs.size());
    double pe = 0.0;
    for (auto it = marginA.cbegin(); it != marginA.cend(); ++it)
        pe += (it.value() / n) * (marginB.value(it.key()) / n);
    const double po = agree / n;
    if (pe < 1.0 - 1e-12)
        s.value = (po - pe) / (1.0 - pe);
    return s;
}

QList<RaterPairStatistic> pairwiseCohenKappa(const RatingTable& table)
{
    QList<RaterPairStatistic> out;
    QList<qint64> raters = table.raters;
    std::sort(raters.begin(), raters.end());
    for (int i = 0; i < raters.size(); ++i) {
        for (int j = i + 1; j < raters.size(); ++j) {
            const Statistic k = cohenKappa(table, raters[i], raters[j]);
            if (k.items > 0)
                out.append({raters[i], raters[j], k});
        }
    }
    return out;
}

Statistic fleissKappa(const RatingTable& table)
{
    Statistic s;
    double sumP = 0.0;
    QHash<qint64, double> categoryTotals;
    double ratings = 0.0;
    for (const std::vector<qint64>& row : table.cells) {
        const QMap<qint64, int> counts = countRow(row);
        const int n = ratedIn(counts);
        if (n < 2)
            continue;
        ++s.items;
        sumP += itemPairAgreement(counts, n);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            categoryTotals[it.key()] += it.value();
        ratings += n;
    }
    if (s.items == 0)
        return s;
    double pe = 0.0;
    for (double total : categoryTotals)
        pe += (total / ratings) * (total / ratings);
    const double pBar = sumP / double(s.items);
    if (pe < 1.0 - 1e-12)
        s.value = (pBar - pe) / (1.0 - pe);
    return s;
}

Statistic krippendorffAlpha(const RatingTable& table)
{
    Statistic s;
    // Coincidences: diagonal o_cc per category and the margins n_c; the off-diagonal
    // sum is n minus the diagonal, so the full matrix is never needed.
    QHash<qint64, double> diagonal;
    QHash<qint64, double> margin;
    for (const std::vector<qint64>& row : table.cells) {
        const QMap<qint64, int> counts = countRow(row);
        const int m = ratedIn(counts);
        if (m < 2)
            continue;
        ++s.items;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double c = it.value();
            diagonal[it.key()] += c * (c - 1.0) / (m - 1.0);
            margin[it.key()] += c; // sum_k o_ck = count of c in the unit
        }
    }
    double n = 0.0;
    double observedAgree = 0.0;
    double sumSquares = 0.0;
    for (auto it = margin.cbegin(); it != margin.cend(); ++it) {
        n += it.value();
        observedAgree += diagonal.value(it.key());
        sumSquares += it.value() * it.value();
    }
    const double observedDisagree = n - observedAgree;  // sum_{c!=k} o_ck
    const double expectedDisagree = n * n - sumSquares; // sum_{c!=k} n_c n_k
    if (s.items > 0 && expectedDisagree > 1e-12)
        s.value = 1.0 - (n - 1.0) * observedDisagree / expectedDisagree;
    return s;
}

ConfusionMatrix confusionMatrix(const RatingTable& table, qint64 raterA, qint64 raterB,
                                const QList<qint64>& categories)
{
    ConfusionMatrix m;
    const QList<std::pair<qint64, qint64>> pairs = pairedRatings(table, raterA, raterB);
    m.categories = categories;
    if (m.categories.isEmpty()) {
        for (const auto& [a, b] : pairs)
            m.categories << a << b;
        std::sort(m.categories.begin(), m.categories.end());
        m.categories.erase(std::unique(m.categories.begin(), m.categories.end()),
                           m.categories.end());
    }
    const size_t k = size_t(m.categories.size());
    m.counts.assign(k, std::vector<int>(k, 0));
    for (const auto& [a, b] : pairs) {
        const qsizetype row = m.categories.indexOf(a);
        const qsizetype col = m.categories.indexOf(b);
        if (row < 0 || col < 0) {
            ++m.skipped;
            continue;
        }
        ++m.counts[size_t(row)][size_t(col)];
        ++m.total;
    }
    return m;
}

// ---- Regions -----------------------------------------------------------------------

double intervalIoU(const Interval& a, const Interval& b)
{
    double inter = overlap(a.startSec, a.endSec, b.startSec, b.endSec);
    double areaA = span(a.startSec, a.endSec);
    double areaB = span(b.startSec, b.endSec);
    if (a.hasBand() && b.hasBand()) {
        inter *= overlap(*a.lowHz, *a.highHz, *b.lowHz, *b.highHz);
        areaA *= span(*a.lowHz, *a.highHz);
        areaB *= span(*b.lowHz, *b.highHz);
    }
    const double unionArea = areaA + areaB - inter;
    return unionArea > 0.0 ? inter / unionArea : 0.0;
}

RegionAgreement regionAgreement(const QList<Interval>& a, const QList<Interval>& b,
                                double iouThreshold, bool requireSameClass)
{
    return greedyMatch(a, b, iouThreshold, requireSameClass, intervalIoU);
}

// ---- Boxes -------------------------------------------------------------------------

double boxIoU(const BoxShape& a, const BoxShape& b)
{
    const double inter =
        overlap(a.x, a.x + a.w, b.x, b.x + b.w) * overlap(a.y, a.y + a.h, b.y, b.y + b.h);
    const double unionArea = std::abs(a.w * a.h) + std::abs(b.w * b.h) - inter;
    return unionArea > 0.0 ? inter / unionArea : 0.0;
}

RegionAgreement boxAgreement(const QList<BoxShape>& a, const QList<BoxShape>& b,
                             double iouThreshold, bool requireSameClass)
{
    return greedyMatch(a, b, iouThreshold, requireSameClass, boxIoU);
}

} // namespace tally
