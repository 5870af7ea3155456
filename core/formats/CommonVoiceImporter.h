#pragma once
// Imports a Mozilla Common Voice release folder (see shared/FORMATS.md):
//
//   ROOT/validated.tsv, ROOT/invalidated.tsv, ROOT/other.tsv   (whichever exist)
//   ROOT/clips/<path>                                          (MP3 in a release)
//
// The TSVs are tab-separated, UTF-8, with a header line; columns are found by name.
// `path` is required; client_id, sentence, up_votes, down_votes, age, gender,
// accents or accent, locale, segment (and any others) are optional. Each row becomes
// one Audio sample with:
//   group key      client_id (the hashed speaker)
//   class          none (Common Voice clips are sentences, not classes)
//   metadata       every other non-empty column (sentence, age, gender, accents /
//                  accent, locale, segment, sentence_id, ...) + source_tsv (file name)
//   imported votes up_votes / down_votes (an empty cell counts 0)
// The files are read in the order validated, invalidated, other; a clip listed in an
// earlier file (or earlier in the same one) wins and later rows of it are counted as
// skipped. train/dev/test.tsv and other files are not read.
//
// Counting (ImportReport): one unit per data row of the TSVs read. imported, skipped
// (listed again), duplicates (its path is already in the project), errors: a row with
// the wrong number of columns or a non-integer vote count (the error names the TSV and
// its line), a clip that is missing or cannot be decoded (names the clip). A TSV
// without a header or without a `path` column is one error naming the file. A folder
// with none of the three TSVs is an error. Rows in errors leave no row behind. A clip
// outside the release folder (a path with "..", clips/ or the clip a symbolic link
// resolving outside) is an error naming it and its TSV line, unless
// options.allowOutside: then it is imported with a warning (formats/DatasetScope.h).
//
// Threading, batching and cancel: formats/ImportPipeline.h (decode in parallel on a
// private pool, insert on the calling thread in transactions of options.batchSize,
// each sample committed together with its metadata and counts).

#include "formats/ImportReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>

namespace tally {

class Project;

class CommonVoiceImporter
{
    Q_DECLARE_TR_FUNCTIONS(tally::CommonVoiceImporter)

public:
    static ImportReport run(Project& project, const QString& rootDir, const ImportOptions& options,
                            const ImportProgress& progress = {},
                            const std::atomic_bool* cancel = nullptr);

    // The TSV files read, in priority order.
    static QStringList tsvNames();
};

} // namespace tally
