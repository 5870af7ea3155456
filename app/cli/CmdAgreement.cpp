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

#include <QJsonArray>
#include <cmath>

namespace {

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
    return std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("undefined");
}

void printHuman(tally::cli::Context& ctx, const tally::AgreementReport& r)
{
    ctx.out << "items\t" << r.items << '\n'
            << "percent agreement\t" << text(r.percentAgreement.value) << '\n'
            << "Fleiss' kappa\t" << text(r.fleissKappa.value) << '\n'
            << "Krippendorff's alpha\t" << text(r.krippendorffAlpha.value) << '\n';
    for (const tally::RaterPairStatistic& p : r.cohenKappa)
        ctx.out << "Cohen's kappa " << r.raterNames.value(p.raterA) << " / "
                << r.raterNames.value(p.raterB) << '\t' << text(p.stat.value) << " ("
                << p.stat.items << " items)\n";
    ctx.out << "regions F1 at IoU " << r.regions.iouThreshold << '\t' << text(r.regions.f1) << " ("
            << r.regions.matched << " matched of " << r.regions.regions << ")\n";
    ctx.out << "boxes F1 at IoU " << r.boxes.iouThreshold << '\t' << text(r.boxes.f1) << " ("
            << r.boxes.matched << " matched of " << r.boxes.regions << ", mean IoU "
            << text(r.boxes.meanIoU) << ", " << r.boxes.comparisons << " comparisons)\n";
}

int runAgreement(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Inter-annotator agreement over labels, regions and boxes."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .tally file."));
    const QCommandLineOption cls(QStringLiteral("class"),
                                 QStringLiteral("One class against the rest."),
                                 QStringLiteral("name"));
    const QCommandLineOption iou(
        QStringLiteral("iou"),
        QStringLiteral("IoU a region match needs (0 < x <= 1, default 0.5)."), QStringLiteral("x"),
        QStringLiteral("0.5"));
    const QCommandLineOption boxIou(
        QStringLiteral("box-iou"),
        QStringLiteral("IoU a box match needs (0 < x <= 1, default the project's setting)."),
        QStringLiteral("x"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOptions({cls, iou, boxIou, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    bool ok = false;
    const double threshold = parser.value(iou).toDouble(&ok);
    if (!ok || !(threshold > 0.0 && threshold <= 1.0))
        return ctx.fail(
            QStringLiteral("--iou must be a number in (0, 1], not “%1”").arg(parser.value(iou)), 2);
    std::optional<double> boxThreshold;
    if (parser.isSet(boxIou)) {
        boxThreshold = parser.value(boxIou).toDouble(&ok);
        if (!ok || !(*boxThreshold > 0.0 && *boxThreshold <= 1.0))
            return ctx.fail(QStringLiteral("--box-iou must be a number in (0, 1], not “%1”")
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
            return ctx.fail(QStringLiteral("no class named “%1”").arg(parser.value(cls)));
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
    "Percent agreement, Fleiss, Krippendorff, Cohen per pair, region and box F1", runAgreement};

} // namespace
