#include "quality/CheckHistogram.h"

#include "quality/QualitySettings.h"
#include "store/Project.h"
#include "store/QualityMeasures.h"

#include <QHash>
#include <cmath>

namespace tally {

std::optional<ThresholdMeasure> CheckHistogram::thresholdOf(const QString& check)
{
    using S = FlagSide;
    auto l = [](const char* s) { return QString::fromLatin1(s); };
    static const QHash<QString, ThresholdMeasure> pairs{
        {l("too-quiet"), {l("rms_dbfs"), l("rms_dbfs"), false, S::Below, {}, true}},
        {l("silent"), {l("peak_dbfs"), l("peak_dbfs")}},
        {l("clipped"), {l("max_share"), l("clipped_share"), false, S::Above}},
        {l("dc-offset"), {l("max_abs"), l("dc_offset"), true, S::Above}},
        {l("wrong-length"),
         {l("expected_sec"), l("duration_sec"), false, S::Outside, l("tolerance_sec")}},
        {l("format"), {l("rate_hz"), l("rate_hz"), false, S::NotEqual, {}, true}},
        {l("truncated-event"), {l("margin_sec"), l("edge_sec"), false, S::AtOrBelow}},
        {l("low-snr"), {l("min_db"), l("snr_db")}},
        {l("too-small"), {l("min_width"), l("width"), false, S::Below, {}, true}},
        {l("too-dark"), {l("min_mean"), l("mean")}},
        {l("overexposed"), {l("max_saturated"), l("saturated"), false, S::Above}},
        {l("blurry"), {l("min_laplacian_var"), l("laplacian_var")}},
    };
    const auto it = pairs.constFind(check);
    return it == pairs.constEnd() ? std::nullopt : std::optional<ThresholdMeasure>(*it);
}

qint64 CheckHistogram::countFlagged(const QVector<double>& values, const ThresholdMeasure& m,
                                    double threshold, double window)
{
    auto flags = [&](double v) {
        switch (m.side) {
        case FlagSide::Below:
            return v < threshold;
        case FlagSide::AtOrBelow:
            return v <= threshold;
        case FlagSide::Above:
            return v > threshold;
        case FlagSide::Outside:
            return threshold > 0.0 && std::abs(v - threshold) > window;
        case FlagSide::NotEqual:
            return threshold > 0.0 && int(v) != int(threshold);
        }
        return false;
    };
    qint64 n = 0;
    for (const double v : values)
        if (std::isfinite(v) && flags(v))
            ++n;
    return n;
}

QStringList CheckHistogram::checksWithMeasure()
{
    QStringList out;
    for (const QString& check : QualitySettings::checkNames())
        if (thresholdOf(check))
            out << check;
    return out;
}

Result<QVector<double>> CheckHistogram::values(Project& project, const QString& check,
                                               const std::atomic_bool* cancel)
{
    const std::optional<ThresholdMeasure> m = thresholdOf(check);
    if (!m)
        return Error{{}, tr("The check %1 has no measured value to show.").arg(check)};
    QVector<double> out;
    const QualityMeasures measures(project);
    const Status s = measures.forEach([&](StoredMeasure&& stored) {
        if (cancel && cancel->load())
            return;
        const QJsonValue v = stored.measured.value(m->measure);
        if (v.isDouble())
            out << (m->absolute ? std::abs(v.toDouble()) : v.toDouble());
    });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<double>> CheckHistogram::valuesAt(const QString& projectPath, const QString& check,
                                                 const std::atomic_bool* cancel)
{
    auto project = Project::open(projectPath);
    if (!project.isOk())
        return project.error();
    return values(*project.value(), check, cancel);
}

} // namespace tally
