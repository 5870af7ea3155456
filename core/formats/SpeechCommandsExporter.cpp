#include "formats/SpeechCommandsExporter.h"

#include "audio/AudioDecoder.h"
#include "audio/LoudestWindow.h"
#include "formats/ClipAugmenter.h"
#include "formats/DatasetCard.h"
#include "formats/ExportFolder.h"
#include "formats/ExportPaths.h"
#include "formats/ManifestExporter.h"
#include "store/Exports.h"
#include "store/Project.h"
#include "util/CheckedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace tally {

namespace {

const QString kBackground = QStringLiteral("_background_noise_");

// One augmented copy of a job's clip.
struct CopyJob
{
    int index = 0; // 1-based, as in "_aug<index>"
    QString relativePath;
    QString stagedPath; // where it is written (its folder checked and made once)
    AugmentedCopy params;
};

// One file to write: items[item] goes to relativePath (inside the export folder),
// followed by its augmented copies.
struct Job
{
    size_t item = 0;
    QString relativePath;
    QString stagedPath; // where it is written (its folder checked and made once)
    std::vector<CopyJob> copies;
};

struct CopyResult
{
    Status status;
    AugmentedClip clip; // signal emptied once written; the rest is for the manifest
};

struct JobResult
{
    Status status;                     // of the original clip (unset: cancelled)
    std::vector<CopyResult> copies;    // empty when the original failed
    std::optional<Error> writeFailure; // a file could not be written: the export fails
};

bool isTraining(const ExportItem& it)
{
    return it.split.isEmpty() || it.split == QLatin1String("training");
}

// Zero-pads (centred, the odd frame at the end) or crops (centred) mono x to frames.
Signal toLength(const Signal& x, qint64 frames)
{
    Signal out{x.rateHz, 1, std::vector<float>(size_t(frames), 0.0f)};
    const qint64 have = x.frames();
    if (have >= frames) {
        const qint64 start = (have - frames) / 2;
        std::copy_n(x.samples.begin() + start, frames, out.samples.begin());
    } else {
        std::copy_n(x.samples.begin(), have, out.samples.begin() + (frames - have) / 2);
    }
    return out;
}

FrameRange chooseWindow(const Signal& mono, qint64 windowFrames, ClipFit fit)
{
    if (fit == ClipFit::LoudestWindow)
        return loudestWindow(mono, windowFrames);
    const qint64 start = (mono.frames() - windowFrames) / 2;
    return {start, start + windowFrames};
}

// "spk_nohash_0" -> "spk_nohash_0_2"; "take" -> "take_nohash_2": the hash base stays.
QString suffixed(const QString& stem, int n)
{
    return stem.contains(QStringLiteral("_nohash_")) ? stem + QStringLiteral("_%1").arg(n)
                                                     : stem + QStringLiteral("_nohash_%1").arg(n);
}

// The folder an item goes to ("" + error set when its class name is unsafe).
QString folderOf(const ExportItem& it, const QString& exportFolder, Error* error)
{
    if (it.kind == SampleKind::Background)
        return kBackground;
    const QString wouldBe = QDir(exportFolder).filePath(it.className);
    if (it.className == kBackground) {
        *error = Error{wouldBe, SpeechCommandsExporter::tr(
                                    "refused: a class named %1 would read back as background "
                                    "noise; rename the class")
                                    .arg(kBackground)};
        return {};
    }
    const Result<QString> safe = ExportPaths::safeComponent(it.className);
    if (!safe)
        *error = Error{wouldBe, SpeechCommandsExporter::tr("refused class name \"%1\": %2")
                                    .arg(it.className, safe.error().reason)};
    return safe ? safe.value() : QString();
}

// The hash key of a sample as Balance sees it (splits/BalanceItems.h).
QString hashKeyOf(const ExportItem& it)
{
    return it.contentHash.isEmpty() ? it.storedPath : it.contentHash;
}

OversamplePlan planCopies(const std::vector<ExportItem>& items, const SpeechCommandsOptions& o)
{
    if (o.oversampleTo <= 0)
        return {};
    std::vector<RebalanceItem> training;
    for (const ExportItem& it : items)
        if (it.kind == SampleKind::Audio && isTraining(it) && !it.className.isEmpty())
            training.push_back(RebalanceItem{it.sampleId, it.className, hashKeyOf(it)});
    return Balance::planOversample(training, o.oversampleTo, o.augmentation);
}

// The copies of an item written as dir/stem.wav: "<stem>_aug<k>" (the hash base kept),
// staged in stagedDir; taken (lower-case relative paths) grows.
std::vector<CopyJob> planCopyJobs(const ExportItem& it, const QString& dir,
                                  const QString& stagedDir, const QString& stem,
                                  const OversamplePlan& plan, QSet<QString>& taken)
{
    std::vector<CopyJob> copies;
    const int n = plan.copiesOf.value(it.sampleId);
    for (int k = 1; k <= n; ++k) {
        const QString copyStem = stem.contains(QStringLiteral("_nohash_"))
                                     ? stem + QStringLiteral("_aug%1").arg(k)
                                     : stem + QStringLiteral("_nohash_aug%1").arg(k);
        QString rel = dir + u'/' + copyStem + QStringLiteral(".wav");
        for (int m = 2; taken.contains(rel.toLower()); ++m)
            rel = dir + u'/' + suffixed(copyStem, m) + QStringLiteral(".wav");
        taken.insert(rel.toLower());
        copies.push_back(CopyJob{k, rel, stagedDir + rel.mid(dir.size()),
                                 Balance::augmentation(hashKeyOf(it), k, plan.augmentation)});
    }
    return copies;
}

// Creates the staged folder dir (one path component) once and returns its path; made
// remembers the outcome. The folder is checked here, once, on the calling thread
// (ExportFolder::stagedPath: inside the staging folder, no symbolic link on the way).
// A file in it is then named by a safe component (ExportPaths::safeComponent) and opened
// with O_CREAT | O_EXCL (CheckedFile), which refuses a link or any file already there, so
// the per-file path resolution (a dozen stat/lstat calls per clip) is not repeated.
// A refused name fails its items; a folder that cannot be made fails the export (*fatal).
Result<QString> makeFolder(const ExportFolder& folder, const QString& dir,
                           QHash<QString, Result<QString>>& made, std::optional<Error>* fatal)
{
    if (const auto known = made.constFind(dir); known != made.cend())
        return known.value();
    Result<QString> staged = folder.stagedPath(dir);
    if (staged) {
        if (const Status s = folder.makeFolders(dir); !s) {
            if (!*fatal)
                *fatal = s.error();
            staged = s.error();
        }
    }
    made.insert(dir, staged);
    return staged;
}

// Chooses every item's relative path; unsafe ones become errors. Items by sample id.
std::vector<Job> planJobs(const std::vector<ExportItem>& items, const ExportFolder& folder,
                          const OversamplePlan& plan, ExportReport& report,
                          std::optional<Error>* fatal)
{
    std::vector<Job> jobs;
    QSet<QString> taken;                  // lower-case relative paths
    QHash<QString, Result<QString>> made; // per folder: its staged path, or why not
    for (size_t i = 0; i < items.size(); ++i) {
        const ExportItem& it = items[i];
        Error error;
        const QString dir = folderOf(it, folder.folder(), &error);
        const Result<QString> stem =
            ExportPaths::safeComponent(QFileInfo(it.storedPath).completeBaseName());
        if (dir.isEmpty() || !stem) {
            report.errors << (dir.isEmpty() ? error : Error{it.absolutePath, stem.error().reason});
            continue;
        }
        QString rel = dir + u'/' + stem.value() + QStringLiteral(".wav");
        for (int n = 2; taken.contains(rel.toLower()); ++n)
            rel = dir + u'/' + suffixed(stem.value(), n) + QStringLiteral(".wav");
        const Result<QString> stagedDir = makeFolder(folder, dir, made, fatal);
        if (!stagedDir) {
            report.errors << stagedDir.error();
            continue;
        }
        taken.insert(rel.toLower());
        jobs.push_back(Job{i, rel, stagedDir.value() + rel.mid(dir.size()), {}});
    }
    // Copies after every original, so that oversampling never renames an original.
    for (Job& job : jobs) {
        const QString dir = job.relativePath.section(u'/', 0, 0);
        job.copies = planCopyJobs(items[job.item], dir, made.constFind(dir)->value(),
                                  QFileInfo(job.relativePath).completeBaseName(), plan, taken);
    }
    return jobs;
}

// A canonical 44-byte-header PCM 16-bit WAV of a mono signal, clipped to [-1, 1] and
// rounded (as libsndfile writes PCM_16 with clipping on). Written with CheckedFile (every
// write and the close checked, no per-file sync): the whole export is staged
// (ExportFolder) and synced once, so the per-file temporary file, rename and sync of
// AudioWriter would only cost time (they did, most of it).
QByteArray wavPcm16(const Signal& mono)
{
    const quint32 frames = quint32(mono.frames());
    QByteArray b(44 + qsizetype(frames) * 2, Qt::Uninitialized);
    uchar* p = reinterpret_cast<uchar*>(b.data());
    const auto u32 = [&p](quint32 v) { qToLittleEndian(v, p), p += 4; };
    const auto u16 = [&p](quint16 v) { qToLittleEndian(v, p), p += 2; };
    std::memcpy(p, "RIFF", 4), p += 4;
    u32(36 + frames * 2);
    std::memcpy(p, "WAVEfmt ", 8), p += 8;
    u32(16), u16(1), u16(1), u32(quint32(mono.rateHz)), u32(quint32(mono.rateHz) * 2), u16(2),
        u16(16);
    std::memcpy(p, "data", 4), p += 4;
    u32(frames * 2);
    for (float v : mono.samples)
        u16(quint16(qint16(std::lrint(std::clamp(v, -1.0f, 1.0f) * 32767.0f))));
    return b;
}

// Writes a clip whose folder exists (planJobs made it).
Status writeClip(const QString& path, const Signal& mono)
{
    return CheckedFile::writeNew(path, wavPcm16(mono));
}

Result<Signal> decodeFitted(const ExportItem& it, const SpeechCommandsOptions& o)
{
    const Result<Signal> decoded = AudioDecoder::decode(it.absolutePath);
    if (!decoded)
        return Error{it.absolutePath, decoded.error().reason};
    const qint64 frames = it.kind == SampleKind::Background
                              ? 0
                              : std::max<qint64>(1, std::llround(o.lengthSec * o.rateHz));
    Result<Signal> fitted =
        SpeechCommandsExporter::fitClip(decoded.value(), o.rateHz, frames, o.fit, o.resampler);
    if (!fitted)
        return Error{it.absolutePath, fitted.error().reason};
    return fitted;
}

// Writes the clip of a job, then its augmented copies.
JobResult exportClip(const Job& job, const ExportItem& it, const ExportFolder& folder,
                     const SpeechCommandsOptions& o,
                     const std::vector<AugmentBackground>& backgrounds)
{
    JobResult r;
    const Result<Signal> fitted = decodeFitted(it, o);
    if (!fitted) {
        r.status = fitted.error();
        return r;
    }
    r.status = writeClip(job.stagedPath, fitted.value());
    if (!r.status) { // named by the path the user knows (the staging folder is removed)
        r.writeFailure = Error{folder.finalPath(job.relativePath).value(), r.status.error().reason};
        return r;
    }
    for (const CopyJob& c : job.copies) {
        CopyResult cr;
        cr.clip = ClipAugmenter::apply(fitted.value(), c.params, backgrounds);
        cr.status = writeClip(c.stagedPath, cr.clip.signal);
        cr.clip.signal = {};
        if (!cr.status) {
            r.writeFailure =
                Error{folder.finalPath(c.relativePath).value(), cr.status.error().reason};
            return r;
        }
        r.copies.push_back(std::move(cr));
    }
    return r;
}

// Runs the jobs on a private pool; returns one result per job (unset ones: cancelled, or
// not started after a write failed: the first one stops every thread).
std::vector<JobResult> runJobs(const std::vector<Job>& jobs, const std::vector<ExportItem>& items,
                               const ExportFolder& folder, const SpeechCommandsOptions& o,
                               const std::vector<AugmentBackground>& backgrounds,
                               const ExportProgress& progress, const std::atomic_bool* cancel)
{
    std::vector<JobResult> results(jobs.size());
    std::atomic<size_t> next{0};
    std::atomic<int> done{0};
    std::atomic_bool failed{false};
    QThreadPool pool;
    const int threads = o.threads > 0 ? o.threads : std::max(1, QThread::idealThreadCount());
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t)
        pool.start([&] {
            for (size_t j = next++; j < jobs.size(); j = next++) {
                if ((cancel && cancel->load()) || failed.load())
                    return;
                results[j] = exportClip(jobs[j], items[jobs[j].item], folder, o, backgrounds);
                if (results[j].writeFailure)
                    failed = true;
                ++done;
            }
        });
    while (!pool.waitForDone(50))
        if (progress)
            progress(done.load(), int(jobs.size()));
    if (progress)
        progress(done.load(), int(jobs.size()));
    return results;
}

