#pragma once
// Inside core/formats: the file listing and text reading the folder importers share
// (SpeechCommandsImporter, CommonVoiceImporter, ImageImporter and its readers). Not for
// use outside core/formats.

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace tally {

// The regular files below root, as relative paths in sorted order (so that an import is
// reproducible): hidden folders are not entered, hidden files are counted in *hidden and
// left out.
QStringList filesUnder(const QString& root, int* hidden);

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
