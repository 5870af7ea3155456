#pragma once
// Nominal inter-annotator agreement over "items × raters" data, and overlap agreement
// between two annotators' regions (time / time × frequency) or image boxes (pixels).
// Pure functions, no database: the store fills a RatingTable (item = sample id,
// rater = annotator id, category = class id).
//
// Undefined statistics are values, not errors: a Statistic whose value is NaN
// (isDefined() false) — no usable items, or a chance agreement of 1 (every rating is
// the same single category), where kappa and alpha are 0/0.

#include <QList>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace tally {

// One rating: rater gave item the category. category <= 0 means "not rated".
struct Rating
{
    qint64 item = 0;
    qint64 rater = 0;
    qint64 category = 0;
};

// cells[i][r] is the category rater raters[r] gave item items[i], or 0 = not rated.
// Every row has raters.size() cells. Category ids are arbitrary non-zero integers.
struct RatingTable
{
    QList<qint64> raters;
    QList<qint64> items;
    std::vector<std::vector<qint64>> cells; // [item][rater]

    // Items and raters sorted ascending; ratings with category <= 0 are dropped (the
    // item/rater still appears when it has another rating); when one (item, rater)
    // pair appears twice, the later rating wins.
    static RatingTable fromRatings(const QList<Rating>& ratings);
    // Index of a rater id in raters, -1 when absent.
    int raterIndex(qint64 raterId) const;
    // Distinct categories (> 0) in the table, ascending.
    QList<qint64> categories() const;
    // Shape check: cells.size() == items.size() and every row raters.size() long.
    bool isValid() const;
};

// Per-class agreement: the table with `category` recoded as kInCategory and every
// other rated category as kOtherCategory (a one-vs-rest view; not rated stays 0).
constexpr qint64 kInCategory = 1;
constexpr qint64 kOtherCategory = 2;
RatingTable oneVsRest(const RatingTable& table, qint64 category);

// A statistic with the number of items (units) it was computed over.
struct Statistic
{
    double value = std::numeric_limits<double>::quiet_NaN();
    int items = 0;
    bool isDefined() const { return !std::isnan(value); }
};

// Share of items with at least 2 ratings on which all ratings are the same category.
// Items with fewer than 2 ratings are skipped. NaN when no item has 2 ratings.
Statistic percentAgreement(const RatingTable& table);
// Pairwise observed agreement: over items with >= 2 ratings, the mean per item of
// (agreeing rater pairs) / (all rater pairs) — Fleiss's P-bar. Equals percentAgreement
// when every item has exactly 2 ratings.
Statistic pairwiseAgreement(const RatingTable& table);

// Cohen's kappa between two raters (ids) over the items both rated:
//   kappa = (po - pe) / (1 - pe), pe from each rater's own marginals on those items.
// NaN when either id is unknown, no item was rated by both, or pe == 1.
Statistic cohenKappa(const RatingTable& table, qint64 raterA, qint64 raterB);

struct RaterPairStatistic
{
    qint64 raterA = 0; // raterA < raterB
    qint64 raterB = 0;
    Statistic stat;
};
// cohenKappa for every pair of raters with at least one item both rated, ordered by
// (raterA, raterB).
QList<RaterPairStatistic> pairwiseCohenKappa(const RatingTable& table);

// Fleiss' kappa, generalised to unequal numbers of ratings per item: items with
// n_i >= 2 ratings are used (others skipped);
//   P_i  = sum_j n_ij (n_ij - 1) / (n_i (n_i - 1)),   P-bar = mean of P_i,
//   p_j  = sum_i n_ij / sum_i n_i,                    Pe    = sum_j p_j^2,
//   kappa = (P-bar - Pe) / (1 - Pe).
// With the same n for every item this is exactly Fleiss (1971). NaN when no item has
// 2 ratings or Pe == 1.
Statistic fleissKappa(const RatingTable& table);

