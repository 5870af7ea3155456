#include "splits/SplitAssignment.h"

#include "splits/GroupedSplit.h"
#include "splits/SpeechCommandsSplit.h"
#include "store/Project.h"
#include "store/Splits.h"

namespace tally {

bool isSpeakerGroupKey(const QString& key)
{
    return key == QLatin1String("speaker") || key == QLatin1String("group");
}

QHash<qint64, QString> splitGroupsFor(const Splits& splits, const QString& key)
{
    return isSpeakerGroupKey(key) || key.isEmpty() ? splits.groupKeys()
                                                   : splits.metadataValues(key);
}

QHash<qint64, QString> assignSplits(Project& project, const QHash<qint64, QString>& classOf,
                                    const SplitMethod& m, const Splits& splits)
{
    QHash<qint64, QString> out;
    const std::vector<SampleRecord> samples = project.samples();
    for (const SampleRecord& s : samples)
        out.insert(s.id, QString());
    if (m.method == QLatin1String("speech-commands")) {
        SpeechCommandsSplit sc{m.validationPercent, m.testingPercent};
        for (const SampleRecord& s : samples)
            if (classOf.contains(s.id))
                out.insert(s.id, splitName(sc.assign(s.path)));
        return out;
    }
    const QHash<qint64, QString> groupOf = splitGroupsFor(splits, m.groupKey);
    std::vector<GroupedSplitItem> items;
    items.reserve(size_t(classOf.size()));
    for (auto it = classOf.cbegin(); it != classOf.cend(); ++it)
        items.push_back(GroupedSplitItem{it.key(), groupOf.value(it.key()), it.value()});
    const auto assigned =
        GroupedSplit::assign(items, {m.validationPercent, m.testingPercent, m.seed});
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it)
        out.insert(it.key(), splitName(it.value()));
    return out;
}

} // namespace tally
