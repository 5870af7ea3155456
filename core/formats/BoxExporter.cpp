#include "formats/BoxExporter.h"

#include "formats/BoxExportFiles.h"
#include "formats/DatasetCard.h"
#include "formats/ExportFolder.h"
#include "formats/ExportPaths.h"
#include "review/VisualWakeWords.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Exports.h"
#include "store/Project.h"
#include "util/CheckedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {

const std::pair<BoxExportFormat, const char*> kFormatNames[] = {
    {BoxExportFormat::Coco, "coco"}, {BoxExportFormat::Voc, "voc"},
    {BoxExportFormat::Yolo, "yolo"}, {BoxExportFormat::EdgeImpulse, "edge-impulse-boxes"},
    {BoxExportFormat::Vww, "vww"},   {BoxExportFormat::ImageClasses, "image-classes"}};

bool needsSize(BoxExportFormat f)
{
    return f == BoxExportFormat::Coco || f == BoxExportFormat::Voc || f == BoxExportFormat::Yolo ||
           f == BoxExportFormat::Vww;
}

// The split folder an item goes to in this format.
QString splitFolder(const QString& split, BoxExportFormat f)
{
    // Edge Impulse has training and testing only; validation stays with training (it
    // holds out its own validation share), as in the audio manifest.
    if (f == BoxExportFormat::EdgeImpulse)
        return split == QLatin1String("testing") ? QStringLiteral("testing")
                                                 : QStringLiteral("training");
    if (split == QLatin1String("validation"))
        return QStringLiteral("val");
    if (split == QLatin1String("testing"))
        return QStringLiteral("test");
    return QStringLiteral("train");
}

// b clipped to [0, width] x [0, height]; nothing when no part of it is inside.
std::optional<BoxRecord> clippedBox(BoxRecord b, int width, int height)
{
    if (width <= 0 || height <= 0)
        return b;
    const double x0 = std::clamp(b.x, 0.0, double(width));
    const double y0 = std::clamp(b.y, 0.0, double(height));
    const double x1 = std::clamp(b.x + b.w, 0.0, double(width));
    const double y1 = std::clamp(b.y + b.h, 0.0, double(height));
    if (!(x1 > x0) || !(y1 > y0))
        return std::nullopt;
    b.x = x0, b.y = y0, b.w = x1 - x0, b.h = y1 - y0;
    return b;
}

// Colour channels of an image as its header says (1 for grey, else 3).
int depthOf(const QString& path)
{
    switch (QImageReader(path).imageFormat()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Alpha8:
        return 1;
    default:
        return 3;
    }
}

class Planner
{
public:
    Planner(const BoxExportOptions& o, const ExportFolder& folder, ExportReport& report)
        : m_o(o), m_folder(folder), m_report(report)
    {
    }

    // The image's place in the export, or nothing (the reason in report.errors).
    std::optional<BoxExportImage> plan(ExportItem item, const QList<BoxRecord>& boxesOfImage);

private:
    bool resolveSize(ExportItem& item);
    QString folderOf(const ExportItem& item, const QString& split, const QList<BoxRecord>& chosen);
    QString uniqueName(const QString& fileName);

    const BoxExportOptions& m_o;
    const ExportFolder& m_folder;
    ExportReport& m_report;
    QSet<QString> m_stems; // lower-case base names taken
};

bool Planner::resolveSize(ExportItem& item)
{
    if (item.width <= 0 || item.height <= 0) {
        const QSize size = QImageReader(item.absolutePath).size();
        item.width = std::max(0, size.width());
        item.height = std::max(0, size.height());
    }
    if ((item.width > 0 && item.height > 0) || !needsSize(m_o.format))
        return true;
    m_report.errors << Error{
        item.absolutePath,
        BoxExporter::tr("the image size is unknown and its header cannot be read")};
    return false;
}

QString Planner::folderOf(const ExportItem& item, const QString& split,
                          const QList<BoxRecord>& chosen)
{
    switch (m_o.format) {
    case BoxExportFormat::Coco:
    case BoxExportFormat::Yolo:
        return QStringLiteral("images/") + split;
    case BoxExportFormat::Voc:
        return QStringLiteral("JPEGImages");
    case BoxExportFormat::EdgeImpulse:
        return split;
    case BoxExportFormat::Vww: {
        const VwwRule rule{m_o.personClass, m_o.minAreaFraction};
        return split + u'/' + vwwFolderName(isPerson(chosen, item.width, item.height, rule));
    }
    case BoxExportFormat::ImageClasses:
        break;
    }
    const Result<QString> safe = ExportPaths::safeComponent(item.className);
    if (!safe) {
        m_report.errors << Error{item.absolutePath, BoxExporter::tr("refused class name \"%1\": %2")
                                                        .arg(item.className, safe.error().reason)};
        return {};
    }
    return split + u'/' + safe.value();
}

