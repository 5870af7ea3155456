#include "gui/MainWindow.h"

namespace tally {
MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}
MainWindow::~MainWindow() = default;
bool MainWindow::openProject(const QString&) { return false; }
void MainWindow::openLastProject() {}
} // namespace tally
