#include "gui/ReviewUi.h"

#include "formats/ProjectMerge.h"
#include "gui/AgreementDock.h"
#include "gui/ConsensusSettingsDialog.h"
#include "gui/HistoryDialog.h"
#include "gui/ImportRunner.h"
#include "gui/Labelling.h"
#include "gui/LambdaCommand.h"
#include "gui/MainWindow.h"
#include "gui/ReviewQueue.h"
#include "review/ProjectReview.h"
#include "store/AuditLog.h"
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <memory>

namespace tally {

ReviewUi::ReviewUi(MainWindow* window) : QObject(window), m_window(window)
{
    m_queue = new ReviewQueue(window);
    m_agreement = new AgreementDock(window);
    m_agreementDock = new QDockWidget(tr("Agreement"), window);
    m_agreementDock->setObjectName(QStringLiteral("agreementDock"));
    m_agreementDock->setWidget(m_agreement);
    window->addDockWidget(Qt::RightDockWidgetArea, m_agreementDock);
    if (auto* labels = window->findChild<QDockWidget*>(QStringLiteral("labelsDock")))
        window->tabifyDockWidget(labels, m_agreementDock);
    m_agreementDock->hide();
    connect(m_agreementDock->toggleViewAction(), &QAction::toggled, this, [this](bool on) {
        if (on)
            m_agreementDock->raise();
    });
    createMenu();
    connect(window, &MainWindow::projectChanged, this, &ReviewUi::updateEnabled);
    connect(window, &MainWindow::currentSampleChanged, this, &ReviewUi::updateEnabled);
    updateEnabled();
}

void ReviewUi::createMenu()
{
    m_menu = m_window->addTopMenu(tr("&Review"));
    m_menu->setObjectName(QStringLiteral("reviewMenu"));
    auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = m_menu->addAction(text, this, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(a);
        m_projectActions << a;
        return a;
    };
    m_voteUp =
        add(tr("Vote &Up (label and audio match)"),
            {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, [this] { vote(true); });
    m_voteDown = add(tr("Vote &Down"), {QKeySequence(Qt::Key_Minus)}, [this] { vote(false); });
    m_clearVote =
        add(tr("&Clear My Vote"), {QKeySequence(Qt::Key_0)}, [this] { vote(std::nullopt); });
    m_menu->addSeparator();
    m_queueAction = add(tr("Review &Queue"), {QKeySequence(tr("Ctrl+Shift+R"))}, [] {});
    m_queueAction->setCheckable(true);
    connect(m_queueAction, &QAction::toggled, m_queue, &ReviewQueue::setActive);
    connect(m_queue, &ReviewQueue::activeChanged, m_queueAction, &QAction::setChecked);
    add(tr("Sample &History…"), {QKeySequence(tr("Ctrl+H"))}, [this] { showHistory(); });
    QAction* agreement = m_agreementDock->toggleViewAction();
    agreement->setText(tr("&Agreement"));
    m_menu->addAction(agreement);
    m_menu->addSeparator();
    add(tr("Consensus &Settings…"), {}, [this] { editConsensusSettings(); });
    add(tr("&Merge Colleague's Project…"), {}, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Merge Colleague's Project"), QString(), tr("Tally projects (*.tally)"));
        if (!path.isEmpty())
            mergeProject(path);
    });
    add(tr("Import Common &Voice Folder…"), {}, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(m_window, tr("Common Voice release folder"));
        if (!dir.isEmpty())
            importCommonVoice(dir);
    });
}

void ReviewUi::updateEnabled()
{
    const bool open = m_window->project() != nullptr;
    for (QAction* a : m_projectActions)
        a->setEnabled(open);
    const bool sample = open && m_window->currentSampleId() > 0;
    for (QAction* a : {m_voteUp, m_voteDown, m_clearVote})
        a->setEnabled(sample);
    if (!open && m_queue->isActive())
        m_queue->setActive(false);
}

QString ReviewUi::voteSummary(qint64 sampleId) const
{
    Project* project = m_window->project();
    if (!project)
        return {};
    const VoteCounts v = Votes(*project).voteCounts(sampleId);
    const VoteOutcome o =
        ProjectReview::loadRule(*project).votes.outcome(v.totalUp(), v.totalDown());
    return tr("Votes: %1 up, %2 down — %3")
        .arg(v.totalUp())
        .arg(v.totalDown())
        .arg(voteOutcomeName(o));
}

