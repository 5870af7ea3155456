#pragma once
// Writing files so that a failure is never silent. Every write is checked for its full
// length (short writes are continued, EINTR retried), and so is close(); a file that
// could not be written completely is removed again, so no empty or cut-off file is left
// that looks written. The reason names what happened in words a user can act on:
// ENOSPC / EDQUOT become "disk full", EFBIG "file too large" (a file-size limit), the
// rest the system's message.
//
// Nothing here syncs each file: exports write into a staging folder and call
// syncFileSystem() once before putting it in place (one syncfs(2) instead of an fsync
// per clip), which also reports write-back errors the kernel found late.
//
// Thread-safety: stateless; call from any thread (distinct paths).

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tally {

class CheckedFile
{
    Q_DECLARE_TR_FUNCTIONS(tally::CheckedFile)

public:
    // The user-facing reason for errno err ("disk full (No space left on device)", ...).
    static QString reasonOf(int err);
    // Writes bytes to a new file at path; the file must not exist (O_EXCL), its folder must.
    static Status writeNew(const QString& path, const QByteArray& bytes);
    // Copies source to a new file target (same rules as writeNew). A failure to read the
    // source names the source and sets *sourceFailed (an input problem, not the disk's);
    // a failure to write names the target.
    static Status copyNew(const QString& source, const QString& target, bool* sourceFailed);
    // Creates folder path and its missing parents (an existing folder is fine).
    static Status makeFolders(const QString& path);
    // Flushes the file system holding path to disk and reports write-back errors
    // (syncfs on Linux; elsewhere it only checks that path is there).
    static Status syncFileSystem(const QString& path);
};

// A new file written in pieces (a streamed manifest), with CheckedFile's rules: every
// append checked, close() checks the close; the file is removed after any failure, and
// by the destructor when close() was never reached.
class CheckedWriter
{
public:
    explicit CheckedWriter(QString path);
    ~CheckedWriter();
    CheckedWriter(const CheckedWriter&) = delete;
    CheckedWriter& operator=(const CheckedWriter&) = delete;

    Status open();
    Status append(const QByteArray& bytes);
    Status close();

private:
    Status fail(int err);

    QString m_path;
    int m_fd = -1;
};

} // namespace tally
