// COCO detection JSON -> ImageListing (see ImageImporter.h for the layout and the
// errors). The whole file is read once; images and categories are looked up by id
// in hashes, so a file with many annotations costs one pass.
//
// Memory: a QJsonDocument of a 79 MB file with a million annotations peaks at ~820 MB,
// so the file is not parsed as one document. One scan over the bytes (cocoLayout)
// finds raw control characters and the byte range of each element of the top-level
// "annotations" array; Qt's parser then reads the top object with that array left out,
// and the annotations a few thousand at a time, each chunk its own small document.
// Anything the scan does not expect (no top-level object, "annotations" twice or
// spelled with escapes, a chunk that does not parse) falls back to one whole-document
// parse, so a broken file gets the same message, at the same byte, as before.
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
#include <utility>
#include <vector>

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

// Where the parts of a COCO file are, from one scan over its bytes.
struct CocoLayout
{
    qsizetype rawControl = -1; // first raw control character inside a string, or -1
    bool split = false;        // the annotations array was found, once, and split
    qsizetype arrayBegin = 0;  // '[' of the top-level "annotations" array
    qsizetype arrayEnd = 0;    // one past its ']'
    std::vector<std::pair<qsizetype, qsizetype>> elements; // [begin, end) of each element
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// RFC 8259 requires control characters (U+0000 to U+001F) in strings escaped; Qt's
// parser lets them through, so a file_name or a class name could carry a raw line break
// or NUL into the project: the scan reports the first. It also tracks the nesting depth
// outside strings to find the top-level "annotations" array and its elements.
CocoLayout cocoLayout(const QByteArray& json)
{
    CocoLayout l;
    bool inString = false;
    bool escaped = false;
    bool keyEscaped = false;
    int depth = 0;
    int found = 0;
    qsizetype stringBegin = 0;
    qsizetype lastString = -1, lastStringEnd = -1; // the last string closed at depth 1
    qsizetype element = -1;                        // begin of the current element, or -1
    const char* d = json.constData();
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = d[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
                keyEscaped = keyEscaped || depth == 1;
            } else if (c == '"') {
                inString = false;
                if (depth == 1) {
                    lastString = stringBegin;
                    lastStringEnd = i + 1;
                }
            } else if (quint8(c) < 0x20) {
                l.rawControl = i;
                return l;
            }
            continue;
        }
        const bool inArray = l.arrayBegin > 0 && l.arrayEnd == 0;
        if (inArray && depth == 2 && element < 0 && !isJsonSpace(c) && c != ',' && c != ']')
            element = i;
        if (c == '"') {
            inString = true;
            stringBegin = i;
        } else if (c == '{' || c == '[') {
            if (depth == 1 && c == '[' && lastStringEnd > 0 &&
                QByteArrayView(d + lastString, lastStringEnd - lastString) ==
                    QByteArrayView("\"annotations\"")) {
                // The array is the key's value only if just ':' and spaces lie between.
                qsizetype k = lastStringEnd;
                while (k < i && isJsonSpace(d[k]))
                    ++k;
                if (k < i && d[k] == ':') {
                    ++k;
                    while (k < i && isJsonSpace(d[k]))
                        ++k;
                    if (k == i && ++found == 1)
                        l.arrayBegin = i;
                }
            }
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (inArray && depth == 1) {
                if (element >= 0)
                    l.elements.emplace_back(element, i);
                element = -1;
                l.arrayEnd = i + 1;
            }
        } else if (c == ',' && inArray && depth == 2 && element >= 0) {
            l.elements.emplace_back(element, i);
            element = -1;
        }
        if (depth == 1 && c != '"' && !isJsonSpace(c) && c != ':' && c != ',')
            lastStringEnd = -1; // a value other than a string came between
    }
    // The first byte must open the top object, and the array must close.
    qsizetype first = 0;
    while (first < json.size() && isJsonSpace(d[first]))
        ++first;
    // An escaped string at the top level could spell "annotations" another way.
    l.split = found == 1 && !keyEscaped && l.arrayEnd > 0 && first < json.size() && d[first] == '{';
    return l;
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
    bool readTop(const QString& path, const QJsonObject& top);
    bool readSplit(const QString& path, const QByteArray& bytes, const CocoLayout& layout);
    void readWhole(const QString& path, const QByteArray& bytes);
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

