// tally-cli versions PROJECT.tally [--json]: every recorded export (store/Exports.h),
// oldest first: version, time (UTC), format, sample count, folder.
//   --json: {"versions": [{"version", "at", "format", "folder", "items",
//            "tally_version", "parameters": {...}}]}
#include "cli/CliProject.h"
#include "store/Exports.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

using namespace tally;

// This command's strings.
struct VersionsCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Versions)
};

int runVersions(cli::Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(VersionsCmd::tr("Lists the recorded exports."));
    p.addPositionalArgument(QStringLiteral("project"), VersionsCmd::tr("The .tally file."));
    p.addOption({QStringLiteral("json"), VersionsCmd::tr("Print one JSON object.")});
    if (!ctx.parse(p))
        return 2;
    if (p.positionalArguments().size() != 1)
        return ctx.fail(VersionsCmd::tr("expected one argument: PROJECT.tally"), 2);
    const QString path = p.positionalArguments().first();
    auto opened = cli::openProjectOrFail(ctx, path, VersionsCmd::tr("no project at %1").arg(path));
    if (!opened)
        return 1;
    const std::vector<ExportVersion> versions = Exports(*opened).versions();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ExportVersion& v : versions)
            list.append(QJsonObject{{QStringLiteral("version"), v.id},
                                    {QStringLiteral("at"), v.at.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("format"), v.format},
                                    {QStringLiteral("folder"), v.folder},
                                    {QStringLiteral("items"), v.itemCount},
                                    {QStringLiteral("tally_version"), v.tallyVersion},
                                    {QStringLiteral("parameters"), v.parameters}});
        ctx.printJson(QJsonObject{{QStringLiteral("versions"), list}});
        return 0;
    }
    if (versions.empty())
        ctx.out << VersionsCmd::tr("No exports recorded yet.\n");
    for (const ExportVersion& v : versions)
        ctx.out << v.id << "\t" << v.at.toString(Qt::ISODate) << "\t" << v.format << "\t"
                << VersionsCmd::tr("%n samples", nullptr, v.itemCount) << "\t" << v.folder << "\n";
    return 0;
}

cli::CliRegistrar reg{
    "versions", "versions PROJECT.tally [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands", "Recorded exports (versions) of the project"),
    runVersions};

} // namespace
