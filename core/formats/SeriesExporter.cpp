#include "formats/SeriesExporter.h"

#include "formats/DatasetCard.h"
#include "formats/ExportFolder.h"
#include "formats/SeriesAnalysis.h"
#include "formats/SeriesWindowSink.h"
#include "store/Exports.h"
#include "store/Project.h"

#include <algorithm>
#include <memory>

namespace tally {

namespace {

// The wanted channels (empty: all) of d, in the order given.
Result<SeriesPart> pick(SeriesData&& d, const std::vector<int>& wanted)
{
    SeriesPart out;
    out.rateHz = d.rateHz;
    out.channels = wanted;
    if (wanted.empty())
        for (int c = 1; c <= d.channels; ++c)
            out.channels.push_back(c);
    for (int c : out.channels) {
        if (c < 1 || c > d.channels)
            return Error{{},
                         SeriesExporter::tr("channel %1 is not in the file (it has %2)")
                             .arg(c)
                             .arg(d.channels)};
        out.names << (c <= d.channelNames.size() ? d.channelNames[c - 1]
                                                 : QStringLiteral("ch%1").arg(c));
    }
    if (wanted.empty()) {
        out.frames = std::move(d.frames);
        return out;
    }
    const size_t n = size_t(d.frameCount());
    const size_t k = out.channels.size();
    out.frames.resize(n * k);
    for (size_t f = 0; f < n; ++f)
        for (size_t j = 0; j < k; ++j)
            out.frames[f * k + j] = d.frames[f * size_t(d.channels) + size_t(out.channels[j] - 1)];
    return out;
}

// A failure inside the staging folder, named by the path the file would have had.
Error shown(const ExportFolder& folder, Error e)
{
    const QString staging = folder.stagingFolder();
    if (e.path.startsWith(staging))
        e.path = folder.folder() + e.path.mid(staging.size());
    return e;
}

// One sample: read, its channels picked, cut into windows and handed to the sink.
Status exportItem(const ExportItem& it, const SeriesExportOptions& o, SeriesWindowSink& sink,
                  ExportReport& report, std::vector<ExportItem>& written)
{
    // Training, validation and no split are the detector's training side.
    if (!o.normalOnly.isEmpty() && it.split != QLatin1String("testing") &&
        it.className != o.normalOnly) {
        skipExportItem(&report, it,
                       SeriesExporter::tr("its class “%1” is not the normal class “%2”, the only "
                                          "one written to training and validation")
                           .arg(it.className, o.normalOnly));
        return {};
    }
    Result<SeriesData> data = SeriesAnalysis::readFile(it.absolutePath, it.rateHz);
    if (!data) {
        report.errors << data.error();
        return {};
    }
    const Result<SeriesPart> part = pick(std::move(data).value(), o.channels);
    if (!part) {
        report.errors << Error{it.absolutePath, part.error().reason};
        return {};
    }
    const qint64 frames = part.value().frameCount();
    const qint64 windows = SeriesExporter::windowCount(frames, o.windowFrames, o.strideFrames);
    if (windows == 0) {
        skipExportItem(&report, it,
                       SeriesExporter::tr("it has %1 frames, fewer than one window of %2")
                           .arg(frames)
                           .arg(o.windowFrames));
        return {};
    }
    std::optional<Error> sampleError;
    if (Status s = sink.add(it, part.value(), windows, &sampleError); !s)
        return s;
    if (sampleError) {
        report.errors << *sampleError;
        return {};
    }
    report.written += int(windows);
    written.push_back(it);
    return {};
}

// DATASET_CARD.md and ATTRIBUTION.md of the samples written.
Status writeCard(Project& project, const ExportFolder& folder,
                 const std::vector<ExportItem>& written, const SeriesExportOptions& o,
                 const ExportInputs& inputs, ExportReport& report)
{
    QJsonObject params = SeriesExporter::parameters(o);
    params.insert(QStringLiteral("windows"), report.written);
    const DatasetCardInfo card =
        DatasetCard::infoFor(project, SeriesExporter::formatName(o.format), params, inputs);
    const QList<QPair<QString, QByteArray>> files{
        {DatasetCard::cardFileName(), DatasetCard::markdown(written, card).toUtf8()},
        {DatasetCard::attributionFileName(), DatasetCard::attribution(written).toUtf8()}};
    for (const auto& [name, bytes] : files) {
        if (Status s = folder.writeFile(name, bytes); !s)
            return s;
        report.files << name;
    }
    return {};
}

// Writes every window through the sink, then the card. A returned error fails the export.
Status writeAll(Project& project, const ExportFolder& folder, const std::vector<ExportItem>& items,
                const SeriesExportOptions& o, const ExportInputs& inputs, ExportReport& report,
                std::vector<ExportItem>& written)
{
    const std::unique_ptr<SeriesWindowSink> sink = SeriesWindowSink::make(folder, o);
    if (Status s = sink->open(); !s)
        return s;
    for (const ExportItem& it : items)
        if (Status s = exportItem(it, o, *sink, report, written); !s)
            return s;
    if (Status s = sink->finish(&report.files); !s)
        return s;
    return writeCard(project, folder, written, o, inputs, report);
}

} // namespace

std::optional<SeriesExportFormat> SeriesExporter::formatNamed(const QString& name)
{
    if (name == QLatin1String("series-npy"))
        return SeriesExportFormat::Npy;
    if (name == QLatin1String("edge-impulse-csv"))
        return SeriesExportFormat::EdgeImpulseCsv;
    return std::nullopt;
}

QString SeriesExporter::formatName(SeriesExportFormat format)
{
    return format == SeriesExportFormat::Npy ? QStringLiteral("series-npy")
                                             : QStringLiteral("edge-impulse-csv");
}

Result<std::vector<int>> SeriesExporter::parseChannels(const QString& list)
{
    std::vector<int> out;
    for (const QString& part : list.split(u',')) {
        bool ok = false;
        const int c = part.trimmed().toInt(&ok);
        if (!ok || c < 1)
            return Error{{}, tr("“%1” is not a channel number (1, 2, ...)").arg(part.trimmed())};
        if (std::find(out.begin(), out.end(), c) != out.end())
            return Error{{}, tr("channel %1 is listed twice").arg(c)};
        out.push_back(c);
    }
    return out;
}

qint64 SeriesExporter::windowCount(qint64 frames, qint64 windowFrames, qint64 strideFrames)
{
    if (windowFrames <= 0 || strideFrames <= 0 || frames < windowFrames)
        return 0;
    return (frames - windowFrames) / strideFrames + 1;
}

QJsonObject SeriesExporter::parameters(const SeriesExportOptions& o)
{
    QJsonObject p{{QStringLiteral("window_frames"), o.windowFrames},
                  {QStringLiteral("stride_frames"), o.strideFrames},
                  {QStringLiteral("channels"),
                   o.channels.empty() ? QStringLiteral("all") : seriesChannelList(o.channels)},
                  {QStringLiteral("allowed_licences"), o.filter.allowedLicences.join(u',')},
                  {QStringLiteral("status_filter"), o.filter.allowedSampleIds.has_value()}};
    if (!o.normalOnly.isEmpty())
        p.insert(QStringLiteral("normal_only"), o.normalOnly);
    return p;
}

ExportReport SeriesExporter::run(Project& project, const SeriesExportOptions& o,
                                 const ExportInputs& inputs)
{
    ExportReport report;
    const bool badChannel =
        std::any_of(o.channels.begin(), o.channels.end(), [](int c) { return c < 1; });
    if (o.windowFrames <= 0 || o.strideFrames <= 0 || badChannel) {
        report.errors << Error{o.folder, tr("the window and the stride must be positive numbers "
                                            "of frames, and channels count from 1")};
        return report;
    }
    std::optional<ExportStart> start =
        beginExport(project, o.folder, o.overwrite, o.filter, inputs, &report);
    if (!start)
        return report;
    ExportFolder& folder = *start->folder;
    std::vector<ExportItem>& items = start->selection.items;
    skipOtherKinds(
        &report, items, [](const ExportItem& it) { return it.kind == SampleKind::Series; },
        QStringLiteral("series"));
    std::vector<ExportItem> written;
    if (Status s = writeAll(project, folder, items, o, inputs, report, written); !s) {
        failExport(report, shown(folder, s.error())); // the staging folder goes with `folder`
        return report;
    }
    report.warnings = exportWarnings(written);
    if (!o.normalOnly.isEmpty() &&
        std::none_of(written.begin(), written.end(),
                     [&](const ExportItem& it) { return it.className == o.normalOnly; }))
        report.warnings << tr("No sample of the normal class “%1” was written.").arg(o.normalOnly);
    RecordVersion record;
    if (o.recordVersion)
        record = [&] {
            return Exports(project).recordExport(formatName(o.format), report.folder, parameters(o),
                                                 exportSnapshot(written));
        };
    finishExport(folder, report, record);
    return report;
}

} // namespace tally
