#include "gui/ImportRunner.h"

#include "formats/CommonVoiceImporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

namespace tally {

ImportRunner::ImportRunner(QWidget* parentWindow) : QObject(parentWindow), m_parentWindow(parentWindow)
{
    m_widget = new QWidget(parentWindow);
    m_bar = new QProgressBar(m_widget);
    m_bar->setMaximumWidth(220);
    m_bar->setFormat(tr("Importing %v / %m"));
    m_cancelButton = new QPushButton(tr("Cancel"), m_widget);
    auto* layout = new QHBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    m_widget->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunner::cancel);
    connect(this, &ImportRunner::progress, this, [this](int done, int total) {
        m_bar->setMaximum(std::max(total, 1));
        m_bar->setValue(done);
    });
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

bool ImportRunner::isRunning() const
{
    return m_future.isRunning();
}

bool ImportRunner::start(const QString& projectPath, const QString& folder, const QString& licence,
                         const QString& source, Format format)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_bar->setRange(0, 0); // busy until the first report of the total
    m_widget->show();
    ImportOptions options;
    options.licence = licence;
    options.source = source;
    m_future = QtConcurrent::run([this, projectPath, folder, options, format] {
        auto project = Project::open(projectPath);
        if (!project.isOk()) {
            ImportReport failed;
            failed.errors.append(project.error());
            return failed;
        }
        auto onProgress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); },
                                      Qt::QueuedConnection);
        };
        if (format == Format::CommonVoice)
            return CommonVoiceImporter::run(*project.value(), folder, options, onProgress, &m_cancel);
        return SpeechCommandsImporter::run(*project.value(), folder, options, onProgress, &m_cancel);
    });
    auto* watcher = new QFutureWatcher<ImportReport>(this);
    connect(watcher, &QFutureWatcher<ImportReport>::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        m_report = watcher->result();
        m_widget->hide();
        Q_EMIT finished(m_report);
        showReport(folder);
    });
    watcher->setFuture(m_future);
    return true;
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

void ImportRunner::wait()
{
    m_future.waitForFinished();
}

QString ImportRunner::summary(const ImportReport& r)
{
    QString text = tr("Imported %1, skipped %2, already present %3, failed %4.")
                       .arg(r.imported).arg(r.skipped).arg(r.duplicates).arg(r.errors.size());
    if (r.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; the samples imported so far were kept.");
    return text;
}

void ImportRunner::showReport(const QString& folder) const
{
    const ImportReport& r = m_report;
    const QString text = summary(r);
    if (r.errors.isEmpty() || !m_interactive)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import of %1").arg(QDir::toNativeSeparators(folder)), text,
                    QMessageBox::Ok, m_parentWindow);
    QStringList lines;
    for (const Error& e : r.errors)
        lines << e.toString();
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace tally
