#include "quality/FlagTriage.h"

#include "quality/QualitySettings.h"
#include "store/Project.h"

#include <algorithm>

namespace tally {

QStringList FlagTriage::checksFor(const QString& check)
{
    return check.isEmpty() ? QualitySettings::checkNames() : QStringList{check};
}

QList<qint64> FlagTriage::flaggedSamples(Project& project, const QStringList& checks)
{
    const QHash<qint64, QString> active = Flags(project).activeSamples(checks);
    QList<qint64> ids = active.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<FlagRecord> FlagTriage::activeFlagsOf(Project& project, qint64 sampleId,
                                            const QStringList& checks)
{
    QList<FlagRecord> out;
    const QList<FlagRecord> rows = Flags(project).history(sampleId);
    for (const QString& check : checks)
        for (const FlagRecord& f : rows)
            if (f.isActive() && f.check == check)
                out << f;
    return out;
}

QStringList FlagTriage::checksOf(const QList<FlagRecord>& flags)
{
    QStringList out;
    for (const FlagRecord& f : flags)
        if (!out.contains(f.check))
            out << f.check;
    return out;
}

QString FlagTriage::defaultKeepReason()
{
    return tr("kept after review");
}

Result<QList<qint64>> FlagTriage::keep(Project& project, qint64 sampleId, const QStringList& checks,
                                       qint64 annotatorId, const QString& reason)
{
    const QString why = reason.trimmed().isEmpty() ? defaultKeepReason() : reason.trimmed();
    const QStringList named = checksOf(activeFlagsOf(project, sampleId, checks));
    if (named.isEmpty())
        return Error{
            project.path(),
            tr("the sample has no active flag of %1").arg(checks.join(QStringLiteral(", ")))};
    Flags flags(project);
    QList<qint64> done;
    for (const QString& check : named) {
        Result<QList<qint64>> r = flags.dismiss(sampleId, check, annotatorId, why);
        if (!r) {
            undoKeep(project, done, annotatorId); // all or nothing
            return r.error();
        }
        done << r.value();
    }
    return done;
}

Status FlagTriage::undoKeep(Project& project, const QList<qint64>& flagIds, qint64 annotatorId)
{
    Flags flags(project);
    Status first;
    for (const qint64 id : flagIds)
        if (Status s = flags.undismiss(id, annotatorId); !s && first.isOk())
            first = s;
    return first;
}

QString FlagTriage::rejectReason(const QStringList& checks)
{
    return QStringLiteral("quality: ") + checks.join(QStringLiteral(", "));
}

bool FlagTriage::offersTrim(const QStringList& checks)
{
    return checks.contains(QStringLiteral("wrong-length")) ||
           checks.contains(QStringLiteral("truncated-event"));
}

} // namespace tally
