#include "gui/ReviewUi.h"

#include "gui/MainWindow.h"

namespace tally {

ReviewUi::ReviewUi(MainWindow* window) : QObject(window), m_window(window) {}

} // namespace tally
