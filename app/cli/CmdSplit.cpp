// tally-cli split PROJECT.tally [--method speech-commands] [--validation 10] [--testing 10]
// [--json] tally-cli split PROJECT.tally --method grouped --group speaker|KEY [--validation 10]
// [--testing 10] [--seed N] [--json] tally-cli split PROJECT.tally --show [--json]
//   Assigns every non-background sample that has a class (imported, else the label most
//   annotators gave) to training / validation / testing, stores the splits and the
//   method (for the dataset card), then prints samples per split, per class x split,
//   and any leaks. --show only prints what is stored.
//   speech-commands: TensorFlow's which_set on the file name (same speaker, same split).
//   chronological: sensor runs (formats/SeriesImporter.h) split by time within each run:
//   the earliest snapshots train, the next validate, the latest test, so a model is never
//   tested on the past of its own training data; a run across splits is not a leak here.
//   grouped: whole groups (speaker = the samples' group key, or any metadata key;
//   a sample without one is its own group), per-class proportions as close as the
//   groups allow, deterministic for a seed.
//   A leak (a group in two splits, by samples.group_key, or by --group for grouped)
//   cannot come from either method; it can come from a manual edit. Leaks are listed,
//   and do not change the exit code.
//   --json: {"method": {...}, "splits": {split: n}, "classes": {class: {split: n}},
//            "leaks": [{"group", "splits": {split: n}}], "changed": n}
//   changed: the samples whose split this run wrote (-1 with --show); a second run
//   with the same method writes none.
// Exit code: 0 done, 1 refused (no project, bad group key, write failed), 2 usage.
#include "cli/CliProject.h"
#include "splits/EffectiveClass.h"
#include "splits/SplitAssignment.h"
#include "store/Splits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

using namespace tally;

// This command's strings.
struct SplitCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Split)
};

int report(cli::Context& ctx, Project& project, const Splits& splits, bool json,
           qint64 changed = -1)
{
    const auto method = splits.method();
    const auto counts = classSplitCounts(project);
    const bool grouped = method && method->method == QLatin1String("grouped");
    const bool byMetadata = grouped && !isSpeakerGroupKey(method->groupKey);
    // chronological splits each run by time on purpose: a run in several splits is no leak.
    const bool chronological = method && method->method == QLatin1String("chronological");
    const QList<SplitLeak> leaks = chronological ? QList<SplitLeak>()
                                   : byMetadata
                                       ? splits.leaks(splitGroupsFor(splits, method->groupKey))
                                       : splits.leaks();
    const QMap<QString, qint64> perSplit = splits.splitCounts();
    const QStringList names{QStringLiteral("training"), QStringLiteral("validation"),
                            QStringLiteral("testing")};
    if (json) {
        QJsonObject splitsJson, classes;
        for (const QString& n : names)
            splitsJson.insert(n, perSplit.value(n));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QJsonObject o;
            for (const QString& n : names)
                o.insert(n, it.value().value(n));
            o.insert(QStringLiteral("none"), it.value().value(QString()));
            classes.insert(it.key(), o);
        }
        QJsonArray leakJson;
        for (const SplitLeak& l : leaks) {
            QJsonObject s;
            for (auto it = l.samplesPerSplit.cbegin(); it != l.samplesPerSplit.cend(); ++it)
                s.insert(it.key(), it.value());
            leakJson.append(
                QJsonObject{{QStringLiteral("group"), l.group}, {QStringLiteral("splits"), s}});
        }
        ctx.printJson(
            QJsonObject{{QStringLiteral("method"), method ? method->toJson() : QJsonObject()},
                        {QStringLiteral("splits"), splitsJson},
                        {QStringLiteral("classes"), classes},
                        {QStringLiteral("leaks"), leakJson},
                        {QStringLiteral("changed"), changed}});
        return 0;
    }
    if (method)
        ctx.out
            << "method\t" << method->method << "\tvalidation " << method->validationPercent
            << "%\ttesting " << method->testingPercent << "%"
            << (grouped
                    ? QStringLiteral("\tgroup %1\tseed %2").arg(method->groupKey).arg(method->seed)
                    : QString())
            << "\n";
    ctx.out << "class\ttraining\tvalidation\ttesting\n";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ctx.out << it.key() << '\t' << it.value().value(names[0]) << '\t'
                << it.value().value(names[1]) << '\t' << it.value().value(names[2]) << '\n';
    ctx.out << "(all)\t" << perSplit.value(names[0]) << '\t' << perSplit.value(names[1]) << '\t'
            << perSplit.value(names[2]) << '\n';
    if (changed >= 0)
        ctx.out << "changed\t" << changed << '\n';
    ctx.out << "leaks\t" << leaks.size() << '\n';
    for (const SplitLeak& l : leaks) {
        QStringList parts;
        for (auto it = l.samplesPerSplit.cbegin(); it != l.samplesPerSplit.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        ctx.out << "leak\t" << l.group << '\t' << parts.join(QStringLiteral(", ")) << '\n';
    }
    return 0;
}

