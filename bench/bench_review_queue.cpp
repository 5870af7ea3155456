// The review queue's step on a large project (issue 10 target: <= 5 ms per step on a
// 100,000-sample project with 5,000 disputed samples). The project holds sample
// records only (no media); 5,000 samples carry two different labels (disputed),
// 10,000 two equal ones (agreed), and 10,000 a vote.
//   (a) building the pending list once (review/PendingReviews.h);
//   (b) one queue step = a decision written through the store (Reviews::addReview,
//       one audited transaction) + PendingReviews::update() of that sample +
//       nextAfter(): median and worst over STEPS steps;
//   (c) for comparison, the old way: one full evidenceForAll() + filter, which the
//       old queue ran (more than once) on every step.
// Figures are printed, never asserted.
//
//   bench_review_queue [SAMPLES [STEPS]]   (default 100000 200)
#include "review/PendingReviews.h"
#include "review/ProjectReview.h"
#include "store/Annotators.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Reviews.h"
#include "store/Votes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tally;

namespace {

constexpr double kTargetMs = 5.0;

struct Bench
{
    std::unique_ptr<Project> project;
    std::vector<qint64> samples;
    std::vector<qint64> annotators;
    qint64 reviewer = 0;
    std::vector<qint64> classes;
};

bool populate(Bench& b, int count)
{
    std::vector<SampleRecord> records(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        records[size_t(i)].path = QStringLiteral("audio/%1.wav").arg(i);
        records[size_t(i)].contentHash = QStringLiteral("hash-%1").arg(i);
        records[size_t(i)].durationSec = 1.0;
    }
    if (!b.project->insertSamples(records))
        return false;
    for (const SampleRecord& r : records)
        b.samples.push_back(r.id);
    for (const char* name : {"ann1", "ann2", "ann3"})
        b.annotators.push_back(
            Annotators(*b.project).ensureAnnotator(QString::fromLatin1(name)).value().id);
    b.reviewer = Annotators(*b.project)
                     .ensureAnnotator(QStringLiteral("rev"), AnnotatorRole::Reviewer)
                     .value()
                     .id;
    for (const char* name : {"cat", "dog", "owl"}) {
        ClassRecord c;
        c.name = QString::fromLatin1(name);
        b.classes.push_back(Classes(*b.project).addClass(c).value().id);
    }
    // Every 20th sample disputed (5,000 of 100,000), every 10th of the others agreed.
    Reviews reviews(*b.project);
    for (int i = 0; i < count; ++i) {
        const qint64 id = b.samples[size_t(i)];
        const bool disputed = i % 20 == 0;
        if (disputed || i % 10 == 5) {
            if (!Labels(*b.project).setLabel(id, b.annotators[0], b.classes[0]) ||
                !Labels(*b.project).setLabel(id, b.annotators[1], b.classes[disputed ? 1 : 0]))
                return false;
        }
        if (i % 10 == 3 && !Votes(*b.project).setVote(id, b.annotators[2], i % 20 == 3))
            return false;
    }
    return true;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Prints median, 95th percentile and worst of times (sorted here).
void printTimes(const char* what, std::vector<qint64>& times, bool withTarget)
{
    std::sort(times.begin(), times.end());
    const double median = ms(times[times.size() / 2]);
    const double p95 = ms(times[std::min(times.size() - 1, times.size() * 95 / 100)]);
    std::printf("  %-24s median %7.3f ms  p95 %7.3f ms  worst %7.3f ms", what, median, p95,
                ms(times.back()));
    if (withTarget)
        std::printf("   (target <= %.0f ms per step)", kTargetMs);
    std::printf("\n");
}

void runSteps(Bench& b, PendingReviews& pending, const ProjectReview& review, int steps)
{
    Reviews reviews(*b.project);
    std::vector<qint64> stepNs;
    std::vector<qint64> updateNs; // update() + nextAfter() alone
    qint64 current = pending.nextAfter(0);
    QElapsedTimer t;
    for (int s = 0; s < steps && current > 0; ++s) {
        t.start();
        if (!reviews.addReview(current, b.reviewer, ReviewKind::Class, b.classes[0], {})) {
            std::printf("a decision failed\n");
            return;
        }
        const qint64 written = t.nsecsElapsed();
        pending.update(review, current);
        const qint64 next = pending.nextAfter(current);
        stepNs.push_back(t.nsecsElapsed());
        updateNs.push_back(stepNs.back() - written);
        current = next;
    }
    if (stepNs.empty())
        return;
    std::printf("queue step over %zu steps (%d left waiting):\n", stepNs.size(), pending.size());
    printTimes("decide + update + next", stepNs, true);
    printTimes("update + next alone", updateNs, false);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(100, atoi(argv[1])) : 100000;
    const int steps = argc > 2 ? std::max(1, atoi(argv[2])) : 200;
    QTemporaryDir dir;
    Bench b;
    auto created = Project::create(dir.filePath(QStringLiteral("queue.tally")));
    if (!created) {
        std::printf("%s\n", qPrintable(created.error().toString()));
        return 1;
    }
    b.project = std::move(created).value();
    QElapsedTimer t;
    t.start();
    if (!populate(b, count)) {
        std::printf("populating the project failed\n");
        return 1;
    }
    std::printf("project: %d samples, generated in %.1f s\n", count, t.elapsed() / 1000.0);

    const ProjectReview review(*b.project);
    t.start();
    PendingReviews pending(review, false);
    std::printf("build the pending list once: %8.3f ms  (%d waiting)\n", ms(t.nsecsElapsed()),
                pending.size());

    t.start();
    const QHash<qint64, SampleEvidence> all = review.evidenceForAll();
    int waiting = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        waiting += int(PendingReviews::waits(it.value(), review.rule(), false));
    std::printf("old way, one evidenceForAll() + filter: %8.3f ms  (%d waiting; the old "
                "queue ran it more than once per step)\n",
                ms(t.nsecsElapsed()), waiting);

    runSteps(b, pending, review, steps);
    return 0;
}
