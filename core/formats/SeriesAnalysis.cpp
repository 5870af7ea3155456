#include "formats/SeriesAnalysis.h"

#include "sensor/Onset.h"
#include "store/Project.h"

#include <QFile>

namespace tally {

int SeriesAnalysis::featureIndex(const QString& name)
{
    return int(seriesFeatureColumns().indexOf(name.toLower()));
}

Result<RunTrend> SeriesAnalysis::trend(Project& project, const QString& run, const TrendOptions& o)
{
    RunTrend t;
    t.run = run;
    t.channel = o.channel;
    t.feature = o.feature.toLower();
    t.featureIndex = featureIndex(o.feature);
    if (t.featureIndex < 0)
        return Error{project.path(), tr("unknown feature “%1” (known: %2)")
                                         .arg(o.feature, seriesFeatureColumns().join(u", "))};
    Result<std::vector<TrendPoint>> points = SeriesTrends(project).trend(run, o.channel);
    if (!points)
        return points.error();
    t.points = std::move(points).value();
    std::vector<double> values;
    values.reserve(t.points.size());
    for (const TrendPoint& p : t.points)
        values.push_back(p.values[size_t(t.featureIndex)]);
    t.onset = onsetIndex(values, o.baseline, o.k, o.run);
    return t;
}

Result<SeriesData> SeriesAnalysis::readFile(const QString& path, double rateHz)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, tr("cannot open: %1").arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    Result<SeriesData> data = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                  ? parseSensorCsv(bytes)
                                  : parseImsText(bytes, rateHz > 0 ? rateHz : kImsRateHz);
    if (!data)
        return Error{path, data.error().reason};
    return data;
}

Result<FileSpectrum> SeriesAnalysis::spectrumOf(const SeriesData& data, int channel, bool envelope,
                                                int peakCount)
{
    if (channel < 1 || channel > data.channels)
        return Error{{}, tr("channel %1 is not in 1 to %2").arg(channel).arg(data.channels)};
    FileSpectrum out;
    out.rateHz = data.rateHz;
    out.channels = data.channels;
    const std::vector<float> mono = data.channel(channel - 1);
    out.spectrum =
        envelope ? envelopeSpectrum(mono, data.rateHz) : averagedSpectrum(mono, data.rateHz);
    out.peaks = peaks(out.spectrum, std::max(peakCount, 0));
    return out;
}

Result<FileSpectrum> SeriesAnalysis::fileSpectrum(const QString& path, int channel, bool envelope,
                                                  double rateHz, int peakCount)
{
    const Result<SeriesData> data = readFile(path, rateHz);
    if (!data)
        return data.error();
    Result<FileSpectrum> s = spectrumOf(data.value(), channel, envelope, peakCount);
    if (!s)
        return Error{path, s.error().reason};
    return s;
}

} // namespace tally
