// tally-cli label-issues PROJECT.tally --predictions NAME [--annotator NAME] [--json]
// The label-error finder (assist/LabelIssues.h): confident learning over the prediction
// set, as shared/FORMATS.md defines it. The given label is the annotator's when
// --annotator is given, else the sample's effective class. The issues are recorded as
// `label-issue` quality flags (replacing the last run's; dismissals are kept), so the
// Quality column, `flags` and --skip-flagged see them.
//   --json: {"predictions", "classes": […], "thresholds": {class: t}, "joint": [[…]],
//            "samples", "counted", "issues": [{"path", "given", "suggested",
//            "self_confidence"}]}  ranked by self-confidence, lowest first
//
// tally-cli next-uncertain PROJECT.tally --predictions NAME [--count N]
//           [--method least-confidence|margin] [--annotator NAME] [--json]
// The unlabelled samples the set is least sure about, most uncertain first (default 10).
//   --json: {"predictions", "method", "samples": [{"path", "top", "probability",
//            "uncertainty"}]}
// Exit code: 0 ok, 1 an unknown set or annotator (or no project), 2 usage error.
#include "assist/LabelIssues.h"
#include "cli/CliProject.h"
#include "store/Annotators.h"

#include <QJsonArray>

namespace {

struct LabelIssuesCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::LabelIssues)
};

using tally::assist::LabelIssueReport;

QJsonObject reportJson(const LabelIssueReport& r)
{
    QJsonObject thresholds;
    QJsonArray joint;
    const int m = int(r.classes.size());
    for (int g = 0; g < m; ++g) {
        const auto& t = r.thresholds[size_t(g)];
        thresholds.insert(r.classes[g], t ? QJsonValue(*t) : QJsonValue(QJsonValue::Null));
        QJsonArray row;
        for (int c = 0; c < m; ++c)
            row.append(r.joint[size_t(g) * size_t(m) + size_t(c)]);
        joint.append(row);
    }
    QJsonArray issues;
    for (const tally::assist::LabelIssueRow& i : r.issues)
        issues.append(QJsonObject{{QStringLiteral("path"), i.path},
                                  {QStringLiteral("given"), i.given},
                                  {QStringLiteral("suggested"), i.suggested},
                                  {QStringLiteral("self_confidence"), i.selfConfidence}});
    return {{QStringLiteral("predictions"), r.setName},
            {QStringLiteral("classes"), QJsonArray::fromStringList(r.classes)},
            {QStringLiteral("thresholds"), thresholds},
            {QStringLiteral("joint"), joint},
            {QStringLiteral("samples"), r.samples},
            {QStringLiteral("counted"), r.counted},
            {QStringLiteral("issues"), issues}};
}

void printReport(tally::cli::Context& ctx, const LabelIssueReport& r)
{
    ctx.out << "self_confidence\tgiven\tsuggested\tpath\n";
    for (const tally::assist::LabelIssueRow& i : r.issues)
        ctx.out << QString::number(i.selfConfidence, 'f', 4) << '\t' << i.given << '\t'
                << i.suggested << '\t' << i.path << '\n';
    ctx.out << LabelIssuesCmd::tr(
                   "%1 likely mislabelled of %2 samples with predictions and a label "
                   "(recorded as label-issue flags).")
                   .arg(r.issues.size())
                   .arg(r.samples)
            << '\n';
}

// --annotator NAME: the annotator's id (must exist); 0 when not given; -1 after failing.
qint64 annotatorOption(tally::cli::Context& ctx, tally::Project& project,
                       const QCommandLineParser& parser, const QCommandLineOption& o)
{
    if (!parser.isSet(o))
        return 0;
    const auto a = tally::Annotators(project).annotator(parser.value(o));
    if (!a) {
        ctx.fail(a.error().toString());
        return -1;
    }
    return a.value().id;
}

struct Common
{
    QCommandLineOption predictions{QStringLiteral("predictions"),
                                   LabelIssuesCmd::tr("The prediction set."),
                                   QStringLiteral("name")};
    QCommandLineOption annotator{QStringLiteral("annotator"),
                                 LabelIssuesCmd::tr("Whose labels (default: effective classes)."),
                                 QStringLiteral("name")};
    QCommandLineOption json{QStringLiteral("json"), LabelIssuesCmd::tr("Print one JSON object.")};
};

