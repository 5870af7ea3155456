#include "models/SampleTableModel.h"

#include "models/DisplayNames.h"
#include "store/Project.h"
#include "store/SampleTableQuery.h"

#include <QLocale>
#include <algorithm>
#include <optional>
#include <string_view>

namespace tally {

SampleTableModel::SampleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SampleTableModel::reload(const Project& project)
{
    beginResetModel();
    m_project = &project;
    m_ids.clear();
    m_kind.clear();
    m_class.clear();
    m_status.clear();
    m_split.clear();
    m_cache.clear();
    m_text.clear();
    m_textEnd.clear();
    m_fetched = 0;
    const SampleTableQuery query(project);
    m_classNames = query.classNames();
    QByteArray lastSplit;
    quint8 lastSplitCode = 0;
    query.forEachIndexRow([&](const SampleTableQuery::IndexRow& row) {
        m_ids.push_back(row.id);
        m_kind.push_back(quint8(row.kind));
        m_class.push_back(qint32(row.classId));
        m_status.push_back(0);
        if (row.split != QByteArrayView(lastSplit)) { // a few names: convert each change only
            lastSplit = row.split.toByteArray();
            lastSplitCode = intern(m_splitNames, QString::fromUtf8(row.split));
        }
        m_split.push_back(lastSplitCode);
        appendSearchText(row.path, row.group);
    });
    computeSorted();
    computeShown();
    recount();
    endResetModel();
}

void SampleTableModel::clear()
{
    beginResetModel();
    m_project = nullptr;
    for (auto* v : {&m_kind, &m_status, &m_split})
        v->clear();
    m_ids.clear();
    m_class.clear();
    m_text.clear();
    m_textEnd.clear();
    m_sorted.clear();
    m_shown.clear();
    m_rowOf.clear();
    m_cache.clear();
    m_classNames.clear();
    m_myLabels.clear();
    m_vww.clear();
    m_flags.clear();
    recount();
    endResetModel();
}

quint8 SampleTableModel::intern(QStringList& names, const QString& name)
{
    if (name.isEmpty())
        return 0;
    qsizetype at = names.indexOf(name);
    if (at < 0) {
        if (names.size() >= 255)
            return 0;
        names << name;
        at = names.size() - 1;
    }
    return quint8(at);
}

int SampleTableModel::positionOf(qint64 sampleId) const
{
    // Ids are usually dense (1..n, no sample deleted): then the position is the offset.
    if (!m_ids.empty() && sampleId >= m_ids.front()) {
        const quint64 guess = quint64(sampleId - m_ids.front());
        if (guess < m_ids.size() && m_ids[size_t(guess)] == sampleId)
            return int(guess);
    }
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), sampleId);
    return it != m_ids.end() && *it == sampleId ? int(it - m_ids.begin()) : -1;
}

int SampleTableModel::rowOfSample(qint64 sampleId) const
{
    const int pos = positionOf(sampleId);
    return pos < 0 ? -1 : m_rowOf[size_t(pos)];
}

// Reads the records of the rows around row that are not cached (one query); the cache
// is emptied when it would grow past kCacheRows.
void SampleTableModel::fetchAround(int row) const
{
    if (!m_project)
        return;
    const int n = int(m_shown.size());
    const int from = std::max(0, row - kPageRows / 4);
    const int to = std::min(n, from + kPageRows);
    std::vector<qint64> ids;
    for (int r = from; r < to; ++r)
        if (const qint64 id = m_ids[size_t(m_shown[size_t(r)])]; !m_cache.contains(id))
            ids.push_back(id);
    if (m_cache.size() + qsizetype(ids.size()) > kCacheRows)
        m_cache.clear();
    for (SampleRecord& r : SampleTableQuery(*m_project).records(ids))
        m_cache.insert(r.id, std::move(r));
    m_fetched += qint64(ids.size());
    for (qint64 id : ids) // gone from the database since the reload: an empty row
        if (!m_cache.contains(id)) {
            SampleRecord gone;
            gone.id = id;
            m_cache.insert(id, gone);
        }
}

