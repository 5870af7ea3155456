// tally-cli history PROJECT.tally --sample PATH [--json]
//
// Everything that happened to a sample, oldest first: its import, every label,
// region, vote and review, with who and when.
//   default: one line per event, "AT<TAB>WHO<TAB>ACTION<TAB>DESCRIPTION"
//   --json:  {"sample": PATH, "events": [{"at", "annotator", "action", "description",
//            "before", "after"}]}   (before / after: the stored values, or null)
// Exit code: 0 done, 1 no such sample (or project), 2 usage.
#include "cli/CliProject.h"
#include "store/AuditLog.h"
#include "store/Reviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// This command's strings.
struct HistoryCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::History)
};

int runHistory(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HistoryCmd::tr("Prints a sample's history (labels, regions, votes, reviews)."));
    parser.addPositionalArgument(QStringLiteral("project"), HistoryCmd::tr("The .tally file."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    HistoryCmd::tr("The sample file (as on disk)."),
                                    QStringLiteral("path"));
    const QCommandLineOption json(QStringLiteral("json"), HistoryCmd::tr("Print one JSON object."));
    parser.addOptions({sample, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(sample))
        return ctx.fail(HistoryCmd::tr("--sample PATH is required"), 2);
    auto [project, sampleId] = tally::cli::openSampleOrFail(ctx, pos.first(), parser.value(sample));
    if (sampleId == 0)
        return 1;
    const QList<tally::HistoryEvent> events = tally::AuditLog(*project).history(sampleId);
    if (parser.isSet(json)) {
        QJsonArray arr;
        for (const tally::HistoryEvent& e : events)
            arr.append(QJsonObject{
                {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("annotator"),
                 e.annotatorName.isEmpty() ? QJsonValue() : QJsonValue(e.annotatorName)},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("description"), e.description},
                {QStringLiteral("before"), e.before.isUndefined() ? QJsonValue() : e.before},
                {QStringLiteral("after"), e.after.isUndefined() ? QJsonValue() : e.after}});
        ctx.printJson(QJsonObject{{QStringLiteral("sample"), parser.value(sample)},
                                  {QStringLiteral("events"), arr}});
        return 0;
    }
    for (const tally::HistoryEvent& e : events)
        ctx.out << e.at.toString(Qt::ISODateWithMs) << '\t' << e.annotatorName << '\t' << e.action
                << '\t' << e.description << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{
    "history", "history PROJECT.tally --sample PATH [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "A sample's history: import, labels, regions, votes, reviews (oldest first)"),
    runHistory};

} // namespace
