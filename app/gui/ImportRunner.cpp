#include "gui/ImportRunner.h"

#include "formats/CommonVoiceImporter.h"
#include "formats/ImageImporter.h"
#include "formats/SeriesImporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/BackgroundTask.h"
#include "store/Project.h"

#include <QDir>
#include <QMessageBox>
#include <QWidget>

namespace tally {

namespace {

// What the worker hands back: the import's report and the scoped checks after it.
struct ImportOutcome
{
    ImportReport report;
    QualityReport quality;
    bool checked = false;
};

ImportReport runImport(Project& project, ImportRunner::Format format, const QString& folder,
                       const ImportOptions& options, double seriesRateHz,
                       const BackgroundTask::Progress& progress, const std::atomic_bool* cancel)
{
    switch (format) {
    case ImportRunner::Format::Ims:
        return SeriesImporter::run(project, folder, options, {SeriesFormat::Ims, seriesRateHz},
                                   progress, cancel);
    case ImportRunner::Format::SensorCsv:
        return SeriesImporter::run(project, folder, options, {SeriesFormat::SensorCsv, 0}, progress,
                                   cancel);
    case ImportRunner::Format::CommonVoice:
        return CommonVoiceImporter::run(project, folder, options, progress, cancel);
    case ImportRunner::Format::Images:
        return ImageImporter::run(project, ImageFormat::Images, folder, options, progress, cancel);
    case ImportRunner::Format::Coco:
        return ImageImporter::run(project, ImageFormat::Coco, folder, options, progress, cancel);
    case ImportRunner::Format::Voc:
        return ImageImporter::run(project, ImageFormat::Voc, folder, options, progress, cancel);
    case ImportRunner::Format::Yolo:
        return ImageImporter::run(project, ImageFormat::Yolo, folder, options, progress, cancel);
    case ImportRunner::Format::SpeechCommands:
        break;
    }
    return SpeechCommandsImporter::run(project, folder, options, progress, cancel);
}

// The quality checks on the samples the import added, on the worker, with the same
// progress bar and cancel flag.
void checkImported(Project& project, const BackgroundTask::Progress& progress,
                   const std::atomic_bool* cancel, ImportOutcome& out)
{
    if (out.report.cancelled || out.report.importedIds.isEmpty())
        return;
    QualityRunOptions options;
    options.scope = out.report.importedIds;
    options.cancel = cancel;
    options.progress = [&progress](qint64 done, qint64 total) { progress(int(done), int(total)); };
    out.quality = QualityRunner::run(project, options);
    out.checked = !out.quality.cancelled;
}

} // namespace

ImportRunner::ImportRunner(QWidget* parentWindow)
    : QObject(parentWindow), m_parentWindow(parentWindow),
      m_task(new BackgroundTask(parentWindow, tr("Importing %v / %m"), tr("Cancel"), this))
{
    connect(m_task, &BackgroundTask::progress, this, &ImportRunner::progress);
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

QWidget* ImportRunner::progressWidget() const
{
    return m_task->progressWidget();
}

bool ImportRunner::isRunning() const
{
    return m_task->isRunning();
}

bool ImportRunner::start(const QString& projectPath, const QString& folder, const QString& licence,
                         const QString& source, Format format, bool allowOutside,
                         double seriesRateHz)
{
    ImportOptions options;
    options.licence = licence;
    options.source = source;
    options.allowOutside = allowOutside;
    const auto work = [projectPath, folder, options, format,
                       seriesRateHz](const BackgroundTask::Progress& progress,
                                     const std::atomic_bool* cancel) {
        ImportOutcome out;
        auto project = Project::open(projectPath);
        if (!project.isOk()) {
            out.report.errors.append(project.error());
            return out;
        }
        out.report =
            runImport(*project.value(), format, folder, options, seriesRateHz, progress, cancel);
        checkImported(*project.value(), progress, cancel, out);
        return out;
    };
    return m_task->start<ImportOutcome>(work, [this, folder](const ImportOutcome& outcome) {
        m_report = outcome.report;
        m_quality = outcome.quality;
        m_checked = outcome.checked;
        Q_EMIT finished(m_report);
        showReport(folder);
    });
}

void ImportRunner::cancel()
{
    m_task->cancel();
}

void ImportRunner::wait()
{
    m_task->wait();
}

QString ImportRunner::summary(const ImportReport& r)
{
    QString text = tr("Imported %1, skipped %2, already present %3, failed %4.")
                       .arg(r.imported)
                       .arg(r.skipped)
                       .arg(r.duplicates)
                       .arg(r.errors.size());
    if (!r.warnings.isEmpty())
        text += QLatin1Char(' ') + tr("%n warning(s).", nullptr, int(r.warnings.size()));
    if (r.cancelled)
        text += QLatin1Char(' ') +
                tr("The import was cancelled; the samples imported so far were kept.");
    return text;
}

QString ImportRunner::lastSummary() const
{
    QString text = summary(m_report);
    if (m_checked)
        text += QLatin1Char(' ') +
                tr("Quality checks on the %n new sample(s): ", nullptr,
                   int(m_report.importedIds.size())) +
                tr("%n flag(s)", nullptr, int(m_quality.flags.size())) + QLatin1String(", ") +
                tr("%n leak(s).", nullptr, int(m_quality.leaks.size()));
    return text;
}

void ImportRunner::showReport(const QString& folder) const
{
    const ImportReport& r = m_report;
    const QString text = summary(r);
    if ((r.errors.isEmpty() && r.warnings.isEmpty()) || !m_interactive)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import of %1").arg(QDir::toNativeSeparators(folder)),
                    text, QMessageBox::Ok, m_parentWindow);
    QStringList lines;
    for (const Error& e : r.errors)
        lines << e.toString();
    for (const Error& e : r.warnings)
        lines << tr("warning: %1").arg(e.toString());
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace tally
