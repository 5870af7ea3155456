// Campaigns: volunteers' sessions, collected clips, counts and the listening order.
#include "store/AuditedEdit.h"
#include "store/Campaigns.h"
#include "store/Project.h"
#include "store/SampleInsert.h"
#include "store/StoreSql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace tally {

using detail::StatementCache;

namespace {

const QString kSessionColumns =
    QStringLiteral("SELECT id, campaign_id, secret, annotator_id, speaker, demographics, address,"
                   " consent_at FROM collect_sessions");

VolunteerSession sessionOf(const QSqlQuery& q)
{
    VolunteerSession s;
    s.id = q.value(0).toLongLong();
    s.campaignId = q.value(1).toLongLong();
    s.secret = q.value(2).toString();
    s.annotatorId = q.value(3).toLongLong();
    s.speaker = q.value(4).toString();
    s.demographics = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    s.address = q.value(6).toString();
    s.consentAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return s;
}

// The annotator named `name` (role annotator), made inside e's transaction if missing.
qint64 annotatorIn(detail::AuditedEdit& e, const QString& name)
{
    QSqlQuery& ins = e.sql().get(QStringLiteral("INSERT INTO annotators(name, role, created)"
                                                " VALUES (?,'annotator',?) ON CONFLICT(name)"
                                                " DO NOTHING"));
    detail::bindAll(ins, {name, detail::nowUtc()});
    if (!e.run(ins))
        return 0;
    QSqlQuery& sel = e.sql().get(QStringLiteral("SELECT id FROM annotators WHERE name = ?"));
    sel.bindValue(0, name);
    if (!e.run(sel) || !sel.next())
        return 0;
    const qint64 id = sel.value(0).toLongLong();
    sel.finish();
    return id;
}

QJsonObject keptDemographics(const QStringList& asked, const QJsonObject& given)
{
    QJsonObject kept;
    for (const QString& key : asked) {
        const QString v = given.value(key).toString().trimmed().left(64);
        if (!v.isEmpty())
            kept.insert(key, v);
    }
    return kept;
}

QStringList askedBy(StatementCache& c, qint64 campaignId, bool* running)
{
    QSqlQuery& q = c.get(QStringLiteral("SELECT demographics, ended FROM campaigns WHERE id = ?"));
    q.bindValue(0, campaignId);
    QSqlError err;
    *running = false;
    if (!detail::run(q, &err) || !q.next())
        return {};
    const QStringList asked = q.value(0).toString().split(u',', Qt::SkipEmptyParts);
    *running = q.value(1).isNull();
    q.finish();
    return asked;
}

// Inserts a session row inside e (the annotator made first); the new session.
Result<VolunteerSession> insertSession(detail::AuditedEdit& e, VolunteerSession s,
                                       const QString& annotatorName)
{
    s.annotatorId = annotatorIn(e, annotatorName);
    if (s.annotatorId == 0)
        return e.sqlFailure();
    s.secret = detail::randomSecret();
    s.consentAt = QDateTime::currentDateTimeUtc();
    QSqlQuery& q = e.sql().get(
        QStringLiteral("INSERT INTO collect_sessions(campaign_id, secret, annotator_id, speaker,"
                       " demographics, address, consent_at) VALUES (?,?,?,?,?,?,?) RETURNING id"));
    detail::bindAll(q, {s.campaignId, s.secret, s.annotatorId, s.speaker,
                        detail::jsonOrNull(s.demographics), s.address,
                        s.consentAt.toString(Qt::ISODateWithMs)});
    s.id = e.insertReturningId(q);
    if (s.id <= 0)
        return e.sqlFailure();
    e.audit(s.annotatorId, QStringLiteral("collect.consent"), 0, {},
            QJsonObject{{"campaign", s.campaignId}, {"speaker", s.speaker}});
    return s;
}

} // namespace

Result<VolunteerSession> Campaigns::startSession(qint64 campaignId, const QJsonObject& demographics,
                                                 const QString& address)
{
    bool running = false;
    const QStringList asked = askedBy(m_project.statements(), campaignId, &running);
    if (!running)
        return Error{{}, tr("no running campaign with this link")};
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<VolunteerSession> {
        VolunteerSession s;
        s.campaignId = campaignId;
        s.demographics = keptDemographics(asked, demographics);
        s.address = address;
        const QByteArray hash =
            QCryptographicHash::hash(detail::randomSecret().toLatin1(), QCryptographicHash::Sha1);
        s.speaker = QStringLiteral("volunteer-") + QString::fromLatin1(hash.toHex().left(8));
        return insertSession(e, s, s.speaker);
    });
}