// Krippendorff's alpha for nominal data by the coincidence-matrix method (Krippendorff
// 2011, "Computing Krippendorff's Alpha-Reliability"): missing ratings allowed; units
// with fewer than 2 ratings are not pairable and skipped.
//   o_ck = sum_u (number of c-k pairs in u) / (m_u - 1),  n_c = sum_k o_ck,
//   alpha = 1 - (n - 1) * sum_{c!=k} o_ck / sum_{c!=k} n_c n_k.
// `items` counts pairable units. NaN when no unit is pairable or only one category
// occurs (expected disagreement 0).
Statistic krippendorffAlpha(const RatingTable& table);

// Confusion matrix of two raters over the items both rated: counts[a][b] is how many
// items rater A put in categories[a] and rater B in categories[b] (rows = A).
// `categories` empty: the categories either rater used on those items, ascending;
// otherwise exactly the given axes (a pair whose category is not listed is skipped
// and counted in `skipped`).
struct ConfusionMatrix
{
    QList<qint64> categories;
    std::vector<std::vector<int>> counts; // [rowA][colB], categories.size() square
    int total = 0;                        // items counted in the matrix
    int skipped = 0;
};
ConfusionMatrix confusionMatrix(const RatingTable& table, qint64 raterA, qint64 raterB,
                                const QList<qint64>& categories = {});

// ---- Regions ---------------------------------------------------------------------

// A time range (seconds) with an optional frequency band (Hz) and a class.
// start > end (or low > high) is read as the same range with the ends swapped.
struct Interval
{
    double startSec = 0.0;
    double endSec = 0.0;
    std::optional<double> lowHz; // a band counts only when both are set
    std::optional<double> highHz;
    qint64 classId = 0;
    bool hasBand() const { return lowHz.has_value() && highHz.has_value(); }
};

// Intersection over union on time; on time × frequency area when both have a band.
// 0 when the union is empty (two zero-length ranges).
double intervalIoU(const Interval& a, const Interval& b);

struct RegionMatch
{
    int indexA = -1; // index into a
    int indexB = -1; // index into b
    double iou = 0.0;
};

// a is read as the reference, b as the compared set:
//   precision = matched / |b|, recall = matched / |a|,
//   f1 = 2 * matched / (|a| + |b|)  (symmetric; 1 when both are empty).
// precision is NaN when b is empty, recall NaN when a is empty.
struct RegionAgreement
{
    QList<RegionMatch> matches; // by descending IoU
    int countA = 0;
    int countB = 0;
    double precision = std::numeric_limits<double>::quiet_NaN();
    double recall = std::numeric_limits<double>::quiet_NaN();
    double f1 = std::numeric_limits<double>::quiet_NaN();
    // Every shape of both sides has a partner (f1 == 1; true when both are empty).
    bool allMatched() const { return matches.size() == countA && matches.size() == countB; }
};

// Greedy best-IoU one-to-one matching: every candidate pair with iou >= iouThreshold
// and iou > 0 (and, when requireSameClass, equal classId — 0 matches only 0) is taken
// in descending IoU order (ties: lower indexA, then lower indexB) if neither side is
// matched yet.
RegionAgreement regionAgreement(const QList<Interval>& a, const QList<Interval>& b,
                                double iouThreshold, bool requireSameClass = true);

// ---- Boxes -----------------------------------------------------------------------

// An image box in pixels (store/Records.h BoxRecord): top-left corner (x, y), width w,
// height h, and a class. A negative w (h) is read as the box reaching left (up) from
// x (y), like an Interval with swapped ends.
struct BoxShape
{
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
    qint64 classId = 0;
};

// Intersection area over union area; 0 when the union is empty (two zero-area boxes).
// Boxes that only touch have IoU 0. The class does not enter the IoU.
double boxIoU(const BoxShape& a, const BoxShape& b);

// regionAgreement() on boxes: the same greedy best-IoU one-to-one matching (same
// threshold, class and tie rules) and the same result (indices into a and b).
RegionAgreement boxAgreement(const QList<BoxShape>& a, const QList<BoxShape>& b,
                             double iouThreshold, bool requireSameClass = true);

} // namespace tally
