#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace tally::detail {

QSqlQuery& StatementCache::get(const QString& sql)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    q->prepare(sql);
    QSqlQuery& ref = *q;
    m_queries.emplace(sql, std::move(q));
    return ref;
}

WriteTransaction::WriteTransaction(StatementCache& cache) : m_cache(cache)
{
    QSqlQuery& q = m_cache.get(QStringLiteral("BEGIN IMMEDIATE"));
    m_began = q.exec();
    if (!m_began)
        m_error = q.lastError();
}

WriteTransaction::~WriteTransaction()
{
    if (m_began && !m_done)
        m_cache.get(QStringLiteral("ROLLBACK")).exec();
}

bool WriteTransaction::commit()
{
    if (!m_began || m_done)
        return false;
    QSqlQuery& q = m_cache.get(QStringLiteral("COMMIT"));
    if (!q.exec()) {
        m_error = q.lastError();
        return false; // the destructor rolls back
    }
    m_done = true;
    return true;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant jsonOrNull(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QVariant(QMetaType(QMetaType::QString));
}

bool writeAudit(StatementCache& cache, qint64 annotatorId, const QString& action, qint64 sampleId,
                const QJsonValue& before, const QJsonValue& after, QSqlError* error)
{
    QSqlQuery& q = cache.get(QStringLiteral("INSERT INTO audit(at, annotator_id, action, "
                                            "sample_id, before, after) VALUES (?,?,?,?,?,?)"));
    q.bindValue(0, nowUtc());
    q.bindValue(1, idOrNull(annotatorId));
    q.bindValue(2, action);
    q.bindValue(3, idOrNull(sampleId));
    q.bindValue(4, jsonOrNull(before));
    q.bindValue(5, jsonOrNull(after));
    return run(q, error);
}

bool run(QSqlQuery& q, QSqlError* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < int(values.size()); ++i)
        q.bindValue(i, values[i]);
}

qint64 insertReturningId(QSqlQuery& q, QSqlError* error)
{
    if (!run(q, error))
        return -1;
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

int anyRow(QSqlQuery& q, const QVariant* values, int count, QSqlError* error)
{
    for (int i = 0; i < count; ++i)
        q.bindValue(i, values[i]);
    if (!run(q, error))
        return -1;
    const int found = q.next() ? 1 : 0;
    q.finish();
    return found;
}

int rowExists(StatementCache& cache, const QString& table, qint64 id)
{
    const QVariant value(id);
    return anyRow(cache.get(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table)), &value, 1);
}

Status checkIds(StatementCache& cache, qint64 sampleId, qint64 annotatorId, qint64 classId)
{
    if (rowExists(cache, QStringLiteral("samples"), sampleId) != 1)
        return Error{
            {}, QCoreApplication::translate("tally::Store", "no sample with id %1").arg(sampleId)};
    if (rowExists(cache, QStringLiteral("annotators"), annotatorId) != 1)
        return Error{{},
                     QCoreApplication::translate("tally::Store", "no annotator with id %1")
                         .arg(annotatorId)};
    return checkClassId(cache, classId);
}

Status checkClassId(StatementCache& cache, qint64 classId)
{
    if (classId != 0 && rowExists(cache, QStringLiteral("classes"), classId) != 1)
        return Error{
            {}, QCoreApplication::translate("tally::Store", "no class with id %1").arg(classId)};
    return {};
}

Status checkBoxShape(double x, double y, double w, double h)
{
    if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(w) || !std::isfinite(h))
        return Error{{},
                     QCoreApplication::translate("tally::Store", "a box needs finite coordinates")};
    if (!(w > 0.0) || !(h > 0.0))
        return Error{{},
                     QCoreApplication::translate(
                         "tally::Store", "a box must have a positive width and height (%1 × %2)")
                         .arg(w)
                         .arg(h)};
    return {};
}

} // namespace tally::detail