QByteArray listOf(const std::vector<ExportItem>& items, const QString& split)
{
    QStringList lines;
    for (const ExportItem& it : items)
        if (!it.exportPath.isEmpty() && it.kind != SampleKind::Background && it.split == split)
            lines << it.exportPath;
    lines.sort();
    return lines.isEmpty() ? QByteArray() : (lines.join(u'\n') + u'\n').toUtf8();
}

// {"<class>": weight} over the training files written (copies included).
QByteArray classWeightsJson(const std::vector<ExportItem>& written)
{
    QMap<QString, qint64> counts;
    for (const ExportItem& it : written)
        if (it.kind == SampleKind::Audio && isTraining(it))
            ++counts[it.className];
    QJsonObject weights;
    const QMap<QString, double> w = Balance::classWeights(counts);
    for (auto it = w.cbegin(); it != w.cend(); ++it)
        weights.insert(it.key(), it.value());
    return QJsonDocument(weights).toJson(QJsonDocument::Indented);
}

// The project's background samples among the selected items, mono at the export rate,
// for mixing into augmented copies (only decoded when a copy is planned).
std::vector<AugmentBackground> loadBackgrounds(const std::vector<ExportItem>& items,
                                               const SpeechCommandsOptions& o)
{
    std::vector<AugmentBackground> out;
    for (const ExportItem& it : items) {
        if (it.kind != SampleKind::Background)
            continue;
        const Result<Signal> mono = decodeFitted(it, o);
        if (mono && mono.value().frames() > 0)
            out.push_back(AugmentBackground{QFileInfo(it.storedPath).fileName(), mono.value()});
    }
    return out;
}

