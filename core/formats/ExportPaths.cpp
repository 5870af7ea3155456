#include "formats/ExportPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tally {

namespace {

bool refusedByFileSystems(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'<' || c == u'>' || c == u':' ||
           c == u'"' || c == u'|' || c == u'?' || c == u'*';
}

// The deepest existing ancestor of path (path itself when it exists).
QString deepestExisting(QString path)
{
    while (!path.isEmpty() && !QFileInfo(path).exists()) {
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    return path;
}

} // namespace

Result<QString> ExportPaths::safeComponent(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{name, tr("an empty name cannot be a file or folder name")};
    if (trimmed == u"." || trimmed == u".." || trimmed.contains(u'/') || trimmed.contains(u'\\') ||
        trimmed.contains(QChar(0)))
        return Error{name, tr("the name would leave its folder (it is '.', '..' or holds a "
                              "slash); rename it in the project")};
    QString out = trimmed;
    for (QChar& c : out)
        if (refusedByFileSystems(c))
            c = u'_';
    for (qsizetype i = out.size() - 1; i >= 0 && (out[i] == u'.' || out[i] == u' '); --i)
        out[i] = u'_';
    return out;
}

bool ExportPaths::isInside(const QString& folder, const QString& path)
{
    const QString f = QDir::cleanPath(folder);
    const QString p = QDir::cleanPath(path);
    if (p == f)
        return true;
    return p.startsWith(f.endsWith(u'/') ? f : f + u'/');
}

Result<QString> ExportPaths::resolveInside(const QString& folder, const QString& relativePath)
{
    const QString base = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath) ||
        relativePath.startsWith(u'\\'))
        return Error{relativePath, tr("refused: not a path relative to the export folder %1")
                                       .arg(QDir::toNativeSeparators(base))};
    const QString joined = QDir::cleanPath(base + u'/' + relativePath);
    if (joined == base || !isInside(base, joined))
        return Error{joined, tr("refused: the path is outside the export folder %1")
                                 .arg(QDir::toNativeSeparators(base))};
    const QString canonicalBase = QFileInfo(base).canonicalFilePath();
    const QString existing = deepestExisting(joined);
    if (!canonicalBase.isEmpty() && isInside(base, existing)) {
        const QString real = QFileInfo(existing).canonicalFilePath();
        if (real.isEmpty() || !isInside(canonicalBase, real))
            return Error{joined, tr("refused: a symbolic link leads outside the export folder %1")
                                     .arg(QDir::toNativeSeparators(base))};
    }
    if (QFileInfo(joined).isSymLink())
        return Error{joined, tr("refused: the path is a symbolic link")};
    return joined;
}

Status ExportPaths::checkTarget(const QString& folder, bool overwrite)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return Error{folder, tr("exists and is not a folder")};
    if (overwrite)
        return {};
    const QDir dir(folder);
    if (!dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error{folder, tr("the folder is not empty; choose an empty folder or allow "
                                "overwriting (--force)")};
    return {};
}

} // namespace tally
