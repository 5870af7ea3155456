// COCO detection JSON -> ImageListing (see ImageImporter.h for the layout and the
// errors). The whole file is read once; images and categories are looked up by id
// in hashes, so a file with many annotations costs one pass.
#include "formats/ImageImporter.h"
#include "formats/ImageSources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace tally::imageimport {

namespace {

// The JSON file: `path` itself, or the first *.json in it, or in its annotations/.
QString findJson(const QString& path)
{
    if (QFileInfo(path).isFile())
        return path;
    for (const QString& folder : {path, path + QStringLiteral("/annotations")}) {
        const QDir dir(folder);
        const QStringList names =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        if (!names.isEmpty())
            return dir.absoluteFilePath(names.first());
    }
    return {};
}

// The byte offset of the first raw control character (U+0000 to U+001F) inside a
// string, or -1. RFC 8259 requires them escaped; Qt's parser lets them through, so a
// file_name or a class name could carry a raw line break or NUL into the project.
qsizetype rawControlInString(const QByteArray& json)
{
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = quint8(json[i]);
        if (!inString) {
            inString = c == '"';
        } else if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return i;
        }
    }
    return -1;
}

// An id as a hash key: numbers and strings are both seen in the wild.
QString idKey(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isString())
        return QStringLiteral("\"") + v.toString() + QLatin1Char('"');
    return {};
}

QString idText(const QJsonValue& v)
{
    return v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17);
}

// One entry of "images".
struct Entry
{
    QString path; // resolved image file; empty = not found
    QSize declaredSize;
    QList<PendingBox> boxes;
};

struct Reader
{
    QString json;        // the JSON file
    QStringList folders; // where file_name is looked for, in order
    QList<Entry> entries;
    QHash<QString, qsizetype> entryOf;  // image id key -> index in entries
    QHash<QString, QString> categories; // category id key -> name
    ImageListing listing;

    void error(const QString& reason) { listing.errors << Error{json, reason}; }
    QString resolve(const QString& fileName) const;
    void readCategories(const QJsonArray& categories);
    void readImages(const QJsonArray& images);
    void readAnnotation(const QJsonValue& value, qsizetype index);
    void finish();
};

QString Reader::resolve(const QString& fileName) const
{
    for (const QString& folder : folders) {
        const QString candidate = QDir(folder).absoluteFilePath(fileName);
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
    }
    return {};
}

void Reader::readCategories(const QJsonArray& categories)
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QJsonObject c = categories[i].toObject();
        const QString key = idKey(c.value(QLatin1String("id")));
        const QString name = c.value(QLatin1String("name")).toString().trimmed();
        if (key.isEmpty() || name.isEmpty())
            error(ImageImporter::tr("category %1 has no id or no name").arg(i + 1));
        else
            this->categories.insert(key, name);
    }
}

void Reader::readImages(const QJsonArray& images)
{
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QJsonObject o = images[i].toObject();
        const QJsonValue id = o.value(QLatin1String("id"));
        const QString fileName = o.value(QLatin1String("file_name")).toString();
        const QString key = idKey(id);
        if (key.isEmpty() || fileName.isEmpty()) {
            error(ImageImporter::tr("image %1 has no id or no file_name").arg(i + 1));
            continue;
        }
        if (entryOf.contains(key)) {
            error(ImageImporter::tr("image id %1 is listed twice; the second entry (%2) is ignored")
                      .arg(idText(id), fileName));
            continue;
        }
        Entry e;
        e.path = resolve(fileName);
        if (e.path.isEmpty())
            listing.errors << Error{QDir(folders.first()).absoluteFilePath(fileName),
                                    ImageImporter::tr("image file not found (image id %1 in %2)")
                                        .arg(idText(id), QFileInfo(json).fileName())};
        const int w = o.value(QLatin1String("width")).toInt();
        const int h = o.value(QLatin1String("height")).toInt();
        if (w > 0 && h > 0)
            e.declaredSize = QSize(w, h);
        entryOf.insert(key, entries.size());
        entries << e;
    }
}