// The top object's categories and images (annotations are read by the caller).
bool Reader::readTop(const QString& path, const QJsonObject& top)
{
    if (!top.value(QLatin1String("images")).isArray()) {
        error(ImageImporter::tr("no \"images\" array: not a COCO file"));
        return false;
    }
    const QString jsonFolder = QFileInfo(json).absolutePath();
    folders = {jsonFolder, jsonFolder + QStringLiteral("/images"),
               QFileInfo(path).isDir() ? path : jsonFolder};
    readCategories(top.value(QLatin1String("categories")).toArray());
    readImages(top.value(QLatin1String("images")).toArray());
    return true;
}

// One document for the whole file: the way a file the scan could not split is read,
// and where a broken file's message comes from.
void Reader::readWhole(const QString& path, const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error(ImageImporter::tr("broken JSON at byte %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString()));
        return;
    }
    const QJsonObject top = doc.object();
    if (!readTop(path, top))
        return;
    const QJsonArray annotations = top.value(QLatin1String("annotations")).toArray();
    for (qsizetype i = 0; i < annotations.size(); ++i)
        readAnnotation(annotations[i], i);
    finish();
}

// The top object without its annotations, then the annotations in chunks of
// kChunk elements. false (nothing kept) when a part does not parse: the caller then
// reads the whole file for the message.
bool Reader::readSplit(const QString& path, const QByteArray& bytes, const CocoLayout& layout)
{
    constexpr size_t kChunk = 4096;
    QByteArray top = bytes.left(layout.arrayBegin);
    top += "[]";
    top += QByteArrayView(bytes).sliced(layout.arrayEnd);
    QJsonParseError parseError;
    const QJsonDocument topDoc = QJsonDocument::fromJson(top, &parseError);
    top.clear();
    if (parseError.error != QJsonParseError::NoError || !topDoc.isObject())
        return false;
    // Every chunk is parsed before any annotation is read, so a broken element falls
    // back with nothing half-read; a chunk's values are kept only as boxes.
    if (!readTop(path, topDoc.object()))
        return true; // the message is the one the whole parse would give
    qsizetype index = 0;
    for (size_t at = 0; at < layout.elements.size(); at += kChunk) {
        const size_t end = std::min(layout.elements.size(), at + kChunk);
        QByteArray chunk = "[";
        chunk.reserve(layout.elements[end - 1].second - layout.elements[at].first + 2);
        for (size_t e = at; e < end; ++e) {
            if (e > at)
                chunk += ',';
            const auto [b, f] = layout.elements[e];
            chunk += QByteArrayView(bytes).sliced(b, f - b);
        }
        chunk += ']';
        const QJsonDocument doc = QJsonDocument::fromJson(chunk, &parseError);
        if (parseError.error != QJsonParseError::NoError ||
            size_t(doc.array().size()) != end - at) {
            entries.clear();
            entryOf.clear();
            categories.clear();
            listing = ImageListing{};
            return false;
        }
        const QJsonArray elements = doc.array();
        for (qsizetype i = 0; i < elements.size(); ++i)
            readAnnotation(elements[i], index++);
    }
    finish();
    return true;
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
    file.close();
    const CocoLayout layout = cocoLayout(bytes);
    if (layout.rawControl >= 0) {
        const qsizetype at = layout.rawControl;
        r.error(ImageImporter::tr("broken JSON at byte %1: a raw control character (0x%2) inside "
                                  "a string; JSON needs it escaped")
                    .arg(at)
                    .arg(quint8(bytes[at]), 2, 16, QLatin1Char('0')));
        return r.listing;
    }
    if (!(layout.split && r.readSplit(path, bytes, layout)))
        r.readWhole(path, bytes);
    return r.listing;
}

} // namespace tally::imageimport
