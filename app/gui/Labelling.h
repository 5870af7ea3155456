#pragma once
// The labelling edits: every edit a person makes in the GUI (labels, regions, boxes,
// classes) goes through here as an undoable step on the Session's QUndoStack, by the
// Session's annotator. Each step is a single store transaction (core/store: Labels, Regions, Boxes,
// Classes), so an edit the GUI shows is already on disk; each step (and its undo) tells the Session
// what changed (sampleChanged(id) or classesChanged()), and a refused one is reported through it.
// GUI-thread object; owns no widgets.

#include "store/Records.h"
#include "util/Result.h"

#include <QColor>
#include <QObject>
#include <vector>

class QUndoCommand;

namespace tally {

struct Repositories;
class Session;
template <typename Record> struct ShapeOps;

class Labelling : public QObject
{
    Q_OBJECT
public:
    explicit Labelling(Session& session, QObject* parent = nullptr);
    ~Labelling() override;

    Session& session() const { return m_session; }

    // --- edits (all undoable; false + lastError() on refusal) ---
    bool setLabel(qint64 sampleId, qint64 classId); // classId 0 clears my label
    // My label of every sample given (a sensor run's time range), one transaction and one
    // undo step; undo gives each sample its previous label back.
    bool setLabels(const std::vector<qint64>& sampleIds, qint64 classId);
    bool addRegion(RegionRecord region); // region.annotatorId is set to mine
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

    Repositories* repos() const;
    qint64 me() const;

    Session& m_session;
    QString m_lastError;
};

} // namespace tally
