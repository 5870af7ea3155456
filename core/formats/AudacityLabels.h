#pragma once
// Audacity label tracks (Audacity manual, "Importing and exporting labels"): UTF-8
// text, one label per line as `start<TAB>end<TAB>text` in seconds, optionally followed
// by a frequency line `\<TAB>low<TAB>high` in Hz that belongs to the label above it.
//
// Reading is all or nothing: the first malformed line makes the whole file an error
// naming the file and the line number (1-based). Accepted: LF or CRLF line ends, a
// UTF-8 byte-order mark, blank lines, numbers in the C locale ("0.5", "1e-3"), a label
// with no text (`start<TAB>end`). A frequency edge Audacity left undefined (-1) is
// read as: both undefined = no band; low undefined = 0 Hz; high undefined = an error.
// Point labels (start == end) are valid Audacity labels and are kept; whoever turns
// labels into regions decides what to do with them (see AudacityRegions.h).
//
// Writing: `%.6f` seconds and Hz like Audacity, LF line ends; tabs and line breaks in
// a label's text become spaces. A band whose edges are closer than that (they would be
// written equal, which reading refuses) gets all 17 significant digits instead.

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace tally {

struct AudacityLabel
{
    double startSec = 0.0;
    double endSec = 0.0;
    QString text;
    std::optional<double> lowHz; // both set or both empty
    std::optional<double> highHz;
    bool hasBand() const { return lowHz.has_value() && highHz.has_value(); }
    bool isPoint() const { return endSec == startSec; }
};

// Parses the text of a label file; path is only used to name errors.
Result<QList<AudacityLabel>> parseAudacityLabels(const QByteArray& bytes, const QString& path);
// Reads and parses a label file.
Result<QList<AudacityLabel>> readAudacityLabels(const QString& path);

QByteArray formatAudacityLabels(const QList<AudacityLabel>& labels);
// Writes atomically (a half-written file never replaces an existing one).
Status writeAudacityLabels(const QString& path, const QList<AudacityLabel>& labels);

} // namespace tally
