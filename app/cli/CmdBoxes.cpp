// tally-cli boxes PROJECT.tally --sample PATH [--annotator NAME] [--json]
// tally-cli boxes PROJECT.tally --sample PATH --annotator NAME --add X,Y,W,H [--class NAME]
// [--json] tally-cli boxes PROJECT.tally --sample PATH --delete ID [--annotator NAME] [--json]
//
// Lists an image's bounding boxes (pixels, origin at the top-left corner): every
// annotator's, or only NAME's with --annotator. One tab-separated line per box after a
// header (id, annotator, class, x, y, w, h, area), then "vww<TAB>person" or
// "vww<TAB>not_person": the image's Visual Wake Words label under the project's rule
// (review/VisualWakeWords.h) from NAME's boxes, or without --annotator from those of
// the annotator with the most boxes on it (chosenBoxes).
//   --json: {"sample": PATH, "width": n, "height": n,
//            "boxes": [{"id", "annotator", "class" (null = none), "x", "y", "w", "h",
//                       "area"}],
//            "vww": "person" | "not_person"}
// --add (repeatable) draws boxes as NAME (created if missing) of class NAME (which
// must exist; none without --class); a box must have a positive size and lie inside
// the image when its size is known. --delete (repeatable) removes boxes of this
// sample; with --annotator only that annotator's. Every box is checked before any is
// written; each write is its own audited transaction ("box.add" / "box.delete") and
// prints "added<TAB>ID" / "deleted<TAB>ID" once committed.
//   --json: {"added": [ids]} / {"deleted": [ids]}
// Exit code: 0 done, 1 refused (unknown sample, annotator, class or box; not an
// image; a box outside the image), 2 usage.
#include "cli/CliProject.h"
#include "review/VisualWakeWords.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace {

using tally::BoxRecord;

// This command's strings.
struct BoxesCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Boxes)
};
using tally::cli::Context;

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

// "X,Y,W,H" as a box, or nullopt when it is not four finite numbers.
std::optional<BoxRecord> parseBox(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i]))
            return std::nullopt;
    }
    BoxRecord b;
    b.x = v[0];
    b.y = v[1];
    b.w = v[2];
    b.h = v[3];
    return b;
}

// Why the box cannot go on this image, or an empty string.
QString boxProblem(const BoxRecord& b, const tally::SampleRecord& image)
{
    if (!(b.w > 0.0) || !(b.h > 0.0))
        return BoxesCmd::tr("a box needs a positive width and height, not %1 × %2")
            .arg(number(b.w), number(b.h));
    if (image.width > 0 && image.height > 0 &&
        (b.x < 0.0 || b.y < 0.0 || b.x + b.w > image.width || b.y + b.h > image.height))
        return BoxesCmd::tr("box %1,%2,%3,%4 is outside the %5 × %6 image")
            .arg(number(b.x), number(b.y), number(b.w), number(b.h))
            .arg(image.width)
            .arg(image.height);
    return {};
}

QJsonObject boxJson(const BoxRecord& b)
{
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("annotator"), b.annotatorName},
        {QStringLiteral("class"), b.classId > 0 ? QJsonValue(b.className) : QJsonValue()},
        {QStringLiteral("x"), b.x},
        {QStringLiteral("y"), b.y},
        {QStringLiteral("w"), b.w},
        {QStringLiteral("h"), b.h},
        {QStringLiteral("area"), b.area()}};
}

int listBoxes(Context& ctx, const tally::Project& project, tally::Project& a,
              const tally::SampleRecord& image, const QString& annotator, bool json)
{
    QList<BoxRecord> boxes;
    if (annotator.isEmpty()) {
        boxes = tally::Boxes(a).boxesOf(image.id);
    } else {
        auto who = tally::Annotators(a).annotator(annotator);
        if (!who)
            return ctx.fail(who.error().toString());
        boxes = tally::Boxes(a).boxesOf(image.id, who.value().id);
    }
    // With --annotator, `boxes` holds one annotator's and chosenBoxes keeps them all.
    const QString vww = tally::vwwFolderName(tally::isPerson(
        tally::chosenBoxes(boxes), image.width, image.height, tally::loadVwwRule(project)));
    if (json) {
        QJsonArray list;
        for (const BoxRecord& b : boxes)
            list.append(boxJson(b));
        ctx.printJson(QJsonObject{{QStringLiteral("sample"), image.path},
                                  {QStringLiteral("width"), image.width},
                                  {QStringLiteral("height"), image.height},
                                  {QStringLiteral("boxes"), list},
                                  {QStringLiteral("vww"), vww}});
        return 0;
    }
    ctx.out << "id\tannotator\tclass\tx\ty\tw\th\tarea\n";
    for (const BoxRecord& b : boxes)
        ctx.out << b.id << '\t' << b.annotatorName << '\t' << b.className << '\t' << number(b.x)
                << '\t' << number(b.y) << '\t' << number(b.w) << '\t' << number(b.h) << '\t'
                << number(b.area()) << '\n';
    ctx.out << "vww\t" << vww << '\n';
    return 0;
}

