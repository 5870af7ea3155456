// tally-cli status PROJECT.tally [--json]
//
// Counts samples per derived status (unlabelled, labelled, agreed, disputed, resolved,
// rejected — under the project's consensus settings, review/*) and per vote outcome
// of the Common Voice rule (own votes plus imported counts).
//   --json: {"samples": n, "statuses": {"unlabelled": n, ...},
//            "votes": {"valid": n, "invalid": n, "other": n}}
// Exit code: 0 done, 1 the project cannot be opened, 2 usage.
#include "cli/CliProject.h"
#include "review/ProjectReview.h"

#include <QCoreApplication>

namespace {

// This command's strings.
struct StatusCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Status)
};

int runStatus(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StatusCmd::tr("Counts samples per status and per vote outcome."));
    parser.addPositionalArgument(QStringLiteral("project"), StatusCmd::tr("The .tally file."));
    const QCommandLineOption json(QStringLiteral("json"), StatusCmd::tr("Print one JSON object."));
    parser.addOption(json);
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    const tally::ProjectReview review(*project);
    QJsonObject statuses;
    qint64 total = 0;
    for (const auto& [status, n] : review.statusCounts()) {
        statuses.insert(tally::sampleStatusName(status), n);
        total += n;
    }
    QJsonObject votes;
    for (const auto& [outcome, n] : review.voteOutcomeCounts())
        votes.insert(tally::voteOutcomeName(outcome), n);
    if (parser.isSet(json)) {
        ctx.printJson(QJsonObject{{QStringLiteral("samples"), total},
                                  {QStringLiteral("statuses"), statuses},
                                  {QStringLiteral("votes"), votes}});
        return 0;
    }
    ctx.out << "samples\t" << total << "\n";
    for (tally::SampleStatus s : tally::allSampleStatuses())
        ctx.out << tally::sampleStatusName(s) << '\t'
                << statuses.value(tally::sampleStatusName(s)).toInteger() << '\n';
    for (const char* o : {"valid", "invalid", "other"})
        ctx.out << "votes " << o << '\t' << votes.value(QLatin1String(o)).toInteger() << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{
    "status", "status PROJECT.tally [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Count samples per status (unlabelled … rejected) and per vote outcome"),
    runStatus};

} // namespace
