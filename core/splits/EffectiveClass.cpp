#include "splits/EffectiveClass.h"

#include "store/Project.h"

namespace tally {

QString effectiveClassOf(const SampleScan& scan, const ScannedSample& s)
{
    if (s.kind == SampleKind::Background)
        return {};
    return scan.className(s.classId != 0 ? s.classId : s.labelClassId);
}

QHash<qint64, QString> effectiveClasses(Project& project)
{
    QHash<qint64, QString> out;
    const SampleScan scan(project);
    scan.run([&](const ScannedSample& s) {
        const QString cls = effectiveClassOf(scan, s);
        if (!cls.isEmpty())
            out.insert(s.id, cls);
    });
    return out;
}

} // namespace tally
