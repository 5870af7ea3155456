#include "store/Exports.h"

#include "store/AuditedEdit.h"
#include "store/ExportSnapshot.h"
#include "store/Project.h"
#include "store/SqliteRows.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace tally {

namespace {

Error sqlErrorOf(const Project& project, const QSqlError& e)
{
    return Error{project.path(), e.text()};
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The exports row every kind of version starts with; 0 when the insert failed.
qint64 insertExportRow(detail::AuditedEdit& e, const QString& format, const QString& folder,
                       const QJsonObject& parameters)
{
    QSqlQuery& q = e.sql().get(
        QStringLiteral("INSERT INTO exports(at, format, folder, parameters, tally_version)"
                       " VALUES (?,?,?,?,?) RETURNING id"));
    detail::bindAll(
        q, {detail::nowUtc(), format, folder, jsonText(parameters), QStringLiteral(TALLY_VERSION)});
    return e.insertReturningId(q);
}

bool insertItems(detail::AuditedEdit& e, qint64 exportId,
                 const std::vector<ExportSnapshotItem>& items)
{
    QSqlQuery& q =
        e.sql().get(QStringLiteral("INSERT INTO export_items(export_id, sample_id, content_hash,"
                                   " path, class_name, split) VALUES (?,?,?,?,?,?)"));
    for (const ExportSnapshotItem& it : items) {
        detail::bindAll(q, {exportId, it.sampleId, detail::textOrNull(it.contentHash), it.path,
                            detail::textOrNull(it.className), detail::textOrNull(it.split)});
        if (!e.run(q))
            return false;
    }
    return true;
}

// The items of an export of stored samples, copied by the database from the samples
// table (path, hash, split) in sample id order: appended to the (export_id, sample_id)
// key, where class after class (each in id order) inserted all over the tree and, at a
// million items, re-read and spilled its pages over and over. Straight from SQLite
// (store/SqliteRows.h) when it can: one prepared statement, no QVariant per value.
bool insertStoredItems(detail::AuditedEdit& e, qint64 exportId,
                       const QHash<QString, std::vector<qint64>>& idsByClass)
{
    std::vector<std::pair<qint64, const QString*>> items;
    for (auto it = idsByClass.cbegin(); it != idsByClass.cend(); ++it)
        for (qint64 sampleId : it.value())
            items.emplace_back(sampleId, &it.key());
    std::sort(items.begin(), items.end());
    static const char* const sql =
        "INSERT INTO export_items(export_id, sample_id, content_hash, path, class_name, split)"
        " SELECT ?1, id, content_hash, path, ?2, split FROM samples WHERE id = ?3";
    if (sqlite3* db = detail::sqliteHandle(e.project().db())) {
        detail::SqliteRows q(db, sql);
        const QString* bound = nullptr;
        QByteArray className;
        q.bind(1, exportId);
        for (const auto& [sampleId, cls] : items) {
            if (cls != bound) {
                bound = cls;
                className = cls->toUtf8();
                if (cls->isEmpty())
                    q.bindNull(2);
                else
                    q.bindText(2, className);
            }
            q.bind(3, sampleId);
            if (!q.run()) {
                e.lastError() = QSqlError(QString(), q.errorText());
                return false;
            }
            q.reset();
        }
        return true;
    }
    QSqlQuery& q = e.sql().get(QString::fromLatin1(sql));
    for (const auto& [sampleId, cls] : items) {
        detail::bindAll(q, {exportId, detail::textOrNull(*cls), sampleId});
        if (!e.run(q))
            return false;
    }
    return true;
}

VersionDiffEntry entryOf(const ExportSnapshotItem* from, const ExportSnapshotItem* to)
{
    VersionDiffEntry e;
    e.sampleId = to ? to->sampleId : from->sampleId;
    e.contentHash = to ? to->contentHash : from->contentHash;
    if (from) {
        e.fromPath = from->path;
        e.fromClass = from->className;
        e.fromSplit = from->split;
    }
    if (to) {
        e.toPath = to->path;
        e.toClass = to->className;
        e.toSplit = to->split;
    }
    return e;
}

} // namespace

Result<qint64> Exports::recordExport(const QString& format, const QString& folder,
                                     const QJsonObject& parameters,
                                     const std::vector<ExportSnapshotItem>& items)
{
    // Not audited: the exports table is itself the record of what was exported.
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        const qint64 id = insertExportRow(e, format, folder, parameters);
        if (id <= 0 || !insertItems(e, id, items))
            return e.sqlFailure();
        return id;
    });
}

