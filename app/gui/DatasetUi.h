#pragma once
// Placeholder: filled in by the dataset (splits, balance, licences, export, versions) controller.

#include <QObject>

namespace tally {

class MainWindow;

class DatasetUi : public QObject
{
    Q_OBJECT
public:
    explicit DatasetUi(MainWindow* window);

private:
    MainWindow* m_window = nullptr;
};

} // namespace tally
