#include "TrendPlot.h"

#include <algorithm>
#include <cmath>

namespace tally {

namespace {

constexpr double kWheelZoomPerStep = 0.8; // span factor per 120 units of wheel delta, as TimePlot
constexpr double kValueMargin = 0.05;     // of the value span, above and below the data
constexpr double kStripMargin = 0.10;     // more below when the class strip is shown

const QColor kUnlabelledColour(190, 190, 190);
const QColor kUnknownClassColour(90, 90, 90);
const QColor kOnsetColour(200, 30, 30);
const QColor kBandColour(255, 190, 0, 70);

} // namespace

// The label strip: one filled rectangle per run of snapshots with the same class, each
// snapshot owning the time from the midpoint with its left neighbour to the midpoint
// with its right one. Drawn along the bottom of the axis rect, below the graphs.
class TrendPlot::ClassStrip : public QCPLayerable
{
public:
    struct Run
    {
        double startSec;
        double endSec;
        QColor colour;
    };

    ClassStrip(QCustomPlot* plot, QCPLayer* layer) : QCPLayerable(plot) { setLayer(layer); }

    void setRuns(std::vector<Run> runs) { m_runs = std::move(runs); }
    int runCount() const { return int(m_runs.size()); }

protected:
    QRect clipRect() const override { return mParentPlot->axisRect()->rect(); }
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override
    {
        applyAntialiasingHint(painter, false, QCP::aeOther);
    }
    void draw(QCPPainter* painter) override
    {
        const QCPAxis* x = mParentPlot->xAxis;
        const QRect r = mParentPlot->axisRect()->rect();
        const QCPRange range = x->range();
        painter->setPen(Qt::NoPen);
        for (const Run& run : m_runs) {
            if (run.endSec < range.lower || run.startSec > range.upper)
                continue;
            const double left = std::floor(x->coordToPixel(run.startSec));
            const double right = std::max(left + 1.0, std::ceil(x->coordToPixel(run.endSec)));
            painter->fillRect(
                QRectF(left, r.bottom() - kClassStripPx + 1, right - left, kClassStripPx),
                run.colour);
        }
    }

private:
    std::vector<Run> m_runs;
};

TrendPlot::TrendPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("trendPlot"));
    setMinimumSize(320, 200);
    setInteractions({}); // mouse handling is ours
    setFocusPolicy(Qt::ClickFocus);
    setNoAntialiasingOnDrag(true);

    addLayer(QStringLiteral("classes"), layer(QStringLiteral("main")), limBelow);
    m_strip = new ClassStrip(this, layer(QStringLiteral("classes")));
    addLayer(QStringLiteral("selection"), layer(QStringLiteral("main")), limAbove);
    m_overlay = layer(QStringLiteral("selection"));
    m_overlay->setMode(QCPLayer::lmBuffered); // a drag repaints only this layer

    m_band = new QCPItemRect(this);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(kBandColour);
    m_onsetLine = new QCPItemStraightLine(this);
    m_onsetLine->setPen(QPen(kOnsetColour, 1.5));
    m_onsetText = new QCPItemText(this);
    m_onsetText->setText(tr("onset"));
    m_onsetText->setColor(kOnsetColour);
    m_onsetText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_onsetText->setPadding(QMargins(3, 2, 3, 2));
    m_onsetText->setBrush(QColor(255, 255, 255, 200));
    for (QCPAbstractItem* item :
         {static_cast<QCPAbstractItem*>(m_band), static_cast<QCPAbstractItem*>(m_onsetLine),
          static_cast<QCPAbstractItem*>(m_onsetText)}) {
        item->setLayer(m_overlay);
        item->setClipToAxisRect(true);
        for (QCPItemPosition* p : item->positions()) {
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        item->setVisible(false);
    }

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(6);
    xAxis->setTicker(ticker);
    xAxis->setLabel(tr("time (UTC)"));
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &TrendPlot::updateTickFormat);

    // The legend is a row above the plot, so it never covers the data.
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setIconSize(18, 10);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowSpacing(0);
    legend->setVisible(false);
    updateTickFormat();
}

TrendPlot::~TrendPlot() = default;

