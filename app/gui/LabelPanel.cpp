#include "gui/LabelPanel.h"

#include "gui/Labelling.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tally {

LabelPanel::LabelPanel(QWidget* parent) : QWidget(parent)
{
    m_annotator = new QLabel(this);
    m_imported = new QLabel(this);
    m_mine = new QLabel(this);
    m_mine->setObjectName(QStringLiteral("myLabel"));
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("otherLabels"));
    m_others->setWordWrap(true);
    for (QLabel* l : {m_imported, m_mine, m_others})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* info = new QFormLayout;
    info->addRow(tr("Annotator:"), m_annotator);
    info->addRow(tr("Imported class:"), m_imported);
    info->addRow(tr("My label:"), m_mine);
    info->addRow(tr("Others:"), m_others);

    auto* classes = new QGroupBox(tr("Label with (hotkey)"), this);
    auto* groupLayout = new QVBoxLayout(classes);
    groupLayout->setContentsMargins(2, 2, 2, 2);
    m_scroll = new QScrollArea(classes);
    m_scroll->setObjectName(QStringLiteral("classScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_buttonBox = new QWidget;
    m_buttons = new QGridLayout(m_buttonBox);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setSpacing(3);
    m_scroll->setWidget(m_buttonBox);
    groupLayout->addWidget(m_scroll);
    m_suggestion = new QLabel(this);
    m_suggestion->setObjectName(QStringLiteral("suggestion"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setStyleSheet(QStringLiteral("QLabel { border: 1px dotted palette(mid);"
                                               " padding: 3px; }"));
    m_suggestion->hide();
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->addLayout(info);
    layout->addWidget(m_suggestion);
    layout->addWidget(classes, 1);
    clearSample();
}

void LabelPanel::setClasses(const std::vector<ClassRecord>& classes)
{
    m_classes = classes;
    rebuildButtons();
}

void LabelPanel::setClassKinds(const QHash<qint64, unsigned>& kinds)
{
    m_kinds = kinds;
    rebuildButtons();
}

void LabelPanel::setCurrentKind(SampleKind kind)
{
    if (kind == SampleKind::Background)
        kind = SampleKind::Audio;
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuildButtons();
}

// Used with this kind, or not used yet (a new class may be meant for anything).
bool LabelPanel::appliesToCurrentKind(qint64 classId) const
{
    const auto it = m_kinds.constFind(classId);
    if (it == m_kinds.constEnd())
        return true;
    unsigned mask = 1u << int(m_kind);
    if (m_kind == SampleKind::Audio)
        mask |= 1u << int(SampleKind::Background);
    return (*it & mask) != 0;
}

QPushButton* LabelPanel::classButton(const ClassRecord& c)
{
    const QString text =
        c.hotkey.isEmpty() ? c.name : QStringLiteral("%1  [%2]").arg(c.name, c.hotkey.toUpper());
    auto* b = new QPushButton(text, m_buttonBox);
    b->setFocusPolicy(Qt::NoFocus);
    const QColor col = Labelling::colourOf(c);
    b->setStyleSheet(
        QStringLiteral(
            "QPushButton { border-left: 6px solid %1; padding: 2px 6px; text-align: left; }")
            .arg(col.name()));
    b->setToolTip(c.description.isEmpty() ? c.name : c.description);
    const qint64 id = c.id;
    connect(b, &QPushButton::clicked, this, [this, id] { Q_EMIT classClicked(id); });
    return b;
}

void LabelPanel::rebuildButtons()
{
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int r = 0; r < m_buttons->rowCount(); ++r)
        m_buttons->setRowStretch(r, 0);
    std::vector<const ClassRecord*> first, other;
    for (const ClassRecord& c : m_classes)
        (appliesToCurrentKind(c.id) ? first : other).push_back(&c);
    m_firstGroup = int(first.size());
    m_order.clear();
    int row = 0;
    auto addGroup = [&](const std::vector<const ClassRecord*>& group) {
        for (int i = 0; i < int(group.size()); ++i) {
            m_buttons->addWidget(classButton(*group[size_t(i)]), row + i / 2, i % 2);
            m_order << group[size_t(i)]->name;
        }
        row += (int(group.size()) + 1) / 2;
    };
    addGroup(first);
    auto* clear = new QPushButton(tr("Clear my label  [Del]"), m_buttonBox);
    clear->setFocusPolicy(Qt::NoFocus);
    connect(clear, &QPushButton::clicked, this, &LabelPanel::clearClicked);
    m_buttons->addWidget(clear, row++, 0, 1, 2);
    if (!other.empty()) {
        auto* title =
            new QLabel(tr("Other classes (used with other kinds of sample)"), m_buttonBox);
        title->setObjectName(QStringLiteral("otherClassesTitle"));
        title->setWordWrap(true);
        m_buttons->addWidget(title, row++, 0, 1, 2);
        addGroup(other);
    }
    m_buttons->setRowStretch(row, 1);
}

QStringList LabelPanel::buttonOrder() const
{
    return m_order;
}

void LabelPanel::setLabels(const QString& imported, const QString& mine,
                           const QList<LabelRecord>& others, bool blind)
{
    m_imported->setText(imported.isEmpty() ? tr("—") : imported);
    m_mine->setText(mine.isEmpty() ? tr("— (unlabelled)")
                                   : QStringLiteral("<b>%1</b>").arg(mine.toHtmlEscaped()));
    if (blind) {
        m_others->setText(tr("hidden (blind labelling)"));
        return;
    }
    QStringList lines;
    for (const LabelRecord& l : others)
        lines << QStringLiteral("%1: %2").arg(l.annotatorName, l.className);
    m_others->setText(lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
}

void LabelPanel::setAnnotator(const QString& name, const QString& role)
{
    m_annotator->setText(QStringLiteral("%1 (%2)").arg(name, role));
}

void LabelPanel::setSuggestion(const QString& text)
{
    m_suggestion->setText(text);
    m_suggestion->setVisible(!text.isEmpty());
}

QString LabelPanel::suggestion() const
{
    return m_suggestion->isHidden() ? QString() : m_suggestion->text();
}

void LabelPanel::addFooter(QWidget* widget)
{
    m_layout->insertWidget(m_layout->count() - 1, widget); // above the stretch
}

void LabelPanel::clearSample()
{
    m_imported->setText(tr("—"));
    m_mine->setText(tr("—"));
    m_others->setText(tr("—"));
}

} // namespace tally
