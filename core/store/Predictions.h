#pragma once
// Prediction sets (issue 15, schema: store/Schema.cpp versionPredictions): a model's
// outputs kept as data. A set has a name (unique), a source ("import: FILE", "baseline",
// "hog"), when it was made, its classes in code-point order (shared/FORMATS.md, the
// confident-learning class order) and an info object (the baseline's accuracy and
// confusion, the import's file). Per sample it holds a probability for each of the set's
// classes and, optionally, the embedding the model saw (the data map projects it) and
// predicted boxes with scores (images).
//
// Predictions never count as an annotator's label: they live in their own tables and
// no pass over labels, votes or reviews reads them.
//
// Writing a set is one transaction with one audit row ("predictions.add", or
// "predictions.replace" when a set of that name existed and is replaced);
// remove() is one audited edit ("predictions.delete").
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace tally {

class Project;

struct PredictedBox
{
    QString className;
    double x = 0, y = 0, w = 0, h = 0; // pixels, origin top-left
    double score = 0;
};

struct SamplePrediction
{
    qint64 sampleId = 0;
    std::vector<float> probs;     // one per class of the set, or empty (boxes only)
    std::vector<float> embedding; // may be empty
    std::vector<PredictedBox> boxes;
};

struct PredictionSetInfo
{
    qint64 id = 0;
    QString name;
    QString source;
    QDateTime created;
    QStringList classes;
    QJsonObject info;
    qint64 samples = 0; // samples with a prediction
    qint64 boxes = 0;
};

class Predictions
{
    Q_DECLARE_TR_FUNCTIONS(tally::Predictions)

public:
    explicit Predictions(Project& project) : m_project(project) {}

    // Stores a set: classes are sorted by code point here (each probability row is
    // permuted to match); every row's probs must be empty or have one value per class.
    // A set of the same name is replaced. Returns the set's id.
    Result<qint64> write(const QString& name, const QString& source, const QStringList& classes,
                         const QJsonObject& info, const std::vector<SamplePrediction>& rows,
                         qint64 byAnnotatorId = 0);
    Status remove(const QString& name, qint64 byAnnotatorId = 0);
    Result<QList<PredictionSetInfo>> list() const;
    // The set of that name; unknown: an error naming it and the project.
    Result<PredictionSetInfo> set(const QString& name) const;

    // One sample's prediction in a set (nullopt: none).
    Result<std::optional<SamplePrediction>> of(qint64 setId, qint64 sampleId) const;
    // Every sample's probabilities in the set (rows without probabilities skipped), by
    // sample id: fn(sample id, pointer to classes values). One streamed read.
    Status forEachProbs(qint64 setId,
                        const std::function<void(qint64 sampleId, const float* probs)>& fn) const;
    // Every stored embedding of the set, by sample id.
    Status forEachEmbedding(
        qint64 setId,
        const std::function<void(qint64 sampleId, const float* v, int dims)>& fn) const;

private:
    Project& m_project;
};

// Stored path -> sample id, every sample (one query): resolving a file of paths.
QHash<QString, qint64> samplePathIds(const Project& project);

// Classes sorted by Unicode code point (QString's operator< compares UTF-16 code units,
// which differs for characters beyond the BMP; this does not).
QStringList sortedByCodePoint(QStringList classes);

} // namespace tally
