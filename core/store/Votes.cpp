#include "store/Votes.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/StoreSql.h"

#include <QJsonObject>

namespace tally {

namespace {

QJsonValue voteJson(std::optional<bool> up)
{
    return up ? QJsonValue(QJsonObject{{QStringLiteral("up"), *up}}) : QJsonValue();
}

} // namespace

Result<std::optional<bool>> Votes::setVote(qint64 sampleId, qint64 annotatorId,
                                           std::optional<bool> up)
{
    return detail::auditedEdit(
        m_project, [&](detail::AuditedEdit& e) -> Result<std::optional<bool>> {
            if (Status s = detail::checkIds(e.sql(), sampleId, annotatorId, 0); !s)
                return s.error();
            const std::optional<bool> previous = voteOf(sampleId, annotatorId);
            if (previous == up)
                return previous; // nothing changes
            QSqlQuery* q = nullptr;
            if (up) {
                q = &e.sql().get(QStringLiteral(
                    "INSERT INTO votes(sample_id, annotator_id, up, at) VALUES (?,?,?,?)"
                    " ON CONFLICT(sample_id, annotator_id) DO UPDATE SET up = excluded.up,"
                    " at = excluded.at"));
                detail::bindAll(*q, {sampleId, annotatorId, *up ? 1 : 0, detail::nowUtc()});
            } else {
                q = &e.sql().get(
                    QStringLiteral("DELETE FROM votes WHERE sample_id = ? AND annotator_id = ?"));
                detail::bindAll(*q, {sampleId, annotatorId});
            }
            if (!e.run(*q))
                return e.sqlFailure();
            e.audit(annotatorId, QStringLiteral("vote"), sampleId, voteJson(previous),
                    voteJson(up));
            return previous;
        });
}

std::optional<bool> Votes::voteOf(qint64 sampleId, qint64 annotatorId) const
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT up FROM votes WHERE sample_id = ? AND annotator_id = ?"));
    q.bindValue(0, sampleId);
    q.bindValue(1, annotatorId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const bool up = q.value(0).toInt() != 0;
    q.finish();
    return up;
}

QList<VoteRecord> Votes::votesOf(qint64 sampleId) const
{
    QList<VoteRecord> out;
    QSqlQuery& q = m_project.statements().get(QStringLiteral(
        "SELECT v.sample_id, v.annotator_id, a.name, v.up, v.at FROM votes v"
        " JOIN annotators a ON a.id = v.annotator_id WHERE v.sample_id = ? ORDER BY a.name"));
    q.bindValue(0, sampleId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(VoteRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toString(), q.value(3).toInt() != 0,
                              QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    q.finish();
    return out;
}

VoteCounts Votes::voteCounts(qint64 sampleId) const
{
    VoteCounts v;
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("SELECT s.imported_up, s.imported_down,"
                       " (SELECT COUNT(*) FROM votes WHERE sample_id = s.id AND up <> 0),"
                       " (SELECT COUNT(*) FROM votes WHERE sample_id = s.id AND up = 0) FROM "
                       "samples s WHERE s.id = ?"));
    q.bindValue(0, sampleId);
    if (!q.exec() || !q.next())
        return v;
    v.importedUp = q.value(0).toInt();
    v.importedDown = q.value(1).toInt();
    v.up = q.value(2).toInt();
    v.down = q.value(3).toInt();
    q.finish();
    return v;
}

QHash<qint64, VoteCounts> Votes::allVoteCounts() const
{
    QHash<qint64, VoteCounts> out;
    const QHash<qint64, SampleTally> all = Reviews(m_project).tallies();
    out.reserve(all.size());
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        out.insert(it.key(), it->votes);
    return out;
}

QList<VoteRecord> Votes::allVotes() const
{
    QList<VoteRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT v.sample_id, v.annotator_id, a.name, v.up, v.at FROM votes v"
            " JOIN annotators a ON a.id = v.annotator_id ORDER BY v.sample_id, v.annotator_id")))
        while (q.next())
            out.append(VoteRecord{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                  q.value(2).toString(), q.value(3).toInt() != 0,
                                  QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    return out;
}

} // namespace tally
