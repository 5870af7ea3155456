#include "splits/Balance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace tally {

namespace {

const QStringList kSplitNames{QStringLiteral("training"), QStringLiteral("validation"),
                              QStringLiteral("testing")};

QJsonObject cellJson(const BalanceCell& c, qint64 ofCount)
{
    return QJsonObject{
        {QStringLiteral("count"), c.count},
        {QStringLiteral("hours"), c.hours()},
        {QStringLiteral("percent"), ofCount > 0 ? 100.0 * double(c.count) / double(ofCount) : 0.0}};
}

// Items grouped by class, each class's items ordered by rank.
QMap<QString, std::vector<std::pair<QByteArray, qint64>>>
rankedByClass(const std::vector<RebalanceItem>& items)
{
    QMap<QString, std::vector<std::pair<QByteArray, qint64>>> out;
    for (const RebalanceItem& it : items)
        out[it.className].emplace_back(Balance::rankKey(it.hashKey), it.sampleId);
    for (auto& v : out)
        std::sort(v.begin(), v.end());
    return out;
}

void addWarnings(BalanceReport& r, const QMap<QString, QMap<QString, qint64>>& perSplit,
                 const BalanceOptions& o)
{
    qint64 largest = 0;
    for (const BalanceRow& row : r.rows)
        if (!row.className.isEmpty())
            largest = std::max(largest, row.total.count);
    QSet<QString> splitsInUse;
    for (const auto& m : perSplit)
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            splitsInUse.insert(it.key());
    for (const BalanceRow& row : r.rows) {
        if (row.className.isEmpty())
            continue;
        if (double(row.total.count) < o.minShareOfLargest * double(largest))
            r.warnings.append(
                {BalanceWarning::Kind::ClassUnderShare,
                 row.className,
                 {},
                 row.total.count,
                 o.minShareOfLargest,
                 Balance::tr("class “%1” has %2 samples, %3% of the largest class (under %4%)")
                     .arg(row.className)
                     .arg(row.total.count)
                     .arg(100.0 * row.shareOfLargest, 0, 'f', 1)
                     .arg(100.0 * o.minShareOfLargest, 0, 'f', 0)});
        for (const QString& split : kSplitNames) {
            if (!splitsInUse.contains(split))
                continue;
            const qint64 n = perSplit.value(row.className).value(split);
            if (n < o.minPerSplit)
                r.warnings.append({BalanceWarning::Kind::SplitTooSmall, row.className, split, n,
                                   double(o.minPerSplit),
                                   Balance::tr("class “%1” has %2 samples in %3 (fewer than %4)")
                                       .arg(row.className)
                                       .arg(n)
                                       .arg(split)
                                       .arg(o.minPerSplit)});
        }
    }
}

} // namespace

BalanceReport Balance::report(const std::vector<BalanceItem>& items, const QString& dimension,
                              const BalanceOptions& options)
{
    BalanceReport r;
    r.dimension = dimension;
    QMap<QString, BalanceRow> rows;
    QMap<QString, QMap<QString, qint64>> perSplit; // class -> split -> samples
    for (const BalanceItem& it : items) {
        BalanceRow& row = rows[it.className];
        row.className = it.className;
        for (BalanceCell* c : {&row.total, &row.byKey[it.key], &r.total, &r.totalByKey[it.key]}) {
            c->count += it.count;
            c->seconds += it.durationSec;
        }
        if (!it.split.isEmpty())
            perSplit[it.className][it.split] += it.count;
    }
    qint64 largest = 0;
    for (const BalanceRow& row : rows)
        if (!row.className.isEmpty())
            largest = std::max(largest, row.total.count);
    for (BalanceRow row : rows) {
        row.percentOfAll =
            r.total.count > 0 ? 100.0 * double(row.total.count) / double(r.total.count) : 0.0;
        row.shareOfLargest = largest > 0 ? double(row.total.count) / double(largest) : 0.0;
        r.rows.append(row);
    }
    r.keys = r.totalByKey.keys();
    if (!r.keys.isEmpty() && r.keys.first().isEmpty())
        r.keys.move(0, r.keys.size() - 1);
    addWarnings(r, perSplit, options);
    return r;
}

QJsonObject BalanceReport::toJson() const
{
    QJsonArray classes;
    for (const BalanceRow& row : rows) {
        QJsonObject by;
        for (auto it = row.byKey.cbegin(); it != row.byKey.cend(); ++it)
            by.insert(it.key().isEmpty() ? QStringLiteral("none") : it.key(),
                      cellJson(it.value(), row.total.count));
        QJsonObject o = cellJson(row.total, total.count);
        o.insert(QStringLiteral("name"), row.className);
        o.insert(QStringLiteral("share_of_largest"), row.shareOfLargest);
        o.insert(QStringLiteral("by"), by);
        classes.append(o);
    }
    QJsonObject totals;
    for (auto it = totalByKey.cbegin(); it != totalByKey.cend(); ++it)
        totals.insert(it.key().isEmpty() ? QStringLiteral("none") : it.key(),
                      cellJson(it.value(), total.count));
    QJsonArray warn;
    for (const BalanceWarning& w : warnings)
        warn.append(
            QJsonObject{{QStringLiteral("kind"), w.kind == BalanceWarning::Kind::ClassUnderShare
                                                     ? QStringLiteral("class-under-share")
                                                     : QStringLiteral("split-too-small")},
                        {QStringLiteral("class"), w.className},
                        {QStringLiteral("split"), w.split},
                        {QStringLiteral("count"), w.count},
                        {QStringLiteral("threshold"), w.threshold},
                        {QStringLiteral("text"), w.text}});
    QJsonObject all = cellJson(total, total.count);
    all.insert(QStringLiteral("by"), totals);
    return QJsonObject{{QStringLiteral("dimension"), dimension},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("total"), all},
                       {QStringLiteral("warnings"), warn}};
}

