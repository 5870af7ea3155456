// tally-cli balance PROJECT.tally [--by split|status|KEY] [--hours] [--min-share 0.5] [--min-split
// 10]
//                   [--undersample N] [--oversample N] [--weights] [--json]
//   Samples (or, with --hours, hours of audio) per class x the --by dimension: the
//   split (default), the derived review status, or any metadata key (gender, age,
//   accent, …). Background samples are left out; samples without a class show as "".
//   Warnings: a class under --min-share of the largest class; a class with fewer than
//   --min-split samples in a split that the project uses.
//   Plans (previews, nothing is written): --undersample N keeps per class the N samples
//   with the smallest SHA-1(content hash, else path); --oversample N (0 = the largest
//   training class) plans augmented copies of training samples; --weights prints
//   n_total / (n_classes * n_c).
//   --json: the report (see splits/Balance.h BalanceReport::toJson) plus "undersample",
//   "oversample", "weights" when asked.
// Exit code: 0 done (warnings included), 1 refused (no project), 2 usage.
#include "cli/CliProject.h"
#include "splits/Balance.h"
#include "splits/BalanceItems.h"
#include "store/Splits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

using namespace tally;

// This command's strings.
struct BalanceCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Balance)
};

void printTable(cli::Context& ctx, const BalanceReport& r, bool hours)
{
    auto cell = [hours](const BalanceCell& c) {
        return hours ? QString::number(c.hours(), 'f', 3) : QString::number(c.count);
    };
    ctx.out << "class";
    for (const QString& k : r.keys)
        ctx.out << '\t' << (k.isEmpty() ? QStringLiteral("(none)") : k);
    ctx.out << "\ttotal\tpercent\n";
    for (const BalanceRow& row : r.rows) {
        ctx.out << (row.className.isEmpty() ? QStringLiteral("(no class)") : row.className);
        for (const QString& k : r.keys)
            ctx.out << '\t' << cell(row.byKey.value(k));
        ctx.out << '\t' << cell(row.total) << '\t' << QString::number(row.percentOfAll, 'f', 1)
                << '\n';
    }
    ctx.out << "(all)";
    for (const QString& k : r.keys)
        ctx.out << '\t' << cell(r.totalByKey.value(k));
    ctx.out << '\t' << cell(r.total) << "\t100.0\n";
    for (const BalanceWarning& w : r.warnings)
        ctx.out << "warning\t" << w.text << '\n';
}

void printPlans(cli::Context& ctx, const QJsonObject& plans)
{
    if (plans.contains(QStringLiteral("undersample"))) {
        const QJsonObject u = plans.value(QStringLiteral("undersample")).toObject();
        ctx.out << BalanceCmd::tr("undersample to %1 per class: drop %2 samples")
                       .arg(u.value(QStringLiteral("target")).toInteger())
                       .arg(u.value(QStringLiteral("dropped")).toInteger())
                << '\n';
    }
    if (plans.contains(QStringLiteral("oversample"))) {
        const QJsonObject o = plans.value(QStringLiteral("oversample")).toObject();
        ctx.out << BalanceCmd::tr("oversample training to %1 per class:")
                       .arg(o.value(QStringLiteral("target")).toInteger())
                << '\n';
        const QJsonObject cls = o.value(QStringLiteral("classes")).toObject();
        for (auto it = cls.begin(); it != cls.end(); ++it)
            ctx.out << "  " << it.key() << '\t'
                    << BalanceCmd::tr("+%1 augmented copies")
                           .arg(it.value().toObject().value(QStringLiteral("copies")).toInteger())
                    << '\n';
    }
    if (plans.contains(QStringLiteral("weights"))) {
        const QJsonObject w = plans.value(QStringLiteral("weights")).toObject();
        ctx.out << BalanceCmd::tr("class weights:") << '\n';
        for (auto it = w.begin(); it != w.end(); ++it)
            ctx.out << "  " << it.key() << '\t' << QString::number(it.value().toDouble(), 'f', 4)
                    << '\n';
    }
}

