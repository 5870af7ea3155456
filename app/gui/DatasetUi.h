#pragma once
// The Dataset menu: Class Balance (a dock), Split…, Licences…,
// Export… and Versions…. Each dialog only gathers options; the work is done by the
// public functions below, which call the same core code as tally-cli (split,
// licence, export, versions, diff) and can be driven without dialogs (tests, or when
// the window is not interactive).
//
// The main window places menu(), the balance dock and the export progress widget.
// GUI thread only; exports run on a worker (ExportRunner) with their own Project.

#include "gui/ExportRunner.h"
#include "gui/LicenceDialog.h"
#include "gui/SplitDialog.h"
#include "store/SplitLeaks.h"
#include "store/Splits.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace tally {

class BalanceDock;
class SampleNavigator;
class Session;
class VersionsDialog;

class DatasetUi : public QObject
{
    Q_OBJECT
public:
    // host: the window that parents the docks and dialogs.
    DatasetUi(Session& session, SampleNavigator& navigator, QWidget* host);

    QMenu* menu() const { return m_menu; }

    BalanceDock* balanceDock() const { return m_balance; }
    ExportRunner* exportRunner() const { return m_export; }
    QAction* balanceAction() const { return m_balanceAction; }

    // Splits every sample with a class by `method` (as tally-cli split), stores the
    // splits and the method in one transaction, refreshes the table's Split column and
    // the balance chart. Assigns with the core applySplitMethod, as tally-cli split does.
    // Returns the leaks across the new splits (storedSplitLeaks: duplicate and
    // near-duplicate flags, groups), as the dataset card lists them.
    Result<QList<StoredLeak>> applySplit(const SplitMethod& method);
    // applySplit() with the totals as text (also shown in the status bar): what the
    // Split dialog's Split button runs and lists.
    Result<SplitDialog::Outcome> split(const SplitMethod& method);
    QString splitSummary() const;
    // Sample ids of the rows the table shows now (its filters applied), in row order.
    QList<qint64> shownSampleIds() const;
    QList<qint64> allSampleIds() const;
    // Writes the ticked fields for `ids`, each field one transaction with one audit row.
    Status applyRights(const QList<qint64>& ids, const RightsChange& change);
    // Starts a background export. A non-empty folder without request.overwrite is
    // asked about when interactive and refused (false, status message) otherwise; false
    // too while another export runs or without a project.
    bool startExport(const ExportRequest& request);

    void showSplitDialog();
    void showLicenceDialog();
    void showExportDialog();
    VersionsDialog* showVersionsDialog();

Q_SIGNALS:
    // After a split, a licence edit or an export changed what the dataset holds.
    void datasetChanged();

private:
    void onProjectChanged();
    void onExportFinished(const ExportReport& report);
    void updateEnabled();

    Session& m_session;
    SampleNavigator& m_navigator;
    QWidget* m_host = nullptr;
    QMenu* m_menu = nullptr;
    BalanceDock* m_balance = nullptr;
    ExportRunner* m_export = nullptr;
    QAction* m_balanceAction = nullptr;
    QList<QAction*> m_projectActions;
    QPointer<VersionsDialog> m_versions;
};

} // namespace tally
