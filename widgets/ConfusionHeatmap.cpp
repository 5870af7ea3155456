#include "ConfusionHeatmap.h"

#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace tally {

namespace {

constexpr double kMinTextPointSize = 6.0;
constexpr double kMaxTextPointSize = 11.0;
const QColor kDiagonal(20, 20, 20);

QCPColorGradient whiteToBlue()
{
    QCPColorGradient g;
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setColorStopAt(0.0, QColor(255, 255, 255));
    g.setColorStopAt(0.35, QColor(158, 202, 225));
    g.setColorStopAt(0.7, QColor(49, 130, 189));
    g.setColorStopAt(1.0, QColor(8, 48, 107));
    return g;
}

// Key (or value) range and size of the colour-map grid for n cells. QCPColorMap
// draws a 1-cell dimension with zero extent, so one cell becomes two equal
// half-cells covering [-0.5, 0.5].
QCPRange gridRange(int n)
{
    return n > 1 ? QCPRange(0, n - 1) : QCPRange(-0.25, 0.25);
}

int gridSize(int n)
{
    return std::max(2, n);
}

} // namespace

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent) : QCustomPlot(parent)
{
    setMinimumSize(220, 200);
    setMouseTracking(true);

    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), 11, QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    plotLayout()->setRowStretchFactor(0, 0.001);

    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setInterpolate(false);
    m_map->setSelectable(QCP::stNone);
    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(1, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    m_scale->axis()->setLabel(tr("Samples"));
    m_scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
    m_map->setColorScale(m_scale);
    m_map->setGradient(whiteToBlue());
    // The scale spans exactly the height of the map.
    auto* group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->grid()->setVisible(false);
        axis->setTickLength(0, 3);
        axis->setSubTicks(false);
    }
    yAxis->setRangeReversed(true); // row 0 on top

    connect(this, &QCustomPlot::afterLayout, this, &ConfusionHeatmap::onAfterLayout);
    clear();
}

QString ConfusionHeatmap::title() const
{
    return m_title->text();
}

void ConfusionHeatmap::setTitle(const QString& title)
{
    m_title->setText(title);
    replot(rpQueuedReplot);
}

void ConfusionHeatmap::clear()
{
    setMatrix({}, {}, {}, QString(), QString());
}

void ConfusionHeatmap::setMatrix(const QStringList& rowLabels, const QStringList& colLabels,
                                 const std::vector<std::vector<int>>& counts,
                                 const QString& rowTitle, const QString& colTitle)
{
    m_rowLabels = rowLabels;
    m_colLabels = colLabels;
    m_counts = counts;
    m_rowTitle = rowTitle;
    m_colTitle = colTitle;

    const int rows = rowCount();
    const int cols = columnCount();
    QCPColorMapData* data = m_map->data();
    data->setSize(gridSize(cols), gridSize(rows));
    data->setRange(gridRange(cols), gridRange(rows));
    data->fill(0.0);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            // One cell per (row, col); a 1-cell dimension fills both half-cells.
            for (int kc = c; kc < (cols == 1 ? 2 : c + 1); ++kc)
                for (int vr = r; vr < (rows == 1 ? 2 : r + 1); ++vr)
                    data->setCell(kc, vr, count(r, c));
        }
    }
    m_map->setVisible(rows > 0 && cols > 0);
    m_map->setDataRange(QCPRange(0, std::max(1, maxCount())));

    auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < cols; ++c)
        xTicks->addTick(c, colLabels[c]);
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < rows; ++r)
        yTicks->addTick(r, rowLabels[r]);
    xAxis->setTicker(xTicks);
    yAxis->setTicker(yTicks);
    xAxis->setLabel(colTitle);
    yAxis->setLabel(rowTitle);
    xAxis->setRange(-0.5, std::max(1, cols) - 0.5);
    yAxis->setRange(-0.5, std::max(1, rows) - 0.5);

    rebuildItems();
    replot(rpQueuedReplot);
}

void ConfusionHeatmap::rebuildItems()
{
    clearItems();
    m_texts.clear();
    m_frames.clear();
    const int max = std::max(1, maxCount());
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            auto* text = new QCPItemText(this);
            text->position->setAxes(xAxis, yAxis);
            text->position->setCoords(c, r);
            text->setPositionAlignment(Qt::AlignCenter);
            text->setText(QLocale().toString(count(r, c)));
            // Light text on dark cells.
            text->setColor(count(r, c) > 0.55 * max ? Qt::white : QColor(20, 20, 20));
            QFont f = font();
            f.setBold(isDiagonal(r, c));
            text->setFont(f);
            m_texts.push_back(text);
            if (!isDiagonal(r, c))
                continue;
            auto* frame = new QCPItemRect(this);
            frame->topLeft->setAxes(xAxis, yAxis);
            frame->bottomRight->setAxes(xAxis, yAxis);
            frame->topLeft->setCoords(c - 0.5, r - 0.5);
            frame->bottomRight->setCoords(c + 0.5, r + 0.5);
            frame->setPen(QPen(kDiagonal, 2.0));
            frame->setBrush(Qt::NoBrush);
            m_frames.push_back(frame);
        }
    }
    m_empty = new QCPItemText(this);
    m_empty->position->setAxisRect(axisRect());
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setText(tr("No labels to compare"));
    m_empty->setColor(Qt::darkGray);
    m_empty->setVisible(rowCount() == 0 || columnCount() == 0);
}

