#pragma once
// The quality_measures table (schema: store/Schema.cpp versionQuality): what the checks
// of core/quality measured per sample — named values as JSON, an audio fingerprint or
// an image hash — with the content hash and the measuring version they were made from,
// so that a run after a threshold change compares stored values instead of decoding
// again, and only a changed file (another content hash), a new measuring version or
// changed measuring parameters is measured anew. Derived data: written without an audit
// row (like an import), one BEGIN IMMEDIATE transaction per put().
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace tally {

class Project;

struct StoredMeasure
{
    qint64 sampleId = 0;
    QString contentHash; // the file's hash when measured
    int version = 0;     // the measuring code's version
    QString parameters;  // the measuring parameters, as text (compared as is)
    QJsonObject measured;
    QByteArray fingerprint; // audio: uint32 LE sub-fingerprints; image: the hash bytes
    QByteArray loudMask;    // audio: one byte per sub-fingerprint
};

// What decides whether a stored measure is still current.
struct MeasureKey
{
    QString contentHash;
    int version = 0;
    QString parameters;
};

class QualityMeasures
{
public:
    explicit QualityMeasures(Project& project) : m_project(project) {}

    // Inserts or replaces each measure (by sample id), all in one transaction.
    Status put(const std::vector<StoredMeasure>& measures);
    // Sample id -> key of its stored measure.
    Result<QHash<qint64, MeasureKey>> keys() const;
    // The keys of the stored measures of `ids` only (indexed look-ups).
    Result<QHash<qint64, MeasureKey>> keys(const QList<qint64>& ids) const;
    // Every stored measure in sample id order, streamed.
    Status forEach(const std::function<void(StoredMeasure&&)>& fn) const;
    // The stored measures of `ids` only, in the order given.
    Status forEachOf(const QList<qint64>& ids,
                     const std::function<void(StoredMeasure&&)>& fn) const;
    // Every stored fingerprint (sample id order, streamed) with the sample's kind and its
    // current content hash (from samples; a measure made from other bytes is passed
    // over): fn(measure without `measured`, kind). For a scoped run's near-duplicate
    // search: nothing is decoded or parsed.
    Status forEachFingerprint(const std::function<void(StoredMeasure&&, int kind)>& fn) const;

private:
    Project& m_project;
};

} // namespace tally
