// tally-cli review PROJECT.tally --sample PATH (--decide CLASS | --reject | --send-back)
//                  [--reason TEXT] --annotator NAME [--make-reviewer]
//
// Records a reviewer's decision on a sample (every decision is kept; the newest is in
// force). Who may decide is review/ReviewerRule.h (shared with the GUI): an annotator
// with role reviewer or admin. A NAME not yet in the project is created as a reviewer;
// an existing annotator whose role is "annotator" is refused unless --make-reviewer is
// given, which makes them a reviewer (audited) first. CLASS must exist. Prints
// "ok<TAB>PATH<TAB>DECISION" once committed.
// Exit code: 0 done, 1 refused (no such sample or class, not a reviewer), 2 usage.
#include "cli/CliProject.h"
#include "review/ReviewerRule.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Reviews.h"

#include <QCoreApplication>

namespace {

using namespace tally;

// The translation context of this command's messages.
struct Review
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Review)
};

// The reviewer's id, creating or promoting by ReviewerRule; 0 after printing why not.
qint64 reviewerId(cli::Context& ctx, Project& a, const QString& name, bool promote)
{
    std::optional<AnnotatorRecord> existing;
    if (auto found = Annotators(a).annotator(name))
        existing = found.value();
    const ReviewerVerdict verdict = ReviewerRule::verdictFor(existing, promote);
    switch (verdict.action) {
    case ReviewerAction::Decide:
        return existing->id;
    case ReviewerAction::Refuse:
        ctx.fail(
            Review::tr("%1 (add --make-reviewer to make them a reviewer)").arg(verdict.reason));
        return 0;
    case ReviewerAction::PromoteToReviewer:
        if (Status s = Annotators(a).setAnnotatorRole(existing->id, verdict.role); !s) {
            ctx.fail(s.error().toString());
            return 0;
        }
        return existing->id;
    case ReviewerAction::CreateReviewer:
        break;
    }
    return cli::annotatorIdOrFail(ctx, a, name, verdict.role);
}

struct ReviewOptions
{
    QCommandLineOption sample{QStringLiteral("sample"), Review::tr("The sample file (as on disk)."),
                              QStringLiteral("path")};
    QCommandLineOption decide{QStringLiteral("decide"),
                              Review::tr("The class the sample is (must exist)."),
                              QStringLiteral("class")};
    QCommandLineOption reject{QStringLiteral("reject"), Review::tr("The sample is unusable.")};
    QCommandLineOption sendBack{QStringLiteral("send-back"), Review::tr("Back to the annotators.")};
    QCommandLineOption reason{QStringLiteral("reason"), Review::tr("Why (kept with the decision)."),
                              QStringLiteral("text")};
    QCommandLineOption annotator{QStringLiteral("annotator"), Review::tr("The reviewer."),
                                 QStringLiteral("name")};
    QCommandLineOption promote{QStringLiteral("make-reviewer"),
                               Review::tr("Make an annotator a reviewer first.")};
};

int runReview(cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Review::tr("Records a reviewer's decision on a sample."));
    parser.addPositionalArgument(QStringLiteral("project"), Review::tr("The .tally file."));
    const ReviewOptions o;
    parser.addOptions({o.sample, o.decide, o.reject, o.sendBack, o.reason, o.annotator, o.promote});
    const QStringList pos = cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(o.sample) || !parser.isSet(o.annotator))
        return ctx.fail(Review::tr("--sample PATH and --annotator NAME are required"), 2);
    if (int(parser.isSet(o.decide)) + int(parser.isSet(o.reject)) + int(parser.isSet(o.sendBack)) !=
        1)
        return ctx.fail(Review::tr("give exactly one of --decide CLASS, --reject or --send-back"),
                        2);
    auto [project, sampleId] = cli::openSampleOrFail(ctx, pos.first(), parser.value(o.sample));
    if (sampleId == 0)
        return 1;
    Project& a = *project;
    qint64 classId = 0;
    if (parser.isSet(o.decide)) {
        auto cls = Classes(a).classByName(parser.value(o.decide));
        if (!cls)
            return ctx.fail(Review::tr("no class named “%1”").arg(parser.value(o.decide)));
        classId = cls.value().id;
    }
    const qint64 who = reviewerId(ctx, a, parser.value(o.annotator), parser.isSet(o.promote));
    if (who == 0)
        return 1;
    const ReviewKind kind = parser.isSet(o.decide)   ? ReviewKind::Class
                            : parser.isSet(o.reject) ? ReviewKind::Reject
                                                     : ReviewKind::SendBack;
    auto r = Reviews(*project).addReview(sampleId, who, kind, classId, parser.value(o.reason));
    if (!r)
        return ctx.fail(r.error().toString());
    ctx.out << "ok\t" << parser.value(o.sample) << '\t'
            << (kind == ReviewKind::Class ? parser.value(o.decide) : reviewKindStoredName(kind))
            << '\n';
    return 0;
}

cli::CliRegistrar reg{"review",
                      "review PROJECT.tally --sample PATH (--decide CLASS | --reject | "
                      "--send-back) [--reason TEXT] --annotator NAME [--make-reviewer]",
                      "Record a reviewer's decision on a sample (reviewers and admins only)",
                      runReview};

} // namespace
