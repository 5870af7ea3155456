#include "formats/FileListing.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <algorithm>

namespace tally {

QStringList filesUnder(const QString& root, int* hidden)
{
    QStringList out;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = base.relativeFilePath(it.next());
        const QStringList parts = rel.split(QLatin1Char('/'));
        if (std::any_of(parts.cbegin(), parts.cend() - 1,
                        [](const QString& p) { return p.startsWith(QLatin1Char('.')); }))
            continue; // inside a hidden folder: not part of the data set at all
        if (parts.last().startsWith(QLatin1Char('.')))
            ++*hidden;
        else
            out << rel;
    }
    out.sort();
    return out;
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
