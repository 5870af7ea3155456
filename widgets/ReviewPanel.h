#pragma once
// The reviewer's panel for one sample of the review queue: the sample's title
// and place in the queue ("3 of 12 · disputed"), each annotator's label side by
// side, the votes and their outcome, and the decision controls: one button per
// class, Reject, Send back, a reason line, and Previous / Skip / Next.
//
// The panel only reports: decided / rejected / sentBack carry the reason typed so
// far; the app records the decision and then calls setItem() with the next
// sample (or clearItem() when the queue is empty). setItem() and clearItem()
// empty the reason line. Nothing is emitted by setters.
//
// Keyboard (handled by the panel itself whenever it has focus and the reason
// line does not — the main window gives it focus in review mode):
//   class hotkey ("1".."9" or a letter, case-insensitive)  decide for that class
//   X                                                      reject
//   B                                                      send back
//   Left / Page Up                                         previous
//   Right / Page Down                                      next
//   Down                                                   skip
//   R or /                                                 focus the reason line
// A class hotkey wins over X, B and R when a project uses those letters for a
// class; the buttons still work. While the panel has focus these keys win over
// the window's single-key shortcuts (it accepts their ShortcutOverride); keys with
// Ctrl, Alt or Meta, and keys whose action is disabled, are left to the window.
// While the reason line has focus, every key types there: digits and letters
// never decide. Enter or Escape in the reason line commits nothing; it only
// hands focus back to the panel so the next key decides.
// Previous is disabled on the first item of the queue (position 1), Next on the
// last (position == total).
// The buttons take no focus, so clicking one leaves the keyboard with the panel.
// Without an item the decision keys and buttons are disabled (Previous stays).
// GUI thread only.

#include "ReviewItem.h"

#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QHBoxLayout;
class QGridLayout;

namespace tally {

class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    bool hasItem() const { return m_hasItem; }
    const ReviewItem& item() const { return m_item; }
    const QList<ReviewClass>& classes() const { return m_classes; }
    QString reason() const;
    void setReason(const QString& reason);

    // What the panel shows, for tests and accessibility checks.
    QString titleText() const;
    QString positionText() const;
    QString votesText() const;
    // One "annotator: class" entry per label card, in display order.
    QStringList shownLabels() const;
    // One "annotator: box, box" entry per box card (an image's boxes by annotator).
    QStringList shownBoxes() const;

    // The class whose hotkey matches `text` (case-insensitive); id -1 if none.
    ReviewClass classForKey(const QString& text) const;

    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* classButton(qint64 classId) const;
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* sendBackButton() const { return m_sendBack; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* nextButton() const { return m_next; }

public Q_SLOTS:
    // Replaces the class buttons; the decision keys follow the hotkeys given here.
    void setClasses(const QList<ReviewClass>& classes);
    void setItem(const ReviewItem& item);
    // "Nothing left to review".
    void clearItem();

Q_SIGNALS:
    void decided(qint64 classId, const QString& reason);
    void rejected(const QString& reason);
    void sentBack(const QString& reason);
    void previousRequested();
    void nextRequested();
    // Move on without deciding; the app may requeue the sample.
    void skipRequested();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    QPushButton* makeButton(const QString& text, const QString& toolTip);
    void rebuildLabelCards();
    void addBoxCards();
    void updateEnabled();
    // The enabled button (or the reason line) a key press goes to, or null when
    // the key is not the panel's. Keys click the buttons, so both paths emit the
    // same signals under the same conditions.
    QWidget* targetForKey(const QKeyEvent* event) const;
    QColor colourOf(const QString& className) const;

    QList<ReviewClass> m_classes;
    ReviewItem m_item;
    bool m_hasItem = false;

    QLabel* m_title = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_message = nullptr; // "Nothing left to review"
    QWidget* m_body = nullptr;   // the item's labels, votes and note
    QWidget* m_cards = nullptr;
    QHBoxLayout* m_cardLayout = nullptr;
    std::vector<QLabel*> m_cardAnnotators; // one per label card
    std::vector<QLabel*> m_cardClasses;    // one per label card
    QStringList m_boxCards;                // shownBoxes()
    QLabel* m_votes = nullptr;
    QLabel* m_imported = nullptr;
    QWidget* m_classRow = nullptr;
    QGridLayout* m_classLayout = nullptr;
    std::vector<QPushButton*> m_classButtons; // parallel to m_classes
    QPushButton* m_reject = nullptr;
    QPushButton* m_sendBack = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace tally
