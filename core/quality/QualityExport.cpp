#include "quality/QualityExport.h"

#include "quality/QualitySettings.h"
#include "store/Flags.h"

namespace tally {

Status applyQualityFlags(Project& project, const QStringList& checks, ExportFilter* filter,
                         ExportInputs* inputs)
{
    for (const QString& c : checks)
        if (!QualitySettings::find(c))
            return Error{{},
                         QualitySettings::tr("unknown check “%1” (known: %2)")
                             .arg(c, QualitySettings::checkNames().join(", "))};
    const Flags flags(project);
    const QMap<QString, qint64> counts = flags.activeCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        inputs->qualityCounts.insert(it.key(), int(it.value()));
    if (checks.isEmpty())
        return {};
    filter->skipFlagged = flags.activeSamples(checks);
    for (const QString& c : std::as_const(filter->skipFlagged))
        ++inputs->droppedByCheck[c];
    return {};
}

} // namespace tally
