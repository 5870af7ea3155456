#pragma once
// Drawing and hit-testing of time regions for TimePlot (owned by it; GUI thread).
//
// One layerable per time rect paints, on the plot's buffered "regions" layer:
// every region as a translucent rect in its colour (its band when it has one and
// the rect has a frequency axis, else the rect's full height), its label at the
// top (first rect only), a thicker outline for the selected region, a dashed
// outline and no handles for regions that are not editable. During a drag the
// plot hands in a preview (the live shape of the region being edited) and a
// draft (the region being drawn); only they change until the drag ends.
// All positions are widget pixels; times in seconds; bands in Hz, mapped to the
// frequency axis through TimePlot::valueAtHz().

#include "Qcp.h"
#include "RegionItem.h"

#include <QList>
#include <optional>
#include <vector>

namespace tally {

class TimePlot;

class RegionOverlay
{
public:
    enum class Part
    {
        None,
        Inside,
        Left,
        Right,
        Top,
        Bottom
    };
    struct Hit
    {
        int index = -1; // into regions()
        Part part = Part::None;
        int rect = -1; // time rect index
    };
    static constexpr double kEdgeTolerancePx = 5.0;

    RegionOverlay(TimePlot* plot, QCPLayer* layer);
    ~RegionOverlay();
    RegionOverlay(const RegionOverlay&) = delete;
    RegionOverlay& operator=(const RegionOverlay&) = delete;

    // hasBand: the rect's y axis is frequency (bands are drawn and edited there).
    void addRect(QCPAxisRect* rect, bool hasBand);
    void clearRects();
    bool rectHasBand(int rect) const { return m_rects[size_t(rect)].hasBand; }
    QCPAxisRect* axisRect(int rect) const { return m_rects[size_t(rect)].rect; }
    // The time rect under a widget position; -1 if none.
    int rectAt(const QPointF& pos) const;

    void setRegions(const QList<RegionItem>& regions);
    const QList<RegionItem>& regions() const { return m_regions; }
    int indexOf(qint64 id) const;
    void replaceRegion(int index, const RegionItem& shape) { m_regions[index] = shape; }
    void setSelected(qint64 id) { m_selected = id; }
    qint64 selected() const { return m_selected; }

    // Editable edges win over insides; the selected region over the others; later
    // regions (drawn on top) over earlier ones.
    Hit hitTest(const QPointF& pos) const;

    // Live shapes during a drag. index -1 / nullopt clears.
    void setPreview(int index, const RegionItem& shape);
    void clearPreview() { m_previewIndex = -1; }
    void setDraft(std::optional<RegionItem> draft) { m_draft = std::move(draft); }

    // Regions painted on the first time rect by the last replot.
    int drawnCount() const { return m_drawnCount; }

    // Widget-pixel rectangle of `shape` on time rect `rect` (not clipped).
    QRectF pixelRect(const RegionItem& shape, int rect) const;
    // Called by the layerables.
    void paint(QCPPainter* painter, int rect);

private:
    class Layerable;
    struct RectEntry
    {
        QCPAxisRect* rect = nullptr;
        bool hasBand = false;
        Layerable* layerable = nullptr; // child of the plot
    };

    void paintRegion(QCPPainter* painter, const RegionItem& shape, int rect, bool selected);
    void paintLabel(QCPPainter* painter, const RegionItem& shape, const QRectF& box);
    Part edgeAt(const RegionItem& shape, int rect, const QPointF& pos) const;
    std::vector<int> hitOrder() const;

    TimePlot* m_plot;
    QCPLayer* m_layer;
    std::vector<RectEntry> m_rects;
    QList<RegionItem> m_regions;
    qint64 m_selected = -1;
    int m_previewIndex = -1;
    RegionItem m_preview;
    std::optional<RegionItem> m_draft;
    int m_drawnCount = 0;
};

} // namespace tally
