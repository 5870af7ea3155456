#pragma once
// The status-bar mode indicator: which drawing tool is on ("Drawing regions (R)",
// "Drawing boxes (B)") or "Selecting" — following the tools' checkable actions.
// GUI thread only.

#include <QLabel>
#include <QList>
#include <QPair>
#include <QPointer>

class QAction;

namespace tally {

class ToolModeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ToolModeLabel(QWidget* parent = nullptr);
    // tool: a checkable action; mode: what the label says while it is checked.
    void watch(QAction* tool, const QString& mode);

private:
    void update();

    QList<QPair<QPointer<QAction>, QString>> m_tools;
};

} // namespace tally