// fileName, or "<stem>_<n>.<suffix>" when another image took its base name (any case).
QString Planner::uniqueName(const QString& fileName)
{
    const QFileInfo info(fileName);
    const QString stem = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString candidate = stem;
    for (int n = 2; m_stems.contains(candidate.toLower()); ++n)
        candidate = stem + QStringLiteral("_%1").arg(n);
    m_stems.insert(candidate.toLower());
    return candidate + suffix;
}

std::optional<BoxExportImage> Planner::plan(ExportItem item, const QList<BoxRecord>& boxesOfImage)
{
    if (!QFileInfo::exists(item.absolutePath)) {
        m_report.errors << Error{item.absolutePath, BoxExporter::tr("the image file is missing")};
        return std::nullopt;
    }
    if (!resolveSize(item))
        return std::nullopt;
    const Result<QString> name = ExportPaths::safeComponent(QFileInfo(item.storedPath).fileName());
    if (!name) {
        m_report.errors << Error{item.absolutePath, name.error().reason};
        return std::nullopt;
    }
    const QList<BoxRecord> chosen = chosenBoxes(boxesOfImage, m_o.annotator);
    BoxExportImage image;
    image.split = splitFolder(item.split, m_o.format);
    const QString dir = folderOf(item, image.split, chosen);
    if (dir.isEmpty())
        return std::nullopt;
    for (const BoxRecord& b : chosen)
        if (b.classId > 0 && !b.className.isEmpty())
            if (const std::optional<BoxRecord> c = clippedBox(b, item.width, item.height))
                image.boxes << *c;
    if (m_o.format == BoxExportFormat::Voc)
        image.depth = depthOf(item.absolutePath);
    if (m_o.format == BoxExportFormat::Vww)
        item.className = dir.section(u'/', 1);
    item.exportPath = dir + u'/' + uniqueName(name.value());
    image.item = std::move(item);
    return image;
}

// Copies the planned images into the staging folder; returns the ones written. An image
// that cannot be read is reported and left out; one that cannot be written (a full disk)
// stops the copying and is returned in *fatal.
std::vector<BoxExportImage> copyImages(std::vector<BoxExportImage> planned,
                                       const ExportFolder& folder, ExportReport& report,
                                       const ExportProgress& progress,
                                       const std::atomic_bool* cancel, std::optional<Error>* fatal)
{
    std::vector<BoxExportImage> written;
    for (size_t i = 0; i < planned.size(); ++i) {
        if (cancel && cancel->load())
            return written;
        if (progress)
            progress(int(i), int(planned.size()));
        BoxExportImage& im = planned[i];
        const Result<QString> target = folder.stagedPath(im.item.exportPath);
        if (!target) {
            report.errors << target.error();
            continue;
        }
        Status s = CheckedFile::makeFolders(QFileInfo(target.value()).path());
        bool sourceFailed = false;
        if (s)
            s = CheckedFile::copyNew(im.item.absolutePath, target.value(), &sourceFailed);
        if (!s && sourceFailed) {
            report.errors << s.error();
            continue;
        }
        if (!s) { // named by the path the user knows (the staging folder is removed)
            *fatal = Error{folder.finalPath(im.item.exportPath).value(), s.error().reason};
            return written;
        }
        written.push_back(std::move(im));
    }
    if (progress)
        progress(int(planned.size()), int(planned.size()));
    return written;
}

QJsonObject parameters(const BoxExportOptions& o)
{
    QJsonObject p{{QStringLiteral("annotator"),
                   o.annotator.isEmpty() ? QStringLiteral("chosen per image") : o.annotator},
                  {QStringLiteral("allowed_licences"), o.filter.allowedLicences.join(u',')},
                  {QStringLiteral("status_filter"), o.filter.allowedSampleIds.has_value()}};
    if (o.format == BoxExportFormat::Vww) {
        p.insert(QStringLiteral("person_class"), o.personClass);
        p.insert(QStringLiteral("min_area"), o.minAreaFraction);
    }
    return p;
}

