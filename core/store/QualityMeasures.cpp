#include "store/QualityMeasures.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonDocument>
#include <optional>

namespace tally {

Status QualityMeasures::put(const std::vector<StoredMeasure>& measures)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q = e.sql().get(QStringLiteral(
            "INSERT INTO quality_measures(sample_id, content_hash, measure_version, parameters,"
            " measured, fingerprint, loud_mask, at) VALUES (?,?,?,?,?,?,?,?)"
            " ON CONFLICT(sample_id) DO UPDATE SET content_hash = excluded.content_hash,"
            " measure_version = excluded.measure_version, parameters = excluded.parameters,"
            " measured = excluded.measured, fingerprint = excluded.fingerprint,"
            " loud_mask = excluded.loud_mask, at = excluded.at"));
        const QString now = detail::nowUtc();
        for (const StoredMeasure& m : measures) {
            detail::bindAll(
                q, {m.sampleId, detail::textOrNull(m.contentHash), m.version, m.parameters,
                    QString::fromUtf8(QJsonDocument(m.measured).toJson(QJsonDocument::Compact)),
                    m.fingerprint.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(m.fingerprint),
                    m.loudMask.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                         : QVariant(m.loudMask),
                    now});
            if (!e.run(q))
                return e.sqlFailure();
        }
        return {};
    });
}

Result<QHash<qint64, MeasureKey>> QualityMeasures::keys() const
{
    QSqlQuery& q = m_project.statements().get(QStringLiteral(
        "SELECT sample_id, content_hash, measure_version, parameters FROM quality_measures"));
    QHash<qint64, MeasureKey> out;
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   MeasureKey{q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    q.finish();
    return out;
}

Result<QHash<qint64, MeasureKey>> QualityMeasures::keys(const QList<qint64>& ids) const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT content_hash, measure_version, parameters FROM quality_measures"
                       " WHERE sample_id = ?"));
    QHash<qint64, MeasureKey> out;
    for (const qint64 id : ids) {
        detail::bindAll(q, {id});
        if (!q.exec())
            return detail::sqlError(m_project.path(), q.lastError());
        if (q.next())
            out.insert(
                id, MeasureKey{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()});
        q.finish();
    }
    return out;
}

namespace {

StoredMeasure measureFrom(const QSqlQuery& q)
{
    StoredMeasure m;
    m.sampleId = q.value(0).toLongLong();
    m.contentHash = q.value(1).toString();
    m.version = q.value(2).toInt();
    m.parameters = q.value(3).toString();
    m.measured = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    m.fingerprint = q.value(5).toByteArray();
    m.loudMask = q.value(6).toByteArray();
    return m;
}

} // namespace

Status QualityMeasures::forEachOf(const QList<qint64>& ids,
                                  const std::function<void(StoredMeasure&&)>& fn) const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT sample_id, content_hash, measure_version, parameters,"
                       " measured, fingerprint, loud_mask FROM quality_measures"
                       " WHERE sample_id = ?"));
    for (const qint64 id : ids) {
        detail::bindAll(q, {id});
        if (!q.exec())
            return detail::sqlError(m_project.path(), q.lastError());
        std::optional<StoredMeasure> m;
        if (q.next())
            m = measureFrom(q);
        q.finish();
        if (m)
            fn(std::move(*m));
    }
    return {};
}

Status
QualityMeasures::forEachFingerprint(const std::function<void(StoredMeasure&&, int kind)>& fn) const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT q.sample_id, q.content_hash, q.fingerprint, q.loud_mask, s.kind"
                           " FROM quality_measures q JOIN samples s ON s.id = q.sample_id"
                           " WHERE q.fingerprint IS NOT NULL"
                           " AND (q.content_hash IS s.content_hash) ORDER BY q.sample_id")))
        return detail::sqlError(m_project.path(), q.lastError());
    while (q.next()) {
        StoredMeasure m;
        m.sampleId = q.value(0).toLongLong();
        m.contentHash = q.value(1).toString();
        m.fingerprint = q.value(2).toByteArray();
        m.loudMask = q.value(3).toByteArray();
        fn(std::move(m), q.value(4).toInt());
    }
    if (q.lastError().isValid())
        return detail::sqlError(m_project.path(), q.lastError());
    return {};
}

Status QualityMeasures::forEach(const std::function<void(StoredMeasure&&)>& fn) const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sample_id, content_hash, measure_version, parameters,"
                               " measured, fingerprint, loud_mask FROM quality_measures"
                               " ORDER BY sample_id")))
        return detail::sqlError(m_project.path(), q.lastError());
    while (q.next())
        fn(measureFrom(q));
    return {};
}

} // namespace tally
