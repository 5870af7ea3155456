// YOLO txt labels -> ImageListing (see ImageImporter.h for the layout and the errors).
// Class names come from data.yaml (`names:` as a block or flow list, or an id: name
// map) or classes.txt; the label files are read while measuring, on the pool threads.
#include "formats/FileListing.h"
#include "formats/ImageImporter.h"
#include "formats/ImageSources.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <memory>

namespace tally::imageimport {

namespace {

using ClassNames = QHash<int, QString>; // class id -> name

Result<QStringList> readLines(const QString& path)
{
    return readTextLines(path, ImageImporter::tr("cannot open: %1"));
}

// The line without a trailing "# comment" (a '#' outside quotes, at the start or after a space).
QString withoutComment(const QString& line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

// A YAML scalar without its quotes.
QString scalar(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && (s.front() == QLatin1Char('\'') || s.front() == QLatin1Char('"')) &&
        s.back() == s.front()) {
        const QChar q = s.front();
        s = s.mid(1, s.size() - 2);
        if (q == QLatin1Char('\''))
            s.replace(QLatin1String("''"), QLatin1String("'"));
    }
    return s;
}

// Splits "a, 'b, c', d" at the commas outside quotes.
QStringList splitFlow(const QString& text)
{
    QStringList out;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull() && c == quote)
            quote = QChar();
        else if (quote.isNull() && (c == QLatin1Char('\'') || c == QLatin1Char('"')))
            quote = c;
        if (quote.isNull() && c == QLatin1Char(',')) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current;
    return out;
}

// Adds "key: value" of an id map to names; false when the key is not a class id.
bool addMapEntry(const QString& entry, ClassNames& names)
{
    const int colon = int(entry.indexOf(QLatin1Char(':')));
    bool ok = false;
    const int id = colon < 0 ? -1 : scalar(entry.left(colon)).toInt(&ok);
    if (!ok || id < 0)
        return false;
    names.insert(id, scalar(entry.mid(colon + 1)));
    return true;
}

// The class names of data.yaml's top-level `names:`; an Error when it has none.
Result<ClassNames> readDataYaml(const QString& path)
{
    const Result<QStringList> read = readLines(path);
    if (!read)
        return read.error();
    QStringList lines = read.value();
    for (QString& l : lines)
        l = withoutComment(l);
    const auto start = std::find_if(lines.cbegin(), lines.cend(), [](const QString& l) {
        return l.startsWith(QLatin1String("names:"));
    });
    if (start == lines.cend())
        return Error{path, ImageImporter::tr("no top-level names: list or map")};
    ClassNames names;
    QString rest = start->mid(6).trimmed();
    if (rest.startsWith(QLatin1Char('[')) || rest.startsWith(QLatin1Char('{'))) {
        const QChar close = rest.startsWith(QLatin1Char('[')) ? QLatin1Char(']') : QLatin1Char('}');
        for (auto it = start + 1; !rest.contains(close) && it != lines.cend(); ++it)
            rest += QLatin1Char(' ') + it->trimmed();
        if (!rest.contains(close))
            return Error{path, ImageImporter::tr("names: has no closing %1").arg(close)};
        const QStringList items = splitFlow(rest.mid(1, rest.lastIndexOf(close) - 1));
        for (const QString& item : items)
            if (close == QLatin1Char(']'))
                names.insert(int(names.size()), scalar(item));
            else if (!addMapEntry(item, names))
                return Error{
                    path,
                    ImageImporter::tr("names: entry “%1” is not “id: name”").arg(item.trimmed())};
        return names;
    }
    if (!rest.isEmpty())
        return Error{path, ImageImporter::tr("names: is neither a list nor an id: name map")};
    for (auto it = start + 1; it != lines.cend(); ++it) {
        const QString item = it->trimmed();
        if (item.isEmpty())
            continue;
        if (!it->front().isSpace() && !item.startsWith(QLatin1Char('-')))
            break; // the next top-level key
        if (item.startsWith(QLatin1Char('-')))
            names.insert(int(names.size()), scalar(item.mid(1)));
        else if (!addMapEntry(item, names))
            return Error{path, ImageImporter::tr("line %1: “%2” is neither “- name” nor “id: name”")
                                   .arg(it - lines.cbegin() + 1)
                                   .arg(item)};
    }
    if (names.isEmpty())
        return Error{path, ImageImporter::tr("names: is empty")};
    return names;
}

// classes.txt as labelImg writes it: one name per line, ids from 0.
Result<ClassNames> readClassesTxt(const QString& path)
{
    Result<QStringList> read = readLines(path);
    if (!read)
        return read.error();
    QStringList& lines = read.value();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    ClassNames names;
    for (const QString& l : lines)
        names.insert(int(names.size()), l.trimmed());
    if (names.isEmpty())
        return Error{path, ImageImporter::tr("no class names in it")};
    return names;
}

// Where the class names are, and what they are.
struct NamesSource
{
    QString file;      // relative to the root; empty = none found
    QStringList tried; // every names file read (relative), usable or not
    ClassNames names;
    bool known = false;
};

NamesSource findNames(const QDir& root, const QStringList& files, QList<Error>* errors)
{
    QStringList candidates;
    for (const char* name : {"data.yaml", "data.yml", "classes.txt", "labels/classes.txt"})
        if (files.contains(QLatin1String(name)))
            candidates << QLatin1String(name);
    for (const QString& rel : files)
        if (QFileInfo(rel).fileName() == QLatin1String("classes.txt") && !candidates.contains(rel))
            candidates << rel;
    NamesSource source;
    for (const QString& rel : candidates) {
        const QString path = root.absoluteFilePath(rel);
        Result<ClassNames> names =
            rel.endsWith(QLatin1String(".txt")) ? readClassesTxt(path) : readDataYaml(path);
        source.tried << rel;
        if (names) {
            source.file = rel;
            source.names = std::move(names).value();
            source.known = true;
            return source;
        }
        *errors << names.error();
    }
    return source;
}

// Reads one row: an empty string and the box, or the reason the row is refused.
QString readRow(const QString& row, const NamesSource& names, PendingBox& p)
{
    const QStringList fields = row.simplified().split(QLatin1Char(' '));
    if (fields.size() != 5)
        return ImageImporter::tr(
                   "expected 5 values (class x_center y_center width height), found %1")
            .arg(fields.size());
    bool ok = false;
    const int id = fields[0].toInt(&ok);
    if (!ok || id < 0)
        return ImageImporter::tr("class id “%1” is not a whole number from 0").arg(fields[0]);
    if (names.known && !names.names.contains(id))
        return ImageImporter::tr("class id %1 is not in %2").arg(id).arg(names.file);
    double v[4];
    for (int i = 0; i < 4; ++i) {
        v[i] = fields[i + 1].toDouble(&ok);
        if (!ok)
            return ImageImporter::tr("“%1” is not a number").arg(fields[i + 1]);
        if (v[i] < 0.0 || v[i] > 1.0)
            return ImageImporter::tr("value %1 is outside 0–1").arg(fields[i + 1]);
    }
    if (!(v[2] > 0.0) || !(v[3] > 0.0))
        return ImageImporter::tr("the box's size %1 × %2 is not positive")
            .arg(fields[3], fields[4]);
    p.box.className = names.known ? names.names.value(id) : QString::number(id);
    p.box.x = v[0] - v[2] / 2.0;
    p.box.y = v[1] - v[3] / 2.0;
    p.box.w = v[2];
    p.box.h = v[3];
    p.normalised = true;
    return {};
}

ImageAnnotation readYoloFile(const QString& path, const NamesSource& names)
{
    ImageAnnotation a;
    a.file = path;
    const Result<QStringList> lines = readLines(path);
    if (!lines) {
        a.errors << lines.error();
        return a;
    }
    for (qsizetype i = 0; i < lines.value().size(); ++i) {
        const QString& line = lines.value()[i];
        if (line.trimmed().isEmpty())
            continue;
        PendingBox p;
        p.where = ImageImporter::tr("line %1").arg(i + 1);
        if (const QString reason = readRow(line, names, p); !reason.isEmpty())
            a.errors << Error{
                path, ImageImporter::tr("line %1: %2; the row is skipped").arg(i + 1).arg(reason)};
        else
            a.boxes << p;
    }
    return a;
}

// The label file candidates of an image, most specific first: the path with its last
// images/ folder replaced by labels/, then beside the image; both <stem>.txt.
QStringList labelCandidates(const QString& rel)
{
    QStringList parts = rel.split(QLatin1Char('/'));
    parts.last() = baseName(rel) + QStringLiteral(".txt");
    QStringList out;
    for (qsizetype k = parts.size() - 2; k >= 0; --k)
        if (parts[k] == QLatin1String("images")) {
            QStringList swapped = parts;
            swapped[k] = QStringLiteral("labels");
            out << swapped.join(QLatin1Char('/'));
            break;
        }
    out << parts.join(QLatin1Char('/'));
    return out;
}

} // namespace

