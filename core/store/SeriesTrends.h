#pragma once
// Sensor series (issue 14) in the project: one snapshot per sample of kind Series, its
// run (the sample's group) and wall-clock time in `series_snapshots`, and per channel the
// features measured at import in `series_features` (schema 10), so that a trend over a
// run's hundreds of snapshots never reads the files again.
//
// Feature columns, in this order everywhere (core/sensor/SeriesFeatures.h computes them):
// rms, peak, crest, kurtosis (Pearson's, 3 for a Gaussian), skewness, and the
// envelope-spectrum energy in dB around each bearing fault frequency: bpfo, bpfi, bsf, ftf.
// Channels are numbered from 1, as the IMS readme numbers them. Times are ISO 8601
// without a zone ("2004-02-12T10:32:39"), the files' own clock, so they sort as text.
//
// Thread-safety: like Project, use from the thread that opened the project.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

class QSqlError;

namespace tally {

class Project;
namespace detail {
class StatementCache;
}

constexpr int kSeriesFeatureCount = 9;
using SeriesFeatureValues = std::array<double, kSeriesFeatureCount>;

// "rms", "peak", "crest", "kurtosis", "skewness", "bpfo", "bpfi", "bsf", "ftf".
const QStringList& seriesFeatureColumns();

struct SeriesChannelFeatures
{
    int channel = 1; // from 1
    SeriesFeatureValues values{};
};

// What an import stores beside a series sample (store/SampleMeta.h SampleExtras).
struct SeriesSnapshot
{
    QString run;  // the sample's group
    QString time; // ISO 8601, no zone; empty = unknown (ordered by path)
    std::vector<SeriesChannelFeatures> channels;
};

struct TrendPoint
{
    qint64 sampleId = 0;
    QString path; // stored form
    QString time;
    SeriesFeatureValues values{};
};

class SeriesTrends
{
    Q_DECLARE_TR_FUNCTIONS(tally::SeriesTrends)

public:
    explicit SeriesTrends(Project& project) : m_project(project) {}

    // The runs that have snapshots, sorted.
    Result<QStringList> runs() const;
    // The number of channels with features in run (the largest channel number).
    Result<int> channelCount(const QString& run) const;
    // A run's snapshots in time order (then path) with channel's features; an unknown run
    // or a channel it does not have is an error naming it.
    Result<std::vector<TrendPoint>> trend(const QString& run, int channel) const;
    // The snapshots of run whose time is in [from, to] (ISO 8601 text), in time order.
    Result<std::vector<qint64>> snapshotsBetween(const QString& run, const QString& from,
                                                 const QString& to) const;
    // Every snapshot as (sample id, run), ordered by run, then time, then path.
    Result<std::vector<std::pair<qint64, QString>>> snapshotOrder() const;
    // Replaces the features of the given samples (one transaction, all or nothing).
    Status replaceFeatures(
        const std::vector<std::pair<qint64, std::vector<SeriesChannelFeatures>>>& samples);

private:
    Project& m_project;
};

namespace detail {
// Inside a write transaction: stores a new sample's snapshot row and features.
bool insertSeriesSnapshot(StatementCache& c, qint64 sampleId, const SeriesSnapshot& s,
                          QSqlError* err);
} // namespace detail

} // namespace tally
