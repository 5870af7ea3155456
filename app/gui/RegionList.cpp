#include "gui/RegionList.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tally {

RegionList::RegionList(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("regionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Start (s)"), tr("End (s)"), tr("Band (Hz)"), tr("Class"), tr("By")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT regionActivated(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { Q_EMIT regionSelected(selectedRegion()); });
}

void RegionList::setRegions(const QList<RegionRecord>& regions)
{
    const qint64 keep = selectedRegion();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(regions.size()));
    for (int row = 0; row < regions.size(); ++row) {
        const RegionRecord& r = regions[row];
        const QString band =
            r.hasBand() ? QStringLiteral("%L1–%L2").arg(qRound(*r.lowHz)).arg(qRound(*r.highHz))
                        : QString();
        const QLocale locale;
        const QStringList cells{locale.toString(r.startSec, 'f', 3),
                                locale.toString(r.endSec, 'f', 3), band, r.className,
                                r.annotatorName};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, c, item);
        }
    }
    selectRegion(keep);
}

void RegionList::selectRegion(qint64 id)
{
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

qint64 RegionList::selectedRegion() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1
                          : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

bool RegionList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            selectedRegion() > 0) {
            Q_EMIT deleteRequested(selectedRegion());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tally
