#pragma once
// How far the labelling is, as the sample table knows it: the samples that take a label
// (background clips excluded), how many carry my label (in total and per class), and
// how many are in each derived status. Kept by SampleTableModel as its rows, my labels
// and the statuses change — one sample's edit adjusts the counts, never a recount — so
// the status bar and the Labels dock can show it on every keypress. QtCore only.

#include <QHash>
#include <QString>

namespace tally {

struct LabelProgress
{
    int samples = 0;                 // samples that take a label
    int mine = 0;                    // of those, with my label
    QHash<QString, int> byStatus;    // untranslated status name ("disputed", ...) -> samples
    QHash<QString, int> mineByClass; // class name -> samples with my label of that class

    int status(const QString& name) const { return byStatus.value(name); }
    int mineOf(const QString& className) const { return mineByClass.value(className); }
    // Adds (sign +1) or removes (sign -1) one sample's share.
    void count(const QString& status, const QString& myLabel, int sign);
};

} // namespace tally
