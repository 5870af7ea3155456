#include "formats/ExportFolder.h"

#include "formats/ExportPaths.h"
#include "util/CheckedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSet>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace tally {

namespace {

QString parentOf(const QString& target)
{
    return QFileInfo(target).path();
}

// ".NAME.tally-<kind>-" beside the target.
QString siblingPrefix(const QString& target, const char* kind)
{
    return u'.' + QFileInfo(target).fileName() + QStringLiteral(".tally-") + QLatin1String(kind) +
           u'-';
}

QStringList siblings(const QString& target, const char* kind)
{
    return QDir(parentOf(target))
        .entryList({siblingPrefix(target, kind) + u'*'},
                   QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot);
}

bool removeTree(const QString& path)
{
    return QDir(path).removeRecursively();
}

// Every file (and symbolic link) below root, relative to it, not following links.
QStringList filesBelow(const QString& root)
{
    QStringList out;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !info.isDir())
            out << base.relativeFilePath(path);
    }
    out.sort();
    return out;
}

// The files the marker in folder lists; nothing when it has none (or it is unreadable).
std::optional<QStringList> readMarker(const QString& folder)
{
    QFile f(QDir(folder).filePath(ExportFolder::markerFileName()));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QStringLiteral("tally_export")).toInt() != 1)
        return std::nullopt;
    QStringList files;
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray())
        files << v.toString();
    return files;
}

QByteArray markerBytes(const QStringList& files)
{
    const QJsonObject o{{QStringLiteral("tally_export"), 1},
                        {QStringLiteral("written_by"), QStringLiteral("Tally " TALLY_VERSION)},
                        {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// 0 or the errno of renameat2(RENAME_EXCHANGE); ENOSYS where it is not there or
// TALLY_EXPORT_NO_EXCHANGE is set (the tests' way to exercise the two-rename path).
int exchange(const QString& a, const QString& b)
{
#if defined(Q_OS_LINUX) && defined(RENAME_EXCHANGE)
    if (qEnvironmentVariableIsSet("TALLY_EXPORT_NO_EXCHANGE"))
        return ENOSYS;
    if (::renameat2(AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD,
                    QFile::encodeName(b).constData(), RENAME_EXCHANGE) == 0)
        return 0;
    return errno;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return ENOSYS;
#endif
}

int renamePath(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0
               ? 0
               : errno;
}

// One of the user's files into the staging folder: a hard link, else a copy (a
// symbolic link is made again as a link).
Status carryFile(const QString& from, const QString& to)
{
    if (Status s = CheckedFile::makeFolders(QFileInfo(to).path()); !s)
        return s;
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
    if (QFileInfo(from).isSymLink()) {
        QByteArray link(4096, '\0');
        const ssize_t n = ::readlink(src.constData(), link.data(), size_t(link.size()));
        if (n < 0 || ::symlink(link.left(n).constData(), dst.constData()) != 0)
            return Error{
                to,
                ExportFolder::tr("cannot keep your file: %1").arg(CheckedFile::reasonOf(errno))};
        return {};
    }
    if (::link(src.constData(), dst.constData()) == 0)
        return {};
    bool sourceFailed = false;
    return CheckedFile::copyNew(from, to, &sourceFailed);
}

// A new folder prefix + six random letters, with the permissions a plain mkdir gives
// (the umask's), as it becomes the export folder. Empty when none could be made.
QString makeUniqueFolder(const QString& prefix, int* err)
{
    static const char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString path = prefix;
        for (int i = 0; i < 6; ++i)
            path += QLatin1Char(kLetters[QRandomGenerator::global()->bounded(36)]);
        if (::mkdir(QFile::encodeName(path).constData(), 0777) == 0)
            return path;
        *err = errno;
        if (*err != EEXIST)
            break;
    }
    return {};
}

// Staging folders an earlier Tally made inside the target (before exports were staged
// beside it); under the lock nothing writes them any more.
void removeLegacyStaging(const QString& target)
{
    const QDir dir(target);
    for (const QString& name :
         dir.entryList({QStringLiteral(".tally-export-*")},
                       QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot))
        removeTree(dir.filePath(name));
}

// e with a path inside staging given as the same path inside target: the staging folder
// is gone once the export failed, and the user knows the target.
Status onFinalPath(const Status& s, const QString& staging, const QString& target)
{
    if (s || !ExportPaths::isInside(staging, s.error().path))
        return s;
    return Error{target + s.error().path.mid(staging.size()), s.error().reason};
}

} // namespace

ExportFolder::ExportFolder(QString folder, std::unique_ptr<QLockFile> lock)
    : m_folder(std::move(folder)), m_lock(std::move(lock))
{
}

ExportFolder::~ExportFolder()
{
    if (m_committed) {
        finish();
        return;
    }
    if (!m_staging.isEmpty())
        removeTree(m_staging);
    m_lock.reset(); // unlocks: the lock file goes before its folder may
    removeCreatedParents();
}

void ExportFolder::removeCreatedParents()
{
    if (m_createdParent.isEmpty())
        return;
    for (QString dir = parentOf(m_folder); ExportPaths::isInside(m_createdParent, dir);
         dir = parentOf(dir))
        if (!QDir().rmdir(dir))
            break;
}

Result<std::unique_ptr<ExportFolder>> ExportFolder::begin(const QString& folder, bool overwrite)
{
    if (folder.trimmed().isEmpty())
        return Error{folder, tr("no export folder given")};
    QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(target).isSymLink() && QFileInfo(target).isDir())
        target = QFileInfo(target).canonicalFilePath(); // replace what the link points at
    if (QFileInfo(target).fileName().isEmpty() || parentOf(target) == target)
        return Error{target, tr("cannot export into the root of the file system")};
    QString created; // the topmost missing parent
    for (QString dir = parentOf(target); !QFileInfo(dir).exists(); dir = parentOf(dir))
        created = dir;
    if (Status s = CheckedFile::makeFolders(parentOf(target)); !s)
        return s.error();
    auto lock = std::make_unique<QLockFile>(
        QDir(parentOf(target))
            .filePath(u'.' + QFileInfo(target).fileName() + QStringLiteral(".tally-lock")));
    lock->setStaleLockTime(0); // a live export is never taken over, however long it runs
    std::unique_ptr<ExportFolder> out(new ExportFolder(target, nullptr));
    out->m_createdParent = created;
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app))
            return Error{target, tr("another export into this folder is running (%1, process "
                                    "%2 on %3)")
                                     .arg(app)
                                     .arg(pid)
                                     .arg(host)};
        return Error{target, tr("cannot create the lock file in %1 (is the folder writable?)")
                                 .arg(QDir::toNativeSeparators(parentOf(target)))};
    }
    out->m_lock = std::move(lock);
    if (Status s = out->prepare(overwrite); !s)
        return s.error();
    return out;
}

