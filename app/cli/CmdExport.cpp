// tally-cli export PROJECT.tally --format FORMAT OUTDIR
//                  [--rate HZ] [--length SEC] [--fit loudest|centre]
//                  [--allow-licence LIST] [--status LIST] [--no-background]
//                  [--oversample N] [--threads N] [--annotator NAME]
//                  [--person-class NAME] [--min-area FRACTION]
//                  [--window N --stride S] [--channels LIST] [--normal-only CLASS]
//                  [--force] [--json]
// FORMAT: speech-commands, csv, edge-impulse (audio), coco, voc, yolo, vww,
// edge-impulse-boxes, image-classes (images) or series-npy, edge-impulse-csv (sensor
// series).
// Writes the project in one format into OUTDIR (formats/SpeechCommandsExporter.h,
// formats/ManifestExporter.h, formats/BoxExporter.h), with DATASET_CARD.md and
// ATTRIBUTION.md, and records the export as a version (tally-cli versions / diff).
//   speech-commands: <class>/<file>.wav at --rate Hz (16000), --length s (1.0), 16-bit
//                    mono, _background_noise_/, validation_list.txt, testing_list.txt,
//                    manifest.csv, info.labels and class_weights.json beside the
//                    audio. --oversample N: each class's training samples are
//                    brought up to N with augmented copies "<file>_aug<k>.wav".
//   csv / edge-impulse: manifest.csv / info.labels only, pointing at the project's files.
//   coco / voc / yolo / edge-impulse-boxes: the images and their boxes per split;
//                    --annotator NAME: that annotator's boxes (default: per image, the
//                    annotator with most boxes, people before "imported").
//   vww: OUTDIR/<split>/person|not_person/ by the Visual Wake Words rule; --person-class
//                    and --min-area default to the project's stored rule.
//   image-classes: OUTDIR/<split>/<class>/ by each image's class.
//   series-npy / edge-impulse-csv: windows of --window N frames every --stride S frames
//                    of each series snapshot (both required, positive; refused for the
//                    other formats), on --channels LIST (1-based, comma-separated;
//                    default all): windows.npy (windows, N, channels) + labels.csv, or one
//                    Edge Impulse CSV per window + info.labels (validation goes to
//                    "training"). --normal-only CLASS: training and validation hold only
//                    CLASS, testing every class (formats/SeriesExporter.h).
// --allow-licence: comma-separated SPDX ids (repeatable); only samples with one of them
// are exported. --status: comma-separated statuses (agreed, resolved, ...) as
// core/review derives them. The export class of a sample a reviewer resolved is the
// reviewer's class.
// A non-empty OUTDIR is refused unless --force, and even then unless an earlier Tally
// export wrote it (its .tally-export.json): the new export then replaces the old one as
// a whole, in one rename, and files the user added to it are kept
// (formats/ExportFolder.h). A sample that cannot be exported is reported (path, reason),
// the rest goes on; a file that cannot be written (disk full, ...) fails the export:
// OUTDIR stays as it was, no version is recorded, and "failed" names the file and the
// reason. Exit code 0 ok, 1 any error, 2 usage.
//   --json: {"written": n, "skipped": n, "skipped_samples": [{"path", "reason"}],
//            "warnings": ["The split “testing” is empty.", ...], "errors": [{"path", "reason"}],
//            "version": n, "folder": "...", "files": [...], "augmented": n,
//            "failed": {"path", "reason"} or null}
// --skip-flagged LIST: samples with an active quality flag of one of the checks are left
// out, with the check as the reason (tally-cli check records flags; a dismissed flag does
// not count); the dataset card lists the active flags per check and what each left out.
// Without --status every status is exported (pipelines choose); the GUI ticks only
// formats/ExportSet.h defaultExportStatuses().
#include "cli/Cli.h"
#include "formats/BoxExporter.h"
#include "formats/ExportReviewInputs.h"
#include "formats/ManifestExporter.h"
#include "formats/SeriesExporter.h"
#include "formats/SpeechCommandsExporter.h"
#include "quality/QualityExport.h"
#include "review/VisualWakeWords.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <cmath>
#include <optional>

namespace {

using namespace tally;

// This command's strings.
struct ExportCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Export)
};