void ConfusionHeatmap::onAfterLayout()
{
    if (rowCount() == 0 || columnCount() == 0)
        return;
    const double cellW = axisRect()->width() / double(columnCount());
    const double cellH = axisRect()->height() / double(rowCount());
    // Column names rotate when they do not fit under their cells.
    const QFontMetrics tickMetrics(xAxis->tickLabelFont());
    int widest = 0;
    for (const QString& name : m_colLabels)
        widest = std::max(widest, tickMetrics.horizontalAdvance(name));
    const double rotation = widest + 6 > cellW ? -40.0 : 0.0;
    if (xAxis->tickLabelRotation() != rotation) {
        xAxis->setTickLabelRotation(rotation);
        replot(rpQueuedReplot);
    }
    // Counts scale with the cells; hidden when even the smallest size does not fit.
    const double pointSize =
        std::clamp(std::min(cellW, cellH) * 0.3, kMinTextPointSize, kMaxTextPointSize);
    for (QCPItemText* text : m_texts) {
        QFont f = text->font();
        f.setPointSizeF(pointSize);
        text->setFont(f);
        const QFontMetrics fm(f);
        text->setVisible(fm.horizontalAdvance(text->text()) + 4 <= cellW &&
                         fm.height() + 2 <= cellH);
    }
}

int ConfusionHeatmap::count(int row, int col) const
{
    if (row < 0 || size_t(row) >= m_counts.size())
        return 0;
    const std::vector<int>& r = m_counts[size_t(row)];
    return col >= 0 && size_t(col) < r.size() ? r[size_t(col)] : 0;
}

double ConfusionHeatmap::cellValue(int row, int col) const
{
    if (row < 0 || row >= rowCount() || col < 0 || col >= columnCount())
        return 0.0;
    const double key = columnCount() == 1 ? -0.25 : col;
    const double value = rowCount() == 1 ? -0.25 : row;
    return m_map->data()->data(key, value);
}

int ConfusionHeatmap::maxCount() const
{
    int max = 0;
    for (const std::vector<int>& row : m_counts)
        for (int n : row)
            max = std::max(max, n);
    return max;
}

int ConfusionHeatmap::rowTotal(int row) const
{
    int total = 0;
    for (int c = 0; c < columnCount(); ++c)
        total += count(row, c);
    return total;
}

QCPItemText* ConfusionHeatmap::textAt(int row, int col) const
{
    if (row < 0 || row >= rowCount() || col < 0 || col >= columnCount())
        return nullptr;
    return m_texts[size_t(row * columnCount() + col)];
}

QString ConfusionHeatmap::cellText(int row, int col) const
{
    const QCPItemText* text = textAt(row, col);
    return text ? text->text() : QString();
}

bool ConfusionHeatmap::cellTextVisible(int row, int col) const
{
    const QCPItemText* text = textAt(row, col);
    return text && text->visible();
}

bool ConfusionHeatmap::isDiagonal(int row, int col) const
{
    return row >= 0 && row < rowCount() && col >= 0 && col < columnCount() &&
           m_rowLabels[row] == m_colLabels[col];
}

QString ConfusionHeatmap::cellToolTip(int row, int col) const
{
    if (!textAt(row, col))
        return QString();
    const int total = rowTotal(row);
    const double share = total > 0 ? 100.0 * count(row, col) / total : 0.0;
    const QString who =
        tr("%1: %2, %3: %4")
            .arg(m_rowTitle.isEmpty() ? tr("Row") : m_rowTitle, m_rowLabels[row],
                 m_colTitle.isEmpty() ? tr("Column") : m_colTitle, m_colLabels[col]);
    return tr("%1\nCount %2 · %3% of the row")
        .arg(who, QLocale().toString(count(row, col)), QLocale().toString(share, 'f', 1));
}

QPointF ConfusionHeatmap::cellCentre(int row, int col) const
{
    return QPointF(xAxis->coordToPixel(col), yAxis->coordToPixel(row));
}

QPair<int, int> ConfusionHeatmap::cellAt(const QPointF& pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return {-1, -1};
    const int col = int(std::lround(xAxis->pixelToCoord(pos.x())));
    const int row = int(std::lround(yAxis->pixelToCoord(pos.y())));
    if (row < 0 || row >= rowCount() || col < 0 || col >= columnCount())
        return {-1, -1};
    return {row, col};
}

void ConfusionHeatmap::mousePressEvent(QMouseEvent* event)
{
    QCustomPlot::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QPair<int, int> cell = cellAt(event->position());
    if (cell.first >= 0)
        Q_EMIT cellClicked(cell.first, cell.second);
}

void ConfusionHeatmap::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QPair<int, int> cell = cellAt(event->position());
    if (cell.first < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), cellToolTip(cell.first, cell.second),
                       this);
}

} // namespace tally
