#include "store/Predictions.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/SqliteRows.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cstring>
#include <numeric>

namespace tally {

namespace {

const QString kSetColumns =
    QStringLiteral("SELECT p.id, p.name, p.source, p.created, p.classes, p.info,"
                   " (SELECT COUNT(*) FROM predictions r WHERE r.set_id = p.id),"
                   " (SELECT COUNT(*) FROM predicted_boxes b WHERE b.set_id = p.id)"
                   " FROM prediction_sets p ");

QByteArray floatBytes(const std::vector<float>& v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size() * sizeof(float)));
}

std::vector<float> bytesFloats(const QByteArray& b)
{
    std::vector<float> v(size_t(b.size()) / sizeof(float));
    if (!v.empty())
        std::memcpy(v.data(), b.constData(), v.size() * sizeof(float));
    return v;
}

PredictionSetInfo setFromQuery(const QSqlQuery& q)
{
    PredictionSetInfo s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.source = q.value(2).toString();
    s.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& c : QJsonDocument::fromJson(q.value(4).toByteArray()).array())
        s.classes << c.toString();
    s.info = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    s.samples = q.value(6).toLongLong();
    s.boxes = q.value(7).toLongLong();
    return s;
}

// Permutation: sorted[k] = classes[order[k]].
std::vector<int> codePointOrder(const QStringList& classes)
{
    std::vector<int> order(size_t(classes.size()));
    std::iota(order.begin(), order.end(), 0);
    const QStringList sorted = sortedByCodePoint(classes);
    for (int k = 0; k < sorted.size(); ++k)
        order[size_t(k)] = int(classes.indexOf(sorted[k]));
    return order;
}

bool insertRow(detail::AuditedEdit& e, qint64 setId, const SamplePrediction& r,
               const std::vector<int>& order)
{
    QSqlQuery& q = e.sql().get(QStringLiteral(
        "INSERT INTO predictions(set_id, sample_id, probs, embedding) VALUES (?, ?, ?, ?)"));
    std::vector<float> probs(r.probs.size());
    for (size_t k = 0; k < probs.size(); ++k)
        probs[k] = r.probs[size_t(order[k])];
    detail::bindAll(q, {setId, r.sampleId,
                        probs.empty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                      : QVariant(floatBytes(probs)),
                        r.embedding.empty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(floatBytes(r.embedding))});
    if (!e.run(q))
        return false;
    QSqlQuery& b = e.sql().get(
        QStringLiteral("INSERT INTO predicted_boxes(set_id, sample_id, class, x, y, w, h, score)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const PredictedBox& box : r.boxes) {
        detail::bindAll(b,
                        {setId, r.sampleId, box.className, box.x, box.y, box.w, box.h, box.score});
        if (!e.run(b))
            return false;
    }
    return true;
}

} // namespace

QHash<QString, qint64> samplePathIds(const Project& project)
{
    QHash<QString, qint64> out;
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, path FROM samples")))
        while (q.next())
            out.insert(q.value(1).toString(), q.value(0).toLongLong());
    return out;
}

QStringList sortedByCodePoint(QStringList classes)
{
    std::sort(classes.begin(), classes.end(), [](const QString& a, const QString& b) {
        const QList<uint> ua = a.toUcs4(), ub = b.toUcs4();
        return std::lexicographical_compare(ua.begin(), ua.end(), ub.begin(), ub.end());
    });
    return classes;
}

Result<qint64> Predictions::write(const QString& name, const QString& source,
                                  const QStringList& classes, const QJsonObject& info,
                                  const std::vector<SamplePrediction>& rows, qint64 byAnnotatorId)
{
    if (name.trimmed().isEmpty())
        return Error{m_project.path(), tr("a prediction set needs a name")};
    for (const SamplePrediction& r : rows)
        if (!r.probs.empty() && r.probs.size() != size_t(classes.size()))
            return Error{m_project.path(), tr("a prediction has %1 probabilities for %2 classes")
                                               .arg(r.probs.size())
                                               .arg(classes.size())};
    const std::vector<int> order = codePointOrder(classes);
    const QStringList sorted = sortedByCodePoint(classes);
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        QSqlQuery& del = e.sql().get(QStringLiteral("DELETE FROM prediction_sets WHERE name = ?"));
        detail::bindAll(del, {name});
        if (!e.run(del))
            return e.sqlFailure();
        const bool replaced = del.numRowsAffected() > 0;
        QSqlQuery& ins = e.sql().get(
            QStringLiteral("INSERT INTO prediction_sets(name, source, created, classes, info)"
                           " VALUES (?, ?, ?, ?, ?) RETURNING id"));
        detail::bindAll(
            ins,
            {name, source, detail::nowUtc(),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact)),
             detail::jsonOrNull(info)});
        const qint64 setId = e.insertReturningId(ins);
        if (setId <= 0)
            return e.sqlFailure();
        for (const SamplePrediction& r : rows)
            if (!insertRow(e, setId, r, order))
                return e.sqlFailure();
        e.audit(byAnnotatorId,
                replaced ? QStringLiteral("predictions.replace")
                         : QStringLiteral("predictions.add"),
                0, {},
                QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("source"), source},
                            {QStringLiteral("samples"), qint64(rows.size())}});
        return setId;
    });
}

