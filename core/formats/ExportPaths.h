#pragma once
// Safe output paths for exports. Every path an export writes is built from names that
// come from the project (class names, file names) and so may hold anything a database
// row can: "..", slashes, control characters. The rules:
//
//  - safeComponent(): one path component. Refused (an error naming it): empty after
//    trimming, ".", "..", or holding '/', '\\' or NUL — these would change which folder
//    a file lands in, so they are never silently rewritten. Characters that some file
//    systems refuse (control characters, < > : " | ? *) and trailing dots / spaces
//    become '_'.
//  - resolveInside(): folder + a relative path, cleaned (QDir::cleanPath), must still
//    be below folder; an absolute relative path is refused; and the deepest part of the
//    result that exists already must resolve (symlinks followed) inside the folder's
//    own canonical path, so a symlink planted in the folder cannot lead out of it.
//  - checkTarget(): "never overwrites without asking" — an existing non-empty folder is
//    refused unless overwrite is set (the GUI asks, the CLI has --force).
//
// Thread-safety: pure functions over the file system; call from any thread.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tally {

class ExportPaths
{
    Q_DECLARE_TR_FUNCTIONS(tally::ExportPaths)

public:
    static Result<QString> safeComponent(const QString& name);
    // The absolute, cleaned path of relativePath inside folder (folder absolute).
    static Result<QString> resolveInside(const QString& folder, const QString& relativePath);
    // folder may be missing (it will be created), empty, or non-empty with overwrite.
    // A path that exists and is no folder is refused.
    static Status checkTarget(const QString& folder, bool overwrite);
    // Whether path (cleaned, absolute) is folder itself or below it.
    static bool isInside(const QString& folder, const QString& path);
};

} // namespace tally
