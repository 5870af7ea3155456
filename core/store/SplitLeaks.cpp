#include "store/SplitLeaks.h"

#include "store/Project.h"
#include "store/StoreSql.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace tally {

namespace {

// Pairs from the open duplicate / near-duplicate flags (the flags_open index), with both
// samples' paths and splits.
bool pairLeaks(Project& project, QList<StoredLeak>* out, QSqlError* error)
{
    QSqlQuery& q = project.statements().get(QStringLiteral(
        "SELECT DISTINCT f.other_sample_id, f.sample_id, f.check_name, a.path, b.path,"
        " a.split, b.split FROM flags f"
        " JOIN samples a ON a.id = f.other_sample_id JOIN samples b ON b.id = f.sample_id"
        " WHERE f.check_name IN ('duplicate', 'near-duplicate') AND f.cleared_at IS NULL"
        " AND a.split IS NOT NULL AND a.split <> '' AND b.split IS NOT NULL"
        " AND b.split <> '' AND a.split <> b.split"
        " ORDER BY f.other_sample_id, f.sample_id, f.check_name"));
    if (!detail::run(q, error))
        return false;
    QSet<QPair<qint64, qint64>> seen; // a pair flagged by both checks is listed once
    while (q.next()) {
        const qint64 a = q.value(0).toLongLong();
        const qint64 b = q.value(1).toLongLong();
        if (seen.contains({a, b}))
            continue;
        seen.insert({a, b});
        out->append(StoredLeak{a,
                               b,
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toString(),
                               q.value(5).toString(),
                               q.value(6).toString(),
                               {}});
    }
    q.finish();
    return true;
}

// Groups in two splits or more (the samples_group_split index): group -> split -> first.
bool groupLeaks(Project& project, QList<StoredLeak>* out, QSqlError* error)
{
    QSqlQuery& q = project.statements().get(
        QStringLiteral("SELECT g.group_key, g.split, g.first, s.path FROM"
                       " (SELECT group_key, split, MIN(id) AS first FROM samples"
                       "  WHERE group_key IN (SELECT group_key FROM samples"
                       "   WHERE group_key <> '' AND split IS NOT NULL AND split <> ''"
                       "   GROUP BY group_key HAVING COUNT(DISTINCT split) > 1)"
                       "  AND split IS NOT NULL AND split <> '' GROUP BY group_key, split) g"
                       " JOIN samples s ON s.id = g.first ORDER BY g.group_key, g.split"));
    if (!detail::run(q, error))
        return false;
    struct First
    {
        qint64 id;
        QString path;
    };
    QMap<QString, QMap<QString, First>> groups;
    while (q.next())
        groups[q.value(0).toString()].insert(q.value(1).toString(),
                                             First{q.value(2).toLongLong(), q.value(3).toString()});
    q.finish();
    for (auto g = groups.cbegin(); g != groups.cend(); ++g)
        for (auto x = g->cbegin(); x != g->cend(); ++x)
            for (auto y = std::next(x); y != g->cend(); ++y) {
                const bool xFirst = x->id < y->id;
                const auto& lo = xFirst ? x : y;
                const auto& hi = xFirst ? y : x;
                out->append(StoredLeak{lo->id, hi->id, QStringLiteral("group"), lo->path, hi->path,
                                       lo.key(), hi.key(), g.key()});
            }
    return true;
}

} // namespace

Result<QList<StoredLeak>> storedSplitLeaks(Project& project)
{
    QList<StoredLeak> out;
    QSqlError error;
    if (!pairLeaks(project, &out, &error) || !groupLeaks(project, &out, &error))
        return Error{project.path(), error.text()};
    return out;
}

} // namespace tally
