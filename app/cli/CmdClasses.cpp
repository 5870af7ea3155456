// tally-cli classes PROJECT.tally [--json]
//   lists classes: name, hotkey, colour, imported samples, labels (by any annotator)
// tally-cli classes PROJECT.tally --add NAME [--hotkey K] [--colour #rrggbb] [--description T]
// tally-cli classes PROJECT.tally --edit NAME [--hotkey K] [--colour #rrggbb] [--description T]
//   (an empty value clears that field)
// tally-cli classes PROJECT.tally --rename OLD NEW
// tally-cli classes PROJECT.tally --merge FROM INTO     (FROM's labels, regions and
//                                                        imported samples move to INTO)
// [--annotator NAME] records who made the change in the audit log.
//   --json: {"classes": [{"name", "hotkey", "colour", "description", "imported", "labels"}]}
// After a change the list is printed as it is then.
// Exit code: 0 done, 1 refused (empty or duplicate name, hotkey in use, unknown class), 2 usage.
#include "cli/CliProject.h"
#include "store/Classes.h"
#include "store/Labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

// This command's strings.
struct ClassesCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Classes)
};

// Imported samples and labels per class name.
struct Counts
{
    QHash<QString, qint64> imported;
    QHash<QString, qint64> labels;
};

Counts countsOf(const tally::Project& project, tally::Project& a)
{
    Counts c{project.classCounts(), {}};
    const auto byAnnotator = tally::Labels(a).labelCountsByAnnotator();
    for (auto it = byAnnotator.cbegin(); it != byAnnotator.cend(); ++it)
        for (qint64 n : it.value())
            c.labels[it.key()] += n;
    return c;
}

int list(tally::cli::Context& ctx, const tally::Project& project, tally::Project& a, bool json)
{
    const Counts counts = countsOf(project, a);
    const std::vector<tally::ClassRecord> classes = tally::Classes(a).classes();
    if (json) {
        QJsonArray arr;
        for (const tally::ClassRecord& c : classes)
            arr.append(QJsonObject{
                {QStringLiteral("name"), c.name},
                {QStringLiteral("hotkey"), c.hotkey},
                {QStringLiteral("colour"), c.colour.isValid() ? c.colour.name() : QString()},
                {QStringLiteral("description"), c.description},
                {QStringLiteral("imported"), counts.imported.value(c.name)},
                {QStringLiteral("labels"), counts.labels.value(c.name)}});
        ctx.printJson(QJsonObject{{QStringLiteral("classes"), arr}});
        return 0;
    }
    ctx.out << "name\thotkey\tcolour\timported\tlabels\n";
    for (const tally::ClassRecord& c : classes)
        ctx.out << c.name << '\t' << c.hotkey << '\t'
                << (c.colour.isValid() ? c.colour.name() : QString()) << '\t'
                << counts.imported.value(c.name) << '\t' << counts.labels.value(c.name) << '\n';
    return 0;
}