// Reads annotations[index] into its image's boxes, or reports why it cannot be used.
void Reader::readAnnotation(const QJsonValue& value, qsizetype index)
{
    const QJsonObject a = value.toObject();
    const QJsonValue id = a.value(QLatin1String("id"));
    const QString where = idKey(id).isEmpty() ? ImageImporter::tr("annotation #%1").arg(index + 1)
                                              : ImageImporter::tr("annotation %1").arg(idText(id));
    const QJsonValue imageId = a.value(QLatin1String("image_id"));
    const QJsonValue categoryId = a.value(QLatin1String("category_id"));
    const QJsonArray bbox = a.value(QLatin1String("bbox")).toArray();
    QString reason;
    if (!value.isObject())
        reason = ImageImporter::tr("not an object");
    else if (idKey(imageId).isEmpty())
        reason = ImageImporter::tr("no image_id");
    else if (!entryOf.contains(idKey(imageId)))
        reason = ImageImporter::tr("image_id %1 is not in images").arg(idText(imageId));
    else if (idKey(categoryId).isEmpty())
        reason = ImageImporter::tr("no category_id");
    else if (!categories.contains(idKey(categoryId)))
        reason = ImageImporter::tr("category_id %1 is not in categories").arg(idText(categoryId));
    else if (bbox.size() != 4 || std::any_of(bbox.cbegin(), bbox.cend(),
                                             [](const QJsonValue& v) { return !v.isDouble(); }))
        reason = ImageImporter::tr("bbox is not [x, y, width, height]");
    else if (!(bbox[2].toDouble() > 0.0) || !(bbox[3].toDouble() > 0.0))
        reason = ImageImporter::tr("the box's size %1 × %2 is not positive")
                     .arg(bbox[2].toDouble())
                     .arg(bbox[3].toDouble());
    if (!reason.isEmpty()) {
        error(ImageImporter::tr("%1: %2; the box is skipped").arg(where, reason));
        return;
    }
    Entry& e = entries[entryOf.value(idKey(imageId))];
    if (e.path.isEmpty())
        return; // its image is missing, and reported already
    PendingBox p;
    p.where = where;
    p.box.className = categories.value(idKey(categoryId));
    p.box.annotatorName = a.value(QLatin1String("annotator")).toString().trimmed();
    p.box.x = bbox[0].toDouble();
    p.box.y = bbox[1].toDouble();
    p.box.w = bbox[2].toDouble();
    p.box.h = bbox[3].toDouble();
    e.boxes << p;
}

// Entries with an image file become items, in path order; a file listed under two
// ids is imported once.
void Reader::finish()
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (!entries[i].path.isEmpty())
            order << i;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return entries[a].path < entries[b].path; });
    for (qsizetype i : order) {
        Entry& e = entries[i];
        if (!listing.items.isEmpty() && listing.items.last().absolutePath == e.path) {
            error(ImageImporter::tr(
                      "%1 is listed under two image ids; the boxes of the second are ignored")
                      .arg(QFileInfo(e.path).fileName()));
            continue;
        }
        ImageItem item;
        item.absolutePath = e.path;
        item.annotation.file = json;
        item.annotation.declaredSize = e.declaredSize;
        item.annotation.boxes = std::move(e.boxes);
        listing.items << std::move(item);
    }
}

} // namespace

ImageListing listCoco(const QString& path)
{
    Reader r;
    r.json = findJson(path);
    if (r.json.isEmpty()) {
        r.listing.errors << Error{
            path, ImageImporter::tr("no COCO JSON file (*.json) here or in annotations/")};
        return r.listing;
    }
    QFile file(r.json);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error(ImageImporter::tr("cannot open: %1").arg(file.errorString()));
        return r.listing;
    }
    const QByteArray bytes = file.readAll();
    if (const qsizetype at = rawControlInString(bytes); at >= 0) {
        r.error(ImageImporter::tr("broken JSON at byte %1: a raw control character (0x%2) inside "
                                  "a string; JSON needs it escaped")
                    .arg(at)
                    .arg(quint8(bytes[at]), 2, 16, QLatin1Char('0')));
        return r.listing;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error(ImageImporter::tr("broken JSON at byte %1: %2")
                    .arg(parseError.offset)
                    .arg(parseError.errorString()));
        return r.listing;
    }
    const QJsonObject top = doc.object();
    if (!top.value(QLatin1String("images")).isArray()) {
        r.error(ImageImporter::tr("no \"images\" array: not a COCO file"));
        return r.listing;
    }
    const QString jsonFolder = QFileInfo(r.json).absolutePath();
    r.folders = {jsonFolder, jsonFolder + QStringLiteral("/images"),
                 QFileInfo(path).isDir() ? path : jsonFolder};
    r.readCategories(top.value(QLatin1String("categories")).toArray());
    r.readImages(top.value(QLatin1String("images")).toArray());
    const QJsonArray annotations = top.value(QLatin1String("annotations")).toArray();
    for (qsizetype i = 0; i < annotations.size(); ++i)
        r.readAnnotation(annotations[i], i);
    r.finish();
    return r.listing;
}

} // namespace tally::imageimport
