// Project: the samples and classes it holds (the part of Project.h under "samples").
#include "store/AuditedEdit.h"
#include "store/ClassHotkeys.h"
#include "store/Project.h"
#include "store/SampleScan.h"
#include "store/SqliteRows.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tally {

namespace {

Error sqlError(const QString& path, const QSqlError& e)
{
    return Error{path, e.text()};
}

// withAdded false: the added time is left unset (parsing it costs more than the rest).
SampleRecord recordFromQuery(const QSqlQuery& q, bool withAdded = true)
{
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
    if (withAdded)
        r.added = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    r.width = q.value(16).toInt();
    r.height = q.value(17).toInt();
    return r;
}

const QString kSampleSelect = QStringLiteral(
    "SELECT s.id, s.path, s.kind, s.content_hash, c.name, s.group_key, s.duration_sec,"
    " s.rate_hz, s.channels, s.frames, s.rms_dbfs, s.peak, s.clipped_fraction,"
    " s.licence, s.source, s.added, s.width, s.height FROM samples s LEFT JOIN classes c ON c.id = "
    "s.class_id ");

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

// Looks up (or creates, inside the caller's transaction) the id of each class named.
static bool classIds(detail::AuditedEdit& e, const std::vector<SampleRecord>& records,
                     QHash<QString, qint64>* ids)
{
    QSqlQuery& sel = e.sql().get(QStringLiteral("SELECT id FROM classes WHERE name = ?"));
    QSqlQuery& ins =
        e.sql().get(QStringLiteral("INSERT INTO classes(name, hotkey) VALUES (?,?) RETURNING id"));
    for (const SampleRecord& r : records) {
        if (r.className.isEmpty() || ids->contains(r.className))
            continue;
        sel.bindValue(0, r.className);
        if (!e.run(sel))
            return false;
        qint64 id = sel.next() ? sel.value(0).toLongLong() : 0;
        sel.finish();
        if (id == 0) {
            ins.bindValue(0, r.className);
            ins.bindValue(1, textOrNull(classhotkeys::freeHotkey(e.sql(), r.className)));
            if ((id = e.insertReturningId(ins)) <= 0)
                return false;
        }
        ids->insert(r.className, id);
    }
    return true;
}

// The values of r as insertSamples() binds them (`now` when r.added is not set).
static QVariantList sampleValues(const SampleRecord& r, const QHash<QString, qint64>& classIds,
                                 const QString& now)
{
    return {r.path,
            int(r.kind),
            textOrNull(r.contentHash),
            r.className.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                  : QVariant(classIds.value(r.className)),
            textOrNull(r.groupKey),
            r.durationSec,
            r.rateHz,
            r.channels,
            r.frames,
            r.rmsDbfs,
            r.peak,
            r.clippedFraction,
            textOrNull(r.licence),
            textOrNull(r.source),
            r.added.isValid() ? r.added.toUTC().toString(Qt::ISODateWithMs) : now,
            r.width,
            r.height};
}

Status Project::insertSamples(std::vector<SampleRecord>& records, int* duplicates)
{
    int dup = 0;
    const Status s = detail::auditedEdit(*this, [&](detail::AuditedEdit& e) -> Status {
        QHash<QString, qint64> ids;
        if (!classIds(e, records, &ids))
            return e.sqlFailure();
        QSqlQuery& q = e.sql().get(QStringLiteral(
            "INSERT INTO samples(path, kind, content_hash, class_id, group_key, duration_sec,"
            " rate_hz, channels, frames, rms_dbfs, peak, clipped_fraction, licence, source, added,"
            " width, height) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(path) DO NOTHING RETURNING id"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (SampleRecord& r : records) {
            detail::bindAll(q, sampleValues(r, ids, now));
            const qint64 id = e.insertReturningId(q);
            if (id < 0)
                return e.sqlFailure();
            r.id = id; // 0: the path is already in the project
            dup += id == 0 ? 1 : 0;
        }
        return {};
    });
    if (!s) {
        for (SampleRecord& r : records)
            r.id = 0;
        return s;
    }
    if (duplicates)
        *duplicates = dup;
    return {};
}

std::vector<SampleRecord> Project::samples() const
{
    std::vector<SampleRecord> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(kSampleSelect + QStringLiteral("ORDER BY s.id")))
        return out;
    while (q.next())
        out.push_back(recordFromQuery(q));
    return out;
}

namespace {

// forEachSample() read straight from SQLite (store/SqliteRows.h): the same columns, text
// converted the way QtSql converts it, without a QVariant per column.
Status forEachSampleRaw(sqlite3* db, const Project& project, const SampleVisitor& fn,
                        bool onlyWithMetadata)
{
    QString sql = kSampleSelect;
    sql.replace(QStringLiteral(" FROM samples s"),
                QStringLiteral(", s.split, s.metadata FROM samples s"));
    if (onlyWithMetadata)
        sql += QStringLiteral("WHERE s.metadata IS NOT NULL ");
    const QByteArray text = (sql + QStringLiteral("ORDER BY s.id")).toUtf8();
    const detail::ReadPassCache smallCache(db);
    detail::SqliteRows q(db, text.constData());
    SampleRecord r;
    while (q.next()) {
        r.id = q.int64(0);
        r.path = q.string(1);
        r.kind = SampleKind(q.int64(2));
        r.contentHash = q.string(3);
        r.className = q.string(4);
        r.groupKey = q.string(5);
        r.durationSec = q.real(6);
        r.rateHz = int(q.int64(7));
        r.channels = int(q.int64(8));
        r.frames = q.int64(9);
        r.rmsDbfs = q.real(10);
        r.peak = q.real(11);
        r.clippedFraction = q.real(12);
        r.licence = q.string(13);
        r.source = q.string(14);
        r.width = int(q.int64(16));
        r.height = int(q.int64(17));
        fn(r, q.string(18), q.string(19));
    }
    return q.ok() ? Status() : q.error(project.path());
}

} // namespace

Status forEachSample(const Project& project, const SampleVisitor& fn, bool onlyWithMetadata)
{
    if (sqlite3* db = detail::sqliteHandle(project.db()))
        return forEachSampleRaw(db, project, fn, onlyWithMetadata);
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    // The columns of kSampleSelect, then split and metadata.
    QString sql = kSampleSelect;
    sql.replace(QStringLiteral(" FROM samples s"),
                QStringLiteral(", s.split, s.metadata FROM samples s"));
    if (onlyWithMetadata)
        sql += QStringLiteral("WHERE s.metadata IS NOT NULL ");
    if (!q.exec(sql + QStringLiteral("ORDER BY s.id")))
        return sqlError(project.path(), q.lastError());
    while (q.next()) {
        SampleRecord r = recordFromQuery(q, false);
        fn(r, q.value(18).toString(), q.value(19).toString());
    }
    if (q.lastError().isValid())
        return sqlError(project.path(), q.lastError());
    return {};
}

Result<QStringList> distinctSampleMetadata(const Project& project)
{
    static const char* const kSql =
        "SELECT DISTINCT metadata FROM samples WHERE metadata IS NOT NULL AND metadata <> ''";
    QStringList out;
    if (sqlite3* db = detail::sqliteHandle(project.db())) {
        const detail::ReadPassCache smallCache(db); // a whole-table pass
        detail::SqliteRows q(db, kSql);
        while (q.next())
            out << q.string(0);
        if (!q.ok())
            return q.error(project.path());
        return out;
    }
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSql)))
        return sqlError(project.path(), q.lastError());
    while (q.next())
        out << q.value(0).toString();
    if (q.lastError().isValid())
        return sqlError(project.path(), q.lastError());
    return out;
}