Result<VolunteerSession> Campaigns::deskSession(qint64 campaignId, const QString& speaker,
                                                const QJsonObject& demographics)
{
    const QString name = speaker.trimmed();
    if (name.isEmpty())
        return Error{{}, tr("the speaker needs a name")};
    bool running = false;
    const QStringList asked = askedBy(m_project.statements(), campaignId, &running);
    if (!running)
        return Error{m_project.path(), tr("the campaign has ended")};
    StatementCache& c = m_project.statements();
    QSqlQuery& q = c.get(kSessionColumns +
                         QStringLiteral(" WHERE campaign_id = ? AND speaker = ? AND address ="
                                        " 'desk' ORDER BY id DESC LIMIT 1"));
    detail::bindAll(q, {campaignId, name});
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    if (q.next()) {
        VolunteerSession s = sessionOf(q);
        q.finish();
        return s;
    }
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<VolunteerSession> {
        VolunteerSession s;
        s.campaignId = campaignId;
        s.demographics = keptDemographics(asked, demographics);
        s.address = QStringLiteral("desk");
        s.speaker = name;
        return insertSession(e, s, name);
    });
}

Result<VolunteerSession> Campaigns::session(qint64 campaignId, const QString& secret) const
{
    QSqlQuery& q = m_project.statements().get(
        kSessionColumns + QStringLiteral(" WHERE campaign_id = ? AND secret = ?"));
    detail::bindAll(q, {campaignId, secret});
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    if (!q.next())
        return Error{{}, tr("no such session: agree to the consent text first")};
    VolunteerSession s = sessionOf(q);
    q.finish();
    return s;
}

Status Campaigns::addClip(SampleRecord& r, const VolunteerSession& session,
                          const CampaignPrompt& prompt, const CampaignRecord& campaign)
{
    r.className = prompt.className;
    r.groupKey = session.speaker;
    r.licence = campaign.licence;
    r.source = QStringLiteral("collect: %1").arg(campaign.name);
    SampleExtras x;
    x.metadata = session.demographics;
    x.metadata.insert(QStringLiteral("campaign"), campaign.name);
    x.metadata.insert(QStringLiteral("prompt"), prompt.text);
    x.consent = true;
    x.owner = session.speaker;
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        std::vector<SampleRecord> records{r};
        int duplicates = 0;
        if (const Status st = detail::insertSamplesIn(e, records, {x}, &duplicates); !st)
            return st;
        if (duplicates > 0)
            return Error{r.path, tr("already a sample of the project")};
        r.id = records.front().id;
        QSqlQuery& q = e.sql().get(QStringLiteral(
            "INSERT INTO collect_clips(sample_id, session_id, prompt_id, at) VALUES (?,?,?,?)"));
        detail::bindAll(q, {r.id, session.id, prompt.id, detail::nowUtc()});
        if (!e.run(q))
            return e.sqlFailure();
        e.audit(session.annotatorId, QStringLiteral("collect.clip"), r.id, {},
                QJsonObject{{"campaign", campaign.name}, {"prompt", prompt.text}});
        return {};
    });
}

Status Campaigns::setPassed(qint64 sampleId, bool passed)
{
    QSqlQuery& q = m_project.statements().get(
        QStringLiteral("UPDATE collect_clips SET passed = ? WHERE sample_id = ?"));
    detail::bindAll(q, {int(passed), sampleId});
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    return {};
}

int Campaigns::takesDone(qint64 sessionId, qint64 promptId) const
{
    QSqlQuery& q = m_project.statements().get(QStringLiteral(
        "SELECT COUNT(*) FROM collect_clips WHERE session_id = ? AND prompt_id = ? AND passed"));
    detail::bindAll(q, {sessionId, promptId});
    QSqlError err;
    if (!detail::run(q, &err) || !q.next())
        return 0;
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

} // namespace tally
