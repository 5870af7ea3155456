#pragma once
// The review controller: the Review menu (votes, review queue,
// sample history, agreement, consensus settings, merging a colleague's project,
// Common Voice import). Wiring only: the store (store/Reviews.h), the derived
// statuses (review/ProjectReview.h) and the importers do the work; the queue lives
// in ReviewQueue, the agreement numbers in AgreementDock.
//
// Votes are by the current annotator on the current sample and undoable on the
// Session's undo stack. Keys (window shortcuts, chosen not to clash with the
// labelling keys 1–9 / letters, J, K, N, R, Delete, Space, Ctrl+Z):
//   +  (also =)     Vote Up            -   Vote Down          0   Clear Vote
//   Ctrl+Shift+R    Review Queue       Ctrl+H   Sample History
//   Ctrl+Shift+F    Flagged Queue (quality flags: keep, reject, trim; FlaggedQueue)
// The main window places menu(), the queue's dock and the agreement dock.
// GUI thread only.

#include <QObject>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace tally {

class AgreementDock;
class FlaggedQueue;
class ImportRunner;
class ReviewQueue;
class Session;
struct MergeReport;

class ReviewUi : public QObject
{
    Q_OBJECT
public:
    // host: the window that parents dialogs and carries the window shortcuts.
    ReviewUi(Session& session, ImportRunner& imports, QWidget* host);

    QMenu* menu() const { return m_menu; }

    ReviewQueue* queue() const { return m_queue; }
    FlaggedQueue* flaggedQueue() const { return m_flagged; }
    AgreementDock* agreementDock() const { return m_agreement; }
    QDockWidget* agreementDockWidget() const { return m_agreementDock; }
    QAction* voteUpAction() const { return m_voteUp; }
    QAction* voteDownAction() const { return m_voteDown; }
    QAction* clearVoteAction() const { return m_clearVote; }
    QAction* queueAction() const { return m_queueAction; }
    QAction* flaggedAction() const { return m_flaggedAction; }

    // Votes on the current sample by the current annotator (nullopt clears); one
    // undoable step. False (and a status message) when refused.
    bool vote(std::optional<bool> up);
    // One line for the status bar: "Votes: 2 up, 1 down — valid".
    QString voteSummary(qint64 sampleId) const;
    // The history dialog of the current sample (modal when interactive; returned
    // open and non-modal otherwise, deleted on close).
    class HistoryDialog* showHistory();
    // Merges another .tally file; the report goes to a dialog (interactive) and the
    // status bar. False on error.
    bool mergeProject(const QString& otherPath);
    // Starts a background Common Voice import of a release folder (the menu asks with a
    // NewImportDialog: licence, source, and whether clips outside the folder are allowed,
    // as `tally-cli import --format commonvoice --allow-outside`).
    bool importCommonVoice(const QString& folder,
                           const QString& licence = QStringLiteral("CC0-1.0"),
                           const QString& source = QStringLiteral("Mozilla Common Voice"),
                           bool allowOutside = false);
    // Consensus settings dialog (interactive only).
    void editConsensusSettings();
    static QString mergeSummary(const MergeReport& report);

private:
    void createMenu();
    void updateEnabled();

    Session& m_session;
    ImportRunner& m_imports;
    QWidget* m_host = nullptr;
    QMenu* m_menu = nullptr;
    ReviewQueue* m_queue = nullptr;
    FlaggedQueue* m_flagged = nullptr;
    AgreementDock* m_agreement = nullptr;
    QDockWidget* m_agreementDock = nullptr;
    QAction* m_voteUp = nullptr;
    QAction* m_voteDown = nullptr;
    QAction* m_clearVote = nullptr;
    QAction* m_queueAction = nullptr;
    QAction* m_flaggedAction = nullptr;
    QList<QAction*> m_projectActions; // enabled only with an open project
};

} // namespace tally
