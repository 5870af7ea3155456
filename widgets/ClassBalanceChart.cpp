#include "ClassBalanceChart.h"

#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace tally {

namespace {

constexpr double kBarWidth = 0.7;        // key units, without a preview
constexpr double kPairedWidth = 0.38;    // key units, current and preview side by side
constexpr double kPairedOffset = 0.2;    // key offset of each bar of a pair
constexpr int kLabelPadPx = 3;           // between a bar's end and its label
constexpr double kMinLabelPointSize = 6; // labels shrink down to this, then hide
const QColor kWarning(190, 20, 20);
const QColor kThreshold(200, 40, 40);

const QList<QColor>& stackPalette()
{
    static const QList<QColor> colours = {
        QColor(55, 126, 184), QColor(255, 127, 0), QColor(77, 175, 74),   QColor(152, 78, 163),
        QColor(228, 26, 28),  QColor(166, 86, 40), QColor(247, 129, 191), QColor(153, 153, 153)};
    return colours;
}

double nan()
{
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

ClassBalanceChart::ClassBalanceChart(QWidget* parent) : QCustomPlot(parent), m_threshold(nan())
{
    setMinimumSize(240, 180);
    setMouseTracking(true);

    // Rows: title, legend, axis rect, warnings.
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), 11, QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    // The legend sits centred in a row of its own, between two stretching spacers,
    // so it never covers a bar.
    plotLayout()->insertRow(1);
    auto* legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow);
    axisRect()->insetLayout()->take(legend);
    legendRow->addElement(0, 0, new QCPLayoutElement(this));
    legendRow->addElement(0, 1, legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(this));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(6, 0, 6, 0));
    m_warningRow = new QCPTextElement(this, QString(), font());
    m_warningRow->setTextColor(kWarning);
    m_warningRow->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_warningRow->setVisible(false);
    m_warningRow->setMargins(QMargins(0, 0, 0, 0));
    plotLayout()->addElement(3, 0, m_warningRow);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowStretchFactor(1, 0.001);
    plotLayout()->setRowStretchFactor(3, 0.001);
    plotLayout()->setRowSpacing(2);

    // Bar and threshold labels above the bars and the threshold line.
    addLayer(QStringLiteral("labels"), layer(QStringLiteral("main")), QCustomPlot::limAbove);

    connect(this, &QCustomPlot::afterLayout, this, &ClassBalanceChart::onAfterLayout);
    rebuild();
}

QString ClassBalanceChart::title() const
{
    return m_title->text();
}

QString ClassBalanceChart::warningText() const
{
    return m_warningRow->text();
}

bool ClassBalanceChart::warningsVisible() const
{
    return m_warningRow->visible() && !m_warningRow->text().isEmpty();
}

QCPAxis* ClassBalanceChart::keyAxis() const
{
    return m_orientation == Qt::Vertical ? xAxis : yAxis;
}

QCPAxis* ClassBalanceChart::valueAxis() const
{
    return m_orientation == Qt::Vertical ? yAxis : xAxis;
}

QColor ClassBalanceChart::stackColour(int stack) const
{
    if (stack >= 0 && stack < m_data.stackColours.size() && m_data.stackColours[stack].isValid())
        return m_data.stackColours[stack];
    return stackPalette()[stack % stackPalette().size()];
}

QString ClassBalanceChart::formatAmount(double value) const
{
    if (m_data.unit == QLatin1String("hours"))
        return tr("%1 h").arg(QLocale().toString(value, 'f', value < 10.0 ? 2 : 1));
    return QLocale().toString(std::llround(value));
}

void ClassBalanceChart::setData(const BalanceData& data)
{
    m_data = data;
    m_hasPreview = false;
    m_preview = BalanceData();
    rebuild();
}

void ClassBalanceChart::setPreview(const BalanceData& after)
{
    m_preview = after;
    m_hasPreview = true;
    rebuild();
}

void ClassBalanceChart::clearPreview()
{
    if (!m_hasPreview)
        return;
    m_hasPreview = false;
    m_preview = BalanceData();
    rebuild();
}

void ClassBalanceChart::setTitle(const QString& title)
{
    m_title->setText(title);
    replot(rpQueuedReplot);
}

