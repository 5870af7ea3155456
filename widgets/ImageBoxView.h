#pragma once
// The image view: a QGraphicsView showing one image with its bounding boxes.
//
//   fit            fitToWindow() (also on setImage and on a double click on empty space)
//   zoom           mouse wheel, about the image point under the cursor (it stays put);
//                  zoomBy() for the app's zoom keys (about the view centre); 1 % .. 6400 %
//   pan            drag with the middle button, or with the left button while Space is
//                  held, or in ViewMode::Pan; scroll bars
//   draw           in ViewMode::Draw a left drag on the image draws a box (clamped to the
//                  image; drags smaller than 2 × 2 image pixels are ignored); crosshair
//                  guide lines follow the cursor across the whole image while the draw
//                  tool is active; emits boxDrawn on release
//   select         a left click on a box selects it (editable boxes win over others;
//                  the smallest box under the cursor wins); a click on empty space
//                  clears the selection; Tab / Shift+Tab cycles through the boxes
//                  (a click without a drag in Draw mode selects the same way)
//   move, resize   drag the inside of an editable box to move it (a press selects it),
//                  one of the selected editable box's 8 handles (corners and edge
//                  midpoints) to resize it; clamped to the image; emits boxEdited on
//                  release (only when the rect changed)
//   delete         Delete / Backspace with an editable box selected emits deleteRequested
//   nudge          arrow keys move the selected editable box by 1 image pixel
//                  (Shift: 10); emits boxEdited
//   keys           Space, Delete / Backspace, the arrows (with an editable box selected)
//                  and Escape (cancels a drag) go to the view before the window's shortcuts
// Boxes are drawn in their colour with a translucent fill and their label in a tag
// above the top-left corner; editable boxes with a solid outline, the others (another
// annotator's) dashed and without handles; the selected box with a thicker outline and
// its handles. The app hides other annotators' boxes in blind mode by not passing them.
//
// The view never edits its boxes itself: it emits, the app writes to the store (with
// undo) and calls setBoxes() with the result. During a drag only the dragged box's
// preview changes.
//
// GUI thread only.

#include "BoxItem.h"
#include "BoxPainter.h"

#include <QGraphicsView>
#include <QImage>
#include <QList>
#include <memory>
#include <optional>
#include <utility>

class QGraphicsPixmapItem;

namespace tally {

class ImageBoxView : public QGraphicsView
{
    Q_OBJECT
public:
    enum class ViewMode
    {
        Select,
        Draw,
        Pan
    };

    explicit ImageBoxView(QWidget* parent = nullptr);
    ~ImageBoxView() override;

    // Shows image (a null image clears the view and its boxes) and fits it.
    void setImage(const QImage& image);
    QSize imageSize() const;
    void setBoxes(const QList<BoxItem>& boxes); // keeps the selection when its id remains
    const QList<BoxItem>& boxes() const { return m_boxes; }

    void setMode(ViewMode mode);
    ViewMode mode() const { return m_mode; }

    qint64 selectedBox() const { return m_selected; } // -1 = none
    void setSelectedBox(qint64 id);                   // emits boxSelected when it changes
    void selectNextBox(int step);                     // +1 / -1, wraps; Tab / Shift+Tab

    void fitToWindow();
    void zoomBy(double factor); // about the view centre
    double zoom() const;        // view pixels per image pixel

    // Mapping between widget (viewport) pixels and image pixels, for tests and tools.
    QPointF imagePointAt(const QPoint& viewportPos) const;
    QPoint viewportPointOf(const QPointF& imagePoint) const;

    // Boxes painted by the last paint of the box layer (for the redraw benchmark).
    int drawnCount() const { return m_drawnCount; }

Q_SIGNALS:
    void boxDrawn(const QRectF& rect);             // image pixels
    void boxEdited(qint64 id, const QRectF& rect); // moved or resized, image pixels
    void boxSelected(qint64 id);                   // -1 = none
    void deleteRequested(qint64 id);
    void zoomChanged(double zoom);
    // Image pixel under the mouse (for a status bar read-out); (-1, -1) when off the image.
    void cursorMoved(const QPointF& imagePoint);

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool focusNextPrevChild(bool next) override; // Tab cycles boxes, not focus
    bool event(QEvent* event) override;          // its keys over the window's shortcuts
    bool viewportEvent(QEvent* event) override;  // the mouse leaving the viewport

private:
    struct Drag;
    int indexOf(qint64 id) const;
    QRectF shownRect(int index) const;              // the drag preview or the box's rect
    int boxAt(const QPointF& viewportPos) const;    // index into m_boxes, -1 = none
    int handleAt(const QPointF& viewportPos) const; // of the selected editable box, -1 = none
    void zoomAbout(double zoom, const QPointF& viewportPos);
    void zoomAbout(double zoom, const QPointF& viewportPos, const QPointF& imagePoint);
    void startDrag(QMouseEvent* event);
    void updateDrag(const QPointF& viewportPos);
    void finishDrag();
    void updateHover(const QPointF& viewportPos);
    void updateCursor(const QPointF& viewportPos);
    void nudge(double dx, double dy);
    void paintOverlays(QPainter* painter) const; // the draft box and the crosshair

    QGraphicsScene* m_scene = nullptr;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    QList<BoxItem> m_boxes;
    qint64 m_selected = -1;
    ViewMode m_mode = ViewMode::Select;
    int m_drawnCount = 0;
    std::unique_ptr<Drag> m_drag;
    std::optional<QPointF> m_hover; // image point under the mouse
    // The exact image point a run of wheel steps zooms about, with its viewport position:
    // scrolling is in whole pixels, so re-reading the point at every step would drift.
    std::optional<std::pair<QPointF, QPointF>> m_wheelAnchor; // (viewport, image)
    bool m_spaceHeld = false;
    bool m_fitted = true; // refit on resize until the user zooms
    BoxPainter m_painter;
};

} // namespace tally
