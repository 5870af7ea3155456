#pragma once
// Export versions (schema version 4): every export records a snapshot of what it
// held — one `exports` row (when, format, folder, parameters, Tally version) and one
// `export_items` row per exported sample (sample id, content hash, path as written,
// class, split) — in one transaction, after the files are written. Two snapshots can
// be compared (diff()).
//
// It also holds the few bulk reads the exporters need and Project does not offer:
// each sample's stored split and metadata, the majority label among annotators, and
// the project settings under a prefix (the split method the splits tools recorded).
//
// Thread-safety: like Project, use from the thread that opened the project.
// Errors name the project file and the reason.

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <vector>

namespace tally {

class Project;
class ExportSnapshotWriter;

// One exported sample as recorded in a snapshot.
struct ExportSnapshotItem
{
    qint64 sampleId = 0;
    QString contentHash; // hex SHA-1 of the source file (may be empty)
    QString path;        // as written in the export (relative to its folder), or the
                         // project's stored path for exports that copy no audio
    QString className;   // the class it was exported with
    QString split;       // "training" / "validation" / "testing" / "" (none)
};

// One recorded export.
struct ExportVersion
{
    qint64 id = 0;          // the version number users see (exports.id)
    QDateTime at;           // UTC
    QString format;         // "speech-commands", "csv", "edge-impulse"
    QString folder;         // absolute output folder
    QJsonObject parameters; // rate, length, filters, ... as the exporter chose
    QString tallyVersion;
    int itemCount = 0;
};

// One sample that differs between two versions. For added samples the "from"
// fields are empty, for removed ones the "to" fields.
struct VersionDiffEntry
{
    qint64 sampleId = 0; // the newer version's id when both have one
    QString contentHash;
    QString fromPath, toPath;
    QString fromClass, toClass;
    QString fromSplit, toSplit;
};

// diff(v1, v2): a sample of v2 matches one of v1 by sample id, else by content hash
// (a file removed and imported again). A matched sample with another class is in
// relabelled, with another split in movedSplit (it can be in both).
struct VersionDiff
{
    qint64 fromVersion = 0;
    qint64 toVersion = 0;
    QList<VersionDiffEntry> added;
    QList<VersionDiffEntry> removed;
    QList<VersionDiffEntry> relabelled;
    QList<VersionDiffEntry> movedSplit;
    int unchanged = 0;
    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && relabelled.isEmpty() && movedSplit.isEmpty();
    }
};

// What a sample has beyond SampleRecord that an export writes.
struct SampleExportExtras
{
    QString split;        // as stored in samples.split ("" = none)
    QJsonObject metadata; // samples.metadata ({} = none)
};

class Exports
{
    Q_DECLARE_TR_FUNCTIONS(tally::Exports)

public:
    explicit Exports(Project& project) : m_project(project) {}

    // --- versions ---
    // Records one export and its items in one transaction; returns the new version id.
    Result<qint64> recordExport(const QString& format, const QString& folder,
                                const QJsonObject& parameters,
                                const std::vector<ExportSnapshotItem>& items);
    // The same for an export of the samples as stored (a manifest pointing at the
    // project's files): each item is sample id with the class it was exported under
    // (the key, "" = none); its path, content hash and split are copied from the
    // samples table in the same transaction. For a streamed export that keeps ids only.
    Result<qint64> recordExportOfStored(const QString& format, const QString& folder,
                                        const QJsonObject& parameters,
                                        const QHash<QString, std::vector<qint64>>& idsByClass);
    // The same with the items packed as the export streamed them (store/ExportSnapshot.h:
    // path, hash, class and split as written), stored as a few blobs (schema 7).
    Result<qint64> recordExportSnapshot(const QString& format, const QString& folder,
                                        const QJsonObject& parameters,
                                        const ExportSnapshotWriter& items);
    std::vector<ExportVersion> versions() const;                           // oldest first
    Result<std::vector<ExportSnapshotItem>> items(qint64 versionId) const; // by sample id
    Result<VersionDiff> diff(qint64 fromVersion, qint64 toVersion) const;
    // The comparison itself (pure; exposed for tests).
    static VersionDiff diffItems(const std::vector<ExportSnapshotItem>& from,
                                 const std::vector<ExportSnapshotItem>& to);

    // --- bulk reads for the exporters ---
    // sample id -> split and metadata, for every sample.
    Result<QHash<qint64, SampleExportExtras>> sampleExtras() const;
    // sample id -> the class most annotators labelled it with (ties: the class name
    // that sorts first), for every sample without an imported class that has at least
    // one label (the exporters use it only where no class was imported).
    Result<QHash<qint64, QString>> majorityLabels() const;
    // Every project setting whose key starts with prefix (e.g. "split/").
    QHash<QString, QString> settingsWithPrefix(const QString& prefix) const;

private:
    Project& m_project;
};

} // namespace tally
