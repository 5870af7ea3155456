// tally-cli campaign PROJECT.tally (--create NAME --prompts LIST --takes N --licence SPDX
//                    --consent FILE [--demographics age,gender,accent] [--length SEC]
//                    [--no-trim] | --list | --end NAME | --clips NAME) [--json]
// Collection campaigns (store/Campaigns.h).
//   --create   --prompts is a comma-separated list (each prompt is also its class), or
//              @FILE with one prompt per line ("CLASS<TAB>text" gives the class apart).
//              --json: {"name", "token", "prompts": [...]}
//   --list     name, state, prompts, takes, licence, clips per line;
//              --json {"campaigns": [{"name", "token", "running", "prompts", "takes",
//              "length", "licence", "demographics", "sessions", "clips", "passed", "votes"}]}
//   --end NAME ends the campaign (its link stops working; its clips stay).
//   --clips NAME  --json {"clips": [{"id", "path", "class", "group", "consent", "licence",
//              "owner", "prompt", "metadata", "passed", "up", "down"}]}
// Exit code: 0 ok, 1 bad input or no project, 2 usage error.
#include "cli/CliProject.h"
#include "store/Campaigns.h"

#include <QFile>
#include <QJsonArray>

namespace {

struct CampaignCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Campaign)
};

tally::Result<QList<tally::CampaignPrompt>> parsePrompts(const QString& value)
{
    QList<tally::CampaignPrompt> out;
    QStringList items;
    if (value.startsWith(u'@')) {
        QFile f(value.mid(1));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return tally::Error{value.mid(1), f.errorString()};
        items = QString::fromUtf8(f.readAll()).split(u'\n');
    } else {
        items = value.split(u',');
    }
    for (const QString& item : items) {
        if (item.trimmed().isEmpty())
            continue;
        const int tab = item.indexOf(u'\t');
        tally::CampaignPrompt p;
        p.text = (tab < 0 ? item : item.mid(tab + 1)).trimmed();
        p.className = tab < 0 ? QString() : item.left(tab).trimmed();
        out.append(p);
    }
    return out;
}

QJsonObject campaignJson(tally::Campaigns& campaigns, const tally::CampaignRecord& c)
{
    QJsonArray prompts;
    for (const tally::CampaignPrompt& p : c.prompts)
        prompts.append(QJsonObject{{"text", p.text}, {"class", p.className}});
    const tally::CampaignCounts n = campaigns.counts(c.id);
    qint64 clips = 0, passed = 0;
    for (const tally::CollectCount& k : n.perPrompt) {
        clips += k.clips;
        passed += k.passed;
    }
    return {{"name", c.name},          {"token", c.token},
            {"running", !c.isEnded()}, {"prompts", prompts},
            {"takes", c.takes},        {"length", c.lengthSec},
            {"licence", c.licence},    {"demographics", QJsonArray::fromStringList(c.demographics)},
            {"sessions", n.sessions},  {"clips", clips},
            {"passed", passed},        {"votes", n.votes}};
}

int listCampaigns(tally::cli::Context& ctx, tally::Project& project, bool json)
{
    tally::Campaigns campaigns(project);
    QJsonArray arr;
    const QList<tally::CampaignRecord> all = campaigns.list();
    for (const tally::CampaignRecord& c : all) {
        const QJsonObject o = campaignJson(campaigns, c);
        arr.append(o);
        if (!json)
            ctx.out << c.name << '\t'
                    << (c.isEnded() ? CampaignCmd::tr("ended") : CampaignCmd::tr("running")) << '\t'
                    << c.prompts.size() << '\t' << c.takes << '\t' << c.licence << '\t'
                    << o.value("clips").toInteger() << '\n';
    }
    if (json)
        ctx.printJson({{"campaigns", arr}});
    else if (all.isEmpty())
        ctx.out << CampaignCmd::tr("No campaigns.") << '\n';
    return 0;
}

int listClips(tally::cli::Context& ctx, tally::Project& project, const QString& name, bool json)
{
    tally::Campaigns campaigns(project);
    const auto c = campaigns.byName(name);
    if (!c)
        return ctx.fail(c.error().toString());
    QJsonArray arr;
    for (const tally::CollectedClip& k : campaigns.clips(c.value().id)) {
        arr.append(QJsonObject{{"id", k.sampleId},
                               {"path", k.path},
                               {"class", k.className},
                               {"group", k.group},
                               {"consent", k.consent ? QJsonValue(*k.consent) : QJsonValue()},
                               {"licence", k.licence},
                               {"owner", k.owner},
                               {"prompt", k.prompt},
                               {"metadata", k.metadata},
                               {"passed", k.passed},
                               {"up", k.up},
                               {"down", k.down}});
        if (!json)
            ctx.out << k.path << '\t' << k.className << '\t' << k.group << '\t'
                    << (k.passed ? "passed" : "flagged") << '\t' << k.up << '\t' << k.down << '\n';
    }
    if (json)
        ctx.printJson({{"clips", arr}});
    return 0;
}

struct CreateArgs
{
    QString name, prompts, takes, licence, consent, demographics, length;
    bool trim = true;
};

