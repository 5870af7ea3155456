// tally-cli label PROJECT.tally --annotator NAME --sample PATH (--class NAME | --clear)
// tally-cli label PROJECT.tally --annotator NAME --batch  < lines of PATH<TAB>CLASS
// tally-cli label PROJECT.tally --annotator NAME --group RUN --from TIME --to TIME
//                 (--class NAME | --clear)
//
// PATH is a file as on disk, absolute or relative to the current folder. The annotator
// is created if missing; the class must exist (see `classes --add`). Each label is its
// own transaction; "ok<TAB>PATH<TAB>CLASS" is printed (and flushed) only after it is
// committed, so every line printed is in the project even if the process is killed.
// In --batch mode an empty CLASS clears the label; errors go to stderr with the input
// line number and the other lines are still written.
// With --group, every snapshot of a sensor run (store/SeriesTrends.h) whose time is in
// [FROM, TO] (ISO 8601 in the files' clock, 2004-02-12T10:32:39; a date alone is its
// whole day) is labelled in one transaction (all or nothing), then an ok line each.
// Exit code: 0 all labels written, 1 any failed (unknown sample or class, ...), 2 usage.
#include "cli/CliProject.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/SeriesTrends.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

namespace {

// This command's strings.
struct LabelCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Label)
};

// Resolves paths (one indexed lookup each) and class names (read once), then labels.
class Labeller
{
public:
    Labeller(tally::Project& project, qint64 annotatorId)
        : m_project(project), m_annotatorId(annotatorId)
    {
        for (const tally::ClassRecord& c : tally::Classes(m_project).classes())
            m_classes.insert(c.name, c.id);
        m_folderPrefix = project.folder().absolutePath();
        if (!m_folderPrefix.endsWith(QLatin1Char('/')))
            m_folderPrefix += QLatin1Char('/');
    }

    // Sets (className non-empty) or clears the label of the sample at pathOnDisk.
    // Returns an empty string on success, else the reason.
    QString label(const QString& pathOnDisk, const QString& className)
    {
        const qint64 sampleId = sampleId_(pathOnDisk);
        if (sampleId == 0)
            return LabelCmd::tr("%1: no such sample in the project").arg(pathOnDisk);
        qint64 classId = 0;
        if (!className.isEmpty()) {
            classId = m_classes.value(className);
            if (classId == 0)
                return unknownClass(className);
        }
        auto r = tally::Labels(m_project).setLabel(sampleId, m_annotatorId, classId);
        return r ? QString() : QStringLiteral("%1: %2").arg(pathOnDisk, r.error().toString());
    }

private:
    // Project::toStoredPath, with a shortcut for the common case of a clean absolute
    // path inside the project folder (what a batch usually holds).
    qint64 sampleId_(const QString& pathOnDisk) const
    {
        if (pathOnDisk.startsWith(m_folderPrefix) && !pathOnDisk.contains(QLatin1String("/.")) &&
            !pathOnDisk.contains(QLatin1String("//")))
            return m_project.sampleIdByPath(pathOnDisk.mid(m_folderPrefix.size()));
        return m_project.sampleIdByPath(tally::cli::storedPathOf(m_project, pathOnDisk));
    }

    QString unknownClass(const QString& name) const
    {
        if (name.trimmed().isEmpty())
            return LabelCmd::tr(
                "a class name cannot be empty or only spaces (use --clear to clear a label)");
        QStringList known = m_classes.keys();
        known.sort();
        return LabelCmd::tr("no class named “%1” (known: %2; add one with: tally-cli classes "
                            "PROJECT --add NAME)")
            .arg(name, known.isEmpty() ? LabelCmd::tr("none") : known.join(QStringLiteral(", ")));
    }

    tally::Project& m_project;
    qint64 m_annotatorId;
    QHash<QString, qint64> m_classes; // name -> id
    QString m_folderPrefix;           // the project folder, ending in '/'
};

void printOk(tally::cli::Context& ctx, const QString& path, const QString& cls)
{
    ctx.out << "ok\t" << path << '\t' << cls << '\n';
    ctx.out.flush();
}

// An ISO 8601 time as series_snapshots stores it; a date alone is its first (from) or
// last (to) second. Empty when it is not a time.
QString snapshotTime(const QString& text, bool end)
{
    const QString t = text.trimmed();
    if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid() && t.size() == 10)
        return t + (end ? QStringLiteral("T23:59:59") : QStringLiteral("T00:00:00"));
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

// --group RUN --from --to: the run's snapshots in the range, labelled in one transaction.
int runRange(tally::cli::Context& ctx, tally::Project& project, qint64 annotatorId,
             const QString& run, const QString& from, const QString& to, const QString& cls)
{
    const QString a = snapshotTime(from, false);
    const QString b = snapshotTime(to, true);
    if (a.isEmpty() || b.isEmpty())
        return ctx.fail(LabelCmd::tr("--from and --to take ISO 8601 times, such as "
                                     "2004-02-12T10:32:39"),
                        2);
    qint64 classId = 0;
    if (!cls.isEmpty()) {
        for (const tally::ClassRecord& c : tally::Classes(project).classes())
            if (c.name == cls)
                classId = c.id;
        if (classId == 0)
            return ctx.fail(LabelCmd::tr("no class named “%1”").arg(cls));
    }
    const tally::Result<std::vector<qint64>> ids =
        tally::SeriesTrends(project).snapshotsBetween(run, a, b);
    if (!ids)
        return ctx.fail(ids.error().toString());
    if (ids.value().empty())
        return ctx.fail(LabelCmd::tr("no snapshot of run “%1” between %2 and %3").arg(run, a, b));
    std::vector<std::pair<qint64, qint64>> pairs;
    for (qint64 id : ids.value())
        pairs.emplace_back(id, classId);
    const auto done = tally::Labels(project).setLabels(pairs, annotatorId);
    if (!done)
        return ctx.fail(done.error().toString());
    for (qint64 id : ids.value())
        if (const auto s = project.sample(id))
            printOk(ctx, project.toAbsolutePath(s.value().path), cls);
    return 0;
}

