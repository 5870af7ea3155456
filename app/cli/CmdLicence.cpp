// tally-cli licence PROJECT.tally [(--sample PATH)... | --all | --class NAME]
//                   [--set SPDX] [--source TEXT] [--owner TEXT] [--consent yes|no]
//                   [--annotator NAME] [--json]
//   Without a change: samples per licence ("" = unknown) and per licence x source.
//   With a selection and changes: each change is one transaction with one audit row;
//   an empty value clears the field. PATH is a file on disk or the stored path.
//   --json: {"changed": n, "licences": {spdx: n}, "sources": {spdx: {source: n}}}
// Exit code: 0 done, 1 refused (unknown sample or class, bad SPDX id), 2 usage.
#include "cli/CliProject.h"
#include "splits/EffectiveClass.h"
#include "store/Splits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

using namespace tally;

// This command's strings.
struct LicenceCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Licence)
};

// The ids selected, or an error message.
QString select(const QCommandLineParser& p, Project& project, QList<qint64>* ids)
{
    if (p.isSet(QStringLiteral("all"))) {
        for (const SampleRecord& s : project.samples())
            ids->append(s.id);
        return {};
    }
    if (p.isSet(QStringLiteral("class"))) {
        const QString name = p.value(QStringLiteral("class"));
        const QHash<qint64, QString> classOf = effectiveClasses(project);
        for (auto it = classOf.cbegin(); it != classOf.cend(); ++it)
            if (it.value() == name)
                ids->append(it.key());
        if (ids->isEmpty())
            return LicenceCmd::tr("no sample has the class “%1”").arg(name);
        std::sort(ids->begin(), ids->end());
        return {};
    }
    Project& a = project;
    for (const QString& path : p.values(QStringLiteral("sample"))) {
        qint64 id = a.sampleIdByPath(cli::storedPathOf(project, path));
        if (id == 0)
            id = a.sampleIdByPath(path);
        if (id == 0)
            return LicenceCmd::tr("no sample %1 in the project").arg(path);
        ids->append(id);
    }
    return {};
}

// Applies the changes asked for; returns an error message or an empty string.
QString apply(const QCommandLineParser& p, Splits& splits, const QList<qint64>& ids, qint64 who)
{
    if (p.isSet(QStringLiteral("set"))) {
        const QString spdx = p.value(QStringLiteral("set")).trimmed();
        // An SPDX id or expression: letters, digits, . - + : ( ) and spaces.
        static const QRegularExpression ok(QStringLiteral("^[A-Za-z0-9.+:()\\- ]*$"));
        if (!ok.match(spdx).hasMatch())
            return LicenceCmd::tr("“%1” is not an SPDX licence id (e.g. CC-BY-4.0, CC0-1.0)")
                .arg(spdx);
        if (Status s = splits.setLicence(ids, spdx, who); !s)
            return s.error().toString();
    }
    if (p.isSet(QStringLiteral("source")))
        if (Status s = splits.setSource(ids, p.value(QStringLiteral("source")), who); !s)
            return s.error().toString();
    if (p.isSet(QStringLiteral("owner")))
        if (Status s = splits.setOwner(ids, p.value(QStringLiteral("owner")), who); !s)
            return s.error().toString();
    if (p.isSet(QStringLiteral("consent"))) {
        const QString c = p.value(QStringLiteral("consent")).toLower();
        if (Status s = splits.setConsent(ids, c == QLatin1String("yes"), who); !s)
            return s.error().toString();
    }
    return {};
}

