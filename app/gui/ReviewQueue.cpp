#include "gui/ReviewQueue.h"

#include "ReviewPanel.h"
#include "gui/Labelling.h"
#include "gui/LambdaCommand.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "models/DisplayNames.h"
#include "models/SampleTableModel.h"
#include "review/PendingReviews.h"
#include "review/ProjectReview.h"
#include "review/ReviewerRule.h"
#include "store/Project.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QMessageBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace tally {

namespace {

QString kindText(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Class:
        return ReviewQueue::tr("Review decision");
    case ReviewKind::Reject:
        return ReviewQueue::tr("Review: reject");
    case ReviewKind::SendBack:
        return ReviewQueue::tr("Review: send back");
    }
    return {};
}

bool sameRule(const ConsensusRule& a, const ConsensusRule& b)
{
    return a.minAnnotators == b.minAnnotators && a.majority == b.majority &&
           a.votesCanReject == b.votesCanReject && a.votes.minVotes == b.votes.minVotes &&
           a.boxIouThreshold == b.boxIouThreshold;
}

} // namespace

ReviewQueue::ReviewQueue(Session& session, QWidget* host)
    : QObject(host), m_session(session), m_host(host)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    m_panel = new ReviewPanel(box);
    m_panel->setObjectName(QStringLiteral("reviewPanel"));
    m_lowVotes = new QCheckBox(tr("Also samples with undecided or negative votes"), box);
    m_lowVotes->setObjectName(QStringLiteral("reviewLowVotes"));
    m_lowVotes->setFocusPolicy(Qt::NoFocus);
    m_lowVotes->setToolTip(
        tr("Adds samples that are not resolved or rejected and whose vote outcome is "
           "“other” with at least one vote, or “invalid”."));
    layout->addWidget(m_lowVotes);
    layout->addWidget(m_panel, 1);

    // Docked by the main window (beside the Labels dock, hidden).
    m_dock = new QDockWidget(tr("Review Queue"), host);
    m_dock->setObjectName(QStringLiteral("reviewDock"));
    m_dock->setWidget(box);

    connect(m_panel, &ReviewPanel::decided, this, [this](qint64 classId, const QString& reason) {
        decide(ReviewKind::Class, classId, reason);
    });
    connect(m_panel, &ReviewPanel::rejected, this,
            [this](const QString& reason) { decide(ReviewKind::Reject, 0, reason); });
    connect(m_panel, &ReviewPanel::sentBack, this,
            [this](const QString& reason) { decide(ReviewKind::SendBack, 0, reason); });
    connect(m_panel, &ReviewPanel::nextRequested, this, [this] { step(1); });
    connect(m_panel, &ReviewPanel::skipRequested, this, [this] { step(1); });
    connect(m_panel, &ReviewPanel::previousRequested, this, [this] { step(-1); });
    connect(m_lowVotes, &QCheckBox::toggled, this, &ReviewQueue::rebuild);
    // The dock's own toggle (its close button, a restored window state) is the queue's
    // on/off switch too; a tabbed-away dock stays active.
    connect(m_dock->toggleViewAction(), &QAction::toggled, this, &ReviewQueue::setActive);
    connect(&m_session, &Session::projectChanged, this, [this] {
        m_pendingStale = true;
        rebuildClasses();
        m_current = m_active ? nextAfter(0) : 0;
        if (m_active)
            showSample(m_current);
    });
    connect(&m_session, &Session::classesChanged, this, &ReviewQueue::rebuildClasses);
    // Many samples or the rule changed: the list is built again.
    for (auto changed :
         {&Session::samplesChanged, &Session::classesChanged, &Session::derivedChanged})
        connect(&m_session, changed, this, &ReviewQueue::rebuild);
    connect(&m_session, &Session::sampleChanged, this, &ReviewQueue::onSampleChanged);
    connect(&m_session, &Session::currentSampleChanged, this, [this](qint64 id) {
        if (m_active && !m_selecting && id != m_current && pending().contains(id)) {
            m_current = id;
            showItem();
        }
    });
}

bool ReviewQueue::includeLowVotes() const
{
    return m_lowVotes->isChecked();
}

void ReviewQueue::setIncludeLowVotes(bool on)
{
    m_lowVotes->setChecked(on);
}

