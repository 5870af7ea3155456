#include "formats/BoxExportFiles.h"

#include "formats/ManifestExporter.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>
#include <algorithm>
#include <cmath>

namespace tally::boxfiles {

namespace {

QString baseName(const ExportItem& it)
{
    return QFileInfo(it.exportPath).completeBaseName();
}

// split -> the images in it, in the order given.
QMap<QString, std::vector<const BoxExportImage*>> bySplit(const std::vector<BoxExportImage>& images)
{
    QMap<QString, std::vector<const BoxExportImage*>> out;
    for (const BoxExportImage& im : images)
        out[im.split].push_back(&im);
    return out;
}

QJsonObject cocoImage(const BoxExportImage& im)
{
    return {{QStringLiteral("id"), im.item.sampleId},
            {QStringLiteral("file_name"), im.item.exportPath},
            {QStringLiteral("width"), im.item.width},
            {QStringLiteral("height"), im.item.height}};
}

QJsonObject cocoAnnotation(const BoxRecord& b, qint64 imageId, int categoryId)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("image_id"), imageId},
            {QStringLiteral("category_id"), categoryId},
            {QStringLiteral("bbox"), QJsonArray{b.x, b.y, b.w, b.h}},
            {QStringLiteral("area"), b.area()},
            {QStringLiteral("iscrowd"), 0},
            {QStringLiteral("segmentation"), QJsonArray()}};
}

