// Reviews: reviewers' decisions (status tallies: ReviewsTally.cpp).
#include "store/Reviews.h"

#include "store/AuditedEdit.h"
#include "store/Project.h"
#include "store/StoreSql.h"

#include <QJsonObject>

namespace tally {

namespace {

const QString kReviewSelect =
    QStringLiteral("SELECT r.id, r.sample_id, r.reviewer_id, a.name, r.decision, r.class_id, "
                   "c.name, r.reason, r.at"
                   " FROM reviews r JOIN annotators a ON a.id = r.reviewer_id LEFT JOIN classes c "
                   "ON c.id = r.class_id ");

ReviewRecord reviewFrom(const QSqlQuery& q)
{
    ReviewRecord r;
    r.id = q.value(0).toLongLong();
    r.sampleId = q.value(1).toLongLong();
    r.reviewerId = q.value(2).toLongLong();
    r.reviewerName = q.value(3).toString();
    r.kind = parseStoredReviewKind(q.value(4).toString()).value_or(ReviewKind::SendBack);
    r.classId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    r.className = q.value(6).toString();
    r.reason = q.value(7).toString();
    r.at = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return r;
}

QJsonObject reviewJson(const ReviewRecord& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("decision"), reviewKindStoredName(r.kind)},
        {QStringLiteral("class_id"), r.classId > 0 ? QJsonValue(r.classId) : QJsonValue()},
        {QStringLiteral("reason"), r.reason.isEmpty() ? QJsonValue() : QJsonValue(r.reason)}};
}

} // namespace

QString reviewKindStoredName(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Reject:
        return QStringLiteral("reject");
    case ReviewKind::SendBack:
        return QStringLiteral("send_back");
    case ReviewKind::Class:
        break;
    }
    return QStringLiteral("class");
}

std::optional<ReviewKind> parseStoredReviewKind(const QString& name)
{
    for (ReviewKind k : {ReviewKind::Class, ReviewKind::Reject, ReviewKind::SendBack})
        if (reviewKindStoredName(k) == name)
            return k;
    return std::nullopt;
}

// --- reviews ---

Result<qint64> Reviews::addReview(qint64 sampleId, qint64 reviewerId, ReviewKind kind,
                                  qint64 classId, const QString& reason)
{
    if (kind == ReviewKind::Class && classId <= 0)
        return Error{{}, tr("a class decision needs a class")};
    if (kind != ReviewKind::Class && classId > 0)
        return Error{{}, tr("only a class decision takes a class")};
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        // Only a class decision has a class to check (its classId is > 0, see above).
        const qint64 checkedClass = kind == ReviewKind::Class ? classId : 0;
        if (Status s = detail::checkIds(e.sql(), sampleId, reviewerId, checkedClass); !s)
            return s.error();
        QSqlQuery& q =
            e.sql().get(QStringLiteral("INSERT INTO reviews(sample_id, reviewer_id, decision, "
                                       "class_id, reason, at) VALUES (?,?,?,?,?,?) RETURNING id"));
        ReviewRecord r;
        r.kind = kind;
        r.classId = classId;
        r.reason = reason.trimmed();
        detail::bindAll(q, {sampleId, reviewerId, reviewKindStoredName(kind),
                            detail::idOrNull(classId), detail::textOrNull(r.reason),
                            detail::nowUtc()});
        if ((r.id = e.insertReturningId(q)) <= 0)
            return e.sqlFailure();
        e.audit(reviewerId, QStringLiteral("review"), sampleId, {}, reviewJson(r));
        return r.id;
    });
}

Status Reviews::deleteReview(qint64 reviewId, qint64 byAnnotatorId)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Status {
        QSqlQuery& sel = e.sql().get(kReviewSelect + QStringLiteral("WHERE r.id = ?"));
        sel.bindValue(0, reviewId);
        if (!e.run(sel))
            return e.sqlFailure();
        if (!sel.next())
            return Error{{}, tr("no review with id %1").arg(reviewId)};
        const ReviewRecord r = reviewFrom(sel);
        sel.finish();
        QSqlQuery& del = e.sql().get(QStringLiteral("DELETE FROM reviews WHERE id = ?"));
        del.bindValue(0, reviewId);
        if (!e.run(del))
            return e.sqlFailure();
        e.audit(byAnnotatorId, QStringLiteral("review.delete"), r.sampleId, reviewJson(r), {});
        return {};
    });
}

std::optional<ReviewRecord> Reviews::latestReview(qint64 sampleId) const
{
    QSqlQuery& q = m_project.statements().get(
        kReviewSelect +
        QStringLiteral("WHERE r.sample_id = ? ORDER BY r.at DESC, r.id DESC LIMIT 1"));
    q.bindValue(0, sampleId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReviewRecord r = reviewFrom(q);
    q.finish();
    return r;
}

QList<ReviewRecord> Reviews::reviewsOf(qint64 sampleId) const
{
    QList<ReviewRecord> out;
    QSqlQuery& q = m_project.statements().get(
        kReviewSelect + QStringLiteral("WHERE r.sample_id = ? ORDER BY r.at, r.id"));
    q.bindValue(0, sampleId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(reviewFrom(q));
    q.finish();
    return out;
}

QList<ReviewRecord> Reviews::allReviews() const
{
    QList<ReviewRecord> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (q.exec(kReviewSelect + QStringLiteral("ORDER BY r.sample_id, r.at, r.id")))
        while (q.next())
            out.append(reviewFrom(q));
    return out;
}

} // namespace tally
