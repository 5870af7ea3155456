#include "gui/ExportRunner.h"

#include "formats/ExportReviewInputs.h"
#include "formats/ManifestExporter.h"
#include "formats/SpeechCommandsExporter.h"
#include "store/Project.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

namespace tally {

ExportRunner::ExportRunner(QWidget* parentWindow) : QObject(parentWindow)
{
    m_widget = new QWidget(parentWindow);
    m_widget->setObjectName(QStringLiteral("exportProgress"));
    m_bar = new QProgressBar(m_widget);
    m_bar->setMaximumWidth(220);
    m_bar->setFormat(tr("Exporting %v / %m"));
    m_cancelButton = new QPushButton(tr("Cancel"), m_widget);
    auto* layout = new QHBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    m_widget->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportRunner::cancel);
    connect(this, &ExportRunner::progress, this, [this](int done, int total) {
        m_bar->setMaximum(std::max(total, 1));
        m_bar->setValue(done);
    });
}

ExportRunner::~ExportRunner()
{
    cancel();
    wait();
}

bool ExportRunner::isRunning() const
{
    return m_future.isRunning();
}

ExportReport ExportRunner::run(const QString& projectPath, const ExportRequest& request,
                               const ExportProgress& progress, const std::atomic_bool* cancel)
{
    ExportReport failed;
    failed.folder = request.folder;
    auto opened = Project::open(projectPath);
    if (!opened.isOk()) {
        failed.errors.append(opened.error());
        return failed;
    }
    Project& project = *opened.value();
    const ExportInputs inputs = exportInputsFromReview(project);
    ExportFilter filter;
    filter.allowedLicences = request.allowedLicences;
    if (!request.statuses.isEmpty()) {
        const Result<QSet<qint64>> allowed = samplesWithStatus(inputs.statusOf, request.statuses);
        if (!allowed) {
            failed.errors.append(allowed.error());
            return failed;
        }
        filter.allowedSampleIds = allowed.value();
    }
    if (request.format == QLatin1String("speech-commands")) {
        SpeechCommandsOptions o;
        o.folder = request.folder;
        o.overwrite = request.overwrite;
        o.rateHz = request.rateHz;
        o.lengthSec = request.lengthSec;
        o.includeBackground = request.includeBackground;
        o.filter = filter;
        return SpeechCommandsExporter::run(project, o, inputs, progress, cancel);
    }
    ManifestOptions m;
    m.folder = request.folder;
    m.overwrite = request.overwrite;
    m.format = request.format == QLatin1String("csv") ? ManifestFormat::Csv : ManifestFormat::EdgeImpulse;
    m.filter = filter;
    return ManifestExporter::run(project, m, inputs);
}

bool ExportRunner::start(const QString& projectPath, const ExportRequest& request)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_bar->setRange(0, 0); // busy until the first report of the total
    m_widget->show();
    m_future = QtConcurrent::run([this, projectPath, request] {
        auto onProgress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); },
                                      Qt::QueuedConnection);
        };
        return run(projectPath, request, onProgress, &m_cancel);
    });
    auto* watcher = new QFutureWatcher<ExportReport>(this);
    connect(watcher, &QFutureWatcher<ExportReport>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_report = watcher->result();
        m_widget->hide();
        Q_EMIT finished(m_report);
    });
    watcher->setFuture(m_future);
    return true;
}

void ExportRunner::cancel()
{
    m_cancel = true;
}

void ExportRunner::wait()
{
    m_future.waitForFinished();
}

QString ExportRunner::summary(const ExportReport& r)
{
    if (r.cancelled)
        return tr("The export was cancelled; the folder was left as it was.");
    QString text = tr("Written %1, skipped %2, errors %3.").arg(r.written).arg(r.skipped).arg(r.errors.size());
    if (r.version > 0)
        text += QLatin1Char(' ') + tr("Recorded as version %1.").arg(r.version);
    return text;
}

} // namespace tally
