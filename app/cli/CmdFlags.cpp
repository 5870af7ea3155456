// tally-cli flags PROJECT.tally [--check NAME] [--json]
// tally-cli flags PROJECT.tally --counts [--json]
// tally-cli flags PROJECT.tally --measures CHECK [--json]
// tally-cli flags PROJECT.tally --sample PATH --dismiss CHECK[,CHECK…]|all --reason TEXT
//                 --annotator NAME
// Lists the open flags the quality checks recorded (store/Flags.h): active ones and
// those a person dismissed; or dismisses a sample's active flags of some checks ("all":
// every check; the GUI Flagged queue's Keep, quality/FlagTriage) — the sample is kept;
// who, why and when are recorded and audited as "flag.dismiss".
// Exit code 0 ok, 1 error (no such sample, no such flag, ...), 2 usage.
//   --json (list): {"flags": [{"path", "check", "value", "threshold", "other": path or
//                  null, "detail", "at", "version", "dismissed": null or {"by", "reason",
//                  "at"}}]}
//   --json (dismiss): {"dismissed": n, "check": "...", "path": "..."}
//   --counts: the active flags per check (what the GUI's Quality dock counts);
//             --json {"counts": {"too-quiet": n, ...}} (checks with none left out)
//   --measures CHECK: the stored values the check compares with its main parameter (the
//             GUI's histogram, quality/CheckHistogram.h), one a line; --json {"check",
//             "param", "measure", "threshold", "values": [...]}
#include "cli/Cli.h"
#include "cli/CliProject.h"
#include "quality/CheckHistogram.h"
#include "quality/FlagTriage.h"
#include "quality/QualitySettings.h"
#include "store/Flags.h"

#include <QJsonArray>

namespace {

using namespace tally;

struct FlagsCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Flags)
};

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject toJson(const FlagRecord& f)
{
    const QJsonValue dismissed =
        f.isDismissed()
            ? QJsonValue(QJsonObject{{QStringLiteral("by"), f.dismissedByName},
                                     {QStringLiteral("reason"), f.dismissReason},
                                     {QStringLiteral("at"), f.dismissedAt.toString(Qt::ISODate)}})
            : QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("path"), f.samplePath},
                       {QStringLiteral("check"), f.check},
                       {QStringLiteral("value"), f.value},
                       {QStringLiteral("threshold"), f.threshold},
                       {QStringLiteral("other"), orNull(f.otherPath)},
                       {QStringLiteral("detail"), orNull(f.detail)},
                       {QStringLiteral("at"), f.at.toString(Qt::ISODate)},
                       {QStringLiteral("version"), f.checkVersion},
                       {QStringLiteral("dismissed"), dismissed}};
}

int list(cli::Context& ctx, Project& project, const QString& check, bool json)
{
    const QList<FlagRecord> flags = Flags(project).openFlags(check);
    if (json) {
        QJsonArray out;
        for (const FlagRecord& f : flags)
            out.append(toJson(f));
        ctx.printJson(QJsonObject{{QStringLiteral("flags"), out}});
        return 0;
    }
    ctx.out << "path\tcheck\tvalue\tthreshold\tother\tdismissed\n";
    for (const FlagRecord& f : flags)
        ctx.out << f.samplePath << '\t' << f.check << '\t' << f.value << '\t' << f.threshold << '\t'
                << f.otherPath << '\t'
                << (f.isDismissed() ? f.dismissedByName + QStringLiteral(": ") + f.dismissReason
                                    : QString())
                << '\n';
    return 0;
}

int counts(cli::Context& ctx, Project& project, bool json)
{
    const QMap<QString, qint64> active = Flags(project).activeCounts();
    if (json) {
        QJsonObject out;
        for (auto it = active.cbegin(); it != active.cend(); ++it)
            out.insert(it.key(), it.value());
        ctx.printJson(QJsonObject{{QStringLiteral("counts"), out}});
        return 0;
    }
    ctx.out << "check\tactive\n";
    for (const QString& check : QualitySettings::checkNames())
        if (active.contains(check))
            ctx.out << check << '\t' << active.value(check) << '\n';
    return 0;
}

int measures(cli::Context& ctx, Project& project, const QString& check, bool json)
{
    const std::optional<ThresholdMeasure> m = CheckHistogram::thresholdOf(check);
    const auto values = CheckHistogram::values(project, check);
    if (!m || !values)
        return ctx.fail(values ? FlagsCmd::tr("%1 has no measured value").arg(check)
                               : values.error().toString(),
                        2);
    const double threshold = QualitySettings::load(project).value(check, m->param);
    if (json) {
        QJsonArray out;
        for (double v : values.value())
            out.append(v);
        ctx.printJson(QJsonObject{{QStringLiteral("check"), check},
                                  {QStringLiteral("param"), m->param},
                                  {QStringLiteral("measure"), m->measure},
                                  {QStringLiteral("threshold"), threshold},
                                  {QStringLiteral("values"), out}});
        return 0;
    }
    for (double v : values.value())
        ctx.out << v << '\n';
    return 0;
}