QByteArray Balance::rankKey(const QString& hashKey)
{
    return QCryptographicHash::hash(hashKey.toUtf8(), QCryptographicHash::Sha1);
}

UndersamplePlan Balance::planUndersample(const std::vector<RebalanceItem>& items,
                                         qint64 targetPerClass)
{
    UndersamplePlan plan;
    plan.target = targetPerClass;
    const auto ranked = rankedByClass(items);
    for (auto it = ranked.cbegin(); it != ranked.cend(); ++it) {
        const qint64 n = qint64(it.value().size());
        plan.before.insert(it.key(), n);
        const qint64 keep = std::min(n, std::max<qint64>(targetPerClass, 0));
        plan.after.insert(it.key(), keep);
        for (qint64 i = keep; i < n; ++i)
            plan.dropped.insert(it.value()[size_t(i)].second);
    }
    return plan;
}

OversamplePlan Balance::planOversample(const std::vector<RebalanceItem>& items,
                                       qint64 targetPerClass, const AugmentationParams& params)
{
    OversamplePlan plan;
    plan.augmentation = params;
    const auto ranked = rankedByClass(items);
    qint64 target = targetPerClass;
    if (target <= 0)
        for (const auto& v : ranked)
            target = std::max(target, qint64(v.size()));
    plan.target = target;
    for (auto it = ranked.cbegin(); it != ranked.cend(); ++it) {
        const qint64 n = qint64(it.value().size());
        const qint64 copies = std::max<qint64>(0, target - n);
        plan.classes.insert(it.key(), OversamplePlan::PerClass{n, copies});
        if (copies == 0 || n == 0)
            continue;
        for (qint64 r = 0; r < n; ++r) {
            const int k = int(copies / n + (r < copies % n ? 1 : 0));
            if (k > 0)
                plan.copiesOf.insert(it.value()[size_t(r)].second, k);
        }
    }
    return plan;
}

AugmentedCopy Balance::augmentation(const QString& hashKey, int copyIndex,
                                    const AugmentationParams& p)
{
    const QByteArray d = QCryptographicHash::hash(hashKey.toUtf8() +
                                                      "\x1f"
                                                      "augment\x1f" +
                                                      QByteArray::number(copyIndex),
                                                  QCryptographicHash::Sha256);
    // Five independent uniform numbers in [0, 1) from 48 bits each, and one pick.
    auto word = [&d](int i) {
        quint64 v = 0;
        for (int b = 0; b < 6; ++b)
            v = (v << 8) | quint8(d[i * 6 + b]);
        return v;
    };
    auto uniform = [&word](int i) { return double(word(i)) / double(quint64(1) << 48); };
    AugmentedCopy c;
    c.timeShiftSec = (2.0 * uniform(0) - 1.0) * p.maxTimeShiftSec;
    c.gainDb = p.minGainDb + uniform(1) * (p.maxGainDb - p.minGainDb);
    c.mixBackground = uniform(2) < p.backgroundProbability;
    c.snrDb = c.mixBackground ? p.minSnrDb + uniform(3) * (p.maxSnrDb - p.minSnrDb) : 0.0;
    c.backgroundPick = word(4);
    return c;
}

QMap<QString, double> Balance::classWeights(const QMap<QString, qint64>& counts)
{
    qint64 total = 0;
    int classes = 0;
    for (qint64 n : counts)
        if (n > 0) {
            total += n;
            ++classes;
        }
    QMap<QString, double> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0)
            out.insert(it.key(), double(total) / (double(classes) * double(it.value())));
    return out;
}

QJsonObject UndersamplePlan::toJson() const
{
    QJsonObject classes;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        classes.insert(it.key(), QJsonObject{{QStringLiteral("before"), it.value()},
                                             {QStringLiteral("after"), after.value(it.key())}});
    return QJsonObject{{QStringLiteral("target"), target},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("dropped"), qint64(dropped.size())}};
}

QJsonObject AugmentationParams::toJson() const
{
    return QJsonObject{{QStringLiteral("max_time_shift_sec"), maxTimeShiftSec},
                       {QStringLiteral("min_gain_db"), minGainDb},
                       {QStringLiteral("max_gain_db"), maxGainDb},
                       {QStringLiteral("background_probability"), backgroundProbability},
                       {QStringLiteral("min_snr_db"), minSnrDb},
                       {QStringLiteral("max_snr_db"), maxSnrDb}};
}

QJsonObject OversamplePlan::toJson() const
{
    QJsonObject cls;
    qint64 total = 0;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        cls.insert(it.key(), QJsonObject{{QStringLiteral("have"), it.value().have},
                                         {QStringLiteral("copies"), it.value().copies}});
        total += it.value().copies;
    }
    return QJsonObject{{QStringLiteral("target"), target},
                       {QStringLiteral("classes"), cls},
                       {QStringLiteral("copies"), total},
                       {QStringLiteral("augmentation"), augmentation.toJson()}};
}

} // namespace tally