int createCampaign(tally::cli::Context& ctx, tally::Project& project, const CreateArgs& a,
                   bool json)
{
    tally::CampaignSpec spec;
    spec.name = a.name;
    const auto prompts = parsePrompts(a.prompts);
    if (!prompts)
        return ctx.fail(prompts.error().toString());
    spec.prompts = prompts.value();
    bool ok = true;
    spec.takes = a.takes.isEmpty() ? 1 : a.takes.toInt(&ok);
    if (!ok)
        return ctx.fail(CampaignCmd::tr("--takes must be a whole number, not \"%1\"").arg(a.takes));
    spec.lengthSec = a.length.isEmpty() ? 1.0 : a.length.toDouble(&ok);
    if (!ok)
        return ctx.fail(CampaignCmd::tr("--length must be seconds, not \"%1\"").arg(a.length));
    spec.licence = a.licence;
    QFile consent(a.consent);
    if (!consent.open(QIODevice::ReadOnly | QIODevice::Text))
        return ctx.fail(tally::Error{a.consent, consent.errorString()}.toString());
    spec.consentText = QString::fromUtf8(consent.readAll());
    spec.demographics = a.demographics.split(u',', Qt::SkipEmptyParts);
    for (QString& d : spec.demographics)
        d = d.trimmed();
    spec.trim = a.trim;
    const auto made = tally::Campaigns(project).create(spec);
    if (!made)
        return ctx.fail(made.error().toString());
    if (json) {
        tally::Campaigns campaigns(project);
        ctx.printJson(campaignJson(campaigns, made.value()));
    } else {
        ctx.out << CampaignCmd::tr("Campaign “%1” with %2 prompts; its link token is %3.")
                       .arg(made.value().name)
                       .arg(made.value().prompts.size())
                       .arg(made.value().token)
                << '\n';
    }
    return 0;
}

int runCampaign(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CampaignCmd::tr("Create, list or end collection campaigns, and list their clips."));
    parser.addPositionalArgument(QStringLiteral("project"), CampaignCmd::tr("The .tally file."));
    auto opt = [&](const char* name, const QString& help, const char* value = nullptr) {
        return tally::cli::addOption(parser, name, help, value);
    };
    const auto create = opt("create", CampaignCmd::tr("Create a campaign."), "name");
    const auto prompts = opt("prompts", CampaignCmd::tr("Prompts: a,b,c or @FILE."), "list");
    const auto takes = opt("takes", CampaignCmd::tr("Takes per prompt and volunteer."), "n");
    const auto licence = opt("licence", CampaignCmd::tr("The licence granted (SPDX id)."), "spdx");
    const auto consent =
        opt("consent", CampaignCmd::tr("The consent text (Markdown file)."), "file");
    const auto demo = opt("demographics", CampaignCmd::tr("age,gender,accent (optional)."), "list");
    const auto length = opt("length", CampaignCmd::tr("Clip length in seconds (1)."), "sec");
    const auto noTrim = opt("no-trim", CampaignCmd::tr("Keep uploads as sent (no trim)."));
    const auto list = opt("list", CampaignCmd::tr("List the campaigns."));
    const auto end = opt("end", CampaignCmd::tr("End a campaign."), "name");
    const auto clips = opt("clips", CampaignCmd::tr("List a campaign's clips."), "name");
    const auto json = opt("json", CampaignCmd::tr("Print one JSON object."));
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    const int modes = int(parser.isSet(create)) + int(parser.isSet(list)) + int(parser.isSet(end)) +
                      int(parser.isSet(clips));
    if (modes != 1)
        return ctx.fail(
            CampaignCmd::tr("give one of --create NAME, --list, --end NAME, --clips NAME"), 2);
    if (parser.isSet(create) &&
        (!parser.isSet(prompts) || !parser.isSet(licence) || !parser.isSet(consent)))
        return ctx.fail(CampaignCmd::tr("--create needs --prompts, --licence and --consent"), 2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    if (parser.isSet(list))
        return listCampaigns(ctx, *project, parser.isSet(json));
    if (parser.isSet(clips))
        return listClips(ctx, *project, parser.value(clips), parser.isSet(json));
    if (parser.isSet(create))
        return createCampaign(ctx, *project,
                              {parser.value(create), parser.value(prompts), parser.value(takes),
                               parser.value(licence), parser.value(consent), parser.value(demo),
                               parser.value(length), !parser.isSet(noTrim)},
                              parser.isSet(json));
    if (const tally::Status st = tally::Campaigns(*project).end(parser.value(end)); !st)
        return ctx.fail(st.error().toString());
    if (parser.isSet(json))
        ctx.printJson({{"ended", parser.value(end)}});
    else
        ctx.out << CampaignCmd::tr("Ended “%1”.").arg(parser.value(end)) << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{
    "campaign",
    "campaign PROJECT.tally (--create NAME --prompts LIST --takes N --licence SPDX --consent FILE"
    " [--demographics age,gender,accent] [--length SEC] [--no-trim] | --list | --end NAME |"
    " --clips NAME) [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands", "Collection campaigns: create, list, end, clips"),
    runCampaign};

} // namespace
