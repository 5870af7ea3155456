#pragma once
// An undo step built from two functions (do / undo), the Sonic Visualiser way.
// Each function performs one store edit and returns whether it succeeded; a step
// whose redo fails marks itself obsolete so the stack drops it.

#include <QUndoCommand>
#include <functional>

namespace tally {

class LambdaCommand : public QUndoCommand
{
public:
    using Fn = std::function<bool()>;
    LambdaCommand(const QString& text, Fn redo, Fn undo)
        : m_redo(std::move(redo)), m_undo(std::move(undo))
    {
        setText(text);
    }
    void redo() override { setObsolete(!m_redo()); }
    void undo() override { m_undo(); }

private:
    Fn m_redo;
    Fn m_undo;
};

} // namespace tally
