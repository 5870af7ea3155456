#include "store/SeriesTrends.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace tally {

const QStringList& seriesFeatureColumns()
{
    static const QStringList kColumns{
        QStringLiteral("rms"),      QStringLiteral("peak"),     QStringLiteral("crest"),
        QStringLiteral("kurtosis"), QStringLiteral("skewness"), QStringLiteral("bpfo"),
        QStringLiteral("bpfi"),     QStringLiteral("bsf"),      QStringLiteral("ftf")};
    return kColumns;
}

namespace {

QString featureInsertSql()
{
    return QStringLiteral("INSERT INTO series_features(sample_id, channel, %1)"
                          " VALUES (?, ?%2)")
        .arg(seriesFeatureColumns().join(QStringLiteral(", ")),
             QStringLiteral(", ?").repeated(kSeriesFeatureCount));
}

bool insertFeatures(detail::StatementCache& c, qint64 sampleId,
                    const std::vector<SeriesChannelFeatures>& channels, QSqlError* err)
{
    QSqlQuery& q = c.get(featureInsertSql());
    for (const SeriesChannelFeatures& f : channels) {
        QVariantList values{sampleId, f.channel};
        for (double v : f.values)
            values << (std::isfinite(v) ? QVariant(v) : QVariant(QMetaType(QMetaType::Double)));
        detail::bindAll(q, values);
        if (!detail::run(q, err))
            return false;
    }
    return true;
}

} // namespace

bool detail::insertSeriesSnapshot(StatementCache& c, qint64 sampleId, const SeriesSnapshot& s,
                                  QSqlError* err)
{
    QSqlQuery& q = c.get(
        QStringLiteral("INSERT INTO series_snapshots(sample_id, run, time) VALUES (?, ?, ?)"));
    detail::bindAll(q, {sampleId, s.run, detail::textOrNull(s.time)});
    return detail::run(q, err) && insertFeatures(c, sampleId, s.channels, err);
}

Result<QStringList> SeriesTrends::runs() const
{
    QSqlQuery q(m_project.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT run FROM series_snapshots ORDER BY run")))
        return detail::sqlError(m_project.path(), q.lastError());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<int> SeriesTrends::channelCount(const QString& run) const
{
    QSqlQuery q(m_project.db());
    q.prepare(QStringLiteral("SELECT MAX(f.channel), COUNT(DISTINCT s.sample_id)"
                             " FROM series_snapshots s LEFT JOIN series_features f"
                             " ON f.sample_id = s.sample_id WHERE s.run = ?"));
    q.addBindValue(run);
    if (!q.exec() || !q.next())
        return detail::sqlError(m_project.path(), q.lastError());
    if (q.value(1).toLongLong() == 0)
        return Error{m_project.path(), tr("no run “%1” with sensor snapshots").arg(run)};
    return q.value(0).toInt();
}

Result<std::vector<TrendPoint>> SeriesTrends::trend(const QString& run, int channel) const
{
    const Result<int> channels = channelCount(run);
    if (!channels)
        return channels.error();
    if (channel < 1 || channel > channels.value())
        return Error{m_project.path(), tr("run “%1” has channels 1 to %2, not %3")
                                           .arg(run)
                                           .arg(channels.value())
                                           .arg(channel)};
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.sample_id, p.path, s.time, %1 FROM series_snapshots s"
                             " JOIN samples p ON p.id = s.sample_id"
                             " LEFT JOIN series_features f ON f.sample_id = s.sample_id"
                             " AND f.channel = ? WHERE s.run = ? ORDER BY s.time, p.path")
                  .arg(QStringLiteral("f.") + seriesFeatureColumns().join(QStringLiteral(", f."))));
    q.addBindValue(channel);
    q.addBindValue(run);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    std::vector<TrendPoint> out;
    while (q.next()) {
        TrendPoint p;
        p.sampleId = q.value(0).toLongLong();
        p.path = q.value(1).toString();
        p.time = q.value(2).toString();
        for (int i = 0; i < kSeriesFeatureCount; ++i) {
            const QVariant v = q.value(3 + i);
            p.values[size_t(i)] = v.isNull() ? std::nan("") : v.toDouble();
        }
        out.push_back(std::move(p));
    }
    if (q.lastError().isValid())
        return detail::sqlError(m_project.path(), q.lastError());
    return out;
}

Result<std::vector<qint64>> SeriesTrends::snapshotsBetween(const QString& run, const QString& from,
                                                           const QString& to) const
{
    QSqlQuery q(m_project.db());
    q.prepare(QStringLiteral("SELECT sample_id FROM series_snapshots WHERE run = ?"
                             " AND time >= ? AND time <= ? ORDER BY time, sample_id"));
    q.addBindValue(run);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return detail::sqlError(m_project.path(), q.lastError());
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

Result<std::vector<std::pair<qint64, QString>>> SeriesTrends::snapshotOrder() const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.sample_id, s.run FROM series_snapshots s"
                               " JOIN samples p ON p.id = s.sample_id"
                               " ORDER BY s.run, s.time, p.path")))
        return detail::sqlError(m_project.path(), q.lastError());
    std::vector<std::pair<qint64, QString>> out;
    while (q.next())
        out.emplace_back(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Status SeriesTrends::replaceFeatures(
    const std::vector<std::pair<qint64, std::vector<SeriesChannelFeatures>>>& samples)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& del =
            e.sql().get(QStringLiteral("DELETE FROM series_features WHERE sample_id = ?"));
        for (const auto& [id, channels] : samples) {
            detail::bindAll(del, {id});
            if (!e.run(del) || !insertFeatures(e.sql(), id, channels, &e.lastError()))
                return e.sqlFailure();
        }
        return {};
    });
}

} // namespace tally