// The manifest row of a written copy: the original's, with the augmentation recorded.
ExportItem copyItem(const ExportItem& original, const CopyJob& c, const AugmentedClip& clip,
                    const std::vector<AugmentBackground>& backgrounds, int rateHz)
{
    ExportItem copy = original;
    copy.exportPath = c.relativePath;
    copy.metadata.insert(QStringLiteral("augmented_from"), original.exportPath);
    copy.metadata.insert(QStringLiteral("shift_ms"), double(clip.shiftFrames) * 1000.0 / rateHz);
    copy.metadata.insert(QStringLiteral("gain_db"), c.params.gainDb);
    if (clip.mixed) {
        copy.metadata.insert(QStringLiteral("snr_db"), c.params.snrDb);
        copy.metadata.insert(QStringLiteral("background"),
                             backgrounds[size_t(clip.backgroundIndex)].name);
    }
    return copy;
}

// Lists, manifests, card, attribution and class weights for the written items (into
// staging). originals: written without the augmented copies. The first file that
// cannot be written fails the export (returned).
Status writeSideFiles(Project& project, const ExportFolder& folder,
                      const std::vector<ExportItem>& written,
                      const std::vector<ExportItem>& originals, const SpeechCommandsOptions& o,
                      const ExportInputs& inputs, ExportReport& report)
{
    QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("validation_list.txt"), listOf(written, QStringLiteral("validation"))},
        {QStringLiteral("testing_list.txt"), listOf(written, QStringLiteral("testing"))},
        {QStringLiteral("class_weights.json"), classWeightsJson(written)}};
    if (o.writeCsvManifest)
        files.append({ManifestExporter::csvFileName(),
                      ManifestExporter::csv(written, ManifestPaths::ExportPath)});
    if (o.writeInfoLabels)
        files.append({ManifestExporter::infoLabelsFileName(),
                      ManifestExporter::infoLabels(written, ManifestPaths::ExportPath)});
    DatasetCardInfo card = DatasetCard::infoFor(project, QStringLiteral("speech-commands"),
                                                SpeechCommandsExporter::parameters(o), inputs);
    files.append({DatasetCard::cardFileName(), DatasetCard::markdown(written, card).toUtf8()});
    files.append(
        {DatasetCard::attributionFileName(), DatasetCard::attribution(originals).toUtf8()});
    for (const auto& [name, bytes] : files) {
        if (Status s = folder.writeFile(name, bytes); !s)
            return s;
        report.files << name;
    }
    return {};
}

