#pragma once
// The Flagged queue: a dock with the FlaggedPanel that walks the samples with an active
// quality flag (store/Flags.h) — of every check, or of the one chosen in the panel's
// combo — one at a time, ordered by sample id, "n of m"; rejected samples (derived status)
// are left out, since an export skips them anyway. The rules are core's
// (quality/FlagTriage.h), shared with tally-cli flags.
//
// For the shown sample the panel lists its active flags of the chosen checks, and the
// queue asks the Session to select it, so the waveform or image shows and Space plays
// (playback fails soft without a sound card). The panel's actions:
//   Keep (K)    the shown flags are dismissed by the current annotator with the reason
//               typed (default "kept after review"): one undo step (undo: undismiss);
//   Reject (R)  a review decision "reject", reason "quality: <checks>", through
//               Reviews::addReview / deleteReview like the Review queue: one undo step;
//               only a reviewer or admin may decide (review/ReviewerRule), refused in
//               the status bar otherwise;
//   Trim (T)    trimRequested(): the main window runs AudioUi's trim to the loudest
//               second (a region, undoable); offered for wrong-length and
//               truncated-event only.
// After Keep or Reject the status bar confirms it ("Kept clip.wav … — Ctrl+Z undoes") and
// the next flagged sample after it is shown (wrapping); undo and redo show the sample
// again. The list is read again from the store whenever a sample or the project changed.
// GUI thread only; owned by ReviewUi.

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

class QDockWidget;
class QWidget;

namespace tally {

class FlaggedPanel;
class Session;
struct FlagRecord;
struct FlaggedItem;

class FlaggedQueue : public QObject
{
    Q_OBJECT
public:
    // host: the window that parents the dock.
    FlaggedQueue(Session& session, QWidget* host);

    QDockWidget* dock() const { return m_dock; }
    FlaggedPanel* panel() const { return m_panel; }
    bool isActive() const { return m_active; }
    qint64 currentSample() const { return m_current; }
    // The check the queue walks; empty: every check.
    QString check() const;
    void setCheck(const QString& check);
    // The flagged samples, ascending (read when stale).
    QList<qint64> flagged() const;

public Q_SLOTS:
    // Shows the dock and the first flagged sample, and gives the panel the keyboard;
    // false hides the dock.
    void setActive(bool on);
    void showSample(qint64 sampleId);
    void keep();
    void reject();
    void trim();

Q_SIGNALS:
    void activeChanged(bool on);
    // Trim the current sample to its loudest second (AudioUi::trimToLoudest).
    void trimRequested();

private:
    void connectSession();
    void rebuildChecks();
    void markStale();
    void showItem();
    FlaggedItem itemFor(qint64 sampleId, const QList<FlagRecord>& flags) const;
    QList<FlagRecord> shownFlags() const;
    void step(int delta);
    qint64 nextAfter(qint64 after) const;
    // Pushes one undo step about `sample` (redo / undo do the store edit; a failed first
    // redo leaves its message in *error); then shows the next flagged sample and confirms
    // `done` in the status bar.
    void decide(const QString& text, qint64 sample, std::function<bool()> redo,
                std::function<bool()> undo, const std::shared_ptr<QString>& error,
                const QString& done);
    QString sampleName(qint64 sampleId) const;

    Session& m_session;
    QDockWidget* m_dock = nullptr;
    FlaggedPanel* m_panel = nullptr;
    qint64 m_current = 0;
    bool m_active = false;
    bool m_selecting = false; // guards selectSample -> currentSampleChanged
    mutable QList<qint64> m_flagged;
    mutable bool m_stale = true;
};

} // namespace tally