bool ReviewUi::vote(std::optional<bool> up)
{
    Project* project = m_window->project();
    const qint64 sample = m_window->currentSampleId();
    const qint64 me = m_window->labelling()->annotator().id;
    if (!project || sample <= 0 || me <= 0)
        return false;
    Reviews reviews(*project);
    const std::optional<bool> before = Votes(*project).voteOf(sample, me);
    if (before == up) {
        m_window->statusMessage(voteSummary(sample));
        return true;
    }
    auto error = std::make_shared<QString>();
    auto apply = [this, project, sample, me, error](std::optional<bool> value) {
        auto r = Votes(*project).setVote(sample, me, value);
        if (!r.isOk()) {
            *error = r.error().toString();
            return false;
        }
        m_window->refreshDerivedOf(sample);
        m_queue->refresh();
        m_window->statusMessage(voteSummary(sample));
        return true;
    };
    const QString text = !up ? tr("Clear vote") : (*up ? tr("Vote up") : tr("Vote down"));
    m_window->labelling()->undoStack()->push(new LambdaCommand(
        text, [apply, up] { return apply(up); }, [apply, before] { return apply(before); }));
    if (!error->isEmpty()) {
        m_window->statusMessage(*error);
        return false;
    }
    return true;
}

HistoryDialog* ReviewUi::showHistory()
{
    Project* project = m_window->project();
    const qint64 sample = m_window->currentSampleId();
    if (!project || sample <= 0)
        return nullptr;
    auto rec = project->sample(sample);
    const QString title = rec.isOk() ? rec.value().path : QString::number(sample);
    auto* dialog = new HistoryDialog(title, AuditLog(*project).history(sample), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_window->isInteractive()) {
        dialog->exec();
        return nullptr;
    }
    dialog->show();
    return dialog;
}

void ReviewUi::editConsensusSettings()
{
    Project* project = m_window->project();
    if (!project)
        return;
    ConsensusSettingsDialog dialog(ProjectReview::loadRule(*project), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = ProjectReview::saveRule(*project, dialog.rule()); !s) {
        QMessageBox::warning(m_window, tr("Consensus Settings"), s.error().toString());
        return;
    }
    m_window->refreshDerived();
    m_queue->refresh();
    m_agreement->recompute();
    m_window->statusMessage(tr("Consensus settings saved; statuses derived again."));
}

QString ReviewUi::mergeSummary(const MergeReport& r)
{
    return tr("Matched %1 sample(s), skipped %2 not found here. Written: %3 label(s), %4 "
              "region(s), "
              "%5 vote(s), %6 review(s); %7 conflict(s); %8 annotator(s) and %9 class(es) added.")
               .arg(r.matched)
               .arg(r.unmatched.size())
               .arg(r.counts.labels)
               .arg(r.counts.regions)
               .arg(r.counts.votes)
               .arg(r.counts.reviews)
               .arg(r.counts.conflicts)
               .arg(r.counts.annotatorsAdded)
               .arg(r.counts.classesAdded) +
           (r.counts.boxes > 0 ? QLatin1Char(' ') + tr("%n box(es) added.", nullptr, r.counts.boxes)
                               : QString());
}

bool ReviewUi::mergeProject(const QString& otherPath)
{
    Project* project = m_window->project();
    if (!project)
        return false;
    auto result = ProjectMerge::run(*project, otherPath, m_window->labelling()->annotator().id);
    const QString title = tr("Merge %1").arg(QDir::toNativeSeparators(otherPath));
    if (!result.isOk()) {
        m_window->statusMessage(result.error().toString());
        if (m_window->isInteractive())
            QMessageBox::warning(m_window, title, result.error().toString());
        return false;
    }
    // Merged rows bypass the undo stack: earlier steps could now undo over them.
    m_window->labelling()->undoStack()->clear();
    m_window->reloadSamples();
    Q_EMIT m_window->annotationsChanged();
    const MergeReport& report = result.value();
    const QString summary = mergeSummary(report);
    m_window->statusMessage(summary, 15000);
    if (m_window->isInteractive()) {
        QMessageBox box(QMessageBox::Information, title, summary, QMessageBox::Ok, m_window);
        if (!report.unmatched.isEmpty())
            box.setDetailedText(tr("Skipped (no sample here with the same content):") +
                                QLatin1Char('\n') + report.unmatched.join(QLatin1Char('\n')));
        box.exec();
    }
    return true;
}

bool ReviewUi::importCommonVoice(const QString& folder)
{
    Project* project = m_window->project();
    if (!project)
        return false;
    const bool started = m_window->importRunner()->start(
        project->path(), folder, QStringLiteral("CC0-1.0"), QStringLiteral("Mozilla Common Voice"),
        ImportRunner::Format::CommonVoice);
    if (!started)
        m_window->statusMessage(tr("Another import is running."));
    return started;
}

} // namespace tally