int list(cli::Context& ctx, const Splits& splits, qint64 changed, bool json)
{
    const auto licences = splits.licenceCounts();
    const auto sources = splits.licenceSourceCounts();
    if (json) {
        QJsonObject l, s;
        for (auto it = licences.cbegin(); it != licences.cend(); ++it)
            l.insert(it.key(), it.value());
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            QJsonObject per;
            for (auto jt = it.value().cbegin(); jt != it.value().cend(); ++jt)
                per.insert(jt.key(), jt.value());
            s.insert(it.key(), per);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("changed"), changed},
                                  {QStringLiteral("licences"), l},
                                  {QStringLiteral("sources"), s}});
        return 0;
    }
    if (changed > 0)
        ctx.out << "changed\t" << changed << '\n';
    ctx.out << "licence\tsource\tsamples\n";
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        for (auto jt = it.value().cbegin(); jt != it.value().cend(); ++jt)
            ctx.out << (it.key().isEmpty() ? QStringLiteral("(unknown)") : it.key()) << '\t'
                    << jt.key() << '\t' << jt.value() << '\n';
    return 0;
}

int runLicence(cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        LicenceCmd::tr("Lists or sets licence, source, owner and consent of samples."));
    parser.addPositionalArgument(QStringLiteral("project"), LicenceCmd::tr("The .tally file."));
    parser.addOptions(
        {{QStringLiteral("sample"), LicenceCmd::tr("A sample (repeatable)."),
          QStringLiteral("path")},
         {QStringLiteral("all"), LicenceCmd::tr("Every sample.")},
         {QStringLiteral("class"), LicenceCmd::tr("Every sample of a class."),
          QStringLiteral("name")},
         {QStringLiteral("set"), LicenceCmd::tr("SPDX licence id (empty clears)."),
          QStringLiteral("spdx")},
         {QStringLiteral("source"), LicenceCmd::tr("Source (empty clears)."),
          QStringLiteral("text")},
         {QStringLiteral("owner"), LicenceCmd::tr("Owner (empty clears)."), QStringLiteral("text")},
         {QStringLiteral("consent"), LicenceCmd::tr("yes or no."), QStringLiteral("yes|no")},
         {QStringLiteral("annotator"), LicenceCmd::tr("Who makes the change (audit log)."),
          QStringLiteral("name")},
         {QStringLiteral("json"), LicenceCmd::tr("Print one JSON object.")}});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    const int selections = int(parser.isSet(QStringLiteral("sample"))) +
                           int(parser.isSet(QStringLiteral("all"))) +
                           int(parser.isSet(QStringLiteral("class")));
    const bool changes =
        parser.isSet(QStringLiteral("set")) || parser.isSet(QStringLiteral("source")) ||
        parser.isSet(QStringLiteral("owner")) || parser.isSet(QStringLiteral("consent"));
    if (selections > 1 || (changes != (selections == 1)))
        return ctx.fail(
            LicenceCmd::tr(
                "a change needs one of --sample, --all, --class (and a selection needs a change)"),
            2);
    const QString consent = parser.value(QStringLiteral("consent")).toLower();
    if (parser.isSet(QStringLiteral("consent")) && consent != QLatin1String("yes") &&
        consent != QLatin1String("no"))
        return ctx.fail(LicenceCmd::tr("--consent is yes or no"), 2);
    auto project = cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    Splits splits(*project);
    QList<qint64> ids;
    if (changes) {
        QString error = select(parser, *project, &ids);
        if (!error.isEmpty())
            return ctx.fail(error);
        qint64 who = 0;
        if (parser.isSet(QStringLiteral("annotator"))) {
            Project& a = *project;
            who = cli::annotatorIdOrFail(ctx, a, parser.value(QStringLiteral("annotator")));
            if (who == 0)
                return 1;
        }
        error = apply(parser, splits, ids, who);
        if (!error.isEmpty())
            return ctx.fail(error);
    }
    return list(ctx, splits, ids.size(), parser.isSet(QStringLiteral("json")));
}

cli::CliRegistrar reg{
    "licence",
    "licence PROJECT.tally [(--sample PATH)... | --all | --class NAME] [--set SPDX] [--source T] "
    "[--owner T] [--consent yes|no] [--annotator NAME] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands",
                      "List licences and sources, or set licence, source, owner, consent in bulk"),
    runLicence};

} // namespace
