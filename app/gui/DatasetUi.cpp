#include "gui/DatasetUi.h"

#include "formats/ExportPaths.h"
#include "gui/BalanceDock.h"
#include "gui/ExportCheck.h"
#include "gui/ExportDialog.h"
#include "gui/Repositories.h"
#include "gui/SampleNavigator.h"
#include "gui/Session.h"
#include "gui/SplitDialog.h"
#include "gui/VersionsDialog.h"
#include "models/SampleTableModel.h"
#include "review/ProjectReview.h"
#include "splits/EffectiveClass.h"
#include "splits/SplitAssignment.h"
#include "store/Project.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace tally {

namespace {
const QString kExportFolderKey = QStringLiteral("dataset/exportFolder");
} // namespace

DatasetUi::DatasetUi(Session& session, SampleNavigator& navigator, QWidget* host)
    : QObject(host), m_session(session), m_navigator(navigator), m_host(host)
{
    m_balance = new BalanceDock(host); // docked (hidden) by the main window
    m_export = new ExportRunner(host);

    m_menu = new QMenu(tr("&Dataset"), host);
    m_balanceAction = m_balance->toggleViewAction();
    m_balanceAction->setText(tr("Class &Balance"));
    m_balanceAction->setObjectName(QStringLiteral("dataset.balance"));
    m_balanceAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_menu->addAction(m_balanceAction);
    m_menu->addSeparator();
    m_projectActions << m_menu->addAction(tr("&Split…"), this, &DatasetUi::showSplitDialog);
    m_projectActions << m_menu->addAction(tr("&Licences…"), this, &DatasetUi::showLicenceDialog);
    m_menu->addSeparator();
    m_projectActions << m_menu->addAction(tr("&Export…"), this, &DatasetUi::showExportDialog);
    m_projectActions << m_menu->addAction(tr("&Versions…"), this, [this] { showVersionsDialog(); });
    m_projectActions[2]->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_projectActions[2]->setObjectName(QStringLiteral("dataset.export"));

    connect(&m_session, &Session::projectChanged, this, &DatasetUi::onProjectChanged);
    for (auto changed : {&Session::samplesChanged, &Session::classesChanged})
        connect(&m_session, changed, m_balance, &BalanceDock::markStale);
    connect(&m_session, &Session::sampleChanged, m_balance, &BalanceDock::markStale);
    connect(this, &DatasetUi::datasetChanged, m_balance, &BalanceDock::markStale);
    connect(m_export, &ExportRunner::finished, this, &DatasetUi::onExportFinished);
    updateEnabled();
}

void DatasetUi::onProjectChanged()
{
    if (m_versions)
        m_versions->close();
    m_balance->setProject(m_session.project());
    updateEnabled();
}

void DatasetUi::updateEnabled()
{
    for (QAction* a : m_projectActions)
        a->setEnabled(m_session.project() != nullptr);
}

Result<QList<StoredLeak>> DatasetUi::applySplit(const SplitMethod& method)
{
    Project* project = m_session.project();
    if (!project)
        return Error{{}, tr("No project is open.")};
    Splits& splits = m_session.repos()->splits;
    const bool grouped = method.method == QLatin1String("grouped");
    if (grouped && !isSpeakerGroupKey(method.groupKey) &&
        !splits.metadataKeys().contains(method.groupKey))
        return Error{project->path(),
                     tr("No sample has the metadata key “%1”.").arg(method.groupKey)};
    const Status s = applySplitMethod(*project, method, splits, m_session.annotator().id);
    if (!s)
        return s.error();
    m_session.refreshDerived();
    Q_EMIT datasetChanged();
    return storedSplitLeaks(*project);
}

QString DatasetUi::splitSummary() const
{
    QMap<QString, qint64> perSplit;
    if (m_session.project())
        perSplit = m_session.repos()->splits.splitCounts();
    return tr("Training %1, validation %2, testing %3.")
        .arg(perSplit.value(QStringLiteral("training")))
        .arg(perSplit.value(QStringLiteral("validation")))
        .arg(perSplit.value(QStringLiteral("testing")));
}

QList<qint64> DatasetUi::shownSampleIds() const
{
    return m_navigator.shownIds();
}

QList<qint64> DatasetUi::allSampleIds() const
{
    const std::vector<qint64>& all = m_session.sampleModel()->allIds();
    return QList<qint64>(all.begin(), all.end());
}

Status DatasetUi::applyRights(const QList<qint64>& ids, const RightsChange& change)
{
    Project* project = m_session.project();
    if (!project)
        return Error{{}, tr("No project is open.")};
    Splits& splits = m_session.repos()->splits;
    const qint64 who = m_session.annotator().id;
    Status s;
    if (s && change.licence)
        s = splits.setLicence(ids, *change.licence, who);
    if (s && change.source)
        s = splits.setSource(ids, *change.source, who);
    if (s && change.owner)
        s = splits.setOwner(ids, *change.owner, who);
    if (s && change.consent)
        s = splits.setConsent(ids, *change.consent, who);
    if (s)
        Q_EMIT datasetChanged();
    return s;
}

