#pragma once
// The classes table: the class catalogue (name, hotkey, colour, description). Every
// edit is one audited transaction (store/AuditedEdit.h).
//
// The cross-table edits of a class live here too, because a class is what they are
// about: mergeClass() moves every label, region, box and imported class of one class to
// another and deletes it; unmergeClass() gives them back (ClassesMerge.cpp). Each is
// one transaction with one audit row.
//
// Thread-safety: like Project, use from the thread that opened the project. A Classes
// is free to make (it uses the Project's statement cache).

#include "store/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <vector>

namespace tally {

class Project;

class Classes
{
    Q_DECLARE_TR_FUNCTIONS(tally::Classes)

public:
    explicit Classes(Project& project) : m_project(project) {}

    std::vector<ClassRecord> classes() const; // ordered by name
    Result<ClassRecord> classByName(const QString& name) const;
    Result<ClassRecord> classById(qint64 id) const;
    // Refuses an empty / all-space name, a duplicate name, or a hotkey already used.
    Result<ClassRecord> addClass(const ClassRecord& cls, qint64 byAnnotatorId = 0);
    // Updates name, hotkey, colour, description of cls.id (same refusals as addClass).
    Status updateClass(const ClassRecord& cls, qint64 byAnnotatorId = 0);
    // Deletes a class that nothing uses (for undoing an add).
    Status deleteUnusedClass(qint64 classId, qint64 byAnnotatorId = 0);

    // --- merging (ClassesMerge.cpp) ---
    // Moves every label, region, box and imported class of `from` to `into`, then
    // deletes `from`. Where an annotator had labelled a sample with both, one label remains.
    Status mergeClass(qint64 fromId, qint64 intoId, qint64 byAnnotatorId = 0);
    // What a merge changed, so that it can be undone.
    struct MergeUndo
    {
        ClassRecord from;
        qint64 intoId = 0;
        QList<QPair<qint64, qint64>> labels; // (sample id, annotator id) that had `from`
        QList<qint64> regionIds;
        QList<qint64> boxIds;
        QList<qint64> sampleIds; // samples whose imported class was `from`
    };
    // mergeClass() that also returns what it changed.
    Result<MergeUndo> mergeClassUndoable(qint64 fromId, qint64 intoId, qint64 byAnnotatorId = 0);
    // Re-creates `from` (same id) and gives its labels, regions and samples back, in
    // one transaction.
    Status unmergeClass(const MergeUndo& undo, qint64 byAnnotatorId = 0);

private:
    // A class as the audit log records it.
    static QJsonObject json(const ClassRecord& c);

    Project& m_project;
};

} // namespace tally