ResampleQuality qualityOf(ExportResampler resampler)
{
    switch (resampler) {
    case ExportResampler::SoxrLow:
        return ResampleQuality::Low;
    case ExportResampler::SoxrMedium:
        return ResampleQuality::Medium;
    case ExportResampler::SoxrVeryHigh:
        return ResampleQuality::VeryHigh;
    case ExportResampler::SoxrHigh:
        break;
    }
    return ResampleQuality::High;
}

// As recorded with the version and in the dataset card.
QString resamplerName(ExportResampler resampler)
{
    switch (resampler) {
    case ExportResampler::SoxrLow:
        return QStringLiteral("soxr low");
    case ExportResampler::SoxrMedium:
        return QStringLiteral("soxr medium");
    case ExportResampler::SoxrVeryHigh:
        return QStringLiteral("soxr very high");
    case ExportResampler::SoxrHigh:
        break;
    }
    return QStringLiteral("soxr high");
}

// The items written (as exported: rate, channels, length) and their copies, from the
// jobs' results; per-file errors into report, the first write failure into *fatal.
// Returns originals and copies; *originals gets the originals alone.
std::vector<ExportItem>
collectWritten(const std::vector<Job>& jobs, const std::vector<JobResult>& results,
               const std::vector<ExportItem>& items, const SpeechCommandsOptions& o,
               const std::vector<AugmentBackground>& backgrounds, ExportReport& report,
               std::vector<ExportItem>* originals, std::optional<Error>* fatal)
{
    std::vector<ExportItem>& written = *originals;
    std::vector<ExportItem> copies;
    for (size_t j = 0; j < jobs.size(); ++j) {
        if (results[j].writeFailure) {
            if (!*fatal)
                *fatal = *results[j].writeFailure;
            continue;
        }
        if (!results[j].status) {
            report.errors << results[j].status.error();
            continue;
        }
        written.push_back(items[jobs[j].item]);
        ExportItem& w = written.back();
        w.exportPath = jobs[j].relativePath;
        if (w.kind == SampleKind::Audio) // as exported (background files keep their length)
            w.durationSec = double(std::llround(o.lengthSec * o.rateHz)) / o.rateHz;
        else if (w.rateHz > 0)
            w.durationSec = std::round(w.durationSec * o.rateHz) / o.rateHz;
        w.rateHz = o.rateHz;
        w.channels = 1;
        for (size_t c = 0; c < results[j].copies.size(); ++c) {
            const CopyResult& cr = results[j].copies[c];
            if (cr.status)
                copies.push_back(copyItem(w, jobs[j].copies[c], cr.clip, backgrounds, o.rateHz));
            else
                report.errors << cr.status.error();
        }
    }
    report.written = int(written.size());
    report.augmented = int(copies.size());
    std::vector<ExportItem> all = written;
    all.insert(all.end(), copies.begin(), copies.end());
    return all;
}

} // namespace

