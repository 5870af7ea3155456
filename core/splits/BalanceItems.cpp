#include "splits/BalanceItems.h"

#include "review/ProjectReview.h"
#include "splits/EffectiveClass.h"
#include "store/Project.h"
#include "store/SampleScan.h"
#include "store/Splits.h"

#include <map>

namespace tally {

namespace {

// The value of dimension `by` per sample, when it is not the split (read from the scan).
QHash<qint64, QString> keysOf(Project& project, const QString& by)
{
    QHash<qint64, QString> keyOf;
    if (by == QLatin1String("status")) {
        std::map<SampleStatus, QString> names; // one shared text per status
        for (SampleStatus s : allSampleStatuses())
            names[s] = sampleStatusName(s);
        const auto statuses = ProjectReview(project).statuses();
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            keyOf.insert(it.key(), names[it.value()]);
    } else if (by != QLatin1String("split")) {
        keyOf = Splits(project).metadataValues(by);
    }
    return keyOf;
}

// Samples of one class, split and key, counted together (BalanceGather::perSample false).
struct CellKey
{
    QString className, split, key;
    bool operator==(const CellKey&) const = default;
};

size_t qHash(const CellKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.className, k.split, k.key);
}

// The report by split without plans: one item per effective class x split, counted by
// the store (classSplitCells) without reading every sample. Empty on an error.
BalanceInputs splitCells(Project& project)
{
    BalanceInputs in;
    const SampleScan scan(project);
    const auto cells = classSplitCells(scan, project);
    if (!cells)
        return in;
    for (const ClassSplitCell& c : cells.value())
        in.items.push_back(
            BalanceItem{0, scan.className(c.classId), c.split, c.split, c.durationSec, c.count});
    return in;
}

} // namespace

BalanceInputs gatherBalanceInputs(Project& project, const QString& by, const BalanceGather& what)
{
    const bool bySplit = by == QLatin1String("split");
    if (bySplit && !what.perSample && !what.rebalance)
        return splitCells(project);
    const QHash<qint64, QString> keyOf = keysOf(project, by);
    const bool noSplits = Splits(project).splitCounts().isEmpty();
    BalanceInputs in;
    QHash<CellKey, size_t> cellAt; // aggregated item of a cell -> its index in in.items
    const SampleScan scan(project);
    scan.run([&](const ScannedSample& s) {
        if (s.kind == SampleKind::Background)
            return;
        const QString cls = effectiveClassOf(scan, s);
        BalanceItem item{s.id, cls, s.split, bySplit ? s.split : keyOf.value(s.id), s.durationSec};
        if (what.perSample) {
            in.items.push_back(std::move(item));
        } else {
            const CellKey k{item.className, item.split, item.key};
            const auto at = cellAt.constFind(k);
            if (at == cellAt.cend()) {
                item.sampleId = 0;
                cellAt.insert(k, in.items.size());
                in.items.push_back(std::move(item));
            } else {
                BalanceItem& cell = in.items[*at];
                ++cell.count;
                cell.durationSec += item.durationSec;
            }
        }
        if (cls.isEmpty() || !what.rebalance)
            return;
        const RebalanceItem r{s.id, cls, s.contentHash.isEmpty() ? s.path : s.contentHash};
        in.all.push_back(r);
        if (noSplits || s.split == QLatin1String("training"))
            in.training.push_back(r);
    });
    return in;
}

QMap<QString, qint64> countsByClass(const std::vector<RebalanceItem>& items)
{
    QMap<QString, qint64> counts;
    for (const RebalanceItem& r : items)
        ++counts[r.className];
    return counts;
}

} // namespace tally