const SampleRecord& SampleTableModel::cached(int row) const
{
    const qint64 id = m_ids[size_t(m_shown[size_t(row)])];
    auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd()) {
        fetchAround(row);
        it = m_cache.constFind(id);
    }
    return it.value();
}

SampleRecord SampleTableModel::record(int row) const
{
    if (row < 0 || row >= int(m_shown.size()))
        return {};
    return cached(row);
}

SampleRecord SampleTableModel::recordOf(qint64 sampleId) const
{
    const int row = rowOfSample(sampleId);
    if (row >= 0)
        return cached(row);
    if (!m_project || !contains(sampleId))
        return {};
    if (const auto it = m_cache.constFind(sampleId); it != m_cache.constEnd())
        return it.value();
    const std::vector<SampleRecord> one = SampleTableQuery(*m_project).records({sampleId});
    ++m_fetched;
    return one.empty() ? SampleRecord{} : one.front();
}

QString SampleTableModel::splitOf(qint64 sampleId) const
{
    const int pos = positionOf(sampleId);
    return pos < 0 ? QString() : m_splitNames.value(m_split[size_t(pos)]);
}

QString SampleTableModel::statusOf(const SampleRecord& r) const
{
    // Shown in the user's language; the keys stay English (models/DisplayNames.h).
    const int pos = positionOf(r.id);
    return DisplayNames::status(pos < 0 ? QString() : statusKey(pos));
}

QString SampleTableModel::statusKey(int pos) const
{
    if (SampleKind(m_kind[size_t(pos)]) == SampleKind::Background)
        return QStringLiteral("background");
    if (const quint8 code = m_status[size_t(pos)]; code != 0)
        return m_statusNames.at(code);
    return m_class[size_t(pos)] == 0 && !m_myLabels.contains(m_ids[size_t(pos)])
               ? QStringLiteral("unlabelled")
               : QStringLiteral("labelled");
}

void SampleTableModel::countRow(int pos, int sign)
{
    if (SampleKind(m_kind[size_t(pos)]) != SampleKind::Background)
        m_progress.count(statusKey(pos), m_myLabels.value(m_ids[size_t(pos)]), sign);
}

// Counted by status code first (a million hash updates would cost more than the pass).
void SampleTableModel::recount()
{
    m_progress = LabelProgress();
    std::vector<int> byCode(m_statusNames.size() + 2, 0);
    const size_t labelled = byCode.size() - 2, unlabelled = byCode.size() - 1;
    for (size_t pos = 0; pos < m_ids.size(); ++pos) {
        if (SampleKind(m_kind[pos]) == SampleKind::Background)
            continue;
        ++m_progress.samples;
        if (const quint8 code = m_status[pos]; code != 0)
            ++byCode[code];
        else if (m_class[pos] == 0 && !m_myLabels.contains(m_ids[pos]))
            ++byCode[unlabelled];
        else
            ++byCode[labelled];
    }
    for (size_t code = 1; code < labelled; ++code)
        if (byCode[code] > 0)
            m_progress.byStatus[m_statusNames.at(qsizetype(code))] += byCode[code];
    if (byCode[labelled] > 0)
        m_progress.byStatus[QStringLiteral("labelled")] += byCode[labelled];
    if (byCode[unlabelled] > 0)
        m_progress.byStatus[QStringLiteral("unlabelled")] += byCode[unlabelled];
    for (auto it = m_myLabels.cbegin(); it != m_myLabels.cend(); ++it) {
        const int pos = positionOf(it.key());
        if (pos < 0 || SampleKind(m_kind[size_t(pos)]) == SampleKind::Background)
            continue;
        ++m_progress.mine;
        ++m_progress.mineByClass[it.value()];
    }
}

void SampleTableModel::setMyLabels(const QHash<qint64, QString>& labels)
{
    m_myLabels = labels;
    recount();
    const bool sortsByIt = m_sortColumn == MyLabelColumn || m_sortColumn == StatusColumn;
    if (sortsByIt || !m_classFilter.isEmpty() || !m_textFilter.isEmpty())
        relayout(sortsByIt);
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, MyLabelColumn), index(rowCount() - 1, StatusColumn));
}

