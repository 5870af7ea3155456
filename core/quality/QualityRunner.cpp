#include "quality/QualityRunner.h"

#include "audio/AudioDecoder.h"
#include "quality/AudioQuality.h"
#include "quality/ImageQuality.h"
#include "quality/QualityFindings.h"
#include "store/Boxes.h"
#include "store/Project.h"
#include "store/QualityMeasures.h"
#include "store/SampleScan.h"

#include <QFile>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>

namespace tally {

namespace {

constexpr qsizetype kBatch = 1024;
// Longer files (a background-noise recording) are not decoded whole for the checks: their
// level, peak, clipping and length come from what the import measured streaming, their
// format from the header; they get no fingerprint, loudness or window measures.
constexpr qint64 kMaxDecodeBytes = 8LL * 1024 * 1024;

StoredMeasure fromImportStats(const RunSample& s, const QString& absPath, const QString& parameters)
{
    const Result<AudioInfo> info = AudioDecoder::probe(absPath);
    StoredMeasure m;
    m.sampleId = s.id;
    m.contentHash = s.contentHash;
    m.version = AudioQuality::kMeasureVersion;
    m.parameters = parameters;
    m.measured =
        QJsonObject{{QStringLiteral("rms_dbfs"), s.rmsDbfs},
                    {QStringLiteral("peak_dbfs"),
                     s.peak > 0 ? 20.0 * std::log10(s.peak) : AudioQuality::kFloorDb},
                    {QStringLiteral("clipped_share"), s.clippedFraction},
                    {QStringLiteral("dc_offset"), 0.0},
                    {QStringLiteral("duration_sec"), s.durationSec},
                    {QStringLiteral("rate_hz"), info ? info.value().rateHz : 0},
                    {QStringLiteral("channels"), info ? info.value().channels : 0},
                    {QStringLiteral("bits"), info ? AudioQuality::bitsOf(info.value().format) : 0},
                    {QStringLiteral("lufs_max"), 0.0},
                    {QStringLiteral("edge_sec"), s.durationSec / 2},
                    {QStringLiteral("snr_db"), 120.0},
                    {QStringLiteral("partial"), true}};
    return m;
}

bool isAudio(SampleKind k)
{
    return k == SampleKind::Audio || k == SampleKind::Background;
}

bool wants(const QStringList& checks, CheckScope scope)
{
    for (const QString& c : checks) {
        const CheckInfo* info = QualitySettings::find(c);
        if (info && (info->scope == scope || c == QLatin1String("near-duplicate")))
            return true;
    }
    return false;
}

// Measures one sample's file (thread-safe: touches no project).
Result<StoredMeasure> measureOne(const RunSample& s, const QString& absPath,
                                 const QString& parameters, double windowSec)
{
    QFile f(absPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{absPath, QualityRunner::tr("cannot open: %1").arg(f.errorString())};
    if (f.size() > kMaxDecodeBytes) {
        if (s.kind == SampleKind::Image)
            return Error{absPath, QualityRunner::tr("larger than 8 MB: not checked")};
        return fromImportStats(s, absPath, parameters);
    }
    const QByteArray bytes = f.readAll();
    StoredMeasure m;
    m.sampleId = s.id;
    m.contentHash = s.contentHash;
    if (s.kind == SampleKind::Image) {
        const Result<ImageMeasures> im = ImageQuality::measure(bytes);
        if (!im)
            return Error{absPath, im.error().reason};
        m.version = ImageQuality::kMeasureVersion;
        m.measured = im.value().values;
        m.fingerprint = QByteArray(reinterpret_cast<const char*>(&im.value().phash), 8);
        return m;
    }
    const Result<AudioInfo> info = AudioDecoder::probeBytes(bytes, absPath);
    const Result<Signal> signal = AudioDecoder::decodeBytes(bytes, absPath);
    if (!signal)
        return signal.error();
    const AudioMeasures am =
        AudioQuality::measure(signal.value(), info ? info.value().format : QString(), windowSec);
    m.version = AudioQuality::kMeasureVersion;
    m.parameters = parameters;
    m.measured = am.values;
    m.fingerprint = am.fingerprint.bitsBytes();
    m.loudMask = am.fingerprint.loudBytes();
    return m;
}

// The samples whose stored measure is missing or stale, for the checks asked.
Result<QList<qsizetype>> staleSamples(Project& project, const std::vector<RunSample>& samples,
                                      const QStringList& checks, const QString& parameters,
                                      bool scoped)
{
    QList<qint64> ids;
    if (scoped)
        for (const RunSample& s : samples)
            ids << s.id;
    const auto keys = scoped ? QualityMeasures(project).keys(ids) : QualityMeasures(project).keys();
    if (!keys)
        return keys.error();
    const bool audio = wants(checks, CheckScope::Audio);
    const bool image = wants(checks, CheckScope::Image);
    QList<qsizetype> out;
    for (qsizetype i = 0; i < qsizetype(samples.size()); ++i) {
        const RunSample& s = samples[size_t(i)];
        const bool a = audio && isAudio(s.kind);
        const bool im = image && s.kind == SampleKind::Image;
        if (!a && !im)
            continue;
        const auto k = keys.value().constFind(s.id);
        const int version = a ? AudioQuality::kMeasureVersion : ImageQuality::kMeasureVersion;
        if (k == keys.value().cend() || k->contentHash != s.contentHash || k->version != version ||
            (a && k->parameters != parameters))
            out << i;
    }
    return out;
}

void measureStale(Project& project, const std::vector<RunSample>& samples,
                  const QualitySettings& settings, const QualityRunOptions& o, QualityReport& r)
{
    const QString parameters = settings.measuringParameters();
    const double windowSec =
        settings.value(QStringLiteral("truncated-event"), QStringLiteral("window_sec"));
    const auto stale = staleSamples(project, samples, r.checks, parameters, o.scope.has_value());
    if (!stale) {
        r.errors << stale.error();
        return;
    }
    QThreadPool pool;
    if (o.threads > 0)
        pool.setMaxThreadCount(o.threads);
    const qint64 total = stale.value().size();
    if (o.progress)
        o.progress(0, total);
    for (qsizetype start = 0; start < total; start += kBatch) {
        if (o.cancel && o.cancel->load()) {
            r.cancelled = true;
            return;
        }
        const QList<qsizetype> batch = stale.value().mid(start, kBatch);
        QList<Result<StoredMeasure>> done =
            QtConcurrent::blockingMapped(&pool, batch, [&](qsizetype i) -> Result<StoredMeasure> {
                const RunSample& s = samples[size_t(i)];
                return measureOne(s, project.toAbsolutePath(s.path), parameters, windowSec);
            });
        std::vector<StoredMeasure> good;
        for (Result<StoredMeasure>& m : done) {
            if (m)
                good.push_back(std::move(m).value());
            else
                r.errors << m.error();
        }
        if (Status s = QualityMeasures(project).put(good); !s) {
            r.errors << s.error();
            return;
        }
        r.measured += qint64(good.size());
        if (o.progress)
            o.progress(start + batch.size(), total);
    }
}

} // namespace

QualityReport QualityRunner::run(Project& project, const QualityRunOptions& o)
{
    QualityReport r;
    r.checks = QualitySettings::runnerCheckNames();
    if (!o.checks.isEmpty()) // the asked ones that the runner runs (never label-issue)
        r.checks.removeIf([&](const QString& c) { return !o.checks.contains(c); });
    const QualitySettings settings = QualitySettings::load(project);
    std::vector<RunSample> samples;
    const Status read = o.scope ? readScopedSamples(project, *o.scope, &samples, &r)
                                : readRunSamples(project, &samples, &r);
    if (!read) {
        r.errors << read.error();
        return r;
    }
    if (o.scope && samples.empty())
        return r; // nothing in scope: nothing to find, no flag to touch
    measureStale(project, samples, settings, o, r);
    if (r.cancelled)
        return r;
    QSet<qint64> scope;
    if (o.scope)
        for (const RunSample& s : samples)
            scope.insert(s.id);
    QualityFindings findings(project, samples, settings, r, o.scope ? &scope : nullptr);
    if (Status s = findings.collect(); !s) {
        r.errors << s.error();
        return r;
    }
    if (o.record) {
        if (Status s = Flags(project).replace(r.checks, r.flags, o.annotatorId, &r.delta,
                                              o.scope ? &scope : nullptr);
            !s)
            r.errors << s.error();
    }
    return r;
}

QualityReport QualityRunner::runAt(const QString& projectPath, const QualityRunOptions& options)
{
    auto project = Project::open(projectPath);
    if (!project) {
        QualityReport r;
        r.errors << project.error();
        return r;
    }
    return run(*project.value(), options);
}

} // namespace tally
