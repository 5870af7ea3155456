// tally-cli import PROJECT.tally --format speech-commands|common-voice DIR
//                  [--licence SPDX] [--source TEXT] [--json]
// The project must exist (tally-cli init). Files that fail are listed and the rest
// are imported. common-voice reads validated/invalidated/other.tsv and clips/ (see
// formats/CommonVoiceImporter.h); its counts are per TSV row. Exit code: 0 all files fine, 1 at least one file failed (or the
// project could not be opened), 2 usage error.
//   --json: {"imported": n, "skipped": n, "duplicates": n,
//            "errors": [{"path": ..., "reason": ...}], "cancelled": false}
#include "cli/Cli.h"
#include "formats/CommonVoiceImporter.h"
#include "formats/SpeechCommandsImporter.h"
#include "store/Project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const QStringList kFormats{QStringLiteral("speech-commands"), QStringLiteral("common-voice")};

QJsonObject toJson(const tally::ImportReport& report)
{
    QJsonArray errors;
    for (const tally::Error& e : report.errors)
        errors.append(
            QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("reason"), e.reason}});
    return QJsonObject{{QStringLiteral("imported"), report.imported},
                       {QStringLiteral("skipped"), report.skipped},
                       {QStringLiteral("duplicates"), report.duplicates},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("cancelled"), report.cancelled}};
}

void printHuman(tally::cli::Context& ctx, const tally::ImportReport& report)
{
    ctx.out << "Imported " << report.imported << " samples (" << report.skipped << " skipped, "
            << report.duplicates << " duplicates, " << report.errors.size() << " errors)\n";
    for (const tally::Error& e : report.errors)
        ctx.err << "  " << e.toString() << "\n";
}

int runImport(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a dataset folder into an existing project. Exit code 1 if any file failed "
        "(the others are still imported)."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("The .tally file (see init)."));
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The dataset folder."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Dataset layout: %1.").arg(kFormats.join(", ")),
                                    QStringLiteral("name"));
    const QCommandLineOption licence(
        QStringList{QStringLiteral("licence"), QStringLiteral("license")},
        QStringLiteral("SPDX licence id for every sample."), QStringLiteral("spdx"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Where the data came from."),
                                    QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({format, licence, source, json});
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.fail(QStringLiteral("expected two arguments: PROJECT.tally DIR"), 2);
    if (!parser.isSet(format))
        return ctx.fail(QStringLiteral("--format is required (known: %1)").arg(kFormats.join(", ")),
                        2);
    if (!kFormats.contains(parser.value(format)))
        return ctx.fail(QStringLiteral("unknown format '%1' (known: %2)")
                            .arg(parser.value(format), kFormats.join(", ")),
                        2);
    if (!QFileInfo::exists(pos[0]))
        return ctx.fail(QStringLiteral("no project at %1; create it first with: tally-cli init %1")
                            .arg(pos[0]));
    auto project = tally::Project::open(pos[0]);
    if (!project)
        return ctx.fail(project.error().toString());

    tally::ImportOptions options;
    options.licence = parser.value(licence);
    options.source = parser.value(source);
    const tally::ImportReport report =
        parser.value(format) == QLatin1String("common-voice")
            ? tally::CommonVoiceImporter::run(*project.value(), pos[1], options)
            : tally::SpeechCommandsImporter::run(*project.value(), pos[1], options);
    if (parser.isSet(json))
        ctx.printJson(toJson(report));
    else
        printHuman(ctx, report);
    return report.errors.isEmpty() ? 0 : 1;
}

tally::cli::CliRegistrar reg{
    "import",
    "import PROJECT.tally --format speech-commands|common-voice DIR [--licence SPDX] [--source TEXT] [--json]",
    "Import a dataset folder; exit code 1 if any file failed (the rest are imported)", runImport};

} // namespace
