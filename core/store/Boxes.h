#pragma once
// The boxes table: rectangles on images with a class, by one annotator (schema
// version 5). Pixels, origin at the image's top-left corner. Every edit is one audited
// transaction (store/AuditedEdit.h); rows are bound and audited like regions
// (store/ShapeRows.h).
//
// Thread-safety: like Project, use from the thread that opened the project. A Boxes
// is free to make (it uses the Project's statement cache).

#include "store/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <functional>

namespace tally {

class Project;

class Boxes
{
    Q_DECLARE_TR_FUNCTIONS(tally::Boxes)

public:
    explicit Boxes(Project& project) : m_project(project) {}

    // Inserts b (b.id == 0: a new id; b.id > 0: re-inserts with that id, for undo/redo).
    // Refuses w or h not > 0, a non-finite coordinate, unknown sample/annotator/class.
    Result<qint64> addBox(const BoxRecord& b);
    Status updateBox(const BoxRecord& b); // x, y, w, h and class of b.id
    Status deleteBox(qint64 boxId, qint64 byAnnotatorId = 0);
    Result<BoxRecord> box(qint64 boxId) const;
    QList<BoxRecord> boxesOf(qint64 sampleId) const; // ordered by id
    QList<BoxRecord> boxesOf(qint64 sampleId, qint64 annotatorId) const;
    QList<BoxRecord> allBoxes() const;                     // ordered by sample, annotator, id
    QHash<qint64, QList<BoxRecord>> boxesBySample() const; // allBoxes() by sample id
    // allBoxes() streamed one sample at a time (fn(sample id, its boxes)): only one
    // sample's boxes are held, for whole-project passes (the quality checks at 1M boxes).
    Status forEachSampleBoxes(
        const std::function<void(qint64 sampleId, const QList<BoxRecord>& boxes)>& fn) const;
    // Class name ("" = a box without a class) -> boxes, every annotator's (SQL GROUP BY).
    QMap<QString, qint64> countsByClass() const;

private:
    Project& m_project;
};

} // namespace tally
