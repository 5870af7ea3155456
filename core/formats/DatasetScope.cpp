#include "formats/DatasetScope.h"

#include <QDir>
#include <QFileInfo>

namespace tally {

namespace {

bool isUnder(const QString& path, const QString& root)
{
    if (root.endsWith(QLatin1Char('/')))
        return path.startsWith(root);
    return path == root || (path.startsWith(root) && path.at(root.size()) == QLatin1Char('/'));
}

} // namespace

DatasetScope::DatasetScope(const QString& root, bool allowOutside)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath())), m_allowOutside(allowOutside)
{
    m_canonical = QFileInfo(m_root).canonicalFilePath();
    if (m_canonical.isEmpty())
        m_canonical = m_root;
}

QString DatasetScope::canonicalFolder(const QString& folder) const
{
    const auto it = m_folders.constFind(folder);
    if (it != m_folders.constEnd())
        return *it;
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    m_folders.insert(folder, canonical);
    return canonical;
}

QString DatasetScope::outsideReason(const QString& path) const
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!isUnder(clean, m_root) && !isUnder(clean, m_canonical))
        return tr("lies outside the dataset folder %1").arg(m_root);
    const QFileInfo file(clean);
    const QString folder = canonicalFolder(file.absolutePath());
    if (!folder.isEmpty() && !isUnder(folder, m_canonical))
        return tr("its folder is a symbolic link to %1, outside the dataset folder %2")
            .arg(folder, m_root);
    if (file.isSymLink()) {
        const QString target = file.canonicalFilePath();
        if (!target.isEmpty() && !isUnder(target, m_canonical))
            return tr("is a symbolic link to %1, outside the dataset folder %2")
                .arg(target, m_root);
    }
    return {};
}

bool DatasetScope::admit(const QString& path, const QString& listedIn, QList<Error>* errors,
                         QList<Error>* warnings) const
{
    QString reason = outsideReason(path);
    if (reason.isEmpty())
        return true;
    if (!listedIn.isEmpty())
        reason = tr("%1 (%2)").arg(reason, listedIn);
    if (m_allowOutside) {
        *warnings << Error{path, tr("%1; imported because files outside the dataset folder are "
                                    "allowed")
                                     .arg(reason)};
        return true;
    }
    *errors << Error{path, tr("%1; refused (allow files outside the dataset folder to import it: "
                              "tally-cli import --allow-outside, or the import dialog)")
                               .arg(reason)};
    return false;
}

} // namespace tally
