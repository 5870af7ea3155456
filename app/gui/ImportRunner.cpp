#include "gui/ImportRunner.h"

#include "formats/CommonVoiceImporter.h"
#include "formats/ImageImporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "gui/BackgroundTask.h"
#include "store/Project.h"

#include <QDir>
#include <QMessageBox>
#include <QWidget>

namespace tally {

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
                         const QString& source, Format format, bool allowOutside)
{
    ImportOptions options;
    options.licence = licence;
    options.source = source;
    options.allowOutside = allowOutside;
    const auto work = [projectPath, folder, options,
                       format](const BackgroundTask::Progress& progress,
                               const std::atomic_bool* cancel) {
        auto project = Project::open(projectPath);
        if (!project.isOk()) {
            ImportReport failed;
            failed.errors.append(project.error());
            return failed;
        }
        switch (format) {
        case Format::CommonVoice:
            return CommonVoiceImporter::run(*project.value(), folder, options, progress, cancel);
        case Format::Images:
            return ImageImporter::run(*project.value(), ImageFormat::Images, folder, options,
                                      progress, cancel);
        case Format::Coco:
            return ImageImporter::run(*project.value(), ImageFormat::Coco, folder, options,
                                      progress, cancel);
        case Format::Voc:
            return ImageImporter::run(*project.value(), ImageFormat::Voc, folder, options, progress,
                                      cancel);
        case Format::Yolo:
            return ImageImporter::run(*project.value(), ImageFormat::Yolo, folder, options,
                                      progress, cancel);
        case Format::SpeechCommands:
            break;
        }
        return SpeechCommandsImporter::run(*project.value(), folder, options, progress, cancel);
    };
    return m_task->start<ImportReport>(work, [this, folder](const ImportReport& report) {
        m_report = report;
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
