#pragma once
// Helpers shared by the review subcommands (vote, review, status, agreement, merge,
// history): opening an existing project with the usual messages, resolving a sample
// given as a file on disk, and JSON numbers where NaN becomes null.

#include "cli/Cli.h"
#include "store/Annotations.h"
#include "store/Project.h"

#include <QFileInfo>
#include <QJsonValue>

#include <cmath>
#include <memory>

namespace tally::cli {

// The project at path, or nullptr after printing why (no file / cannot open).
inline std::unique_ptr<Project> openExistingProject(Context& ctx, const QString& path)
{
    if (!QFileInfo::exists(path)) {
        ctx.fail(QStringLiteral("no project at %1").arg(path));
        return nullptr;
    }
    auto project = Project::open(path);
    if (!project) {
        ctx.fail(project.error().toString());
        return nullptr;
    }
    return std::move(project).value();
}

// The id of the sample stored for a file given as on disk (absolute, or relative to
// the current folder); 0 when the project has no such sample.
inline qint64 sampleIdOf(const Project& project, const Annotations& annotations, const QString& pathOnDisk)
{
    return annotations.sampleIdByPath(project.toStoredPath(QFileInfo(pathOnDisk).absoluteFilePath()));
}

inline QString noSuchSample(const QString& pathOnDisk)
{
    return QStringLiteral("%1: no such sample in the project").arg(pathOnDisk);
}

// A statistic as JSON: null when undefined (NaN or infinite).
inline QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace tally::cli
