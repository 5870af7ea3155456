#include "store/Campaigns.h"

#include "store/Annotators.h"
#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/SampleInsert.h"
#include "store/StoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace tally {

using detail::StatementCache;

// 128 random bits from the system's generator, base64url without padding (22 characters).
QString detail::randomSecret()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace {

QDateTime parseTime(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

const QString kCampaignColumns = QStringLiteral(
    "SELECT id, name, token, takes, length_sec, licence, consent_text, demographics, trim,"
    " created, ended FROM campaigns");

CampaignRecord campaignOf(const QSqlQuery& q)
{
    CampaignRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.token = q.value(2).toString();
    c.takes = q.value(3).toInt();
    c.lengthSec = q.value(4).toDouble();
    c.licence = q.value(5).toString();
    c.consentText = q.value(6).toString();
    c.demographics = q.value(7).toString().split(u',', Qt::SkipEmptyParts);
    c.trim = q.value(8).toInt() != 0;
    c.created = parseTime(q.value(9));
    c.ended = parseTime(q.value(10));
    return c;
}

bool loadPrompts(StatementCache& c, CampaignRecord& r, QSqlError* err)
{
    QSqlQuery& q =
        c.get(QStringLiteral("SELECT id, position, text, class_name FROM"
                             " campaign_prompts WHERE campaign_id = ? ORDER BY position"));
    q.bindValue(0, r.id);
    if (!detail::run(q, err))
        return false;
    r.prompts.clear();
    while (q.next())
        r.prompts.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                          q.value(3).toString()});
    q.finish();
    return true;
}

Status validate(const CampaignSpec& s)
{
    if (s.name.trimmed().isEmpty())
        return Error{{}, Campaigns::tr("a campaign needs a name")};
    if (s.prompts.isEmpty())
        return Error{{}, Campaigns::tr("a campaign needs at least one prompt")};
    for (const CampaignPrompt& p : s.prompts)
        if (p.text.trimmed().isEmpty())
            return Error{{}, Campaigns::tr("a prompt is empty")};
    if (s.takes < 1 || s.takes > 100)
        return Error{{}, Campaigns::tr("takes must be 1 to 100, not %1").arg(s.takes)};
    if (!(s.lengthSec > 0.0 && s.lengthSec <= 60.0))
        return Error{{}, Campaigns::tr("the clip length must be over 0 and at most 60 s")};
    if (s.licence.trimmed().isEmpty())
        return Error{{}, Campaigns::tr("a campaign needs the licence volunteers grant (SPDX id)")};
    if (s.consentText.trimmed().isEmpty())
        return Error{{}, Campaigns::tr("a campaign needs a consent text")};
    for (const QString& d : s.demographics)
        if (!Campaigns::kDemographics().contains(d))
            return Error{{},
                         Campaigns::tr("unknown demographic \"%1\" (known: %2)")
                             .arg(d, Campaigns::kDemographics().join(QStringLiteral(", ")))};
    return {};
}

} // namespace

Result<CampaignRecord> Campaigns::create(const CampaignSpec& spec, qint64 byAnnotatorId)
{
    if (const Status v = validate(spec); !v)
        return v.error();
    CampaignRecord r;
    static_cast<CampaignSpec&>(r) = spec;
    r.name = spec.name.trimmed();
    r.licence = spec.licence.trimmed();
    r.token = detail::randomSecret();
    const Result<qint64> id =
        detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
            QSqlQuery& q = e.sql().get(QStringLiteral(
                "INSERT INTO campaigns(name, token, takes, length_sec, licence, consent_text,"
                " demographics, trim, created) VALUES (?,?,?,?,?,?,COALESCE(?, ''),?,?)"
                " ON CONFLICT(name) DO NOTHING RETURNING id"));
            detail::bindAll(q, {r.name, r.token, r.takes, r.lengthSec, r.licence, r.consentText,
                                r.demographics.join(u','), int(r.trim), detail::nowUtc()});
            const qint64 cid = e.insertReturningId(q);
            if (cid < 0)
                return e.sqlFailure();
            if (cid == 0)
                return Error{{}, tr("a campaign named \"%1\" exists").arg(r.name)};
            for (int i = 0; i < int(r.prompts.size()); ++i) {
                QSqlQuery& p = e.sql().get(
                    QStringLiteral("INSERT INTO campaign_prompts(campaign_id, position, text,"
                                   " class_name) VALUES (?,?,?,?)"));
                const QString text = r.prompts[i].text.trimmed();
                const QString cls = r.prompts[i].className.trimmed();
                detail::bindAll(p, {cid, i, text, cls.isEmpty() ? text : cls});
                if (!e.run(p))
                    return e.sqlFailure();
            }
            e.audit(byAnnotatorId, QStringLiteral("campaign.add"), 0, {},
                    QJsonObject{{"name", r.name}, {"prompts", int(r.prompts.size())}});
            return cid;
        });
    if (!id)
        return id.error();
    return byName(r.name);
}

QList<CampaignRecord> Campaigns::list() const
{
    StatementCache& c = m_project.statements();
    QSqlQuery& q = c.get(kCampaignColumns + QStringLiteral(" ORDER BY name"));
    QList<CampaignRecord> out;
    QSqlError err;
    if (!detail::run(q, &err))
        return out;
    while (q.next())
        out.append(campaignOf(q));
    q.finish();
    for (CampaignRecord& r : out)
        loadPrompts(c, r, &err);
    return out;
}

Result<CampaignRecord> Campaigns::byName(const QString& name) const
{
    StatementCache& c = m_project.statements();
    QSqlQuery& q = c.get(kCampaignColumns + QStringLiteral(" WHERE name = ?"));
    q.bindValue(0, name.trimmed());
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    if (!q.next())
        return Error{m_project.path(), tr("no campaign named \"%1\"").arg(name)};
    CampaignRecord r = campaignOf(q);
    q.finish();
    if (!loadPrompts(c, r, &err))
        return detail::sqlError(m_project.path(), err);
    return r;
}

Result<CampaignRecord> Campaigns::byToken(const QString& token) const
{
    StatementCache& c = m_project.statements();
    QSqlQuery& q = c.get(kCampaignColumns + QStringLiteral(" WHERE token = ? AND ended IS NULL"));
    q.bindValue(0, token);
    QSqlError err;
    if (!detail::run(q, &err))
        return detail::sqlError(m_project.path(), err);
    if (!q.next())
        return Error{{}, tr("no running campaign with this link")};
    CampaignRecord r = campaignOf(q);
    q.finish();
    if (!loadPrompts(c, r, &err))
        return detail::sqlError(m_project.path(), err);
    return r;
}

Status Campaigns::end(const QString& name, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& q = e.sql().get(
            QStringLiteral("UPDATE campaigns SET ended = ? WHERE name = ? AND ended IS NULL"));
        detail::bindAll(q, {detail::nowUtc(), name.trimmed()});
        if (!e.run(q))
            return e.sqlFailure();
        if (q.numRowsAffected() == 0)
            return Error{m_project.path(), tr("no running campaign named \"%1\"").arg(name)};
        e.audit(byAnnotatorId, QStringLiteral("campaign.end"), 0, {}, QJsonObject{{"name", name}});
        return {};
    });
}

} // namespace tally