Signal SpeechCommandsExporter::mixDown(const Signal& input)
{
    if (input.channels == 1)
        return input;
    return Signal{input.rateHz, 1, input.channelData(-1)};
}

Result<Signal> SpeechCommandsExporter::fitClip(const Signal& input, int rateHz, qint64 targetFrames,
                                               ClipFit fit, ExportResampler resampler)
{
    if (input.rateHz <= 0 || input.channels <= 0 || input.frames() == 0)
        return Error{{}, tr("the clip is empty or has no sample rate")};
    const Signal mixed = input.channels == 1 ? Signal{} : mixDown(input);
    const Signal& mono = input.channels == 1 ? input : mixed; // no copy of a mono clip
    if (targetFrames <= 0)
        return resample(mono, rateHz, resampler);
    const double ratio = double(rateHz) / double(mono.rateHz);
    const qint64 windowFrames = qint64(std::ceil(double(targetFrames) / ratio));
    if (mono.frames() <= windowFrames) {
        Result<Signal> resampled = resample(mono, rateHz, resampler);
        if (!resampled)
            return resampled;
        return toLength(resampled.value(), targetFrames);
    }
    const FrameRange window = chooseWindow(mono, windowFrames, fit);
    const FrameRange cut{std::max<qint64>(0, window.startFrame - kMarginFrames),
                         std::min(mono.frames(), window.endFrame + kMarginFrames)};
    Result<Signal> part = extractFrames(mono, cut);
    if (!part)
        return part;
    Result<Signal> resampled = resample(part.value(), rateHz, resampler);
    if (!resampled)
        return resampled;
    const Signal& r = resampled.value();
    const qint64 offset = std::llround(double(window.startFrame - cut.startFrame) * ratio);
    Signal out{rateHz, 1, std::vector<float>(size_t(targetFrames), 0.0f)};
    const qint64 n = std::clamp<qint64>(r.frames() - offset, 0, targetFrames);
    std::copy_n(r.samples.begin() + offset, n, out.samples.begin());
    return out;
}

