#pragma once
// One Common Voice TSV's text -> its rows (see CommonVoiceImporter.h for the columns and
// what is stored). Parsing only: no file is touched, so the import, the tests and the
// fuzzer share it. Thread-safety: stateless.

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tally {

// One data row of a TSV as parsed: clip is its `path` cell, trimmed (never empty).
struct CommonVoiceRow
{
    int line = 0; // 1-based
    QString clip;
    QString groupKey;     // client_id
    QJsonObject metadata; // every other non-empty column
    int up = 0;
    int down = 0;
};

// Parses a TSV's text (UTF-8, a BOM and CRLF accepted); tsvPath only names it in the
// errors, which go to *errors: a file without a header holding a `path` column (one
// error, no rows), a row with the wrong number of cells, a vote count that is not a whole
// number from 0, or an empty path (that row left out, the error says its line).
QList<CommonVoiceRow> parseCommonVoiceTsv(const QByteArray& bytes, const QString& tsvPath,
                                          QList<Error>* errors);

} // namespace tally
