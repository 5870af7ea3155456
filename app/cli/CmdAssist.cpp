// tally-cli assist PROJECT.tally (--train [--folds 5] [--name baseline] |
//                                 --detect-people [--name hog]) [--json]
// The models trained or run inside Tally (assist/AssistRunner.h), stored as prediction sets:
//   --train          embeddings (log-mel of the loudest second for audio, HOG for images)
//                    and a liblinear logistic regression; out-of-fold predictions from
//                    k-fold cross-validation grouped by the sample's group.
//       --json: {"name", "accuracy", "folds", "classes": […], "confusion": [[…]],
//                "samples", "skipped": [...]}   (confusion[given][predicted])
//   --detect-people  OpenCV's HOG people detector on every image: boxes with scores.
//       --json: {"name", "images", "boxes", "skipped": [...]}
// Files that cannot be read are skipped and listed. Exit code: 0 ok, 1 nothing to train on
// or files skipped (or no project), 2 usage error.
#include "assist/AssistRunner.h"
#include "cli/CliProject.h"

#include <QJsonArray>

namespace {

struct AssistCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Assist)
};

using tally::assist::AssistRunner;

int train(tally::cli::Context& ctx, tally::Project& project, const QString& name, int folds,
          bool json)
{
    const auto req = AssistRunner::prepareTraining(project, folds);
    if (!req)
        return ctx.fail(req.error().toString());
    const auto out = AssistRunner::runTraining(req.value());
    if (!out)
        return ctx.fail(out.error().toString());
    if (const auto id = AssistRunner::storeTraining(project, name, out.value()); !id)
        return ctx.fail(id.error().toString());
    const tally::assist::TrainOutcome& o = out.value();
    const int m = int(o.classes.size());
    QJsonArray confusion;
    for (int g = 0; g < m; ++g) {
        QJsonArray row;
        for (int p = 0; p < m; ++p)
            row.append(qint64(o.result.at(g, p)));
        confusion.append(row);
    }
    if (json) {
        ctx.printJson({{QStringLiteral("name"), name},
                       {QStringLiteral("accuracy"), o.result.accuracy},
                       {QStringLiteral("folds"), o.result.folds},
                       {QStringLiteral("classes"), QJsonArray::fromStringList(o.classes)},
                       {QStringLiteral("confusion"), confusion},
                       {QStringLiteral("samples"), qint64(o.rows.size())},
                       {QStringLiteral("skipped"), QJsonArray::fromStringList(o.skipped)}});
    } else {
        for (const QString& s : o.skipped)
            ctx.err << s << '\n';
        ctx.out << AssistCmd::tr("Out-of-fold accuracy %1 over %2 folds (%3 labelled samples); "
                                 "stored as “%4”.")
                       .arg(o.result.accuracy, 0, 'f', 4)
                       .arg(o.result.folds)
                       .arg(o.result.foldOf.size())
                       .arg(name)
                << '\n'
                << "given\\predicted\t" << o.classes.join(u'\t') << '\n';
        for (int g = 0; g < m; ++g) {
            ctx.out << o.classes[g];
            for (int p = 0; p < m; ++p)
                ctx.out << '\t' << o.result.at(g, p);
            ctx.out << '\n';
        }
    }
    return o.skipped.isEmpty() ? 0 : 1;
}

int detect(tally::cli::Context& ctx, tally::Project& project, const QString& name, bool json)
{
    const auto req = AssistRunner::prepareDetection(project);
    if (!req)
        return ctx.fail(req.error().toString());
    const auto out = AssistRunner::runDetection(req.value());
    if (!out)
        return ctx.fail(out.error().toString());
    if (const auto id = AssistRunner::storeDetection(project, name, out.value()); !id)
        return ctx.fail(id.error().toString());
    const tally::assist::DetectOutcome& o = out.value();
    if (json) {
        ctx.printJson({{QStringLiteral("name"), name},
                       {QStringLiteral("images"), qint64(o.rows.size())},
                       {QStringLiteral("boxes"), o.boxes},
                       {QStringLiteral("skipped"), QJsonArray::fromStringList(o.skipped)}});
    } else {
        for (const QString& s : o.skipped)
            ctx.err << s << '\n';
        ctx.out << AssistCmd::tr("%1 people found in %2 images; stored as “%3”.")
                       .arg(o.boxes)
                       .arg(o.rows.size())
                       .arg(name)
                << '\n';
    }
    return o.skipped.isEmpty() ? 0 : 1;
}

int runAssist(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AssistCmd::tr("Train the baseline or run the person detector; store its predictions."));
    parser.addPositionalArgument(QStringLiteral("project"), AssistCmd::tr("The .tally file."));
    const QCommandLineOption trainOpt(QStringLiteral("train"),
                                      AssistCmd::tr("Train the baseline (out-of-fold)."));
    const QCommandLineOption detectOpt(QStringLiteral("detect-people"),
                                       AssistCmd::tr("Run the HOG person detector on the images."));
    const QCommandLineOption folds(QStringLiteral("folds"),
                                   AssistCmd::tr("Cross-validation folds (default 5)."),
                                   QStringLiteral("k"));
    const QCommandLineOption name(QStringLiteral("name"), AssistCmd::tr("The set's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), AssistCmd::tr("Print one JSON object."));
    parser.addOptions({trainOpt, detectOpt, folds, name, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (parser.isSet(trainOpt) == parser.isSet(detectOpt))
        return ctx.fail(AssistCmd::tr("give one of --train, --detect-people"), 2);
    bool ok = true;
    const int k = parser.isSet(folds) ? parser.value(folds).toInt(&ok) : 5;
    if (!ok || k < 2)
        return ctx.fail(AssistCmd::tr("--folds takes a whole number from 2"), 2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    if (parser.isSet(trainOpt))
        return train(ctx, *project,
                     parser.isSet(name) ? parser.value(name) : QStringLiteral("baseline"), k,
                     parser.isSet(json));
    return detect(ctx, *project, parser.isSet(name) ? parser.value(name) : QStringLiteral("hog"),
                  parser.isSet(json));
}

tally::cli::CliRegistrar reg{
    "assist",
    "assist PROJECT.tally (--train [--folds 5] [--name baseline] | --detect-people [--name hog]) "
    "[--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "Train the baseline (out-of-fold) or run the person detector"),
    runAssist};

} // namespace