struct ExportCliOptions
{
    QString project;
    QString format;
    QString outDir;
    SpeechCommandsOptions sc;
    std::optional<BoxExportFormat> boxFormat;       // set for the image formats
    std::optional<SeriesExportFormat> seriesFormat; // set for the sensor series formats
    SeriesExportOptions series;
    QString annotator;
    std::optional<QString> personClass; // unset: the project's VWW rule
    std::optional<double> minArea;
    QStringList statuses;
    QStringList skipFlagged;
    bool json = false;
};

QStringList listValues(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values)
        for (const QString& part : v.split(u',', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
    return out;
}

// Reads --rate, --length, --fit, --threads into o.sc. Returns 0 or the exit code.
int parseAudioOptions(cli::Context& ctx, const QCommandLineParser& p, ExportCliOptions& o)
{
    bool ok = false;
    o.sc.rateHz = p.value(QStringLiteral("rate")).toInt(&ok);
    if (!ok || o.sc.rateHz < 1000 || o.sc.rateHz > 384000)
        return ctx.fail(ExportCmd::tr("--rate must be a sample rate in Hz (1000..384000)"), 2);
    o.sc.lengthSec = p.value(QStringLiteral("length")).toDouble(&ok);
    if (!ok || !std::isfinite(o.sc.lengthSec) || o.sc.lengthSec <= 0.0 || o.sc.lengthSec > 3600)
        return ctx.fail(ExportCmd::tr("--length must be a positive number of seconds"), 2);
    const QString fit = p.value(QStringLiteral("fit"));
    if (fit != QStringLiteral("loudest") && fit != QStringLiteral("centre") &&
        fit != QStringLiteral("center"))
        return ctx.fail(ExportCmd::tr("--fit must be loudest or centre"), 2);
    o.sc.fit = fit == QStringLiteral("loudest") ? ClipFit::LoudestWindow : ClipFit::CentreCrop;
    o.sc.threads = p.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || o.sc.threads < 0)
        return ctx.fail(ExportCmd::tr("--threads must be 0 (all cores) or more"), 2);
    o.sc.oversampleTo = p.value(QStringLiteral("oversample")).toLongLong(&ok);
    if (!ok || o.sc.oversampleTo < 0)
        return ctx.fail(
            ExportCmd::tr("--oversample must be 0 (off) or a number of training samples"), 2);
    return 0;
}

// Reads --annotator, --person-class, --min-area (image formats only). Returns 0 or the exit code.
int parseImageOptions(cli::Context& ctx, const QCommandLineParser& p, ExportCliOptions& o)
{
    const bool annotator = p.isSet(QStringLiteral("annotator"));
    const bool vwwOption =
        p.isSet(QStringLiteral("person-class")) || p.isSet(QStringLiteral("min-area"));
    if (!o.boxFormat && annotator)
        return ctx.fail(ExportCmd::tr("--annotator applies to the image formats only"), 2);
    if (o.boxFormat != BoxExportFormat::Vww && vwwOption)
        return ctx.fail(ExportCmd::tr("--person-class and --min-area apply to --format vww only"),
                        2);
    o.annotator = p.value(QStringLiteral("annotator")).trimmed();
    if (annotator && o.annotator.isEmpty())
        return ctx.fail(ExportCmd::tr("--annotator needs a name"), 2);
    if (p.isSet(QStringLiteral("person-class"))) {
        o.personClass = p.value(QStringLiteral("person-class")).trimmed();
        if (o.personClass->isEmpty())
            return ctx.fail(ExportCmd::tr("--person-class needs a class name"), 2);
    }
    if (p.isSet(QStringLiteral("min-area"))) {
        bool ok = false;
        o.minArea = p.value(QStringLiteral("min-area")).toDouble(&ok);
        if (!ok || !std::isfinite(*o.minArea) || *o.minArea < 0.0 || *o.minArea > 1.0)
            return ctx.fail(
                ExportCmd::tr("--min-area must be a fraction of the image between 0 and 1"), 2);
    }
    return 0;
}

