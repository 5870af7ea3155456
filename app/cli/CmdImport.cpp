// tally-cli import PROJECT.tally --format speech-commands|common-voice|images|coco|voc|yolo|
//                  ims|sensor-csv PATH [--rate HZ] [--licence SPDX] [--source TEXT]
//                  [--allow-outside] [--no-check] [--json]
// The project must exist (tally-cli init). Files that fail are listed and the rest
// are imported. common-voice reads validated/invalidated/other.tsv and clips/ (see
// formats/CommonVoiceImporter.h); its counts are per TSV row. images, coco, voc and
// yolo import images with their boxes (formats/ImageImporter.h; coco takes the JSON
// file or its folder); a bad annotation is an error too, the image still imported.
// A media file outside PATH (an absolute path or ".." in an annotation file, a symbolic
// link resolving outside) is refused as an error unless --allow-outside is given; then
// it is imported and listed under warnings (formats/DatasetScope.h). ims and sensor-csv
// import sensor series with their features (formats/SeriesImporter.h); --rate sets the
// IMS snapshots' rate (default 20 kHz).
// After the import the quality checks run on the new samples (core/quality/QualityRunner.h,
// scoped: they are measured and compared with the whole project's stored hashes and
// fingerprints; other samples' flags stay) and their flags are recorded; --no-check skips
// them. `tally-cli check` runs them over the whole project.
// Exit code: 0 all files fine (warnings allowed), 1 at least one file or annotation failed (or the
// project could not be opened), 2 usage error.
//   --json: {"imported": n, "skipped": n, "duplicates": n,
//            "errors": [{"path": ..., "reason": ...}], "warnings": [same shape],
//            "cancelled": false}
//           image formats add "boxes": n (boxes stored with the imported images);
//           "quality": {"checked": n, "flags": n, "leaks": n} unless --no-check
#include "cli/Cli.h"
#include "formats/CommonVoiceImporter.h"
#include "formats/ImageImporter.h"
#include "formats/SeriesImporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "quality/QualityRunner.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// This command's strings.
struct ImportCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Import)
};

const QStringList kFormats{QStringLiteral("speech-commands"),
                           QStringLiteral("common-voice"),
                           QStringLiteral("images"),
                           QStringLiteral("coco"),
                           QStringLiteral("voc"),
                           QStringLiteral("yolo"),
                           QStringLiteral("ims"),
                           QStringLiteral("sensor-csv")};

QJsonArray toJson(const QList<tally::Error>& list)
{
    QJsonArray out;
    for (const tally::Error& e : list)
        out.append(
            QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("reason"), e.reason}});
    return out;
}

QJsonObject toJson(const tally::ImportReport& report, bool images)
{
    QJsonObject out{{QStringLiteral("imported"), report.imported},
                    {QStringLiteral("skipped"), report.skipped},
                    {QStringLiteral("duplicates"), report.duplicates},
                    {QStringLiteral("errors"), toJson(report.errors)},
                    {QStringLiteral("warnings"), toJson(report.warnings)},
                    {QStringLiteral("cancelled"), report.cancelled}};
    if (images)
        out.insert(QStringLiteral("boxes"), report.boxes);
    return out;
}

void printHuman(tally::cli::Context& ctx, const tally::ImportReport& report, bool images)
{
    if (images)
        ctx.out << ImportCmd::tr("Imported %1 samples with %2 boxes (%3 skipped, %4 duplicates, "
                                 "%5 errors)")
                       .arg(report.imported)
                       .arg(report.boxes)
                       .arg(report.skipped)
                       .arg(report.duplicates)
                       .arg(report.errors.size())
                << '\n';
    else
        ctx.out << ImportCmd::tr("Imported %1 samples (%2 skipped, %3 duplicates, %4 errors)")
                       .arg(report.imported)
                       .arg(report.skipped)
                       .arg(report.duplicates)
                       .arg(report.errors.size())
                << '\n';
    for (const tally::Error& e : report.errors)
        ctx.err << "  " << e.toString() << "\n";
    if (!report.warnings.isEmpty())
        ctx.out << ImportCmd::tr("%1 warnings:").arg(report.warnings.size()) << '\n';
    for (const tally::Error& e : report.warnings)
        ctx.err << "  " << ImportCmd::tr("warning: %1").arg(e.toString()) << "\n";
}

tally::ImportReport runImporter(const QString& format, tally::Project& project, const QString& path,
                                const tally::ImportOptions& options, double rateHz)
{
    if (const std::optional<tally::SeriesFormat> series =
            tally::SeriesImporter::formatNamed(format))
        return tally::SeriesImporter::run(project, path, options, {*series, rateHz});
    if (const std::optional<tally::ImageFormat> image = tally::parseImageFormat(format))
        return tally::ImageImporter::run(project, *image, path, options);
    if (format == QLatin1String("common-voice"))
        return tally::CommonVoiceImporter::run(project, path, options);
    return tally::SpeechCommandsImporter::run(project, path, options);
}