int addBoxes(Context& ctx, tally::Project& a, const tally::SampleRecord& image,
             const QStringList& specs, const QString& annotator, const QString& className,
             bool json)
{
    qint64 classId = 0;
    if (!className.isEmpty()) {
        auto c = tally::Classes(a).classByName(className);
        if (!c)
            return ctx.fail(
                BoxesCmd::tr("no class named “%1” (see `classes --add`)").arg(className));
        classId = c.value().id;
    }
    QList<BoxRecord> boxes;
    for (const QString& spec : specs) {
        std::optional<BoxRecord> b = parseBox(spec);
        if (!b)
            return ctx.fail(BoxesCmd::tr("--add wants X,Y,W,H (four numbers), not “%1”").arg(spec),
                            2);
        if (const QString problem = boxProblem(*b, image); !problem.isEmpty())
            return ctx.fail(QStringLiteral("%1: %2").arg(image.path, problem));
        b->sampleId = image.id;
        b->classId = classId;
        boxes.append(*b);
    }
    const qint64 who = tally::cli::annotatorIdOrFail(ctx, a, annotator);
    if (who == 0)
        return 1;
    QJsonArray added;
    for (BoxRecord& b : boxes) {
        b.annotatorId = who;
        auto id = tally::Boxes(a).addBox(b);
        if (!id)
            return ctx.fail(QStringLiteral("%1: %2").arg(image.path, id.error().toString()));
        added.append(id.value());
        if (!json)
            ctx.out << "added\t" << id.value() << Qt::endl;
    }
    if (json)
        ctx.printJson(QJsonObject{{QStringLiteral("added"), added}});
    return 0;
}

int deleteBoxes(Context& ctx, tally::Project& a, const tally::SampleRecord& image,
                const QStringList& ids, const QString& annotator, bool json)
{
    qint64 who = 0;
    if (!annotator.isEmpty()) {
        auto person = tally::Annotators(a).annotator(annotator);
        if (!person)
            return ctx.fail(person.error().toString());
        who = person.value().id;
    }
    QList<qint64> boxIds;
    for (const QString& text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.fail(BoxesCmd::tr("--delete wants a box id, not “%1”").arg(text), 2);
        auto b = tally::Boxes(a).box(id);
        if (!b || b.value().sampleId != image.id)
            return ctx.fail(
                BoxesCmd::tr("%1: no box with id %2 on this sample").arg(image.path).arg(id));
        if (who > 0 && b.value().annotatorId != who)
            return ctx.fail(BoxesCmd::tr("box %1 is %2’s, not %3’s")
                                .arg(id)
                                .arg(b.value().annotatorName, annotator));
        boxIds.append(id);
    }
    QJsonArray deleted;
    for (qint64 id : std::as_const(boxIds)) {
        if (tally::Status s = tally::Boxes(a).deleteBox(id, who); !s)
            return ctx.fail(s.error().toString());
        deleted.append(id);
        if (!json)
            ctx.out << "deleted\t" << id << Qt::endl;
    }
    if (json)
        ctx.printJson(QJsonObject{{QStringLiteral("deleted"), deleted}});
    return 0;
}

int runBoxes(Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        BoxesCmd::tr("Lists, adds or deletes an image's bounding boxes."));
    parser.addPositionalArgument(QStringLiteral("project"), BoxesCmd::tr("The .tally file."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    BoxesCmd::tr("The image file (as on disk)."),
                                    QStringLiteral("path"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       BoxesCmd::tr("Whose boxes (created by --add if missing)."),
                                       QStringLiteral("name"));
    const QCommandLineOption add(
        QStringLiteral("add"),
        BoxesCmd::tr("Add a box: left, top, width, height in pixels (repeatable)."),
        QStringLiteral("x,y,w,h"));
    const QCommandLineOption cls(QStringLiteral("class"),
                                 BoxesCmd::tr("The class of the added boxes."),
                                 QStringLiteral("name"));
    const QCommandLineOption del(QStringLiteral("delete"),
                                 BoxesCmd::tr("Delete the box with this id (repeatable)."),
                                 QStringLiteral("id"));
    const QCommandLineOption json(QStringLiteral("json"), BoxesCmd::tr("Print one JSON object."));
    parser.addOptions({sample, annotator, add, cls, del, json});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(sample))
        return ctx.fail(BoxesCmd::tr("--sample PATH is required"), 2);
    if (parser.isSet(add) && parser.isSet(del))
        return ctx.fail(BoxesCmd::tr("give --add or --delete, not both"), 2);
    if (parser.isSet(add) && !parser.isSet(annotator))
        return ctx.fail(BoxesCmd::tr("--add needs --annotator NAME"), 2);
    if (parser.isSet(cls) && !parser.isSet(add))
        return ctx.fail(BoxesCmd::tr("--class goes with --add"), 2);
    auto [project, sampleId] = tally::cli::openSampleOrFail(ctx, pos.first(), parser.value(sample));
    if (sampleId == 0)
        return 1;
    tally::Project& a = *project;
    auto image = project->sample(sampleId);
    if (!image)
        return ctx.fail(image.error().toString());
    if (image.value().kind != tally::SampleKind::Image)
        return ctx.fail(BoxesCmd::tr("%1: not an image (%2)")
                            .arg(parser.value(sample), tally::sampleKindName(image.value().kind)));
    const bool asJson = parser.isSet(json);
    if (parser.isSet(add))
        return addBoxes(ctx, a, image.value(), parser.values(add), parser.value(annotator),
                        parser.value(cls), asJson);
    if (parser.isSet(del))
        return deleteBoxes(ctx, a, image.value(), parser.values(del), parser.value(annotator),
                           asJson);
    return listBoxes(ctx, *project, a, image.value(), parser.value(annotator), asJson);
}

tally::cli::CliRegistrar reg{
    "boxes",
    "boxes PROJECT.tally --sample PATH [--annotator NAME] [--add X,Y,W,H "
    "[--class NAME] | --delete ID] [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands", "List, add or delete an image's bounding boxes"),
    runBoxes};

} // namespace
