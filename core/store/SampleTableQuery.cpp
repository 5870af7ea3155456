#include "store/SampleTableQuery.h"

#include "store/Project.h"
#include "store/SqliteRows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tally {

namespace {

Error sqlError(const Project& p, const QSqlQuery& q)
{
    return Error{p.path(), q.lastError().text()};
}

QString orderExpression(SampleTableQuery::Order order)
{
    switch (order) {
    case SampleTableQuery::Order::Path:
        return QStringLiteral("path COLLATE NOCASE");
    case SampleTableQuery::Order::Group:
        return QStringLiteral("COALESCE(group_key, '') COLLATE NOCASE");
    case SampleTableQuery::Order::DurationOrSize:
        return QStringLiteral("CASE WHEN kind = 3 THEN COALESCE(width, 0) * COALESCE(height, 0)"
                              " ELSE COALESCE(duration_sec, 0) END");
    case SampleTableQuery::Order::Rms:
        return QStringLiteral("COALESCE(rms_dbfs, 0)");
    case SampleTableQuery::Order::Peak:
        return QStringLiteral("COALESCE(peak, 0)");
    }
    return QStringLiteral("id");
}

} // namespace

Status SampleTableQuery::forEachIndexRow(const std::function<void(const IndexRow&)>& fn) const
{
    static const char* const kSql =
        "SELECT id, kind, class_id, split, path, group_key FROM samples ORDER BY id";
    IndexRow row;
    if (sqlite3* db = detail::sqliteHandle(m_project.db())) {
        const detail::ReadPassCache cache(db);
        detail::SqliteRows rows(db, kSql);
        while (rows.next()) {
            row.id = rows.int64(0);
            row.kind = SampleKind(rows.int64(1));
            row.classId = rows.int64(2);
            row.split = rows.text(3);
            row.path = rows.text(4);
            row.group = rows.text(5);
            fn(row);
        }
        if (!rows.ok())
            return rows.error(m_project.path());
        return {};
    }
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSql)))
        return sqlError(m_project, q);
    while (q.next()) {
        const QByteArray split = q.value(3).toString().toUtf8();
        const QByteArray path = q.value(4).toString().toUtf8();
        const QByteArray group = q.value(5).toString().toUtf8();
        row.id = q.value(0).toLongLong();
        row.kind = SampleKind(q.value(1).toInt());
        row.classId = q.value(2).toLongLong();
        row.split = split;
        row.path = path;
        row.group = group;
        fn(row);
    }
    if (q.lastError().isValid())
        return sqlError(m_project, q);
    return {};
}

QHash<qint64, QString> SampleTableQuery::classNames() const
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM classes")))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

std::vector<SampleRecord> SampleTableQuery::records(const std::vector<qint64>& ids) const
{
    std::vector<SampleRecord> out;
    if (ids.empty())
        return out;
    QStringList list; // integers only: safe to write into the statement
    list.reserve(qsizetype(ids.size()));
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT s.id, s.path, s.kind, s.content_hash, c.name, s.group_key,"
                           " s.duration_sec, s.rate_hz, s.channels, s.frames, s.rms_dbfs, s.peak,"
                           " s.clipped_fraction, s.licence, s.source, s.added, s.width, s.height"
                           " FROM samples s LEFT JOIN classes c ON c.id = s.class_id"
                           " WHERE s.id IN (%1) ORDER BY s.id")
                .arg(list.join(QLatin1Char(',')))))
        return out;
    out.reserve(ids.size());
    while (q.next()) {
        SampleRecord r;
        r.id = q.value(0).toLongLong();
        r.path = q.value(1).toString();
        r.kind = SampleKind(q.value(2).toInt());
        r.contentHash = q.value(3).toString();
        r.className = q.value(4).toString();
        r.groupKey = q.value(5).toString();
        r.durationSec = q.value(6).toDouble();
        r.rateHz = q.value(7).toInt();
        r.channels = q.value(8).toInt();
        r.frames = q.value(9).toLongLong();
        r.rmsDbfs = q.value(10).toDouble();
        r.peak = q.value(11).toDouble();
        r.clippedFraction = q.value(12).toDouble();
        r.licence = q.value(13).toString();
        r.source = q.value(14).toString();
        r.added = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
        r.width = q.value(16).toInt();
        r.height = q.value(17).toInt();
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<qint64>> SampleTableQuery::idsOrderedBy(Order order, bool descending) const
{
    std::vector<qint64> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    const bool tieDown = descending && order == Order::Path;
    if (!q.exec(QStringLiteral("SELECT id FROM samples ORDER BY %1 %2, id %3")
                    .arg(orderExpression(order),
                         descending ? QStringLiteral("DESC") : QStringLiteral("ASC"),
                         tieDown ? QStringLiteral("DESC") : QStringLiteral("ASC"))))
        return sqlError(m_project, q);
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

QHash<qint64, QPair<int, int>> SampleTableQuery::imageSizes() const
{
    QHash<qint64, QPair<int, int>> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, width, height FROM samples WHERE kind = 3")))
        while (q.next())
            out.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

} // namespace tally