Result<qint64> Exports::recordExportOfStored(const QString& format, const QString& folder,
                                             const QJsonObject& parameters,
                                             const QHash<QString, std::vector<qint64>>& idsByClass)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        const qint64 id = insertExportRow(e, format, folder, parameters);
        if (id <= 0)
            return e.sqlFailure();
        if (!insertStoredItems(e, id, idsByClass))
            return e.sqlFailure();
        return id;
    });
}

Result<qint64> Exports::recordExportSnapshot(const QString& format, const QString& folder,
                                             const QJsonObject& parameters,
                                             const ExportSnapshotWriter& items)
{
    return detail::auditedEdit(m_project, [&](detail::AuditedEdit& e) -> Result<qint64> {
        const qint64 id = insertExportRow(e, format, folder, parameters);
        if (id <= 0)
            return e.sqlFailure();
        QSqlQuery& chunk = e.sql().get(QStringLiteral(
            "INSERT INTO export_snapshots(export_id, chunk, item_count, items) VALUES (?,?,?,?)"));
        int n = 0;
        for (const ExportSnapshotWriter::Chunk& c : items.chunks()) {
            detail::bindAll(chunk, {id, n++, c.items, c.bytes});
            if (!e.run(chunk))
                return e.sqlFailure();
        }
        return id;
    });
}

std::vector<ExportVersion> Exports::versions() const
{
    std::vector<ExportVersion> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT e.id, e.at, e.format, e.folder, e.parameters, e.tally_version,"
                           " (SELECT COUNT(*) FROM export_items i WHERE i.export_id = e.id)"
                           " + (SELECT COALESCE(SUM(item_count), 0) FROM export_snapshots p"
                           "    WHERE p.export_id = e.id)"
                           " FROM exports e ORDER BY e.id")))
        return out;
    while (q.next()) {
        ExportVersion v;
        v.id = q.value(0).toLongLong();
        v.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        v.format = q.value(2).toString();
        v.folder = q.value(3).toString();
        v.parameters = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        v.tallyVersion = q.value(5).toString();
        v.itemCount = q.value(6).toInt();
        out.push_back(std::move(v));
    }
    return out;
}

Result<std::vector<ExportSnapshotItem>> Exports::items(qint64 versionId) const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM exports WHERE id = ?"));
    q.addBindValue(versionId);
    if (!q.exec())
        return sqlErrorOf(m_project, q.lastError());
    if (!q.next())
        return Error{m_project.path(), tr("no export version %1").arg(versionId)};
    q.finish();
    q.prepare(QStringLiteral("SELECT sample_id, content_hash, path, class_name, split"
                             " FROM export_items WHERE export_id = ? ORDER BY sample_id"));
    q.addBindValue(versionId);
    if (!q.exec())
        return sqlErrorOf(m_project, q.lastError());
    std::vector<ExportSnapshotItem> out;
    while (q.next())
        out.push_back(ExportSnapshotItem{q.value(0).toLongLong(), q.value(1).toString(),
                                         q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).toString()});
    // Schema 7: packed chunks (an export has rows or chunks; both are read).
    const bool hadRows = !out.empty();
    q.prepare(
        QStringLiteral("SELECT items FROM export_snapshots WHERE export_id = ? ORDER BY chunk"));
    q.addBindValue(versionId);
    if (!q.exec())
        return sqlErrorOf(m_project, q.lastError());
    while (q.next())
        if (!detail::decodeExportSnapshot(q.value(0).toByteArray(), &out))
            return Error{m_project.path(),
                         tr("the snapshot of export version %1 is damaged").arg(versionId)};
    if (hadRows)
        std::sort(out.begin(), out.end(),
                  [](const auto& a, const auto& b) { return a.sampleId < b.sampleId; });
    return out;
}

