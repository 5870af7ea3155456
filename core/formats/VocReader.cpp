// Pascal VOC XML -> ImageListing (see ImageImporter.h for the layout, the
// coordinates and the errors). The XML files are read while measuring, one per image,
// on the pool threads.
#include "formats/FileListing.h"
#include "formats/ImageImporter.h"
#include "formats/ImageSources.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

namespace tally::imageimport {

namespace {

const QLatin1String kAnnotations("Annotations");
const QLatin1String kJpegImages("JPEGImages");

struct VocObject
{
    QString name;
    QString annotator;
    QString coordinates[4]; // xmin, ymin, xmax, ymax as written
};

struct VocFile
{
    QSize size;        // invalid when <size> is missing
    QString annotator; // file-level <annotator>
    QList<VocObject> objects;
};

QString childText(QXmlStreamReader& xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

void readSize(QXmlStreamReader& xml, VocFile& f)
{
    double w = 0.0;
    double h = 0.0;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("width"))
            w = childText(xml).toDouble();
        else if (xml.name() == QLatin1String("height"))
            h = childText(xml).toDouble();
        else
            xml.skipCurrentElement();
    }
    if (w >= 1.0 && h >= 1.0)
        f.size = QSize(int(std::lround(w)), int(std::lround(h)));
}

void readBndbox(QXmlStreamReader& xml, VocObject& o)
{
    static const QLatin1String kNames[4] = {QLatin1String("xmin"), QLatin1String("ymin"),
                                            QLatin1String("xmax"), QLatin1String("ymax")};
    while (xml.readNextStartElement()) {
        const auto it = std::find(std::begin(kNames), std::end(kNames), xml.name());
        if (it != std::end(kNames))
            o.coordinates[it - std::begin(kNames)] = childText(xml);
        else
            xml.skipCurrentElement();
    }
}

void readObject(QXmlStreamReader& xml, VocFile& f)
{
    VocObject o;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("name"))
            o.name = childText(xml);
        else if (xml.name() == QLatin1String("annotator"))
            o.annotator = childText(xml);
        else if (xml.name() == QLatin1String("bndbox"))
            readBndbox(xml, o);
        else
            xml.skipCurrentElement(); // pose, truncated, difficult, part (with its own bndbox), ...
    }
    f.objects << o;
}

// Parses the XML; an empty string on success, else the reason.
QString parse(const QByteArray& bytes, VocFile& f)
{
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement())
        return xml.hasError() ? ImageImporter::tr("broken XML at line %1: %2")
                                    .arg(xml.lineNumber())
                                    .arg(xml.errorString())
                              : ImageImporter::tr("empty XML file");
    if (xml.name() != QLatin1String("annotation"))
        return ImageImporter::tr(
                   "not a Pascal VOC file: the root element is <%1>, not <annotation>")
            .arg(xml.name());
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("size"))
            readSize(xml, f);
        else if (xml.name() == QLatin1String("object"))
            readObject(xml, f);
        else if (xml.name() == QLatin1String("annotator"))
            f.annotator = childText(xml);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return ImageImporter::tr("broken XML at line %1: %2")
            .arg(xml.lineNumber())
            .arg(xml.errorString());
    return {};
}

// True when every coordinate written in the file is an integer (VOCdevkit's
// 1-based pixels); a single float means the file uses 0-based float coordinates.
bool allIntegers(const VocFile& f)
{
    for (const VocObject& o : f.objects)
        for (const QString& c : o.coordinates) {
            bool ok = false;
            c.toLongLong(&ok);
            if (!c.isEmpty() && !ok)
                return false;
        }
    return true;
}

// Object n's box, or the reason it has none.
QString toBox(const VocObject& o, bool oneBased, ImportedBox& b)
{
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = o.coordinates[i].toDouble(&ok);
        if (!ok)
            return ImageImporter::tr("no <bndbox> with numbers in xmin, ymin, xmax and ymax");
    }
    const double extra = oneBased ? 1.0 : 0.0;
    b.x = v[0] - extra;
    b.y = v[1] - extra;
    b.w = v[2] - v[0] + extra;
    b.h = v[3] - v[1] + extra;
    if (!(b.w > 0.0) || !(b.h > 0.0))
        return ImageImporter::tr("xmin %1, xmax %2, ymin %3, ymax %4 give no positive size")
            .arg(v[0])
            .arg(v[2])
            .arg(v[1])
            .arg(v[3]);
    return {};
}

