#include "gui/ToolModeLabel.h"

#include <QAction>

namespace tally {

ToolModeLabel::ToolModeLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("toolMode"));
    update();
}

void ToolModeLabel::watch(QAction* tool, const QString& mode)
{
    m_tools.append({tool, mode});
    connect(tool, &QAction::toggled, this, &ToolModeLabel::update);
    update();
}

void ToolModeLabel::update()
{
    for (const auto& [tool, mode] : std::as_const(m_tools)) {
        if (tool && tool->isChecked()) {
            setText(mode);
            setStyleSheet(QStringLiteral("QLabel { font-weight: bold; padding: 0 6px; "
                                         "background: palette(highlight); "
                                         "color: palette(highlighted-text); }"));
            return;
        }
    }
    setText(tr("Selecting"));
    setStyleSheet(QStringLiteral("QLabel { padding: 0 6px; }"));
}

} // namespace tally