// Options of the plans, or an error message.
QString plansFrom(const QCommandLineParser& p, const BalanceInputs& in, QJsonObject* plans)
{
    if (p.isSet(QStringLiteral("undersample"))) {
        bool ok = false;
        const qint64 n = p.value(QStringLiteral("undersample")).toLongLong(&ok);
        if (!ok || n < 1)
            return BalanceCmd::tr("--undersample is a positive count");
        plans->insert(QStringLiteral("undersample"), Balance::planUndersample(in.all, n).toJson());
    }
    if (p.isSet(QStringLiteral("oversample"))) {
        bool ok = false;
        const qint64 n = p.value(QStringLiteral("oversample")).toLongLong(&ok);
        if (!ok || n < 0)
            return BalanceCmd::tr("--oversample is a count (0 = the largest class)");
        plans->insert(QStringLiteral("oversample"),
                      Balance::planOversample(in.training, n).toJson());
    }
    if (p.isSet(QStringLiteral("weights"))) {
        QJsonObject w;
        const auto weights = Balance::classWeights(countsByClass(in.training));
        for (auto it = weights.cbegin(); it != weights.cend(); ++it)
            w.insert(it.key(), it.value());
        plans->insert(QStringLiteral("weights"), w);
    }
    return {};
}

int runBalance(cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        BalanceCmd::tr("Class balance per split, status or metadata field; rebalance plans."));
    parser.addPositionalArgument(QStringLiteral("project"), BalanceCmd::tr("The .tally file."));
    parser.addOptions(
        {{QStringLiteral("by"), BalanceCmd::tr("split (default), status, or a metadata key."),
          QStringLiteral("dimension")},
         {QStringLiteral("hours"), BalanceCmd::tr("Hours of audio instead of sample counts.")},
         {QStringLiteral("min-share"),
          BalanceCmd::tr("Warn under this share of the largest class (default 0.5)."),
          QStringLiteral("share")},
         {QStringLiteral("min-split"),
          BalanceCmd::tr("Warn under this many samples of a class in a split (default 10)."),
          QStringLiteral("n")},
         {QStringLiteral("undersample"), BalanceCmd::tr("Plan: keep N samples per class."),
          QStringLiteral("n")},
         {QStringLiteral("oversample"),
          BalanceCmd::tr("Plan: augmented training copies up to N per class (0 = largest)."),
          QStringLiteral("n")},
         {QStringLiteral("weights"),
          BalanceCmd::tr("Plan: class weights of the training samples.")},
         {QStringLiteral("json"), BalanceCmd::tr("Print one JSON object.")}});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    BalanceOptions options;
    bool okShare = true, okSplit = true;
    if (parser.isSet(QStringLiteral("min-share")))
        options.minShareOfLargest = parser.value(QStringLiteral("min-share")).toDouble(&okShare);
    if (parser.isSet(QStringLiteral("min-split")))
        options.minPerSplit = parser.value(QStringLiteral("min-split")).toLongLong(&okSplit);
    if (!okShare || !okSplit || options.minShareOfLargest < 0 || options.minShareOfLargest > 1 ||
        options.minPerSplit < 0)
        return ctx.fail(BalanceCmd::tr("--min-share is 0..1 and --min-split a count"), 2);
    auto project = cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    const QString by = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                          : QStringLiteral("split");
    // Without a plan, the report needs only counts per class x split x key.
    const bool plansAsked = parser.isSet(QStringLiteral("undersample")) ||
                            parser.isSet(QStringLiteral("oversample")) ||
                            parser.isSet(QStringLiteral("weights"));
    const BalanceInputs in = gatherBalanceInputs(*project, by, {false, plansAsked});
    QJsonObject plans;
    const QString bad = plansFrom(parser, in, &plans);
    if (!bad.isEmpty())
        return ctx.fail(bad, 2);
    const BalanceReport report = Balance::report(in.items, by, options);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = report.toJson();
        for (auto it = plans.begin(); it != plans.end(); ++it)
            o.insert(it.key(), it.value());
        ctx.printJson(o);
        return 0;
    }
    printTable(ctx, report, parser.isSet(QStringLiteral("hours")));
    printPlans(ctx, plans);
    return 0;
}

cli::CliRegistrar reg{
    "balance",
    "balance PROJECT.tally [--by split|status|KEY] [--hours] [--min-share 0.5] [--min-split 10] "
    "[--undersample N] [--oversample N] [--weights] [--json]",
    QT_TRANSLATE_NOOP(
        "tally::cli::Commands",
        "Class balance per split, status or metadata field, with warnings and rebalance plans"),
    runBalance};

} // namespace