int dismiss(cli::Context& ctx, const QCommandLineParser& p, const QString& projectPath, bool json)
{
    const QString check = p.value(QStringLiteral("dismiss")).trimmed();
    const QString reason = p.value(QStringLiteral("reason")).trimmed();
    const QString name = p.value(QStringLiteral("annotator")).trimmed();
    if (!p.isSet(QStringLiteral("sample")) || reason.isEmpty() || name.isEmpty())
        return ctx.fail(FlagsCmd::tr("--dismiss needs --sample PATH, --reason TEXT and "
                                     "--annotator NAME"),
                        2);
    // "all", one check, or a comma-separated list: the GUI's Keep (quality/FlagTriage).
    const Result<QStringList> checks = check == QLatin1String("all")
                                           ? Result<QStringList>(FlagTriage::checksFor({}))
                                           : QualitySettings::parseList(check);
    if (!checks || checks.value().isEmpty())
        return ctx.fail(FlagsCmd::tr("unknown check “%1” (known: %2, or all)")
                            .arg(check, QualitySettings::checkNames().join(", ")),
                        2);
    cli::OpenedSample opened =
        cli::openSampleOrFail(ctx, projectPath, p.value(QStringLiteral("sample")));
    if (opened.sampleId == 0)
        return 1;
    const qint64 who = cli::annotatorIdOrFail(ctx, *opened.project, name);
    if (who == 0)
        return 1;
    const auto done =
        FlagTriage::keep(*opened.project, opened.sampleId, checks.value(), who, reason);
    if (!done)
        return ctx.fail(
            QStringLiteral("%1: %2").arg(p.value(QStringLiteral("sample")), done.error().reason));
    if (json)
        ctx.printJson(QJsonObject{{QStringLiteral("dismissed"), done.value().size()},
                                  {QStringLiteral("check"), check},
                                  {QStringLiteral("path"), p.value(QStringLiteral("sample"))}});
    else
        ctx.out << FlagsCmd::tr("Dismissed %n “%1” flag(s) on %2\n", nullptr,
                                int(done.value().size()))
                       .arg(check, p.value(QStringLiteral("sample")));
    return 0;
}

int runFlags(cli::Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        FlagsCmd::tr("Lists the quality flags, or dismisses one check's flags on a sample."));
    p.addPositionalArgument(QStringLiteral("project"), FlagsCmd::tr("The .tally file."));
    p.addOptions({
        {QStringLiteral("check"), FlagsCmd::tr("Only this check's flags."), QStringLiteral("name")},
        {QStringLiteral("sample"), FlagsCmd::tr("The sample's file."), QStringLiteral("path")},
        {QStringLiteral("dismiss"),
         FlagsCmd::tr("Dismiss the sample's flags of these checks (comma-separated, or all)."),
         QStringLiteral("checks")},
        {QStringLiteral("reason"), FlagsCmd::tr("Why the sample is kept."), QStringLiteral("text")},
        {QStringLiteral("annotator"), FlagsCmd::tr("Who dismisses."), QStringLiteral("name")},
        {QStringLiteral("counts"), FlagsCmd::tr("The active flags per check.")},
        {QStringLiteral("measures"),
         FlagsCmd::tr("The stored values the check compares with its main parameter."),
         QStringLiteral("check")},
        {QStringLiteral("json"), FlagsCmd::tr("Print one JSON object.")},
    });
    const QStringList pos = cli::parseProjectArgs(ctx, p);
    if (pos.isEmpty())
        return 2;
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("dismiss")))
        return dismiss(ctx, p, pos[0], json);
    const QString check = p.value(QStringLiteral("check")).trimmed();
    if (!check.isEmpty() && !QualitySettings::find(check))
        return ctx.fail(FlagsCmd::tr("unknown check “%1” (known: %2)")
                            .arg(check, QualitySettings::checkNames().join(", ")),
                        2);
    const QString measured = p.value(QStringLiteral("measures")).trimmed();
    if (p.isSet(QStringLiteral("measures")) && !CheckHistogram::thresholdOf(measured))
        return ctx.fail(FlagsCmd::tr("“%1” has no measured value (checks that have one: %2)")
                            .arg(measured, CheckHistogram::checksWithMeasure().join(", ")),
                        2);
    auto project = cli::openProjectOrFail(ctx, pos[0]);
    if (!project)
        return 1;
    if (p.isSet(QStringLiteral("counts")))
        return counts(ctx, *project, json);
    if (p.isSet(QStringLiteral("measures")))
        return measures(ctx, *project, measured, json);
    return list(ctx, *project, check, json);
}

cli::CliRegistrar reg{"flags",
                      "flags PROJECT.tally [--check NAME | --counts | --measures CHECK] [--json] | "
                      "flags PROJECT.tally --sample PATH --dismiss CHECK --reason TEXT "
                      "--annotator NAME [--json]",
                      QT_TRANSLATE_NOOP("tally::cli::Commands",
                                        "List the quality flags, or dismiss a sample's flags of "
                                        "one check with a reason"),
                      runFlags};

} // namespace
