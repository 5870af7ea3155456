#include "gui/UndoActions.h"

#include "gui/LambdaCommand.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"

#include <QAction>
#include <QFileInfo>
#include <QUndoStack>

namespace tally {

QList<QKeySequence> UndoActions::redoKeys(const QList<QKeySequence>& platformRedo)
{
    QList<QKeySequence> keys;
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    for (const QKeySequence& k : platformRedo)
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    if (!keys.contains(ctrlShiftZ))
        keys << ctrlShiftZ;
    return keys;
}

UndoActions::UndoActions(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    QUndoStack* stack = m_session.undoStack();
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(redoKeys(QKeySequence::keyBindings(QKeySequence::Redo)));
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_undo, &QAction::triggered, this, &UndoActions::undo);
    connect(m_redo, &QAction::triggered, this, &UndoActions::redo);
}

qint64 UndoActions::sampleOf(const QUndoCommand* command)
{
    if (!command)
        return 0;
    if (const auto* lambda = dynamic_cast<const LambdaCommand*>(command))
        return lambda->sampleId();
    return command->childCount() > 0 ? sampleOf(command->child(0)) : 0;
}

void UndoActions::undo()
{
    step(true);
}

void UndoActions::redo()
{
    step(false);
}

void UndoActions::step(bool back)
{
    QUndoStack* stack = m_session.undoStack();
    if (back ? !stack->canUndo() : !stack->canRedo())
        return;
    const QUndoCommand* command = stack->command(back ? stack->index() - 1 : stack->index());
    const QString text = command ? command->text() : QString();
    const qint64 sample = sampleOf(command);
    if (back)
        stack->undo();
    else
        stack->redo();
    const SampleRecord r = sample > 0 ? m_session.sampleModel()->recordOf(sample) : SampleRecord{};
    QString message = back ? tr("Undid: %1").arg(text) : tr("Redid: %1").arg(text);
    if (r.id > 0) {
        m_session.selectSample(sample);
        const QString name = QFileInfo(r.path).fileName();
        message =
            back ? tr("Undid: %1 on %2").arg(text, name) : tr("Redid: %1 on %2").arg(text, name);
    }
    m_session.showStatus(message);
}

} // namespace tally
