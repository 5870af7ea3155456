#include "formats/ExportReviewInputs.h"

#include "review/ProjectReview.h"
#include "store/Classes.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <map>

namespace tally {

ExportInputs exportInputsFromReview(Project& project)
{
    ExportInputs inputs;
    const ProjectReview review(project);
    QHash<qint64, QString> classNames;
    for (const ClassRecord& c : Classes(project).classes())
        classNames.insert(c.id, c.name);
    // Streamed: only the statuses (one shared text per status) and the overrides are kept.
    inputs.statusOf.reserve(project.sampleCount()); // one entry per sample: no rehashing
    std::map<SampleStatus, QString> names;
    for (SampleStatus s : allSampleStatuses())
        names[s] = sampleStatusName(s);
    review.forEachEvidence([&](qint64 id, const SampleEvidence& e) {
        const ConsensusResult r = evaluateConsensus(e, review.rule());
        inputs.statusOf.insert(id, names[r.status]);
        if (r.status == SampleStatus::Resolved && r.classId > 0 && classNames.contains(r.classId))
            inputs.classOverrides.insert(id, classNames.value(r.classId));
    });
    return inputs;
}

Result<QSet<qint64>> samplesWithStatus(const SampleStatusNames& statusOf,
                                       const QStringList& statusNames)
{
    QSet<QString> wanted;
    for (const QString& name : statusNames) {
        const std::optional<SampleStatus> s = parseSampleStatus(name);
        if (!s)
            return Error{name, QCoreApplication::translate("tally::ExportReviewInputs",
                                                           "unknown status (expected one of "
                                                           "unlabelled, labelled, agreed, "
                                                           "disputed, resolved, rejected)")};
        wanted.insert(sampleStatusName(*s));
    }
    QSet<qint64> ids;
    statusOf.forEach([&](qint64 id, const QString& status) {
        if (wanted.contains(status))
            ids.insert(id);
    });
    return ids;
}

} // namespace tally
