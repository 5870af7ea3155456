#pragma once
// The panel of the Flagged queue for one sample: which check the queue walks (a combo:
// every check, or one), the sample's title and place in the queue ("2 of 7"), a table of
// the sample's active flags (check, measured value, threshold, the other sample of a
// duplicate or leak, detail), the reason line, and the actions Keep (K), Reject (R),
// Trim to Loudest Second (T), Previous and Next.
//
// The panel only reports: the actions are QActions the FlaggedQueue connects (their keys
// are registered in the window's ShortcutRegistry, so the shortcuts dialog lists and
// changes them); checkChosen(check) when the combo moves; previous / next. clearItem(), and
// setItem() with another sample, empty the reason line; nothing is emitted by setters.
//
// Keyboard (the panel's own, whenever it has focus and the reason line does not — the
// queue gives it focus): the keys of its actions (K, R, T by default), Left / Page Up,
// Right / Page Down, and / (focus the reason line). While the panel has focus these win
// over the window's single-key shortcuts (K is also Previous Sample, R the region tool):
// the panel accepts their ShortcutOverride. Keys with Ctrl, Alt or Meta (Ctrl+Z undoes),
// Space (play) and disabled actions are left to the window. In the reason line every key
// types; Enter or Escape hands the keyboard back to the panel.
// GUI thread only.

#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QComboBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tally {

// One row of the flags table, already formatted for display.
struct FlaggedRow
{
    QString check;
    QString value;
    QString threshold;
    QString other; // the other sample's file name, or empty
    QString detail;
};

struct FlaggedItem
{
    QString sampleTitle;
    int position = 0; // 1-based place in the queue
    int total = 0;
    QList<FlaggedRow> rows;
    bool trimOffered = false;
};

class FlaggedPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlaggedPanel(QWidget* parent = nullptr);

    // (text, check name) pairs; an empty check name means every check. Keeps the choice
    // when it is still offered.
    void setChecks(const QList<QPair<QString, QString>>& choices);
    QString chosenCheck() const;
    void chooseCheck(const QString& check); // emits checkChosen when it changes

    void setItem(const FlaggedItem& item);
    void clearItem(const QString& why);
    bool hasItem() const { return m_hasItem; }
    const FlaggedItem& item() const { return m_item; }
    QString reason() const;
    void setReason(const QString& reason);

    QAction* keepAction() const { return m_keep; }
    QAction* rejectAction() const { return m_reject; }
    QAction* trimAction() const { return m_trim; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QTableWidget* flagTable() const { return m_table; }
    QComboBox* checkCombo() const { return m_checks; }
    QString titleText() const;
    QString positionText() const;

Q_SIGNALS:
    void checkChosen(const QString& check);
    void previousRequested();
    void nextRequested();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* makeAction(const QString& text, Qt::Key key, const char* name);
    void buildLayout();
    // What the key does here: an action of the panel, or a navigation / reason key.
    QAction* actionForKey(const QKeyEvent* event) const;
    bool isPanelKey(const QKeyEvent* event) const;
    void updateEnabled();

    QComboBox* m_checks = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_position = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_reason = nullptr;
    QAction* m_keep = nullptr;
    QAction* m_reject = nullptr;
    QAction* m_trim = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
    FlaggedItem m_item;
    bool m_hasItem = false;
};

} // namespace tally
