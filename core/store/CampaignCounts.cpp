// Campaigns: progress counts and the order clips are offered for listening.
#include "store/Campaigns.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonDocument>

namespace tally {

using detail::StatementCache;

namespace {

// Rows of (key, clips, passed) from q, already bound.
QList<CollectCount> countRows(QSqlQuery& q)
{
    QList<CollectCount> out;
    QSqlError err;
    if (!detail::run(q, &err))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return out;
}

qint64 oneNumber(QSqlQuery& q)
{
    QSqlError err;
    if (!detail::run(q, &err) || !q.next())
        return 0;
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

// The one number `sql` selects for sampleId; 0 when there is no row.
qint64 numberFor(StatementCache& c, const QString& sql, qint64 sampleId)
{
    QSqlQuery& q = c.get(sql);
    q.bindValue(0, sampleId);
    return oneNumber(q);
}

} // namespace

qint64 Campaigns::campaignOfClip(qint64 sampleId) const
{
    return numberFor(m_project.statements(),
                     QStringLiteral("SELECT s.campaign_id FROM collect_clips c JOIN"
                                    " collect_sessions s ON s.id = c.session_id"
                                    " WHERE c.sample_id = ?"),
                     sampleId);
}

qint64 Campaigns::sessionOfClip(qint64 sampleId) const
{
    return numberFor(m_project.statements(),
                     QStringLiteral("SELECT session_id FROM collect_clips WHERE sample_id = ?"),
                     sampleId);
}

qint64 Campaigns::promptOfClip(qint64 sampleId) const
{
    return numberFor(m_project.statements(),
                     QStringLiteral("SELECT prompt_id FROM collect_clips WHERE sample_id = ?"),
                     sampleId);
}

qint64 Campaigns::annotatorOfClip(qint64 sampleId) const
{
    return numberFor(m_project.statements(),
                     QStringLiteral("SELECT s.annotator_id FROM collect_clips c JOIN"
                                    " collect_sessions s ON s.id = c.session_id"
                                    " WHERE c.sample_id = ?"),
                     sampleId);
}

CampaignCounts Campaigns::counts(qint64 campaignId) const
{
    StatementCache& c = m_project.statements();
    CampaignCounts out;
    QSqlQuery& p = c.get(QStringLiteral(
        "SELECT p.text, COUNT(cc.sample_id), COALESCE(SUM(cc.passed), 0) FROM campaign_prompts p"
        " LEFT JOIN collect_clips cc ON cc.prompt_id = p.id WHERE p.campaign_id = ?"
        " GROUP BY p.id ORDER BY p.position"));
    p.bindValue(0, campaignId);
    out.perPrompt = countRows(p);
    QSqlQuery& v = c.get(
        QStringLiteral("SELECT s.speaker, COUNT(cc.sample_id), COALESCE(SUM(cc.passed), 0)"
                       " FROM collect_sessions s LEFT JOIN collect_clips cc ON cc.session_id = s.id"
                       " WHERE s.campaign_id = ? GROUP BY s.speaker ORDER BY s.speaker"));
    v.bindValue(0, campaignId);
    out.perVolunteer = countRows(v);
    QSqlQuery& n =
        c.get(QStringLiteral("SELECT COUNT(*) FROM collect_sessions WHERE campaign_id = ?"));
    n.bindValue(0, campaignId);
    out.sessions = oneNumber(n);
    QSqlQuery& votes = c.get(QStringLiteral(
        "SELECT COUNT(*) FROM votes v JOIN collect_clips cc ON cc.sample_id = v.sample_id"
        " JOIN collect_sessions s ON s.id = cc.session_id WHERE s.campaign_id = ?"));
    votes.bindValue(0, campaignId);
    out.votes = oneNumber(votes);
    return out;
}

QList<CollectedClip> Campaigns::clips(qint64 campaignId) const
{
    QSqlQuery& q = m_project.statements().get(QStringLiteral(
        "SELECT cc.sample_id, sm.path, cl.name, sm.group_key, sm.consent, sm.licence, sm.owner,"
        " sm.metadata, p.text, cc.passed,"
        " (SELECT COUNT(*) FROM votes v WHERE v.sample_id = cc.sample_id AND v.up),"
        " (SELECT COUNT(*) FROM votes v WHERE v.sample_id = cc.sample_id AND NOT v.up)"
        " FROM collect_clips cc JOIN collect_sessions s ON s.id = cc.session_id"
        " JOIN samples sm ON sm.id = cc.sample_id JOIN campaign_prompts p ON p.id = cc.prompt_id"
        " LEFT JOIN classes cl ON cl.id = sm.class_id WHERE s.campaign_id = ?"
        " ORDER BY cc.at, cc.sample_id"));
    q.bindValue(0, campaignId);
    QList<CollectedClip> out;
    QSqlError err;
    if (!detail::run(q, &err))
        return out;
    while (q.next()) {
        CollectedClip c;
        c.sampleId = q.value(0).toLongLong();
        c.path = q.value(1).toString();
        c.className = q.value(2).toString();
        c.group = q.value(3).toString();
        if (!q.value(4).isNull())
            c.consent = q.value(4).toInt() != 0;
        c.licence = q.value(5).toString();
        c.owner = q.value(6).toString();
        c.metadata = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        c.prompt = q.value(8).toString();
        c.passed = q.value(9).toInt() != 0;
        c.up = q.value(10).toInt();
        c.down = q.value(11).toInt();
        out.append(c);
    }
    q.finish();
    return out;
}

std::optional<qint64> Campaigns::nextToListen(const VolunteerSession& session,
                                              const QList<qint64>& skipped) const
{
    QSqlQuery& q = m_project.statements().get(QStringLiteral(
        "SELECT cc.sample_id FROM collect_clips cc JOIN collect_sessions s ON s.id = cc.session_id"
        " WHERE s.campaign_id = ? AND s.annotator_id <> ? AND NOT EXISTS (SELECT 1 FROM votes v"
        " WHERE v.sample_id = cc.sample_id AND v.annotator_id = ?)"
        " ORDER BY (SELECT COUNT(*) FROM votes v WHERE v.sample_id = cc.sample_id), cc.at,"
        " cc.sample_id"));
    detail::bindAll(q, {session.campaignId, session.annotatorId, session.annotatorId});
    QSqlError err;
    if (!detail::run(q, &err))
        return std::nullopt;
    std::optional<qint64> found;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!skipped.contains(id)) {
            found = id;
            break;
        }
    }
    q.finish();
    return found;
}

} // namespace tally