Status checkOptions(Project& project, const BoxExportOptions& o)
{
    if (o.format == BoxExportFormat::Vww) {
        if (Status s = checkVwwRule(VwwRule{o.personClass, o.minAreaFraction}); !s)
            return Error{o.folder, s.error().reason};
    }
    if (!o.annotator.isEmpty() && !Annotators(project).annotator(o.annotator.trimmed()))
        return Error{project.path(), BoxExporter::tr("no annotator named \"%1\"").arg(o.annotator)};
    return {};
}

std::vector<BoxExportFile> annotationFiles(const std::vector<BoxExportImage>& images,
                                           BoxExportFormat format, const QString& finalFolder)
{
    switch (format) {
    case BoxExportFormat::Coco:
        return boxfiles::coco(images);
    case BoxExportFormat::Voc:
        return boxfiles::voc(images);
    case BoxExportFormat::Yolo:
        return boxfiles::yolo(images, finalFolder);
    case BoxExportFormat::EdgeImpulse:
        return boxfiles::edgeImpulse(images);
    case BoxExportFormat::Vww:
    case BoxExportFormat::ImageClasses:
        break;
    }
    return {};
}

// The annotation files, dataset card and attribution, into staging; the first that
// cannot be written fails the export (returned).
Status writeSideFiles(Project& project, const ExportFolder& folder,
                      const std::vector<BoxExportImage>& images, const BoxExportOptions& o,
                      ExportReport& report)
{
    std::vector<BoxExportFile> files = annotationFiles(images, o.format, folder.folder());
    std::vector<ExportItem> items;
    for (const BoxExportImage& im : images) {
        items.push_back(im.item);
        if (items.back().className.isEmpty())
            items.back().className = BoxExporter::tr("(no image class)");
    }
    const DatasetCardInfo card =
        DatasetCard::infoFor(project, boxExportFormatName(o.format), parameters(o), o.inputs);
    files.push_back({DatasetCard::cardFileName(), DatasetCard::markdown(items, card).toUtf8()});
    files.push_back({DatasetCard::attributionFileName(), DatasetCard::attribution(items).toUtf8()});
    for (const BoxExportFile& f : files) {
        if (Status s = folder.writeFile(f.relativePath, f.bytes); !s)
            return s;
        report.files << f.relativePath;
    }
    return {};
}

} // namespace

QString boxExportFormatName(BoxExportFormat format)
{
    for (const auto& [f, name] : kFormatNames)
        if (f == format)
            return QString::fromLatin1(name);
    return {};
}

std::optional<BoxExportFormat> parseBoxExportFormat(const QString& name)
{
    for (const auto& [f, text] : kFormatNames)
        if (name.trimmed().compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

ExportReport BoxExporter::run(Project& project, const BoxExportOptions& o,
                              const ExportProgress& progress, const std::atomic_bool* cancel)
{
    ExportReport report;
    if (Status s = checkOptions(project, o); !s) {
        report.errors << s.error();
        return report;
    }
    ExportFilter filter = o.filter;
    filter.keepImagesWithoutClass = o.format != BoxExportFormat::ImageClasses;
    std::optional<ExportStart> start =
        beginExport(project, o.folder, o.overwrite, filter, o.inputs, &report);
    if (!start)
        return report;
    ExportFolder& folder = *start->folder;
    const QHash<qint64, QList<BoxRecord>> boxes = Boxes(project).boxesBySample();
    Planner planner(o, folder, report);
    std::vector<BoxExportImage> planned;
    skipOtherKinds(
        &report, start->selection.items,
        [](const ExportItem& it) { return it.kind == SampleKind::Image; }, QStringLiteral("image"));
    report.warnings = exportWarnings(start->selection.items);
    for (ExportItem& item : start->selection.items) {
        const qint64 id = item.sampleId;
        if (std::optional<BoxExportImage> im = planner.plan(std::move(item), boxes.value(id)))
            planned.push_back(std::move(*im));
    }
    std::optional<Error> fatal;
    const std::vector<BoxExportImage> written =
        copyImages(std::move(planned), folder, report, progress, cancel, &fatal);
    if (cancel && cancel->load()) {
        report.cancelled = true;
        return report; // the staging folder goes with `folder`
    }
    report.written = int(written.size());
    Status s = fatal ? Status(*fatal) : writeSideFiles(project, folder, written, o, report);
    if (!s) {
        failExport(report, s.error());
        return report;
    }
    std::vector<ExportItem> items;
    for (const BoxExportImage& im : written)
        items.push_back(im.item);
    finishExport(folder, report, [&] {
        return Exports(project).recordExport(boxExportFormatName(o.format), report.folder,
                                             parameters(o), exportSnapshot(items));
    });
    return report;
}

} // namespace tally
