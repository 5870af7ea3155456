#include "gui/Labelling.h"

#include "gui/LambdaCommand.h"
#include "gui/Repositories.h"
#include "gui/Session.h"

#include <QCryptographicHash>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace tally {

Labelling::Labelling(Session& session, QObject* parent) : QObject(parent), m_session(session) {}

Labelling::~Labelling() = default;

Repositories* Labelling::repos() const
{
    return m_session.repos();
}

qint64 Labelling::me() const
{
    return m_session.annotator().id;
}

bool Labelling::check(const Status& s)
{
    if (s.isOk())
        return true;
    m_lastError = s.error().toString();
    m_session.report(s.error());
    return false;
}

bool Labelling::push(QUndoCommand* command)
{
    m_lastError.clear();
    m_session.undoStack()->push(command); // runs redo(); an obsolete (failed) step is dropped
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
    if (!repos() || me() == 0)
        return false;
    const qint64 before = repos()->labels.labelOf(sampleId, me());
    if (before == classId)
        return true;
    const qint64 who = me();
    QString name;
    if (classId) {
        auto c = repos()->classes.classById(classId);
        name = c.isOk() ? c.value().name : QString();
    }
    auto apply = [this, sampleId, who](qint64 cls) {
        auto r = repos()->labels.setLabel(sampleId, who, cls);
        if (!r.isOk())
            return check(r.error());
        m_session.notifySampleChanged(sampleId);
        return true;
    };
    const QString text = classId ? tr("Label as “%1”").arg(name) : tr("Clear label");
    return push(new LambdaCommand(
        text, [apply, classId] { return apply(classId); },
        [apply, before] { return apply(before); }, sampleId));
}

bool Labelling::setLabels(const std::vector<qint64>& sampleIds, qint64 classId)
{
    if (!repos() || me() == 0 || sampleIds.empty())
        return false;
    const qint64 who = me();
    QString name;
    if (classId) {
        auto c = repos()->classes.classById(classId);
        name = c.isOk() ? c.value().name : QString();
    }
    // The labels before, filled by the first redo (the store returns them).
    auto before = std::make_shared<std::vector<qint64>>();
    auto apply = [this, sampleIds, who](const std::vector<qint64>& classes) {
        std::vector<std::pair<qint64, qint64>> pairs;
        for (size_t i = 0; i < sampleIds.size(); ++i)
            pairs.emplace_back(sampleIds[i], classes[i]);
        Result<std::vector<qint64>> r = repos()->labels.setLabels(pairs, who);
        if (r.isOk())
            m_session.notifySamplesChanged(sampleIds);
        return r;
    };
    const QString text =
        classId ? tr("Label %n snapshots as “%1”", nullptr, int(sampleIds.size())).arg(name)
                : tr("Clear %n labels", nullptr, int(sampleIds.size()));
    const std::vector<qint64> target(sampleIds.size(), classId);
    return push(new LambdaCommand(
        text,
        [this, apply, target, before] {
            Result<std::vector<qint64>> previous = apply(target);
            if (!previous.isOk())
                return check(previous.error());
            if (before->empty())
                *before = std::move(previous).value();
            return true;
        },
        [this, apply, before] {
            const Result<std::vector<qint64>> r = apply(*before);
            return r.isOk() || check(r.error());
        }));
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
    return new LambdaCommand(text, redo, undo, shape.sampleId);
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
        text, [apply, after] { return apply(after); }, [apply, old] { return apply(old); },
        after.sampleId);
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
    return new LambdaCommand(text, redo, undo, old.sampleId);
}

} // namespace

ShapeOps<RegionRecord> Labelling::regionOps()
{
    Regions* a = &m_session.repos()->regions;
    return {[a](const RegionRecord& r) { return a->addRegion(r); },
            [a](const RegionRecord& r) { return a->updateRegion(r); },
            [a, this](qint64 id) { return a->deleteRegion(id, me()); },
            [a](qint64 id) { return a->region(id); },
            [this](qint64 sampleId) { m_session.notifySampleChanged(sampleId); }};
}

ShapeOps<BoxRecord> Labelling::boxOps()
{
    Boxes* a = &m_session.repos()->boxes;
    return {[a](const BoxRecord& b) { return a->addBox(b); },
            [a](const BoxRecord& b) { return a->updateBox(b); },
            [a, this](qint64 id) { return a->deleteBox(id, me()); },
            [a](qint64 id) { return a->box(id); },
            [this](qint64 sampleId) { m_session.notifySampleChanged(sampleId); }};
}

