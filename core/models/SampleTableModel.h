#pragma once
// The samples of a project as a flat table (one row per sample), for the sample
// table dock and for tests. Holds a snapshot of the rows in memory (about 200 bytes
// a sample, so 100,000 samples are ~20 MB) and reloads it on request; a row never
// touches the database while painting, so scrolling never waits on SQL.
// Numbers are shown in the default QLocale (a Brazilian reads 0,500 s, not 0.500).
// GUI-thread object; QtCore only.

#include "models/LabelProgress.h"
#include "store/SampleRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <vector>

namespace tally {

class Project;

class SampleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PathColumn, // the file name; the stored path (its folder) is the tooltip
        ClassColumn,
        MyLabelColumn,
        StatusColumn, // status and split early, so a narrow table shows them
        SplitColumn,
        GroupColumn,
        DurationColumn,
        RmsColumn,
        PeakColumn,
        VwwColumn,
        ColumnCount
    };
    enum Role
    {
        SampleIdRole = Qt::UserRole + 1,
        SortRole,
        ClassRole,
        MyLabelRole,
        SearchTextRole
    };

    explicit SampleTableModel(QObject* parent = nullptr);

    void reload(const Project& project);
    // The current annotator's labels (sample id -> class name), shown in MyLabelColumn.
    void setMyLabels(const QHash<qint64, QString>& labels);
    void setMyLabel(qint64 sampleId, const QString& className);
    QString myLabel(qint64 sampleId) const { return m_myLabels.value(sampleId); }
    // Derived statuses (core/review) and splits by sample id; a sample missing from
    // the statuses falls back to background / labelled / unlabelled.
    void setStatuses(const QHash<qint64, QString>& statuses);
    void setSplits(const QHash<qint64, QString>& splits);
    void setStatus(qint64 sampleId, const QString& status); // one sample, after an edit
    // The derived Visual Wake Words label of image samples (review/VisualWakeWords.h):
    // true = person. Shown in VwwColumn as "person" / "not person"; blank for audio.
    void setVww(const QHash<qint64, bool>& person);
    void setVwwOf(qint64 sampleId, bool person);
    QString splitOf(qint64 sampleId) const { return m_splits.value(sampleId); }
    void clear();
    const SampleRecord& record(int row) const { return m_rows[size_t(row)]; }
    int rowOfSample(qint64 sampleId) const;
    // The derived status shown in the Status column.
    QString statusOf(const SampleRecord& r) const;
    // My labels and the statuses counted over the rows, kept up to date by the setters
    // above (a one-sample setter adjusts it in constant time).
    const LabelProgress& progress() const { return m_progress; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SampleRecord& r, int column) const;
    QVariant sortKey(const SampleRecord& r, int column) const;
    // statusOf, untranslated ("unlabelled", "disputed", ...).
    QString statusKey(const SampleRecord& r) const;
    // Adds (+1) or removes (-1) the row's share of m_progress; background is not counted.
    void countRow(const SampleRecord& r, int sign);
    void recount();

    std::vector<SampleRecord> m_rows;
    QHash<qint64, QString> m_myLabels;
    QHash<qint64, QString> m_statuses;
    QHash<qint64, QString> m_splits;
    QHash<qint64, bool> m_vww;
    LabelProgress m_progress;
};

// Filters by class (the imported class or my label, exact; empty = all) and free text
// (case-insensitive substring of path, class and group); sorts numerically on numeric columns.
class SampleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SampleFilterModel(QObject* parent = nullptr);
    void setClassFilter(const QString& className);
    void setTextFilter(const QString& text);
    QString classFilter() const { return m_class; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_class;
    QString m_text;
};

} // namespace tally
