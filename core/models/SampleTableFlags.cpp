// SampleTableModel's Quality column: the active flags held per flagged sample, the
// column's text, icon and tooltip, its sort keys and the flag filter.
#include "models/SampleTableModel.h"

#include <QLocale>
#include <algorithm>

namespace tally {

void SampleTableModel::setFlags(const QList<FlagRecord>& flags, const QStringList& checkOrder)
{
    m_flags.clear();
    for (const FlagRecord& f : flags)
        if (f.isActive() && contains(f.sampleId))
            m_flags[f.sampleId].append(ActiveFlag{f.check, f.value, f.threshold, f.detail});
    // Checks the order does not name go last, by name.
    auto rank = [&checkOrder](const QString& check) {
        const qsizetype at = checkOrder.indexOf(check);
        return at < 0 ? checkOrder.size() : at;
    };
    for (QList<ActiveFlag>& list : m_flags)
        std::stable_sort(list.begin(), list.end(),
                         [&rank](const ActiveFlag& a, const ActiveFlag& b) {
                             const qsizetype ra = rank(a.check), rb = rank(b.check);
                             return ra != rb ? ra < rb : a.check < b.check;
                         });
    if (m_sortColumn == QualityColumn || m_flagFilterOn)
        relayout(m_sortColumn == QualityColumn);
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, QualityColumn), index(rowCount() - 1, QualityColumn));
}

QStringList SampleTableModel::activeChecksOf(qint64 sampleId) const
{
    QStringList checks;
    for (const ActiveFlag& f : m_flags.value(sampleId))
        if (!checks.contains(f.check))
            checks << f.check;
    return checks;
}

void SampleTableModel::setFlagFilter(bool on, const QString& check)
{
    const QString wanted = on ? check : QString();
    if (on == m_flagFilterOn && wanted == m_flagFilterCheck)
        return;
    m_flagFilterOn = on;
    m_flagFilterCheck = wanted;
    relayout(false);
}

QVariant SampleTableModel::flagData(qint64 sampleId, int role) const
{
    const auto it = m_flags.constFind(sampleId);
    if (it == m_flags.constEnd() || it->isEmpty())
        return role == SortRole ? QVariant(QString()) : QVariant();
    const QStringList checks = activeChecksOf(sampleId);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return checks.size() > 1 ? tr("%1 +%2").arg(checks.first()).arg(checks.size() - 1)
                                 : checks.first();
    case Qt::DecorationRole:
        return m_flagIcon;
    case Qt::ToolTipRole: {
        QStringList lines;
        const QLocale locale;
        for (const ActiveFlag& f : *it) {
            QString line = tr("%1: %2 (threshold %3)")
                               .arg(f.check, locale.toString(f.value, 'g', 4),
                                    locale.toString(f.threshold, 'g', 4));
            if (!f.detail.isEmpty())
                line += QStringLiteral(" — ") + f.detail;
            lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

// The column's texts ranked case-insensitively; unflagged samples first (rank 0).
void SampleTableModel::flagSortKeys(std::vector<int>& key) const
{
    QStringList texts;
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        texts << flagData(it.key(), Qt::DisplayRole).toString();
    texts.removeDuplicates();
    std::sort(texts.begin(), texts.end(), [](const QString& a, const QString& b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    QHash<QString, int> rank;
    for (qsizetype i = 0; i < texts.size(); ++i)
        rank.insert(texts[i], int(i) + 1);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        if (const int pos = positionOf(it.key()); pos >= 0 && size_t(pos) < key.size())
            key[size_t(pos)] = rank.value(flagData(it.key(), Qt::DisplayRole).toString());
}

void SampleTableModel::applyFlagFilter(std::vector<char>& pass) const
{
    std::vector<char> flagged(pass.size(), 0);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const bool match = m_flagFilterCheck.isEmpty() ||
                           std::any_of(it->cbegin(), it->cend(), [this](const ActiveFlag& f) {
                               return f.check == m_flagFilterCheck;
                           });
        if (const int pos = positionOf(it.key()); match && pos >= 0 && size_t(pos) < pass.size())
            flagged[size_t(pos)] = 1;
    }
    for (size_t p = 0; p < pass.size(); ++p)
        pass[p] = pass[p] && flagged[p];
}

} // namespace tally
