// tally-cli regions PROJECT.tally --sample PATH --annotator NAME
//                   (--import-audacity FILE | --export-audacity FILE) [--json]
// Import replaces that annotator's regions of the sample with the labels of an
// Audacity label track, in one transaction; a malformed line imports nothing. Label
// texts name classes, created when missing; point labels are skipped and counted.
// Export writes the annotator's regions of the sample as a label track.
//   --json: {"regions": n, "point_labels_skipped": n, "classes_created": [...]} (import)
//           {"regions": n} (export)
// Exit code: 0 done, 1 failed (unknown sample or annotator, bad file), 2 usage.
#include "cli/CliProject.h"
#include "formats/AudacityRegions.h"
#include "store/Annotators.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// This command's strings.
struct RegionsCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Regions)
};

int importRegions(tally::cli::Context& ctx, tally::Project& a, const QString& file, qint64 sampleId,
                  const QString& annotatorName, bool json)
{
    const qint64 who = tally::cli::annotatorIdOrFail(ctx, a, annotatorName);
    if (who == 0)
        return 1;
    auto r = tally::importAudacityRegions(a, file, sampleId, who);
    if (!r)
        return ctx.fail(r.error().toString());
    const tally::AudacityImportResult& res = r.value();
    if (json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("regions"), res.regions},
            {QStringLiteral("point_labels_skipped"), res.pointLabelsSkipped},
            {QStringLiteral("classes_created"), QJsonArray::fromStringList(res.classesCreated)}});
        return 0;
    }
    ctx.out << RegionsCmd::tr("Imported %1 regions from %2").arg(res.regions).arg(file) << '\n';
    if (res.pointLabelsSkipped > 0)
        ctx.err << "tally-cli regions: "
                << RegionsCmd::tr("skipped %1 point labels (start = end; a region must end after "
                                  "it starts)")
                       .arg(res.pointLabelsSkipped)
                << '\n';
    if (!res.classesCreated.isEmpty())
        ctx.out << RegionsCmd::tr("Created classes: %1")
                       .arg(res.classesCreated.join(QStringLiteral(", ")))
                << '\n';
    return 0;
}

int exportRegions(tally::cli::Context& ctx, tally::Project& a, const QString& file, qint64 sampleId,
                  const QString& annotatorName, bool json)
{
    auto who = tally::Annotators(a).annotator(annotatorName);
    if (!who)
        return ctx.fail(who.error().toString());
    auto r = tally::exportAudacityRegions(a, file, sampleId, who.value().id);
    if (!r)
        return ctx.fail(r.error().toString());
    if (json)
        ctx.printJson(QJsonObject{{QStringLiteral("regions"), r.value()}});
    else
        ctx.out << RegionsCmd::tr("Exported %1 regions to %2").arg(r.value()).arg(file) << '\n';
    return 0;
}

int runRegions(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RegionsCmd::tr(
        "Imports or exports one annotator's time regions of a sample as an Audacity label track."));
    parser.addPositionalArgument(QStringLiteral("project"), RegionsCmd::tr("The .tally file."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    RegionsCmd::tr("The sample file (as on disk)."),
                                    QStringLiteral("path"));
    const QCommandLineOption annotator(
        QStringLiteral("annotator"),
        RegionsCmd::tr("Whose regions (created on import if missing)."), QStringLiteral("name"));
    const QCommandLineOption importOpt(QStringLiteral("import-audacity"),
                                       RegionsCmd::tr("Replace the regions by this label track."),
                                       QStringLiteral("file"));
    const QCommandLineOption exportOpt(QStringLiteral("export-audacity"),
                                       RegionsCmd::tr("Write the regions to this label track."),
                                       QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), RegionsCmd::tr("Print one JSON object."));
    parser.addOptions({sample, annotator, importOpt, exportOpt, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(sample) || !parser.isSet(annotator))
        return ctx.fail(RegionsCmd::tr("--sample PATH and --annotator NAME are required"), 2);
    if (parser.isSet(importOpt) == parser.isSet(exportOpt))
        return ctx.fail(
            RegionsCmd::tr("give one of --import-audacity FILE or --export-audacity FILE"), 2);
    auto [project, sampleId] = tally::cli::openSampleOrFail(ctx, pos.first(), parser.value(sample));
    if (sampleId == 0)
        return 1;
    tally::Project& a = *project;
    if (parser.isSet(importOpt))
        return importRegions(ctx, a, parser.value(importOpt), sampleId, parser.value(annotator),
                             parser.isSet(json));
    return exportRegions(ctx, a, parser.value(exportOpt), sampleId, parser.value(annotator),
                         parser.isSet(json));
}

tally::cli::CliRegistrar reg{
    "regions",
    "regions PROJECT.tally --sample PATH --annotator NAME "
    "(--import-audacity FILE | --export-audacity FILE) [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Import or export a sample's time regions as an Audacity label track"),
    runRegions};

} // namespace
