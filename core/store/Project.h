#pragma once
// A Tally project: one SQLite file (WAL mode) ending in .tally. Media stay where they
// are; paths are stored relative to the project's folder when they are inside it
// (or below a common parent), absolute otherwise.
//
// Thread-safety: a Project (and its QSqlDatabase connection) belongs to the thread
// that opened it. A worker that needs the database opens its own Project on the
// same file (WAL lets one writer and many readers work together).
//
// The Project owns the one cache of prepared statements of its connection
// (statements()): every repository (Labels, Regions, Reviews, ...) takes a Project& and
// prepares through it, so making a repository per call costs nothing.

#include "store/SampleRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

namespace tally {

namespace detail {
class StatementCache;
}

class Project
{
    Q_DECLARE_TR_FUNCTIONS(tally::Project)

public:
    // Creates a new project file (refuses to overwrite an existing one).
    static Result<std::unique_ptr<Project>> create(const QString& path);
    // Opens an existing project, migrating its schema to the latest version
    // (store/Schema.h). A file written by a newer Tally is refused.
    static Result<std::unique_ptr<Project>> open(const QString& path);
    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    QString path() const { return m_path; }
    QDir folder() const;
    QSqlDatabase db() const;
    int schemaVersion() const;
    // The prepared statements of this connection, shared by every repository over this
    // project (internal to core/store: store/StoreSql.h). Valid while the Project lives.
    detail::StatementCache& statements() const { return *m_statements; }

    // Paths: stored form <-> absolute form.
    QString toStoredPath(const QString& absolutePath) const;
    QString toAbsolutePath(const QString& storedPath) const;

    // Settings kept in the `meta` table (key/value).
    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);
    // Sets every (key, value) in one transaction: all of them or none.
    Status setSettings(const QList<QPair<QString, QString>>& values);

    // --- samples ---
    // Inserts all records in one transaction (all or nothing); sets their ids.
    // A record whose path is already in the project is skipped and counted in
    // *duplicates (if given). Classes named in className are created as needed.
    Status insertSamples(std::vector<SampleRecord>& records, int* duplicates = nullptr);
    std::vector<SampleRecord> samples() const; // all, ordered by id
    Result<SampleRecord> sample(qint64 id) const;
    Result<SampleRecord> sampleByPath(const QString& storedPath) const;
    // The id of the sample stored under storedPath (toStoredPath form), 0 if none. A
    // prepared lookup, cheap enough to call once per line of a batch.
    qint64 sampleIdByPath(const QString& storedPath) const;
    qint64 sampleCount() const;
    double totalDurationSec() const;
    // Class name -> number of samples with that import class.
    QHash<QString, qint64> classCounts() const;
    QStringList classNames() const;

private:
    explicit Project(QString path, QString connection);
    static Result<std::unique_ptr<Project>> openImpl(const QString& path, bool create);
    Status migrate();

    QString m_path;
    QString m_connection;
    std::unique_ptr<detail::StatementCache> m_statements;
};

} // namespace tally
