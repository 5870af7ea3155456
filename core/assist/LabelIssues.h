#pragma once
// The assistant's questions to a prediction set (issue 15), shared by tally-cli
// (label-issues, next-uncertain) and the GUI (the Likely mislabelled queue, U):
//
// findLabelIssues   confident learning (assist/ConfidentLearning.h, shared/FORMATS.md)
//                   over the samples that have both a probability row in the set and a
//                   given label: the annotator's label when annotatorId > 0, else the
//                   sample's effective class (splits/EffectiveClass.h). A given class the
//                   set has no column for is not counted. Issues ranked by
//                   self-confidence, lowest first, ties by path.
// recordLabelIssueFlags  the issues as `label-issue` quality flags (store/Flags.h): value
//                   the self-confidence, threshold the given class's threshold, detail
//                   "given → suggested (set NAME)"; one run replaces the last one's flags,
//                   so a dismissal ("keep, with a reason") survives a re-run.
// nextUncertain     the unlabelled samples with predictions (no effective class, and not
//                   labelled by annotatorId when given), most uncertain first: least
//                   confidence (1 − max p, highest first) or margin (p₁ − p₂, lowest
//                   first); ties by sample id.
//
// Thread-safety: the thread that opened the project.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace tally {
class Project;
}

namespace tally::assist {

struct LabelIssueRow
{
    qint64 sampleId = 0;
    QString path; // stored form
    QString given;
    QString suggested;
    double selfConfidence = 0.0;
};

struct LabelIssueReport
{
    QString setName;
    QStringList classes;                           // the set's, code-point order
    std::vector<std::optional<double>> thresholds; // per class
    std::vector<qint64> joint;                     // classes × classes [given][confident]
    std::vector<LabelIssueRow> issues;
    qint64 samples = 0; // with a prediction and a given label the set knows
    qint64 counted = 0; // of those, with a confident label
};

enum class UncertaintyMethod
{
    LeastConfidence,
    Margin
};

struct UncertainSample
{
    qint64 sampleId = 0;
    QString path;
    QString top; // the most probable class
    double topProb = 0.0;
    double uncertainty = 0.0; // 1 − max p, or the margin p₁ − p₂
};

class LabelIssues
{
    Q_DECLARE_TR_FUNCTIONS(tally::assist::LabelIssues)

public:
    static Result<LabelIssueReport> find(Project& project, const QString& setName,
                                         qint64 annotatorId = 0);
    static Status recordFlags(Project& project, const LabelIssueReport& report,
                              qint64 byAnnotatorId = 0);
    static Result<std::vector<UncertainSample>> nextUncertain(Project& project,
                                                              const QString& setName,
                                                              UncertaintyMethod method, int count,
                                                              qint64 annotatorId = 0);
};

} // namespace tally::assist
