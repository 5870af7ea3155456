#pragma once
// The review queue: a dock with the ReviewPanel that walks the samples waiting for
// a reviewer, one at a time, ordered by sample id.
//
// Waiting = derived status "disputed"; with includeLowVotes() also the samples that
// are neither resolved nor rejected and whose votes are undecided or against
// (vote outcome "other" with at least one vote, or "invalid") — the core rule
// (review/PendingReviews). The list is built once when the queue opens and then kept
// up to date from the Session's sampleChanged(id), one sample at a time, so a decided
// sample drops out and an undone one comes back; it is built again after changes to
// many samples or to the rule (samplesChanged, derivedChanged, the low-votes box).
// "n of m" counts what is waiting now.
//
// A decision (class, reject, send back; with the reason typed in the panel) is one
// undoable step (Reviews::addReview / deleteReview) on the Session's undo stack. The
// reviewer is the current annotator; who may decide is the core rule
// (ReviewerRule::mayDecide): someone with the role "annotator" is asked once, as the
// queue opens, whether to switch to the reviewer role (interactive); a decision by
// them is refused with a status message, never a dialog. The queue opens at the first
// waiting sample. After a decision the status bar confirms it ("Resolved clip.wav as
// “dog” — Ctrl+Z undoes") and the queue shows the next waiting sample after the
// decided one (wrapping) and asks the Session to select it, so the waveform and
// spectrogram show it and Space plays it; undo shows the undone sample again. An image
// shows every annotator's boxes, the ones no other annotator matches marked
// (ProjectReview::boxVerdicts).
// GUI thread only; owned by ReviewUi.

#include "review/PendingReviews.h"

#include <QObject>
#include <optional>

class QCheckBox;
class QDockWidget;
class QWidget;

namespace tally {

class ReviewPanel;
class Session;
enum class ReviewKind;

class ReviewQueue : public QObject
{
    Q_OBJECT
public:
    // host: the window that parents the dock and dialogs.
    ReviewQueue(Session& session, QWidget* host);

    QDockWidget* dock() const { return m_dock; }
    ReviewPanel* panel() const { return m_panel; }
    QCheckBox* lowVotesBox() const { return m_lowVotes; }
    bool isActive() const { return m_active; }
    // The sample shown in the panel (0 = none).
    qint64 currentSample() const { return m_current; }
    // The waiting samples, ascending.
    QList<qint64> pending() const;
    // The waiting list itself (built when stale).
    const PendingReviews& pendingList() const;
    bool includeLowVotes() const;
    void setIncludeLowVotes(bool on);

public Q_SLOTS:
    // Shows the dock and the first waiting sample (from the current one on), and
    // gives the panel the keyboard; false hides the dock.
    void setActive(bool on);
    // Re-reads the shown item (labels, votes, status) and the class buttons.
    void refresh();
    void showSample(qint64 sampleId);

Q_SIGNALS:
    void activeChanged(bool on);

private:
    void rebuildClasses();
    void onSampleChanged(qint64 sampleId);
    void rebuild(); // the list goes stale, the shown item is read again
    void decide(ReviewKind kind, qint64 classId, const QString& reason);
    // Someone who may not decide is asked once, as the queue opens (interactive), whether
    // to take the role "reviewer"; a decision by them later is refused in the status bar.
    void askRoleOnce();
    bool ensureReviewer();
    // "Resolved clip_03.wav as “dog” — Ctrl+Z undoes".
    QString decisionText(ReviewKind kind, qint64 classId, qint64 sampleId) const;
    void step(int delta);
    // The first waiting sample after `after` (wrapping), 0 if none.
    qint64 nextAfter(qint64 after) const;
    void showItem();

    Session& m_session;
    QWidget* m_host = nullptr;
    QDockWidget* m_dock = nullptr;
    ReviewPanel* m_panel = nullptr;
    QCheckBox* m_lowVotes = nullptr;
    qint64 m_current = 0;
    bool m_active = false;
    bool m_declinedRole = false;
    bool m_selecting = false; // guards selectSample -> currentSampleChanged
    mutable PendingReviews m_pending;
    mutable bool m_pendingStale = true;
    mutable ConsensusRule m_pendingRule; // the rule m_pending was built with
};

} // namespace tally