void ClassBalanceChart::setWarnings(const QStringList& warnings)
{
    m_warnings = warnings;
    m_warningRow->setText(warnings.join(QLatin1Char('\n')));
    m_warningRow->setVisible(!warnings.isEmpty());
    m_warningRow->setMargins(warnings.isEmpty() ? QMargins() : QMargins(8, 2, 8, 4));
    replot(rpQueuedReplot);
}

void ClassBalanceChart::setThresholdLine(double value)
{
    m_threshold = std::isfinite(value) && value >= 0.0 ? value : nan();
    rebuildThreshold();
    updateRanges();
    replot(rpQueuedReplot);
}

void ClassBalanceChart::clearThresholdLine()
{
    setThresholdLine(nan());
}

void ClassBalanceChart::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    m_orientation = orientation;
    rebuild();
}

double ClassBalanceChart::planned(int stack, int category) const
{
    const int s = m_preview.stacks.indexOf(m_data.stacks.value(stack));
    const int c = m_preview.categories.indexOf(m_data.categories.value(category));
    return s < 0 || c < 0 ? 0.0 : m_preview.value(s, c);
}

double ClassBalanceChart::plannedTotal(int category) const
{
    double total = 0.0;
    for (int s = 0; s < stackCount(); ++s)
        total += planned(s, category);
    return total;
}

QCPBars* ClassBalanceChart::makeBars(int stack, bool preview)
{
    auto* bars = new QCPBars(keyAxis(), valueAxis());
    const QColor colour = stackColour(stack);
    bars->setName(m_data.stacks.value(stack));
    bars->setWidth(m_hasPreview ? kPairedWidth : kBarWidth);
    bars->setSelectable(QCP::stNone);
    if (preview) {
        // Ghost bars: a pale fill and a dashed outline in the stack's colour.
        QColor fill = colour;
        fill.setAlpha(45);
        bars->setBrush(fill);
        bars->setPen(QPen(colour.darker(115), 1.4, Qt::DashLine));
        bars->removeFromLegend();
    } else {
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(130), 1.0));
    }
    return bars;
}

void ClassBalanceChart::rebuild()
{
    clearPlottables();
    clearItems();
    m_bars.clear();
    m_previewBars.clear();
    m_labels.clear();
    m_previewLabels.clear();
    m_previewKey = nullptr;
    m_thresholdLine = nullptr;
    m_thresholdText = nullptr;

    xAxis->setRangeReversed(false);
    yAxis->setRangeReversed(m_orientation == Qt::Horizontal); // first category on top
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < categoryCount(); ++c)
        ticker->addTick(c, m_data.categories[c]);
    keyAxis()->setTicker(ticker);
    keyAxis()->setTickLength(0, 3);
    keyAxis()->grid()->setVisible(false);
    keyAxis()->setLabel(QString());
    keyAxis()->setTickLabelRotation(0);
    valueAxis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
    valueAxis()->setTickLength(0, 4);
    valueAxis()->grid()->setVisible(true);
    valueAxis()->setTickLabelRotation(0);
    valueAxis()->setLabel(m_data.unit == QLatin1String("hours") ? tr("Hours") : tr("Samples"));

    for (int s = 0; s < stackCount(); ++s) {
        m_bars.push_back(makeBars(s, false));
        if (s > 0)
            m_bars[size_t(s)]->moveAbove(m_bars[size_t(s - 1)]);
    }
    if (m_hasPreview) {
        for (int s = 0; s < stackCount(); ++s) {
            m_previewBars.push_back(makeBars(s, true));
            if (s > 0)
                m_previewBars[size_t(s)]->moveAbove(m_previewBars[size_t(s - 1)]);
        }
        m_previewKey = new QCPBars(keyAxis(), valueAxis());
        m_previewKey->setName(tr("Planned (outlined)"));
        m_previewKey->setBrush(QColor(120, 120, 120, 45));
        m_previewKey->setPen(QPen(QColor(90, 90, 90), 1.4, Qt::DashLine));
    }
    fillBars();
    rebuildLabels();
    rebuildThreshold();

    m_empty = new QCPItemText(this);
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->position->setAxisRect(axisRect());
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setText(tr("Nothing to show"));
    m_empty->setColor(Qt::darkGray);
    m_empty->setVisible(categoryCount() == 0 || stackCount() == 0);

    updateLegend();
    updateRanges();
    replot(rpQueuedReplot);
}