Result<SampleRecord> Project::sample(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(kSampleSelect + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (!q.next())
        return Error{m_path, tr("no sample with id %1").arg(id)};
    return recordFromQuery(q);
}

Result<SampleRecord> Project::sampleByPath(const QString& storedPath) const
{
    QSqlQuery q(db());
    q.prepare(kSampleSelect + QStringLiteral("WHERE s.path = ?"));
    q.addBindValue(storedPath);
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (!q.next())
        return Error{storedPath, tr("no such sample in the project")};
    return recordFromQuery(q);
}

qint64 Project::sampleIdByPath(const QString& storedPath) const
{
    QSqlQuery& q = statements().get(QStringLiteral("SELECT id FROM samples WHERE path = ?"));
    q.bindValue(0, storedPath);
    if (!q.exec())
        return 0;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

qint64 Project::sampleCount() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM samples")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

double Project::totalDurationSec() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(duration_sec), 0) FROM samples")) && q.next()
               ? q.value(0).toDouble()
               : 0.0;
}

QMap<SampleKind, qint64> sampleKindCounts(const Project& project)
{
    QMap<SampleKind, qint64> counts;
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT kind, COUNT(*) FROM samples GROUP BY kind")))
        while (q.next())
            counts.insert(SampleKind(q.value(0).toInt()), q.value(1).toLongLong());
    return counts;
}

QHash<QString, qint64> Project::classCounts() const
{
    QHash<QString, qint64> counts;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT c.name, COUNT(s.id) FROM classes c"
                               " LEFT JOIN samples s ON s.class_id = c.id GROUP BY c.id")))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

QStringList Project::classNames() const
{
    QStringList names;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT name FROM classes ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

} // namespace tally
