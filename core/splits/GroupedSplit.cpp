#include "splits/GroupedSplit.h"

#include <QCryptographicHash>
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace tally {

namespace {

constexpr std::array<Split, 3> kSplits{Split::Training, Split::Validation, Split::Testing};

struct Group
{
    QString key;
    quint64 hash = 0;
    int band = 0; // floor(log2(samples))
    std::vector<qint64> sampleIds;
    std::vector<std::pair<int, qint64>> perClass; // (class index, samples)
};

// Groups with their class counts; classIndex maps class names to 0..k-1.
std::vector<Group> makeGroups(const std::vector<GroupedSplitItem>& items, quint64 seed,
                              QHash<QString, int>* classIndex, std::vector<qint64>* classTotals)
{
    QHash<QString, int> groupIndex;
    std::vector<Group> groups;
    std::vector<QHash<int, qint64>> counts;
    for (const GroupedSplitItem& it : items) {
        const QString key =
            it.group.isEmpty() ? QStringLiteral("\x1fsample:%1").arg(it.sampleId) : it.group;
        auto g = groupIndex.constFind(key);
        if (g == groupIndex.cend()) {
            g = groupIndex.insert(key, int(groups.size()));
            groups.push_back(Group{key, GroupedSplit::groupHash(seed, key), 0, {}, {}});
            counts.emplace_back();
        }
        auto c = classIndex->constFind(it.className);
        if (c == classIndex->cend()) {
            c = classIndex->insert(it.className, int(classTotals->size()));
            classTotals->push_back(0);
        }
        groups[size_t(*g)].sampleIds.push_back(it.sampleId);
        ++counts[size_t(*g)][*c];
        ++(*classTotals)[size_t(*c)];
    }
    for (size_t i = 0; i < groups.size(); ++i) {
        for (auto it = counts[i].cbegin(); it != counts[i].cend(); ++it)
            groups[i].perClass.emplace_back(it.key(), it.value());
        std::sort(groups[i].perClass.begin(), groups[i].perClass.end());
        groups[i].band = std::bit_width(quint64(groups[i].sampleIds.size())) - 1;
    }
    return groups;
}

} // namespace

quint64 GroupedSplit::groupHash(quint64 seed, const QString& group)
{
    const QByteArray bytes = QByteArray::number(seed) + '\x1f' + group.toUtf8();
    const QByteArray d = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | quint8(d[i]);
    return h;
}

QHash<qint64, Split> GroupedSplit::assign(const std::vector<GroupedSplitItem>& items,
                                          const GroupedSplitOptions& options)
{
    QHash<QString, int> classIndex;
    std::vector<qint64> totals;
    std::vector<Group> groups = makeGroups(items, options.seed, &classIndex, &totals);
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.band != b.band)
            return a.band > b.band;
        if (a.hash != b.hash)
            return a.hash < b.hash;
        return a.key < b.key;
    });
    const double pv = std::clamp(options.validationPercent, 0.0, 100.0) / 100.0;
    const double pt = std::clamp(options.testingPercent, 0.0, 100.0 - pv * 100.0) / 100.0;
    const std::array<double, 3> share{1.0 - pv - pt, pv, pt};
    // a[s][c]: assigned samples; deviation measured relative to n_c.
    std::array<std::vector<double>, 3> assigned;
    for (auto& v : assigned)
        v.assign(totals.size(), 0.0);
    QHash<qint64, Split> out;
    out.reserve(qsizetype(items.size()));
    for (const Group& g : groups) {
        int best = 0;
        double bestDelta = 0.0;
        for (int s = 0; s < 3; ++s) {
            double delta = 0.0;
            for (const auto& [c, n] : g.perClass) {
                const double nc = double(totals[size_t(c)]);
                const double target = nc * share[size_t(s)];
                const double before = (assigned[size_t(s)][size_t(c)] - target) / nc;
                const double after = (assigned[size_t(s)][size_t(c)] + double(n) - target) / nc;
                delta += after * after - before * before;
            }
            if (s == 0 || delta < bestDelta - 1e-12) {
                best = s;
                bestDelta = delta;
            }
        }
        for (const auto& [c, n] : g.perClass)
            assigned[size_t(best)][size_t(c)] += double(n);
        for (qint64 id : g.sampleIds)
            out.insert(id, kSplits[size_t(best)]);
    }
    return out;
}

} // namespace tally
