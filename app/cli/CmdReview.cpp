// tally-cli review PROJECT.tally --sample PATH (--decide CLASS | --reject | --send-back)
//                  [--reason TEXT] --annotator NAME [--make-reviewer]
//
// Records a reviewer's decision on a sample (every decision is kept; the newest is in
// force). Who may decide: an annotator with role reviewer or admin. A NAME not yet in
// the project is created as a reviewer; an existing annotator whose role is
// "annotator" is refused unless --make-reviewer is given, which makes them a reviewer
// (audited) first. CLASS must exist. Prints "ok<TAB>PATH<TAB>DECISION" once committed.
// Exit code: 0 done, 1 refused (no such sample or class, not a reviewer), 2 usage.
#include "cli/CliProject.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Reviews.h"

namespace {

// The reviewer's id, creating or promoting as described above; 0 after printing why not.
qint64 reviewerId(tally::cli::Context& ctx, tally::Project& a, const QString& name, bool promote)
{
    using tally::AnnotatorRole;
    if (auto existing = tally::Annotators(a).annotator(name)) {
        const tally::AnnotatorRecord who = existing.value();
        if (who.role != AnnotatorRole::Annotator)
            return who.id;
        if (!promote) {
            ctx.fail(QStringLiteral("“%1” has the role annotator; only reviewers and admins decide "
                                    "(add --make-reviewer to make them a reviewer)")
                         .arg(who.name));
            return 0;
        }
        if (tally::Status s =
                tally::Annotators(a).setAnnotatorRole(who.id, AnnotatorRole::Reviewer);
            !s) {
            ctx.fail(s.error().toString());
            return 0;
        }
        return who.id;
    }
    return tally::cli::annotatorIdOrFail(ctx, a, name, AnnotatorRole::Reviewer);
}

int runReview(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Records a reviewer's decision on a sample."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .tally file."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("The sample file (as on disk)."),
                                    QStringLiteral("path"));
    const QCommandLineOption decide(QStringLiteral("decide"),
                                    QStringLiteral("The class the sample is (must exist)."),
                                    QStringLiteral("class"));
    const QCommandLineOption reject(QStringLiteral("reject"),
                                    QStringLiteral("The sample is unusable."));
    const QCommandLineOption sendBack(QStringLiteral("send-back"),
                                      QStringLiteral("Back to the annotators."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why (kept with the decision)."),
                                    QStringLiteral("text"));
    const QCommandLineOption annotator(QStringLiteral("annotator"), QStringLiteral("The reviewer."),
                                       QStringLiteral("name"));
    const QCommandLineOption promote(QStringLiteral("make-reviewer"),
                                     QStringLiteral("Make an annotator a reviewer first."));
    parser.addOptions({sample, decide, reject, sendBack, reason, annotator, promote});
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(sample) || !parser.isSet(annotator))
        return ctx.fail(QStringLiteral("--sample PATH and --annotator NAME are required"), 2);
    if (int(parser.isSet(decide)) + int(parser.isSet(reject)) + int(parser.isSet(sendBack)) != 1)
        return ctx.fail(
            QStringLiteral("give exactly one of --decide CLASS, --reject or --send-back"), 2);
    auto [project, sampleId] = tally::cli::openSampleOrFail(ctx, pos.first(), parser.value(sample));
    if (sampleId == 0)
        return 1;
    tally::Project& a = *project;
    qint64 classId = 0;
    if (parser.isSet(decide)) {
        auto cls = tally::Classes(a).classByName(parser.value(decide));
        if (!cls)
            return ctx.fail(QStringLiteral("no class named “%1”").arg(parser.value(decide)));
        classId = cls.value().id;
    }
    const qint64 who = reviewerId(ctx, a, parser.value(annotator), parser.isSet(promote));
    if (who == 0)
        return 1;
    const tally::ReviewKind kind = parser.isSet(decide)   ? tally::ReviewKind::Class
                                   : parser.isSet(reject) ? tally::ReviewKind::Reject
                                                          : tally::ReviewKind::SendBack;
    auto r = tally::Reviews(*project).addReview(sampleId, who, kind, classId, parser.value(reason));
    if (!r)
        return ctx.fail(r.error().toString());
    ctx.out << "ok\t" << parser.value(sample) << '\t'
            << (kind == tally::ReviewKind::Class ? parser.value(decide)
                                                 : tally::reviewKindStoredName(kind))
            << '\n';
    return 0;
}

tally::cli::CliRegistrar reg{"review",
                             "review PROJECT.tally --sample PATH (--decide CLASS | --reject | "
                             "--send-back) [--reason TEXT] --annotator NAME [--make-reviewer]",
                             "Record a reviewer's decision on a sample (reviewers and admins only)",
                             runReview};

} // namespace
