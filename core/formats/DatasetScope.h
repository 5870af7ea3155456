#pragma once
// Inside core/formats: whether a media file an importer is about to read lies inside
// the dataset folder the user gave. Annotation files name their media (COCO
// file_name, a Common Voice TSV's path) and folders can hold symbolic links, so a
// file "in" a dataset can be /etc/passwd, ../../other-project/x.wav or a link to a
// network share. Outside means: the cleaned absolute path is not below the folder,
// or its folder or the file itself is a symbolic link that resolves outside the
// folder (as resolved by the file system). A file that does not exist is judged by
// its path alone (it is reported missing later).
//
// A path outside is refused (an Error naming the file) unless the import allows it
// (ImportOptions::allowOutside, `tally-cli import --allow-outside`, the import
// dialog's checkbox); then it is imported and a warning naming it goes into the
// report. Not thread-safe (caches resolved folders): use it while listing.

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace tally {

class DatasetScope
{
    Q_DECLARE_TR_FUNCTIONS(tally::DatasetScope)

public:
    DatasetScope(const QString& root, bool allowOutside);

    // Why path lies outside the dataset folder; empty when it lies inside.
    QString outsideReason(const QString& path) const;
    // True when path may be read: inside, or outside and allowed (a warning naming it is
    // added to *warnings). False when it is refused (an Error naming it is added to
    // *errors). `listedIn` ("line 3 of validated.tsv", ...) is added to the reason.
    bool admit(const QString& path, const QString& listedIn, QList<Error>* errors,
               QList<Error>* warnings) const;

    QString root() const { return m_root; }

private:
    QString canonicalFolder(const QString& folder) const;

    QString m_root;      // absolute and clean
    QString m_canonical; // with symbolic links resolved; m_root when it does not exist
    bool m_allowOutside = false;
    mutable QHash<QString, QString> m_folders; // folder -> canonical folder ("" = missing)
};

} // namespace tally
