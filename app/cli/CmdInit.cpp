// tally-cli init PROJECT.tally: creates an empty project; never overwrites a file.
#include "cli/Cli.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

// This command's strings.
struct InitCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Init)
};

int runInit(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InitCmd::tr("Creates a new, empty Tally project."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 InitCmd::tr("The .tally file to create."));
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(InitCmd::tr("expected one argument: PROJECT.tally"), 2);
    const QString path = pos.first();
    if (QFileInfo::exists(path))
        return ctx.fail(InitCmd::tr("%1 already exists; refusing to overwrite it").arg(path));
    auto project = tally::Project::create(path);
    if (!project)
        return ctx.fail(project.error().toString());
    ctx.out << InitCmd::tr("Created %1").arg(path) << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{
    "init", "init PROJECT.tally",
    QT_TRANSLATE_NOOP("tally::cli::Commands", "Create an empty project (never overwrites)"),
    runInit};

} // namespace
