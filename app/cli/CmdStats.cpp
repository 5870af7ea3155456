// tally-cli stats PROJECT.tally [--json]: sample count, per-class counts (the class
// given at import), duration, and per class the samples each annotator labelled so.
//   --json: {"samples": n, "classes": {name: count}, "duration_sec": x, "background": n,
//            "images": n, "boxes": {class: n}, "labels": {class: {annotator: n}}}
// (boxes of every annotator; a box without a class counts under "").
#include "cli/CliProject.h"
#include "store/Boxes.h"
#include "store/Labels.h"
#include "store/SampleScan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace {

// This command's strings.
struct StatsCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Stats)
};

// Boxes per class name ("" = no class), every annotator's.
QMap<QString, qint64> boxCounts(tally::Project& project)
{
    return tally::Boxes(project).countsByClass();
}

void printHuman(tally::cli::Context& ctx, tally::Project& project,
                const tally::SampleTotals& totals)
{
    const qint64 background = totals.kinds.value(tally::SampleKind::Background);
    const qint64 images = totals.kinds.value(tally::SampleKind::Image);
    const QHash<QString, qint64> counts = project.classCounts();
    ctx.out << StatsCmd::tr("Samples:    %1").arg(totals.samples) << '\n'
            << StatsCmd::tr("Duration:   %1 s").arg(QString::number(totals.durationSec, 'f', 1))
            << '\n'
            << StatsCmd::tr("Background: %1").arg(background) << '\n'
            << StatsCmd::tr("Images:     %1").arg(images) << '\n'
            << StatsCmd::tr("Classes:    %1").arg(counts.size()) << '\n';
    QStringList names = counts.keys();
    names.sort();
    for (const QString& name : names)
        ctx.out << "  " << name << "\t" << counts.value(name) << "\n";
    const auto labels = tally::Labels(project).labelCountsByAnnotator();
    ctx.out << StatsCmd::tr("Labels:     (class, annotator, samples)") << '\n';
    QStringList labelled = labels.keys();
    labelled.sort();
    for (const QString& cls : labelled) {
        QStringList who = labels.value(cls).keys();
        who.sort();
        for (const QString& annotator : who)
            ctx.out << "  " << cls << "\t" << annotator << "\t"
                    << labels.value(cls).value(annotator) << "\n";
    }
    const QMap<QString, qint64> boxes = boxCounts(project);
    if (!boxes.isEmpty()) {
        ctx.out << StatsCmd::tr("Boxes:      (class, boxes)") << '\n';
        for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
            ctx.out << "  " << (it.key().isEmpty() ? StatsCmd::tr("(no class)") : it.key()) << "\t"
                    << it.value() << "\n";
    }
}

QJsonObject labelsJson(tally::Project& project)
{
    QJsonObject out;
    const auto labels = tally::Labels(project).labelCountsByAnnotator();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QJsonObject byAnnotator;
        for (auto a = it.value().cbegin(); a != it.value().cend(); ++a)
            byAnnotator.insert(a.key(), a.value());
        out.insert(it.key(), byAnnotator);
    }
    return out;
}

int runStats(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StatsCmd::tr("Sample count, per-class counts, total duration."));
    parser.addPositionalArgument(QStringLiteral("project"), StatsCmd::tr("The .tally file."));
    const QCommandLineOption json(QStringLiteral("json"), StatsCmd::tr("Print one JSON object."));
    parser.addOption(json);
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    auto opened = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!opened)
        return 1;
    tally::Project& project = *opened;
    // Every figure is an SQL aggregate: no sample is loaded, and the samples table is
    // read once for the count, the duration and the kinds.
    const tally::Result<tally::SampleTotals> totals = tally::sampleTotals(project);
    if (!totals)
        return ctx.fail(totals.error().toString());
    if (!parser.isSet(json)) {
        printHuman(ctx, project, totals.value());
        return 0;
    }
    QJsonObject boxes;
    const QMap<QString, qint64> perClass = boxCounts(project);
    for (auto it = perClass.cbegin(); it != perClass.cend(); ++it)
        boxes.insert(it.key(), it.value());
    QJsonObject classes;
    const QHash<QString, qint64> counts = project.classCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        classes.insert(it.key(), it.value());
    const tally::SampleTotals& t = totals.value();
    ctx.printJson(
        QJsonObject{{QStringLiteral("samples"), t.samples},
                    {QStringLiteral("classes"), classes},
                    {QStringLiteral("duration_sec"), t.durationSec},
                    {QStringLiteral("background"), t.kinds.value(tally::SampleKind::Background)},
                    {QStringLiteral("images"), t.kinds.value(tally::SampleKind::Image)},
                    {QStringLiteral("boxes"), boxes},
                    {QStringLiteral("labels"), labelsJson(project)}});
    return 0;
}

tally::cli::CliRegistrar reg{
    "stats", "stats PROJECT.tally [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Sample count, per-class counts, total duration, images and boxes"),
    runStats};

} // namespace