void SampleTableModel::setStatuses(const QHash<qint64, QString>& statuses)
{
    beginStatuses();
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        putStatus(it.key(), it.value());
    endStatuses();
}

void SampleTableModel::beginStatuses()
{
    std::fill(m_status.begin(), m_status.end(), quint8(0));
}

void SampleTableModel::putStatus(qint64 sampleId, const QString& status)
{
    if (const int pos = positionOf(sampleId); pos >= 0)
        m_status[size_t(pos)] = intern(m_statusNames, status);
}

void SampleTableModel::endStatuses()
{
    recount();
    if (m_sortColumn == StatusColumn)
        relayout(true);
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void SampleTableModel::setStatus(qint64 sampleId, const QString& status)
{
    const int pos = positionOf(sampleId);
    if (pos < 0)
        return;
    countRow(pos, -1);
    m_status[size_t(pos)] = intern(m_statusNames, status);
    countRow(pos, 1);
    if (const int row = m_rowOf[size_t(pos)]; row >= 0)
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void SampleTableModel::setVww(const QHash<qint64, bool>& person)
{
    m_vww = person;
    if (m_sortColumn == VwwColumn)
        relayout(true);
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, VwwColumn), index(rowCount() - 1, VwwColumn));
}

void SampleTableModel::setVwwOf(qint64 sampleId, bool person)
{
    m_vww.insert(sampleId, person);
    const int row = rowOfSample(sampleId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, VwwColumn), index(row, VwwColumn));
}

void SampleTableModel::setSplits(const QHash<qint64, QString>& splits)
{
    std::fill(m_split.begin(), m_split.end(), quint8(0));
    for (auto it = splits.cbegin(); it != splits.cend(); ++it)
        if (const int pos = positionOf(it.key()); pos >= 0)
            m_split[size_t(pos)] = intern(m_splitNames, it.value());
    if (m_sortColumn == SplitColumn)
        relayout(true);
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, SplitColumn), index(rowCount() - 1, SplitColumn));
}

void SampleTableModel::reloadSplits()
{
    if (!m_project)
        return;
    size_t pos = 0;
    SampleTableQuery(*m_project).forEachIndexRow([&](const SampleTableQuery::IndexRow& row) {
        while (pos < m_ids.size() && m_ids[pos] < row.id)
            ++pos;
        if (pos < m_ids.size() && m_ids[pos] == row.id)
            m_split[pos] = intern(m_splitNames, QString::fromUtf8(row.split));
    });
    if (m_sortColumn == SplitColumn)
        relayout(true);
    if (!m_shown.empty())
        Q_EMIT dataChanged(index(0, SplitColumn), index(rowCount() - 1, SplitColumn));
}

void SampleTableModel::setMyLabel(qint64 sampleId, const QString& className)
{
    if (m_myLabels.value(sampleId) == className)
        return;
    const int pos = positionOf(sampleId);
    if (pos >= 0)
        countRow(pos, -1);
    if (className.isEmpty())
        m_myLabels.remove(sampleId);
    else
        m_myLabels.insert(sampleId, className);
    if (pos >= 0) {
        countRow(pos, 1);
        if (const int row = m_rowOf[size_t(pos)]; row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SampleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SampleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int pos = m_shown[size_t(index.row())];
    const qint64 id = m_ids[size_t(pos)];
    if (index.column() == QualityColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole ||
                                            role == Qt::DecorationRole || role == SortRole))
        return flagData(id, role); // held in memory: no read from the database
    switch (role) {                // what the index holds first: no read from the database
    case SampleIdRole:
        return id;
    case ClassRole:
        return m_classNames.value(m_class[size_t(pos)]);
    case MyLabelRole:
        return m_myLabels.value(id);
    case Qt::TextAlignmentRole:
        return index.column() >= DurationColumn && index.column() <= PeakColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
    case SearchTextRole:
        break;
    default:
        return {};
    }
    const SampleRecord& r = cached(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, pos, index.column());
    case Qt::ToolTipRole:
        return index.column() == PathColumn ? QVariant(r.path) : QVariant();
    case SortRole:
        return sortKey(r, pos, index.column());
    default: // SearchTextRole
        return QString(r.path + QLatin1Char('\n') + r.className + QLatin1Char('\n') + r.groupKey +
                       QLatin1Char('\n') + m_myLabels.value(id));
    }
}

