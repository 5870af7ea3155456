#include "SampleTable.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace tally {

namespace {
const QString kColumnsKey = QStringLiteral("sampleTable/columns");
}

SampleTable::SampleTable(QWidget* parent) : QWidget(parent)
{
    m_classes = new QComboBox(this);
    m_classes->setObjectName(QStringLiteral("classFilter"));
    m_classes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("textFilter"));
    m_search->setPlaceholderText(tr("Filter by path, class or group…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sampleView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Unsorted (project order) until the user clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // File names differ at their end (…_nohash_0, …_nohash_1): cut in the middle.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row heights keep a 100,000-row table scrolling without measuring rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_classes);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    setClasses({});
    connect(m_classes, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT classFilterChanged(classFilter()); });
    connect(m_search, &QLineEdit::textChanged, this, &SampleTable::textFilterChanged);
}

void SampleTable::setModel(QAbstractItemModel* model)
{
    m_view->setModel(model);
    // Narrow enough that File, Class, My label, Status and Split show side by side in the
    // 480 px a 1600 px window gives the table: a Speech Commands file name, then a status.
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->horizontalHeader()->setDefaultSectionSize(
        fm.horizontalAdvance(QStringLiteral("unlabelled")) + 10);
    m_view->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("0c2c4748_nohash_0.wav")) + 10);
    restoreColumns();
    QHeaderView* header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &SampleTable::saveColumns,
            Qt::UniqueConnection);
    connect(header, &QHeaderView::sectionMoved, this, &SampleTable::saveColumns,
            Qt::UniqueConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1);
            });
}

void SampleTable::setClasses(const QStringList& classes)
{
    const QString keep = classFilter();
    const QSignalBlocker block(m_classes);
    m_classes->clear();
    m_classes->addItem(tr("All classes"), QString());
    for (const QString& c : classes)
        m_classes->addItem(c, c);
    const int idx = m_classes->findData(keep);
    m_classes->setCurrentIndex(idx < 0 ? 0 : idx);
}

QString SampleTable::classFilter() const
{
    return m_classes->currentData().toString();
}

void SampleTable::selectRow(int row)
{
    if (!m_view->model() || row < 0 || row >= m_view->model()->rowCount())
        return;
    const QModelIndex idx = m_view->model()->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_view->scrollTo(idx);
}

int SampleTable::currentRow() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.row() : -1;
}

void SampleTable::clearFilters()
{
    m_classes->setCurrentIndex(0);
    m_search->clear();
}

// Column widths and order as the user left them, in the user's settings. A state saved
// for another number of columns (an older Tally) is ignored.
void SampleTable::restoreColumns()
{
    const QByteArray state = QSettings().value(kColumnsKey).toByteArray();
    QHeaderView* header = m_view->horizontalHeader();
    if (state.isEmpty() || !m_view->model())
        return;
    m_restoring = true;
    const int columns = header->count();
    if (!header->restoreState(state) || header->count() != columns)
        header->reset();
    m_restoring = false;
}

void SampleTable::saveColumns()
{
    if (!m_restoring)
        QSettings().setValue(kColumnsKey, m_view->horizontalHeader()->saveState());
}

void SampleTable::setCountText(const QString& text)
{
    m_count->setText(text);
}

} // namespace tally
