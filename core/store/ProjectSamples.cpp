// Project: the samples and classes it holds (the part of Project.h under "samples").
#include "store/Project.h"

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

SampleRecord recordFromQuery(const QSqlQuery& q)
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
static bool classIds(QSqlDatabase& db, const std::vector<SampleRecord>& records,
                     QHash<QString, qint64>* ids, QSqlError* error)
{
    QSqlQuery sel(db);
    sel.prepare(QStringLiteral("SELECT id FROM classes WHERE name = ?"));
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO classes(name) VALUES (?)"));
    for (const SampleRecord& r : records) {
        if (r.className.isEmpty() || ids->contains(r.className))
            continue;
        sel.addBindValue(r.className);
        if (!sel.exec()) {
            *error = sel.lastError();
            return false;
        }
        if (sel.next()) {
            ids->insert(r.className, sel.value(0).toLongLong());
        } else {
            ins.addBindValue(r.className);
            if (!ins.exec()) {
                *error = ins.lastError();
                return false;
            }
            ids->insert(r.className, ins.lastInsertId().toLongLong());
        }
        sel.finish();
    }
    return true;
}

Status Project::insertSamples(std::vector<SampleRecord>& records, int* duplicates)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return sqlError(m_path, d.lastError());
    QSqlError err;
    QHash<QString, qint64> ids;
    bool ok = classIds(d, records, &ids, &err);
    QSqlQuery q(d);
    q.prepare(QStringLiteral(
        "INSERT INTO samples(path, kind, content_hash, class_id, group_key, duration_sec,"
        " rate_hz, channels, frames, rms_dbfs, peak, clipped_fraction, licence, source, added,"
        " width, height) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(path) DO NOTHING"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    int dup = 0;
    for (size_t i = 0; ok && i < records.size(); ++i) {
        SampleRecord& r = records[i];
        q.addBindValue(r.path);
        q.addBindValue(int(r.kind));
        q.addBindValue(textOrNull(r.contentHash));
        q.addBindValue(r.className.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                             : QVariant(ids.value(r.className)));
        q.addBindValue(textOrNull(r.groupKey));
        q.addBindValue(r.durationSec);
        q.addBindValue(r.rateHz);
        q.addBindValue(r.channels);
        q.addBindValue(r.frames);
        q.addBindValue(r.rmsDbfs);
        q.addBindValue(r.peak);
        q.addBindValue(r.clippedFraction);
        q.addBindValue(textOrNull(r.licence));
        q.addBindValue(textOrNull(r.source));
        q.addBindValue(r.added.isValid() ? r.added.toUTC().toString(Qt::ISODateWithMs) : now);
        q.addBindValue(r.width);
        q.addBindValue(r.height);
        if (!(ok = q.exec())) {
            err = q.lastError();
            break;
        }
        if (q.numRowsAffected() == 0) {
            ++dup;
            r.id = 0;
        } else {
            r.id = q.lastInsertId().toLongLong();
        }
    }
    if (!ok || !d.commit()) {
        if (ok)
            err = d.lastError();
        d.rollback();
        for (SampleRecord& r : records)
            r.id = 0;
        return sqlError(m_path, err);
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

Result<SampleRecord> Project::sample(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(kSampleSelect + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (!q.next())
        return Error{m_path,
                     QCoreApplication::translate("tally::Project", "no sample with id %1").arg(id)};
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
        return Error{storedPath, QCoreApplication::translate("tally::Project",
                                                             "no such sample in the project")};
    return recordFromQuery(q);
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
    return q.exec(QStringLiteral("SELECT TOTAL(duration_sec) FROM samples")) && q.next()
               ? q.value(0).toDouble()
               : 0.0;
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
