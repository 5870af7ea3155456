// tally-cli trend PROJECT.tally --group RUN [--channel C] [--feature F] [--baseline N]
//                 [--k K] [--run M] [--json]
// A sensor run's trend (formats/SeriesAnalysis.h): one line per snapshot in time order
// with every feature of channel C (from 1), and the suggested onset of feature F
// (default rms): the first snapshot after the baseline of N (default 20) whose value
// stays more than K (default 3) robust standard deviations above the baseline's median
// for M (default 3) snapshots in a row.
//   --json: {"group", "channel", "feature", "points": [{"path", "time", "rms", "peak",
//            "crest", "kurtosis", "skewness", "bpfo", "bpfi", "bsf", "ftf"}],
//            "onset": {"index", "time", "feature"} | null}
//   (a feature that could not be measured — fault bands without a bearing — is null)
// Exit code: 0 ok, 1 no such run or channel (or no project), 2 usage error.
#include "cli/CliProject.h"
#include "formats/SeriesAnalysis.h"

#include <QJsonArray>
#include <cmath>

namespace {

struct TrendCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Trend)
};

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const tally::RunTrend& t)
{
    QJsonArray points;
    const QStringList& names = tally::seriesFeatureColumns();
    for (const tally::TrendPoint& p : t.points) {
        QJsonObject o{{QStringLiteral("path"), p.path}, {QStringLiteral("time"), p.time}};
        for (int i = 0; i < names.size(); ++i)
            o.insert(names[i], number(p.values[size_t(i)]));
        points.append(o);
    }
    QJsonValue onset(QJsonValue::Null);
    if (t.onset)
        onset = QJsonObject{{QStringLiteral("index"), *t.onset},
                            {QStringLiteral("time"), t.points[size_t(*t.onset)].time},
                            {QStringLiteral("feature"), t.feature}};
    return {{QStringLiteral("group"), t.run},
            {QStringLiteral("channel"), t.channel},
            {QStringLiteral("feature"), t.feature},
            {QStringLiteral("points"), points},
            {QStringLiteral("onset"), onset}};
}

void printHuman(tally::cli::Context& ctx, const tally::RunTrend& t)
{
    ctx.out << "time\tpath\t" << tally::seriesFeatureColumns().join(u'\t') << '\n';
    for (const tally::TrendPoint& p : t.points) {
        ctx.out << p.time << '\t' << p.path;
        for (double v : p.values)
            ctx.out << '\t' << (std::isfinite(v) ? QString::number(v, 'g', 6) : QString());
        ctx.out << '\n';
    }
    if (t.onset)
        ctx.out << TrendCmd::tr("Onset (%1): snapshot %2 of %3, %4")
                       .arg(t.feature)
                       .arg(*t.onset + 1)
                       .arg(t.points.size())
                       .arg(t.points[size_t(*t.onset)].time)
                << '\n';
    else
        ctx.out << TrendCmd::tr("Onset (%1): none found").arg(t.feature) << '\n';
}

bool readInt(const QCommandLineParser& p, const QCommandLineOption& o, int min, int* out)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    *out = p.value(o).toInt(&ok);
    return ok && *out >= min;
}

int runTrend(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TrendCmd::tr("A sensor run's features per snapshot over time, and its onset."));
    parser.addPositionalArgument(QStringLiteral("project"), TrendCmd::tr("The .tally file."));
    const QCommandLineOption group(QStringLiteral("group"), TrendCmd::tr("The run (its folder)."),
                                   QStringLiteral("run"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     TrendCmd::tr("Channel, from 1 (default 1)."),
                                     QStringLiteral("c"));
    const QCommandLineOption feature(
        QStringLiteral("feature"),
        TrendCmd::tr("The onset's feature: %1 (default rms).")
            .arg(tally::seriesFeatureColumns().join(QStringLiteral(", "))),
        QStringLiteral("f"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      TrendCmd::tr("Snapshots in the baseline (default 20)."),
                                      QStringLiteral("n"));
    const QCommandLineOption k(QStringLiteral("k"),
                               TrendCmd::tr("Robust standard deviations (default 3)."),
                               QStringLiteral("k"));
    const QCommandLineOption run(QStringLiteral("run"),
                                 TrendCmd::tr("Snapshots in a row above (default 3)."),
                                 QStringLiteral("m"));
    const QCommandLineOption json(QStringLiteral("json"), TrendCmd::tr("Print one JSON object."));
    parser.addOptions({group, channel, feature, baseline, k, run, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(group))
        return ctx.fail(TrendCmd::tr("--group RUN is required"), 2);
    tally::TrendOptions o;
    if (parser.isSet(feature))
        o.feature = parser.value(feature);
    bool kOk = true;
    if (parser.isSet(k))
        o.k = parser.value(k).toDouble(&kOk);
    if (!readInt(parser, channel, 1, &o.channel) || !readInt(parser, baseline, 1, &o.baseline) ||
        !readInt(parser, run, 1, &o.run) || !kOk || !(o.k > 0))
        return ctx.fail(TrendCmd::tr("--channel, --baseline and --run take whole numbers from 1, "
                                     "--k a number above 0"),
                        2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    const tally::Result<tally::RunTrend> t =
        tally::SeriesAnalysis::trend(*project, parser.value(group), o);
    if (!t)
        return ctx.fail(t.error().toString());
    if (parser.isSet(json))
        ctx.printJson(toJson(t.value()));
    else
        printHuman(ctx, t.value());
    return 0;
}

tally::cli::CliRegistrar reg{
    "trend",
    "trend PROJECT.tally --group RUN [--channel C] [--feature F] [--baseline N] [--k K] "
    "[--run M] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "A sensor run's features per snapshot over time, and the onset"),
    runTrend};

} // namespace
