#include "assist/LabelIssues.h"

#include "assist/ConfidentLearning.h"
#include "splits/EffectiveClass.h"
#include "store/Flags.h"
#include "store/Labels.h"
#include "store/Predictions.h"
#include "store/Project.h"
#include "store/SampleScan.h"

#include <QHash>
#include <algorithm>

namespace tally::assist {

namespace {

// Every non-background sample in id order: its path and its given class's index in
// the set's classes (-1: none, or a class the set has no column for).
struct GivenRow
{
    qint64 id = 0;
    QString path;
    int given = -1; // -2: no effective class (unlabelled; only when annotatorId is 0)
};

Result<std::vector<GivenRow>> givenRows(Project& project, const QStringList& classes,
                                        qint64 annotatorId)
{
    QHash<QString, int> index;
    for (int i = 0; i < classes.size(); ++i)
        index.insert(classes[i], i);
    const QHash<qint64, QString> mine =
        annotatorId > 0 ? Labels(project).labelNamesBy(annotatorId) : QHash<qint64, QString>();
    std::vector<GivenRow> rows;
    const SampleScan scan(project);
    const Status st = scan.run([&](const ScannedSample& s) {
        if (s.kind == SampleKind::Background)
            return;
        GivenRow r{s.id, s.path, -1};
        const QString cls = annotatorId > 0 ? mine.value(s.id) : effectiveClassOf(scan, s);
        if (!cls.isEmpty())
            r.given = index.value(cls, -1);
        if (annotatorId <= 0 && cls.isEmpty())
            r.given = -2; // unlabelled (nextUncertain's candidates)
        rows.push_back(std::move(r));
    });
    if (!st)
        return st.error();
    return rows;
}

// Walks the set's probability rows (sample id order) against the given rows (id order).
template <typename Fn>
Status mergeRows(Project& project, qint64 setId, const std::vector<GivenRow>& rows, Fn&& fn)
{
    size_t k = 0;
    return Predictions(project).forEachProbs(setId, [&](qint64 id, const float* probs) {
        while (k < rows.size() && rows[k].id < id)
            ++k;
        if (k < rows.size() && rows[k].id == id)
            fn(rows[k], probs);
    });
}

} // namespace

Result<LabelIssueReport> LabelIssues::find(Project& project, const QString& setName,
                                           qint64 annotatorId)
{
    const Result<PredictionSetInfo> set = Predictions(project).set(setName);
    if (!set)
        return set.error();
    const int m = int(set.value().classes.size());
    const Result<std::vector<GivenRow>> rows = givenRows(project, set.value().classes, annotatorId);
    if (!rows)
        return rows.error();
    std::vector<const GivenRow*> used;
    std::vector<int> given;
    std::vector<float> probs;
    const Status st =
        mergeRows(project, set.value().id, rows.value(), [&](const GivenRow& r, const float* p) {
            if (r.given < 0)
                return;
            used.push_back(&r);
            given.push_back(r.given);
            probs.insert(probs.end(), p, p + m);
        });
    if (!st)
        return st.error();
    const ConfidentJoint cj = confidentLearning(given, probs, m);
    LabelIssueReport out{setName, set.value().classes, cj.thresholds, {},
                         {},      qint64(used.size()), cj.counted};
    out.joint.assign(cj.joint.begin(), cj.joint.end());
    for (const LabelIssue& i : cj.issues) {
        const GivenRow& r = *used[size_t(i.index)];
        out.issues.push_back({r.id, r.path, out.classes[i.given], out.classes[i.suggested],
                              double(i.selfConfidence)});
    }
    std::stable_sort(out.issues.begin(), out.issues.end(),
                     [](const LabelIssueRow& a, const LabelIssueRow& b) {
                         if (a.selfConfidence != b.selfConfidence)
                             return a.selfConfidence < b.selfConfidence;
                         return a.path < b.path;
                     });
    return out;
}

Status LabelIssues::recordFlags(Project& project, const LabelIssueReport& report,
                                qint64 byAnnotatorId)
{
    std::vector<FoundFlag> found;
    found.reserve(report.issues.size());
    for (const LabelIssueRow& i : report.issues) {
        const int g = int(report.classes.indexOf(i.given));
        FoundFlag f;
        f.sampleId = i.sampleId;
        f.check = QStringLiteral("label-issue");
        f.value = i.selfConfidence;
        f.threshold = g >= 0 && report.thresholds[size_t(g)] ? *report.thresholds[size_t(g)] : 0.0;
        f.detail = QStringLiteral("%1 → %2 (%3)").arg(i.given, i.suggested, report.setName);
        found.push_back(std::move(f));
    }
    return Flags(project).replace({QStringLiteral("label-issue")}, found, byAnnotatorId);
}

Result<std::vector<UncertainSample>> LabelIssues::nextUncertain(Project& project,
                                                                const QString& setName,
                                                                UncertaintyMethod method, int count,
                                                                qint64 annotatorId)
{
    const Result<PredictionSetInfo> set = Predictions(project).set(setName);
    if (!set)
        return set.error();
    const QStringList& classes = set.value().classes;
    const Result<std::vector<GivenRow>> rows = givenRows(project, classes, 0);
    if (!rows)
        return rows.error();
    const QHash<qint64, QString> mine =
        annotatorId > 0 ? Labels(project).labelNamesBy(annotatorId) : QHash<qint64, QString>();
    std::vector<UncertainSample> out;
    const Status st =
        mergeRows(project, set.value().id, rows.value(), [&](const GivenRow& r, const float* p) {
            if (r.given != -2 || mine.contains(r.id) || classes.isEmpty())
                return;
            const int top = int(std::max_element(p, p + classes.size()) - p);
            float second = 0.0f;
            for (int j = 0; j < classes.size(); ++j)
                if (j != top)
                    second = std::max(second, p[j]);
            const double u = method == UncertaintyMethod::Margin ? double(p[top]) - second
                                                                 : 1.0 - double(p[top]);
            out.push_back({r.id, r.path, classes[top], double(p[top]), u});
        });
    if (!st)
        return st.error();
    std::stable_sort(out.begin(), out.end(),
                     [&](const UncertainSample& a, const UncertainSample& b) {
                         return method == UncertaintyMethod::Margin ? a.uncertainty < b.uncertainty
                                                                    : a.uncertainty > b.uncertainty;
                     });
    if (count > 0 && out.size() > size_t(count))
        out.resize(size_t(count));
    return out;
}

} // namespace tally::assist
