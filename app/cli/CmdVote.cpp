// tally-cli vote PROJECT.tally --sample PATH (--up | --down | --clear) --annotator NAME
//
// An up vote says "label and audio match"; one vote per annotator per sample (a new
// vote replaces the annotator's previous one; --clear removes it). The annotator is
// created if missing. PATH is the file as on disk, absolute or relative to the current
// folder. Prints "ok<TAB>PATH<TAB>up|down|cleared" once committed.
// Exit code: 0 done, 1 refused (no such sample, ...), 2 usage.
#include "cli/CliProject.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QCoreApplication>

namespace {

// This command's strings.
struct VoteCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Vote)
};

int runVote(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        VoteCmd::tr("Votes a sample up or down (or clears the vote)."));
    parser.addPositionalArgument(QStringLiteral("project"), VoteCmd::tr("The .tally file."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    VoteCmd::tr("The sample file (as on disk)."),
                                    QStringLiteral("path"));
    const QCommandLineOption up(QStringLiteral("up"), VoteCmd::tr("Label and audio match."));
    const QCommandLineOption down(QStringLiteral("down"), VoteCmd::tr("They do not."));
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   VoteCmd::tr("Remove the annotator's vote."));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       VoteCmd::tr("Who votes (created if missing)."),
                                       QStringLiteral("name"));
    parser.addOptions({sample, up, down, clear, annotator});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(sample) || !parser.isSet(annotator))
        return ctx.fail(VoteCmd::tr("--sample PATH and --annotator NAME are required"), 2);
    if (int(parser.isSet(up)) + int(parser.isSet(down)) + int(parser.isSet(clear)) != 1)
        return ctx.fail(VoteCmd::tr("give exactly one of --up, --down or --clear"), 2);
    auto [project, sampleId] = tally::cli::openSampleOrFail(ctx, pos.first(), parser.value(sample));
    if (sampleId == 0)
        return 1;
    tally::Project& annotations = *project;
    const qint64 who = tally::cli::annotatorIdOrFail(ctx, annotations, parser.value(annotator));
    if (who == 0)
        return 1;
    const std::optional<bool> vote =
        parser.isSet(clear) ? std::nullopt : std::optional<bool>(parser.isSet(up));
    auto r = tally::Votes(*project).setVote(sampleId, who, vote);
    if (!r)
        return ctx.fail(r.error().toString());
    ctx.out << "ok\t" << parser.value(sample) << '\t'
            << (vote ? (*vote ? "up" : "down") : "cleared") << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{
    "vote", "vote PROJECT.tally --sample PATH (--up | --down | --clear) --annotator NAME",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Vote a sample up (label and audio match) or down, or clear the vote"),
    runVote};

} // namespace