QVariant SampleTableModel::display(const SampleRecord& r, int pos, int column) const
{
    switch (column) {
    case PathColumn:
        return r.path.mid(r.path.lastIndexOf(QLatin1Char('/')) + 1);
    case ClassColumn:
        return r.className;
    case MyLabelColumn:
        return m_myLabels.value(r.id);
    case GroupColumn:
        return r.groupKey;
    case SplitColumn:
        return DisplayNames::split(m_splitNames.value(m_split[size_t(pos)]));
    case DurationColumn:
        if (r.kind == SampleKind::Image)
            return tr("%1 × %2").arg(r.width).arg(r.height);
        return QLocale().toString(r.durationSec, 'f', 3);
    case RmsColumn:
        if (r.kind == SampleKind::Image)
            return QString();
        return r.rmsDbfs <= -199.0 ? QStringLiteral("-inf") : QLocale().toString(r.rmsDbfs, 'f', 1);
    case PeakColumn:
        return r.kind == SampleKind::Image ? QString() : QLocale().toString(r.peak, 'f', 3);
    case StatusColumn:
        return DisplayNames::status(statusKey(pos));
    case VwwColumn:
        if (r.kind != SampleKind::Image || !m_vww.contains(r.id))
            return QString();
        return m_vww.value(r.id) ? tr("person") : tr("not person");
    default:
        return {};
    }
}

QVariant SampleTableModel::sortKey(const SampleRecord& r, int pos, int column) const
{
    switch (column) {
    case DurationColumn:
        return r.kind == SampleKind::Image ? double(r.width) * r.height : r.durationSec;
    case RmsColumn:
        return r.rmsDbfs;
    case PeakColumn:
        return r.peak;
    case PathColumn:
        return r.path; // by folder, then name
    default:
        return display(r, pos, column);
    }
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case PathColumn:
        return tr("File");
    case ClassColumn:
        return tr("Class");
    case MyLabelColumn:
        return tr("My label");
    case GroupColumn:
        return tr("Group");
    case SplitColumn:
        return tr("Split");
    case DurationColumn:
        return tr("Duration (s) / size");
    case RmsColumn:
        return tr("RMS (dBFS)");
    case PeakColumn:
        return tr("Peak");
    case StatusColumn:
        return tr("Status");
    case VwwColumn:
        return tr("VWW");
    case QualityColumn:
        return tr("Quality");
    default:
        return {};
    }
}

void SampleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(true);
}

void SampleTableModel::setClassFilter(const QString& className)
{
    if (className == m_classFilter)
        return;
    m_classFilter = className;
    relayout(false);
}

void SampleTableModel::setTextFilter(const QString& text)
{
    if (text == m_textFilter)
        return;
    m_textFilter = text;
    relayout(false);
}

void SampleTableModel::relayout(bool resort)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(size_t(before.size()));
    for (const QModelIndex& idx : before)
        ids.push_back(idx.row() < int(m_shown.size()) ? m_ids[size_t(m_shown[size_t(idx.row())])]
                                                      : 0);
    if (resort)
        computeSorted();
    computeShown();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfSample(ids[size_t(i)]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SampleTableModel::computeSorted()
{
    m_sorted.clear();
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount || !m_project)
        return;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    using Order = SampleTableQuery::Order;
    std::optional<Order> sql;
    switch (m_sortColumn) {
    case PathColumn:
        sql = Order::Path;
        break;
    case GroupColumn:
        sql = Order::Group;
        break;
    case DurationColumn:
        sql = Order::DurationOrSize;
        break;
    case RmsColumn:
        sql = Order::Rms;
        break;
    case PeakColumn:
        sql = Order::Peak;
        break;
    default:
        m_sorted = sortedInMemory(m_sortColumn, descending);
        return;
    }
    const auto ids = SampleTableQuery(*m_project).idsOrderedBy(*sql, descending);
    if (!ids)
        return;
    m_sorted.reserve(m_ids.size());
    for (qint64 id : ids.value())
        if (const int pos = positionOf(id); pos >= 0)
            m_sorted.push_back(pos);
}

