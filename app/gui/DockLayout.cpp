#include "gui/DockLayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <algorithm>

namespace tally {

namespace {
const QString kGeometryKey = QStringLiteral("gui/geometry");
const QString kStateKey = QStringLiteral("gui/state");
const QString kVersionKey = QStringLiteral("gui/layoutVersion");
// A window frame (title bar and borders) a window manager adds, pixels.
constexpr int kFrameAllowancePx = 40;
// The most a dock's contents may claim as their minimum, pixels.
constexpr int kDockMinWidthPx = 260;
constexpr int kDockMinHeightPx = 140;
} // namespace

DockLayout::DockLayout(QMainWindow* window) : QObject(window), m_window(window)
{
    m_resetAction = new QAction(tr("Reset &Layout"), this);
    m_resetAction->setObjectName(QStringLiteral("resetLayout"));
    m_resetAction->setToolTip(tr("Put every dock back where it starts and fit the window"));
    connect(m_resetAction, &QAction::triggered, this, &DockLayout::reset);
}

void DockLayout::captureDefault()
{
    // Before the window is first shown every child counts as hidden; the docks and
    // toolbars not hidden on purpose are marked shown, so the default state has them.
    const auto docks = m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
    const auto bars = m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly);
    for (QWidget* w :
         QList<QWidget*>(docks.begin(), docks.end()) + QList<QWidget*>(bars.begin(), bars.end()))
        if (!w->testAttribute(Qt::WA_WState_ExplicitShowHide))
            w->show();
    m_defaultState = m_window->saveState(kLayoutVersion);
    for (QDockWidget* dock : docks) {
        raiseWhenShown(dock);
        // A dock's contents may ask for more room than a laptop has beside the views;
        // they get squeezed (or scroll) instead of pushing the window off the screen.
        if (QWidget* content = dock->widget()) {
            const QSize hint = content->minimumSizeHint();
            content->setMinimumSize(std::min(hint.width(), kDockMinWidthPx),
                                    std::min(hint.height(), kDockMinHeightPx));
        }
    }
}

// Shown from a menu, a dock that shares its place with others comes to the front.
void DockLayout::raiseWhenShown(QDockWidget* dock)
{
    connect(dock->toggleViewAction(), &QAction::toggled, dock, [dock](bool on) {
        if (on)
            QTimer::singleShot(0, dock, [dock] { dock->raise(); });
    });
}

QSize DockLayout::defaultSize(const QSize& available)
{
    const QSize room(available.width() - kFrameAllowancePx / 2,
                     available.height() - kFrameAllowancePx);
    // The whole room up to a 2560 × 1440 screen: a 1920 × 1080 monitor is used, not a
    // 1600 × 1000 box in its corner; larger screens leave the rest to the user.
    return QSize(std::min(2560, room.width()), std::min(1440, room.height()));
}

void DockLayout::restore()
{
    QSettings settings;
    const bool current = settings.value(kVersionKey).toInt() == kLayoutVersion;
    if (!current || !m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        if (const QScreen* screen = m_window->screen())
            m_window->resize(defaultSize(screen->availableGeometry().size()));
    }
    const bool restored =
        current && m_window->restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
    fitToScreen();
    if (!restored && m_defaultSizes)
        m_defaultSizes();
}

void DockLayout::save() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, m_window->saveGeometry());
    settings.setValue(kStateKey, m_window->saveState(kLayoutVersion));
    settings.setValue(kVersionKey, kLayoutVersion);
}

void DockLayout::reset()
{
    if (!m_defaultState.isEmpty())
        m_window->restoreState(m_defaultState, kLayoutVersion);
    if (m_window->isMaximized() || m_window->isFullScreen())
        m_window->showNormal();
    if (const QScreen* screen = m_window->screen()) {
        const QRect avail = screen->availableGeometry();
        m_window->resize(defaultSize(avail.size()));
        m_window->move(avail.topLeft());
    }
    fitToScreen();
    if (m_defaultSizes)
        m_defaultSizes();
}

void DockLayout::fitToScreen()
{
    const QScreen* screen = m_window->screen();
    if (!screen || m_window->isMaximized() || m_window->isFullScreen())
        return;
    const QRect avail = screen->availableGeometry();
    const QRect frame = m_window->frameGeometry();
    const QSize extra = frame.size() - m_window->size(); // the frame, once shown
    const QSize most = avail.size() - extra;
    const QSize size = m_window->size().boundedTo(most);
    if (size != m_window->size())
        m_window->resize(size);
    QPoint topLeft = frame.topLeft();
    topLeft.setX(std::clamp(topLeft.x(), avail.left(), avail.right() - (size + extra).width() + 1));
    topLeft.setY(
        std::clamp(topLeft.y(), avail.top(), avail.bottom() - (size + extra).height() + 1));
    if (topLeft != frame.topLeft())
        m_window->move(topLeft);
}

} // namespace tally