void TrendPlot::setTrend(const std::vector<QDateTime>& times, const QList<TrendSeries>& series,
                         const QString& featureName)
{
    std::vector<double> sec;
    sec.reserve(times.size());
    for (const QDateTime& t : times)
        sec.push_back(t.toMSecsSinceEpoch() / 1000.0);
    setTrend(sec, series, featureName);
}

void TrendPlot::setTrend(const std::vector<double>& epochSec, const QList<TrendSeries>& series,
                         const QString& featureName)
{
    m_times = epochSec;
    m_series = series;
    for (TrendSeries& s : m_series)
        s.values.resize(m_times.size(), std::nan(""));
    m_featureName = featureName;
    yAxis->setLabel(featureName);
    m_onset.reset();
    m_selection.reset();
    m_drag = Drag::None;
    rebuildGraphs();
    setPointClasses({}, {});
    placeOnset();
    placeBand(0.0, 0.0);
    zoomToFit();
    replot(rpQueuedReplot);
}

// One line graph per channel, in the channel's colour; the class legend graphs after.
void TrendPlot::rebuildGraphs()
{
    clearGraphs();
    m_classGraphs.clear();
    QVector<double> keys(m_times.begin(), m_times.end());
    for (const TrendSeries& s : m_series) {
        QCPGraph* g = addGraph();
        g->setName(s.name);
        // Width 1 keeps Qt's fast line path: at 1.2 px the stroker made a 6,324 x 4
        // redraw 68 ms instead of 2 ms here. Adaptive sampling (QCPGraph's default)
        // draws a few points per pixel column however long the run.
        g->setPen(QPen(s.colour.isValid() ? s.colour : QColor(Qt::black), 1.0));
        g->setLineStyle(QCPGraph::lsLine);
        g->setData(keys, QVector<double>(s.values.begin(), s.values.end()), true);
    }
    updateValueRange();
}

void TrendPlot::setPointClasses(const QStringList& classPerPoint,
                                const QHash<QString, QColor>& classColours)
{
    std::vector<ClassStrip::Run> runs;
    const int n = classPerPoint.isEmpty() ? 0 : pointCount();
    const auto colourOf = [&](int i) {
        const QString c = i < classPerPoint.size() ? classPerPoint[i] : QString();
        if (c.isEmpty())
            return kUnlabelledColour;
        return classColours.value(c, kUnknownClassColour);
    };
    for (int i = 0; i < n; ++i) {
        const double start =
            i > 0 ? (m_times[size_t(i - 1)] + m_times[size_t(i)]) / 2 : m_times[size_t(i)];
        const double end =
            i + 1 < n ? (m_times[size_t(i)] + m_times[size_t(i + 1)]) / 2 : m_times[size_t(i)];
        const QColor colour = colourOf(i);
        if (!runs.empty() && runs.back().colour == colour)
            runs.back().endSec = end;
        else
            runs.push_back({start, end, colour});
    }
    m_strip->setRuns(std::move(runs));
    rebuildClassLegend(classColours, n > 0 ? classPerPoint : QStringList());
    updateValueRange();
    replot(rpQueuedReplot);
}

// Empty scatter graphs naming the classes in use, in order of first appearance.
void TrendPlot::rebuildClassLegend(const QHash<QString, QColor>& classColours,
                                   const QStringList& classPerPoint)
{
    for (QCPGraph* g : m_classGraphs)
        removeGraph(g);
    m_classGraphs.clear();
    QStringList seen;
    for (int i = 0; i < std::min(int(classPerPoint.size()), pointCount()); ++i)
        if (!seen.contains(classPerPoint[i]))
            seen << classPerPoint[i];
    for (const QString& c : seen) {
        QCPGraph* g = addGraph();
        g->setName(c.isEmpty() ? tr("unlabelled") : c);
        g->setLineStyle(QCPGraph::lsNone);
        const QColor colour =
            c.isEmpty() ? kUnlabelledColour : classColours.value(c, kUnknownClassColour);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, colour, colour, 9));
        m_classGraphs.push_back(g);
    }
    updateLegend();
}

int TrendPlot::classRunCount() const
{
    return m_strip->runCount();
}

void TrendPlot::updateLegend()
{
    legend->setVisible(m_series.size() > 1 || !m_classGraphs.empty());
    for (int i = 0; i < graphCount(); ++i)
        graph(i)->addToLegend();
    if (m_series.size() == 1 && !m_classGraphs.empty())
        graph(0)->removeFromLegend(); // the y label names the one line
}