void ClassBalanceChart::fillBars()
{
    const double offset = m_hasPreview ? kPairedOffset : 0.0;
    for (int s = 0; s < stackCount(); ++s) {
        QVector<double> keys, values, plannedValues, plannedKeys;
        for (int c = 0; c < categoryCount(); ++c) {
            keys << c - offset;
            values << m_data.value(s, c);
            plannedKeys << c + offset;
            plannedValues << planned(s, c);
        }
        m_bars[size_t(s)]->setData(keys, values, true);
        if (m_hasPreview)
            m_previewBars[size_t(s)]->setData(plannedKeys, plannedValues, true);
    }
}

QString ClassBalanceChart::labelText(double total, double grandTotal) const
{
    const double percent = grandTotal > 0.0 ? 100.0 * total / grandTotal : 0.0;
    const QString share = tr("%1%").arg(QLocale().toString(percent, 'f', 1));
    // Vertical bars are narrow: amount and share on two lines.
    const QString format = m_orientation == Qt::Vertical ? tr("%1\n%2") : tr("%1 (%2)");
    return format.arg(formatAmount(total), share);
}

void ClassBalanceChart::rebuildLabels()
{
    double grand = 0.0, plannedGrand = 0.0;
    for (int c = 0; c < categoryCount(); ++c) {
        grand += categoryTotal(c);
        plannedGrand += m_hasPreview ? plannedTotal(c) : 0.0;
    }
    const double offset = m_hasPreview ? kPairedOffset : 0.0;
    const Qt::Alignment align = m_orientation == Qt::Vertical ? Qt::AlignHCenter | Qt::AlignBottom
                                                              : Qt::AlignLeft | Qt::AlignVCenter;
    auto makeLabel = [&](double key, double value, const QString& text, bool preview) {
        auto* label = new QCPItemText(this);
        label->setClipToAxisRect(false);
        label->position->setAxes(xAxis, yAxis);
        if (m_orientation == Qt::Vertical)
            label->position->setCoords(key, value);
        else
            label->position->setCoords(value, key);
        label->setPositionAlignment(align);
        label->setTextAlignment(Qt::AlignCenter);
        label->setPadding(m_orientation == Qt::Vertical ? QMargins(0, 0, 0, kLabelPadPx)
                                                        : QMargins(kLabelPadPx, 0, 0, 0));
        label->setColor(preview ? QColor(90, 90, 90) : QColor(30, 30, 30));
        label->setLayer(QStringLiteral("labels"));
        label->setBrush(QColor(255, 255, 255, 190)); // readable over the threshold line
        QFont f = font();
        f.setItalic(preview);
        label->setFont(f);
        label->setText(text);
        return label;
    };
    for (int c = 0; c < categoryCount(); ++c) {
        const double total = categoryTotal(c);
        m_labels.push_back(makeLabel(c - offset, total, labelText(total, grand), false));
        if (m_hasPreview) {
            const double after = plannedTotal(c);
            m_previewLabels.push_back(
                makeLabel(c + offset, after, labelText(after, plannedGrand), true));
        }
    }
}

void ClassBalanceChart::rebuildThreshold()
{
    if (m_thresholdLine) {
        removeItem(m_thresholdLine);
        removeItem(m_thresholdText);
        m_thresholdLine = nullptr;
        m_thresholdText = nullptr;
    }
    if (!std::isfinite(m_threshold))
        return;
    m_thresholdLine = new QCPItemStraightLine(this);
    m_thresholdLine->setPen(QPen(kThreshold, 1.5, Qt::DashLine));
    m_thresholdText = new QCPItemText(this);
    m_thresholdText->setColor(kThreshold);
    m_thresholdText->setText(tr("threshold %1").arg(formatAmount(m_threshold)));
    QFont f = font();
    f.setPointSizeF(std::max(kMinLabelPointSize, f.pointSizeF() - 1));
    m_thresholdText->setFont(f);
    m_thresholdText->setLayer(QStringLiteral("labels"));
    m_thresholdText->setBrush(QColor(255, 255, 255, 190));
    for (QCPItemPosition* p :
         {m_thresholdLine->point1, m_thresholdLine->point2, m_thresholdText->position}) {
        p->setAxes(xAxis, yAxis);
        p->setAxisRect(axisRect());
        p->setTypeX(m_orientation == Qt::Vertical ? QCPItemPosition::ptAxisRectRatio
                                                  : QCPItemPosition::ptPlotCoords);
        p->setTypeY(m_orientation == Qt::Vertical ? QCPItemPosition::ptPlotCoords
                                                  : QCPItemPosition::ptAxisRectRatio);
    }
    QCPItemPosition* t = m_thresholdText->position;
    if (m_orientation == Qt::Vertical) {
        m_thresholdLine->point1->setCoords(0, m_threshold);
        m_thresholdLine->point2->setCoords(1, m_threshold);
        t->setTypeX(QCPItemPosition::ptAxisRectRatio);
        t->setTypeY(QCPItemPosition::ptPlotCoords);
        t->setCoords(0.995, m_threshold);
        m_thresholdText->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    } else {
        m_thresholdLine->point1->setCoords(m_threshold, 0);
        m_thresholdLine->point2->setCoords(m_threshold, 1);
        t->setTypeX(QCPItemPosition::ptPlotCoords);
        t->setTypeY(QCPItemPosition::ptAxisRectRatio);
        t->setCoords(m_threshold, 0.995);
        m_thresholdText->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        m_thresholdText->setPadding(QMargins(3, 0, 0, 0));
    }
}

