#pragma once
// The selection in the sample table, as the Session sees it: the table's current row
// becomes the Session's current sample, a Session::selectSampleRequested(id) selects
// that row (clearing the filters that hide it), and after samplesChanged the same
// sample is selected again. Controllers move through the shown rows with it (next,
// previous, the shown samples in row order) without knowing the table.
// GUI thread only; the table and the proxy belong to the caller.

#include <QObject>

namespace tally {

class SampleFilterModel;
class SampleTable;
class Session;

class SampleNavigator : public QObject
{
    Q_OBJECT
public:
    SampleNavigator(Session& session, SampleTable* table, SampleFilterModel* proxy,
                    QObject* parent = nullptr);

    // Selects a row of the table as it is shown (filters applied).
    void selectRow(int row);
    // Moves the selection by delta rows (wraps at neither end).
    void move(int delta);
    // Selects the sample when the filters show it; false (nothing changes) otherwise.
    bool showSample(qint64 sampleId);
    // Selects the sample with that stored path, or that path on disk; false if it is
    // not in the project (the reason is reported) or is hidden by a filter.
    bool selectStoredPath(const QString& path);
    // The sample shown last in this project, else the first row.
    void restoreSelection();
    void selectFirstIfNone();
    // Sample ids of the rows the table shows now, in row order.
    QList<qint64> shownIds() const;

private:
    int rowOf(qint64 sampleId) const; // in the proxy; -1 if hidden or absent
    void selectRequested(qint64 sampleId);
    void onCurrentRowChanged(int row);
    void onSamplesChanged();
    void updateCount();

    Session& m_session;
    SampleTable* m_table = nullptr;
    SampleFilterModel* m_proxy = nullptr;
    bool m_resetting = false;
};

} // namespace tally
