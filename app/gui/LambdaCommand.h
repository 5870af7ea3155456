#pragma once
// An undo step built from two functions (do / undo), the Sonic Visualiser way.
// Each function performs one store edit and returns whether it succeeded; a step
// whose redo fails marks itself obsolete so the stack drops it. A step about one
// sample says which (sampleId(), 0 if none), so undo and redo can show it.

#include <QUndoCommand>
#include <functional>

namespace tally {

class LambdaCommand : public QUndoCommand
{
public:
    using Fn = std::function<bool()>;
    LambdaCommand(const QString& text, Fn redo, Fn undo, qint64 sampleId = 0)
        : m_redo(std::move(redo)), m_undo(std::move(undo)), m_sampleId(sampleId)
    {
        setText(text);
    }
    void redo() override { setObsolete(!m_redo()); }
    void undo() override { m_undo(); }
    qint64 sampleId() const { return m_sampleId; }

private:
    Fn m_redo;
    Fn m_undo;
    qint64 m_sampleId = 0;
};

} // namespace tally
