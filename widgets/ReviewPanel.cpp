#include "ReviewPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace tally {

namespace {

constexpr int kClassColumns = 5; // class buttons per row
constexpr int kSwatchPx = 12;

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(kSwatchPx, kSwatchPx);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, kSwatchPx - 1, kSwatchPx - 1), 2, 2);
    return QIcon(pixmap);
}

// Button text shows '&' literally instead of as a mnemonic.
QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QLabel* smallGreyLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(100, 100, 100));
    label->setPalette(p);
    return label;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    buildLayout();
    clearItem();
}

QPushButton* ReviewPanel::makeButton(const QString& text, const QString& toolTip)
{
    auto* button = new QPushButton(text, this);
    button->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the panel
    button->setToolTip(toolTip);
    return button;
}

void ReviewPanel::buildLayout()
{
    auto* outer = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setMinimumWidth(80);
    m_position = smallGreyLabel(this);
    header->addWidget(m_title, 1);
    header->addWidget(m_position);
    outer->addLayout(header);

    m_message = new QLabel(tr("Nothing left to review"), this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(60);
    outer->addWidget(m_message);

    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_cards = new QWidget(m_body);
    m_cardLayout = new QHBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_cards);
    m_votes = new QLabel(m_body);
    body->addWidget(m_votes);
    m_imported = smallGreyLabel(m_body);
    m_imported->setWordWrap(true);
    body->addWidget(m_imported);
    outer->addWidget(m_body);

    m_classRow = new QWidget(this);
    m_classLayout = new QGridLayout(m_classRow);
    m_classLayout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_classRow);

    auto* verdicts = new QHBoxLayout;
    m_reject = makeButton(tr("Reject [X]"), tr("The sample is unusable (key X)"));
    m_sendBack = makeButton(tr("Send back [B]"), tr("Return the sample for relabelling (key B)"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Reason (optional; R to type, Enter to return)"));
    m_reason->setClearButtonEnabled(true);
    m_reason->installEventFilter(this);
    verdicts->addWidget(m_reject);
    verdicts->addWidget(m_sendBack);
    verdicts->addWidget(m_reason, 1);
    outer->addLayout(verdicts);

    auto* nav = new QHBoxLayout;
    m_previous = makeButton(tr("← Previous"), tr("Previous sample (Left or Page Up)"));
    m_skip = makeButton(tr("Skip ↓"), tr("Leave this sample undecided (Down)"));
    m_next = makeButton(tr("Next →"), tr("Next sample (Right or Page Down)"));
    nav->addWidget(m_previous);
    nav->addStretch(1);
    nav->addWidget(m_skip);
    nav->addWidget(m_next);
    outer->addLayout(nav);
    outer->addStretch(1);

    connect(m_reject, &QPushButton::clicked, this, [this] { Q_EMIT rejected(reason()); });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { Q_EMIT sentBack(reason()); });
    connect(m_previous, &QPushButton::clicked, this, &ReviewPanel::previousRequested);
    connect(m_skip, &QPushButton::clicked, this, &ReviewPanel::skipRequested);
    connect(m_next, &QPushButton::clicked, this, &ReviewPanel::nextRequested);
}

QString ReviewPanel::reason() const
{
    return m_reason->text().trimmed();
}

void ReviewPanel::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString ReviewPanel::titleText() const
{
    return m_title->text();
}

QString ReviewPanel::positionText() const
{
    return m_position->text();
}

QString ReviewPanel::votesText() const
{
    return m_votes->text();
}

QStringList ReviewPanel::shownLabels() const
{
    QStringList shown;
    for (size_t i = 0; i < m_cardClasses.size(); ++i)
        shown << tr("%1: %2").arg(m_cardAnnotators[i]->text(), m_cardClasses[i]->text());
    return shown;
}

QStringList ReviewPanel::shownBoxes() const
{
    return m_boxCards;
}

