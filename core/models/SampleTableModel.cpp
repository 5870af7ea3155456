#include "models/SampleTableModel.h"

#include "models/DisplayNames.h"
#include "store/Project.h"

#include <QLocale>

namespace tally {

SampleTableModel::SampleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SampleTableModel::reload(const Project& project)
{
    beginResetModel();
    m_rows = project.samples();
    recount();
    endResetModel();
}

void SampleTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_myLabels.clear();
    m_statuses.clear();
    m_splits.clear();
    m_vww.clear();
    recount();
    endResetModel();
}

int SampleTableModel::rowOfSample(qint64 sampleId) const
{
    // Rows are ordered by id (Project::samples()), so a binary search finds it.
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sampleId,
                               [](const SampleRecord& r, qint64 id) { return r.id < id; });
    return it != m_rows.end() && it->id == sampleId ? int(it - m_rows.begin()) : -1;
}

QString SampleTableModel::statusOf(const SampleRecord& r) const
{
    // Shown in the user's language; the keys stay English (models/DisplayNames.h).
    if (r.kind == SampleKind::Background)
        return DisplayNames::status(QStringLiteral("background"));
    if (const auto it = m_statuses.constFind(r.id); it != m_statuses.constEnd())
        return DisplayNames::status(it.value());
    return DisplayNames::status(r.className.isEmpty() && !m_myLabels.contains(r.id)
                                    ? QStringLiteral("unlabelled")
                                    : QStringLiteral("labelled"));
}

QString SampleTableModel::statusKey(const SampleRecord& r) const
{
    if (r.kind == SampleKind::Background)
        return QStringLiteral("background");
    if (const auto it = m_statuses.constFind(r.id); it != m_statuses.constEnd())
        return it.value();
    return r.className.isEmpty() && !m_myLabels.contains(r.id) ? QStringLiteral("unlabelled")
                                                               : QStringLiteral("labelled");
}

void SampleTableModel::countRow(const SampleRecord& r, int sign)
{
    if (r.kind != SampleKind::Background)
        m_progress.count(statusKey(r), m_myLabels.value(r.id), sign);
}

void SampleTableModel::recount()
{
    m_progress = LabelProgress();
    for (const SampleRecord& r : m_rows)
        countRow(r, 1);
}

void SampleTableModel::setMyLabels(const QHash<qint64, QString>& labels)
{
    m_myLabels = labels;
    recount();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, MyLabelColumn), index(rowCount() - 1, StatusColumn));
}

void SampleTableModel::setStatuses(const QHash<qint64, QString>& statuses)
{
    m_statuses = statuses;
    recount();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void SampleTableModel::setStatus(qint64 sampleId, const QString& status)
{
    const int row = rowOfSample(sampleId);
    if (row >= 0)
        countRow(m_rows[size_t(row)], -1);
    m_statuses.insert(sampleId, status);
    if (row >= 0) {
        countRow(m_rows[size_t(row)], 1);
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    }
}

void SampleTableModel::setVww(const QHash<qint64, bool>& person)
{
    m_vww = person;
    if (!m_rows.empty())
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
    m_splits = splits;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, SplitColumn), index(rowCount() - 1, SplitColumn));
}

void SampleTableModel::setMyLabel(qint64 sampleId, const QString& className)
{
    if (m_myLabels.value(sampleId) == className)
        return;
    const int row = rowOfSample(sampleId);
    if (row >= 0)
        countRow(m_rows[size_t(row)], -1);
    if (className.isEmpty())
        m_myLabels.remove(sampleId);
    else
        m_myLabels.insert(sampleId, className);
    if (row >= 0) {
        countRow(m_rows[size_t(row)], 1);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SampleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SampleRecord& r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == PathColumn ? QVariant(r.path) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= DurationColumn && index.column() <= PeakColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SampleIdRole:
        return r.id;
    case SortRole:
        return sortKey(r, index.column());
    case ClassRole:
        return r.className;
    case MyLabelRole:
        return m_myLabels.value(r.id);
    case SearchTextRole:
        return QString(r.path + QLatin1Char('\n') + r.className + QLatin1Char('\n') + r.groupKey +
                       QLatin1Char('\n') + m_myLabels.value(r.id));
    default:
        return {};
    }
}

QVariant SampleTableModel::display(const SampleRecord& r, int column) const
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
        return DisplayNames::split(m_splits.value(r.id));
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
        return statusOf(r);
    case VwwColumn:
        if (r.kind != SampleKind::Image || !m_vww.contains(r.id))
            return QString();
        return m_vww.value(r.id) ? tr("person") : tr("not person");
    default:
        return {};
    }
}

QVariant SampleTableModel::sortKey(const SampleRecord& r, int column) const
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
        return display(r, column);
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
    default:
        return {};
    }
}

SampleFilterModel::SampleFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SampleTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SampleFilterModel::setClassFilter(const QString& className)
{
    if (className == m_class)
        return;
    m_class = className;
    invalidateRowsFilter();
}

void SampleFilterModel::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool SampleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_class.isEmpty() && idx.data(SampleTableModel::ClassRole).toString() != m_class &&
        idx.data(SampleTableModel::MyLabelRole).toString() != m_class)
        return false;
    if (!m_text.isEmpty() && !idx.data(SampleTableModel::SearchTextRole)
                                  .toString()
                                  .contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace tally