// The method asked for, or an error message.
QString methodFrom(const QCommandLineParser& p, SplitMethod* m)
{
    m->method = p.isSet(QStringLiteral("method")) ? p.value(QStringLiteral("method"))
                                                  : QStringLiteral("speech-commands");
    if (m->method != QLatin1String("speech-commands") && m->method != QLatin1String("grouped") &&
        m->method != QLatin1String("chronological"))
        return SplitCmd::tr("--method is speech-commands, grouped or chronological, not “%1”")
            .arg(m->method);
    bool okV = true, okT = true, okS = true;
    if (p.isSet(QStringLiteral("validation")))
        m->validationPercent = p.value(QStringLiteral("validation")).toDouble(&okV);
    if (p.isSet(QStringLiteral("testing")))
        m->testingPercent = p.value(QStringLiteral("testing")).toDouble(&okT);
    if (!okV || !okT || m->validationPercent < 0 || m->testingPercent < 0 ||
        m->validationPercent + m->testingPercent > 100)
        return SplitCmd::tr(
            "--validation and --testing are percentages that add up to at most 100");
    if (p.isSet(QStringLiteral("seed")))
        m->seed = p.value(QStringLiteral("seed")).toULongLong(&okS);
    if (!okS)
        return SplitCmd::tr("--seed is a non-negative integer");
    m->groupKey = p.value(QStringLiteral("group"));
    if (m->method == QLatin1String("grouped") && m->groupKey.isEmpty())
        return SplitCmd::tr("--method grouped needs --group speaker or a metadata key");
    if (m->method != QLatin1String("grouped") &&
        (p.isSet(QStringLiteral("group")) || p.isSet(QStringLiteral("seed"))))
        return SplitCmd::tr("--group and --seed go with --method grouped");
    return {};
}

int runSplit(cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SplitCmd::tr("Assigns samples to training / validation / testing."));
    parser.addPositionalArgument(QStringLiteral("project"), SplitCmd::tr("The .tally file."));
    parser.addOptions(
        {{QStringLiteral("method"),
          SplitCmd::tr("speech-commands (default), grouped or chronological."),
          QStringLiteral("method")},
         {QStringLiteral("validation"), SplitCmd::tr("Validation percentage (default 10)."),
          QStringLiteral("percent")},
         {QStringLiteral("testing"), SplitCmd::tr("Testing percentage (default 10)."),
          QStringLiteral("percent")},
         {QStringLiteral("group"), SplitCmd::tr("grouped: speaker, or a metadata key."),
          QStringLiteral("key")},
         {QStringLiteral("seed"), SplitCmd::tr("grouped: the seed (default 0)."),
          QStringLiteral("n")},
         {QStringLiteral("show"), SplitCmd::tr("Only print the stored splits.")},
         {QStringLiteral("json"), SplitCmd::tr("Print one JSON object.")}});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    SplitMethod method;
    const QString usage = methodFrom(parser, &method);
    if (!usage.isEmpty())
        return ctx.fail(usage, 2);
    auto project = cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    Splits splits(*project);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("show")))
        return report(ctx, *project, splits, json);
    if (method.method == QLatin1String("grouped") && !isSpeakerGroupKey(method.groupKey) &&
        !splits.metadataKeys().contains(method.groupKey))
        return ctx.fail(
            SplitCmd::tr("no sample has the metadata key “%1” (known: %2)")
                .arg(method.groupKey, splits.metadataKeys().join(QStringLiteral(", "))));
    qint64 changed = 0;
    const Status s = applySplitMethod(*project, method, splits, 0, &changed);
    if (!s)
        return ctx.fail(s.error().toString());
    return report(ctx, *project, splits, json, changed);
}

cli::CliRegistrar reg{
    "split",
    "split PROJECT.tally [--method speech-commands|grouped|chronological] [--group "
    "speaker|KEY] [--validation 10] [--testing 10] [--seed N] [--show] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Assign samples to training / validation / testing; print counts and leaks"),
    runSplit};

} // namespace