// Holding the lock: repairs and removes what a killed export left, checks the target,
// makes the staging folder.
Status ExportFolder::prepare(bool overwrite)
{
    const QDir parent(parentOf(m_folder));
    const QStringList aside = siblings(m_folder, "old");
    if (!QFileInfo::exists(m_folder) && !aside.isEmpty() &&
        renamePath(parent.filePath(aside.first()), m_folder) != 0)
        return Error{parent.filePath(aside.first()),
                     tr("cannot put back the export a killed run set aside")};
    for (const char* kind : {"staging", "old"})
        for (const QString& name : siblings(m_folder, kind))
            if (!removeTree(parent.filePath(name)))
                return Error{parent.filePath(name),
                             tr("cannot remove what a killed export left behind")};
    if (QFileInfo(m_folder).isDir())
        removeLegacyStaging(m_folder);
    if (Status s = ExportPaths::checkTarget(m_folder, overwrite); !s)
        return s;
    const QStringList present = QDir(m_folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                         QDir::Hidden | QDir::System);
    if (!present.isEmpty()) {
        const std::optional<QStringList> marker = readMarker(m_folder);
        if (!marker)
            return Error{m_folder,
                         tr("holds files that no Tally export wrote (%1); it is not replaced. "
                            "Choose a new or empty folder, or move those files away")
                             .arg(present.mid(0, 3).join(QStringLiteral(", ")) +
                                  (present.size() > 3 ? QStringLiteral(", …") : QString()))};
        m_oldFiles = *marker;
    }
    int err = 0;
    m_staging = makeUniqueFolder(parent.filePath(siblingPrefix(m_folder, "staging")), &err);
    if (m_staging.isEmpty())
        return Error{
            m_folder,
            tr("cannot create a staging folder beside it: %1").arg(CheckedFile::reasonOf(err))};
    return {};
}

Result<QString> ExportFolder::stagedPath(const QString& relativePath) const
{
    if (Result<QString> final = finalPath(relativePath); !final)
        return final.error();
    return ExportPaths::resolveInside(m_staging, relativePath);
}