ImageAnnotation readVocFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImageAnnotation a;
        a.file = path;
        a.errors << Error{path, ImageImporter::tr("cannot open: %1").arg(file.errorString())};
        return a;
    }
    return readVocXml(file.readAll(), path);
}

QString folderOf(const QString& rel)
{
    const int slash = int(rel.lastIndexOf(QLatin1Char('/')));
    return slash < 0 ? QString() : rel.left(slash);
}

QString lastPart(const QString& folder)
{
    return folder.mid(folder.lastIndexOf(QLatin1Char('/')) + 1);
}

QString joined(const QString& folder, const QString& name)
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

} // namespace

ImageAnnotation readVocXml(const QByteArray& bytes, const QString& path)
{
    ImageAnnotation a;
    a.file = path;
    VocFile f;
    if (const QString reason = parse(bytes, f); !reason.isEmpty()) {
        a.errors << Error{path, ImageImporter::tr("%1; its boxes are skipped").arg(reason)};
        return a;
    }
    if (!f.size.isValid()) {
        a.errors << Error{
            path, ImageImporter::tr("no <size> with a width and a height; its boxes are skipped")};
        return a;
    }
    a.declaredSize = f.size;
    const bool oneBased = allIntegers(f);
    for (int n = 0; n < f.objects.size(); ++n) {
        const VocObject& o = f.objects[n];
        PendingBox p;
        p.where = o.name.isEmpty() ? ImageImporter::tr("object %1").arg(n + 1)
                                   : ImageImporter::tr("object %1 (%2)").arg(n + 1).arg(o.name);
        p.box.className = o.name;
        p.box.annotatorName = o.annotator.isEmpty() ? f.annotator : o.annotator;
        QString reason = o.name.isEmpty() ? ImageImporter::tr("no <name> (its class)")
                                          : toBox(o, oneBased, p.box);
        if (!reason.isEmpty())
            a.errors << Error{path,
                              ImageImporter::tr("%1: %2; the box is skipped").arg(p.where, reason)};
        else
            a.boxes << p;
    }
    return a;
}

// Images are matched to XML by base name: JPEGImages/<b>.* with ../Annotations/<b>.xml,
// else <b>.xml beside the image. When the tree has an Annotations/ folder (VOCdevkit),
// only images in JPEGImages/ are data (SegmentationClass/ PNGs are not), the others
// count as skipped.
ImageListing listVoc(const QString& root, bool followOutside)
{
    ImageListing listing;
    listing.readAnnotation = readVocFile;
    const QDir base(root);
    QHash<QString, QString> xmlByStem; // relative path without ".xml" -> relative path
    QStringList images;
    for (const QString& rel : listedFiles(root, followOutside, &listing)) {
        if (rel.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
            xmlByStem.insert(rel.chopped(4), rel);
        else if (ImageImporter::isImageFileName(rel))
            images << rel;
        else
            ++listing.skipped;
    }
    const bool devkit = std::any_of(xmlByStem.cbegin(), xmlByStem.cend(), [](const QString& rel) {
        return lastPart(folderOf(rel)) == kAnnotations;
    });
    QSet<QString> used;
    for (const QString& rel : images) {
        const QString folder = folderOf(rel);
        const bool inJpegImages = lastPart(folder) == kJpegImages;
        if (devkit && !inJpegImages) {
            ++listing.skipped;
            continue;
        }
        const QString stem = baseName(rel);
        QStringList candidates;
        if (inJpegImages)
            candidates << joined(joined(folderOf(folder), kAnnotations), stem);
        candidates << joined(folder, stem);
        ImageItem item;
        item.absolutePath = base.absoluteFilePath(rel);
        for (const QString& c : candidates)
            if (const auto it = xmlByStem.constFind(c); it != xmlByStem.constEnd()) {
                item.annotationFile = base.absoluteFilePath(*it);
                used.insert(*it);
                break;
            }
        listing.items << item;
    }
    QStringList unused;
    for (const QString& rel : std::as_const(xmlByStem))
        if (!used.contains(rel))
            unused << rel;
    unused.sort();
    for (const QString& rel : unused)
        listing.errors << Error{base.absoluteFilePath(rel),
                                ImageImporter::tr("no image with this annotation's name beside it "
                                                  "(or in ../JPEGImages/)")};
    return listing;
}

} // namespace tally::imageimport
