#pragma once
// A user's own model's predictions, read from a file (issue 15; README "Bring your own
// model's predictions"):
//   CSV          header `path,<class>,<class>,…`, then one row per sample of
//                probabilities (RFC 4180 quoting for paths with commas);
//   JSON Lines   one object per line: {"path": …, "probs": {"yes": 0.91, …},
//                "boxes": [{"class", "x", "y", "w", "h", "score"}]} ("probs" or "boxes"
//                may be left out; a line that is empty is skipped).
// The format is the file's suffix (.csv; .jsonl / .ndjson / .json) .
//
// A path is the sample's stored path, an absolute path, or a path relative to the
// predictions file's folder. Reported with file and line, and left out, while the rest
// imports: an unknown path, a path listed twice (the first is kept), a class the project
// does not have (its column or key is ignored; the row's sum still counts it), a
// probability that is not a number in 0–1, a row whose probabilities do not sum to
// 1 ± 0.01, a box that is not finite with w, h > 0, a line that is not JSON.
// A file that cannot be read, or a CSV header without a class, is an Error.
//
// Thread-safety: reads the project; the thread that opened it.

#include "store/Predictions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace tally {
class Project;
}

namespace tally::assist {

struct FileIssue
{
    QString file;
    int line = 0; // from 1
    QString reason;
    QString toString() const;
};

struct PredictionFile
{
    QStringList classes; // the file's known classes, in the order of each row's probs
    std::vector<SamplePrediction> rows;
    std::vector<FileIssue> issues;
    int linesRead = 0; // data lines (header and empty lines not counted)
};

class PredictionImport
{
    Q_DECLARE_TR_FUNCTIONS(tally::assist::PredictionImport)

public:
    static Result<PredictionFile> read(const QString& file, const Project& project);
};

// Splits one CSV line into fields (RFC 4180: "" inside quotes is a quote).
QStringList splitCsvLine(QStringView line);

} // namespace tally::assist
