#include "store/SampleScan.h"

#include "store/Project.h"
#include "store/StoreSql.h"

#include <QSqlQuery>
#include <QVariant>

namespace tally {

namespace {

// The majority label of each sample without an imported class, streamed in sample order
// beside the samples (one row per sample and class, with the number of annotators).
class MajorityLabels
{
public:
    MajorityLabels(const QSqlDatabase& db, const QHash<qint64, QString>& names)
        : m_q(db), m_names(names)
    {
        m_q.setForwardOnly(true);
    }
    bool start()
    {
        if (!m_q.exec(
                QStringLiteral("SELECT l.sample_id, l.class_id, COUNT(*) FROM labels l"
                               " JOIN samples s ON s.id = l.sample_id WHERE s.class_id IS NULL"
                               " GROUP BY l.sample_id, l.class_id ORDER BY l.sample_id")))
            return false;
        advance();
        return true;
    }
    QSqlError error() const { return m_q.lastError(); }

    // The class most annotators gave sample id (ids asked in increasing order); 0 = none.
    qint64 classOf(qint64 id)
    {
        while (m_valid && m_sample < id)
            advance();
        qint64 best = 0;
        qint64 bestVotes = 0;
        while (m_valid && m_sample == id) {
            if (m_votes > bestVotes ||
                (m_votes == bestVotes && m_names.value(m_class) < m_names.value(best))) {
                best = m_class;
                bestVotes = m_votes;
            }
            advance();
        }
        return best;
    }

private:
    void advance()
    {
        m_valid = m_q.next();
        if (!m_valid)
            return;
        m_sample = m_q.value(0).toLongLong();
        m_class = m_q.value(1).toLongLong();
        m_votes = m_q.value(2).toLongLong();
    }

    QSqlQuery m_q;
    const QHash<qint64, QString>& m_names;
    bool m_valid = false;
    qint64 m_sample = 0;
    qint64 m_class = 0;
    qint64 m_votes = 0;
};

} // namespace

SampleScan::SampleScan(Project& project) : m_project(project)
{
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM classes")))
        while (q.next())
            m_classNames.insert(q.value(0).toLongLong(), q.value(1).toString());
}

Status SampleScan::run(const std::function<void(const ScannedSample&)>& fn) const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kind, class_id, path, content_hash, split, group_key,"
                               " duration_sec FROM samples ORDER BY id")))
        return detail::sqlError(m_project.path(), q.lastError());
    MajorityLabels labels(m_project.db(), m_classNames);
    if (!labels.start())
        return detail::sqlError(m_project.path(), labels.error());
    ScannedSample s;
    while (q.next()) {
        s.id = q.value(0).toLongLong();
        s.kind = SampleKind(q.value(1).toInt());
        s.classId = q.value(2).toLongLong();
        s.labelClassId = s.classId == 0 ? labels.classOf(s.id) : 0;
        s.path = q.value(3).toString();
        s.contentHash = q.value(4).toString();
        s.split = q.value(5).toString();
        s.groupKey = q.value(6).toString();
        s.durationSec = q.value(7).toDouble();
        fn(s);
    }
    if (q.lastError().isValid())
        return detail::sqlError(m_project.path(), q.lastError());
    return {};
}

} // namespace tally
