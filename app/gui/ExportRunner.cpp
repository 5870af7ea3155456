#include "gui/ExportRunner.h"

#include "formats/BoxExporter.h"
#include "formats/ExportReviewInputs.h"
#include "formats/ManifestExporter.h"
#include "formats/SeriesExporter.h"
#include "formats/SpeechCommandsExporter.h"
#include "gui/BackgroundTask.h"
#include "review/VisualWakeWords.h"
#include "store/Project.h"

#include <QWidget>

namespace tally {

ExportRunner::ExportRunner(QWidget* parentWindow)
    : QObject(parentWindow),
      m_task(new BackgroundTask(parentWindow, tr("Exporting %v / %m"), tr("Cancel"), this))
{
    m_task->progressWidget()->setObjectName(QStringLiteral("exportProgress"));
    connect(m_task, &BackgroundTask::progress, this, &ExportRunner::progress);
}

ExportRunner::~ExportRunner()
{
    cancel();
    wait();
}

QWidget* ExportRunner::progressWidget() const
{
    return m_task->progressWidget();
}

bool ExportRunner::isRunning() const
{
    return m_task->isRunning();
}

Result<ExportFilter> ExportRunner::filterFor(const ExportRequest& request,
                                             const ExportInputs& inputs)
{
    ExportFilter filter;
    filter.allowedLicences = request.allowedLicences;
    if (!request.statuses.isEmpty()) {
        const Result<QSet<qint64>> allowed = samplesWithStatus(inputs.statusOf, request.statuses);
        if (!allowed)
            return allowed.error();
        filter.allowedSampleIds = allowed.value();
    }
    return filter;
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
    const Result<ExportFilter> filtered = filterFor(request, inputs);
    if (!filtered) {
        failed.errors.append(filtered.error());
        return failed;
    }
    const ExportFilter& filter = filtered.value();
    if (request.format == QLatin1String("speech-commands")) {
        SpeechCommandsOptions o;
        o.folder = request.folder;
        o.overwrite = request.overwrite;
        o.rateHz = request.rateHz;
        o.lengthSec = request.lengthSec;
        o.includeBackground = request.includeBackground;
        o.oversampleTo = request.oversampleTo;
        o.filter = filter;
        return SpeechCommandsExporter::run(project, o, inputs, progress, cancel);
    }
    if (const auto series = SeriesExporter::formatNamed(request.format)) {
        SeriesExportOptions o;
        o.folder = request.folder;
        o.overwrite = request.overwrite;
        o.format = *series;
        o.windowFrames = request.windowFrames;
        o.strideFrames = request.strideFrames;
        o.normalOnly = request.normalOnly.trimmed();
        o.filter = filter;
        if (!request.channels.trimmed().isEmpty()) {
            const Result<std::vector<int>> channels =
                SeriesExporter::parseChannels(request.channels);
            if (!channels) {
                failed.errors.append(Error{request.folder, channels.error().reason});
                return failed;
            }
            o.channels = channels.value();
        }
        return SeriesExporter::run(project, o, inputs);
    }
    if (const auto boxFormat = parseBoxExportFormat(request.format)) {
        BoxExportOptions b;
        b.format = *boxFormat;
        b.folder = request.folder;
        b.overwrite = request.overwrite;
        const VwwRule rule = loadVwwRule(project);
        b.personClass = rule.personClass;
        b.minAreaFraction = rule.minAreaFraction;
        b.filter = filter;
        b.inputs = inputs;
        return BoxExporter::run(project, b, progress, cancel);
    }
    ManifestOptions m;
    m.folder = request.folder;
    m.overwrite = request.overwrite;
    m.format =
        request.format == QLatin1String("csv") ? ManifestFormat::Csv : ManifestFormat::EdgeImpulse;
    m.filter = filter;
    return ManifestExporter::run(project, m, inputs);
}

bool ExportRunner::start(const QString& projectPath, const ExportRequest& request)
{
    const auto work = [projectPath, request](const BackgroundTask::Progress& progress,
                                             const std::atomic_bool* cancel) {
        return run(projectPath, request, progress, cancel);
    };
    return m_task->start<ExportReport>(work, [this](const ExportReport& report) {
        m_report = report;
        Q_EMIT finished(m_report);
    });
}

void ExportRunner::cancel()
{
    m_task->cancel();
}

void ExportRunner::wait()
{
    m_task->wait();
}

QString ExportRunner::summary(const ExportReport& r)
{
    if (r.cancelled)
        return tr("The export was cancelled; the folder was left as it was.");
    if (r.failure)
        return tr("The export failed: %1. The folder was left as it was; no version was "
                  "recorded.")
            .arg(r.failure->toString());
    QString text =
        tr("Written %1, skipped %2, errors %3.").arg(r.written).arg(r.skipped).arg(r.errors.size());
    if (!r.warnings.isEmpty())
        text += QLatin1Char(' ') + tr("%n warning(s).", nullptr, int(r.warnings.size()));
    if (r.version > 0)
        text += QLatin1Char(' ') + tr("Recorded as version %1.").arg(r.version);
    return text;
}

QString ExportRunner::details(const ExportReport& r)
{
    QStringList lines = r.warnings;
    for (const ExportSkip& s : r.skippedSamples)
        lines << tr("Skipped %1: %2").arg(s.path, s.reason);
    for (const Error& e : r.errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace tally