Status Predictions::remove(const QString& name, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& del = e.sql().get(QStringLiteral("DELETE FROM prediction_sets WHERE name = ?"));
        detail::bindAll(del, {name});
        if (!e.run(del))
            return e.sqlFailure();
        if (del.numRowsAffected() <= 0)
            return Error{m_project.path(), tr("no prediction set named “%1”").arg(name)};
        e.audit(byAnnotatorId, QStringLiteral("predictions.delete"), 0,
                QJsonObject{{QStringLiteral("name"), name}}, {});
        return {};
    });
}

Result<QList<PredictionSetInfo>> Predictions::list() const
{
    QSqlQuery q(m_project.db());
    if (!q.exec(kSetColumns + QStringLiteral("ORDER BY p.name")))
        return detail::sqlError(m_project.path(), q.lastError());
    QList<PredictionSetInfo> out;
    while (q.next())
        out << setFromQuery(q);
    return out;
}

Result<PredictionSetInfo> Predictions::set(const QString& name) const
{
    QSqlQuery q(m_project.db());
    q.prepare(kSetColumns + QStringLiteral("WHERE p.name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return Error{m_project.path(), tr("no prediction set named “%1”").arg(name)};
    return setFromQuery(q);
}

Result<std::optional<SamplePrediction>> Predictions::of(qint64 setId, qint64 sampleId) const
{
    QSqlQuery q(m_project.db());
    q.prepare(QStringLiteral(
        "SELECT probs, embedding FROM predictions WHERE set_id = ? AND sample_id = ?"));
    q.addBindValue(setId);
    q.addBindValue(sampleId);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    if (!q.next())
        return std::optional<SamplePrediction>();
    SamplePrediction p;
    p.sampleId = sampleId;
    p.probs = bytesFloats(q.value(0).toByteArray());
    p.embedding = bytesFloats(q.value(1).toByteArray());
    QSqlQuery b(m_project.db());
    b.prepare(QStringLiteral("SELECT class, x, y, w, h, score FROM predicted_boxes"
                             " WHERE set_id = ? AND sample_id = ? ORDER BY score DESC, id"));
    b.addBindValue(setId);
    b.addBindValue(sampleId);
    if (!b.exec())
        return detail::sqlError(m_project.path(), b.lastError());
    while (b.next())
        p.boxes.push_back({b.value(0).toString(), b.value(1).toDouble(), b.value(2).toDouble(),
                           b.value(3).toDouble(), b.value(4).toDouble(), b.value(5).toDouble()});
    return std::optional<SamplePrediction>(std::move(p));
}

namespace {

// Streams column `column` (a float BLOB) of the set's rows by sample id.
Status forEachBlob(const Project& project, qint64 setId, const char* sql,
                   const std::function<void(qint64, const float*, int)>& fn)
{
    sqlite3* db = detail::sqliteHandle(project.db());
    if (db) {
        detail::SqliteRows rows(db, sql);
        rows.bind(1, setId);
        std::vector<float> buf;
        while (rows.next()) {
            const QByteArrayView b = rows.blob(1);
            buf.resize(size_t(b.size()) / sizeof(float));
            if (!buf.empty())
                std::memcpy(buf.data(), b.data(), buf.size() * sizeof(float));
            fn(rows.int64(0), buf.data(), int(buf.size()));
        }
        return rows.ok() ? Status() : Status(rows.error(project.path()));
    }
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    q.prepare(QString::fromUtf8(sql));
    q.addBindValue(setId);
    if (!q.exec())
        return detail::sqlError(project.path(), q.lastError());
    while (q.next()) {
        const std::vector<float> v = bytesFloats(q.value(1).toByteArray());
        fn(q.value(0).toLongLong(), v.data(), int(v.size()));
    }
    return {};
}

} // namespace

Status
Predictions::forEachProbs(qint64 setId,
                          const std::function<void(qint64 sampleId, const float* probs)>& fn) const
{
    return forEachBlob(m_project, setId,
                       "SELECT sample_id, probs FROM predictions WHERE set_id = ?"
                       " AND probs IS NOT NULL ORDER BY sample_id",
                       [&](qint64 id, const float* v, int) { fn(id, v); });
}

Status Predictions::forEachEmbedding(
    qint64 setId, const std::function<void(qint64 sampleId, const float* v, int dims)>& fn) const
{
    return forEachBlob(m_project, setId,
                       "SELECT sample_id, embedding FROM predictions WHERE set_id = ?"
                       " AND embedding IS NOT NULL ORDER BY sample_id",
                       fn);
}

} // namespace tally
