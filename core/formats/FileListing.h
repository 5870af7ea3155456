#pragma once
// Inside core/formats: the file listing and text reading the folder importers share
// (SpeechCommandsImporter, CommonVoiceImporter, ImageImporter and its readers). Not for
// use outside core/formats.

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tally {

// The regular files below root, as relative paths in sorted order (so that an import is
// reproducible). Hidden folders are not entered; hidden files are counted in `hidden` and
// left out.
//
// Symbolic links are never passed over in silence (issue 11):
// - a link to a file is listed (by its own path; formats/DatasetScope then refuses or warns
//   when it resolves outside root), unless it resolves to a file already listed: then it
//   is counted in `hidden` and named in `warnings` (one file is never listed twice);
// - a link to a folder inside root is followed (its files listed through the link's path)
//   unless that folder is listed already (a real folder, or one another link reached):
//   then the link is counted in `hidden` and named in `warnings`;
// - a link to a folder outside root is followed only when followOutside (each file is then
//   judged by DatasetScope, with a warning); otherwise it is not entered and named in
//   `errors` as refused;
// - a link whose target does not exist (or a loop) is named in `errors`.
struct FolderFiles
{
    QStringList files;
    int hidden = 0;
    QList<Error> errors;
    QList<Error> warnings;
};
FolderFiles listFolder(const QString& root, bool followOutside);

// Whether the file name (a folder part is ignored) ends in ".<one of extensions>",
// case-insensitively; a name that only starts with a dot has no extension.
bool hasExtension(const QString& fileName, const QStringList& extensions);

// The lines of a UTF-8 text file without line ends (and without a BOM); an empty last
// line after a final line end is kept. When the file cannot be opened: an Error naming
// path, with cannotOpen (the caller's translation of "cannot open: %1") given the reason.
Result<QStringList> readTextLines(const QString& path, const QString& cannotOpen);
// The same from the file's bytes.
QStringList splitTextLines(const QByteArray& bytes);

} // namespace tally
