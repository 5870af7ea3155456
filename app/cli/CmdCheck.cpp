// tally-cli check PROJECT.tally [--checks LIST] [--threads N] [--json]
// tally-cli check PROJECT.tally --set CHECK.PARAM=VALUE [--annotator NAME]
// Runs the automated quality checks (core/quality/QualityRunner.h): files not measured
// yet (or changed) are decoded, the rest compared from their stored measures, and the
// findings recorded as flags (tally-cli flags). --set changes one threshold in the
// project's settings (audited as "quality.setting"); the next check compares again
// without decoding. Exit code 0 when the checks ran, whatever they found (a file that
// cannot be read is named on stderr); 1 when the project cannot be opened or written,
// 2 usage.
//   --json: {"checked": n, "flags": [{"path", "check", "value", "threshold",
//            "other": path or null}], "leaks": [{"a": path, "b": path,
//            "why": "duplicate"|"near-duplicate"|"group", "splits": [s1, s2]}]}
//   paths as stored in the project (relative to its folder).
#include "cli/Cli.h"
#include "cli/CliProject.h"
#include "quality/QualityRunner.h"
#include "quality/QualitySettings.h"
#include "store/Flags.h"

#include <QJsonArray>
#include <QMap>

namespace {

using namespace tally;

struct CheckCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Check)
};

QJsonValue pathOrNull(const QualityReport& r, qint64 id)
{
    return id > 0 ? QJsonValue(r.paths.value(id)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const QualityReport& r)
{
    QJsonArray flags;
    for (const FoundFlag& f : r.flags)
        flags.append(QJsonObject{{QStringLiteral("path"), r.paths.value(f.sampleId)},
                                 {QStringLiteral("check"), f.check},
                                 {QStringLiteral("value"), f.value},
                                 {QStringLiteral("threshold"), f.threshold},
                                 {QStringLiteral("other"), pathOrNull(r, f.otherSampleId)}});
    QJsonArray leaks;
    for (const QualityLeak& l : r.leaks)
        leaks.append(QJsonObject{{QStringLiteral("a"), r.paths.value(l.a)},
                                 {QStringLiteral("b"), r.paths.value(l.b)},
                                 {QStringLiteral("why"), l.why},
                                 {QStringLiteral("splits"), QJsonArray::fromStringList(l.splits)}});
    return QJsonObject{{QStringLiteral("checked"), r.checked},
                       {QStringLiteral("flags"), flags},
                       {QStringLiteral("leaks"), leaks}};
}

void printHuman(cli::Context& ctx, const QualityReport& r)
{
    QMap<QString, int> counts;
    for (const FoundFlag& f : r.flags)
        ++counts[f.check];
    ctx.out << CheckCmd::tr("Checked %1 samples (%2 decoded, the rest from stored measures): "
                            "%3 flags, %4 leaks\n")
                   .arg(r.checked)
                   .arg(r.measured)
                   .arg(r.flags.size())
                   .arg(r.leaks.size());
    for (const QString& c : r.checks)
        if (counts.value(c) > 0)
            ctx.out << QStringLiteral("  %1\t%2\n").arg(c).arg(counts.value(c));
    for (const QualityLeak& l : r.leaks)
        ctx.out << CheckCmd::tr("  leak (%1): %2 in %3, %4 in %5\n")
                       .arg(l.why == QLatin1String("group") ? CheckCmd::tr("group %1").arg(l.group)
                                                            : l.why,
                            r.paths.value(l.a), l.splits.value(0), r.paths.value(l.b),
                            l.splits.value(1));
}

int setThreshold(cli::Context& ctx, Project& project, const QString& assignment,
                 const QString& annotator)
{
    const auto parsed = QualitySettings::parseAssignment(assignment);
    if (!parsed)
        return ctx.fail(parsed.error().reason, 2);
    qint64 who = 0;
    if (!annotator.isEmpty() && (who = cli::annotatorIdOrFail(ctx, project, annotator)) == 0)
        return 1;
    if (Status s = Flags(project).setSetting(parsed.value().first,
                                             QString::number(parsed.value().second, 'g', 17), who);
        !s)
        return ctx.fail(s.error().toString());
    ctx.out
        << CheckCmd::tr("%1 = %2\n").arg(parsed.value().first.mid(8)).arg(parsed.value().second);
    return 0;
}

int runCheck(cli::Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CheckCmd::tr("Runs the quality checks and records what they find as flags. Checks: %1.")
            .arg(QualitySettings::checkNames().join(", ")));
    p.addPositionalArgument(QStringLiteral("project"), CheckCmd::tr("The .tally file."));
    const QCommandLineOption checks(QStringLiteral("checks"),
                                    CheckCmd::tr("Comma-separated checks (default: all)."),
                                    QStringLiteral("list"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 CheckCmd::tr("Change a threshold: CHECK.PARAM=VALUE."),
                                 QStringLiteral("assignment"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       CheckCmd::tr("Who changes it (for the audit)."),
                                       QStringLiteral("name"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     CheckCmd::tr("Worker threads (0: all cores)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), CheckCmd::tr("Print one JSON object."));
    p.addOptions({checks, set, annotator, threads, json});
    const QStringList pos = cli::parseProjectArgs(ctx, p);
    if (pos.isEmpty())
        return 2;
    const auto list = QualitySettings::parseList(p.value(checks));
    if (!list)
        return ctx.fail(list.error().reason, 2);
    bool ok = false;
    const int threadCount = p.value(threads).toInt(&ok);
    if (!ok || threadCount < 0)
        return ctx.fail(CheckCmd::tr("--threads must be 0 (all cores) or more"), 2);
    auto project = cli::openProjectOrFail(ctx, pos[0]);
    if (!project)
        return 1;
    if (p.isSet(set))
        return setThreshold(ctx, *project, p.value(set), p.value(annotator).trimmed());
    QualityRunOptions o;
    o.checks = list.value();
    o.threads = threadCount;
    const QualityReport r = QualityRunner::run(*project, o);
    for (const Error& e : r.errors)
        ctx.err << "  " << e.toString() << "\n";
    if (p.isSet(json))
        ctx.printJson(toJson(r));
    else
        printHuman(ctx, r);
    // A failed store write (flags not recorded) is a failure; unreadable files are not.
    for (const Error& e : r.errors)
        if (e.path == project->path())
            return 1;
    return 0;
}

cli::CliRegistrar reg{"check",
                      "check PROJECT.tally [--checks LIST] [--threads N] [--json] | "
                      "check PROJECT.tally --set CHECK.PARAM=VALUE [--annotator NAME]",
                      QT_TRANSLATE_NOOP("tally::cli::Commands",
                                        "Run the quality checks (levels, clipping, length, "
                                        "format, images, boxes, duplicates, near-duplicates, "
                                        "leaks) and record flags; or change a threshold"),
                      runCheck};

} // namespace
