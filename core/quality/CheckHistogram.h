#pragma once
// What a threshold check compares, for the GUI's histogram (app/gui/QualityDock): the
// check's main parameter (the one a person moves) and the stored measure it is compared
// with (store/QualityMeasures.h, the `measured` JSON), and every stored value of that
// measure. The pairs restate AudioQuality::evaluate / ImageQuality::evaluate; checks
// without a per-sample measure (duplicates, boxes, leak) have none.
//
// Thread-safety: values() reads the project on the calling thread; valuesAt() opens a
// Project of its own, for a worker.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <optional>

namespace tally {

class Project;

// Which values the check flags, against its main parameter t (AudioChecks.cpp,
// ImageQuality.cpp): value < t, value <= t, value > t, |value - t| > window (the check's
// windowParam: wrong-length), value != t (format, when t > 0).
enum class FlagSide
{
    Below,
    AtOrBelow,
    Above,
    Outside,
    NotEqual
};

struct ThresholdMeasure
{
    QString param;         // the check's parameter: "rms_dbfs"
    QString measure;       // the measured value it is compared with: "rms_dbfs"
    bool absolute = false; // compared as |value| (dc-offset)
    FlagSide side = FlagSide::Below;
    QString windowParam;  // FlagSide::Outside: the parameter of the window's half width
    bool partial = false; // the check also flags by a measure of its own not shown here
};

class CheckHistogram
{
    Q_DECLARE_TR_FUNCTIONS(tally::CheckHistogram)

public:
    static std::optional<ThresholdMeasure> thresholdOf(const QString& check);
    // The checks that have one, in the order of quality/QualitySettings.h.
    static QStringList checksWithMeasure();
    // The stored values of the check's measure, in sample id order (|value| when the check
    // compares it so). A check without one is an error; no stored measure: empty.
    static Result<QVector<double>> values(Project& project, const QString& check,
                                          const std::atomic_bool* cancel = nullptr);
    // How many of values the check flags at threshold by this measure (window: the
    // windowParam's value). For a partial check that is a floor: it flags these and
    // perhaps more. While a person drags the line this is the count shown.
    static qint64 countFlagged(const QVector<double>& values, const ThresholdMeasure& m,
                               double threshold, double window = 0.0);
    static Result<QVector<double>> valuesAt(const QString& projectPath, const QString& check,
                                            const std::atomic_bool* cancel = nullptr);
};

} // namespace tally