ImageListing listYolo(const QString& root, bool followOutside)
{
    ImageListing listing;
    const QDir base(root);
    const QStringList files = listedFiles(root, followOutside, &listing);
    const auto names = std::make_shared<const NamesSource>(findNames(base, files, &listing.errors));
    const QSet<QString> present(files.cbegin(), files.cend());
    QSet<QString> used;
    for (const QString& rel : names->tried)
        used.insert(rel);
    bool anyLabels = false;
    for (const QString& rel : files) {
        if (!ImageImporter::isImageFileName(rel))
            continue;
        ImageItem item;
        item.absolutePath = base.absoluteFilePath(rel);
        for (const QString& label : labelCandidates(rel))
            if (present.contains(label)) {
                item.annotationFile = base.absoluteFilePath(label);
                used.insert(label);
                anyLabels = true;
                break;
            }
        listing.items << item;
    }
    listing.skipped += int(std::count_if(files.cbegin(), files.cend(), [&](const QString& rel) {
        return !ImageImporter::isImageFileName(rel) && !used.contains(rel);
    }));
    if (anyLabels && !names->known)
        listing.errors << Error{
            root,
            ImageImporter::tr(
                "no usable data.yaml or classes.txt: boxes get their class ids as class names")};
    listing.readAnnotation = [names](const QString& file) { return readYoloFile(file, *names); };
    return listing;
}

} // namespace tally::imageimport