// Reads --window, --stride, --channels, --normal-only (series formats only). Returns 0 or
// the exit code.
int parseSeriesOptions(cli::Context& ctx, const QCommandLineParser& p, ExportCliOptions& o)
{
    const bool window = p.isSet(QStringLiteral("window")) || p.isSet(QStringLiteral("stride"));
    const bool other =
        p.isSet(QStringLiteral("channels")) || p.isSet(QStringLiteral("normal-only"));
    if (!o.seriesFormat)
        return window || other
                   ? ctx.fail(ExportCmd::tr("--window, --stride, --channels and --normal-only "
                                            "apply to --format series-npy and edge-impulse-csv "
                                            "only"),
                              2)
                   : 0;
    if (!p.isSet(QStringLiteral("window")) || !p.isSet(QStringLiteral("stride")))
        return ctx.fail(
            ExportCmd::tr("--format %1 needs --window N and --stride S (frames)").arg(o.format), 2);
    bool ok = false;
    o.series.windowFrames = p.value(QStringLiteral("window")).toLongLong(&ok);
    if (!ok || o.series.windowFrames < 1)
        return ctx.fail(ExportCmd::tr("--window must be a positive number of frames"), 2);
    o.series.strideFrames = p.value(QStringLiteral("stride")).toLongLong(&ok);
    if (!ok || o.series.strideFrames < 1)
        return ctx.fail(ExportCmd::tr("--stride must be a positive number of frames"), 2);
    if (p.isSet(QStringLiteral("channels"))) {
        const Result<std::vector<int>> channels =
            SeriesExporter::parseChannels(p.value(QStringLiteral("channels")));
        if (!channels)
            return ctx.fail(ExportCmd::tr("--channels: %1").arg(channels.error().reason), 2);
        o.series.channels = channels.value();
    }
    o.series.format = *o.seriesFormat;
    o.series.normalOnly = p.value(QStringLiteral("normal-only")).trimmed();
    if (p.isSet(QStringLiteral("normal-only")) && o.series.normalOnly.isEmpty())
        return ctx.fail(ExportCmd::tr("--normal-only needs a class name"), 2);
    return 0;
}

void addSeriesOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("window"), ExportCmd::tr("Series formats: frames per window."),
         QStringLiteral("n")},
        {QStringLiteral("stride"),
         ExportCmd::tr("Series formats: frames from one window to the next."), QStringLiteral("n")},
        {QStringLiteral("channels"),
         ExportCmd::tr("Series formats: comma-separated channels from 1 (default: all)."),
         QStringLiteral("list")},
        {QStringLiteral("normal-only"),
         ExportCmd::tr("Series formats: only this class in training and validation."),
         QStringLiteral("class")},
    });
}

