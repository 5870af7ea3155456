#include "gui/ReviewQueue.h"

#include "ReviewPanel.h"
#include "gui/Labelling.h"
#include "gui/LambdaCommand.h"
#include "gui/MainWindow.h"
#include "models/SampleTableModel.h"
#include "review/ProjectReview.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
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

} // namespace

ReviewQueue::ReviewQueue(MainWindow* window) : QObject(window), m_window(window)
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

    m_dock = new QDockWidget(tr("Review Queue"), window);
    m_dock->setObjectName(QStringLiteral("reviewDock"));
    m_dock->setWidget(box);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // Shares the Labels dock's place (the panel shows every label side by side); a
    // saved window state, restored later, wins.
    if (auto* labels = window->findChild<QDockWidget*>(QStringLiteral("labelsDock")))
        window->tabifyDockWidget(labels, m_dock);
    m_dock->hide();

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
    connect(m_lowVotes, &QCheckBox::toggled, this, &ReviewQueue::refresh);
    // The dock's own toggle (its close button, a restored window state) is the queue's
    // on/off switch too; a tabbed-away dock stays active.
    connect(m_dock->toggleViewAction(), &QAction::toggled, this, &ReviewQueue::setActive);
    connect(window, &MainWindow::projectChanged, this, [this] {
        rebuildClasses();
        m_current = m_active ? nextAfter(0) : 0;
        if (m_active)
            showSample(m_current);
    });
    connect(window->labelling(), &Labelling::classesChanged, this, &ReviewQueue::rebuildClasses);
    connect(window, &MainWindow::annotationsChanged, this, &ReviewQueue::refresh);
    connect(window, &MainWindow::currentSampleChanged, this, [this](qint64 id) {
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

QList<qint64> ReviewQueue::pending() const
{
    QList<qint64> ids;
    Project* project = m_window->project();
    if (!project)
        return ids;
    const ProjectReview review(*project);
    const bool lowVotes = includeLowVotes();
    const QHash<qint64, SampleEvidence> evidence = review.evidenceForAll();
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        const SampleStatus s = status(it.value(), review.rule());
        bool waiting = s == SampleStatus::Disputed;
        if (!waiting && lowVotes && s != SampleStatus::Resolved && s != SampleStatus::Rejected) {
            const int up = it.value().up;
            const int down = it.value().down;
            const VoteOutcome o = review.rule().votes.outcome(up, down);
            waiting = o == VoteOutcome::Invalid || (o == VoteOutcome::Other && up + down > 0);
        }
        if (waiting)
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 ReviewQueue::nextAfter(qint64 after) const
{
    const QList<qint64> ids = pending();
    if (ids.isEmpty())
        return 0;
    const auto it = std::upper_bound(ids.cbegin(), ids.cend(), after);
    return it == ids.cend() ? ids.first() : *it;
}

void ReviewQueue::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    if (on) {
        rebuildClasses();
        const qint64 here = m_window->currentSampleId();
        m_current = pending().contains(here) ? here : nextAfter(here > 0 ? here - 1 : 0);
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
    if (Project* ann = m_window->labelling()->project()) {
        for (const ClassRecord& c : Classes(*ann).classes())
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
    if (sampleId > 0 && m_window->currentSampleId() != sampleId) {
        m_selecting = true;
        m_window->selectSampleId(sampleId);
        m_selecting = false;
    }
}

void ReviewQueue::showItem()
{
    Project* project = m_window->project();
    Project* ann = m_window->labelling()->project();
    if (!project || !ann || m_current <= 0) {
        m_panel->clearItem();
        return;
    }
    const QList<qint64> ids = pending();
    ReviewItem item;
    auto rec = project->sample(m_current);
    item.sampleTitle = rec.isOk() ? rec.value().path : QString::number(m_current);
    for (const LabelRecord& l : Labels(*ann).labelsOf(m_current))
        item.labels << qMakePair(l.annotatorName, l.className);
    const ProjectReview review(*project);
    const VoteCounts votes = Votes(*project).voteCounts(m_current);
    item.up = votes.totalUp();
    item.down = votes.totalDown();
    item.voteOutcome = voteOutcomeName(review.rule().votes.outcome(item.up, item.down));
    auto st = review.statusOf(m_current);
    item.status = st.isOk() ? sampleStatusName(st.value()) : QString();
    QStringList notes;
    if (rec.isOk() && !rec.value().className.isEmpty())
        notes << tr("class “%1”").arg(rec.value().className);
    if (votes.importedUp + votes.importedDown > 0)
        notes << tr("votes %1 up, %2 down").arg(votes.importedUp).arg(votes.importedDown);
    item.imported = notes.join(QStringLiteral(" · "));
    const int index = int(ids.indexOf(m_current));
    item.total = int(ids.size());
    // A sample that no longer waits (just decided, shown again by undo/redo) keeps
    // the place it would have: the count of waiting samples before it, plus one.
    item.position =
        index >= 0 ? index + 1
                   : int(std::lower_bound(ids.cbegin(), ids.cend(), m_current) - ids.cbegin()) + 1;
    item.position = std::min(item.position, std::max(item.total, 1));
    m_panel->setItem(item);
}

void ReviewQueue::step(int delta)
{
    const QList<qint64> ids = pending();
    if (ids.isEmpty()) {
        m_current = 0;
        showItem();
        return;
    }
    qint64 target = 0;
    if (delta > 0) {
        const auto it = std::upper_bound(ids.cbegin(), ids.cend(), m_current);
        target = it == ids.cend() ? ids.last() : *it;
    } else {
        const auto it = std::lower_bound(ids.cbegin(), ids.cend(), m_current);
        target = it == ids.cbegin() ? ids.first() : *(it - 1);
    }
    showSample(target);
    m_panel->setFocus(Qt::OtherFocusReason);
}

bool ReviewQueue::ensureReviewer()
{
    Labelling* labelling = m_window->labelling();
    const AnnotatorRecord me = labelling->annotator();
    if (me.role != AnnotatorRole::Annotator)
        return true;
    if (m_window->isInteractive() && !m_declinedRole) {
        const auto answer = QMessageBox::question(m_window, tr("Review"),
                                                  tr("%1 has the role “annotator”. Switch to the "
                                                     "role “reviewer” to record review decisions?")
                                                      .arg(me.name));
        if (answer == QMessageBox::Yes)
            return m_window->setAnnotator(me.name, int(AnnotatorRole::Reviewer));
        m_declinedRole = true;
    }
    m_window->statusMessage(
        tr("Only a reviewer can decide: switch the annotator's role to reviewer "
           "(Edit ▸ Switch Annotator…)."));
    return false;
}

void ReviewQueue::decide(ReviewKind kind, qint64 classId, const QString& reason)
{
    Project* project = m_window->project();
    const qint64 sample = m_current;
    if (!project || sample <= 0 || !ensureReviewer())
        return;
    const qint64 reviewer = m_window->labelling()->annotator().id;
    auto reviewId = std::make_shared<qint64>(0);
    auto error = std::make_shared<QString>();
    auto pushed = std::make_shared<bool>(false); // the first redo runs inside push()
    auto redo = [this, project, sample, reviewer, kind, classId, reason, reviewId, error, pushed] {
        auto r = Reviews(*project).addReview(sample, reviewer, kind, classId, reason);
        if (!r.isOk()) {
            *error = r.error().toString();
            return false;
        }
        *reviewId = r.value();
        m_window->refreshDerivedOf(sample);
        if (*pushed && m_active)
            showSample(sample);
        *pushed = true;
        return true;
    };
    auto undo = [this, project, sample, reviewer, reviewId] {
        const bool ok = Reviews(*project).deleteReview(*reviewId, reviewer).isOk();
        m_window->refreshDerivedOf(sample);
        if (m_active)
            showSample(sample);
        return ok;
    };
    m_window->labelling()->undoStack()->push(new LambdaCommand(kindText(kind), redo, undo));
    if (!error->isEmpty()) {
        m_window->statusMessage(*error);
        return;
    }
    const qint64 next = nextAfter(sample);
    showSample(next);
    m_panel->setFocus(Qt::OtherFocusReason);
    if (next == 0)
        m_window->statusMessage(tr("Nothing left to review."));
}

} // namespace tally
