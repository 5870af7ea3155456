#pragma once
// The folder an export writes, replaced as a whole so that a failed, cancelled or
// killed export leaves the target either exactly as it was or exactly the new export.
// For a target P/NAME:
//
//   begin()   takes the lock P/.NAME.tally-lock (QLockFile: pid, host and program; a
//             lock of a process that is gone is taken over, a live one refuses a second
//             export into the same folder). Holding it, it recognises what a killed
//             export left next to the target -- staging folders `.NAME.tally-staging-*`
//             and, when the target is missing, the previous export set aside as
//             `.NAME.tally-old-*` (put back first) -- and removes them. Then it checks
//             the target (ExportPaths::checkTarget: a non-empty folder needs overwrite,
//             and then must be a Tally export, see below) and makes the staging folder
//             P/.NAME.tally-staging-XXXXXX (same file system, so putting it in place is
//             a rename). Folders it had to create for P are removed again on failure.
//   stagedPath() / writeFile() / makeFolders()  put everything into the staging
//             folder; every path is checked with ExportPaths::resolveInside first.
//   commit()  writes the marker NAME/.tally-export.json (every file this export wrote),
//             carries over files of the user's that are in the old target but not in its
//             marker (hard links, else copies; nothing of theirs is deleted), syncs the
//             file system (errors the kernel found late are reported here) and swaps the
//             staging folder with the target in one renameat2(RENAME_EXCHANGE) (where the
//             file system cannot, the old target is renamed aside, the new one into
//             place, and begin() of a later export repairs a kill in between).
//   rollback() after commit(): puts the previous export back (the version could not be
//             recorded). finish(): removes the previous export and releases the lock.
//   destruction  without commit(): removes the staging folder; after commit(): finish().
//
// Overwriting: a non-empty target is replaced only when it holds the marker of a Tally
// export; a folder without one (the user's own files, or an export of Tally before the
// marker) is refused with the names of its entries, and nothing in it is touched.
//
// Thread-safety: stagedPath(), writeFile() and makeFolders() may be called from many
// threads at once (for distinct paths); the rest from one thread.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QLockFile;

namespace tally {

class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(tally::ExportFolder)

public:
    static QString markerFileName() { return QStringLiteral(".tally-export.json"); }

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
    // Writes bytes to relativePath (parents created), every write and the close checked
    // (util/CheckedFile.h). An error here is a failure of the whole export.
    Status writeFile(const QString& relativePath, const QByteArray& bytes) const;
    // Creates the staged folder relativePath and its parents.
    Status makeFolders(const QString& relativePath) const;
    Status commit();
    Status rollback();
    void finish();

private:
    ExportFolder(QString folder, std::unique_ptr<QLockFile> lock);
    Status prepare(bool overwrite);
    Status swapIn();
    void removeCreatedParents();

    QString m_folder;
    QString m_staging;
    QString m_previous;      // after commit(): where the previous export is ("" = none)
    QString m_createdParent; // the topmost parent folder begin() created ("" = none)
    QStringList m_oldFiles;  // the previous export's marker: the files Tally wrote
    std::unique_ptr<QLockFile> m_lock;
    bool m_committed = false;
    bool m_finished = false;
};

} // namespace tally