void ClassBalanceChart::updateLegend()
{
    // Hidden when it would name a single anonymous stack.
    legend->setVisible(stackCount() > 1 || m_hasPreview);
    legend->setWrap(std::max(1, stackCount() + (m_hasPreview ? 1 : 0)));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-wrap existing items
}

void ClassBalanceChart::updateRanges()
{
    keyAxis()->setRange(-0.5, std::max(0, categoryCount() - 1) + 0.5);
    double top = 0.0;
    for (int c = 0; c < categoryCount(); ++c)
        top = std::max({top, categoryTotal(c), m_hasPreview ? plannedTotal(c) : 0.0});
    if (std::isfinite(m_threshold))
        top = std::max(top, m_threshold);
    // Headroom for the labels; onAfterLayout widens it to the labels' real size.
    valueAxis()->setRange(0.0, top > 0.0 ? top * 1.15 : 1.0);
}

void ClassBalanceChart::onAfterLayout()
{
    if (categoryCount() == 0)
        return;
    const bool vertical = m_orientation == Qt::Vertical;
    const double slotPx = std::abs(keyAxis()->coordToPixel(1) - keyAxis()->coordToPixel(0));
    const double barPx = slotPx * (m_hasPreview ? kPairedWidth + 0.08 : 0.95);
    // Category names rotate when they do not fit under their bars.
    if (vertical) {
        const QFontMetrics fm(keyAxis()->tickLabelFont());
        int widest = 0;
        for (const QString& name : m_data.categories)
            widest = std::max(widest, fm.horizontalAdvance(name));
        const double rotation = widest + 6 > slotPx ? -40.0 : 0.0;
        if (keyAxis()->tickLabelRotation() != rotation) {
            keyAxis()->setTickLabelRotation(rotation);
            replot(rpQueuedReplot);
        }
    }
    // Labels shrink to fit their bar (vertical) and hide when even the smallest
    // size does not fit; the tooltip still tells.
    double labelExtentPx = 0.0;
    auto fit = [&](QCPItemText* label) {
        QFont f = font();
        f.setItalic(label->font().italic());
        for (;;) {
            const QFontMetrics fm(f);
            const QRect r = fm.boundingRect(QRect(), Qt::AlignCenter, label->text());
            if (!vertical || r.width() <= barPx || f.pointSizeF() <= kMinLabelPointSize) {
                label->setFont(f);
                label->setVisible(!vertical || r.width() <= barPx);
                labelExtentPx = std::max(labelExtentPx,
                                         double(vertical ? r.height() : r.width()) + kLabelPadPx);
                return;
            }
            f.setPointSizeF(f.pointSizeF() - 0.5);
        }
    };
    for (QCPItemText* label : m_labels)
        fit(label);
    for (QCPItemText* label : m_previewLabels)
        fit(label);
    // Value range: the tallest bar leaves room for its label.
    double top = 0.0;
    for (int c = 0; c < categoryCount(); ++c)
        top = std::max({top, categoryTotal(c), m_hasPreview ? plannedTotal(c) : 0.0});
    if (std::isfinite(m_threshold))
        top = std::max(top, m_threshold * 1.02);
    const double lengthPx = vertical ? axisRect()->height() : axisRect()->width();
    if (top <= 0.0 || lengthPx <= labelExtentPx + 10)
        return;
    const double upper = top * lengthPx / (lengthPx - labelExtentPx - 6);
    if (std::abs(valueAxis()->range().upper - upper) > 0.01 * upper) {
        valueAxis()->setRange(0.0, upper);
        replot(rpQueuedReplot);
    }
}

