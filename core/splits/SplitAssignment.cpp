#include "splits/SplitAssignment.h"

#include "splits/EffectiveClass.h"
#include "splits/GroupedSplit.h"
#include "splits/SpeechCommandsSplit.h"
#include "store/Project.h"
#include "store/SampleScan.h"
#include "store/SeriesTrends.h"
#include "store/Splits.h"

#include <cmath>
#include <type_traits>

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

// chronological: within each sensor run, its snapshots that have a class in time order,
// the earliest share training, the next validation, the latest testing. Samples that are
// not snapshots of a run get no split.
void assignChronological(Project& project, const QHash<qint64, QString>& classOf,
                         const SplitMethod& m, QHash<qint64, QString>* out)
{
    const auto order = SeriesTrends(project).snapshotOrder();
    if (!order)
        return;
    const auto& rows = order.value();
    for (size_t begin = 0; begin < rows.size();) {
        size_t end = begin;
        std::vector<qint64> run;
        for (; end < rows.size() && rows[end].second == rows[begin].second; ++end)
            if (classOf.contains(rows[end].first))
                run.push_back(rows[end].first);
        const double n = double(run.size());
        const auto testing = size_t(std::llround(n * m.testingPercent / 100.0));
        const auto validation = size_t(std::llround(n * m.validationPercent / 100.0));
        const size_t training = run.size() - std::min(run.size(), testing + validation);
        for (size_t i = 0; i < run.size(); ++i)
            out->insert(run[i], i < training                ? QStringLiteral("training")
                                : i < training + validation ? QStringLiteral("validation")
                                                            : QStringLiteral("testing"));
        begin = end;
    }
}

QHash<qint64, QString> assignSplits(Project& project, const QHash<qint64, QString>& classOf,
                                    const SplitMethod& m, const Splits& splits)
{
    QHash<qint64, QString> out;
    const bool speechCommands = m.method == QLatin1String("speech-commands");
    const SpeechCommandsSplit sc{m.validationPercent, m.testingPercent};
    SampleScan(project).run([&](const ScannedSample& s) {
        out.insert(s.id, speechCommands && classOf.contains(s.id) ? splitName(sc.assign(s.path))
                                                                  : QString());
    });
    if (speechCommands)
        return out;
    if (m.method == QLatin1String("chronological")) {
        assignChronological(project, classOf, m, &out);
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

QHash<qint64, QString> assignSplits(Project& project, const SplitMethod& m, const Splits& splits)
{
    if (m.method != QLatin1String("speech-commands"))
        return assignSplits(project, effectiveClasses(project), m, splits);
    // One pass: the effective class is only asked whether there is one.
    QHash<qint64, QString> out;
    const SpeechCommandsSplit sc{m.validationPercent, m.testingPercent};
    const SampleScan scan(project);
    scan.run([&](const ScannedSample& s) {
        out.insert(s.id,
                   effectiveClassOf(scan, s).isEmpty() ? QString() : splitName(sc.assign(s.path)));
    });
    return out;
}

Status applySplitMethod(Project& project, const SplitMethod& m, Splits& splits,
                        qint64 byAnnotatorId, qint64* changed)
{
    if (m.method != QLatin1String("speech-commands"))
        return splits.setSplits(assignSplits(project, m, splits), m, byAnnotatorId, changed);
    const SpeechCommandsSplit sc{m.validationPercent, m.testingPercent};
    const auto splitOf = [&sc](QAnyStringView path) -> QLatin1StringView {
        return path.visit([&sc](auto view) {
            if constexpr (std::is_same_v<decltype(view), QLatin1StringView>)
                return splitLatin1(sc.assignAscii(view));
            else
                return splitLatin1(sc.assign(view.toString()));
        });
    };
    return splits.setSplitsByPath(splitOf, m, byAnnotatorId, changed);
}

QMap<QString, QMap<QString, qint64>> classSplitCounts(Project& project)
{
    QMap<QString, QMap<QString, qint64>> out;
    const SampleScan scan(project);
    const auto cells = classSplitCells(scan, project);
    if (!cells)
        return out;
    for (const ClassSplitCell& c : cells.value()) {
        const QString cls = scan.className(c.classId);
        if (!cls.isEmpty())
            out[cls][c.split] += c.count;
    }
    return out;
}

} // namespace tally
