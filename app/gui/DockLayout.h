#pragma once
// The main window's dock layout: the default arrangement (remembered once the docks are
// made), the saved one (QSettings "gui/state" with a layout version, so a state saved
// by an older arrangement is not restored over a newer one), View ▸ Reset Layout, and
// the window kept inside its screen's available geometry. A dock shown from a menu is
// raised, so it never opens as a hidden tab. GUI thread only; owned by the window.

#include <QObject>
#include <QSize>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace tally {

class DockLayout : public QObject
{
    Q_OBJECT
public:
    // Bump when the default arrangement changes: older saved states are then ignored.
    static constexpr int kLayoutVersion = 2;

    explicit DockLayout(QMainWindow* window);

    // Call once every dock exists: remembers the default arrangement and raises every
    // dock when it is shown.
    void captureDefault();
    // The saved geometry and dock state if they are of this layout version, else the
    // default size for the screen; either way the window fits its screen.
    void restore();
    void save() const;
    // The default arrangement and size.
    void reset();
    // Shrinks (and moves) the window so that its frame lies inside the screen's
    // available geometry.
    void fitToScreen();
    // The size a fresh window takes on a screen with this available size.
    static QSize defaultSize(const QSize& available);

    QAction* resetAction() const { return m_resetAction; }
    // Gives the docks their default sizes for the window's current size (called on a
    // fresh start and by reset()).
    void setDefaultSizes(std::function<void()> sizer) { m_defaultSizes = std::move(sizer); }

private:
    void raiseWhenShown(QDockWidget* dock);

    QMainWindow* m_window = nullptr;
    QAction* m_resetAction = nullptr;
    QByteArray m_defaultState;
    std::function<void()> m_defaultSizes;
};

} // namespace tally