void TrendPlot::updateValueRange()
{
    double lo = INFINITY, hi = -INFINITY;
    for (const TrendSeries& s : m_series)
        for (double v : s.values)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!(hi >= lo)) {
        lo = 0.0;
        hi = 1.0;
    }
    double span = hi - lo;
    if (span <= 0.0)
        span = std::max(std::abs(hi), 1.0) * 0.1;
    const double below = kValueMargin + (m_strip->runCount() > 0 ? kStripMargin : 0.0);
    yAxis->setRange(lo - span * below, hi + span * kValueMargin);
}

// Tick labels fit for the span in view: dates over ten days, hours and minutes below.
void TrendPlot::updateTickFormat()
{
    auto ticker = xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (!ticker)
        return;
    const double span = xAxis->range().size();
    if (span > 10 * 86400.0)
        ticker->setDateTimeFormat(QStringLiteral("d MMM yyyy"));
    else if (span > 2 * 3600.0)
        ticker->setDateTimeFormat(QStringLiteral("d MMM\nhh:mm"));
    else
        ticker->setDateTimeFormat(QStringLiteral("hh:mm:ss\nd MMM"));
}

double TrendPlot::firstSec() const
{
    return m_times.empty() ? 0.0 : m_times.front();
}

double TrendPlot::lastSec() const
{
    return m_times.empty() ? 0.0 : m_times.back();
}

void TrendPlot::zoomToFit()
{
    const double span = lastSec() - firstSec();
    const double pad = span > 0.0 ? span * 0.01 : 60.0;
    xAxis->setRange(firstSec() - pad, lastSec() + pad);
    replot(rpQueuedReplot);
}

void TrendPlot::setVisibleRange(double startSec, double endSec)
{
    if (!std::isfinite(startSec) || !std::isfinite(endSec) || m_times.empty())
        return;
    const double full = lastSec() - firstSec();
    const double pad = full > 0.0 ? full * 0.01 : 60.0;
    const double lo = firstSec() - pad, hi = lastSec() + pad;
    // At least two mean snapshot gaps (and a second) stay in view.
    const double minSpan = std::max(1.0, 2.0 * full / std::max(pointCount() - 1, 1));
    double span = std::clamp(endSec - startSec, minSpan, hi - lo);
    startSec = std::clamp(startSec, lo, hi - span);
    xAxis->setRange(startSec, startSec + span);
    replot(rpQueuedReplot);
}

int TrendPlot::nearestIndex(double epochSec) const
{
    if (m_times.empty())
        return -1;
    const auto it = std::lower_bound(m_times.begin(), m_times.end(), epochSec);
    if (it == m_times.begin())
        return 0;
    if (it == m_times.end())
        return pointCount() - 1;
    const int i = int(it - m_times.begin());
    return epochSec - m_times[size_t(i - 1)] <= m_times[size_t(i)] - epochSec ? i - 1 : i;
}

double TrendPlot::pixelAtTime(double epochSec) const
{
    return xAxis->coordToPixel(epochSec);
}

double TrendPlot::timeAtPixel(double xPx) const
{
    return xAxis->pixelToCoord(xPx);
}

void TrendPlot::setOnset(std::optional<int> index)
{
    if (index && (*index < 0 || *index >= pointCount()))
        index.reset();
    m_onset = index;
    placeOnset();
    repaintOverlay();
}

void TrendPlot::placeOnset()
{
    const double sec = m_onset ? timeAt(*m_onset) : 0.0;
    m_onsetLine->setVisible(m_onset.has_value());
    m_onsetText->setVisible(m_onset.has_value());
    m_onsetLine->point1->setCoords(sec, 0.0);
    m_onsetLine->point2->setCoords(sec, 1.0);
    m_onsetText->position->setCoords(sec, 0.0);
}

// The band over [startSec, endSec]; hidden when endSec <= startSec.
void TrendPlot::placeBand(double startSec, double endSec)
{
    m_band->setVisible(endSec > startSec);
    m_band->topLeft->setCoords(startSec, 0.0);
    m_band->bottomRight->setCoords(endSec, 1.0);
}

void TrendPlot::repaintOverlay()
{
    m_overlay->replot(); // a full replot while the layer buffers are not valid yet
}

