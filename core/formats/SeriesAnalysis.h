#pragma once
// What the trend view and `tally-cli trend / spectrum` compute from sensor series (issue
// 14), in one place: a run's trend of one feature with its suggested onset, and the
// spectrum (or envelope spectrum) of one snapshot file's channel.

#include "sensor/SeriesReaders.h"
#include "sensor/Spectrum.h"
#include "store/SeriesTrends.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <optional>

namespace tally {

class Project;

struct TrendOptions
{
    int channel = 1;                         // from 1
    QString feature = QStringLiteral("rms"); // one of seriesFeatureColumns()
    int baseline = 20;                       // onset: snapshots in the baseline
    double k = 3.0;                          // robust standard deviations above the baseline
    int run = 3;                             // snapshots in a row
};

struct RunTrend
{
    QString run;
    int channel = 1;
    QString feature;
    int featureIndex = 0; // into TrendPoint::values
    std::vector<TrendPoint> points;
    std::optional<int> onset; // index into points
};

struct FileSpectrum
{
    double rateHz = 0;
    int channels = 0;
    Spectrum spectrum;
    std::vector<SpectrumPeak> peaks; // strongest first
};

class SeriesAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(tally::SeriesAnalysis)

public:
    // The index of a feature name in seriesFeatureColumns(), -1 if unknown.
    static int featureIndex(const QString& name);
    // A run's trend and onset (sensor/Onset.h over the feature's values).
    static Result<RunTrend> trend(Project& project, const QString& run, const TrendOptions& o);
    // A snapshot file as a series: sensor CSV for a name ending in .csv, else IMS text
    // (rateHz, 0 = 20 kHz). Errors name the file.
    static Result<SeriesData> readFile(const QString& path, double rateHz = 0);
    // The averaged spectrum (or the envelope spectrum) of channel (from 1) of a file.
    static Result<FileSpectrum> fileSpectrum(const QString& path, int channel, bool envelope,
                                             double rateHz, int peakCount);
    // The same of a series in memory.
    static Result<FileSpectrum> spectrumOf(const SeriesData& data, int channel, bool envelope,
                                           int peakCount);
};

} // namespace tally