int parseOptions(cli::Context& ctx, ExportCliOptions& o)
{
    QCommandLineParser p;
    p.setApplicationDescription(ExportCmd::tr("Exports the project as a dataset."));
    p.addPositionalArgument(QStringLiteral("project"), ExportCmd::tr("The .tally file."));
    p.addPositionalArgument(QStringLiteral("outdir"), ExportCmd::tr("The output folder."));
    p.addOptions({
        {QStringLiteral("format"),
         ExportCmd::tr(
             "speech-commands, csv, edge-impulse, coco, voc, yolo, vww, edge-impulse-boxes, "
             "image-classes, series-npy or edge-impulse-csv."),
         QStringLiteral("format")},
        {QStringLiteral("rate"), ExportCmd::tr("Output rate in Hz."), QStringLiteral("hz"),
         QStringLiteral("16000")},
        {QStringLiteral("length"), ExportCmd::tr("Clip length in seconds."), QStringLiteral("sec"),
         QStringLiteral("1.0")},
        {QStringLiteral("fit"), ExportCmd::tr("Longer clips: loudest or centre window."),
         QStringLiteral("how"), QStringLiteral("loudest")},
        {QStringLiteral("allow-licence"), ExportCmd::tr("Comma-separated SPDX ids to export."),
         QStringLiteral("list")},
        {QStringLiteral("status"), ExportCmd::tr("Comma-separated statuses to export."),
         QStringLiteral("list")},
        {QStringLiteral("no-background"), ExportCmd::tr("Leave out _background_noise_.")},
        {QStringLiteral("threads"), ExportCmd::tr("Worker threads (0: all cores)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("oversample"),
         ExportCmd::tr("Augmented copies up to N training samples per class (0: off)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("annotator"), ExportCmd::tr("Image formats: whose boxes to write."),
         QStringLiteral("name")},
        {QStringLiteral("person-class"), ExportCmd::tr("vww: the class that counts as a person."),
         QStringLiteral("name")},
        {QStringLiteral("min-area"),
         ExportCmd::tr("vww: the share of the image a person box must cover (0..1)."),
         QStringLiteral("fraction")},
        {QStringLiteral("skip-flagged"),
         ExportCmd::tr("Comma-separated quality checks whose flagged samples are left out."),
         QStringLiteral("list")},
        {QStringLiteral("force"), ExportCmd::tr("Write into a non-empty folder.")},
        {QStringLiteral("json"), ExportCmd::tr("Print one JSON object.")},
    });
    addSeriesOptions(p);
    if (!ctx.parse(p))
        return 2;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return ctx.fail(ExportCmd::tr("expected two arguments: PROJECT.tally OUTDIR"), 2);
    o.project = pos[0];
    o.outDir = pos[1];
    o.format = p.value(QStringLiteral("format"));
    o.boxFormat = parseBoxExportFormat(o.format);
    o.seriesFormat = SeriesExporter::formatNamed(o.format);
    if (o.format != QStringLiteral("speech-commands") && o.format != QStringLiteral("csv") &&
        o.format != QStringLiteral("edge-impulse") && !o.boxFormat && !o.seriesFormat)
        return ctx.fail(
            ExportCmd::tr("--format must be speech-commands, csv, edge-impulse, coco, voc, yolo, "
                          "vww, edge-impulse-boxes, image-classes, series-npy or edge-impulse-csv"),
            2);
    if (const int usage = parseAudioOptions(ctx, p, o); usage != 0)
        return usage;
    if (const int usage = parseImageOptions(ctx, p, o); usage != 0)
        return usage;
    if (const int usage = parseSeriesOptions(ctx, p, o); usage != 0)
        return usage;
    o.sc.folder = o.outDir;
    o.sc.overwrite = p.isSet(QStringLiteral("force"));
    o.sc.includeBackground = !p.isSet(QStringLiteral("no-background"));
    o.sc.filter.allowedLicences = listValues(p.values(QStringLiteral("allow-licence")));
    if (p.isSet(QStringLiteral("allow-licence")) && o.sc.filter.allowedLicences.isEmpty())
        return ctx.fail(ExportCmd::tr("--allow-licence needs at least one SPDX id"), 2);
    o.statuses = listValues(p.values(QStringLiteral("status")));
    if (p.isSet(QStringLiteral("status")) && o.statuses.isEmpty())
        return ctx.fail(ExportCmd::tr("--status needs at least one status"), 2);
    o.skipFlagged = listValues(p.values(QStringLiteral("skip-flagged")));
    if (p.isSet(QStringLiteral("skip-flagged")) && o.skipFlagged.isEmpty())
        return ctx.fail(ExportCmd::tr("--skip-flagged needs at least one check"), 2);
    o.json = p.isSet(QStringLiteral("json"));
    return 0;
}

QJsonObject toJson(const ExportReport& r)
{
    QJsonArray errors;
    for (const Error& e : r.errors)
        errors.append(
            QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("reason"), e.reason}});
    QJsonArray skippedSamples;
    for (const ExportSkip& k : r.skippedSamples)
        skippedSamples.append(
            QJsonObject{{QStringLiteral("path"), k.path}, {QStringLiteral("reason"), k.reason}});
    return QJsonObject{{QStringLiteral("written"), r.written},
                       {QStringLiteral("skipped"), r.skipped},
                       {QStringLiteral("skipped_samples"), skippedSamples},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("folder"), r.folder},
                       {QStringLiteral("files"), QJsonArray::fromStringList(r.files)},
                       {QStringLiteral("augmented"), r.augmented},
                       {QStringLiteral("failed"),
                        r.failure
                            ? QJsonValue(QJsonObject{{QStringLiteral("path"), r.failure->path},
                                                     {QStringLiteral("reason"), r.failure->reason}})
                            : QJsonValue(QJsonValue::Null)}};
}

void printHuman(cli::Context& ctx, const ExportReport& r)
{
    if (r.failure) {
        ctx.err << ExportCmd::tr("Export failed: %1\nNothing was written into %2 (it holds what "
                                 "it held before); no version was recorded.\n")
                       .arg(r.failure->toString(), r.folder);
        for (qsizetype i = 1; i < r.errors.size(); ++i)
            ctx.err << "  " << r.errors[i].toString() << "\n";
        return;
    }
    ctx.out << ExportCmd::tr("%1 written, %2 skipped, %3 errors into %4\n")
                   .arg(r.written)
                   .arg(r.skipped)
                   .arg(r.errors.size())
                   .arg(r.folder);
    if (r.augmented > 0)
        ctx.out << ExportCmd::tr("%1 augmented training copies\n").arg(r.augmented);
    if (r.version > 0)
        ctx.out << ExportCmd::tr("Recorded as version %1\n").arg(r.version);
    for (const QString& w : r.warnings)
        ctx.out << ExportCmd::tr("warning: %1\n").arg(w);
    for (const ExportSkip& k : r.skippedSamples)
        ctx.out << ExportCmd::tr("  skipped %1: %2\n").arg(k.path, k.reason);
    for (const Error& e : r.errors)
        ctx.err << "  " << e.toString() << "\n";
}

