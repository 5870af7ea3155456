#pragma once
// What every importer takes and gives back (shared by the format importers).
//
// Counting: every regular file under the import root ends up in exactly one of
// imported, skipped (hidden, not audio, not part of the format), duplicates (its
// path is already in the project) or errors (could not be read or decoded; the
// Error names the file and the reason). A file in errors has no row in the project.
// cancelled is set when the cancel flag stopped the import; rows already committed
// stay (whole batches only). Image importers (ImageImporter.h) also count the boxes
// stored with the imported images, and report bad annotations in errors beside the
// files (an image with a bad box is imported and its box reported).
//
// warnings: files that were imported (or left out) but deserve a word, each naming the
// file and the reason. Today: media outside the dataset folder (an absolute path or ".."
// in an annotation file, a symbolic link resolving outside) when allowOutside is set;
// without it such a file is refused into errors (formats/DatasetScope.h). And symbolic
// links inside a folder that lead to a file or folder listed already: left out (counted
// in skipped) so that no file is imported twice (formats/FileListing.h). A dangling link,
// or a link to a folder outside without allowOutside, is an error. Warnings are not
// counted in total() (the file is counted where it ended up).

#include "util/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace tally {

struct ImportOptions
{
    QString licence;           // SPDX id recorded on every imported sample (may be empty)
    QString source;            // free text recorded on every imported sample (may be empty)
    int batchSize = 500;       // records per insert transaction (>= 1)
    bool allowOutside = false; // import media outside the dataset folder, with a warning
};

struct ImportReport
{
    int imported = 0;
    int skipped = 0;
    int duplicates = 0;
    int boxes = 0; // boxes stored with the imported samples (image formats)
    QList<Error> errors;
    QList<Error> warnings;
    QList<qint64> importedIds; // the samples this import added, in insert order
    bool cancelled = false;
    int total() const { return imported + skipped + duplicates + int(errors.size()); }
};

// Called on the importing thread after each batch: files handled so far, of total.
using ImportProgress = std::function<void(int done, int total)>;

} // namespace tally
