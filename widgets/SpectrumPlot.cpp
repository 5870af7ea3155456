#include "SpectrumPlot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tally {

namespace {

struct Family
{
    const char* name;
    double FaultFrequencies::*hz;
    QColor colour;
};

// Colours told apart by most people with a colour vision deficiency (Okabe-Ito).
const Family kFamilies[] = {
    {"BPFO", &FaultFrequencies::bpfo, QColor(213, 94, 0)},
    {"BPFI", &FaultFrequencies::bpfi, QColor(0, 114, 178)},
    {"BSF", &FaultFrequencies::bsf, QColor(0, 158, 115)},
    {"FTF", &FaultFrequencies::ftf, QColor(204, 121, 167)},
};

} // namespace

SpectrumPlot::SpectrumPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("spectrumPlot"));
    setMinimumSize(320, 200);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setNoAntialiasingOnDrag(true);
    addLayer(QStringLiteral("markers"), layer(QStringLiteral("main")), limBelow);
    m_markerLayer = layer(QStringLiteral("markers"));

    m_graph = addGraph();
    m_graph->setPen(QPen(QColor(40, 40, 40), 1.0));
    xAxis->setLabel(tr("frequency (Hz)"));
    yAxis->setLabel(tr("level (dB)"));

    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(),
                                 QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    updateRanges();
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &SpectrumPlot::updateLabels);
    connect(this, &QCustomPlot::afterLayout, this, &SpectrumPlot::updateLabels);
}

QString SpectrumPlot::title() const
{
    return m_title->text();
}

void SpectrumPlot::setSpectrum(const Spectrum& s, const QString& title)
{
    m_spectrum = s;
    m_title->setText(title);
    updateData();
    updateRanges();
    replot(rpQueuedReplot);
}

void SpectrumPlot::setLogFrequency(bool on)
{
    m_log = on;
    xAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    xAxis->grid()->setSubGridVisible(on); // 2..9 of each decade
    if (on)
        xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    updateData();
    updateRanges();
    replot(rpQueuedReplot);
}

void SpectrumPlot::updateData()
{
    const int first = m_log ? 1 : 0; // 0 Hz has no place on a log axis
    QVector<double> keys, values;
    keys.reserve(std::max(m_spectrum.bins() - first, 0));
    values.reserve(keys.capacity());
    for (int b = first; b < m_spectrum.bins(); ++b) {
        keys << m_spectrum.hzAt(b);
        values << m_spectrum.db[size_t(b)];
    }
    m_graph->setData(keys, values, true);
}

void SpectrumPlot::updateRanges()
{
    const int first = m_log ? 1 : 0;
    const bool usable = m_spectrum.bins() > first + 1 && m_spectrum.binHz > 0.0;
    const double lowHz = usable ? m_spectrum.hzAt(first) : (m_log ? 1.0 : 0.0);
    const double highHz = usable ? m_spectrum.hzAt(m_spectrum.bins() - 1) : 1000.0;
    xAxis->setRange(lowHz, highHz);
    double top = -INFINITY, bottom = INFINITY;
    for (double db : m_spectrum.db)
        if (std::isfinite(db)) {
            top = std::max(top, db);
            bottom = std::min(bottom, db);
        }
    if (!(top >= bottom)) {
        top = 0.0;
        bottom = -kDynamicRangeDb;
    }
    bottom = std::max(bottom, top - kDynamicRangeDb);
    const double margin = std::max((top - bottom) * 0.05, 1.0);
    // Room above the data for the marker labels.
    yAxis->setRange(bottom - margin, top + margin * (m_markers.isEmpty() ? 1.0 : 4.0));
}

void SpectrumPlot::setFaultMarkers(const FaultFrequencies& f, int harmonics)
{
    clearFaultMarkers();
    for (const Family& fam : kFamilies) {
        const double hz = f.*fam.hz;
        if (!std::isfinite(hz) || hz <= 0.0)
            continue;
        for (int h = 1; h <= harmonics; ++h) {
            const QString name = QString::fromLatin1(fam.name);
            const QString label = h == 1 ? name : QStringLiteral("%1×%2").arg(h).arg(name);
            addMarker({label, h * hz, fam.colour, h});
        }
    }
    updateRanges();
    updateLabels();
    replot(rpQueuedReplot);
}

// A dashed line over the whole height and its label, rotated, hanging from the top right
// of the line (the room above the data is kept free for it by updateRanges()).
void SpectrumPlot::addMarker(const FaultMarker& m)
{
    auto* line = new QCPItemStraightLine(this);
    line->setPen(QPen(m.colour, 1.0, Qt::DashLine));
    auto* text = new QCPItemText(this);
    text->setText(m.label);
    text->setColor(m.colour);
    text->setRotation(-90);
    text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop); // rotated: right of the line
    text->setPadding(QMargins(2, 0, 2, 1));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    text->setFont(small);
    for (QCPAbstractItem* item :
         {static_cast<QCPAbstractItem*>(line), static_cast<QCPAbstractItem*>(text)}) {
        item->setLayer(m_markerLayer);
        for (QCPItemPosition* p : item->positions()) {
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        m_markerItems << item;
    }
    line->point1->setCoords(m.hz, 0.0);
    line->point2->setCoords(m.hz, 1.0);
    text->position->setCoords(m.hz, 0.01);
    m_markers << m;
    m_labels << text;
}

// Labels closer than a text height to a shown one are hidden, lower harmonics first.
// At most a few dozen markers: a sort and a quadratic pass per range change.
void SpectrumPlot::updateLabels()
{
    QList<int> order(m_markers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_markers[a].harmonic < m_markers[b].harmonic;
    });
    const double minGapPx = QFontMetricsF(font()).height();
    const QCPRange range = xAxis->range();
    QList<double> shownPx;
    for (int i : order) {
        const double px = xAxis->coordToPixel(m_markers[i].hz);
        bool free = range.contains(m_markers[i].hz);
        for (double other : shownPx)
            free = free && std::abs(other - px) >= minGapPx;
        m_labels[i]->setVisible(free);
        if (free)
            shownPx << px;
    }
}

bool SpectrumPlot::labelShown(int i) const
{
    return m_labels[i]->visible();
}

void SpectrumPlot::clearFaultMarkers()
{
    for (QCPAbstractItem* item : m_markerItems)
        removeItem(item);
    m_markerItems.clear();
    m_markers.clear();
    m_labels.clear();
    updateRanges();
    replot(rpQueuedReplot);
}

} // namespace tally
