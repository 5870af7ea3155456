#pragma once
// The per-sample fields of the splits / licence issue (schema version 4): the split a
// sample is in, its licence (SPDX id), source, owner and consent, and the record of
// how the splits were made (kept in the project settings for the dataset card).
//
// Splits are stored as text — "training", "validation", "testing" — or NULL (none
// yet); the Split enum of core/splits converts (store does not depend on splits).
// Every bulk edit is one transaction with one audit row summarising it (action,
// how many samples, the new value and a count of the values it replaced).
//
// Thread-safety: like Project, use from the thread that opened the project.
// Errors name the project file and the reason.

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <functional>
#include <optional>

namespace tally {

class Project;
namespace detail {
class StatementCache;
}

// How the stored splits were made (settings key "split.method", JSON).
struct SplitMethod
{
    QString method;                  // "speech-commands" or "grouped"
    double validationPercent = 10.0; // 0..100
    double testingPercent = 10.0;    // 0..100
    quint64 seed = 0;                // grouped only
    QString groupKey; // grouped only: "speaker" (samples.group_key) or a metadata key
    QString at;       // UTC ISO 8601, filled when saved

    QJsonObject toJson() const;
    static std::optional<SplitMethod> fromJson(const QJsonObject& o);
};

// A group found in more than one split (only a manual edit can make one).
struct SplitLeak
{
    QString group;
    QMap<QString, qint64> samplesPerSplit; // split name -> samples of the group there
};

// The rights fields of one sample.
struct SampleRights
{
    qint64 sampleId = 0;
    QString licence; // SPDX id; empty = unknown
    QString source;
    QString owner;
    std::optional<bool> consent; // empty = not recorded
};

class Splits
{
    Q_DECLARE_TR_FUNCTIONS(tally::Splits)

public:
    explicit Splits(Project& project) : m_project(project) {}

    static bool isSplitName(const QString& name); // the three names above

    // --- splits ---
    // Sets the split of every sample in `splitOf` (sample id -> split name; an empty
    // name clears) and saves `method` (its `at` filled) — one transaction, one audit
    // row "split" with the counts per split. Refuses an unknown split name. Only the
    // samples whose split changes are written; *changed (if given) says how many (the
    // audit row records it too as "changed"), so running the same split again writes
    // no sample row.
    Status setSplits(const QHash<qint64, QString>& splitOf, const SplitMethod& method,
                     qint64 byAnnotatorId = 0, qint64* changed = nullptr);
    // A split name for a sample's stored path: the path as Latin-1 when it is pure ASCII
    // (no copy), else as the QString QtSql reads. Returns "training", "validation" or
    // "testing" (static text).
    using SplitOfPath = std::function<QLatin1StringView(QAnyStringView storedPath)>;
    // The same as setSplits() with splitOf(path) for every sample that has an effective
    // class (not background; its imported class, else at least one label) and no split
    // for every other sample, computed and compared by the database in one UPDATE that
    // writes only the rows whose split changes (a million samples: no hash of them is
    // built). The audit row is the same. Needs an SQLite project; refuses a name that is
    // not a split.
    Status setSplitsByPath(const SplitOfPath& splitOf, const SplitMethod& method,
                           qint64 byAnnotatorId = 0, qint64* changed = nullptr);
    // Clears the split of every sample (one transaction, audit row "split-clear").
    Status clearSplits(qint64 byAnnotatorId = 0);
    // Sets one sample's split by hand (audit row "split-edit"); may create a leak.
    Status setSplit(qint64 sampleId, const QString& split, qint64 byAnnotatorId = 0);
    // Sample id -> split name, for samples that have one.
    QHash<qint64, QString> splits() const;
    QString splitOf(qint64 sampleId) const; // empty if none
    // classOf: sample id -> class (the caller's effective class). Returns
    // class -> split name -> samples; samples without a split count under "".
    static QMap<QString, QMap<QString, qint64>>
    countsByClassAndSplit(const QHash<qint64, QString>& classOf,
                          const QHash<qint64, QString>& splitOf);
    // Groups present in more than one split. groupOf: sample id -> group; samples
    // with an empty group are their own group and cannot leak.
    QList<SplitLeak> leaks(const QHash<qint64, QString>& groupOf) const;
    // By samples.group_key (speaker), the same answer as leaks(groupKeys()), from SQL.
    QList<SplitLeak> leaks() const;
    // Split name -> samples in it (samples without a split are not counted).
    QMap<QString, qint64> splitCounts() const;
    std::optional<SplitMethod> method() const;

    // --- group keys and metadata ---
    QHash<qint64, QString> groupKeys() const; // samples.group_key of every sample
    // The value of one top-level metadata key per sample (numbers and booleans as
    // text; missing / null / empty -> absent from the hash).
    QHash<qint64, QString> metadataValues(const QString& key) const;
    QStringList metadataKeys() const; // every key some sample has, sorted

    // --- licence, source, owner, consent ---
    // Each: one transaction and one audit row; an empty text clears the field.
    // Refuses an unknown sample id (nothing is written then).
    Status setLicence(const QList<qint64>& ids, const QString& spdx, qint64 byAnnotatorId = 0);
    Status setSource(const QList<qint64>& ids, const QString& source, qint64 byAnnotatorId = 0);
    Status setOwner(const QList<qint64>& ids, const QString& owner, qint64 byAnnotatorId = 0);
    Status setConsent(const QList<qint64>& ids, bool consent, qint64 byAnnotatorId = 0);
    QList<SampleRights> rights() const;          // every sample, by id
    QMap<QString, qint64> licenceCounts() const; // SPDX id ("" = unknown) -> samples
    // Licence -> source -> samples (for an attribution file).
    QMap<QString, QMap<QString, qint64>> licenceSourceCounts() const;

private:
    detail::StatementCache& statements() const;
    Status setText(const QList<qint64>& ids, const QString& column, const QVariant& value,
                   const QString& action, qint64 byAnnotatorId);

    Project& m_project;
};

} // namespace tally
