#pragma once
// The assistant's two model runs over a project, shared by tally-cli assist and the GUI's
// Assist menu (which runs the middle step on a worker with progress and Cancel):
//
//   prepare*()  on the project's thread: what to read (paths, classes, groups);
//   run*()      on any thread, no project: embeddings and the liblinear baseline
//               (assist/Embedding.h, assist/Baseline.h), or the HOG person detector
//               (assist/PersonDetector.h); a file that cannot be read is skipped and
//               named in `skipped`;
//   store*()    on the project's thread: one prediction set (store/Predictions.h).
//
// Baseline: the kind (audio or image) with the most samples that have an effective class;
// the labelled samples get out-of-fold probabilities from k-fold cross-validation grouped by
// the sample's group (so a speaker's other clips never vouch for their own label), the
// unlabelled ones the probabilities of a model trained on every labelled sample. Each row
// keeps its embedding (the data map projects it). The set's info holds the out-of-fold
// accuracy, the folds, the classes and the confusion matrix [given][predicted].
// Person detector: every image; its boxes (class = the Visual Wake Words person class) with
// HOG's SVM scores, and probabilities over {person class, "not person"}: p(person) = the
// logistic of the best box's score (no box: score −2), a ranking, not a calibrated value.

#include "assist/Baseline.h"
#include "store/Predictions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <vector>

namespace tally {
class Project;
}

namespace tally::assist {

struct TrainRequest
{
    bool images = false;
    QStringList classes; // code-point order; labels index into it
    std::vector<qint64> ids;
    QStringList paths; // absolute
    std::vector<int> labels;
    QStringList groups;
    std::vector<qint64> unlabelledIds;
    QStringList unlabelledPaths;
    int folds = 5;
};

struct TrainOutcome
{
    BaselineResult result;
    std::vector<SamplePrediction> rows;
    QStringList skipped; // "PATH: reason"
    QStringList classes;
};

struct DetectRequest
{
    std::vector<qint64> ids;
    QStringList paths;
    QString personClass;
};

struct DetectOutcome
{
    std::vector<SamplePrediction> rows;
    QStringList classes;
    QStringList skipped;
    qint64 boxes = 0;
};

using AssistProgress = std::function<bool(int done, int total)>; // false: cancel

class AssistRunner
{
    Q_DECLARE_TR_FUNCTIONS(tally::assist::AssistRunner)

public:
    static Result<TrainRequest> prepareTraining(Project& project, int folds);
    static Result<TrainOutcome> runTraining(const TrainRequest& request,
                                            const AssistProgress& progress = {});
    static Result<qint64> storeTraining(Project& project, const QString& name,
                                        const TrainOutcome& outcome, qint64 byAnnotatorId = 0);

    static Result<DetectRequest> prepareDetection(Project& project);
    static Result<DetectOutcome> runDetection(const DetectRequest& request,
                                              const AssistProgress& progress = {});
    static Result<qint64> storeDetection(Project& project, const QString& name,
                                         const DetectOutcome& outcome, qint64 byAnnotatorId = 0);
};

} // namespace tally::assist