Result<Signal> SpeechCommandsExporter::resample(const Signal& input, int rateHz,
                                                ExportResampler resampler)
{
    return Resampler::resample(input, rateHz, qualityOf(resampler));
}

QJsonObject SpeechCommandsExporter::parameters(const SpeechCommandsOptions& o)
{
    QJsonObject p{{QStringLiteral("rate_hz"), o.rateHz},
                  {QStringLiteral("length_sec"), o.lengthSec},
                  {QStringLiteral("fit"), o.fit == ClipFit::LoudestWindow
                                              ? QStringLiteral("loudest-window")
                                              : QStringLiteral("centre-crop")},
                  {QStringLiteral("sample_format"), QStringLiteral("PCM 16-bit mono WAV")},
                  {QStringLiteral("resampler"), resamplerName(o.resampler)},
                  {QStringLiteral("background"), o.includeBackground},
                  {QStringLiteral("allowed_licences"), o.filter.allowedLicences.join(u',')},
                  {QStringLiteral("status_filter"), o.filter.allowedSampleIds.has_value()}};
    if (o.oversampleTo > 0) {
        p.insert(QStringLiteral("oversample_to"), o.oversampleTo);
        p.insert(QStringLiteral("augmentation"), o.augmentation.toJson());
    }
    return p;
}

ExportReport SpeechCommandsExporter::run(Project& project, const SpeechCommandsOptions& o,
                                         const ExportInputs& inputs, const ExportProgress& progress,
                                         const std::atomic_bool* cancel)
{
    ExportReport report;
    if (o.rateHz <= 0 || !(o.lengthSec > 0.0) || !std::isfinite(o.lengthSec)) {
        report.errors << Error{
            o.folder, tr("invalid rate or length (%1 Hz, %2 s)").arg(o.rateHz).arg(o.lengthSec)};
        return report;
    }
    std::optional<ExportStart> start =
        beginExport(project, o.folder, o.overwrite, o.filter, inputs, &report);
    if (!start)
        return report;
    ExportFolder& folder = *start->folder;
    std::vector<ExportItem>& items = start->selection.items;
    const OversamplePlan plan = planCopies(items, o);
    const std::vector<AugmentBackground> backgrounds =
        plan.copiesOf.isEmpty() ? std::vector<AugmentBackground>() : loadBackgrounds(items, o);
    skipOtherKinds(
        &report, items,
        [&](const ExportItem& it) {
            return it.kind == SampleKind::Audio ||
                   (it.kind == SampleKind::Background && o.includeBackground);
        },
        QStringLiteral("Speech Commands"));
    report.warnings = exportWarnings(items);
    std::optional<Error> fatal;
    const std::vector<Job> jobs = planJobs(items, folder, plan, report, &fatal);
    if (fatal) {
        failExport(report, *fatal);
        return report; // the staging folder goes with `folder`
    }
    const std::vector<JobResult> results =
        runJobs(jobs, items, folder, o, backgrounds, progress, cancel);
    if (cancel && cancel->load()) {
        report.cancelled = true;
        return report;
    }
    std::vector<ExportItem> written;
    std::vector<ExportItem> all =
        collectWritten(jobs, results, items, o, backgrounds, report, &written, &fatal);
    if (fatal) {
        failExport(report, *fatal);
        return report;
    }
    if (Status s = writeSideFiles(project, folder, all, written, o, inputs, report); !s) {
        failExport(report, s.error());
        return report;
    }
    RecordVersion record;
    if (o.recordVersion)
        record = [&] {
            return Exports(project).recordExport(QStringLiteral("speech-commands"), report.folder,
                                                 parameters(o), exportSnapshot(written));
        };
    finishExport(folder, report, record);
    return report;
}

} // namespace tally
