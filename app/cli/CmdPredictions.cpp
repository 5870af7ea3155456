// tally-cli predictions PROJECT.tally (--import FILE --name NAME | --list | --delete NAME)
//                       [--json]
// Prediction sets (store/Predictions.h): a model's probabilities per sample, kept as data.
//   --import FILE --name NAME  reads FILE (assist/PredictionImport.h: CSV
//       `path,<class>,…` or JSON Lines) and stores it as the set NAME (a set of that
//       name is replaced). Lines that cannot be used are listed as FILE:LINE: reason and
//       left out; the rest imports.
//       --json: {"name", "samples", "boxes", "classes": […], "lines", "issues": [{"file",
//                "line", "reason"}]}
//   --list    one line per set (name, source, samples, boxes, created, classes);
//       --json: {"sets": [{"name", "source", "created", "classes", "samples", "boxes", "info"}]}
//   --delete NAME removes the set.
// Exit code: 0 ok, 1 some lines left out, an unknown set or no project, 2 usage error.
#include "assist/PredictionImport.h"
#include "cli/CliProject.h"
#include "store/Predictions.h"

#include <QJsonArray>

namespace {

struct PredictionsCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Predictions)
};

QJsonObject setJson(const tally::PredictionSetInfo& s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("source"), s.source},
            {QStringLiteral("created"), s.created.toString(Qt::ISODate)},
            {QStringLiteral("classes"), QJsonArray::fromStringList(s.classes)},
            {QStringLiteral("samples"), s.samples},
            {QStringLiteral("boxes"), s.boxes},
            {QStringLiteral("info"), s.info}};
}

int listSets(tally::cli::Context& ctx, tally::Project& project, bool json)
{
    const auto sets = tally::Predictions(project).list();
    if (!sets)
        return ctx.fail(sets.error().toString());
    QJsonArray arr;
    for (const tally::PredictionSetInfo& s : sets.value()) {
        arr.append(setJson(s));
        if (!json)
            ctx.out << s.name << '\t' << s.source << '\t' << s.samples << '\t' << s.boxes << '\t'
                    << s.created.toString(Qt::ISODate) << '\t' << s.classes.join(u',') << '\n';
    }
    if (json)
        ctx.printJson({{QStringLiteral("sets"), arr}});
    else if (sets.value().isEmpty())
        ctx.out << PredictionsCmd::tr("No prediction sets.") << '\n';
    return 0;
}

int importSet(tally::cli::Context& ctx, tally::Project& project, const QString& file,
              const QString& name, bool json)
{
    const auto read = tally::assist::PredictionImport::read(file, project);
    if (!read)
        return ctx.fail(read.error().toString());
    const tally::assist::PredictionFile& f = read.value();
    qint64 boxes = 0;
    for (const tally::SamplePrediction& r : f.rows)
        boxes += qint64(r.boxes.size());
    const auto id = tally::Predictions(project).write(
        name, QStringLiteral("import: %1").arg(file), f.classes,
        {{QStringLiteral("file"), file}, {QStringLiteral("lines"), f.linesRead}}, f.rows);
    if (!id)
        return ctx.fail(id.error().toString());
    QJsonArray issues;
    for (const tally::assist::FileIssue& i : f.issues) {
        issues.append(QJsonObject{{QStringLiteral("file"), i.file},
                                  {QStringLiteral("line"), i.line},
                                  {QStringLiteral("reason"), i.reason}});
        if (!json)
            ctx.err << i.toString() << '\n';
    }
    if (json)
        ctx.printJson({{QStringLiteral("name"), name},
                       {QStringLiteral("samples"), qint64(f.rows.size())},
                       {QStringLiteral("boxes"), boxes},
                       {QStringLiteral("classes"),
                        QJsonArray::fromStringList(tally::sortedByCodePoint(f.classes))},
                       {QStringLiteral("lines"), f.linesRead},
                       {QStringLiteral("issues"), issues}});
    else
        ctx.out << PredictionsCmd::tr(
                       "Imported %1 predictions (%2 boxes) as “%3”; %4 lines left out.")
                       .arg(f.rows.size())
                       .arg(boxes)
                       .arg(name)
                       .arg(f.issues.size())
                << '\n';
    return f.issues.empty() ? 0 : 1;
}

int runPredictions(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        PredictionsCmd::tr("Import, list or delete prediction sets (a model's outputs)."));
    parser.addPositionalArgument(QStringLiteral("project"), PredictionsCmd::tr("The .tally file."));
    const QCommandLineOption import(QStringLiteral("import"),
                                    PredictionsCmd::tr("A CSV or JSON Lines file of predictions."),
                                    QStringLiteral("file"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  PredictionsCmd::tr("The set's name (with --import)."),
                                  QStringLiteral("name"));
    const QCommandLineOption list(QStringLiteral("list"), PredictionsCmd::tr("List the sets."));
    const QCommandLineOption del(QStringLiteral("delete"), PredictionsCmd::tr("Delete a set."),
                                 QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  PredictionsCmd::tr("Print one JSON object."));
    parser.addOptions({import, name, list, del, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    const int modes = int(parser.isSet(import)) + int(parser.isSet(list)) + int(parser.isSet(del));
    if (modes != 1)
        return ctx.fail(PredictionsCmd::tr("give one of --import FILE, --list, --delete NAME"), 2);
    if (parser.isSet(import) && parser.value(name).trimmed().isEmpty())
        return ctx.fail(PredictionsCmd::tr("--import needs --name NAME"), 2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    if (parser.isSet(list))
        return listSets(ctx, *project, parser.isSet(json));
    if (parser.isSet(import))
        return importSet(ctx, *project, parser.value(import), parser.value(name).trimmed(),
                         parser.isSet(json));
    if (const tally::Status st = tally::Predictions(*project).remove(parser.value(del)); !st)
        return ctx.fail(st.error().toString());
    if (parser.isSet(json))
        ctx.printJson({{QStringLiteral("deleted"), parser.value(del)}});
    else
        ctx.out << PredictionsCmd::tr("Deleted “%1”.").arg(parser.value(del)) << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{
    "predictions",
    "predictions PROJECT.tally (--import FILE --name NAME | --list | --delete NAME) [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Import, list or delete prediction sets (a model's probabilities)"),
    runPredictions};

} // namespace