// Applies the one change asked for; returns an error message or an empty string.
QString change(const QCommandLineParser& parser, tally::Project& a, qint64 who,
               const QString& second)
{
    const QString colour = parser.value(QStringLiteral("colour"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.isEmpty() && !hex.match(colour).hasMatch())
        return ClassesCmd::tr("a colour is #rrggbb, not “%1”").arg(colour);
    if (parser.isSet(QStringLiteral("add"))) {
        tally::ClassRecord c{0, parser.value(QStringLiteral("add")),
                             parser.value(QStringLiteral("hotkey")),
                             colour.isEmpty() ? QColor() : QColor::fromString(colour),
                             parser.value(QStringLiteral("description"))};
        auto r = tally::Classes(a).addClass(c, who);
        return r ? QString() : r.error().toString();
    }
    if (parser.isSet(QStringLiteral("edit"))) {
        auto found = tally::Classes(a).classByName(parser.value(QStringLiteral("edit")));
        if (!found)
            return found.error().toString();
        tally::ClassRecord c = found.value();
        if (parser.isSet(QStringLiteral("hotkey")))
            c.hotkey = parser.value(QStringLiteral("hotkey"));
        if (parser.isSet(QStringLiteral("colour")))
            c.colour = colour.isEmpty() ? QColor() : QColor::fromString(colour);
        if (parser.isSet(QStringLiteral("description")))
            c.description = parser.value(QStringLiteral("description"));
        const tally::Status s = tally::Classes(a).updateClass(c, who);
        return s ? QString() : s.error().toString();
    }
    const bool rename = parser.isSet(QStringLiteral("rename"));
    auto from = tally::Classes(a).classByName(
        parser.value(rename ? QStringLiteral("rename") : QStringLiteral("merge")));
    if (!from)
        return from.error().toString();
    if (rename) {
        tally::ClassRecord c = from.value();
        c.name = second;
        const tally::Status s = tally::Classes(a).updateClass(c, who);
        return s ? QString() : s.error().toString();
    }
    auto into = tally::Classes(a).classByName(second);
    if (!into)
        return into.error().toString();
    const tally::Status s = tally::Classes(a).mergeClass(from.value().id, into.value().id, who);
    return s ? QString() : s.error().toString();
}

int runClasses(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClassesCmd::tr("Lists, adds, renames or merges classes."));
    parser.addPositionalArgument(QStringLiteral("project"), ClassesCmd::tr("The .tally file."));
    parser.addPositionalArgument(QStringLiteral("new"),
                                 ClassesCmd::tr("NEW (with --rename) or INTO (with --merge)."),
                                 QStringLiteral("[NEW|INTO]"));
    const QCommandLineOption add(QStringLiteral("add"), ClassesCmd::tr("Add a class."),
                                 QStringLiteral("name"));
    const QCommandLineOption hotkey(QStringLiteral("hotkey"),
                                    ClassesCmd::tr("1-9 or a letter (with --add)."),
                                    QStringLiteral("key"));
    const QCommandLineOption colour(QStringList{QStringLiteral("colour"), QStringLiteral("color")},
                                    ClassesCmd::tr("#rrggbb (with --add)."),
                                    QStringLiteral("colour"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         ClassesCmd::tr("Free text (with --add)."),
                                         QStringLiteral("text"));
    const QCommandLineOption edit(
        QStringLiteral("edit"), ClassesCmd::tr("Change hotkey, colour or description of a class."),
        QStringLiteral("name"));
    const QCommandLineOption rename(QStringLiteral("rename"),
                                    ClassesCmd::tr("Rename class OLD to NEW."),
                                    QStringLiteral("old"));
    const QCommandLineOption merge(QStringLiteral("merge"),
                                   ClassesCmd::tr("Merge class FROM into INTO."),
                                   QStringLiteral("from"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       ClassesCmd::tr("Who makes the change (for the audit log)."),
                                       QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), ClassesCmd::tr("Print one JSON object."));
    parser.addOptions({add, edit, hotkey, colour, description, rename, merge, annotator, json});
    if (!ctx.parse(parser))
        return 2;
    const QStringList pos = parser.positionalArguments();
    const int changes = int(parser.isSet(add)) + int(parser.isSet(edit)) +
                        int(parser.isSet(rename)) + int(parser.isSet(merge));
    if (changes > 1)
        return ctx.fail(ClassesCmd::tr("give at most one of --add, --edit, --rename, --merge"), 2);
    const bool needsSecond = parser.isSet(rename) || parser.isSet(merge);
    if (pos.size() != (needsSecond ? 2 : 1))
        return ctx.fail(
            needsSecond
                ? ClassesCmd::tr("expected PROJECT.tally --rename OLD NEW or --merge FROM INTO")
                : ClassesCmd::tr("expected one argument: PROJECT.tally"),
            2);
    if (!parser.isSet(add) && !parser.isSet(edit) &&
        (parser.isSet(hotkey) || parser.isSet(colour) || parser.isSet(description)))
        return ctx.fail(
            ClassesCmd::tr("--hotkey, --colour and --description go with --add or --edit"), 2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    tally::Project& a = *project;
    if (changes == 1) {
        qint64 who = 0;
        if (parser.isSet(annotator)) {
            who = tally::cli::annotatorIdOrFail(ctx, a, parser.value(annotator));
            if (who == 0)
                return 1;
        }
        const QString error = change(parser, a, who, pos.value(1));
        if (!error.isEmpty())
            return ctx.fail(error);
    }
    return list(ctx, *project, a, parser.isSet(json));
}

tally::cli::CliRegistrar reg{
    "classes",
    "classes PROJECT.tally [--add NAME | --edit NAME] [--hotkey K] [--colour #rrggbb] "
    "[--description T] | --rename OLD NEW | --merge FROM INTO] [--annotator NAME] [--json]",
    QT_TRANSLATE_NOOP(
        "tally::cli::Commands",
        "List, add, edit, rename or merge classes (labels, regions and imported samples follow)"),
    runClasses};

} // namespace
