#include "store/SampleScan.h"

#include "store/Project.h"
#include "store/SqliteRows.h"
#include "store/StoreSql.h"

#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <map>

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

namespace {

using CellMap = std::map<std::pair<qint64, QString>, ClassSplitCell>;

// 0 for no split (NULL or ""), 1..3 for the three split names, -1 for any other text.
int splitCode(QByteArrayView split)
{
    if (split.isEmpty())
        return 0;
    if (split == QByteArrayView("training"))
        return 1;
    if (split == QByteArrayView("validation"))
        return 2;
    return split == QByteArrayView("testing") ? 3 : -1;
}

// The samples with an imported class, counted as they stream in row order: a table scan
// ("+class_id" keeps SQLite off the class index, whose row look-ups cost more than reading
// the table, and a GROUP BY would sort every row for a few dozen cells). Per row: one
// hash look-up by class and the split compared as bytes, no allocation.
Status addImported(const Project& project, sqlite3* db, CellMap* cells)
{
    QHash<qint64, std::array<ClassSplitCell*, 4>> byClass;
    detail::SqliteRows q(db, "SELECT class_id, split, duration_sec FROM samples"
                             " WHERE kind <> 1 AND +class_id IS NOT NULL");
    while (q.next()) {
        const qint64 classId = q.int64(0);
        const int code = splitCode(q.text(1));
        ClassSplitCell* c = nullptr;
        if (code < 0) {
            c = &(*cells)[{classId, q.string(1)}];
        } else {
            auto& open = byClass[classId];
            if (open[size_t(code)] == nullptr)
                open[size_t(code)] = &(*cells)[{classId, q.string(1)}];
            c = open[size_t(code)];
        }
        ++c->count;
        c->durationSec += q.real(2);
    }
    return q.ok() ? Status() : q.error(project.path());
}

// The samples without an imported class, one by one beside their majority labels.
Status addUnimported(const SampleScan& scan, const Project& project, sqlite3* db, CellMap* cells)
{
    detail::SqliteRows q(db, "SELECT id, split, duration_sec FROM samples"
                             " WHERE kind <> 1 AND class_id IS NULL ORDER BY id");
    MajorityLabels labels(project.db(), scan.classNames());
    if (!labels.start())
        return detail::sqlError(project.path(), labels.error());
    while (q.next()) {
        const qint64 classId = labels.classOf(q.int64(0));
        ClassSplitCell& c = (*cells)[{classId, q.string(1)}];
        ++c.count;
        c.durationSec += q.real(2);
    }
    return q.ok() ? Status() : q.error(project.path());
}

} // namespace

Result<std::vector<ClassSplitCell>> classSplitCells(const SampleScan& scan, const Project& project)
{
    sqlite3* db = detail::sqliteHandle(project.db());
    CellMap cells;
    if (db == nullptr) { // not SQLite: the streamed pass
        const Status s = scan.run([&](const ScannedSample& r) {
            if (r.kind == SampleKind::Background)
                return;
            ClassSplitCell& c = cells[{r.classId != 0 ? r.classId : r.labelClassId, r.split}];
            ++c.count;
            c.durationSec += r.durationSec;
        });
        if (!s)
            return s.error();
    } else {
        const detail::ReadPassCache smallCache(db);
        if (const Status s = addImported(project, db, &cells); !s)
            return s.error();
        if (const Status s = addUnimported(scan, project, db, &cells); !s)
            return s.error();
    }
    std::vector<ClassSplitCell> out;
    out.reserve(cells.size());
    for (auto& [key, cell] : cells) {
        cell.classId = key.first;
        cell.split = key.second;
        out.push_back(std::move(cell));
    }
    return out;
}

Result<SampleTotals> sampleTotals(const Project& project)
{
    const detail::ReadPassCache smallCache(detail::sqliteHandle(project.db()));
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    // One table scan in row order (the duration summed as SUM over all rows does).
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(duration_sec), 0),"
                               " SUM(CASE WHEN kind = 0 THEN 1 ELSE 0 END),"
                               " SUM(CASE WHEN kind = 1 THEN 1 ELSE 0 END),"
                               " SUM(CASE WHEN kind = 2 THEN 1 ELSE 0 END),"
                               " SUM(CASE WHEN kind = 3 THEN 1 ELSE 0 END) FROM samples")) ||
        !q.next())
        return detail::sqlError(project.path(), q.lastError());
    SampleTotals t;
    t.samples = q.value(0).toLongLong();
    t.durationSec = q.value(1).toDouble();
    for (SampleKind k :
         {SampleKind::Audio, SampleKind::Background, SampleKind::Series, SampleKind::Image})
        if (const qint64 n = q.value(2 + int(k)).toLongLong(); n > 0)
            t.kinds.insert(k, n);
    return t;
}

} // namespace tally