Result<QString> ExportFolder::finalPath(const QString& relativePath) const
{
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath) ||
        relativePath.startsWith(u'\\'))
        return Error{relativePath, tr("refused: not a path relative to the export folder %1")
                                       .arg(QDir::toNativeSeparators(m_folder))};
    const QString joined = QDir::cleanPath(m_folder + u'/' + relativePath);
    if (joined == m_folder || !ExportPaths::isInside(m_folder, joined))
        return Error{joined, tr("refused: the path is outside the export folder %1")
                                 .arg(QDir::toNativeSeparators(m_folder))};
    if (joined == QDir(m_folder).filePath(markerFileName()))
        return Error{joined, tr("refused: the name is the export's own marker file")};
    return joined;
}

Status ExportFolder::makeFolders(const QString& relativePath) const
{
    const Result<QString> path = stagedPath(relativePath);
    if (!path)
        return path.error();
    return onFinalPath(CheckedFile::makeFolders(path.value()), m_staging, m_folder);
}

Status ExportFolder::writeFile(const QString& relativePath, const QByteArray& bytes) const
{
    const Result<QString> path = stagedPath(relativePath);
    if (!path)
        return path.error();
    if (Status s = CheckedFile::makeFolders(QFileInfo(path.value()).path()); !s)
        return onFinalPath(s, m_staging, m_folder);
    return onFinalPath(CheckedFile::writeNew(path.value(), bytes), m_staging, m_folder);
}

Status ExportFolder::commit()
{
    if (m_committed)
        return {};
    const QStringList written = filesBelow(m_staging);
    if (QFileInfo(m_folder).isDir()) {
        const QSet<QString> tally(m_oldFiles.cbegin(), m_oldFiles.cend());
        for (const QString& rel : filesBelow(m_folder)) {
            if (rel == markerFileName() || tally.contains(rel))
                continue;
            const QString to = QDir(m_staging).filePath(rel);
            if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
                return Error{QDir(m_folder).filePath(rel),
                             tr("is not a file of the previous export, and the new export "
                                "would replace it; move it away first")};
            if (Status s = carryFile(QDir(m_folder).filePath(rel), to); !s)
                return onFinalPath(s, m_staging, m_folder);
        }
    }
    if (Status s =
            CheckedFile::writeNew(QDir(m_staging).filePath(markerFileName()), markerBytes(written));
        !s)
        return onFinalPath(s, m_staging, m_folder);
    if (Status s = CheckedFile::syncFileSystem(m_staging); !s)
        return onFinalPath(s, m_staging, m_folder);
    return swapIn();
}

// The staged folder into the target's place; m_previous then holds the old one.
Status ExportFolder::swapIn()
{
    if (!QFileInfo(m_folder).isDir()) {
        if (const int err = renamePath(m_staging, m_folder); err != 0)
            return Error{
                m_folder,
                tr("cannot move the export into place: %1").arg(CheckedFile::reasonOf(err))};
        m_committed = true;
        m_staging.clear();
        return {};
    }
    if (exchange(m_staging, m_folder) == 0) {
        m_previous = m_staging;
    } else {
        const QString aside =
            parentOf(m_folder) + u'/' + siblingPrefix(m_folder, "old") + m_staging.right(6);
        if (const int err = renamePath(m_folder, aside); err != 0)
            return Error{
                m_folder,
                tr("cannot set the previous export aside: %1").arg(CheckedFile::reasonOf(err))};
        if (const int err = renamePath(m_staging, m_folder); err != 0) {
            renamePath(aside, m_folder);
            return Error{
                m_folder,
                tr("cannot move the export into place: %1").arg(CheckedFile::reasonOf(err))};
        }
        m_previous = aside;
    }
    m_staging.clear();
    m_committed = true;
    return {};
}

Status ExportFolder::rollback()
{
    if (!m_committed || m_finished)
        return {};
    const QString trash =
        parentOf(m_folder) + u'/' + siblingPrefix(m_folder, "staging") + QStringLiteral("rollback");
    if (m_previous.isEmpty()) {
        if (const int err = renamePath(m_folder, trash); err != 0)
            return Error{m_folder,
                         tr("cannot take the new export back: %1").arg(CheckedFile::reasonOf(err))};
    } else if (exchange(m_previous, m_folder) != 0) {
        if (renamePath(m_folder, trash) != 0 || renamePath(m_previous, m_folder) != 0)
            return Error{m_folder, tr("cannot put the previous export back")};
    } else {
        renamePath(m_previous, trash);
    }
    removeTree(trash);
    m_previous.clear();
    m_committed = false;
    return {};
}

void ExportFolder::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_committed && !m_previous.isEmpty())
        removeTree(m_previous);
    m_previous.clear();
    m_lock.reset();
}

} // namespace tally
