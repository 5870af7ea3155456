// tally-cli agreement PROJECT.tally [--class NAME] [--iou 0.5] [--box-iou X] [--json]
//
// Inter-annotator agreement over the annotators' sample labels (whole project, or one
// class against the rest with --class): percent agreement, Fleiss' kappa,
// Krippendorff's alpha (nominal), Cohen's kappa for every pair of annotators, for
// regions the pooled F1 of IoU matching at --iou, and for image boxes the same at
// --box-iou (default: the project's review/box_iou setting, 0.5 when unset); same
// class required.
//   --json: {"class": NAME|null, "items": n, "percent_agreement": x, "fleiss_kappa": x,
//            "krippendorff_alpha": x, "cohen_kappa": [{"a", "b", "kappa", "items"}],
//            "regions": {"iou_threshold", "f1", "mean_iou", "matched", "regions",
//                        "comparisons"},
//            "boxes": {"iou_threshold", "f1", "mean_iou", "matched", "boxes",
//                      "comparisons"}}      (an undefined statistic is null)
// Exit code: 0 done, 1 the project cannot be opened or no such class, 2 usage.
#include "cli/CliProject.h"
#include "review/ProjectReview.h"
#include "store/Classes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace {

// This command's strings.
struct AgreementCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Agreement)
};

// A statistic as JSON: null when undefined (NaN or infinite).
QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

// Pooled matching as JSON; countKey names the shapes ("regions" / "boxes").
QJsonObject pooledJson(const tally::PooledRegionAgreement& g, const QString& countKey)
{
    return QJsonObject{{QStringLiteral("iou_threshold"), g.iouThreshold},
                       {QStringLiteral("f1"), jsonNumber(g.f1)},
                       {QStringLiteral("mean_iou"), jsonNumber(g.meanIoU)},
                       {QStringLiteral("matched"), g.matched},
                       {countKey, g.regions},
                       {QStringLiteral("comparisons"), g.comparisons}};
}

QJsonObject toJson(const tally::AgreementReport& r, const QString& className)
{
    QJsonArray pairs;
    for (const tally::RaterPairStatistic& p : r.cohenKappa)
        pairs.append(QJsonObject{{QStringLiteral("a"), r.raterNames.value(p.raterA)},
                                 {QStringLiteral("b"), r.raterNames.value(p.raterB)},
                                 {QStringLiteral("kappa"), jsonNumber(p.stat.value)},
                                 {QStringLiteral("items"), p.stat.items}});
    return QJsonObject{
        {QStringLiteral("class"), className.isEmpty() ? QJsonValue() : QJsonValue(className)},
        {QStringLiteral("items"), r.items},
        {QStringLiteral("percent_agreement"), jsonNumber(r.percentAgreement.value)},
        {QStringLiteral("fleiss_kappa"), jsonNumber(r.fleissKappa.value)},
        {QStringLiteral("krippendorff_alpha"), jsonNumber(r.krippendorffAlpha.value)},
        {QStringLiteral("cohen_kappa"), pairs},
        {QStringLiteral("regions"), pooledJson(r.regions, QStringLiteral("regions"))},
        {QStringLiteral("boxes"), pooledJson(r.boxes, QStringLiteral("boxes"))}};
}

QString text(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', 4) : AgreementCmd::tr("undefined");
}

void printHuman(tally::cli::Context& ctx, const tally::AgreementReport& r)
{
    ctx.out << AgreementCmd::tr("items") << '\t' << r.items << '\n'
            << AgreementCmd::tr("percent agreement") << '\t' << text(r.percentAgreement.value)
            << '\n'
            << AgreementCmd::tr("Fleiss' kappa") << '\t' << text(r.fleissKappa.value) << '\n'
            << AgreementCmd::tr("Krippendorff's alpha") << '\t' << text(r.krippendorffAlpha.value)
            << '\n';
    for (const tally::RaterPairStatistic& p : r.cohenKappa)
        ctx.out << AgreementCmd::tr("Cohen's kappa %1 / %2")
                       .arg(r.raterNames.value(p.raterA), r.raterNames.value(p.raterB))
                << '\t'
                << AgreementCmd::tr("%1 (%2 items)").arg(text(p.stat.value)).arg(p.stat.items)
                << '\n';
    ctx.out << AgreementCmd::tr("regions F1 at IoU %1").arg(r.regions.iouThreshold) << '\t'
            << AgreementCmd::tr("%1 (%2 matched of %3)")
                   .arg(text(r.regions.f1))
                   .arg(r.regions.matched)
                   .arg(r.regions.regions)
            << '\n';
    ctx.out << AgreementCmd::tr("boxes F1 at IoU %1").arg(r.boxes.iouThreshold) << '\t'
            << AgreementCmd::tr("%1 (%2 matched of %3, mean IoU %4, %5 comparisons)")
                   .arg(text(r.boxes.f1))
                   .arg(r.boxes.matched)
                   .arg(r.boxes.regions)
                   .arg(text(r.boxes.meanIoU))
                   .arg(r.boxes.comparisons)
            << '\n';
}

int runAgreement(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AgreementCmd::tr("Inter-annotator agreement over labels, regions and boxes."));
    parser.addPositionalArgument(QStringLiteral("project"), AgreementCmd::tr("The .tally file."));
    const QCommandLineOption cls(QStringLiteral("class"),
                                 AgreementCmd::tr("One class against the rest."),
                                 QStringLiteral("name"));
    const QCommandLineOption iou(
        QStringLiteral("iou"),
        AgreementCmd::tr("IoU a region match needs (0 < x <= 1, default 0.5)."),
        QStringLiteral("x"), QStringLiteral("0.5"));
    const QCommandLineOption boxIou(
        QStringLiteral("box-iou"),
        AgreementCmd::tr("IoU a box match needs (0 < x <= 1, default the project's setting)."),
        QStringLiteral("x"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  AgreementCmd::tr("Print one JSON object."));
    parser.addOptions({cls, iou, boxIou, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    bool ok = false;
    const double threshold = parser.value(iou).toDouble(&ok);
    if (!ok || !(threshold > 0.0 && threshold <= 1.0))
        return ctx.fail(
            AgreementCmd::tr("--iou must be a number in (0, 1], not “%1”").arg(parser.value(iou)),
            2);
    std::optional<double> boxThreshold;
    if (parser.isSet(boxIou)) {
        boxThreshold = parser.value(boxIou).toDouble(&ok);
        if (!ok || !(*boxThreshold > 0.0 && *boxThreshold <= 1.0))
            return ctx.fail(AgreementCmd::tr("--box-iou must be a number in (0, 1], not “%1”")
                                .arg(parser.value(boxIou)),
                            2);
    }
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    std::optional<qint64> classId;
    if (parser.isSet(cls)) {
        auto c = tally::Classes(*project).classByName(parser.value(cls));
        if (!c)
            return ctx.fail(AgreementCmd::tr("no class named “%1”").arg(parser.value(cls)));
        classId = c.value().id;
    }
    const tally::AgreementReport report =
        tally::ProjectReview(*project).agreementReport(classId, threshold, boxThreshold);
    if (parser.isSet(json))
        ctx.printJson(toJson(report, parser.value(cls)));
    else
        printHuman(ctx, report);
    return 0;
}

tally::cli::CliRegistrar reg{
    "agreement", "agreement PROJECT.tally [--class NAME] [--iou 0.5] [--box-iou X] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Percent agreement, Fleiss, Krippendorff, Cohen per pair, region and box F1"),
    runAgreement};

} // namespace
