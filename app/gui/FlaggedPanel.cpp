#include "gui/FlaggedPanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tally {

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the panel
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}

} // namespace

FlaggedPanel::FlaggedPanel(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_keep = makeAction(tr("&Keep (Dismiss the Flags)"), Qt::Key_K, "flagged.keep");
    m_reject = makeAction(tr("&Reject the Sample"), Qt::Key_R, "flagged.reject");
    m_trim = makeAction(tr("&Trim to Loudest Second"), Qt::Key_T, "flagged.trim");
    m_previous = makeAction(tr("&Previous"), Qt::Key_unknown, nullptr);
    m_next = makeAction(tr("&Next"), Qt::Key_unknown, nullptr);
    m_keep->setToolTip(tr("Keep the sample: the flags shown are dismissed with the reason"));
    m_reject->setToolTip(tr("Reject the sample (a review decision naming the checks)"));
    m_trim->setToolTip(tr("Add a region over the loudest second (wrong length, cut event)"));
    connect(m_previous, &QAction::triggered, this, &FlaggedPanel::previousRequested);
    connect(m_next, &QAction::triggered, this, &FlaggedPanel::nextRequested);
    buildLayout();
    clearItem(QString());
}

QAction* FlaggedPanel::makeAction(const QString& text, Qt::Key key, const char* name)
{
    auto* a = new QAction(text, this);
    if (name)
        a->setObjectName(QLatin1String(name));
    if (key != Qt::Key_unknown)
        a->setShortcut(QKeySequence(key));
    // Panel keys: they act only while the panel has the keyboard (see event()).
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    return a;
}

void FlaggedPanel::buildLayout()
{
    m_checks = new QComboBox(this);
    m_checks->setObjectName(QStringLiteral("flaggedCheck"));
    m_checks->setFocusPolicy(Qt::NoFocus);
    connect(m_checks, &QComboBox::activated, this, [this] { Q_EMIT checkChosen(chosenCheck()); });
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("flaggedTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("flaggedPosition"));

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("flaggedTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Check"), tr("Value"), tr("Threshold"), tr("Other sample"), tr("Detail")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("flaggedReason"));
    m_reason->setPlaceholderText(tr("kept after review"));
    m_reason->setToolTip(tr("Why the sample is kept (/ to type, Enter to go back)"));
    m_reason->installEventFilter(this);

    auto* form = new QFormLayout;
    form->addRow(tr("Check:"), m_checks);
    form->addRow(tr("Reason:"), m_reason);
    // One decision a row: the dock is narrow and the buttons say what they do in full.
    auto* decide = new QVBoxLayout;
    for (QAction* a : {m_keep, m_reject, m_trim})
        decide->addWidget(buttonFor(a, this));
    auto* walk = new QHBoxLayout;
    walk->addWidget(buttonFor(m_previous, this));
    walk->addWidget(m_position, 1, Qt::AlignCenter);
    walk->addWidget(buttonFor(m_next, this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(decide);
    layout->addLayout(walk);
}

void FlaggedPanel::setChecks(const QList<QPair<QString, QString>>& choices)
{
    const QString chosen = chosenCheck();
    m_checks->clear();
    for (const auto& [text, check] : choices)
        m_checks->addItem(text, check);
    const int at = m_checks->findData(chosen);
    m_checks->setCurrentIndex(at >= 0 ? at : 0);
}

QString FlaggedPanel::chosenCheck() const
{
    return m_checks->currentData().toString();
}

void FlaggedPanel::chooseCheck(const QString& check)
{
    const int at = m_checks->findData(check);
    if (at < 0 || at == m_checks->currentIndex())
        return;
    m_checks->setCurrentIndex(at);
    Q_EMIT checkChosen(check);
}

void FlaggedPanel::setItem(const FlaggedItem& item)
{
    // The reason typed stays while the same sample is shown again (another edit of it).
    if (!m_hasItem || item.sampleTitle != m_item.sampleTitle)
        m_reason->clear();
    m_item = item;
    m_hasItem = true;
    m_title->setText(item.sampleTitle);
    m_position->setText(tr("%1 of %2").arg(item.position).arg(item.total));
    m_table->setRowCount(int(item.rows.size()));
    for (int i = 0; i < int(item.rows.size()); ++i) {
        const FlaggedRow& r = item.rows[i];
        const QStringList cells{r.check, r.value, r.threshold, r.other, r.detail};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            cell->setToolTip(cells[c]);
            m_table->setItem(i, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
    updateEnabled();
}

void FlaggedPanel::clearItem(const QString& why)
{
    m_item = FlaggedItem();
    m_hasItem = false;
    m_title->setText(why);
    m_position->setText(tr("0 of 0"));
    m_table->setRowCount(0);
    m_reason->clear();
    updateEnabled();
}

QString FlaggedPanel::reason() const
{
    return m_reason->text().trimmed();
}

void FlaggedPanel::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString FlaggedPanel::titleText() const
{
    return m_title->text();
}

QString FlaggedPanel::positionText() const
{
    return m_position->text();
}

void FlaggedPanel::updateEnabled()
{
    m_keep->setEnabled(m_hasItem);
    m_reject->setEnabled(m_hasItem);
    m_trim->setEnabled(m_hasItem && m_item.trimOffered);
    m_reason->setEnabled(m_hasItem);
    m_previous->setEnabled(m_hasItem && m_item.position > 1);
    m_next->setEnabled(m_hasItem && m_item.position < m_item.total);
}

QAction* FlaggedPanel::actionForKey(const QKeyEvent* event) const
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        return m_previous;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        return m_next;
    default:
        break;
    }
    const QKeySequence key(event->keyCombination());
    for (QAction* a : {m_keep, m_reject, m_trim})
        if (a->shortcuts().contains(key))
            return a;
    return nullptr;
}

bool FlaggedPanel::isPanelKey(const QKeyEvent* event) const
{
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (m_reason->hasFocus() || (event->modifiers() & chord))
        return false;
    if (event->key() == Qt::Key_Slash)
        return m_reason->isEnabled();
    const QAction* a = actionForKey(event);
    return a && a->isEnabled();
}

bool FlaggedPanel::event(QEvent* event)
{
    // Our keys beat the window's single-key shortcuts while the panel has focus.
    if (event->type() == QEvent::ShortcutOverride && isPanelKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FlaggedPanel::keyPressEvent(QKeyEvent* event)
{
    if (!isPanelKey(event)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Slash)
        m_reason->setFocus(Qt::ShortcutFocusReason);
    else
        actionForKey(event)->trigger();
    event->accept();
}

bool FlaggedPanel::eventFilter(QObject* watched, QEvent* event)
{
    const bool press = event->type() == QEvent::KeyPress;
    if (watched == m_reason && (press || event->type() == QEvent::ShortcutOverride)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            // Overridden: Enter ends the reason here, not the window's Accept Suggestion.
            event->accept();
            if (press)
                setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tally
