#include "store/QualityScope.h"

#include "store/Project.h"
#include "store/Splits.h"
#include "store/StoreSql.h"

namespace tally {

Status forSamplesOf(Project& project, const QList<qint64>& ids, const SampleVisitor& fn)
{
    const Splits splits(project);
    for (const qint64 id : ids) {
        Result<SampleRecord> r = project.sample(id);
        if (!r)
            continue; // no such sample (removed meanwhile)
        fn(r.value(), splits.splitOf(id), QString());
    }
    return {};
}

QList<qint64> samplesWithHash(Project& project, const QString& hash)
{
    QList<qint64> out;
    if (hash.isEmpty())
        return out;
    QSqlQuery& q = project.statements().get(
        QStringLiteral("SELECT id FROM samples WHERE content_hash = ? ORDER BY id"));
    detail::bindAll(q, {hash});
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    q.finish();
    return out;
}

QMap<QString, qint64> firstOfGroupBySplit(Project& project, const QString& group)
{
    QMap<QString, qint64> out;
    if (group.isEmpty())
        return out;
    QSqlQuery& q = project.statements().get(
        QStringLiteral("SELECT split, MIN(id) FROM samples WHERE group_key = ?"
                       " AND split IS NOT NULL AND split <> '' GROUP BY split"));
    detail::bindAll(q, {group});
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

} // namespace tally
