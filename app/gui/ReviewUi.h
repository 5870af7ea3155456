#pragma once
// Placeholder: filled in by the review (votes, review queue, agreement, history, merge, Common Voice import) controller.

#include <QObject>

namespace tally {

class MainWindow;

class ReviewUi : public QObject
{
    Q_OBJECT
public:
    explicit ReviewUi(MainWindow* window);

private:
    MainWindow* m_window = nullptr;
};

} // namespace tally
