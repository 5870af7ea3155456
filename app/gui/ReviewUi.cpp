#include "gui/ReviewUi.h"

#include "formats/ProjectMerge.h"
#include "gui/AgreementDock.h"
#include "gui/ConsensusSettingsDialog.h"
#include "gui/FlaggedQueue.h"
#include "gui/HistoryDialog.h"
#include "gui/ImportRunner.h"
#include "gui/LambdaCommand.h"
#include "gui/NewImportDialog.h"
#include "gui/Repositories.h"
#include "gui/ReviewQueue.h"
#include "gui/Session.h"
#include "models/DisplayNames.h"
#include "review/ProjectReview.h"
#include "store/Project.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <memory>

namespace tally {

ReviewUi::ReviewUi(Session& session, ImportRunner& imports, QWidget* host)
    : QObject(host), m_session(session), m_imports(imports), m_host(host)
{
    m_queue = new ReviewQueue(session, host);
    m_flagged = new FlaggedQueue(session, host);
    m_agreement = new AgreementDock(session);
    m_agreementDock = new QDockWidget(tr("Agreement"), host);
    m_agreementDock->setObjectName(QStringLiteral("agreementDock"));
    m_agreementDock->setWidget(m_agreement);
    connect(m_agreementDock->toggleViewAction(), &QAction::toggled, this, [this](bool on) {
        if (on)
            m_agreementDock->raise();
    });
    createMenu();
    connect(&m_session, &Session::projectChanged, this, &ReviewUi::updateEnabled);
    connect(&m_session, &Session::currentSampleChanged, this, &ReviewUi::updateEnabled);
    updateEnabled();
}

void ReviewUi::createMenu()
{
    m_menu = new QMenu(tr("&Review"), m_host);
    m_menu->setObjectName(QStringLiteral("reviewMenu"));
    auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = m_menu->addAction(text, this, slot);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        m_host->addAction(a);
        m_projectActions << a;
        return a;
    };
    m_voteUp =
        add(tr("Vote &Up (label and audio match)"),
            {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, [this] { vote(true); });
    m_voteUp->setObjectName(QStringLiteral("review.voteUp"));
    m_voteDown = add(tr("Vote &Down"), {QKeySequence(Qt::Key_Minus)}, [this] { vote(false); });
    m_voteDown->setObjectName(QStringLiteral("review.voteDown"));
    m_clearVote =
        add(tr("&Clear My Vote"), {QKeySequence(Qt::Key_0)}, [this] { vote(std::nullopt); });
    m_clearVote->setObjectName(QStringLiteral("review.clearVote"));
    m_menu->addSeparator();
    m_queueAction = add(tr("Review &Queue"), {QKeySequence(tr("Ctrl+Shift+R"))}, [] {});
    m_queueAction->setObjectName(QStringLiteral("review.queue"));
    m_queueAction->setCheckable(true);
    connect(m_queueAction, &QAction::toggled, m_queue, &ReviewQueue::setActive);
    connect(m_queue, &ReviewQueue::activeChanged, m_queueAction, &QAction::setChecked);
    m_flaggedAction = add(tr("&Flagged Queue"), {QKeySequence(tr("Ctrl+Shift+F"))}, [] {});
    m_flaggedAction->setObjectName(QStringLiteral("review.flagged"));
    m_flaggedAction->setCheckable(true);
    connect(m_flaggedAction, &QAction::toggled, m_flagged, &FlaggedQueue::setActive);
    connect(m_flagged, &FlaggedQueue::activeChanged, m_flaggedAction, &QAction::setChecked);
    add(tr("Sample &History…"), {QKeySequence(tr("Ctrl+H"))}, [this] {
        showHistory();
    })->setObjectName(QStringLiteral("review.history"));
    QAction* agreement = m_agreementDock->toggleViewAction();
    agreement->setText(tr("&Agreement"));
    agreement->setObjectName(QStringLiteral("review.agreement"));
    m_menu->addAction(agreement);
    m_menu->addSeparator();
    add(tr("Consensus &Settings…"), {}, [this] { editConsensusSettings(); });
    add(tr("&Merge Colleague's Project…"), {}, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_host, tr("Merge Colleague's Project"), QString(), tr("Tally projects (*.tally)"));
        if (!path.isEmpty())
            mergeProject(path);
    });
    add(tr("Import Common &Voice Folder…"), {}, [this] {
        NewImportDialog dialog(m_host, NewImportDialog::Kind::CommonVoice);
        if (dialog.exec() == QDialog::Accepted)
            importCommonVoice(dialog.folder(), dialog.licence(), dialog.source(),
                              dialog.allowOutside());
    })->setObjectName(QStringLiteral("review.importCommonVoice"));
}

void ReviewUi::updateEnabled()
{
    const bool open = m_session.project() != nullptr;
    for (QAction* a : m_projectActions)
        a->setEnabled(open);
    const bool sample = open && m_session.currentSampleId() > 0;
    for (QAction* a : {m_voteUp, m_voteDown, m_clearVote})
        a->setEnabled(sample);
    if (!open && m_queue->isActive())
        m_queue->setActive(false);
    if (!open && m_flagged->isActive())
        m_flagged->setActive(false);
}