Result<VersionDiff> Exports::diff(qint64 fromVersion, qint64 toVersion) const
{
    const auto from = items(fromVersion);
    if (!from)
        return from.error();
    const auto to = items(toVersion);
    if (!to)
        return to.error();
    VersionDiff d = diffItems(from.value(), to.value());
    d.fromVersion = fromVersion;
    d.toVersion = toVersion;
    return d;
}

VersionDiff Exports::diffItems(const std::vector<ExportSnapshotItem>& from,
                               const std::vector<ExportSnapshotItem>& to)
{
    QHash<qint64, size_t> byId;
    QMultiHash<QString, size_t> byHash;
    for (size_t i = 0; i < from.size(); ++i) {
        byId.insert(from[i].sampleId, i);
        if (!from[i].contentHash.isEmpty())
            byHash.insert(from[i].contentHash, i);
    }
    std::vector<bool> matched(from.size(), false);
    VersionDiff d;
    const auto take = [&](size_t i) { return !matched[i] ? (matched[i] = true, true) : false; };
    for (const ExportSnapshotItem& t : to) {
        const ExportSnapshotItem* f = nullptr;
        if (auto it = byId.constFind(t.sampleId); it != byId.cend() && take(*it))
            f = &from[*it];
        for (auto it = byHash.constFind(t.contentHash);
             !f && !t.contentHash.isEmpty() && it != byHash.cend() && it.key() == t.contentHash;
             ++it)
            if (take(*it))
                f = &from[*it];
        if (!f) {
            d.added << entryOf(nullptr, &t);
            continue;
        }
        if (f->className != t.className)
            d.relabelled << entryOf(f, &t);
        if (f->split != t.split)
            d.movedSplit << entryOf(f, &t);
        if (f->className == t.className && f->split == t.split)
            ++d.unchanged;
    }
    for (size_t i = 0; i < from.size(); ++i)
        if (!matched[i])
            d.removed << entryOf(&from[i], nullptr);
    return d;
}

Result<QHash<qint64, SampleExportExtras>> Exports::sampleExtras() const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, split, metadata FROM samples")))
        return sqlErrorOf(m_project, q.lastError());
    QHash<qint64, SampleExportExtras> out;
    while (q.next()) {
        SampleExportExtras x;
        x.split = q.value(1).toString();
        const QString meta = q.value(2).toString();
        if (!meta.isEmpty())
            x.metadata = QJsonDocument::fromJson(meta.toUtf8()).object();
        if (!x.split.isEmpty() || !x.metadata.isEmpty())
            out.insert(q.value(0).toLongLong(), std::move(x));
    }
    return out;
}

Result<QHash<qint64, QString>> Exports::majorityLabels() const
{
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    // Per sample, classes by vote count (most first), then by name: the first row wins.
    if (!q.exec(QStringLiteral("SELECT l.sample_id, c.name, COUNT(*) AS n FROM labels l"
                               " JOIN classes c ON c.id = l.class_id"
                               " JOIN samples s ON s.id = l.sample_id WHERE s.class_id IS NULL"
                               " GROUP BY l.sample_id, l.class_id"
                               " ORDER BY l.sample_id, n DESC, c.name")))
        return sqlErrorOf(m_project, q.lastError());
    QHash<qint64, QString> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!out.contains(id))
            out.insert(id, q.value(1).toString());
    }
    return out;
}

QHash<QString, QString> Exports::settingsWithPrefix(const QString& prefix) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_project.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace tally
