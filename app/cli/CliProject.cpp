#include "cli/CliProject.h"

#include "store/Annotators.h"

#include <QFileInfo>

namespace tally::cli {

QStringList parseProjectArgs(Context& ctx, QCommandLineParser& parser)
{
    if (!ctx.parse(parser))
        return {};
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.fail(Context::tr("expected one argument: PROJECT.tally"), 2);
        return {};
    }
    return pos;
}

std::unique_ptr<Project> openProjectOrFail(Context& ctx, const QString& path)
{
    return openProjectOrFail(ctx, path, Context::tr("no project at %1").arg(path));
}

std::unique_ptr<Project> openProjectOrFail(Context& ctx, const QString& path,
                                           const QString& noProjectMessage)
{
    if (!QFileInfo::exists(path)) {
        ctx.fail(noProjectMessage);
        return nullptr;
    }
    auto project = Project::open(path);
    if (!project) {
        ctx.fail(project.error().toString());
        return nullptr;
    }
    return std::move(project).value();
}

QString storedPathOf(const Project& project, const QString& pathOnDisk)
{
    return project.toStoredPath(QFileInfo(pathOnDisk).absoluteFilePath());
}

qint64 sampleIdOrFail(Context& ctx, const Project& project, const QString& pathOnDisk)
{
    const qint64 id = project.sampleIdByPath(storedPathOf(project, pathOnDisk));
    if (id == 0)
        ctx.fail(Context::tr("%1: no such sample in the project").arg(pathOnDisk));
    return id;
}

OpenedSample openSampleOrFail(Context& ctx, const QString& projectPath,
                              const QString& samplePathOnDisk)
{
    OpenedSample opened;
    opened.project = openProjectOrFail(ctx, projectPath);
    if (opened.project)
        opened.sampleId = sampleIdOrFail(ctx, *opened.project, samplePathOnDisk);
    return opened;
}

qint64 annotatorIdOrFail(Context& ctx, Project& project, const QString& name, AnnotatorRole role)
{
    auto who = Annotators(project).ensureAnnotator(name, role);
    if (!who) {
        ctx.fail(who.error().toString());
        return 0;
    }
    return who.value().id;
}

} // namespace tally::cli
