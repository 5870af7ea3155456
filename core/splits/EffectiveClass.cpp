#include "splits/EffectiveClass.h"

#include "store/Annotators.h"
#include "store/Labels.h"
#include "store/Project.h"

#include <QMap>

namespace tally {

QHash<qint64, QString> effectiveClasses(Project& project)
{
    Project& annotations = project;
    // sample -> class -> annotators who gave it (QMap: ties resolve by name).
    QHash<qint64, QMap<QString, int>> votes;
    for (const AnnotatorRecord& a : Annotators(annotations).annotators()) {
        const QHash<qint64, QString> labels = Labels(annotations).labelNamesBy(a.id);
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            ++votes[it.key()][it.value()];
    }
    QHash<qint64, QString> out;
    for (const SampleRecord& s : project.samples()) {
        if (s.kind == SampleKind::Background)
            continue;
        if (!s.className.isEmpty()) {
            out.insert(s.id, s.className);
            continue;
        }
        const auto v = votes.constFind(s.id);
        if (v == votes.cend() || v->isEmpty())
            continue;
        QString best;
        int bestVotes = 0;
        for (auto it = v->cbegin(); it != v->cend(); ++it)
            if (it.value() > bestVotes) {
                best = it.key();
                bestVotes = it.value();
            }
        out.insert(s.id, best);
    }
    return out;
}

} // namespace tally