template <class Record>
bool Labelling::addShape(Record shape, const QString& text, ShapeOps<Record> ops)
{
    if (!repos() || me() == 0)
        return false;
    shape.annotatorId = me();
    return push(addShapeCommand(text, shape, ops, [this](const Status& s) { return check(s); }));
}

template <class Record>
bool Labelling::editShape(const Record& after, const QString& classText, const QString& shapeText,
                          ShapeOps<Record> ops)
{
    if (!repos())
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
    if (!repos())
        return false;
    auto before = ops.read(id);
    if (!before.isOk())
        return check(before.error());
    return push(deleteShapeCommand(text, before.value(), ops,
                                   [this](const Status& s) { return check(s); }));
}

bool Labelling::addRegion(RegionRecord region)
{
    return repos() && addShape(region, tr("Add region"), regionOps());
}

bool Labelling::editRegion(const RegionRecord& after)
{
    return repos() && editShape(after, tr("Set region class"), tr("Edit region"), regionOps());
}

bool Labelling::deleteRegion(qint64 regionId)
{
    return repos() && deleteShape(regionId, tr("Delete region"), regionOps());
}

bool Labelling::addBox(BoxRecord box)
{
    return repos() && addShape(box, tr("Add box"), boxOps());
}

bool Labelling::editBox(const BoxRecord& after)
{
    return repos() && editShape(after, tr("Set box class"), tr("Move or resize box"), boxOps());
}

bool Labelling::deleteBox(qint64 boxId)
{
    return repos() && deleteShape(boxId, tr("Delete box"), boxOps());
}

bool Labelling::replaceRegions(qint64 sampleId, const QList<RegionRecord>& regions,
                               const QString& what)
{
    if (!repos() || me() == 0)
        return false;
    const qint64 who = me();
    const QList<RegionRecord> before = repos()->regions.regionsOf(sampleId, who);
    auto apply = [this, sampleId, who](const QList<RegionRecord>& list) {
        const bool ok = check(repos()->regions.replaceRegions(sampleId, who, list));
        m_session.notifySampleChanged(sampleId);
        return ok;
    };
    return push(new LambdaCommand(
        what, [apply, regions] { return apply(regions); },
        [apply, before] { return apply(before); }, sampleId));
}

bool Labelling::addClass(const ClassRecord& cls)
{
    if (!repos())
        return false;
    auto id = std::make_shared<qint64>(0);
    auto redo = [this, cls, id] {
        auto r = repos()->classes.addClass(cls, me());
        if (!r.isOk())
            return check(r.error());
        *id = r.value().id;
        m_session.notifyClassesChanged();
        return true;
    };
    auto undo = [this, id] {
        const bool ok = check(repos()->classes.deleteUnusedClass(*id, me()));
        m_session.notifyClassesChanged();
        return ok;
    };
    return push(new LambdaCommand(tr("Add class “%1”").arg(cls.name.trimmed()), redo, undo));
}

bool Labelling::updateClass(const ClassRecord& after)
{
    if (!repos())
        return false;
    auto before = repos()->classes.classById(after.id);
    if (!before.isOk())
        return check(before.error());
    const ClassRecord old = before.value();
    auto apply = [this](const ClassRecord& c) {
        const bool ok = check(repos()->classes.updateClass(c, me()));
        m_session.notifyClassesChanged();
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
    if (!repos())
        return false;
    auto from = repos()->classes.classById(fromId);
    auto into = repos()->classes.classById(intoId);
    if (!from.isOk() || !into.isOk())
        return check(!from.isOk() ? from.error() : into.error());
    auto record = std::make_shared<Classes::MergeUndo>();
    auto redo = [this, fromId, intoId, record] {
        auto r = repos()->classes.mergeClassUndoable(fromId, intoId, me());
        if (!r.isOk())
            return check(r.error());
        *record = r.value();
        m_session.notifyClassesChanged();
        return true;
    };
    auto undo = [this, record] {
        const bool ok = check(repos()->classes.unmergeClass(*record, me()));
        m_session.notifyClassesChanged();
        return ok;
    };
    return push(new LambdaCommand(
        tr("Merge class “%1” into “%2”").arg(from.value().name, into.value().name), redo, undo));
}

} // namespace tally
