#include "gui/FlaggedQueue.h"

#include "gui/FlaggedPanel.h"
#include "gui/LambdaCommand.h"
#include "gui/Repositories.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "quality/FlagTriage.h"
#include "quality/QualitySettings.h"
#include "review/ReviewerRule.h"
#include "store/Flags.h"
#include "store/Project.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QUndoStack>
#include <algorithm>

namespace tally {

namespace {

// The unit every parameter of the check shares ("dBFS", "s"), or none.
QString unitOf(const QString& check)
{
    const CheckInfo* info = QualitySettings::find(check);
    if (!info || info->params.isEmpty())
        return {};
    const QString unit = info->params.first().unit;
    for (const CheckParam& p : info->params)
        if (p.unit != unit)
            return {};
    return unit;
}

QString withUnit(double value, const QString& unit)
{
    const QString number = QString::number(value, 'g', 4);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

} // namespace

FlaggedQueue::FlaggedQueue(Session& session, QWidget* host) : QObject(host), m_session(session)
{
    m_panel = new FlaggedPanel;
    m_panel->setObjectName(QStringLiteral("flaggedPanel"));
    // Docked by the main window (beside the Labels dock, hidden).
    m_dock = new QDockWidget(tr("Flagged Queue"), host);
    m_dock->setObjectName(QStringLiteral("flaggedDock"));
    m_dock->setWidget(m_panel);

    connect(m_panel->keepAction(), &QAction::triggered, this, &FlaggedQueue::keep);
    connect(m_panel->rejectAction(), &QAction::triggered, this, &FlaggedQueue::reject);
    connect(m_panel->trimAction(), &QAction::triggered, this, &FlaggedQueue::trim);
    connect(m_panel, &FlaggedPanel::nextRequested, this, [this] { step(1); });
    connect(m_panel, &FlaggedPanel::previousRequested, this, [this] { step(-1); });
    connect(m_panel, &FlaggedPanel::checkChosen, this, [this] {
        markStale();
        showSample(nextAfter(0));
        m_panel->setFocus(Qt::OtherFocusReason);
    });
    // The dock's own toggle (its close button, a restored window state) is the queue's
    // on/off switch too.
    connect(m_dock->toggleViewAction(), &QAction::toggled, this, &FlaggedQueue::setActive);
    connectSession();
    rebuildChecks();
}

void FlaggedQueue::connectSession()
{
    connect(&m_session, &Session::projectChanged, this, [this] {
        m_stale = true;
        m_current = 0;
        if (m_active)
            showSample(nextAfter(0));
    });
    for (auto changed : {&Session::samplesChanged, &Session::derivedChanged})
        connect(&m_session, changed, this, &FlaggedQueue::markStale);
    connect(&m_session, &Session::sampleChanged, this, &FlaggedQueue::markStale);
    connect(&m_session, &Session::currentSampleChanged, this, [this](qint64 id) {
        if (m_active && !m_selecting && id != m_current && flagged().contains(id)) {
            m_current = id;
            showItem();
        }
    });
}

QString FlaggedQueue::check() const
{
    return m_panel->chosenCheck();
}

void FlaggedQueue::setCheck(const QString& check)
{
    rebuildChecks();
    m_panel->chooseCheck(check);
}

void FlaggedQueue::markStale()
{
    m_stale = true;
    if (m_active)
        showItem();
}

QList<qint64> FlaggedQueue::flagged() const
{
    Project* project = m_session.project();
    if (!project) {
        m_flagged.clear();
        return m_flagged;
    }
    if (m_stale) {
        m_flagged = FlagTriage::flaggedSamples(*project, FlagTriage::checksFor(check()));
        // A rejected sample is out of the dataset already.
        const SampleTableModel* model = m_session.sampleModel();
        m_flagged.removeIf([model](qint64 id) {
            return model->statusOf(model->recordOf(id)) == QLatin1String("rejected");
        });
        m_stale = false;
    }
    return m_flagged;
}

void FlaggedQueue::rebuildChecks()
{
    QList<QPair<QString, QString>> choices;
    Project* project = m_session.project();
    const QMap<QString, qint64> counts =
        project ? Flags(*project).activeCounts() : QMap<QString, qint64>();
    qint64 all = 0;
    for (const qint64 n : counts)
        all += n;
    choices.append({tr("All checks (%n active)", nullptr, int(all)), QString()});
    const QString chosen = check();
    for (const QString& name : QualitySettings::checkNames())
        if (counts.value(name) > 0 || name == chosen)
            choices.append(
                {tr("%1 (%n active)", nullptr, int(counts.value(name))).arg(name), name});
    m_panel->setChecks(choices);
}

void FlaggedQueue::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    if (on) {
        m_stale = true;
        m_dock->show();
        m_dock->raise();
        showSample(nextAfter(0));
        m_panel->setFocus(Qt::OtherFocusReason);
    } else {
        m_dock->hide();
    }
    Q_EMIT activeChanged(on);
}

void FlaggedQueue::showSample(qint64 sampleId)
{
    m_current = sampleId;
    showItem();
    if (sampleId > 0 && m_session.currentSampleId() != sampleId) {
        m_selecting = true;
        m_session.selectSample(sampleId);
        m_selecting = false;
    }
}

QList<FlagRecord> FlaggedQueue::shownFlags() const
{
    Project* project = m_session.project();
    if (!project || m_current <= 0)
        return {};
    return FlagTriage::activeFlagsOf(*project, m_current, FlagTriage::checksFor(check()));
}

void FlaggedQueue::showItem()
{
    rebuildChecks();
    if (!m_session.project()) {
        m_panel->clearItem(QString());
        return;
    }
    const QList<FlagRecord> flags = shownFlags();
    if (m_current <= 0 || flags.isEmpty()) {
        const QString none = check().isEmpty()
                                 ? tr("No sample has an active quality flag.")
                                 : tr("No sample has an active “%1” flag.").arg(check());
        m_panel->clearItem(flagged().isEmpty() ? none : QString());
        return;
    }
    m_panel->setItem(itemFor(m_current, flags));
}

FlaggedItem FlaggedQueue::itemFor(qint64 sampleId, const QList<FlagRecord>& flags) const
{
    FlaggedItem item;
    const QList<qint64> ids = flagged();
    item.total = int(ids.size());
    // A sample no longer in the list keeps the place it would have.
    item.position = int(std::lower_bound(ids.begin(), ids.end(), sampleId) - ids.begin()) + 1;
    item.sampleTitle = flags.first().samplePath;
    for (const FlagRecord& f : flags) {
        const QString unit = unitOf(f.check);
        QString other = f.otherPath.isEmpty() ? QString() : QFileInfo(f.otherPath).fileName();
        if (other.isEmpty() && f.otherSampleId > 0)
            other = QString::number(f.otherSampleId);
        item.rows << FlaggedRow{f.check, withUnit(f.value, unit), withUnit(f.threshold, unit),
                                other, f.detail};
    }
    item.trimOffered = FlagTriage::offersTrim(FlagTriage::checksOf(flags));
    return item;
}

qint64 FlaggedQueue::nextAfter(qint64 after) const
{
    const QList<qint64> ids = flagged();
    const auto it = std::upper_bound(ids.begin(), ids.end(), after);
    return it != ids.end() ? *it : ids.value(0, 0);
}

void FlaggedQueue::step(int delta)
{
    const QList<qint64> ids = flagged();
    if (ids.isEmpty()) {
        showSample(0);
        return;
    }
    // No wrapping: at either end the queue stays where it is.
    qint64 to = m_current;
    if (delta > 0) {
        const auto it = std::upper_bound(ids.begin(), ids.end(), m_current);
        if (it != ids.end())
            to = *it;
    } else {
        const auto it = std::lower_bound(ids.begin(), ids.end(), m_current);
        if (it != ids.begin())
            to = *(it - 1);
    }
    showSample(to);
    m_panel->setFocus(Qt::OtherFocusReason);
}

QString FlaggedQueue::sampleName(qint64 sampleId) const
{
    const SampleRecord r = m_session.sampleModel()->recordOf(sampleId);
    return r.id > 0 ? QFileInfo(r.path).fileName() : QString::number(sampleId);
}

void FlaggedQueue::decide(const QString& text, qint64 sample, std::function<bool()> redo,
                          std::function<bool()> undo, const std::shared_ptr<QString>& error,
                          const QString& done)
{
    auto pushed = std::make_shared<bool>(false); // the first redo runs inside push()
    auto show = [this, sample, pushed](const std::function<bool()>& edit) {
        return [this, sample, pushed, edit] {
            const bool ok = edit();
            m_session.notifySampleChanged(sample);
            if (*pushed && m_active)
                showSample(sample); // undo / redo show the sample again
            *pushed = true;
            return ok;
        };
    };
    m_session.undoStack()->push(new LambdaCommand(text, show(redo), show(undo), sample));
    if (!error->isEmpty()) {
        m_session.showStatus(*error);
        return;
    }
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const QString confirm = tr("%1 — %2 undoes").arg(done, undoKey);
    const qint64 next = nextAfter(sample);
    showSample(next);
    m_panel->setFocus(Qt::OtherFocusReason);
    m_session.showStatus(next == 0 ? tr("%1. No flagged sample left.").arg(confirm) : confirm,
                         15000);
}

void FlaggedQueue::keep()
{
    Project* project = m_session.project();
    const qint64 sample = m_current;
    const QStringList checks = FlagTriage::checksOf(shownFlags());
    if (!project || sample <= 0 || checks.isEmpty())
        return;
    const qint64 me = m_session.annotator().id;
    const QString reason = m_panel->reason();
    auto ids = std::make_shared<QList<qint64>>();
    auto error = std::make_shared<QString>();
    auto redo = [this, sample, checks, me, reason, ids, error] {
        auto r = FlagTriage::keep(*m_session.project(), sample, checks, me, reason);
        if (!r) {
            *error = r.error().toString();
            return false;
        }
        *ids = r.value();
        return true;
    };
    auto undo = [this, me, ids] {
        return FlagTriage::undoKeep(*m_session.project(), *ids, me).isOk();
    };
    decide(tr("Keep flagged sample"), sample, redo, undo, error,
           tr("Kept %1 (%2 dismissed)").arg(sampleName(sample), checks.join(QStringLiteral(", "))));
}

void FlaggedQueue::reject()
{
    Project* project = m_session.project();
    const qint64 sample = m_current;
    const QStringList checks = FlagTriage::checksOf(shownFlags());
    if (!project || sample <= 0 || checks.isEmpty())
        return;
    if (!ReviewerRule::mayDecide(m_session.annotator().role)) {
        m_session.showStatus(tr("Only a reviewer can reject: switch the annotator's role to "
                                "reviewer (Edit ▸ Switch Annotator…)."));
        return;
    }
    const qint64 me = m_session.annotator().id;
    const QString reason = FlagTriage::rejectReason(checks);
    auto reviewId = std::make_shared<qint64>(0);
    auto error = std::make_shared<QString>();
    auto redo = [this, sample, me, reason, reviewId, error] {
        auto r = m_session.repos()->reviews.addReview(sample, me, ReviewKind::Reject, 0, reason);
        if (!r) {
            *error = r.error().toString();
            return false;
        }
        *reviewId = r.value();
        return true;
    };
    auto undo = [this, me, reviewId] {
        return m_session.repos()->reviews.deleteReview(*reviewId, me).isOk();
    };
    decide(tr("Reject flagged sample"), sample, redo, undo, error,
           tr("Rejected %1 (%2)").arg(sampleName(sample), reason));
}

void FlaggedQueue::trim()
{
    if (m_current <= 0 || !FlagTriage::offersTrim(FlagTriage::checksOf(shownFlags())))
        return;
    if (m_session.currentSampleId() != m_current)
        showSample(m_current);
    Q_EMIT trimRequested();
}

} // namespace tally
