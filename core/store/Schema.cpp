#include "store/Schema.h"

namespace tally::schema {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE annotators ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL DEFAULT 'annotator', created TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE classes ("
                       " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " hotkey TEXT, colour TEXT, description TEXT)"),
        QStringLiteral("CREATE TABLE samples ("
                       " id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
                       " kind INTEGER NOT NULL, content_hash TEXT,"
                       " class_id INTEGER REFERENCES classes(id),"
                       " group_key TEXT, duration_sec REAL, rate_hz INTEGER, channels INTEGER,"
                       " frames INTEGER, width INTEGER, height INTEGER,"
                       " rms_dbfs REAL, peak REAL, clipped_fraction REAL,"
                       " licence TEXT, source TEXT, owner TEXT, consent INTEGER,"
                       " metadata TEXT, quality_flags INTEGER NOT NULL DEFAULT 0,"
                       " added TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX samples_hash ON samples(content_hash)"),
        QStringLiteral("CREATE INDEX samples_class ON samples(class_id)"),
        QStringLiteral("CREATE TABLE audit ("
                       " id INTEGER PRIMARY KEY, at TEXT NOT NULL, annotator_id INTEGER,"
                       " action TEXT NOT NULL, sample_id INTEGER, before TEXT, after TEXT)"),
    };
}

} // namespace

const std::vector<QStringList>& migrations()
{
    static const std::vector<QStringList> all{version1()};
    return all;
}

} // namespace tally::schema
