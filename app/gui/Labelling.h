#pragma once
// The labelling controller: every edit a person makes in the GUI (labels, regions,
// classes) goes through here as an undoable step on one QUndoStack. Each step is a
// single store transaction (core/store: Labels, Regions, Boxes, Classes), so an edit the GUI shows
// is already on disk. Views listen to the *Changed signals and re-read. GUI-thread object; owns no
// widgets.

#include "store/Project.h"
#include "store/Records.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace tally {

class Project;
template <typename Record> struct ShapeOps;

class Labelling : public QObject
{
    Q_OBJECT
public:
    explicit Labelling(QObject* parent = nullptr);
    ~Labelling() override;

    // Binds to a project (nullptr: none); clears the undo history.
    void setProject(Project* project);
    Project* project() const { return m_project; }
    QUndoStack* undoStack() const { return m_stack; }

    // The person working now (created in the project if missing).
    bool setAnnotator(const QString& name, AnnotatorRole role);
    const AnnotatorRecord& annotator() const { return m_annotator; }

    // --- edits (all undoable; false + lastError() on refusal) ---
    bool setLabel(qint64 sampleId, qint64 classId); // classId 0 clears my label
    bool addRegion(RegionRecord region);            // region.annotatorId is set to mine
    bool editRegion(const RegionRecord& after);
    bool deleteRegion(qint64 regionId);
    bool addBox(BoxRecord box);           // box.annotatorId is set to mine
    bool editBox(const BoxRecord& after); // rect and class
    bool deleteBox(qint64 boxId);
    bool replaceRegions(qint64 sampleId, const QList<RegionRecord>& regions, const QString& what);
    bool addClass(const ClassRecord& cls);
    bool updateClass(const ClassRecord& after);
    bool mergeClass(qint64 fromId, qint64 intoId);
    QString lastError() const { return m_lastError; }

    // Class colour: the chosen one, or a stable colour derived from the name.
    static QColor colourOf(const ClassRecord& cls);

Q_SIGNALS:
    void labelsChanged(qint64 sampleId);
    void regionsChanged(qint64 sampleId);
    void boxesChanged(qint64 sampleId);
    void classesChanged();
    void annotatorChanged();
    void failed(const QString& message);

private:
    bool push(QUndoCommand* command);
    // Add / edit / delete of regions and boxes share one shape of undo step.
    ShapeOps<RegionRecord> regionOps();
    ShapeOps<BoxRecord> boxOps();
    template <class Record> bool addShape(Record shape, const QString& text, ShapeOps<Record> ops);
    template <class Record>
    bool editShape(const Record& after, const QString& classText, const QString& shapeText,
                   ShapeOps<Record> ops);
    template <class Record> bool deleteShape(qint64 id, const QString& text, ShapeOps<Record> ops);
    bool check(const Status& s);

    Project* m_project = nullptr;
    QUndoStack* m_stack = nullptr;
    AnnotatorRecord m_annotator;
    QString m_lastError;
};

} // namespace tally
