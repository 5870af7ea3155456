#include "formats/ExportFolder.h"

#include "formats/ExportPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace tally {

namespace {

const QString kStagingPrefix = QStringLiteral(".tally-export-");

// Removes a file, a symbolic link (as a link) or a folder tree.
bool removeEntry(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir())
        return QFile::remove(path);
    return QDir(path).removeRecursively();
}

void removeStaleStaging(const QString& folder, const QString& keep)
{
    const QStringList stale = QDir(folder).entryList({kStagingPrefix + u'*'},
                                                     QDir::Dirs | QDir::Hidden | QDir::NoSymLinks);
    for (const QString& name : stale)
        if (QDir(folder).filePath(name) != keep)
            QDir(QDir(folder).filePath(name)).removeRecursively();
}

} // namespace

ExportFolder::ExportFolder(QString folder, QString staging, bool overwrite)
    : m_folder(std::move(folder)), m_staging(std::move(staging)), m_overwrite(overwrite)
{
}

ExportFolder::~ExportFolder()
{
    if (!m_committed && !m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
}

Result<std::unique_ptr<ExportFolder>> ExportFolder::begin(const QString& folder, bool overwrite)
{
    if (folder.trimmed().isEmpty())
        return Error{folder, tr("no export folder given")};
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (Status s = ExportPaths::checkTarget(target, overwrite); !s)
        return s.error();
    if (!QDir().mkpath(target))
        return Error{target, tr("cannot create the folder")};
    QTemporaryDir staging(QDir(target).filePath(kStagingPrefix + QStringLiteral("XXXXXX")));
    if (!staging.isValid())
        return Error{target, tr("cannot create a staging folder: %1").arg(staging.errorString())};
    staging.setAutoRemove(false);
    if (overwrite)
        removeStaleStaging(target, staging.path());
    return std::unique_ptr<ExportFolder>(new ExportFolder(target, staging.path(), overwrite));
}

Result<QString> ExportFolder::stagedPath(const QString& relativePath) const
{
    if (Result<QString> final = finalPath(relativePath); !final)
        return final.error();
    return ExportPaths::resolveInside(m_staging, relativePath);
}

Result<QString> ExportFolder::finalPath(const QString& relativePath) const
{
    return ExportPaths::resolveInside(m_folder, relativePath);
}

Status ExportFolder::writeFile(const QString& relativePath, const QByteArray& bytes) const
{
    const Result<QString> path = stagedPath(relativePath);
    if (!path)
        return path.error();
    if (!QDir().mkpath(QFileInfo(path.value()).path()))
        return Error{path.value(), tr("cannot create the folder")};
    QSaveFile out(path.value());
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{path.value(), tr("cannot write: %1").arg(out.errorString())};
    return {};
}

Status ExportFolder::commit()
{
    if (m_committed)
        return {};
    const QDir staging(m_staging);
    const QStringList names =
        staging.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const Result<QString> target = finalPath(name);
        if (!target)
            return target.error();
        if (QFileInfo(target.value()).exists() || QFileInfo(target.value()).isSymLink()) {
            if (!m_overwrite)
                return Error{target.value(), tr("exists already; not overwritten")};
            if (!removeEntry(target.value()))
                return Error{target.value(), tr("cannot remove the previous export's entry")};
        }
        if (!QDir().rename(staging.filePath(name), target.value()))
            return Error{target.value(), tr("cannot move the exported entry into place")};
    }
    m_committed = true;
    QDir(m_staging).removeRecursively();
    return {};
}

} // namespace tally
