#include "formats/SeriesImporter.h"

#include "formats/DatasetScope.h"
#include "formats/FileListing.h"
#include "formats/ImportPipeline.h"
#include "formats/SeriesAnalysis.h"
#include "sensor/SeriesFeatures.h"
#include "sensor/SeriesReaders.h"
#include "store/Project.h"
#include "store/SampleMeta.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtConcurrent/QtConcurrentMap>

namespace tally {

namespace {

struct SeriesFile
{
    QString absolutePath;
    QString storedPath;
    QString run;
    QString time; // ISO 8601, IMS only
};

QString bearingKey(const QString& run)
{
    return QStringLiteral("bearing/") + run;
}

} // namespace

QJsonObject SeriesImporter::bearingJson(const BearingGeometry& g)
{
    return {{QStringLiteral("rollers"), g.rollers},
            {QStringLiteral("pitch_diameter"), g.pitchDiameter},
            {QStringLiteral("roller_diameter"), g.rollerDiameter},
            {QStringLiteral("contact_angle"), g.contactAngleDeg},
            {QStringLiteral("rpm"), g.rpm}};
}

namespace {

// The run's setting "bearing/RUN": the geometry as compact JSON.
Status storeBearing(Project& project, const QString& run, const BearingGeometry& g)
{
    return project.setSetting(
        bearingKey(run),
        QString::fromUtf8(
            QJsonDocument(SeriesImporter::bearingJson(g)).toJson(QJsonDocument::Compact)));
}

// The run of a file: the folder it is in, relative to root; the root's own name for a
// file directly in it.
QString runOf(const QString& root, const QString& relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QFileInfo(root).fileName() : relative.left(slash);
}

struct Listing
{
    std::vector<SeriesFile> files;
    int skipped = 0;
    QList<Error> errors;
    QList<Error> warnings;
};

Listing listSeries(const Project& project, const QString& root, SeriesFormat format,
                   bool allowOutside)
{
    Listing out;
    const QDir base(root);
    const DatasetScope scope(root, allowOutside);
    FolderFiles folder = listFolder(root, allowOutside);
    out.skipped = folder.hidden;
    out.errors = std::move(folder.errors);
    out.warnings = std::move(folder.warnings);
    for (const QString& rel : std::as_const(folder.files)) {
        SeriesFile f;
        if (format == SeriesFormat::Ims) {
            const std::optional<QDateTime> t = imsTimestamp(rel);
            if (!t) {
                ++out.skipped; // not a snapshot's name (a readme, a zip, ...)
                continue;
            }
            f.time = t->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        } else if (!hasExtension(rel, {QStringLiteral("csv")})) {
            ++out.skipped;
            continue;
        }
        f.absolutePath = base.absoluteFilePath(rel);
        if (!scope.admit(f.absolutePath, {}, &out.errors, &out.warnings))
            continue;
        f.storedPath = project.toStoredPath(f.absolutePath);
        f.run = runOf(root, rel);
        out.files.push_back(std::move(f));
    }
    return out;
}

Result<SeriesData> parseSeries(const QByteArray& bytes, SeriesFormat format, double rateHz)
{
    if (format == SeriesFormat::Ims)
        return parseImsText(bytes, rateHz > 0 ? rateHz : kImsRateHz);
    return parseSensorCsv(bytes);
}

std::vector<SeriesChannelFeatures> measureChannels(const SeriesData& data,
                                                   const std::optional<BearingGeometry>& bearing)
{
    FaultFrequencies faults{};
    if (bearing)
        faults = faultFrequencies(*bearing);
    std::vector<SeriesChannelFeatures> out;
    for (int c = 0; c < data.channels; ++c) {
        const std::vector<float> mono = data.channel(c);
        SeriesChannelFeatures f;
        f.channel = c + 1;
        f.values = seriesFeatures(mono, data.rateHz, faults).values();
        if (!bearing)
            std::fill(f.values.begin() + 5, f.values.end(), std::nan(""));
        out.push_back(f);
    }
    return out;
}

// A file's sample: its record, metadata and snapshot with every channel's features.
Result<ImportPipeline::Sample> measureSeriesFile(const SeriesFile& f, const SeriesImportOptions& o,
                                                 const std::optional<BearingGeometry>& bearing,
                                                 QStringList* warnings)
{
    QFile file(f.absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{f.absolutePath, SeriesImporter::tr("cannot open: %1").arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    Result<SeriesData> parsed = parseSeries(bytes, o.format, o.rateHz);
    if (!parsed)
        return Error{f.absolutePath, parsed.error().reason};
    const SeriesData& data = parsed.value();
    *warnings = data.warnings;
    ImportPipeline::Sample s;
    SampleRecord& r = s.record;
    r.path = f.storedPath;
    r.kind = SampleKind::Series;
    r.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    r.groupKey = f.run;
    r.rateHz = int(std::lround(data.rateHz));
    r.channels = data.channels;
    r.frames = data.frameCount();
    r.durationSec = data.rateHz > 0 ? double(r.frames) / data.rateHz : 0.0;
    SeriesSnapshot snap{f.run, f.time, measureChannels(data, bearing)};
    double peak = 0;
    for (const SeriesChannelFeatures& c : snap.channels)
        peak = std::max(peak, c.values[1]);
    r.peak = peak;
    if (!f.time.isEmpty())
        s.extras.metadata.insert(QStringLiteral("time"), f.time);
    if (!data.channelNames.isEmpty())
        s.extras.metadata.insert(QStringLiteral("channels"),
                                 data.channelNames.join(QStringLiteral(",")));
    s.extras.series = std::move(snap);
    return s;
}

} // namespace

std::optional<SeriesFormat> SeriesImporter::formatNamed(const QString& name)
{
    if (name == QLatin1String("ims"))
        return SeriesFormat::Ims;
    if (name == QLatin1String("sensor-csv"))
        return SeriesFormat::SensorCsv;
    return std::nullopt;
}

std::optional<BearingGeometry> SeriesImporter::bearingOf(const Project& project, const QString& run)
{
    const QString text = project.setting(bearingKey(run));
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    BearingGeometry g;
    g.rollers = o.value(QStringLiteral("rollers")).toInt();
    g.pitchDiameter = o.value(QStringLiteral("pitch_diameter")).toDouble();
    g.rollerDiameter = o.value(QStringLiteral("roller_diameter")).toDouble();
    g.contactAngleDeg = o.value(QStringLiteral("contact_angle")).toDouble();
    g.rpm = o.value(QStringLiteral("rpm")).toDouble();
    if (!bearingGeometryError(g).isEmpty())
        return std::nullopt;
    return g;
}

ImportReport SeriesImporter::run(Project& project, const QString& rootDir,
                                 const ImportOptions& options, const SeriesImportOptions& series,
                                 const ImportProgress& progress, const std::atomic_bool* cancel)
{
    ImportReport report;
    if (!QFileInfo(rootDir).isDir()) {
        report.errors << Error{rootDir, tr("not a folder")};
        return report;
    }
    if (series.format == SeriesFormat::SensorCsv && series.rateHz > 0) {
        report.errors << Error{rootDir, tr("a sensor CSV file's rate comes from its time column;"
                                           " --rate is for IMS snapshots")};
        return report;
    }
    const QString root = QFileInfo(rootDir).absoluteFilePath();
    Listing listing = listSeries(project, root, series.format, options.allowOutside);
    report.skipped = listing.skipped;
    report.errors = listing.errors;
    report.warnings = listing.warnings;
    QHash<QString, std::optional<BearingGeometry>> bearings; // run -> geometry used
    for (const SeriesFile& f : listing.files)
        if (!bearings.contains(f.run)) {
            std::optional<BearingGeometry> g = bearingOf(project, f.run);
            if (!g && series.format == SeriesFormat::Ims)
                g = BearingGeometry::imsPreset();
            bearings.insert(f.run, g);
        }
    const QDateTime added = QDateTime::currentDateTimeUtc();
    QStringList storedPaths;
    for (const SeriesFile& f : listing.files)
        storedPaths << f.storedPath;
    QMutex warningsLock;
    const auto measure = [&](qsizetype i) -> Result<ImportPipeline::Sample> {
        const SeriesFile& f = listing.files[size_t(i)];
        QStringList warnings;
        Result<ImportPipeline::Sample> s =
            measureSeriesFile(f, series, bearings.value(f.run), &warnings);
        if (s) {
            s.value().record.licence = options.licence;
            s.value().record.source = options.source;
            s.value().record.added = added;
        }
        if (!warnings.isEmpty()) {
            const QMutexLocker lock(&warningsLock);
            for (const QString& w : warnings)
                report.warnings << Error{f.absolutePath, w};
        }
        return s;
    };
    const auto insert = [&](std::vector<SampleRecord>& records,
                            const std::vector<SampleExtras>& extras, int* duplicates) -> Status {
        return SampleMeta(project).insertSamples(records, extras, duplicates);
    };
    ImportPipeline::run(project, storedPaths, measure, insert, options, progress, cancel, report);
    for (auto it = bearings.cbegin(); it != bearings.cend(); ++it)
        if (it.value() && !bearingOf(project, it.key()) && report.imported > 0)
            storeBearing(project, it.key(), *it.value());
    return report;
}

ImportReport SeriesImporter::setBearing(Project& project, const QString& run,
                                        const BearingGeometry& geometry)
{
    ImportReport report;
    if (const QString why = bearingGeometryError(geometry); !why.isEmpty()) {
        report.errors << Error{project.path(), why};
        return report;
    }
    SeriesTrends trends(project);
    const Result<int> channels = trends.channelCount(run);
    const Result<std::vector<TrendPoint>> points =
        channels ? trends.trend(run, 1) : Result<std::vector<TrendPoint>>(channels.error());
    if (!points) {
        report.errors << points.error();
        return report;
    }
    if (Status s = storeBearing(project, run, geometry); !s) {
        report.errors << s.error();
        return report;
    }
    // What the pool needs of each snapshot, read here: the project (its connection) is
    // used from this thread only.
    struct Snapshot
    {
        qint64 id = 0;
        QString path; // absolute
        double rateHz = 0;
    };
    QList<Snapshot> snapshots;
    for (const TrendPoint& p : points.value()) {
        const Result<SampleRecord> rec = project.sample(p.sampleId);
        snapshots.append(
            {p.sampleId, project.toAbsolutePath(p.path), rec ? double(rec.value().rateHz) : 0.0});
    }
    using Measured = std::pair<qint64, Result<std::vector<SeriesChannelFeatures>>>;
    const std::function<Measured(const Snapshot&)> remeasure = [&](const Snapshot& s) {
        const Result<SeriesData> data = SeriesAnalysis::readFile(s.path, s.rateHz);
        if (!data)
            return Measured{s.id, data.error()};
        return Measured{s.id, measureChannels(data.value(), geometry)};
    };
    const QList<Measured> measured = QtConcurrent::blockingMapped(snapshots, remeasure);
    std::vector<std::pair<qint64, std::vector<SeriesChannelFeatures>>> rows;
    for (const Measured& m : measured) {
        if (m.second)
            rows.emplace_back(m.first, m.second.value());
        else
            report.errors << m.second.error();
    }
    if (Status s = trends.replaceFeatures(rows); !s)
        report.errors << s.error();
    else
        report.imported = int(rows.size());
    return report;
}

} // namespace tally
