#include "gui/BackgroundTask.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>
#include <algorithm>

namespace tally {

BackgroundTask::BackgroundTask(QWidget* parentWindow, const QString& barFormat,
                               const QString& cancelText, QObject* parent)
    : QObject(parent)
{
    m_widget = new QWidget(parentWindow);
    m_bar = new QProgressBar(m_widget);
    m_bar->setMaximumWidth(220);
    m_bar->setFormat(barFormat);
    auto* cancelButton = new QPushButton(cancelText, m_widget);
    auto* layout = new QHBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(cancelButton);
    m_widget->hide();
    connect(cancelButton, &QPushButton::clicked, this, &BackgroundTask::cancel);
    connect(this, &BackgroundTask::progress, this, [this](int done, int total) {
        m_bar->setMaximum(std::max(total, 1));
        m_bar->setValue(done);
    });
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    wait();
}

bool BackgroundTask::isRunning() const
{
    return m_future.isRunning();
}

void BackgroundTask::cancel()
{
    m_cancel = true;
}

void BackgroundTask::wait()
{
    m_future.waitForFinished();
}

bool BackgroundTask::startWork(std::function<void(const Progress&, const std::atomic_bool*)> work,
                               std::function<void()> finished)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_bar->setRange(0, 0); // busy until the first report of the total
    m_widget->show();
    const Progress onProgress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    };
    m_future = QtConcurrent::run(
        [this, work = std::move(work), onProgress] { work(onProgress, &m_cancel); });
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this,
            [this, watcher, finished = std::move(finished)] {
                watcher->deleteLater();
                m_widget->hide();
                finished();
            });
    watcher->setFuture(m_future);
    return true;
}

} // namespace tally