double ClassBalanceChart::barValue(int stack, int category) const
{
    QCPBars* b = bars(stack);
    if (!b || category < 0 || category >= b->data()->size())
        return 0.0;
    return (b->data()->constBegin() + category)->value;
}

double ClassBalanceChart::previewValue(int stack, int category) const
{
    QCPBars* b = previewBars(stack);
    if (!b)
        return nan();
    if (category < 0 || category >= b->data()->size())
        return 0.0;
    return (b->data()->constBegin() + category)->value;
}

double ClassBalanceChart::categoryTotal(int category) const
{
    double total = 0.0;
    for (int s = 0; s < stackCount(); ++s)
        total += barValue(s, category);
    return total;
}

QString ClassBalanceChart::barLabel(int category) const
{
    return category >= 0 && size_t(category) < m_labels.size() ? m_labels[size_t(category)]->text()
                                                               : QString();
}

QString ClassBalanceChart::previewLabel(int category) const
{
    return category >= 0 && size_t(category) < m_previewLabels.size()
               ? m_previewLabels[size_t(category)]->text()
               : QString();
}

QCPBars* ClassBalanceChart::bars(int stack) const
{
    return stack >= 0 && size_t(stack) < m_bars.size() ? m_bars[size_t(stack)] : nullptr;
}

QCPBars* ClassBalanceChart::previewBars(int stack) const
{
    return stack >= 0 && size_t(stack) < m_previewBars.size() ? m_previewBars[size_t(stack)]
                                                              : nullptr;
}

QString ClassBalanceChart::segmentToolTip(int stack, int category) const
{
    if (stack < 0 || stack >= stackCount() || category < 0 || category >= categoryCount())
        return QString();
    const double value = barValue(stack, category);
    const double barTotal = categoryTotal(category);
    double stackTotal = 0.0;
    for (int c = 0; c < categoryCount(); ++c)
        stackTotal += barValue(stack, c);
    auto percent = [](double part, double whole) {
        return QLocale().toString(whole > 0.0 ? 100.0 * part / whole : 0.0, 'f', 1);
    };
    QString text = tr("%1 · %2: %3\n%4% of %1, %5% of %2")
                       .arg(m_data.categories[category], m_data.stacks[stack], formatAmount(value),
                            percent(value, barTotal), percent(value, stackTotal));
    if (m_hasPreview)
        text += QLatin1Char('\n') + tr("Planned: %1").arg(formatAmount(planned(stack, category)));
    return text;
}

QPointF ClassBalanceChart::barCentre(int category) const
{
    const double key = category - (m_hasPreview ? kPairedOffset : 0.0);
    const double value = categoryTotal(category) / 2.0;
    const double k = keyAxis()->coordToPixel(key);
    const double v = valueAxis()->coordToPixel(value);
    return m_orientation == Qt::Vertical ? QPointF(k, v) : QPointF(v, k);
}

int ClassBalanceChart::categoryAt(const QPointF& pos) const
{
    if (categoryCount() == 0 || !axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const double px = m_orientation == Qt::Vertical ? pos.x() : pos.y();
    const int c = int(std::lround(keyAxis()->pixelToCoord(px)));
    return c >= 0 && c < categoryCount() ? c : -1;
}

void ClassBalanceChart::mousePressEvent(QMouseEvent* event)
{
    QCustomPlot::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const int c = categoryAt(event->position());
    if (c >= 0)
        Q_EMIT categoryClicked(m_data.categories[c]);
}

void ClassBalanceChart::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QPointF pos = event->position();
    for (int s = stackCount() - 1; s >= 0; --s) {
        for (QCPBars* b : {bars(s), previewBars(s)}) {
            QVariant details;
            if (!b || b->selectTest(pos, false, &details) < 0)
                continue;
            const QCPDataSelection hit = details.value<QCPDataSelection>();
            if (hit.isEmpty())
                continue;
            const int c =
                int(std::lround((b->data()->constBegin() + hit.dataRange().begin())->key));
            QToolTip::showText(event->globalPosition().toPoint(), segmentToolTip(s, c), this);
            return;
        }
    }
    QToolTip::hideText();
}

} // namespace tally