// Reads PATH<TAB>CLASS lines from stdin until EOF. Returns the exit code.
int runBatch(tally::cli::Context& ctx, Labeller& labeller)
{
    int failed = 0;
    qint64 lineNo = 0;
    char* buffer = nullptr;
    size_t capacity = 0;
    ssize_t n = 0;
    while ((n = ::getline(&buffer, &capacity, stdin)) >= 0) {
        ++lineNo;
        QString line = QString::fromUtf8(buffer, n);
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype tab = line.lastIndexOf(QLatin1Char('\t'));
        QString reason;
        if (tab < 0) {
            reason = LabelCmd::tr("expected PATH<TAB>CLASS (an empty CLASS clears)");
        } else {
            const QString path = line.left(tab);
            const QString cls = line.mid(tab + 1).trimmed();
            reason = labeller.label(path, cls);
            if (reason.isEmpty()) {
                printOk(ctx, path, cls);
                continue;
            }
        }
        ++failed;
        ctx.fail(LabelCmd::tr("line %1: %2").arg(lineNo).arg(reason));
    }
    std::free(buffer);
    return failed > 0 ? 1 : 0;
}

int runLabel(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LabelCmd::tr(
        "Sets or clears one annotator's label of samples. Every label is committed before "
        "its \"ok\" line is printed."));
    parser.addPositionalArgument(QStringLiteral("project"), LabelCmd::tr("The .tally file."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    LabelCmd::tr("The sample file (as on disk)."),
                                    QStringLiteral("path"));
    const QCommandLineOption cls(QStringLiteral("class"), LabelCmd::tr("The class (must exist)."),
                                 QStringLiteral("name"));
    const QCommandLineOption clear(QStringLiteral("clear"),
                                   LabelCmd::tr("Clear the annotator's label."));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       LabelCmd::tr("Who labels (created if missing)."),
                                       QStringLiteral("name"));
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        LabelCmd::tr("Read PATH<TAB>CLASS lines from stdin (empty CLASS clears)."));
    const QCommandLineOption group(QStringLiteral("group"),
                                   LabelCmd::tr("A sensor run: label its snapshots from --from "
                                                "to --to."),
                                   QStringLiteral("run"));
    const QCommandLineOption from(QStringLiteral("from"), LabelCmd::tr("First time (ISO 8601)."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), LabelCmd::tr("Last time (ISO 8601)."),
                                QStringLiteral("time"));
    parser.addOptions({sample, cls, clear, annotator, batch, group, from, to});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(annotator))
        return ctx.fail(LabelCmd::tr("--annotator is required"), 2);
    const bool isBatch = parser.isSet(batch);
    const bool isRange = parser.isSet(group);
    if (isRange && (isBatch || parser.isSet(sample) || !parser.isSet(from) || !parser.isSet(to) ||
                    parser.isSet(cls) == parser.isSet(clear)))
        return ctx.fail(LabelCmd::tr("--group RUN needs --from TIME --to TIME and one of --class "
                                     "NAME or --clear (no --sample, no --batch)"),
                        2);
    if (isBatch && (parser.isSet(sample) || parser.isSet(cls) || parser.isSet(clear)))
        return ctx.fail(
            LabelCmd::tr(
                "--batch reads samples and classes from stdin; drop --sample, --class and --clear"),
            2);
    if (!isBatch && !isRange && (!parser.isSet(sample) || parser.isSet(cls) == parser.isSet(clear)))
        return ctx.fail(
            LabelCmd::tr("give --sample PATH and one of --class NAME or --clear (or --batch)"), 2);
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    tally::Project& annotations = *project;
    const qint64 who = tally::cli::annotatorIdOrFail(ctx, annotations, parser.value(annotator));
    if (who == 0)
        return 1;
    if (isRange)
        return runRange(ctx, *project, who, parser.value(group), parser.value(from),
                        parser.value(to), parser.isSet(clear) ? QString() : parser.value(cls));
    Labeller labeller(*project, who);
    if (isBatch)
        return runBatch(ctx, labeller);
    const QString className = parser.isSet(clear) ? QString() : parser.value(cls);
    if (parser.isSet(cls) && className.trimmed().isEmpty())
        return ctx.fail(LabelCmd::tr(
            "a class name cannot be empty or only spaces (use --clear to clear a label)"));
    const QString reason = labeller.label(parser.value(sample), className.trimmed());
    if (!reason.isEmpty())
        return ctx.fail(reason);
    printOk(ctx, parser.value(sample), className.trimmed());
    return 0;
}

tally::cli::CliRegistrar reg{
    "label",
    "label PROJECT.tally --annotator NAME (--sample PATH (--class NAME | --clear) | --batch | "
    "--group RUN --from TIME --to TIME (--class NAME | --clear))",
    QT_TRANSLATE_NOOP("tally::cli::Commands", "Set or clear sample labels (one transaction each; "
                                              "--batch reads PATH<TAB>CLASS from stdin)"),
    runLabel};

} // namespace