bool DatasetUi::startExport(const ExportRequest& request)
{
    Project* project = m_session.project();
    if (!project || m_export->isRunning())
        return false;
    ExportRequest r = request;
    if (!r.overwrite && !ExportPaths::checkTarget(r.folder, false)) {
        const QString question =
            tr("%1 is not empty. Replace the export in it? Files the earlier export did not "
               "write are kept; a folder that no Tally export wrote is not replaced.")
                .arg(QDir::toNativeSeparators(r.folder));
        if (!m_session.isInteractive() ||
            QMessageBox::question(m_host, tr("Export"), question) != QMessageBox::Yes) {
            m_session.showStatus(
                tr("Export refused: %1 is not empty.").arg(QDir::toNativeSeparators(r.folder)));
            return false;
        }
        r.overwrite = true;
    }
    if (!ExportCheck::confirm(m_session, r, m_host)) // empty splits, missing classes
        return false;
    QSettings().setValue(kExportFolderKey, r.folder);
    m_session.showStatus(tr("Exporting into %1…").arg(QDir::toNativeSeparators(r.folder)), 0);
    return m_export->start(project->path(), r);
}

void DatasetUi::onExportFinished(const ExportReport& report)
{
    const QString summary = ExportRunner::summary(report);
    m_session.syncDataVersion(); // the export's own connection wrote the version
    m_session.showStatus(summary);
    Q_EMIT datasetChanged();
    if (m_versions)
        m_versions->close();
    if (!m_session.isInteractive())
        return;
    QMessageBox box(report.errors.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Export into %1").arg(QDir::toNativeSeparators(report.folder)), summary,
                    QMessageBox::Ok, m_host);
    if (const QString details = ExportRunner::details(report); !details.isEmpty())
        box.setDetailedText(details); // warnings, every skipped sample with its reason, errors
    box.exec();
}

void DatasetUi::showSplitDialog()
{
    Project* project = m_session.project();
    if (!project || !m_session.isInteractive())
        return;
    Splits& splits = m_session.repos()->splits;
    SplitDialog dialog(splits.metadataKeys(), splits.method(), m_host);
    dialog.setApply([this](const SplitMethod& method) -> Result<SplitDialog::Outcome> {
        return split(method);
    });
    dialog.exec();
}

Result<SplitDialog::Outcome> DatasetUi::split(const SplitMethod& method)
{
    const auto leaks = applySplit(method);
    if (!leaks)
        return leaks.error();
    const QString text = splitSummary();
    m_session.showStatus(text);
    return SplitDialog::Outcome{text, leaks.value()};
}

void DatasetUi::showLicenceDialog()
{
    Project* project = m_session.project();
    if (!project || !m_session.isInteractive())
        return;
    const QList<qint64> shown = shownSampleIds();
    const QList<qint64> all = allSampleIds();
    LicenceDialog dialog(int(shown.size()), int(all.size()),
                         m_session.repos()->splits.licenceCounts(), m_host);
    if (dialog.exec() != QDialog::Accepted || dialog.change().isEmpty())
        return;
    const QList<qint64>& ids = dialog.allSamples() ? all : shown;
    const Status s = applyRights(ids, dialog.change());
    if (!s)
        QMessageBox::warning(m_host, tr("Licences"), s.error().toString());
    else
        m_session.showStatus(tr("Changed %n sample(s).", nullptr, int(ids.size())));
}

void DatasetUi::showExportDialog()
{
    Project* project = m_session.project();
    if (!project || !m_session.isInteractive())
        return;
    if (m_export->isRunning()) {
        m_session.showStatus(tr("An export is running."));
        return;
    }
    QMap<QString, qint64> statusCounts;
    for (const auto& [status, count] : ProjectReview(*project).statusCounts())
        if (count > 0)
            statusCounts.insert(sampleStatusName(status), count);
    const QString folder =
        QSettings()
            .value(kExportFolderKey,
                   QFileInfo(project->path()).dir().filePath(QStringLiteral("export")))
            .toString();
    ExportDialog dialog(m_session.repos()->splits.licenceCounts(), statusCounts, folder, m_host);
    if (dialog.exec() == QDialog::Accepted)
        startExport(dialog.request());
}

VersionsDialog* DatasetUi::showVersionsDialog()
{
    Project* project = m_session.project();
    if (!project)
        return nullptr;
    if (!m_versions) {
        m_versions = new VersionsDialog(*project, m_host);
        m_versions->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_versions->show();
    m_versions->raise();
    return m_versions;
}

} // namespace tally
