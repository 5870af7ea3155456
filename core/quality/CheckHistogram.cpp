#include "quality/CheckHistogram.h"

#include "quality/QualitySettings.h"
#include "store/Project.h"
#include "store/QualityMeasures.h"

#include <QHash>
#include <cmath>

namespace tally {

std::optional<ThresholdMeasure> CheckHistogram::thresholdOf(const QString& check)
{
    static const QHash<QString, ThresholdMeasure> pairs{
        {QStringLiteral("too-quiet"), {QStringLiteral("rms_dbfs"), QStringLiteral("rms_dbfs")}},
        {QStringLiteral("silent"), {QStringLiteral("peak_dbfs"), QStringLiteral("peak_dbfs")}},
        {QStringLiteral("clipped"), {QStringLiteral("max_share"), QStringLiteral("clipped_share")}},
        {QStringLiteral("dc-offset"),
         {QStringLiteral("max_abs"), QStringLiteral("dc_offset"), true}},
        {QStringLiteral("wrong-length"),
         {QStringLiteral("expected_sec"), QStringLiteral("duration_sec")}},
        {QStringLiteral("format"), {QStringLiteral("rate_hz"), QStringLiteral("rate_hz")}},
        {QStringLiteral("truncated-event"),
         {QStringLiteral("margin_sec"), QStringLiteral("edge_sec")}},
        {QStringLiteral("low-snr"), {QStringLiteral("min_db"), QStringLiteral("snr_db")}},
        {QStringLiteral("too-small"), {QStringLiteral("min_width"), QStringLiteral("width")}},
        {QStringLiteral("too-dark"), {QStringLiteral("min_mean"), QStringLiteral("mean")}},
        {QStringLiteral("overexposed"),
         {QStringLiteral("max_saturated"), QStringLiteral("saturated")}},
        {QStringLiteral("blurry"),
         {QStringLiteral("min_laplacian_var"), QStringLiteral("laplacian_var")}},
    };
    const auto it = pairs.constFind(check);
    return it == pairs.constEnd() ? std::nullopt : std::optional<ThresholdMeasure>(*it);
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