const PendingReviews& ReviewQueue::pendingList() const
{
    Project* project = m_session.project();
    if (!project) {
        m_pending = PendingReviews();
        m_pendingStale = true;
        return m_pending;
    }
    // The rule may change behind the queue's back (another window, tally-cli, a test):
    // a few settings reads tell, and only then is the whole project derived again.
    const ProjectReview review(*project);
    if (m_pendingStale || !sameRule(review.rule(), m_pendingRule)) {
        m_pending = PendingReviews(review, includeLowVotes());
        m_pendingRule = review.rule();
        m_pendingStale = false;
    }
    return m_pending;
}

QList<qint64> ReviewQueue::pending() const
{
    return pendingList().ids();
}

void ReviewQueue::onSampleChanged(qint64 sampleId)
{
    // Kept up to date only while the queue is open; closed, it is built again on
    // opening (one whole-project pass instead of one per edit).
    if (!m_active || m_pendingStale || !m_session.project())
        m_pendingStale = true;
    else
        m_pending.update(ProjectReview(*m_session.project()), sampleId);
    refresh();
}

void ReviewQueue::rebuild()
{
    m_pendingStale = true;
    refresh();
}

qint64 ReviewQueue::nextAfter(qint64 after) const
{
    return pendingList().nextAfter(after, PendingReviews::Ends::Wrap);
}

void ReviewQueue::setActive(bool on)
{
    if (on == m_active)
        return;
    if (on)
        askRoleOnce(); // before the queue opens, never inside the decision loop
    m_active = on;
    if (on) {
        rebuildClasses();
        m_pendingStale = true;    // built once as the queue opens
        m_current = nextAfter(0); // the first waiting sample
        m_dock->show();
        m_dock->raise();
        showSample(m_current);
        m_panel->setFocus(Qt::OtherFocusReason);
    } else {
        m_dock->hide();
    }
    Q_EMIT activeChanged(on);
}

void ReviewQueue::rebuildClasses()
{
    QList<ReviewClass> classes;
    if (Repositories* ann = m_session.repos()) {
        for (const ClassRecord& c : ann->classes.classes())
            classes << ReviewClass{c.id, c.name, c.hotkey, Labelling::colourOf(c)};
    }
    m_panel->setClasses(classes);
}

void ReviewQueue::refresh()
{
    if (!m_active)
        return;
    showItem();
}

void ReviewQueue::showSample(qint64 sampleId)
{
    m_current = sampleId;
    showItem();
    if (sampleId > 0 && m_session.currentSampleId() != sampleId) {
        m_selecting = true;
        m_session.selectSample(sampleId);
        m_selecting = false;
    }
}

void ReviewQueue::showItem()
{
    Project* project = m_session.project();
    Repositories* ann = m_session.repos();
    if (!project || !ann || m_current <= 0) {
        m_panel->clearItem();
        return;
    }
    const PendingReviews& waiting = pendingList();
    ReviewItem item;
    auto rec = project->sample(m_current);
    item.sampleTitle = rec.isOk() ? rec.value().path : QString::number(m_current);
    for (const LabelRecord& l : ann->labels.labelsOf(m_current))
        item.labels << qMakePair(l.annotatorName, l.className);
    const ProjectReview review(*project);
    const VoteCounts votes = m_session.repos()->votes.voteCounts(m_current);
    item.up = votes.totalUp();
    item.down = votes.totalDown();
    item.voteOutcome =
        DisplayNames::voteOutcome(voteOutcomeName(review.rule().votes.outcome(item.up, item.down)));
    auto st = review.statusOf(m_current);
    item.status = st.isOk() ? DisplayNames::status(sampleStatusName(st.value())) : QString();
    QStringList notes;
    if (rec.isOk() && !rec.value().className.isEmpty())
        notes << tr("class “%1”").arg(rec.value().className);
    if (votes.importedUp + votes.importedDown > 0)
        notes << tr("votes %1 up, %2 down").arg(votes.importedUp).arg(votes.importedDown);
    item.imported = notes.join(QStringLiteral(" · "));
    if (rec.isOk() && rec.value().kind == SampleKind::Image) {
        for (const BoxVerdict& v : review.boxVerdicts(m_current))
            item.boxes << ReviewBox{v.box.annotatorName,
                                    v.box.className,
                                    v.box.x,
                                    v.box.y,
                                    v.box.w,
                                    v.box.h,
                                    v.matched};
    }
    item.total = waiting.size();
    // A sample that no longer waits (just decided, shown again by undo/redo) keeps
    // the place it would have: the count of waiting samples before it, plus one.
    item.position = waiting.positionOf(m_current);
    m_panel->setItem(item);
}

