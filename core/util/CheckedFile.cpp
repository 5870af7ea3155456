#include "util/CheckedFile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace tally {

namespace {

// Writes all of data to fd; 0 or the errno of the failure.
int writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        data += n;
        size -= n;
    }
    return 0;
}

int openNew(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do
        fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    return fd;
}

// Closes fd, removing path when err (or the close) failed. Returns the error to report.
Status finish(int fd, int err, const QString& path)
{
    if (::close(fd) != 0 && err == 0)
        err = errno;
    if (err == 0)
        return {};
    ::unlink(QFile::encodeName(path).constData());
    return Error{path, CheckedFile::tr("cannot write: %1").arg(CheckedFile::reasonOf(err))};
}

} // namespace

QString CheckedFile::reasonOf(int err)
{
    const QString system = QString::fromLocal8Bit(std::strerror(err));
    switch (err) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return tr("disk full (%1)").arg(system);
    case EFBIG:
        return tr("file too large for the file system or the file-size limit (%1)").arg(system);
    default:
        return system;
    }
}

Status CheckedFile::writeNew(const QString& path, const QByteArray& bytes)
{
    CheckedWriter file(path);
    if (Status s = file.open(); !s)
        return s;
    if (Status s = file.append(bytes); !s)
        return s;
    return file.close();
}

Status CheckedFile::copyNew(const QString& source, const QString& target, bool* sourceFailed)
{
    *sourceFailed = false;
    const QByteArray native = QFile::encodeName(source);
    const int in = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        *sourceFailed = true;
        return Error{source, tr("cannot read: %1").arg(reasonOf(errno))};
    }
    const int out = openNew(target);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        return Error{target, tr("cannot create: %1").arg(reasonOf(err))};
    }
    std::vector<char> buffer(size_t(1) << 18);
    int writeErr = 0;
    int readErr = 0;
    while (writeErr == 0) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            readErr = errno;
        if (n <= 0)
            break;
        writeErr = writeAll(out, buffer.data(), n);
    }
    ::close(in);
    if (readErr != 0) {
        *sourceFailed = true;
        ::close(out);
        ::unlink(QFile::encodeName(target).constData());
        return Error{source, tr("cannot read: %1").arg(reasonOf(readErr))};
    }
    return finish(out, writeErr, target);
}

Status CheckedFile::makeFolders(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    const QString parent = info.path();
    if (parent != path && !QFileInfo(parent).isDir())
        if (Status s = makeFolders(parent); !s)
            return s;
    if (::mkdir(QFile::encodeName(path).constData(), 0777) != 0 && errno != EEXIST)
        return Error{path, tr("cannot create the folder: %1").arg(reasonOf(errno))};
    if (!QFileInfo(path).isDir())
        return Error{path, tr("cannot create the folder: a file of that name is in the way")};
    return {};
}

Status CheckedFile::syncFileSystem(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{path, tr("cannot open: %1").arg(reasonOf(errno))};
    int err = 0;
#ifdef Q_OS_LINUX
    if (::syncfs(fd) != 0)
        err = errno;
#endif
    ::close(fd);
    if (err != 0)
        return Error{path, tr("cannot write to disk: %1").arg(reasonOf(err))};
    return {};
}

CheckedWriter::CheckedWriter(QString path) : m_path(std::move(path)) {}

CheckedWriter::~CheckedWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlink(QFile::encodeName(m_path).constData());
    }
}

Status CheckedWriter::open()
{
    m_fd = openNew(m_path);
    if (m_fd < 0)
        return Error{m_path,
                     CheckedFile::tr("cannot create: %1").arg(CheckedFile::reasonOf(errno))};
    return {};
}

Status CheckedWriter::fail(int err)
{
    const Status s = finish(m_fd, err, m_path);
    m_fd = -1;
    return s;
}

Status CheckedWriter::append(const QByteArray& bytes)
{
    if (m_fd < 0)
        return Error{m_path, CheckedFile::tr("cannot write: the file is not open")};
    const int err = writeAll(m_fd, bytes.constData(), bytes.size());
    return err == 0 ? Status{} : fail(err);
}

Status CheckedWriter::close()
{
    if (m_fd < 0)
        return Error{m_path, CheckedFile::tr("cannot write: the file is not open")};
    return fail(0);
}

} // namespace tally
