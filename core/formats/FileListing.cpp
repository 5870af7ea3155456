#include "formats/FileListing.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace tally {

namespace {

bool isUnder(const QString& path, const QString& root)
{
    return path == root ||
           (path.startsWith(root) && path.size() > root.size() &&
            (root.endsWith(QLatin1Char('/')) || path.at(root.size()) == QLatin1Char('/')));
}

// The walk behind listFolder: the real tree first (so a file is listed by its real path
// when it has one), then the symbolic links found, in order, each followed or reported.
class FolderWalker
{
    Q_DECLARE_TR_FUNCTIONS(tally::FolderWalker)

public:
    FolderWalker(const QString& root, bool followOutside)
        : m_root(root), m_canonicalRoot(QFileInfo(root).canonicalFilePath()),
          m_followOutside(followOutside)
    {
        if (m_canonicalRoot.isEmpty())
            m_canonicalRoot = QDir::cleanPath(root);
    }

    FolderFiles run()
    {
        walk(m_root, QString(), m_canonicalRoot);
        for (qsizetype i = 0; i < m_links.size(); ++i) // follow() may add links
            follow(m_links.at(i));
        m_out.files.sort();
        return std::move(m_out);
    }

private:
    struct Link
    {
        QString rel;
        QString abs;
    };

    // Lists the folder abs (relative path rel below root, canonical path canonical); real
    // sub-folders are entered, links queued.
    void walk(const QString& abs, const QString& rel, const QString& canonical)
    {
        m_folders.insert(canonical);
        QStringList links;
        QDirIterator it(abs, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QFileInfo fi = it.fileInfo();
            const QString name = fi.fileName();
            const QString childRel = rel.isEmpty() ? name : rel + QLatin1Char('/') + name;
            const bool hidden = name.startsWith(QLatin1Char('.'));
            if (fi.isSymLink()) {
                if (hidden)
                    ++m_out.hidden;
                else
                    links << childRel;
            } else if (fi.isDir()) {
                const QString childCanonical = canonical + QLatin1Char('/') + name;
                if (hidden)
                    continue;
                if (m_folders.contains(childCanonical)) // reached again through a link
                    listedAlready(fi.absoluteFilePath(), childCanonical);
                else
                    walk(fi.absoluteFilePath(), childRel, childCanonical);
            } else if (fi.isFile()) {
                if (hidden) {
                    ++m_out.hidden;
                } else {
                    m_out.files << childRel;
                    m_filesSeen.insert(canonical + QLatin1Char('/') + name);
                }
            }
        }
        links.sort();
        for (const QString& l : std::as_const(links))
            m_links << Link{l, QDir(m_root).absoluteFilePath(l)};
    }

    void listedAlready(const QString& abs, const QString& canonical)
    {
        ++m_out.hidden;
        m_out.warnings << Error{abs, tr("is (through a symbolic link) the folder %1, whose files "
                                        "are listed already; not entered again, so that no file "
                                        "is imported twice")
                                         .arg(canonical)};
    }

    void follow(const Link& link)
    {
        const QFileInfo fi(link.abs);
        const QString target = fi.canonicalFilePath();
        if (target.isEmpty()) {
            m_out.errors << Error{link.abs, tr("is a symbolic link to %1, which does not exist "
                                               "(or the links loop)")
                                                .arg(fi.symLinkTarget())};
            return;
        }
        if (fi.isDir()) {
            if (m_folders.contains(target)) {
                listedAlready(link.abs, target);
            } else if (!isUnder(target, m_canonicalRoot) && !m_followOutside) {
                m_out.errors << Error{
                    link.abs,
                    tr("is a symbolic link to the folder %1, outside the dataset folder %2; "
                       "refused (allow files outside the dataset folder to import it: "
                       "tally-cli import --allow-outside, or the import dialog)")
                        .arg(target, m_root)};
            } else {
                walk(link.abs, link.rel, target);
            }
            return;
        }
        if (!fi.isFile())
            return; // a device, socket or pipe: not a data file, as when found directly
        if (m_filesSeen.contains(target)) {
            ++m_out.hidden;
            m_out.warnings << Error{link.abs,
                                    tr("is a symbolic link to %1, which is listed already; left "
                                       "out, so that it is not imported twice")
                                        .arg(target)};
            return;
        }
        m_filesSeen.insert(target);
        m_out.files << link.rel;
    }

    QString m_root;
    QString m_canonicalRoot;
    bool m_followOutside = false;
    FolderFiles m_out;
    QSet<QString> m_folders;   // canonical paths of the folders entered
    QSet<QString> m_filesSeen; // canonical paths of the files listed
    QList<Link> m_links;       // links found, in the order they are followed
};

} // namespace

FolderFiles listFolder(const QString& root, bool followOutside)
{
    return FolderWalker(root, followOutside).run();
}

bool hasExtension(const QString& fileName, const QStringList& extensions)
{
    const QString name = fileName.mid(fileName.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && extensions.contains(name.mid(dot + 1), Qt::CaseInsensitive);
}

Result<QStringList> readTextLines(const QString& path, const QString& cannotOpen)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, cannotOpen.arg(f.errorString())};
    return splitTextLines(f.readAll());
}

QStringList splitTextLines(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    return lines;
}

} // namespace tally