QByteArray cocoJson(const std::vector<const BoxExportImage*>& images, const QStringList& names)
{
    QJsonArray categories;
    for (int i = 0; i < names.size(); ++i)
        categories.append(
            QJsonObject{{QStringLiteral("id"), i + 1}, {QStringLiteral("name"), names[i]}});
    QJsonArray imagesJson;
    QJsonArray annotations;
    for (const BoxExportImage* im : images) {
        imagesJson.append(cocoImage(*im));
        for (const BoxRecord& b : im->boxes)
            annotations.append(
                cocoAnnotation(b, im->item.sampleId, int(names.indexOf(b.className)) + 1));
    }
    const QJsonObject root{{QStringLiteral("images"), imagesJson},
                           {QStringLiteral("annotations"), annotations},
                           {QStringLiteral("categories"), categories}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// VOCdevkit corners of a box: 1-based, xmin = round(x) + 1, xmax = round(x + w).
struct VocBox
{
    long xmin, ymin, xmax, ymax;
};

VocBox vocBox(const BoxRecord& b)
{
    VocBox v{std::lround(b.x) + 1, std::lround(b.y) + 1, std::lround(b.x + b.w),
             std::lround(b.y + b.h)};
    v.xmax = std::max(v.xmax, v.xmin);
    v.ymax = std::max(v.ymax, v.ymin);
    return v;
}

QByteArray vocXml(const BoxExportImage& im)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("annotation"));
    const QFileInfo file(im.item.exportPath);
    w.writeTextElement(QStringLiteral("folder"), file.path());
    w.writeTextElement(QStringLiteral("filename"), file.fileName());
    w.writeStartElement(QStringLiteral("source"));
    w.writeTextElement(QStringLiteral("database"), QStringLiteral("Tally"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("size"));
    w.writeTextElement(QStringLiteral("width"), QString::number(im.item.width));
    w.writeTextElement(QStringLiteral("height"), QString::number(im.item.height));
    w.writeTextElement(QStringLiteral("depth"), QString::number(im.depth));
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("segmented"), QStringLiteral("0"));
    for (const BoxRecord& b : im.boxes) {
        const VocBox v = vocBox(b);
        w.writeStartElement(QStringLiteral("object"));
        w.writeTextElement(QStringLiteral("name"), b.className);
        w.writeTextElement(QStringLiteral("pose"), QStringLiteral("Unspecified"));
        w.writeTextElement(QStringLiteral("truncated"), QStringLiteral("0"));
        w.writeTextElement(QStringLiteral("difficult"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("bndbox"));
        const std::pair<const char*, long> corners[] = {
            {"xmin", v.xmin}, {"ymin", v.ymin}, {"xmax", v.xmax}, {"ymax", v.ymax}};
        for (const auto& [name, value] : corners)
            w.writeTextElement(QLatin1String(name), QString::number(value));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QString yoloNumber(double v)
{
    return QString::number(std::clamp(v, 0.0, 1.0), 'f', 6);
}

QByteArray yoloLabels(const BoxExportImage& im, const QStringList& names)
{
    const double width = im.item.width;
    const double height = im.item.height;
    QString text;
    for (const BoxRecord& b : im.boxes)
        text += QString::number(names.indexOf(b.className)) + u' ' +
                yoloNumber((b.x + b.w / 2.0) / width) + u' ' +
                yoloNumber((b.y + b.h / 2.0) / height) + u' ' + yoloNumber(b.w / width) + u' ' +
                yoloNumber(b.h / height) + u'\n';
    return text.toUtf8();
}

QByteArray dataYaml(const QStringList& splits, const QStringList& names, const QString& finalFolder)
{
    QString text =
        QStringLiteral("# YOLO dataset written by Tally\npath: %1\n").arg(yamlScalar(finalFolder));
    for (const QString& split : splits)
        text += QStringLiteral("%1: images/%1\n").arg(split);
    text += QStringLiteral("nc: %1\nnames:\n").arg(names.size());
    for (int i = 0; i < names.size(); ++i)
        text += QStringLiteral("  %1: %2\n").arg(i).arg(yamlScalar(names[i]));
    return text.toUtf8();
}

// Edge Impulse bounding boxes in whole pixels: corners rounded, size at least 1.
QJsonArray edgeImpulseBoxes(const QList<BoxRecord>& boxes)
{
    QJsonArray out;
    for (const BoxRecord& b : boxes) {
        const long x = std::lround(b.x);
        const long y = std::lround(b.y);
        out.append(QJsonObject{
            {QStringLiteral("label"), b.className},
            {QStringLiteral("x"), qint64(x)},
            {QStringLiteral("y"), qint64(y)},
            {QStringLiteral("width"), qint64(std::max(1L, std::lround(b.x + b.w) - x))},
            {QStringLiteral("height"), qint64(std::max(1L, std::lround(b.y + b.h) - y))}});
    }
    return out;
}

} // namespace

const QStringList& splitOrder()
{
    static const QStringList order{QStringLiteral("train"), QStringLiteral("val"),
                                   QStringLiteral("test")};
    return order;
}

QStringList categories(const std::vector<BoxExportImage>& images)
{
    QSet<QString> names;
    for (const BoxExportImage& im : images)
        for (const BoxRecord& b : im.boxes)
            names.insert(b.className);
    QStringList out(names.cbegin(), names.cend());
    out.sort();
    return out;
}

std::vector<BoxExportFile> coco(const std::vector<BoxExportImage>& images)
{
    const QStringList names = categories(images);
    const auto splits = bySplit(images);
    std::vector<BoxExportFile> files;
    for (const QString& split : splitOrder())
        if (splits.contains(split))
            files.push_back(
                {split + QStringLiteral(".json"), cocoJson(splits.value(split), names)});
    return files;
}

std::vector<BoxExportFile> voc(const std::vector<BoxExportImage>& images)
{
    std::vector<BoxExportFile> files;
    for (const BoxExportImage& im : images)
        files.push_back(
            {QStringLiteral("Annotations/") + baseName(im.item) + QStringLiteral(".xml"),
             vocXml(im)});
    const auto splits = bySplit(images);
    for (const QString& split : splitOrder()) {
        if (!splits.contains(split))
            continue;
        QString ids;
        for (const BoxExportImage* im : splits.value(split))
            ids += baseName(im->item) + u'\n';
        files.push_back(
            {QStringLiteral("ImageSets/Main/") + split + QStringLiteral(".txt"), ids.toUtf8()});
    }
    return files;
}

std::vector<BoxExportFile> yolo(const std::vector<BoxExportImage>& images,
                                const QString& finalFolder)
{
    const QStringList names = categories(images);
    std::vector<BoxExportFile> files;
    for (const BoxExportImage& im : images)
        if (!im.boxes.isEmpty())
            files.push_back({QStringLiteral("labels/%1/%2.txt").arg(im.split, baseName(im.item)),
                             yoloLabels(im, names)});
    const auto splits = bySplit(images);
    QStringList present;
    for (const QString& split : splitOrder())
        if (splits.contains(split))
            present << split;
    files.push_back({QStringLiteral("data.yaml"), dataYaml(present, names, finalFolder)});
    return files;
}

std::vector<BoxExportFile> edgeImpulse(const std::vector<BoxExportImage>& images)
{
    QJsonArray entries;
    for (const BoxExportImage& im : images) {
        QJsonObject entry =
            ManifestExporter::infoLabelsEntry(im.item, im.item.exportPath, im.split);
        entry.insert(QStringLiteral("boundingBoxes"), edgeImpulseBoxes(im.boxes));
        entries.append(entry);
    }
    return {
        {ManifestExporter::infoLabelsFileName(), ManifestExporter::infoLabelsDocument(entries)}};
}

QString yamlScalar(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_/][A-Za-z0-9_ ./-]*$"));
    static const QStringList reserved{
        QStringLiteral("y"),  QStringLiteral("n"),    QStringLiteral("yes"),
        QStringLiteral("no"), QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("on"), QStringLiteral("off"),  QStringLiteral("null")};
    if (plain.match(text).hasMatch() && !text.endsWith(u' ') &&
        !reserved.contains(text, Qt::CaseInsensitive))
        return text;
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

} // namespace tally::boxfiles