// One card per annotator with boxes: each box's class and place; the boxes no other
// annotator matches in red, so a box dispute shows where it is.
void ReviewPanel::addBoxCards()
{
    m_boxCards.clear();
    QStringList annotators;
    for (const ReviewBox& b : std::as_const(m_item.boxes))
        if (!annotators.contains(b.annotator))
            annotators << b.annotator;
    const QLocale locale;
    for (const QString& annotator : std::as_const(annotators)) {
        QStringList plain, rich;
        for (const ReviewBox& b : std::as_const(m_item.boxes)) {
            if (b.annotator != annotator)
                continue;
            const QString text =
                tr("%1 at %2, %3 (%4 × %5 px)")
                    .arg(b.className.isEmpty() ? tr("(no class)") : b.className,
                         locale.toString(qRound(b.x)), locale.toString(qRound(b.y)),
                         locale.toString(qRound(b.w)), locale.toString(qRound(b.h)));
            plain << (b.matched ? text : tr("%1 — no match").arg(text));
            rich << (b.matched ? text.toHtmlEscaped()
                               : QStringLiteral("<span style=\"color:#c0392b\"><b>%1</b></span>")
                                     .arg(tr("%1 — no match").arg(text).toHtmlEscaped()));
        }
        auto* card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(8, 4, 8, 4);
        layout->setSpacing(1);
        QLabel* who = smallGreyLabel(card);
        who->setText(tr("%1 · boxes").arg(annotator));
        auto* what = new QLabel(rich.join(QStringLiteral("<br>")), card);
        what->setTextFormat(Qt::RichText);
        layout->addWidget(who);
        layout->addWidget(what);
        m_cardLayout->addWidget(card);
        m_boxCards << tr("%1: %2").arg(annotator, plain.join(QStringLiteral("; ")));
    }
}

QColor ReviewPanel::colourOf(const QString& className) const
{
    for (const ReviewClass& cls : m_classes)
        if (cls.name == className)
            return cls.colour;
    return QColor(160, 160, 160);
}

ReviewClass ReviewPanel::classForKey(const QString& text) const
{
    if (!text.isEmpty())
        for (const ReviewClass& cls : m_classes)
            if (!cls.hotkey.isEmpty() && cls.hotkey.compare(text, Qt::CaseInsensitive) == 0)
                return cls;
    return ReviewClass();
}

QPushButton* ReviewPanel::classButton(qint64 classId) const
{
    for (int i = 0; i < m_classes.size(); ++i)
        if (m_classes[i].id == classId)
            return m_classButtons[size_t(i)];
    return nullptr;
}

void ReviewPanel::setClasses(const QList<ReviewClass>& classes)
{
    for (QPushButton* button : m_classButtons)
        delete button;
    m_classButtons.clear();
    m_classes = classes;
    for (int i = 0; i < m_classes.size(); ++i) {
        const ReviewClass& cls = m_classes[i];
        const QString text = cls.hotkey.isEmpty()
                                 ? escaped(cls.name)
                                 : tr("%1 [%2]").arg(escaped(cls.name), cls.hotkey.toUpper());
        QPushButton* button = makeButton(text, tr("Decide: %1").arg(cls.name));
        button->setIcon(swatch(cls.colour));
        m_classLayout->addWidget(button, i / kClassColumns, i % kClassColumns);
        const qint64 id = cls.id;
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT decided(id, reason()); });
        m_classButtons.push_back(button);
    }
    rebuildLabelCards(); // card colours follow the classes
    updateEnabled();
}

void ReviewPanel::setItem(const ReviewItem& item)
{
    m_item = item;
    m_hasItem = true;
    m_reason->clear();
    m_title->setText(item.sampleTitle);
    m_title->setToolTip(item.sampleTitle);
    if (item.total > 0)
        m_position->setText(
            item.status.isEmpty()
                ? tr("%1 of %2").arg(item.position).arg(item.total)
                : tr("%1 of %2 · %3").arg(item.position).arg(item.total).arg(item.status));
    else
        m_position->setText(item.status);
    const QString outcome =
        item.voteOutcome.isEmpty() ? QString() : tr(" → %1").arg(item.voteOutcome);
    m_votes->setText(tr("Votes: ▲ %1 up  ▼ %2 down%3").arg(item.up).arg(item.down).arg(outcome));
    m_imported->setText(item.imported.isEmpty() ? QString()
                                                : tr("Imported: %1").arg(item.imported));
    m_imported->setVisible(!item.imported.isEmpty());
    m_message->setVisible(false);
    m_body->setVisible(true);
    rebuildLabelCards();
    updateEnabled();
}