int runLabelIssues(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LabelIssuesCmd::tr(
        "The samples whose label is probably wrong (confident learning over predictions)."));
    parser.addPositionalArgument(QStringLiteral("project"), LabelIssuesCmd::tr("The .tally file."));
    const Common o;
    parser.addOptions({o.predictions, o.annotator, o.json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(o.predictions))
        return ctx.fail(LabelIssuesCmd::tr("--predictions NAME is required"), 2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    const qint64 annotator = annotatorOption(ctx, *project, parser, o.annotator);
    if (annotator < 0)
        return 1;
    const auto report =
        tally::assist::LabelIssues::find(*project, parser.value(o.predictions), annotator);
    if (!report)
        return ctx.fail(report.error().toString());
    if (const tally::Status st = tally::assist::LabelIssues::recordFlags(*project, report.value());
        !st)
        return ctx.fail(st.error().toString());
    if (parser.isSet(o.json))
        ctx.printJson(reportJson(report.value()));
    else
        printReport(ctx, report.value());
    return 0;
}

tally::cli::CliRegistrar labelIssuesReg{
    "label-issues", "label-issues PROJECT.tally --predictions NAME [--annotator NAME] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Likely mislabelled samples by confident learning, as label-issue flags"),
    runLabelIssues};

void printUncertain(tally::cli::Context& ctx, const QString& set, const QString& method,
                    const std::vector<tally::assist::UncertainSample>& rows, bool json)
{
    QJsonArray arr;
    for (const tally::assist::UncertainSample& s : rows) {
        arr.append(QJsonObject{{QStringLiteral("path"), s.path},
                               {QStringLiteral("top"), s.top},
                               {QStringLiteral("probability"), s.topProb},
                               {QStringLiteral("uncertainty"), s.uncertainty}});
        if (!json)
            ctx.out << QString::number(s.uncertainty, 'f', 4) << '\t' << s.top << '\t'
                    << QString::number(s.topProb, 'f', 4) << '\t' << s.path << '\n';
    }
    if (json)
        ctx.printJson({{QStringLiteral("predictions"), set},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("samples"), arr}});
}

int runNextUncertain(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        LabelIssuesCmd::tr("The unlabelled samples a prediction set is least sure about."));
    parser.addPositionalArgument(QStringLiteral("project"), LabelIssuesCmd::tr("The .tally file."));
    const Common o;
    const QCommandLineOption count(
        QStringLiteral("count"), LabelIssuesCmd::tr("How many (default 10)."), QStringLiteral("n"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    LabelIssuesCmd::tr("least-confidence (default) or margin."),
                                    QStringLiteral("m"));
    parser.addOptions({o.predictions, count, method, o.annotator, o.json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(o.predictions))
        return ctx.fail(LabelIssuesCmd::tr("--predictions NAME is required"), 2);
    bool ok = true;
    const int n = parser.isSet(count) ? parser.value(count).toInt(&ok) : 10;
    const QString m =
        parser.value(method).isEmpty() ? QStringLiteral("least-confidence") : parser.value(method);
    if (!ok || n < 1 || (m != QLatin1String("least-confidence") && m != QLatin1String("margin")))
        return ctx.fail(LabelIssuesCmd::tr("--count takes a whole number from 1, --method "
                                           "least-confidence or margin"),
                        2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    const qint64 annotator = annotatorOption(ctx, *project, parser, o.annotator);
    if (annotator < 0)
        return 1;
    const auto rows = tally::assist::LabelIssues::nextUncertain(
        *project, parser.value(o.predictions),
        m == QLatin1String("margin") ? tally::assist::UncertaintyMethod::Margin
                                     : tally::assist::UncertaintyMethod::LeastConfidence,
        n, annotator);
    if (!rows)
        return ctx.fail(rows.error().toString());
    printUncertain(ctx, parser.value(o.predictions), m, rows.value(), parser.isSet(o.json));
    return 0;
}

tally::cli::CliRegistrar nextUncertainReg{
    "next-uncertain",
    "next-uncertain PROJECT.tally --predictions NAME [--count N] "
    "[--method least-confidence|margin] [--annotator NAME] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "The unlabelled samples a prediction set is least sure about, first"),
    runNextUncertain};

} // namespace
