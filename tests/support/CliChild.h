#pragma once
// Test helpers for runs of tally-cli as child processes that other processes work
// beside, or that are killed part way (the crash and two-writer tests), and for reading
// back what a project holds afterwards.

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tally::test {

// A tally-cli child process: stdin written in pieces, stdout gathered, and its
// "ok<TAB>PATH<TAB>VALUE" lines (label, vote: printed once committed) parsed as they
// come. Killed (SIGKILL) when destroyed while still running.
class CliChild
{
public:
    CliChild() = default;
    ~CliChild();
    CliChild(const CliChild&) = delete;
    CliChild& operator=(const CliChild&) = delete;

    // Starts cliPath() with args; false when it does not start.
    bool start(const QStringList& args, const QString& workingDir = {});
    void write(const QByteArray& bytes);
    void closeInput();
    // Waits up to ms for output, then reads what came.
    void poll(int ms);
    // Whether the child still runs (asks the process, so no event loop is needed).
    bool isRunning();
    // SIGKILL, then waits for the end and reads what was flushed before it.
    void kill();
    // Waits up to timeoutMs; the exit code, or -1 when it crashed or did not finish.
    int finish(int timeoutMs = 60000);

    // PATH -> VALUE of every "ok" line read so far (the last one for a path).
    const QHash<QString, QString>& ok() const { return m_ok; }
    qsizetype okCount() const { return m_okLines; }
    const QByteArray& out() const { return m_out; }
    QByteArray err() { return m_process.readAllStandardError(); }
    // Milliseconds since start().
    qint64 elapsedMs() const;

private:
    void read();

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_pending;
    QHash<QString, QString> m_ok;
    qsizetype m_okLines = 0;
    qint64 m_startedMs = 0;
};

// "ok" when the project's PRAGMA integrity_check passes, else what it said (or why the
// project could not be opened).
QString integrityCheck(const QString& projectPath);

// What a project holds, as sorted text lines without ids or times (which a rerun
// changes): samples (path, hash, kind, class, group, duration, split), labels, votes,
// regions, boxes and reviews (by stored path, annotator and class names). Two runs
// that should end the same compare equal. Empty when the project cannot be opened.
QStringList projectState(const QString& projectPath);

// Stored path -> class name of each label `annotator` gave.
QHash<QString, QString> labelsBy(const QString& projectPath, const QString& annotator);

// A single number from `sql` run on the project (-1 on error).
qint64 queryNumber(const QString& projectPath, const QString& sql);

} // namespace tally::test
