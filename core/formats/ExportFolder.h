#pragma once
// The folder an export writes into, written atomically enough that a cancelled or
// failed export leaves the target as it was:
//
//   begin()   checks the target (ExportPaths::checkTarget: a non-empty folder needs
//             overwrite), creates it if missing, and makes a hidden staging folder
//             `.tally-export-XXXXXX` inside it (same file system, so moving is a rename).
//   stagedPath() / writeFile()  put everything into the staging folder; every path is
//             checked with ExportPaths::resolveInside first.
//   commit()  moves each top-level entry of the staging folder into the target. With
//             overwrite, an entry of the same name that is already there (a class
//             folder, validation_list.txt, ...) is removed first (a symbolic link is
//             removed as a link, never followed); other entries of the target are left
//             alone.
//   destruction without commit()  removes the staging folder: nothing of this export
//             remains. (A crash can leave the hidden staging folder behind; a later
//             export into the same folder with overwrite removes stale ones.)
//
// Thread-safety: stagedPath() and writeFile() may be called from many threads at
// once (for distinct paths); begin/commit from one thread.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace tally {

class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(tally::ExportFolder)

public:
    static Result<std::unique_ptr<ExportFolder>> begin(const QString& folder, bool overwrite);
    ~ExportFolder();
    ExportFolder(const ExportFolder&) = delete;
    ExportFolder& operator=(const ExportFolder&) = delete;

    QString folder() const { return m_folder; } // absolute, cleaned
    QString stagingFolder() const { return m_staging; }
    // Where relativePath is written now (inside the staging folder). Parent folders are
    // not created here.
    Result<QString> stagedPath(const QString& relativePath) const;
    // The path relativePath will have after commit() (checked the same way).
    Result<QString> finalPath(const QString& relativePath) const;
    // Writes bytes to relativePath (parents created), atomically (QSaveFile).
    Status writeFile(const QString& relativePath, const QByteArray& bytes) const;
    Status commit();

private:
    ExportFolder(QString folder, QString staging, bool overwrite);

    QString m_folder;
    QString m_staging;
    bool m_overwrite = false;
    bool m_committed = false;
};

} // namespace tally
