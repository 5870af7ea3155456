// tally-cli trim PROJECT.tally (--sample PATH ... | --all) --annotator NAME
//                [--window SEC] [--clip [--out-dir DIR]] [--json]
// For each chosen audio sample, finds the window of SEC seconds (default 1.0) with the
// most energy by the rule in formats/LoudestTrim.h (shared with the GUI) and either
//   - adds a region [start, end) for the annotator, classed with that annotator's label
//     of the sample, else the sample's imported class (an identical region of the same
//     annotator is not added twice: counted as skipped), or
//   - with --clip, writes <base>_loudest.wav next to the original (or into DIR) and
//     stores it as a new sample (formats/DerivedClip.h). Existing files are never
//     overwritten. Samples no longer than the window are skipped (nothing to cut).
// --all takes every audio sample (background recordings are left out); --sample PATH
// (repeatable) is a file as on disk, absolute or relative to the current folder.
// A sample that fails (not in the project, undecodable, file exists) is reported with
// its path and the reason; the others go on. Exit code 0 ok, 1 any failed, 2 usage.
//   --json: {"regions": n, "clips": n, "skipped": n, "errors": [{"path", "reason"}],
//            "items": [{"path", "start_sec", "end_sec"[, "clip"]}]}
#include "audio/AudioDecoder.h"
#include "cli/CliProject.h"
#include "formats/DerivedClip.h"
#include "formats/LoudestTrim.h"
#include "store/Regions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace {

using namespace tally;

// The translation context of this command's messages.
struct Trim
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Trim)
};

struct TrimOptions
{
    QString project;
    QStringList samplePaths; // as given on the command line
    bool all = false;
    QString annotator;
    double windowSec = 1.0;
    bool clip = false;
    QString outDir; // empty: next to each original
    bool json = false;
};

struct TrimReport
{
    int regions = 0;
    int clips = 0;
    int skipped = 0;
    QList<Error> errors;
    QJsonArray items;
};

// Parses ctx.args into o. Returns 0 when fine, else the exit code (2: usage).
int parseOptions(cli::Context& ctx, TrimOptions& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Trim::tr("Marks (or cuts out) the loudest window of samples."));
    parser.addPositionalArgument(QStringLiteral("project"), Trim::tr("The .tally file."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    Trim::tr("A sample's file (repeatable)."),
                                    QStringLiteral("path"));
    const QCommandLineOption all(QStringLiteral("all"), Trim::tr("Every audio sample."));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       Trim::tr("Who makes the regions."), QStringLiteral("name"));
    const QCommandLineOption window(QStringLiteral("window"), Trim::tr("Window length in seconds."),
                                    QStringLiteral("sec"), QStringLiteral("1.0"));
    const QCommandLineOption clip(QStringLiteral("clip"), Trim::tr("Write derived clips instead."));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), Trim::tr("Folder for the clips."),
                                    QStringLiteral("dir"));
    const QCommandLineOption json(QStringLiteral("json"), Trim::tr("Print one JSON object."));
    parser.addOptions({sample, all, annotator, window, clip, outDir, json});
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(Trim::tr("expected one argument: PROJECT.tally"), 2);
    o.project = pos.first();
    o.samplePaths = parser.values(sample);
    o.all = parser.isSet(all);
    if (o.all == !o.samplePaths.isEmpty())
        return ctx.fail(Trim::tr("give either --sample PATH or --all"), 2);
    o.annotator = parser.value(annotator).trimmed();
    if (o.annotator.isEmpty())
        return ctx.fail(Trim::tr("--annotator NAME is required"), 2);
    bool ok = false;
    o.windowSec = parser.value(window).toDouble(&ok);
    if (!ok || !(o.windowSec > 0.0) || !std::isfinite(o.windowSec))
        return ctx.fail(Trim::tr("--window must be a positive number of seconds"), 2);
    o.clip = parser.isSet(clip);
    o.outDir = parser.value(outDir);
    if (parser.isSet(outDir) && !o.clip)
        return ctx.fail(Trim::tr("--out-dir goes with --clip"), 2);
    o.json = parser.isSet(json);
    return 0;
}

// The samples to trim: every audio sample, or those named by --sample (each must be
// an audio sample of the project; the others become errors).
std::vector<SampleRecord> chooseSamples(const Project& project, const TrimOptions& o,
                                        TrimReport& report)
{
    std::vector<SampleRecord> chosen;
    if (o.all) {
        for (SampleRecord& r : project.samples())
            if (r.kind == SampleKind::Audio)
                chosen.push_back(std::move(r));
        return chosen;
    }
    for (const QString& given : o.samplePaths) {
        const QString absolute = QFileInfo(given).absoluteFilePath();
        Result<SampleRecord> r = project.sampleByPath(project.toStoredPath(absolute));
        if (!r)
            report.errors << Error{absolute, Trim::tr("not a sample of the project")};
        else if (r.value().kind != SampleKind::Audio)
            report.errors << Error{
                absolute, Trim::tr("not an audio sample (%1)").arg(sampleKindName(r.value().kind))};
        else
            chosen.push_back(std::move(r).value());
    }
    return chosen;
}

