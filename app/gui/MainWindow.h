#pragma once
#include <QMainWindow>

namespace tally {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
    bool openProject(const QString& path);
    void openLastProject();
};

} // namespace tally
