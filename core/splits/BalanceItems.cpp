#include "splits/BalanceItems.h"

#include "review/ProjectReview.h"
#include "splits/EffectiveClass.h"
#include "store/Project.h"
#include "store/Splits.h"

namespace tally {

BalanceInputs gatherBalanceInputs(Project& project, const QString& by)
{
    Splits splits(project);
    const QHash<qint64, QString> classOf = effectiveClasses(project);
    const QHash<qint64, QString> splitOf = splits.splits();
    QHash<qint64, QString> keyOf;
    if (by == QLatin1String("split")) {
        keyOf = splitOf;
    } else if (by == QLatin1String("status")) {
        const auto statuses = ProjectReview(project).statuses();
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            keyOf.insert(it.key(), sampleStatusName(it.value()));
    } else {
        keyOf = splits.metadataValues(by);
    }
    BalanceInputs in;
    for (const SampleRecord& s : project.samples()) {
        if (s.kind == SampleKind::Background)
            continue;
        const QString cls = classOf.value(s.id);
        in.items.push_back(
            BalanceItem{s.id, cls, splitOf.value(s.id), keyOf.value(s.id), s.durationSec});
        if (cls.isEmpty())
            continue;
        const RebalanceItem r{s.id, cls, s.contentHash.isEmpty() ? s.path : s.contentHash};
        in.all.push_back(r);
        if (splitOf.isEmpty() || splitOf.value(s.id) == QLatin1String("training"))
            in.training.push_back(r);
    }
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
