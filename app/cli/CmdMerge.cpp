// tally-cli merge PROJECT.tally OTHER.tally [--annotator NAME] [--json]
//
// Brings a colleague's labels, regions, boxes, votes and reviews from OTHER.tally (a copy of
// the project they worked on) into PROJECT, under their annotators' names, matching
// samples by content hash and, among samples with the same bytes, by path
// (formats/ProjectMerge.h); OTHER is only read. All in one transaction. Conflicts (the
// same annotator labelled or voted differently in both) keep the newer and are counted.
// The counts are rows stored. --annotator records who merged.
//   --json: {"matched": n, "unmatched": [PATH...],
//            "ambiguous": [{"path": PATH, "candidates": [PATH... (10 at most)],
//                           "candidate_count": n}...],
//            "labels": n, "regions": n, "boxes": n, "votes": n,
//            "reviews": n, "conflicts": n, "annotators_added": n, "classes_added": n}
// Exit code: 0 merged (unmatched samples are reported, not failures), 1 failed (nothing
// written), 2 usage.
#include "cli/CliProject.h"
#include "formats/ProjectMerge.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// This command's strings.
struct MergeCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Merge)
};

int runMerge(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        MergeCmd::tr("Merges a colleague's project file into this one."));
    parser.addPositionalArgument(QStringLiteral("project"),
                                 MergeCmd::tr("The .tally file to merge into."));
    parser.addPositionalArgument(QStringLiteral("other"),
                                 MergeCmd::tr("The colleague's .tally file (read only)."));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       MergeCmd::tr("Who merges (for the audit log)."),
                                       QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), MergeCmd::tr("Print one JSON object."));
    parser.addOptions({annotator, json});
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.fail(MergeCmd::tr("expected two arguments: PROJECT.tally OTHER.tally"), 2);
    auto project = tally::cli::openProjectOrFail(ctx, pos[0]);
    if (!project)
        return 1;
    qint64 by = 0;
    if (parser.isSet(annotator)) {
        tally::Project& a = *project;
        by = tally::cli::annotatorIdOrFail(ctx, a, parser.value(annotator));
        if (by == 0)
            return 1;
    }
    const auto result = tally::ProjectMerge::run(*project, pos[1], by);
    if (!result)
        return ctx.fail(result.error().toString());
    const tally::MergeReport& r = result.value();
    const tally::MergeCounts& c = r.counts;
    if (parser.isSet(json)) {
        QJsonArray ambiguous;
        for (const tally::MergeAmbiguity& a : r.ambiguous)
            ambiguous.append(QJsonObject{
                {QStringLiteral("path"), a.path},
                {QStringLiteral("candidates"), QJsonArray::fromStringList(a.candidates)},
                {QStringLiteral("candidate_count"), a.candidateCount}});
        ctx.printJson(
            QJsonObject{{QStringLiteral("matched"), r.matched},
                        {QStringLiteral("unmatched"), QJsonArray::fromStringList(r.unmatched)},
                        {QStringLiteral("ambiguous"), ambiguous},
                        {QStringLiteral("labels"), c.labels},
                        {QStringLiteral("regions"), c.regions},
                        {QStringLiteral("boxes"), c.boxes},
                        {QStringLiteral("votes"), c.votes},
                        {QStringLiteral("reviews"), c.reviews},
                        {QStringLiteral("conflicts"), c.conflicts},
                        {QStringLiteral("annotators_added"), c.annotatorsAdded},
                        {QStringLiteral("classes_added"), c.classesAdded}});
        return 0;
    }
    ctx.out << MergeCmd::tr("Matched %1 samples (%2 not in this project); added %3 labels, %4 "
                            "regions, %5 boxes, %6 votes, %7 reviews; %8 conflicts (the newer "
                            "kept)")
                   .arg(r.matched)
                   .arg(r.unmatched.size())
                   .arg(c.labels)
                   .arg(c.regions)
                   .arg(c.boxes)
                   .arg(c.votes)
                   .arg(c.reviews)
                   .arg(c.conflicts)
            << '\n';
    for (const QString& p : r.unmatched)
        ctx.out << "  " << MergeCmd::tr("skipped") << '\t' << p << '\n';
    for (const tally::MergeAmbiguity& a : r.ambiguous)
        ctx.out << "  " << MergeCmd::tr("ambiguous") << '\t' << a.path << '\t'
                << MergeCmd::tr("same bytes as: %1").arg(a.candidates.join(QStringLiteral(", ")))
                << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{"merge", "merge PROJECT.tally OTHER.tally [--annotator NAME] [--json]",
                             QT_TRANSLATE_NOOP("tally::cli::Commands",
                                               "Merge a colleague's labels, regions, boxes, votes "
                                               "and reviews (samples matched by content)"),
                             runMerge};

} // namespace
