#pragma once
// Helpers shared by the subcommands that work on an existing project: opening it with
// the usual messages, resolving a sample given as a file on disk, and finding or
// creating an annotator by name. Each *OrFail function prints the reason through
// ctx.fail (exit code 1) and returns an empty value; the caller then returns 1.

#include "cli/Cli.h"
#include "store/Project.h"
#include "store/Records.h"

#include <memory>

namespace tally::cli {

// Parses ctx.args (Context::parse) and checks that there is exactly one positional
// argument, PROJECT.tally. Returns the positional arguments, or an empty list after
// printing the usage error (the caller then returns 2).
QStringList parseProjectArgs(Context& ctx, QCommandLineParser& parser);

// The project at path, or nullptr after printing "no project at PATH" (no file) or
// why it cannot be opened.
std::unique_ptr<Project> openProjectOrFail(Context& ctx, const QString& path);
// The same, printing noProjectMessage when there is no file (for commands whose
// messages are translated).
std::unique_ptr<Project> openProjectOrFail(Context& ctx, const QString& path,
                                           const QString& noProjectMessage);

// The stored (project-relative) path of a file given as on disk: absolute, or relative
// to the current folder.
QString storedPathOf(const Project& project, const QString& pathOnDisk);

// The id of the sample stored for a file given as on disk, or 0 after printing
// "PATH: no such sample in the project".
qint64 sampleIdOrFail(Context& ctx, const Project& project, const QString& pathOnDisk);

// A project opened for work on one of its samples (see openSampleOrFail).
struct OpenedSample
{
    std::unique_ptr<Project> project;
    qint64 sampleId = 0; // 0: the project or the sample was not found (the reason printed)
};

// The project at projectPath (as openProjectOrFail) and the id of the sample stored for
// a file given as on disk (as sampleIdOrFail); sampleId is 0 after printing why not.
OpenedSample openSampleOrFail(Context& ctx, const QString& projectPath,
                              const QString& samplePathOnDisk);

// The id of the annotator called name, created with role when missing; 0 after
// printing why not. An existing annotator keeps their role.
qint64 annotatorIdOrFail(Context& ctx, Project& project, const QString& name,
                         AnnotatorRole role = AnnotatorRole::Annotator);

} // namespace tally::cli
