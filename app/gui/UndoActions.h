#pragma once
// Edit ▸ Undo and Redo on the Session's undo stack, with feedback: a step about one
// sample (LambdaCommand::sampleId, or the first step of a macro) selects that sample
// after it is undone or redone, and the status bar says what happened
// ("Undid: Label as “dog” on clip_03.wav").
//
// Keys: the platform's Undo and Redo bindings, with Ctrl+Shift+Z added to Redo when the
// platform lacks it — each key once, since a key set twice on one action is ambiguous
// to Qt and then neither fires. GUI thread only.

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QUndoCommand;

namespace tally {

class Session;

class UndoActions : public QObject
{
    Q_OBJECT
public:
    UndoActions(Session& session, QObject* parent);

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    void undo();
    void redo();

    // Redo's keys: the platform's Redo bindings (Linux: Ctrl+Shift+Z; Windows: Ctrl+Y,
    // Ctrl+Shift+Z) and Ctrl+Shift+Z, each once.
    static QList<QKeySequence> redoKeys(const QList<QKeySequence>& platformRedo);
    // The sample a step is about (0 if none).
    static qint64 sampleOf(const QUndoCommand* command);

private:
    void step(bool back);

    Session& m_session;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};

} // namespace tally