void ReviewPanel::clearItem()
{
    m_item = ReviewItem();
    m_hasItem = false;
    m_reason->clear();
    m_title->setText(tr("Review"));
    m_title->setToolTip(QString());
    m_position->clear();
    m_votes->clear();
    m_imported->clear();
    m_message->setVisible(true);
    m_body->setVisible(false);
    rebuildLabelCards();
    updateEnabled();
}

void ReviewPanel::rebuildLabelCards()
{
    while (QLayoutItem* child = m_cardLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    m_cardAnnotators.clear();
    m_cardClasses.clear();
    for (const auto& [annotator, className] : m_item.labels) {
        auto* card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        // A bar in the class colour down the card's left side.
        card->setObjectName(QStringLiteral("labelCard"));
        card->setStyleSheet(QStringLiteral("#labelCard { background: palette(base); border: 1px "
                                           "solid #c8c8c8; border-left: 5px solid %1; }")
                                .arg(colourOf(className).name()));
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(8, 4, 8, 4);
        layout->setSpacing(1);
        QLabel* who = smallGreyLabel(card);
        who->setText(annotator);
        auto* what = new QLabel(className.isEmpty() ? tr("(no label)") : className, card);
        QFont f = what->font();
        f.setBold(true);
        what->setFont(f);
        layout->addWidget(who);
        layout->addWidget(what);
        m_cardLayout->addWidget(card);
        m_cardAnnotators.push_back(who);
        m_cardClasses.push_back(what);
    }
    addBoxCards();
    if (m_item.labels.isEmpty() && m_item.boxes.isEmpty() && m_hasItem) {
        QLabel* none = smallGreyLabel(m_cards);
        none->setText(tr("No annotator has labelled this sample."));
        m_cardLayout->addWidget(none);
    }
    m_cardLayout->addStretch(1);
}

void ReviewPanel::updateEnabled()
{
    for (QPushButton* button : m_classButtons)
        button->setEnabled(m_hasItem);
    m_reject->setEnabled(m_hasItem);
    m_sendBack->setEnabled(m_hasItem);
    m_reason->setEnabled(m_hasItem);
    m_skip->setEnabled(m_hasItem);
    m_next->setEnabled(m_hasItem && (m_item.total == 0 || m_item.position < m_item.total));
    // Without an item Previous returns to the last sample reviewed.
    m_previous->setEnabled(!m_hasItem || m_item.position != 1);
}

QWidget* ReviewPanel::targetForKey(const QKeyEvent* event) const
{
    // Keys the reason line did not take (it has focus) are not ours either.
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (m_reason->hasFocus() || (event->modifiers() & chord))
        return nullptr;
    const ReviewClass cls = classForKey(event->text());
    QWidget* target = nullptr;
    if (cls.id >= 0) {
        target = classButton(cls.id);
    } else {
        switch (event->key()) {
        case Qt::Key_X:
            target = m_reject;
            break;
        case Qt::Key_B:
            target = m_sendBack;
            break;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
            target = m_previous;
            break;
        case Qt::Key_Right:
        case Qt::Key_PageDown:
            target = m_next;
            break;
        case Qt::Key_Down:
            target = m_skip;
            break;
        case Qt::Key_R:
        case Qt::Key_Slash:
            target = m_reason;
            break;
        default:
            break;
        }
    }
    return target && target->isEnabled() ? target : nullptr;
}

bool ReviewPanel::event(QEvent* event)
{
    // Our keys beat the window's single-key shortcuts while the panel has focus.
    if (event->type() == QEvent::ShortcutOverride && targetForKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ReviewPanel::keyPressEvent(QKeyEvent* event)
{
    QWidget* target = targetForKey(event);
    if (!target) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (target == m_reason)
        m_reason->setFocus(Qt::ShortcutFocusReason);
    else
        static_cast<QPushButton*>(target)->click();
    event->accept();
}

bool ReviewPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Enter / Escape in the reason line commit nothing: they hand the keyboard
    // back to the panel (the reason text stays).
    // ShortcutOverride too, so that no window shortcut on Enter takes the key first.
    const bool press = event->type() == QEvent::KeyPress;
    if (watched == m_reason && (press || event->type() == QEvent::ShortcutOverride)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            event->accept();
            if (press)
                setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tally
