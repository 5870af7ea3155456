#pragma once
// The "Labels" dock: one button per class (with its hotkey) to label the current
// sample, and what is known about the sample's labels — the imported class, mine,
// and the other annotators' (hidden in blind labelling).

#include "store/Records.h"

#include <QWidget>
#include <vector>

class QLabel;
class QVBoxLayout;
class QGridLayout;

namespace tally {

class LabelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LabelPanel(QWidget* parent = nullptr);

    void setClasses(const std::vector<ClassRecord>& classes);
    // mine: my class name (empty = none); others: every other annotator's label.
    void setLabels(const QString& imported, const QString& mine, const QList<LabelRecord>& others,
                   bool blind);
    void setAnnotator(const QString& name, const QString& role);
    void clearSample();
    // Places a widget (such as the progress per class) under the class buttons.
    void addFooter(QWidget* widget);

Q_SIGNALS:
    void classClicked(qint64 classId);
    void clearClicked();

private:
    QLabel* m_annotator = nullptr;
    QLabel* m_imported = nullptr;
    QLabel* m_mine = nullptr;
    QLabel* m_others = nullptr;
    QGridLayout* m_buttons = nullptr;
    QWidget* m_buttonBox = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace tally