void TrendPlot::setSelection(int firstIndex, int lastIndex)
{
    firstIndex = std::max(firstIndex, 0);
    lastIndex = std::min(lastIndex, pointCount() - 1);
    if (lastIndex < firstIndex) {
        clearSelection();
        return;
    }
    m_selection = std::make_pair(firstIndex, lastIndex);
    // A single snapshot gets a band a third of a mean gap wide, so it shows.
    const double half = firstIndex == lastIndex
                            ? (lastSec() - firstSec()) / std::max(pointCount() - 1, 1) / 6 + 0.5
                            : 0.0;
    placeBand(timeAt(firstIndex) - half, timeAt(lastIndex) + half);
    repaintOverlay();
}

void TrendPlot::clearSelection()
{
    m_selection.reset();
    placeBand(0.0, 0.0);
    repaintOverlay();
}

bool TrendPlot::clearSelectionByUser()
{
    const bool had = m_selection.has_value();
    clearSelection();
    if (had)
        Q_EMIT selectionCleared();
    return had;
}

void TrendPlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_pressSec = timeAtPixel(m_pressPos.x());
    m_pressRange = xAxis->range();
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool inRect = axisRect()->rect().contains(m_pressPos.toPoint());
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && shift))
        m_drag = Drag::Pan;
    else if (event->button() == Qt::LeftButton && inRect && !m_times.empty())
        m_drag = Drag::Pending;
    else
        m_drag = Drag::None;
    event->accept();
}

void TrendPlot::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::None:
        break;
    case Drag::Pan: {
        const double secPerPx = m_pressRange.size() / std::max(axisRect()->width(), 1);
        const double shiftSec = (pos.x() - m_pressPos.x()) * secPerPx;
        setVisibleRange(m_pressRange.lower - shiftSec, m_pressRange.upper - shiftSec);
        break;
    }
    case Drag::Pending:
        if (std::abs(pos.x() - m_pressPos.x()) < kDragThresholdPx)
            break;
        m_drag = Drag::Select;
        [[fallthrough]];
    case Drag::Select: {
        const double sec = timeAtPixel(pos.x());
        placeBand(std::min(m_pressSec, sec), std::max(m_pressSec, sec));
        repaintOverlay();
        break;
    }
    }
    event->accept();
}

void TrendPlot::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (event->button() == Qt::LeftButton && drag == Drag::Pending)
        endClick(event->position().x());
    else if (event->button() == Qt::LeftButton && drag == Drag::Select)
        endSelect(event->position().x());
    event->accept();
}

void TrendPlot::endClick(double xPx)
{
    clearSelectionByUser();
    const int i = nearestIndex(timeAtPixel(xPx));
    if (i >= 0 && std::abs(pixelAtTime(timeAt(i)) - xPx) <= kPickPx)
        Q_EMIT pointClicked(i);
}

// The snapshots whose time lies in the dragged range; the band stays as dragged.
void TrendPlot::endSelect(double xPx)
{
    const double a = m_pressSec, b = timeAtPixel(xPx);
    const double lo = std::min(a, b), hi = std::max(a, b);
    const auto first = std::lower_bound(m_times.begin(), m_times.end(), lo);
    const auto last = std::upper_bound(m_times.begin(), m_times.end(), hi);
    if (first == last) {
        clearSelectionByUser();
        return;
    }
    m_selection = std::make_pair(int(first - m_times.begin()), int(last - m_times.begin()) - 1);
    placeBand(lo, hi);
    repaintOverlay();
    Q_EMIT rangeSelected(m_selection->first, m_selection->second);
}

void TrendPlot::mouseDoubleClickEvent(QMouseEvent* event)
{
    mousePressEvent(event); // two clicks, as on TimePlot
}

void TrendPlot::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || m_times.empty()) {
        event->ignore();
        return;
    }
    const QCPRange r = xAxis->range();
    const double newSpan = r.size() * std::pow(kWheelZoomPerStep, steps);
    const double centre = timeAtPixel(event->position().x());
    const double start = centre - (centre - r.lower) * (newSpan / r.size());
    setVisibleRange(start, start + newSpan);
    event->accept();
}

void TrendPlot::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    if (m_drag == Drag::Select)
        m_drag = Drag::None;
    clearSelectionByUser();
    event->accept();
}

} // namespace tally
