#include "gui/DatasetUi.h"

#include "gui/MainWindow.h"

namespace tally {

DatasetUi::DatasetUi(MainWindow* window) : QObject(window), m_window(window) {}

} // namespace tally