// The quality checks scoped to the samples the import added (QualityRunOptions::scope: they
// are measured and compared with the whole project's stored hashes and fingerprints; no
// other sample's flags change): counts for the JSON, a line for people.
QJsonObject checkAfterImport(tally::cli::Context& ctx, tally::Project& project,
                             const tally::ImportReport& report, bool json)
{
    tally::QualityRunOptions options;
    options.scope = report.importedIds;
    const tally::QualityReport q = tally::QualityRunner::run(project, options);
    for (const tally::Error& e : q.errors)
        ctx.err << "  " << ImportCmd::tr("quality check: %1").arg(e.toString()) << "\n";
    if (!json)
        ctx.out << ImportCmd::tr("Quality checks: %1 flags, %2 leaks over the %3 new samples "
                                 "(tally-cli flags lists them)")
                       .arg(q.flags.size())
                       .arg(q.leaks.size())
                       .arg(q.checked)
                << '\n';
    return QJsonObject{{QStringLiteral("checked"), q.checked},
                       {QStringLiteral("flags"), qint64(q.flags.size())},
                       {QStringLiteral("leaks"), q.leaks.size()}};
}

int runImport(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCmd::tr(
        "Imports a dataset folder (or a COCO JSON file) into an existing project. Exit code 1 "
        "if any file or annotation failed (the others are still imported)."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 ImportCmd::tr("The .tally file (see init)."));
    parser.addPositionalArgument(
        QStringLiteral("path"),
        ImportCmd::tr("The dataset folder (coco: the JSON file or its folder)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    ImportCmd::tr("Dataset layout: %1.").arg(kFormats.join(", ")),
                                    QStringLiteral("name"));
    const QCommandLineOption licence(
        QStringList{QStringLiteral("licence"), QStringLiteral("license")},
        ImportCmd::tr("SPDX licence id for every sample."), QStringLiteral("spdx"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    ImportCmd::tr("Where the data came from."),
                                    QStringLiteral("text"));
    const QCommandLineOption allowOutside(
        QStringLiteral("allow-outside"),
        ImportCmd::tr("Import media files outside PATH (absolute paths, \"..\", symbolic links) "
                      "with a warning instead of refusing them."));
    const QCommandLineOption noCheck(QStringLiteral("no-check"),
                                     ImportCmd::tr("Do not run the quality checks afterwards."));
    const QCommandLineOption json(QStringLiteral("json"), ImportCmd::tr("Print one JSON object."));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        ImportCmd::tr("ims: the snapshots' sampling rate in Hz (default 20000)."),
        QStringLiteral("hz"));
    parser.addOptions({format, licence, source, allowOutside, noCheck, rate, json});
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.fail(ImportCmd::tr("expected two arguments: PROJECT.tally PATH"), 2);
    if (!parser.isSet(format))
        return ctx.fail(ImportCmd::tr("--format is required (known: %1)").arg(kFormats.join(", ")),
                        2);
    if (!kFormats.contains(parser.value(format)))
        return ctx.fail(ImportCmd::tr("unknown format '%1' (known: %2)")
                            .arg(parser.value(format), kFormats.join(", ")),
                        2);
    if (!QFileInfo::exists(pos[0]))
        return ctx.fail(
            ImportCmd::tr("no project at %1; create it first with: tally-cli init %1").arg(pos[0]));
    auto project = tally::Project::open(pos[0]);
    if (!project)
        return ctx.fail(project.error().toString());

    tally::ImportOptions options;
    options.licence = parser.value(licence);
    options.source = parser.value(source);
    options.allowOutside = parser.isSet(allowOutside);
    double rateHz = 0;
    if (parser.isSet(rate)) {
        bool ok = false;
        rateHz = parser.value(rate).toDouble(&ok);
        if (!ok || !(rateHz > 0) || rateHz > 1e7)
            return ctx.fail(ImportCmd::tr("--rate takes a rate in Hz above 0, not '%1'")
                                .arg(parser.value(rate)),
                            2);
    }
    const bool images = tally::parseImageFormat(parser.value(format)).has_value();
    const tally::ImportReport report =
        runImporter(parser.value(format), *project.value(), pos[1], options, rateHz);
    QJsonObject out = toJson(report, images);
    if (!parser.isSet(json))
        printHuman(ctx, report, images);
    if (!parser.isSet(noCheck) && !report.cancelled)
        out.insert(QStringLiteral("quality"),
                   checkAfterImport(ctx, *project.value(), report, parser.isSet(json)));
    if (parser.isSet(json))
        ctx.printJson(out);
    return report.errors.isEmpty() ? 0 : 1;
}

tally::cli::CliRegistrar reg{
    "import",
    "import PROJECT.tally --format "
    "speech-commands|common-voice|images|coco|voc|yolo|ims|sensor-csv "
    "PATH [--rate HZ] [--licence SPDX] [--source TEXT] [--allow-outside] [--no-check] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands", "Import a dataset folder or COCO file; exit code 1 "
                                              "if any file failed (the rest are imported)"),
    runImport};

} // namespace
