#pragma once
// What the status-bar runners (ImportRunner, ExportRunner) share: a progress bar with
// a Cancel button, hidden when idle; a cancel flag; one worker at a time on the global
// QtConcurrent pool, its report handed back on the GUI thread.
//
// Threading: start(), cancel(), wait() and the finished callback belong to the GUI
// thread. The worker runs on a pool thread; it gets a progress function (safe to call
// from that thread: the bar is updated through a queued call) and the cancel flag,
// which it polls. The destructor cancels and waits, so the worker never outlives the
// task. The bar widget is owned by the parent window (it goes into its status bar).

#include <QFuture>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QWidget;

namespace tally {

class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(int done, int total)>;

    // barFormat: the bar's text, e.g. tr("Importing %v / %m"); cancelText: the button's.
    // Both come translated from the caller, so each runner keeps its own strings.
    BackgroundTask(QWidget* parentWindow, const QString& barFormat, const QString& cancelText,
                   QObject* parent);
    ~BackgroundTask() override;

    QWidget* progressWidget() const { return m_widget; }
    bool isRunning() const;
    void cancel();
    void wait();

    // Runs work(progress, cancel) on a worker thread and then, on the GUI thread,
    // hides the bar and calls finished(report). false (nothing started) while busy.
    template <typename Report>
    bool start(std::function<Report(const Progress&, const std::atomic_bool*)> work,
               std::function<void(const Report&)> finished)
    {
        auto report = std::make_shared<Report>();
        return startWork([work = std::move(work), report](
                             const Progress& progress,
                             const std::atomic_bool* cancel) { *report = work(progress, cancel); },
                         [finished = std::move(finished), report] { finished(*report); });
    }

Q_SIGNALS:
    // On the GUI thread, whenever the worker reports.
    void progress(int done, int total);

private:
    bool startWork(std::function<void(const Progress&, const std::atomic_bool*)> work,
                   std::function<void()> finished);

    QWidget* m_widget = nullptr;
    QProgressBar* m_bar = nullptr;
    std::atomic_bool m_cancel{false};
    QFuture<void> m_future;
};

} // namespace tally
