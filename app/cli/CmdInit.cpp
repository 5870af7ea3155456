// tally-cli init PROJECT.tally: creates an empty project; never overwrites a file.
#include "cli/Cli.h"
#include "store/Project.h"

#include <QFileInfo>

namespace {

int runInit(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates a new, empty Tally project."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("The .tally file to create."));
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(QStringLiteral("expected one argument: PROJECT.tally"), 2);
    const QString path = pos.first();
    if (QFileInfo::exists(path))
        return ctx.fail(QStringLiteral("%1 already exists; refusing to overwrite it").arg(path));
    auto project = tally::Project::create(path);
    if (!project)
        return ctx.fail(project.error().toString());
    ctx.out << "Created " << path << "\n";
    return 0;
}

tally::cli::CliRegistrar reg{"init", "init PROJECT.tally",
                             "Create an empty project (never overwrites)", runInit};

} // namespace
