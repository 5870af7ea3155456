#pragma once
// The "Labels" dock: one button per class (with its hotkey) to label the current
// sample, and what is known about the sample's labels — the imported class, mine,
// and the other annotators' (hidden in blind labelling).
//
// The classes used with the current sample's kind (audio, series, image) come first,
// with classes nothing uses yet; the others follow under "Other classes". The buttons
// scroll inside the dock rather than push it taller than the window.

#include "store/Records.h"
#include "store/SampleRecord.h"

#include <QHash>
#include <QWidget>
#include <vector>

class QLabel;
class QVBoxLayout;
class QGridLayout;
class QPushButton;
class QScrollArea;

namespace tally {

class LabelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LabelPanel(QWidget* parent = nullptr);

    void setClasses(const std::vector<ClassRecord>& classes);
    // Which kinds each class is used with (store/ClassKinds.h).
    void setClassKinds(const QHash<qint64, unsigned>& kinds);
    // The current sample's kind: its classes first.
    void setCurrentKind(SampleKind kind);
    // The class buttons' names in the order shown, and the count of the first group.
    QStringList buttonOrder() const;
    int firstGroupSize() const { return m_firstGroup; }
    // mine: my class name (empty = none); others: every other annotator's label.
    void setLabels(const QString& imported, const QString& mine, const QList<LabelRecord>& others,
                   bool blind);
    void setAnnotator(const QString& name, const QString& role);
    void clearSample();
    // The labelling assistant's suggestion beside the class buttons ("" hides it).
    void setSuggestion(const QString& text);
    QString suggestion() const;
    // Places a widget (such as the progress per class) under the class buttons.
    void addFooter(QWidget* widget);

Q_SIGNALS:
    void classClicked(qint64 classId);
    void clearClicked();

private:
    void rebuildButtons();
    bool appliesToCurrentKind(qint64 classId) const;
    QPushButton* classButton(const ClassRecord& c);

    std::vector<ClassRecord> m_classes;
    QHash<qint64, unsigned> m_kinds;
    SampleKind m_kind = SampleKind::Audio;
    int m_firstGroup = 0;
    QStringList m_order;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_annotator = nullptr;
    QLabel* m_imported = nullptr;
    QLabel* m_mine = nullptr;
    QLabel* m_others = nullptr;
    QLabel* m_suggestion = nullptr;
    QGridLayout* m_buttons = nullptr;
    QWidget* m_buttonBox = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace tally