// Columns the index holds: each sample's shown text has a rank among the few texts the
// column can show (class names, statuses, splits), and the positions are sorted by it,
// stably (ties stay in id order, descending too, as QSortFilterProxyModel does).
std::vector<int> SampleTableModel::sortedInMemory(int column, bool descending) const
{
    const size_t n = m_ids.size();
    QStringList names;
    std::vector<int> key(n, 0);
    auto rankOf = [&names](QStringList texts) {
        texts.removeDuplicates();
        std::sort(texts.begin(), texts.end(), [](const QString& a, const QString& b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        QHash<QString, int> rank;
        for (qsizetype i = 0; i < texts.size(); ++i)
            rank.insert(texts[i], int(i));
        names = texts;
        return rank;
    };
    QStringList candidates{QString()};
    if (column == ClassColumn || column == MyLabelColumn) {
        candidates += m_classNames.values();
        candidates += QStringList(m_myLabels.values());
        const QHash<QString, int> rank = rankOf(candidates);
        for (size_t p = 0; p < n; ++p)
            key[p] = column == ClassColumn ? rank.value(m_classNames.value(m_class[p]))
                                           : rank.value(m_myLabels.value(m_ids[p]));
    } else if (column == StatusColumn || column == SplitColumn) {
        QHash<QString, int> rank;
        if (column == StatusColumn) {
            for (const QString& k : {QStringLiteral("background"), QStringLiteral("unlabelled"),
                                     QStringLiteral("labelled")})
                candidates << DisplayNames::status(k);
            for (const QString& k : m_statusNames)
                candidates << DisplayNames::status(k);
            rank = rankOf(candidates);
            for (size_t p = 0; p < n; ++p)
                key[p] = rank.value(DisplayNames::status(statusKey(int(p))));
        } else {
            for (const QString& k : m_splitNames)
                candidates << DisplayNames::split(k);
            rank = rankOf(candidates);
            std::vector<int> byCode;
            for (const QString& k : m_splitNames)
                byCode.push_back(rank.value(DisplayNames::split(k)));
            for (size_t p = 0; p < n; ++p)
                key[p] = byCode[m_split[p]];
        }
    } else if (column == VwwColumn) {
        const QHash<QString, int> rank = rankOf({QString(), tr("person"), tr("not person")});
        const int yes = rank.value(tr("person")), no = rank.value(tr("not person"));
        for (auto it = m_vww.cbegin(); it != m_vww.cend(); ++it)
            if (const int pos = positionOf(it.key());
                pos >= 0 && SampleKind(m_kind[size_t(pos)]) == SampleKind::Image)
                key[size_t(pos)] = it.value() ? yes : no;
    } else if (column == QualityColumn) {
        flagSortKeys(key);
    }
    std::vector<int> order(n);
    for (size_t p = 0; p < n; ++p)
        order[p] = int(p);
    std::stable_sort(order.begin(), order.end(), [&key, descending](int a, int b) {
        return descending ? key[size_t(a)] > key[size_t(b)] : key[size_t(a)] < key[size_t(b)];
    });
    return order;
}

// The shown rows: the sorted positions that pass the class and text filters.
void SampleTableModel::computeShown()
{
    const size_t n = m_ids.size();
    std::vector<char> pass(n, 1);
    if (!m_classFilter.isEmpty()) {
        const qint64 classId = m_classNames.key(m_classFilter, -1);
        for (size_t p = 0; p < n; ++p)
            pass[p] = m_class[p] == classId;
        for (auto it = m_myLabels.cbegin(); it != m_myLabels.cend(); ++it)
            if (it.value() == m_classFilter)
                if (const int pos = positionOf(it.key()); pos >= 0)
                    pass[size_t(pos)] = 1;
    }
    if (!m_textFilter.isEmpty() && m_project) {
        std::vector<char> text(n, 0);
        markTextMatches(text);
        QList<qint64> classes;
        for (auto it = m_classNames.cbegin(); it != m_classNames.cend(); ++it)
            if (it.value().contains(m_textFilter, Qt::CaseInsensitive))
                classes << it.key();
        if (!classes.isEmpty())
            for (size_t p = 0; p < n; ++p)
                if (classes.contains(m_class[p]))
                    text[p] = 1;
        for (auto it = m_myLabels.cbegin(); it != m_myLabels.cend(); ++it)
            if (it.value().contains(m_textFilter, Qt::CaseInsensitive))
                if (const int pos = positionOf(it.key()); pos >= 0)
                    text[size_t(pos)] = 1;
        for (size_t p = 0; p < n; ++p)
            pass[p] = pass[p] && text[p];
    }
    if (m_flagFilterOn)
        applyFlagFilter(pass);
    m_shown.clear();
    m_rowOf.assign(n, -1);
    auto add = [this, &pass](int pos) {
        if (pass[size_t(pos)]) {
            m_rowOf[size_t(pos)] = int(m_shown.size());
            m_shown.push_back(pos);
        }
    };
    if (m_sorted.size() == n && m_sortColumn >= 0)
        for (int pos : m_sorted)
            add(pos);
    else
        for (size_t p = 0; p < n; ++p)
            add(int(p));
}

// ASCII letters folded to lower case: the text filter's case-insensitivity (as SQLite's
// LIKE, which the filter used before; other letters must match exactly).
namespace {
char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}
} // namespace

bool SampleTableModel::hasImages() const
{
    return std::find(m_kind.begin(), m_kind.end(), quint8(SampleKind::Image)) != m_kind.end();
}

void SampleTableModel::appendSearchText(QByteArrayView path, QByteArrayView group)
{
    for (char c : path)
        m_text.push_back(foldAscii(c));
    m_text.push_back(kFieldEnd);
    for (char c : group)
        m_text.push_back(foldAscii(c));
    m_text.push_back(kRowEnd);
    m_textEnd.push_back(m_text.size());
}

// Marks the positions whose path or group contains the text filter: one search through
// the packed text of every sample (no row read from the database).
void SampleTableModel::markTextMatches(std::vector<char>& text) const
{
    std::string needle;
    for (char c : m_textFilter.toUtf8())
        needle.push_back(foldAscii(c));
    if (needle.empty() || needle.find(kFieldEnd) != std::string::npos ||
        needle.find(kRowEnd) != std::string::npos || m_textEnd.size() != text.size())
        return;
    const std::string_view all(m_text);
    size_t at = all.find(needle);
    while (at != std::string_view::npos) {
        const size_t pos =
            size_t(std::upper_bound(m_textEnd.begin(), m_textEnd.end(), at) - m_textEnd.begin());
        if (pos >= text.size())
            break;
        text[pos] = 1;
        at = all.find(needle, m_textEnd[pos]); // on to the next sample
    }
}

SampleFilterModel::SampleFilterModel(QObject* parent) : QIdentityProxyModel(parent) {}

SampleTableModel* SampleFilterModel::table() const
{
    return qobject_cast<SampleTableModel*>(sourceModel());
}

void SampleFilterModel::setClassFilter(const QString& className)
{
    if (SampleTableModel* t = table())
        t->setClassFilter(className);
}

void SampleFilterModel::setTextFilter(const QString& text)
{
    if (SampleTableModel* t = table())
        t->setTextFilter(text);
}

QString SampleFilterModel::classFilter() const
{
    const SampleTableModel* t = table();
    return t ? t->classFilter() : QString();
}

void SampleFilterModel::setFlagFilter(bool on, const QString& check)
{
    if (SampleTableModel* t = table())
        t->setFlagFilter(on, check);
}

bool SampleFilterModel::isFlagFilterOn() const
{
    const SampleTableModel* t = table();
    return t && t->isFlagFilterOn();
}

QString SampleFilterModel::flagFilterCheck() const
{
    const SampleTableModel* t = table();
    return t ? t->flagFilterCheck() : QString();
}

} // namespace tally
