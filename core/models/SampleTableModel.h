#pragma once
// The samples of a project as a flat table (one row per sample), for the sample table
// dock and for tests. Lazy, so that a million samples open in a second or two: what is
// held for every sample is a compact index (id, kind, imported class, derived status,
// split — about 20 bytes a sample); the rows' other fields (path, group, duration, …)
// are read from the database a page at a time when a row is first shown and kept in a
// small cache (kCacheRows), so scrolling reads a page of rows now and then, not every
// row on every paint. Sorting and filtering are done here, not in a proxy: columns the
// index holds (class, my label, status, split, VWW) are ordered in memory, the others
// by SQL (store/SampleTableQuery.h); the text filter asks SQL for the paths and groups
// containing the text. Sort and filter keep the selection (persistent indexes follow
// their sample). A single sample's edit (setStatus, setMyLabel) updates its row in place
// and does not move it; the next sort, filter or reload places it.
// Numbers are shown in the default QLocale (a Brazilian reads 0,500 s, not 0.500).
// GUI-thread object; QtCore only. The Project given to reload() must outlive the model
// or be followed by clear().

#include "models/LabelProgress.h"
#include "store/Flags.h"
#include "store/SampleRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIdentityProxyModel>
#include <QVariant>
#include <string>
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
        QualityColumn, // the first active quality flag's check, "+N" when more
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
    static constexpr int kCacheRows = 2048; // full records held at most
    static constexpr int kPageRows = 128;   // read at once around a row that is shown

    explicit SampleTableModel(QObject* parent = nullptr);

    void reload(const Project& project);
    // The current annotator's labels (sample id -> class name), shown in MyLabelColumn.
    void setMyLabels(const QHash<qint64, QString>& labels);
    void setMyLabel(qint64 sampleId, const QString& className);
    QString myLabel(qint64 sampleId) const { return m_myLabels.value(sampleId); }
    // Derived statuses (core/review) and splits by sample id; a sample missing from
    // the statuses falls back to background / labelled / unlabelled. The streamed form
    // (beginStatuses, putStatus for any samples, endStatuses) holds no hash of them.
    void setStatuses(const QHash<qint64, QString>& statuses);
    void beginStatuses();
    void putStatus(qint64 sampleId, const QString& status); // no signal
    void endStatuses();
    void setSplits(const QHash<qint64, QString>& splits);
    // Every sample's split read again from the project.
    void reloadSplits();
    void setStatus(qint64 sampleId, const QString& status); // one sample, after an edit
    // The derived Visual Wake Words label of image samples (review/VisualWakeWords.h):
    // true = person. Shown in VwwColumn as "person" / "not person"; blank for audio.
    void setVww(const QHash<qint64, bool>& person);
    void setVwwOf(qint64 sampleId, bool person);
    QString splitOf(qint64 sampleId) const;
    void clear();

    // Active quality flags (store/Flags.h: open and not dismissed; other rows are passed
    // over), shown in QualityColumn: the first of the sample's checks in checkOrder (the
    // order of quality/QualitySettings.h), "+N" when it has more; the tooltip lists each
    // with its value and threshold. Held in memory (only the flagged samples), so data()
    // reads no SQL. Re-applies the flag filter and the sort by that column.
    void setFlags(const QList<FlagRecord>& flags, const QStringList& checkOrder);
    // The icon shown (DecorationRole) beside a flagged sample's checks: a QIcon, passed in
    // as a QVariant so that this library needs no QtGui widgets.
    void setFlagDecoration(const QVariant& icon) { m_flagIcon = icon; }
    // The sample's active checks, in the order given to setFlags (empty: none).
    QStringList activeChecksOf(qint64 sampleId) const;
    qint64 flaggedCount() const { return m_flags.size(); }
    // Only samples with an active flag of `check` (empty: of any check); off: all.
    void setFlagFilter(bool on, const QString& check = {});
    bool isFlagFilterOn() const { return m_flagFilterOn; }
    QString flagFilterCheck() const { return m_flagFilterCheck; }

    // Filters: by class (the imported class or my label, exact; empty = all) and free text
    // (case-insensitive substring of path, class, group and my label).
    void setClassFilter(const QString& className);
    void setTextFilter(const QString& text);
    QString classFilter() const { return m_classFilter; }
    QString textFilter() const { return m_textFilter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The record of a shown row, or of a sample (shown or filtered out); id 0 if none.
    SampleRecord record(int row) const;
    SampleRecord recordOf(qint64 sampleId) const;
    // The shown row of the sample; -1 if it is filtered out or not in the project.
    int rowOfSample(qint64 sampleId) const;
    bool contains(qint64 sampleId) const { return positionOf(sampleId) >= 0; }
    int totalCount() const { return int(m_ids.size()); }
    bool hasImages() const;                                     // any image sample in the project
    const std::vector<qint64>& allIds() const { return m_ids; } // ascending
    // The derived status shown in the Status column.
    QString statusOf(const SampleRecord& r) const;
    // My labels and the statuses counted over every sample (filters aside), kept up to
    // date by the setters above (a one-sample setter adjusts it in constant time).
    const LabelProgress& progress() const { return m_progress; }
    // Records read from the database since the last reload, and held now (for tests).
    qint64 fetchedRows() const { return m_fetched; }
    int cachedRows() const { return int(m_cache.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int positionOf(qint64 sampleId) const; // index into m_ids; -1 if absent
    const SampleRecord& cached(int row) const;
    void fetchAround(int row) const;
    QVariant display(const SampleRecord& r, int pos, int column) const;
    QVariant sortKey(const SampleRecord& r, int pos, int column) const;
    // statusOf, untranslated ("unlabelled", "disputed", ...).
    QString statusKey(int pos) const;
    quint8 intern(QStringList& names, const QString& name);
    void countRow(int pos, int sign);
    void recount();
    // Sort (when resort) and filter again, as one layout change that keeps the
    // persistent indexes on their samples.
    void relayout(bool resort);
    void computeSorted();
    void computeShown();
    std::vector<int> sortedInMemory(int column, bool descending) const;
    void appendSearchText(QByteArrayView path, QByteArrayView group);
    void markTextMatches(std::vector<char>& text) const;
    // The Quality column (SampleTableFlags.cpp).
    QVariant flagData(qint64 sampleId, int role) const;
    void flagSortKeys(std::vector<int>& key) const;
    void applyFlagFilter(std::vector<char>& pass) const;

    const Project* m_project = nullptr;
    std::vector<qint64> m_ids; // ascending; position = index
    std::vector<quint8> m_kind;
    std::vector<qint32> m_class;  // imported class id, 0 = none
    std::vector<quint8> m_status; // index into m_statusNames, 0 = not derived
    std::vector<quint8> m_split;  // index into m_splitNames, 0 = none
    QStringList m_statusNames{QString()};
    QStringList m_splitNames{QString()};
    QHash<qint64, QString> m_classNames;
    QHash<qint64, QString> m_myLabels;
    QHash<qint64, bool> m_vww;
    struct ActiveFlag
    {
        QString check;
        double value = 0.0;
        double threshold = 0.0;
        QString detail;
    };
    QHash<qint64, QList<ActiveFlag>> m_flags; // flagged samples only, in check order
    QVariant m_flagIcon;
    bool m_flagFilterOn = false;
    QString m_flagFilterCheck;
    LabelProgress m_progress;
    // What the text filter searches: each sample's path and group (UTF-8, ASCII letters
    // in lower case), packed "path kFieldEnd group kRowEnd" in position order, and the end
    // of each sample's text in it (~45 bytes a sample).
    static constexpr char kFieldEnd = '\x1f';
    static constexpr char kRowEnd = '\n';
    std::string m_text;
    std::vector<size_t> m_textEnd;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_classFilter;
    QString m_textFilter;
    std::vector<int> m_sorted; // positions in sort order (empty: id order)
    std::vector<int> m_shown;  // positions of the shown rows, in row order
    std::vector<int> m_rowOf;  // position -> shown row, -1 if filtered out
    mutable QHash<qint64, SampleRecord> m_cache;
    mutable qint64 m_fetched = 0;
};

// The table as the view sees it: the model itself (sorting and filtering happen there);
// kept as a proxy so that views and tests hold one place to set the filters.
class SampleFilterModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit SampleFilterModel(QObject* parent = nullptr);
    void setClassFilter(const QString& className);
    void setTextFilter(const QString& text);
    QString classFilter() const;
    // Only samples with an active flag of `check` (empty: any); off: every sample.
    void setFlagFilter(bool on, const QString& check = {});
    bool isFlagFilterOn() const;
    QString flagFilterCheck() const;

private:
    SampleTableModel* table() const;
};

} // namespace tally
