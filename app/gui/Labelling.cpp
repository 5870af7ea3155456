#include "gui/Labelling.h"

#include "gui/LambdaCommand.h"
#include "store/Annotators.h"
#include "store/Boxes.h"
#include "store/Classes.h"
#include "store/Labels.h"
#include "store/Project.h"
#include "store/Regions.h"

#include <QCryptographicHash>
#include <functional>

namespace tally {

Labelling::Labelling(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

Labelling::~Labelling() = default;

void Labelling::setProject(Project* project)
{
    m_stack->clear();
    m_project = project;
    if (project && !m_annotator.name.isEmpty())
        setAnnotator(m_annotator.name, m_annotator.role);
}

bool Labelling::setAnnotator(const QString& name, AnnotatorRole role)
{
    if (!m_project) {
        m_annotator = AnnotatorRecord{0, name.trimmed(), role};
        Q_EMIT annotatorChanged();
        return true;
    }
    auto a = Annotators(*m_project).ensureAnnotator(name, role);
    if (!a.isOk())
        return check(a.error());
    if (a.value().role != role)
        Annotators(*m_project).setAnnotatorRole(a.value().id, role);
    m_annotator = a.value();
    m_annotator.role = role;
    Q_EMIT annotatorChanged();
    return true;
}

bool Labelling::check(const Status& s)
{
    if (s.isOk())
        return true;
    m_lastError = s.error().toString();
    Q_EMIT failed(m_lastError);
    return false;
}

bool Labelling::push(QUndoCommand* command)
{
    m_lastError.clear();
    m_stack->push(command); // runs redo(); an obsolete (failed) step is dropped
    return m_lastError.isEmpty();
}

QColor Labelling::colourOf(const ClassRecord& cls)
{
    if (cls.colour.isValid())
        return cls.colour;
    const QByteArray h = QCryptographicHash::hash(cls.name.toUtf8(), QCryptographicHash::Md5);
    return QColor::fromHsv(int(quint8(h[0])) * 360 / 256, 170, 220);
}

bool Labelling::setLabel(qint64 sampleId, qint64 classId)
{
    if (!m_project || m_annotator.id == 0)
        return false;
    const qint64 before = Labels(*m_project).labelOf(sampleId, m_annotator.id);
    if (before == classId)
        return true;
    const qint64 who = m_annotator.id;
    QString name;
    if (classId) {
        auto c = Classes(*m_project).classById(classId);
        name = c.isOk() ? c.value().name : QString();
    }
    auto apply = [this, sampleId, who](qint64 cls) {
        auto r = Labels(*m_project).setLabel(sampleId, who, cls);
        if (!r.isOk())
            return check(r.error());
        Q_EMIT labelsChanged(sampleId);
        return true;
    };
    const QString text = classId ? tr("Label as “%1”").arg(name) : tr("Clear label");
    return push(new LambdaCommand(
        text, [apply, classId] { return apply(classId); },
        [apply, before] { return apply(before); }));
}

// What the add / edit / delete steps need of one kind of shape (regions, boxes): the
// store calls and the signal that tells views to re-read the sample.
template <class Record> struct ShapeOps
{
    std::function<Result<qint64>(const Record&)> add; // id 0: new; id > 0: the same id again
    std::function<Status(const Record&)> update;
    std::function<Status(qint64 id)> remove;
    std::function<Result<Record>(qint64 id)> read;
    std::function<void(qint64 sampleId)> changed;
};

namespace {

template <class Record>
QUndoCommand* addShapeCommand(const QString& text, Record shape, ShapeOps<Record> ops,
                              std::function<bool(const Status&)> check)
{
    auto id = std::make_shared<qint64>(0);
    auto redo = [shape, id, ops, check]() mutable {
        shape.id = *id; // 0 the first time; the same id on redo
        auto r = ops.add(shape);
        if (!r.isOk())
            return check(r.error());
        *id = r.value();
        ops.changed(shape.sampleId);
        return true;
    };
    auto undo = [shape, id, ops, check] {
        const bool ok = check(ops.remove(*id));
        ops.changed(shape.sampleId);
        return ok;
    };
    return new LambdaCommand(text, redo, undo);
}

template <class Record>
QUndoCommand* editShapeCommand(const QString& text, const Record& old, const Record& after,
                               ShapeOps<Record> ops, std::function<bool(const Status&)> check)
{
    auto apply = [ops, check](const Record& r) {
        const bool ok = check(ops.update(r));
        ops.changed(r.sampleId);
        return ok;
    };
    return new LambdaCommand(
        text, [apply, after] { return apply(after); }, [apply, old] { return apply(old); });
}

template <class Record>
QUndoCommand* deleteShapeCommand(const QString& text, const Record& old, ShapeOps<Record> ops,
                                 std::function<bool(const Status&)> check)
{
    auto redo = [old, ops, check] {
        const bool ok = check(ops.remove(old.id));
        ops.changed(old.sampleId);
        return ok;
    };
    auto undo = [old, ops, check] {
        auto r = ops.add(old); // same id
        ops.changed(old.sampleId);
        return r.isOk() || check(r.error());
    };
    return new LambdaCommand(text, redo, undo);
}

} // namespace

ShapeOps<RegionRecord> Labelling::regionOps()
{
    Project* a = m_project;
    return {[a](const RegionRecord& r) { return Regions(*a).addRegion(r); },
            [a](const RegionRecord& r) { return Regions(*a).updateRegion(r); },
            [a, this](qint64 id) { return Regions(*a).deleteRegion(id, m_annotator.id); },
            [a](qint64 id) { return Regions(*a).region(id); },
            [this](qint64 sampleId) { Q_EMIT regionsChanged(sampleId); }};
}

ShapeOps<BoxRecord> Labelling::boxOps()
{
    Project* a = m_project;
    return {[a](const BoxRecord& b) { return Boxes(*a).addBox(b); },
            [a](const BoxRecord& b) { return Boxes(*a).updateBox(b); },
            [a, this](qint64 id) { return Boxes(*a).deleteBox(id, m_annotator.id); },
            [a](qint64 id) { return Boxes(*a).box(id); },
            [this](qint64 sampleId) { Q_EMIT boxesChanged(sampleId); }};
}

template <class Record>
bool Labelling::addShape(Record shape, const QString& text, ShapeOps<Record> ops)
{
    if (!m_project || m_annotator.id == 0)
        return false;
    shape.annotatorId = m_annotator.id;
    return push(addShapeCommand(text, shape, ops, [this](const Status& s) { return check(s); }));
}

template <class Record>
bool Labelling::editShape(const Record& after, const QString& classText, const QString& shapeText,
                          ShapeOps<Record> ops)
{
    if (!m_project)
        return false;
    auto before = ops.read(after.id);
    if (!before.isOk())
        return check(before.error());
    const QString text = before.value().classId != after.classId ? classText : shapeText;
    return push(editShapeCommand(text, before.value(), after, ops,
                                 [this](const Status& s) { return check(s); }));
}

template <class Record>
bool Labelling::deleteShape(qint64 id, const QString& text, ShapeOps<Record> ops)
{
    if (!m_project)
        return false;
    auto before = ops.read(id);
    if (!before.isOk())
        return check(before.error());
    return push(deleteShapeCommand(text, before.value(), ops,
                                   [this](const Status& s) { return check(s); }));
}

bool Labelling::addRegion(RegionRecord region)
{
    return m_project && addShape(region, tr("Add region"), regionOps());
}

bool Labelling::editRegion(const RegionRecord& after)
{
    return m_project && editShape(after, tr("Set region class"), tr("Edit region"), regionOps());
}

bool Labelling::deleteRegion(qint64 regionId)
{
    return m_project && deleteShape(regionId, tr("Delete region"), regionOps());
}

bool Labelling::addBox(BoxRecord box)
{
    return m_project && addShape(box, tr("Add box"), boxOps());
}

bool Labelling::editBox(const BoxRecord& after)
{
    return m_project && editShape(after, tr("Set box class"), tr("Move or resize box"), boxOps());
}

bool Labelling::deleteBox(qint64 boxId)
{
    return m_project && deleteShape(boxId, tr("Delete box"), boxOps());
}

bool Labelling::replaceRegions(qint64 sampleId, const QList<RegionRecord>& regions,
                               const QString& what)
{
    if (!m_project || m_annotator.id == 0)
        return false;
    const qint64 who = m_annotator.id;
    const QList<RegionRecord> before = Regions(*m_project).regionsOf(sampleId, who);
    auto apply = [this, sampleId, who](const QList<RegionRecord>& list) {
        const bool ok = check(Regions(*m_project).replaceRegions(sampleId, who, list));
        Q_EMIT regionsChanged(sampleId);
        return ok;
    };
    return push(new LambdaCommand(
        what, [apply, regions] { return apply(regions); },
        [apply, before] { return apply(before); }));
}

bool Labelling::addClass(const ClassRecord& cls)
{
    if (!m_project)
        return false;
    auto id = std::make_shared<qint64>(0);
    auto redo = [this, cls, id] {
        auto r = Classes(*m_project).addClass(cls, m_annotator.id);
        if (!r.isOk())
            return check(r.error());
        *id = r.value().id;
        Q_EMIT classesChanged();
        return true;
    };
    auto undo = [this, id] {
        const bool ok = check(Classes(*m_project).deleteUnusedClass(*id, m_annotator.id));
        Q_EMIT classesChanged();
        return ok;
    };
    return push(new LambdaCommand(tr("Add class “%1”").arg(cls.name.trimmed()), redo, undo));
}

bool Labelling::updateClass(const ClassRecord& after)
{
    if (!m_project)
        return false;
    auto before = Classes(*m_project).classById(after.id);
    if (!before.isOk())
        return check(before.error());
    const ClassRecord old = before.value();
    auto apply = [this](const ClassRecord& c) {
        const bool ok = check(Classes(*m_project).updateClass(c, m_annotator.id));
        Q_EMIT classesChanged();
        return ok;
    };
    const QString text = old.name != after.name
                             ? tr("Rename class “%1” to “%2”").arg(old.name, after.name.trimmed())
                             : tr("Edit class “%1”").arg(old.name);
    return push(new LambdaCommand(
        text, [apply, after] { return apply(after); }, [apply, old] { return apply(old); }));
}

bool Labelling::mergeClass(qint64 fromId, qint64 intoId)
{
    if (!m_project)
        return false;
    auto from = Classes(*m_project).classById(fromId);
    auto into = Classes(*m_project).classById(intoId);
    if (!from.isOk() || !into.isOk())
        return check(!from.isOk() ? from.error() : into.error());
    auto record = std::make_shared<Classes::MergeUndo>();
    auto redo = [this, fromId, intoId, record] {
        auto r = Classes(*m_project).mergeClassUndoable(fromId, intoId, m_annotator.id);
        if (!r.isOk())
            return check(r.error());
        *record = r.value();
        Q_EMIT classesChanged();
        return true;
    };
    auto undo = [this, record] {
        const bool ok = check(Classes(*m_project).unmergeClass(*record, m_annotator.id));
        Q_EMIT classesChanged();
        return ok;
    };
    return push(new LambdaCommand(
        tr("Merge class “%1” into “%2”").arg(from.value().name, into.value().name), redo, undo));
}

} // namespace tally