void ReviewQueue::step(int delta)
{
    const PendingReviews& waiting = pendingList();
    if (waiting.isEmpty()) {
        m_current = 0;
        showItem();
        return;
    }
    // No wrapping: at either end the queue stays on the last (first) waiting sample.
    showSample(delta > 0 ? waiting.nextAfter(m_current, PendingReviews::Ends::Stop)
                         : waiting.previousBefore(m_current, PendingReviews::Ends::Stop));
    m_panel->setFocus(Qt::OtherFocusReason);
}

void ReviewQueue::askRoleOnce()
{
    const AnnotatorRecord me = m_session.annotator();
    if (ReviewerRule::mayDecide(me.role) || !m_session.isInteractive() || m_declinedRole)
        return;
    const auto answer = QMessageBox::question(
        m_host, tr("Review Queue"),
        tr("%1 has the role “annotator”, who may look through the queue but not decide. "
           "Switch to the role “reviewer” to record review decisions?")
            .arg(me.name));
    if (answer == QMessageBox::Yes)
        m_session.setAnnotator(me.name, AnnotatorRole::Reviewer);
    else
        m_declinedRole = true;
}

bool ReviewQueue::ensureReviewer()
{
    if (ReviewerRule::mayDecide(m_session.annotator().role))
        return true;
    m_session.showStatus(tr("Only a reviewer can decide: switch the annotator's role to reviewer "
                            "(Edit ▸ Switch Annotator…)."));
    return false;
}

QString ReviewQueue::decisionText(ReviewKind kind, qint64 classId, qint64 sampleId) const
{
    const SampleRecord r = m_session.sampleModel()->recordOf(sampleId);
    const QString name = r.id > 0 ? QFileInfo(r.path).fileName() : QString::number(sampleId);
    QString what;
    switch (kind) {
    case ReviewKind::Class: {
        auto c = m_session.repos()->classes.classById(classId);
        what = tr("Resolved %1 as “%2”").arg(name, c.isOk() ? c.value().name : QString());
        break;
    }
    case ReviewKind::Reject:
        what = tr("Rejected %1").arg(name);
        break;
    case ReviewKind::SendBack:
        what = tr("Sent %1 back to the annotators").arg(name);
        break;
    }
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    return tr("%1 — %2 undoes").arg(what, undoKey);
}

void ReviewQueue::decide(ReviewKind kind, qint64 classId, const QString& reason)
{
    Project* project = m_session.project();
    const qint64 sample = m_current;
    if (!project || sample <= 0 || !ensureReviewer())
        return;
    const qint64 reviewer = m_session.annotator().id;
    auto reviewId = std::make_shared<qint64>(0);
    auto error = std::make_shared<QString>();
    auto pushed = std::make_shared<bool>(false); // the first redo runs inside push()
    auto redo = [this, sample, reviewer, kind, classId, reason, reviewId, error, pushed] {
        auto r = m_session.repos()->reviews.addReview(sample, reviewer, kind, classId, reason);
        if (!r.isOk()) {
            *error = r.error().toString();
            return false;
        }
        *reviewId = r.value();
        m_session.notifySampleChanged(sample);
        if (*pushed && m_active)
            showSample(sample);
        *pushed = true;
        return true;
    };
    auto undo = [this, sample, reviewer, reviewId] {
        const bool ok = m_session.repos()->reviews.deleteReview(*reviewId, reviewer).isOk();
        m_session.notifySampleChanged(sample);
        if (m_active)
            showSample(sample);
        return ok;
    };
    m_session.undoStack()->push(new LambdaCommand(kindText(kind), redo, undo, sample));
    if (!error->isEmpty()) {
        m_session.showStatus(*error);
        return;
    }
    const QString done = decisionText(kind, classId, sample);
    const qint64 next = nextAfter(sample);
    showSample(next);
    m_panel->setFocus(Qt::OtherFocusReason);
    m_session.showStatus(next == 0 ? tr("%1. Nothing left to review.").arg(done) : done, 15000);
}

} // namespace tally
