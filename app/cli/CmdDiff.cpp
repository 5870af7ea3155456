// tally-cli diff PROJECT.tally V1 V2 [--json]: what changed from export version V1 to
// V2 (store/Exports.h): samples added, removed, relabelled (same sample id or same
// content hash, another class) and moved to another split. Exit code 0 ok (also when
// there are differences), 1 a version does not exist, 2 usage.
//   --json: {"from": V1, "to": V2, "unchanged": n, "added": [...], "removed": [...],
//            "relabelled": [...], "moved_split": [...]}, each entry {"sample_id",
//            "content_hash", "from_path", "to_path", "from_class", "to_class",
//            "from_split", "to_split"} (fields that do not apply are omitted)
#include "cli/CliProject.h"
#include "store/Exports.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

using namespace tally;

// This command's strings.
struct DiffCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Diff)
};

QJsonArray entriesJson(const QList<VersionDiffEntry>& entries)
{
    QJsonArray out;
    for (const VersionDiffEntry& e : entries) {
        QJsonObject o{{QStringLiteral("sample_id"), e.sampleId},
                      {QStringLiteral("content_hash"), e.contentHash}};
        const QList<QPair<QString, QString>> fields{
            {QStringLiteral("from_path"), e.fromPath},   {QStringLiteral("to_path"), e.toPath},
            {QStringLiteral("from_class"), e.fromClass}, {QStringLiteral("to_class"), e.toClass},
            {QStringLiteral("from_split"), e.fromSplit}, {QStringLiteral("to_split"), e.toSplit}};
        for (const auto& [key, value] : fields)
            if (!value.isEmpty())
                o.insert(key, value);
        out.append(o);
    }
    return out;
}

void printSection(cli::Context& ctx, const QString& title, const QList<VersionDiffEntry>& entries,
                  char what)
{
    ctx.out << title.arg(entries.size()) << "\n";
    for (const VersionDiffEntry& e : entries) {
        const QString path = e.toPath.isEmpty() ? e.fromPath : e.toPath;
        ctx.out << "  " << path;
        if (what == 'c')
            ctx.out << "\t" << e.fromClass << " -> " << e.toClass;
        else if (what == 's')
            ctx.out << "\t" << e.fromSplit << " -> " << e.toSplit;
        ctx.out << "\n";
    }
}

int runDiff(cli::Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(DiffCmd::tr("Compares two recorded exports."));
    p.addPositionalArgument(QStringLiteral("project"), DiffCmd::tr("The .tally file."));
    p.addPositionalArgument(QStringLiteral("v1"), DiffCmd::tr("The older version."));
    p.addPositionalArgument(QStringLiteral("v2"), DiffCmd::tr("The newer version."));
    p.addOption({QStringLiteral("json"), DiffCmd::tr("Print one JSON object.")});
    if (!ctx.parse(p))
        return 2;
    const QStringList pos = p.positionalArguments();
    bool ok1 = false, ok2 = false;
    const qint64 v1 = pos.size() == 3 ? pos[1].toLongLong(&ok1) : 0;
    const qint64 v2 = pos.size() == 3 ? pos[2].toLongLong(&ok2) : 0;
    if (!ok1 || !ok2)
        return ctx.fail(DiffCmd::tr("expected PROJECT.tally V1 V2 (version numbers)"), 2);
    auto opened = cli::openProjectOrFail(ctx, pos[0], DiffCmd::tr("no project at %1").arg(pos[0]));
    if (!opened)
        return 1;
    const Result<VersionDiff> d = Exports(*opened).diff(v1, v2);
    if (!d)
        return ctx.fail(d.error().toString());
    const VersionDiff& diff = d.value();
    if (p.isSet(QStringLiteral("json"))) {
        ctx.printJson(QJsonObject{{QStringLiteral("from"), v1},
                                  {QStringLiteral("to"), v2},
                                  {QStringLiteral("unchanged"), diff.unchanged},
                                  {QStringLiteral("added"), entriesJson(diff.added)},
                                  {QStringLiteral("removed"), entriesJson(diff.removed)},
                                  {QStringLiteral("relabelled"), entriesJson(diff.relabelled)},
                                  {QStringLiteral("moved_split"), entriesJson(diff.movedSplit)}});
        return 0;
    }
    printSection(ctx, DiffCmd::tr("Added: %1"), diff.added, 'a');
    printSection(ctx, DiffCmd::tr("Removed: %1"), diff.removed, 'r');
    printSection(ctx, DiffCmd::tr("Relabelled: %1"), diff.relabelled, 'c');
    printSection(ctx, DiffCmd::tr("Moved split: %1"), diff.movedSplit, 's');
    ctx.out << DiffCmd::tr("Unchanged: %1\n").arg(diff.unchanged);
    return 0;
}

cli::CliRegistrar reg{
    "diff", "diff PROJECT.tally V1 V2 [--json]",
    QT_TRANSLATE_NOOP(
        "tally::cli::Commands",
        "Samples added, removed, relabelled or moved split between two export versions"),
    runDiff};

} // namespace
