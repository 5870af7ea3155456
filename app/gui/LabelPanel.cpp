#include "gui/LabelPanel.h"

#include "gui/Labelling.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
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
    m_buttonBox = classes;
    m_buttons = new QGridLayout(classes);
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->addLayout(info);
    layout->addWidget(classes);
    layout->addStretch(1);
    clearSample();
}

void LabelPanel::setClasses(const std::vector<ClassRecord>& classes)
{
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int i = 0;
    for (const ClassRecord& c : classes) {
        const QString text = c.hotkey.isEmpty()
                                 ? c.name
                                 : QStringLiteral("%1  [%2]").arg(c.name, c.hotkey.toUpper());
        auto* b = new QPushButton(text, m_buttonBox);
        b->setFocusPolicy(Qt::NoFocus);
        const QColor col = Labelling::colourOf(c);
        b->setStyleSheet(
            QStringLiteral(
                "QPushButton { border-left: 6px solid %1; padding: 3px 8px; text-align: left; }")
                .arg(col.name()));
        b->setToolTip(c.description);
        const qint64 id = c.id;
        connect(b, &QPushButton::clicked, this, [this, id] { Q_EMIT classClicked(id); });
        m_buttons->addWidget(b, i / 2, i % 2);
        ++i;
    }
    auto* clear = new QPushButton(tr("Clear my label  [Del]"), m_buttonBox);
    clear->setFocusPolicy(Qt::NoFocus);
    connect(clear, &QPushButton::clicked, this, &LabelPanel::clearClicked);
    m_buttons->addWidget(clear, (i + 1) / 2, 0, 1, 2);
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
