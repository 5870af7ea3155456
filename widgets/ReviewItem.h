#pragma once
// What ReviewPanel shows: plain data filled in by the app from core's review
// queue (widgets never touch the database).

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

namespace tally {

// One class the reviewer can decide for. hotkey: "1".."9" or a single letter,
// case-insensitive (as in the classes table); empty for none.
struct ReviewClass
{
    qint64 id = -1;
    QString name;
    QString hotkey;
    QColor colour = Qt::gray;
};

// One image box of the sample under review. matched false: some other annotator
// has no box of the same class in that place (the boxes that disagree).
struct ReviewBox
{
    QString annotator;
    QString className;
    double x = 0.0, y = 0.0, w = 0.0, h = 0.0; // pixels
    bool matched = true;
};

// One sample under review. labels: (annotator name, class name) per annotator,
// in display order. voteOutcome is the already-tallied outcome text (e.g.
// "valid"); status the derived status text (e.g. "disputed"); imported a note
// about imported votes/labels (e.g. "Common Voice: 2 up, 1 down"), may be empty.
// position is 1-based within total; total 0 hides the position line.
struct ReviewItem
{
    QString sampleTitle;
    QList<QPair<QString, QString>> labels;
    int up = 0;
    int down = 0;
    QString voteOutcome;
    QString status;
    QString imported;
    int position = 0;
    int total = 0;
    QList<ReviewBox> boxes; // image samples: every annotator's boxes
};

} // namespace tally