QString ReviewUi::voteSummary(qint64 sampleId) const
{
    Project* project = m_session.project();
    if (!project)
        return {};
    const VoteCounts v = m_session.repos()->votes.voteCounts(sampleId);
    const VoteOutcome o =
        ProjectReview::loadRule(*project).votes.outcome(v.totalUp(), v.totalDown());
    return tr("Votes: %1 up, %2 down — %3")
        .arg(v.totalUp())
        .arg(v.totalDown())
        .arg(DisplayNames::voteOutcome(voteOutcomeName(o)));
}

bool ReviewUi::vote(std::optional<bool> up)
{
    Project* project = m_session.project();
    const qint64 sample = m_session.currentSampleId();
    const qint64 me = m_session.annotator().id;
    if (!project || sample <= 0 || me <= 0)
        return false;
    const std::optional<bool> before = m_session.repos()->votes.voteOf(sample, me);
    if (before == up) {
        m_session.showStatus(voteSummary(sample));
        return true;
    }
    auto error = std::make_shared<QString>();
    auto apply = [this, sample, me, error](std::optional<bool> value) {
        auto r = m_session.repos()->votes.setVote(sample, me, value);
        if (!r.isOk()) {
            *error = r.error().toString();
            return false;
        }
        m_session.notifySampleChanged(sample); // the queue re-reads it
        m_session.showStatus(voteSummary(sample));
        return true;
    };
    const QString text = !up ? tr("Clear vote") : (*up ? tr("Vote up") : tr("Vote down"));
    m_session.undoStack()->push(new LambdaCommand(
        text, [apply, up] { return apply(up); }, [apply, before] { return apply(before); },
        sample));
    if (!error->isEmpty()) {
        m_session.showStatus(*error);
        return false;
    }
    return true;
}

HistoryDialog* ReviewUi::showHistory()
{
    Project* project = m_session.project();
    const qint64 sample = m_session.currentSampleId();
    if (!project || sample <= 0)
        return nullptr;
    auto rec = project->sample(sample);
    const QString title = rec.isOk() ? rec.value().path : QString::number(sample);
    auto* dialog = new HistoryDialog(title, m_session.repos()->audit.history(sample), m_host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session.isInteractive()) {
        dialog->exec();
        return nullptr;
    }
    dialog->show();
    return dialog;
}

void ReviewUi::editConsensusSettings()
{
    Project* project = m_session.project();
    if (!project)
        return;
    ConsensusSettingsDialog dialog(ProjectReview::loadRule(*project), m_host);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = ProjectReview::saveRule(*project, dialog.rule()); !s) {
        QMessageBox::warning(m_host, tr("Consensus Settings"), s.error().toString());
        return;
    }
    m_session.refreshDerived(); // the queue re-reads it
    m_agreement->recompute();
    m_session.showStatus(tr("Consensus settings saved; statuses derived again."));
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
                               : QString()) +
           (r.ambiguous.isEmpty()
                ? QString()
                : QLatin1Char(' ') +
                      tr("%n sample(s) skipped as ambiguous (the same bytes as several here).",
                         nullptr, int(r.ambiguous.size())));
}

bool ReviewUi::mergeProject(const QString& otherPath)
{
    Project* project = m_session.project();
    if (!project)
        return false;
    auto result = ProjectMerge::run(*project, otherPath, m_session.annotator().id);
    const QString title = tr("Merge %1").arg(QDir::toNativeSeparators(otherPath));
    if (!result.isOk()) {
        m_session.showStatus(result.error().toString());
        if (m_session.isInteractive())
            QMessageBox::warning(m_host, title, result.error().toString());
        return false;
    }
    // Merged rows bypass the undo stack: earlier steps could now undo over them.
    m_session.undoStack()->clear();
    m_session.notifyClassesChanged(); // classes may have come too; the rows are read again
    const MergeReport& report = result.value();
    const QString summary = mergeSummary(report);
    m_session.showStatus(summary, 15000);
    if (m_session.isInteractive()) {
        QMessageBox box(QMessageBox::Information, title, summary, QMessageBox::Ok, m_host);
        QString details;
        if (!report.unmatched.isEmpty())
            details = tr("Skipped (no sample here with the same content):") + QLatin1Char('\n') +
                      report.unmatched.join(QLatin1Char('\n'));
        for (const MergeAmbiguity& a : report.ambiguous)
            details +=
                QLatin1Char('\n') + tr("Ambiguous: %1 (the same bytes as: %2)")
                                        .arg(a.path, a.candidates.join(QStringLiteral(", ")));
        if (!details.isEmpty())
            box.setDetailedText(details.trimmed());
        box.exec();
    }
    return true;
}

bool ReviewUi::importCommonVoice(const QString& folder, const QString& licence,
                                 const QString& source, bool allowOutside)
{
    Project* project = m_session.project();
    if (!project)
        return false;
    const bool started = m_imports.start(project->path(), folder, licence, source,
                                         ImportRunner::Format::CommonVoice, allowOutside);
    if (!started)
        m_session.showStatus(tr("Another import is running."));
    return started;
}

} // namespace tally