QJsonObject itemJson(const QString& path, double startSec, double endSec)
{
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("start_sec"), startSec},
                       {QStringLiteral("end_sec"), endSec}};
}

// Regions by the core rule (LoudestTrim::plan), written here. Failures go to
// report.errors; samples the rule skips (an identical region already there, no
// longer than the window) are counted as skipped.
void addRegions(Project& project, const TrimOptions& o, qint64 annotatorId,
                const std::vector<SampleRecord>& samples, TrimReport& report)
{
    QList<qint64> ids;
    for (const SampleRecord& s : samples)
        ids << s.id;
    const LoudestTrimPlan plan = LoudestTrim::plan(project, ids, annotatorId, o.windowSec);
    report.errors << plan.errors;
    report.skipped += int(plan.skipped.size());
    Regions regions(project);
    for (const TrimRegion& r : plan.regions) {
        const Result<qint64> id = regions.addRegion(r.region);
        if (!id) {
            report.errors << Error{r.path, id.error().reason};
            continue;
        }
        ++report.regions;
        report.items.append(itemJson(r.path, r.region.startSec, r.region.endSec));
    }
}

// Writes the derived clip of one sample. Failures go to report.errors.
void clipOne(Project& project, const TrimOptions& o, const SampleRecord& sample, TrimReport& report)
{
    const QString absolute = project.toAbsolutePath(sample.path);
    const Result<Signal> decoded = AudioDecoder::decode(absolute);
    if (!decoded) {
        report.errors << Error{absolute, decoded.error().reason};
        return;
    }
    const Signal& signal = decoded.value();
    const Result<LoudestCut> cut = LoudestTrim::cut(signal, o.windowSec);
    if (!cut) {
        report.errors << Error{absolute, cut.error().reason};
        return;
    }
    if (cut.value().skipped()) {
        ++report.skipped; // the clip would be the whole sample again
        return;
    }
    const FrameRange range = cut.value().range;
    const Result<SampleRecord> written =
        DerivedClip::write(project, sample, signal, range, o.outDir);
    if (!written) {
        report.errors << written.error();
        return;
    }
    QJsonObject item = itemJson(absolute, double(range.startFrame) / signal.rateHz,
                                double(range.endFrame) / signal.rateHz);
    item.insert(QStringLiteral("clip"), project.toAbsolutePath(written.value().path));
    ++report.clips;
    report.items.append(item);
}

QJsonObject toJson(const TrimReport& report)
{
    QJsonArray errors;
    for (const Error& e : report.errors)
        errors.append(
            QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("reason"), e.reason}});
    return QJsonObject{{QStringLiteral("regions"), report.regions},
                       {QStringLiteral("clips"), report.clips},
                       {QStringLiteral("skipped"), report.skipped},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("items"), report.items}};
}

void printHuman(cli::Context& ctx, const TrimReport& report)
{
    for (const QJsonValue& v : report.items) {
        const QJsonObject item = v.toObject();
        ctx.out << item.value(QStringLiteral("path")).toString() << "\t"
                << QString::number(item.value(QStringLiteral("start_sec")).toDouble(), 'f', 4)
                << "\t"
                << QString::number(item.value(QStringLiteral("end_sec")).toDouble(), 'f', 4);
        if (item.contains(QStringLiteral("clip")))
            ctx.out << "\t" << item.value(QStringLiteral("clip")).toString();
        ctx.out << "\n";
    }
    ctx.out << Trim::tr("%1 regions, %2 clips, %3 skipped, %4 errors\n")
                   .arg(report.regions)
                   .arg(report.clips)
                   .arg(report.skipped)
                   .arg(report.errors.size());
    for (const Error& e : report.errors)
        ctx.err << "  " << e.toString() << "\n";
}

int runTrim(cli::Context& ctx)
{
    TrimOptions o;
    if (const int usage = parseOptions(ctx, o); usage != 0)
        return usage;
    auto opened =
        cli::openProjectOrFail(ctx, o.project, Trim::tr("no project at %1").arg(o.project));
    if (!opened)
        return 1;
    Project& project = *opened;
    TrimReport report;
    if (o.clip) {
        for (const SampleRecord& sample : chooseSamples(project, o, report))
            clipOne(project, o, sample, report);
    } else {
        const qint64 annotatorId = cli::annotatorIdOrFail(ctx, project, o.annotator);
        if (annotatorId == 0)
            return 1;
        addRegions(project, o, annotatorId, chooseSamples(project, o, report), report);
    }
    if (o.json)
        ctx.printJson(toJson(report));
    else
        printHuman(ctx, report);
    return report.errors.isEmpty() ? 0 : 1;
}

cli::CliRegistrar reg{
    "trim",
    "trim PROJECT.tally (--sample PATH | --all) --annotator NAME [--window SEC] [--clip "
    "[--out-dir DIR]] [--json]",
    "Region (or, with --clip, a new derived clip) over each sample's loudest window", runTrim};

} // namespace