ExportReport runBoxFormat(Project& project, const ExportCliOptions& o, const ExportInputs& inputs)
{
    const VwwRule stored = loadVwwRule(project);
    BoxExportOptions b;
    b.format = *o.boxFormat;
    b.folder = o.sc.folder;
    b.overwrite = o.sc.overwrite;
    b.annotator = o.annotator;
    b.personClass = o.personClass.value_or(stored.personClass);
    b.minAreaFraction = o.minArea.value_or(stored.minAreaFraction);
    b.filter = o.sc.filter;
    b.inputs = inputs;
    return BoxExporter::run(project, b);
}

ExportReport runFormat(Project& project, const ExportCliOptions& o, const ExportInputs& inputs)
{
    if (o.boxFormat)
        return runBoxFormat(project, o, inputs);
    if (o.seriesFormat) {
        SeriesExportOptions s = o.series;
        s.folder = o.sc.folder;
        s.overwrite = o.sc.overwrite;
        s.filter = o.sc.filter;
        return SeriesExporter::run(project, s, inputs);
    }
    if (o.format == QStringLiteral("speech-commands"))
        return SpeechCommandsExporter::run(project, o.sc, inputs);
    ManifestOptions m;
    m.folder = o.sc.folder;
    m.overwrite = o.sc.overwrite;
    m.format =
        o.format == QStringLiteral("csv") ? ManifestFormat::Csv : ManifestFormat::EdgeImpulse;
    m.filter = o.sc.filter;
    return ManifestExporter::run(project, m, inputs);
}

int runExport(cli::Context& ctx)
{
    ExportCliOptions o;
    if (const int usage = parseOptions(ctx, o); usage != 0)
        return usage;
    if (!QFileInfo::exists(o.project))
        return ctx.fail(ExportCmd::tr("no project at %1").arg(o.project));
    auto opened = Project::open(o.project);
    if (!opened)
        return ctx.fail(opened.error().toString());
    Project& project = *opened.value();
    ExportInputs inputs = exportInputsFromReview(project);
    if (Status s = applyQualityFlags(project, o.skipFlagged, &o.sc.filter, &inputs); !s)
        return ctx.fail(s.error().toString(), 2);
    if (!o.statuses.isEmpty()) {
        const Result<QSet<qint64>> allowed = samplesWithStatus(inputs.statusOf, o.statuses);
        if (!allowed)
            return ctx.fail(allowed.error().toString(), 2);
        o.sc.filter.allowedSampleIds = allowed.value();
    }
    const ExportReport report = runFormat(project, o, inputs);
    if (o.json)
        ctx.printJson(toJson(report));
    else
        printHuman(ctx, report);
    return report.errors.isEmpty() ? 0 : 1;
}

cli::CliRegistrar reg{
    "export",
    "export PROJECT.tally --format speech-commands|csv|edge-impulse|coco|voc|yolo|vww|"
    "edge-impulse-boxes|image-classes|series-npy|edge-impulse-csv OUTDIR [--rate HZ] "
    "[--length SEC] [--fit loudest|centre] [--allow-licence LIST] [--status LIST] "
    "[--no-background] [--oversample N] [--threads N] [--annotator NAME] [--person-class NAME] "
    "[--min-area 0.005] [--window N --stride S] [--channels LIST] [--normal-only CLASS] "
    "[--skip-flagged LIST] [--force] [--json]",
    QT_TRANSLATE_NOOP(
        "tally::cli::Commands",
        "Export as Speech Commands folders, a CSV manifest, Edge Impulse info.labels, images "
        "with boxes (COCO, Pascal VOC, YOLO, Edge Impulse, Visual Wake Words, class folders), or "
        "sensor series windows (NumPy, Edge Impulse CSV), with a dataset card; recorded as a "
        "version"),
    runExport};

} // namespace
