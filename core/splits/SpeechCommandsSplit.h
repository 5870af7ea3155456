#pragma once
// Speech Commands split assignment, identical to TensorFlow's `which_set`
// (tensorflow/examples/speech_commands/input_data.py; shared/FORMATS.md):
//   base = file name with "_nohash_" and everything after it removed
//   h    = SHA-1(base as UTF-8) read as a big integer
//   pct  = (h mod 2^27) * (100 / (2^27 - 1))
//   pct < validation -> validation; pct < validation + testing -> testing; else training
// Same speaker (same base), same split; adding files never moves an existing one.

#include <QString>

namespace tally {

enum class Split
{
    Training,
    Validation,
    Testing
};

QString splitName(Split split);             // "training" / "validation" / "testing"
QLatin1StringView splitLatin1(Split split); // the same, static text
bool parseSplit(const QString& name, Split* out);

struct SpeechCommandsSplit
{
    double validationPercent = 10.0;
    double testingPercent = 10.0;

    // fileName: the base name or a path (only the part after the last '/' counts).
    Split assign(const QString& fileName) const;
    // The same for a pure-ASCII path without a copy into a QString (a million paths in a
    // split); bit-identical to assign().
    Split assignAscii(QLatin1StringView fileName) const;
    // The percentage in [0, 100] that assign() compares (exposed for tests and reports).
    static double percentOf(const QString& fileName);
    // fileName without "_nohash_" and everything after it (the whole base name if absent).
    static QString hashBase(const QString& fileName);
};

} // namespace tally
