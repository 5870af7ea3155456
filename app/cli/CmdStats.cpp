// tally-cli stats PROJECT.tally [--json]: sample count, per-class counts (the class
// given at import), duration, and per class the samples each annotator labelled so.
//   --json: {"samples": n, "classes": {name: count}, "duration_sec": x, "background": n,
//            "labels": {class: {annotator: n}}}
#include "cli/CliProject.h"

#include <QJsonObject>
#include <algorithm>

namespace {

// Background samples (no class). Loads every record: the store has no count by
// kind yet.
qint64 backgroundCount(const tally::Project& project)
{
    const auto all = project.samples();
    return std::count_if(all.cbegin(), all.cend(), [](const tally::SampleRecord& r) {
        return r.kind == tally::SampleKind::Background;
    });
}

void printHuman(tally::cli::Context& ctx, tally::Project& project, qint64 background)
{
    const QHash<QString, qint64> counts = project.classCounts();
    ctx.out << "Samples:    " << project.sampleCount() << "\n"
            << "Duration:   " << QString::number(project.totalDurationSec(), 'f', 1) << " s\n"
            << "Background: " << background << "\n"
            << "Classes:    " << counts.size() << "\n";
    QStringList names = counts.keys();
    names.sort();
    for (const QString& name : names)
        ctx.out << "  " << name << "\t" << counts.value(name) << "\n";
    const auto labels = tally::Annotations(project).labelCountsByAnnotator();
    ctx.out << "Labels:     (class, annotator, samples)\n";
    QStringList labelled = labels.keys();
    labelled.sort();
    for (const QString& cls : labelled) {
        QStringList who = labels.value(cls).keys();
        who.sort();
        for (const QString& annotator : who)
            ctx.out << "  " << cls << "\t" << annotator << "\t" << labels.value(cls).value(annotator) << "\n";
    }
}

QJsonObject labelsJson(tally::Project& project)
{
    QJsonObject out;
    const auto labels = tally::Annotations(project).labelCountsByAnnotator();
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
        QStringLiteral("Sample count, per-class counts, total duration."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .tally file."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(json);
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    auto opened = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!opened)
        return 1;
    tally::Project& project = *opened;
    const qint64 background = backgroundCount(project);
    if (!parser.isSet(json)) {
        printHuman(ctx, project, background);
        return 0;
    }
    QJsonObject classes;
    const QHash<QString, qint64> counts = project.classCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        classes.insert(it.key(), it.value());
    ctx.printJson(QJsonObject{{QStringLiteral("samples"), project.sampleCount()},
                              {QStringLiteral("classes"), classes},
                              {QStringLiteral("duration_sec"), project.totalDurationSec()},
                              {QStringLiteral("background"), background},
                              {QStringLiteral("labels"), labelsJson(project)}});
    return 0;
}

tally::cli::CliRegistrar reg{"stats", "stats PROJECT.tally [--json]",
                             "Sample count, per-class counts, total duration", runStats};

} // namespace
