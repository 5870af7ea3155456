#include "ImageBoxView.h"

#include "BoxGeometry.h"
#include "BoxPainter.h"

#include <QCoreApplication>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStaticText>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace tally {

using namespace boxgeometry;

namespace {

constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 64.0;
constexpr double kWheelStepsPerDoubling = 4.0; // wheel notches (120 units) per 2× zoom
constexpr double kMarginPx = 16.0;             // scene margin around the image, in view pixels
constexpr double kFitPaddingPx = 18.0; // > kMarginPx, so that a fitted scene needs no scroll bars
constexpr double kHitTolerancePx = 5.0;
constexpr double kDragThresholdPx = 3.0; // a press moving less than this is a click
constexpr double kMinDrawnPx = 2.0;      // image pixels: smaller drawn boxes are ignored
constexpr double kMinSizePx = 1.0;       // image pixels: a resize leaves at least this
constexpr double kSmoothBelowZoom = 2.0; // bilinear scaling below, single pixels above

Qt::CursorShape handleCursor(int h)
{
    switch (h) {
    case TopLeft:
    case BottomRight:
        return Qt::SizeFDiagCursor;
    case TopRight:
    case BottomLeft:
        return Qt::SizeBDiagCursor;
    case Left:
    case Right:
        return Qt::SizeHorCursor;
    default:
        return Qt::SizeVerCursor;
    }
}

// (-1, 0) for the left arrow key, and so on.
QPointF arrowDirection(int key)
{
    switch (key) {
    case Qt::Key_Left:
        return {-1, 0};
    case Qt::Key_Right:
        return {1, 0};
    case Qt::Key_Up:
        return {0, -1};
    case Qt::Key_Down:
        return {0, 1};
    default:
        return {0, 0};
    }
}

} // namespace

struct ImageBoxView::Drag
{
    enum class Kind
    {
        Pan,
        Draw,
        Move,
        Resize
    };
    Kind kind = Kind::Pan;
    Qt::MouseButton button = Qt::LeftButton;
    QPointF pressPos;   // viewport pixels
    QPointF lastPos;    // viewport pixels, for panning
    QPointF pressImage; // image pixels (clamped to the image when drawing)
    qint64 id = -1;     // the box moved or resized
    int handle = -1;
    QRectF original;      // image pixels
    QRectF rect;          // image pixels: the preview (move, resize) or the draft (draw)
    bool started = false; // moved past kDragThresholdPx
};

ImageBoxView::ImageBoxView(QWidget* parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    m_pixmap = m_scene->addPixmap(QPixmap());
    m_pixmap->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
    setScene(m_scene);
    setInteractive(false); // the view handles the mouse itself; the scene has no editable items
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().color(QPalette::Dark));
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // The boxes are painted in view pixels over the whole viewport; partial updates
    // would leave stale outlines and tags behind when scrolling.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setFocusPolicy(Qt::StrongFocus);
    m_painter.setNoClassText(tr("(no class)"));
    viewport()->setMouseTracking(true);
    setSceneRect(QRectF());
}

ImageBoxView::~ImageBoxView() = default;

void ImageBoxView::setImage(const QImage& image)
{
    m_drag.reset();
    m_hover.reset();
    if (image.isNull()) {
        m_pixmap->setPixmap(QPixmap());
        setSceneRect(QRectF(0, 0, 1, 1));
        resetTransform();
        m_boxes.clear();
        setSelectedBox(-1);
        m_drawnCount = 0;
        viewport()->update();
        return;
    }
    m_pixmap->setPixmap(QPixmap::fromImage(image));
    fitToWindow();
    viewport()->update();
}

QSize ImageBoxView::imageSize() const
{
    return m_pixmap->pixmap().size();
}

void ImageBoxView::setBoxes(const QList<BoxItem>& boxes)
{
    m_boxes = boxes;
    if (m_drag && (m_drag->kind == Drag::Kind::Move || m_drag->kind == Drag::Kind::Resize) &&
        indexOf(m_drag->id) < 0)
        m_drag.reset();
    if (indexOf(m_selected) < 0)
        setSelectedBox(-1);
    viewport()->update();
}

void ImageBoxView::setMode(ViewMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (m_drag && m_drag->kind != Drag::Kind::Pan)
        m_drag.reset();
    updateCursor(viewport()->mapFromGlobal(QCursor::pos()));
    viewport()->update();
}

void ImageBoxView::setSelectedBox(qint64 id)
{
    if (id != -1 && indexOf(id) < 0)
        id = -1;
    if (id == m_selected)
        return;
    m_selected = id;
    viewport()->update();
    Q_EMIT boxSelected(id);
}

void ImageBoxView::selectNextBox(int step)
{
    const int n = int(m_boxes.size());
    if (n == 0 || step == 0)
        return;
    int i = indexOf(m_selected);
    if (i < 0)
        i = step > 0 ? 0 : n - 1;
    else
        i = ((i + step) % n + n) % n;
    setSelectedBox(m_boxes[i].id);
    ensureVisible(m_boxes[i].rect, 40, 40);
}

void ImageBoxView::fitToWindow()
{
    m_fitted = true;
    const QSize image = imageSize();
    if (image.isEmpty())
        return;
    // The viewport without scroll bars: a fitted image needs none.
    const QSize area = maximumViewportSize();
    const double zx = (area.width() - 2 * kFitPaddingPx) / image.width();
    const double zy = (area.height() - 2 * kFitPaddingPx) / image.height();
    zoomAbout(std::min(zx, zy), QPointF(viewport()->rect().center()));
    centerOn(QRectF(QPointF(0, 0), QSizeF(image)).center());
}

void ImageBoxView::zoomBy(double factor)
{
    if (imageSize().isEmpty() || factor <= 0)
        return;
    m_fitted = false;
    zoomAbout(zoom() * factor, QRectF(viewport()->rect()).center());
}

double ImageBoxView::zoom() const
{
    return transform().m11();
}

QPointF ImageBoxView::imagePointAt(const QPoint& viewportPos) const
{
    return viewportTransform().inverted().map(QPointF(viewportPos));
}

QPoint ImageBoxView::viewportPointOf(const QPointF& imagePoint) const
{
    return viewportTransform().map(imagePoint).toPoint();
}

// Sets the zoom (clamped), putting the image point `anchor` (by default the one at
// viewportPos) at viewportPos as far as the scroll range allows. The scene rect follows
// the zoom: a fixed margin in view pixels around the image.
void ImageBoxView::zoomAbout(double newZoom, const QPointF& viewportPos)
{
    zoomAbout(newZoom, viewportPos, viewportTransform().inverted().map(viewportPos));
}

void ImageBoxView::zoomAbout(double newZoom, const QPointF& viewportPos, const QPointF& anchor)
{
    const QSize image = imageSize();
    if (image.isEmpty())
        return;
    newZoom = std::clamp(newZoom, kMinZoom, kMaxZoom);
    const double old = zoom();
    const double margin = kMarginPx / newZoom;
    setSceneRect(QRectF(QPointF(0, 0), QSizeF(image)).adjusted(-margin, -margin, margin, margin));
    setTransform(QTransform::fromScale(newZoom, newZoom));
    // QAbstractScrollArea shows or hides its scroll bars in a queued call after their
    // range changes, which resizes the viewport. Run it now, so that the anchor is
    // placed in the final viewport rather than shifted by the resize afterwards.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    const QPointF off = viewportTransform().map(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(off.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(off.y()));
    m_pixmap->setTransformationMode(newZoom < kSmoothBelowZoom ? Qt::SmoothTransformation
                                                               : Qt::FastTransformation);
    if (!qFuzzyCompare(old, newZoom))
        Q_EMIT zoomChanged(newZoom);
}

int ImageBoxView::indexOf(qint64 id) const
{
    for (int i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i].id == id)
            return i;
    return -1;
}

QRectF ImageBoxView::shownRect(int index) const
{
    const BoxItem& box = m_boxes[index];
    if (m_drag && m_drag->started && m_drag->id == box.id &&
        (m_drag->kind == Drag::Kind::Move || m_drag->kind == Drag::Kind::Resize))
        return m_drag->rect;
    return box.rect;
}

// Among the boxes under the point (with kHitTolerancePx around each): editable ones
// first, then the smallest.
int ImageBoxView::boxAt(const QPointF& viewportPos) const
{
    const QTransform t = viewportTransform();
    const double tol = kHitTolerancePx;
    int best = -1;
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QRectF r = t.mapRect(shownRect(i)).adjusted(-tol, -tol, tol, tol);
        if (!r.contains(viewportPos))
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        const BoxItem& a = m_boxes[i];
        const BoxItem& b = m_boxes[best];
        if (a.editable != b.editable) {
            if (a.editable)
                best = i;
            continue;
        }
        if (a.rect.width() * a.rect.height() < b.rect.width() * b.rect.height())
            best = i;
    }
    return best;
}

int ImageBoxView::handleAt(const QPointF& viewportPos) const
{
    const int i = indexOf(m_selected);
    if (i < 0 || !m_boxes[i].editable)
        return -1;
    const QRectF r = viewportTransform().mapRect(shownRect(i));
    const auto points = handlePoints(r);
    const double reach = std::max(kHandlePx / 2, kHitTolerancePx);
    // Corners first: they win where a small box's handles overlap.
    for (int h : {TopLeft, TopRight, BottomRight, BottomLeft, Top, Right, Bottom, Left}) {
        if (!handleShown(h, r))
            continue;
        const QPointF d = viewportPos - points[size_t(h)];
        if (std::abs(d.x()) <= reach && std::abs(d.y()) <= reach)
            return h;
    }
    return -1;
}

void ImageBoxView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (imageSize().isEmpty() || delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const QPointF pos = event->position();
    // The previous step's exact point, while the mouse has not moved and nothing else
    // has moved the image under it (it is then within a pixel of where it was).
    const bool sameRun =
        m_wheelAnchor && m_wheelAnchor->first == pos &&
        QLineF(viewportTransform().map(m_wheelAnchor->second), pos).length() <= 1.0;
    const QPointF anchor =
        sameRun ? m_wheelAnchor->second : viewportTransform().inverted().map(pos);
    m_fitted = false;
    zoomAbout(zoom() * std::pow(2.0, delta / (120.0 * kWheelStepsPerDoubling)), pos, anchor);
    m_wheelAnchor = std::make_pair(pos, anchor);
    updateHover(pos);
    event->accept();
}

void ImageBoxView::mousePressEvent(QMouseEvent* event)
{
    if (imageSize().isEmpty() || m_drag) {
        event->ignore();
        return;
    }
    setFocus(Qt::MouseFocusReason);
    startDrag(event);
    updateCursor(event->position());
    event->accept();
}

void ImageBoxView::startDrag(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const Qt::MouseButton button = event->button();
    auto drag = std::make_unique<Drag>();
    drag->button = button;
    drag->pressPos = drag->lastPos = pos;
    drag->pressImage = viewportTransform().inverted().map(pos);
    const bool leftPans = m_spaceHeld || m_mode == ViewMode::Pan;
    if (button == Qt::MiddleButton || (button == Qt::LeftButton && leftPans)) {
        drag->kind = Drag::Kind::Pan;
        m_drag = std::move(drag);
        return;
    }
    if (button != Qt::LeftButton)
        return;
    const QSizeF image(imageSize());
    if (m_mode == ViewMode::Draw) {
        // A press on the image or on the margin just around it starts a box.
        const double m = kMarginPx / zoom();
        if (!QRectF(QPointF(0, 0), image).adjusted(-m, -m, m, m).contains(drag->pressImage))
            return;
        drag->kind = Drag::Kind::Draw;
        drag->pressImage = clampTo(drag->pressImage, image);
        drag->rect = QRectF(drag->pressImage, QSizeF(0, 0));
        m_drag = std::move(drag);
        viewport()->update();
        return;
    }
    const int handle = handleAt(pos);
    if (handle >= 0) {
        drag->kind = Drag::Kind::Resize;
        drag->handle = handle;
    } else {
        const int i = boxAt(pos);
        setSelectedBox(i >= 0 ? m_boxes[i].id : -1);
        if (i < 0 || !m_boxes[i].editable)
            return;
        drag->kind = Drag::Kind::Move;
    }
    const int i = indexOf(m_selected);
    drag->id = m_selected;
    drag->original = drag->rect = m_boxes[i].rect;
    m_drag = std::move(drag);
}

void ImageBoxView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    updateHover(pos);
    if (m_drag)
        updateDrag(pos);
    else if (m_mode == ViewMode::Draw)
        viewport()->update(); // the crosshair follows the mouse
    updateCursor(pos);
    event->accept();
}

void ImageBoxView::updateDrag(const QPointF& pos)
{
    Drag& d = *m_drag;
    if (d.kind == Drag::Kind::Pan) {
        const QPointF delta = pos - d.lastPos;
        d.lastPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qRound(delta.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(delta.y()));
        return;
    }
    if (!d.started && (pos - d.pressPos).manhattanLength() < kDragThresholdPx)
        return;
    d.started = true;
    const QSizeF image(imageSize());
    const QPointF at = viewportTransform().inverted().map(pos);
    switch (d.kind) {
    case Drag::Kind::Draw:
        d.rect = QRectF(d.pressImage, clampTo(at, image)).normalized();
        break;
    case Drag::Kind::Move:
        d.rect = movedInside(d.original, at - d.pressImage, image);
        break;
    case Drag::Kind::Resize:
        d.rect = resized(d.original, d.handle, at - d.pressImage, image, kMinSizePx);
        break;
    case Drag::Kind::Pan:
        break;
    }
    viewport()->update();
}

void ImageBoxView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drag || event->button() != m_drag->button) {
        event->setAccepted(!imageSize().isEmpty()); // the press was taken
        return;
    }
    updateDrag(event->position());
    finishDrag();
    updateCursor(event->position());
    event->accept();
}

// Ends the drag: emits what it made. A click (no movement) in Draw mode selects.
void ImageBoxView::finishDrag()
{
    const std::unique_ptr<Drag> d = std::move(m_drag);
    viewport()->update();
    switch (d->kind) {
    case Drag::Kind::Pan:
        return;
    case Drag::Kind::Draw:
        if (d->rect.width() >= kMinDrawnPx && d->rect.height() >= kMinDrawnPx) {
            Q_EMIT boxDrawn(d->rect);
        } else if (!d->started) {
            const int i = boxAt(d->pressPos);
            setSelectedBox(i >= 0 ? m_boxes[i].id : -1);
        }
        return;
    case Drag::Kind::Move:
    case Drag::Kind::Resize:
        if (d->started && d->rect != d->original)
            Q_EMIT boxEdited(d->id, d->rect);
        return;
    }
}

void ImageBoxView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // Empty space fits; on the image in Draw mode a double click is just a click.
    const QPointF at = viewportTransform().inverted().map(event->position());
    const bool onImage = QRectF(QPointF(0, 0), QSizeF(imageSize())).contains(at);
    if (event->button() == Qt::LeftButton && !m_drag && boxAt(event->position()) < 0 &&
        !(m_mode == ViewMode::Draw && onImage)) {
        fitToWindow();
        event->accept();
        return;
    }
    mousePressEvent(event);
}

void ImageBoxView::nudge(double dx, double dy)
{
    const int i = indexOf(m_selected);
    if (i < 0 || !m_boxes[i].editable)
        return;
    const QRectF moved = movedInside(m_boxes[i].rect, QPointF(dx, dy), QSizeF(imageSize()));
    if (moved != m_boxes[i].rect)
        Q_EMIT boxEdited(m_selected, moved);
}

void ImageBoxView::keyPressEvent(QKeyEvent* event)
{
    const int i = indexOf(m_selected);
    const bool editable = i >= 0 && m_boxes[i].editable;
    const double step = event->modifiers() & Qt::ShiftModifier ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            m_spaceHeld = true;
        updateCursor(viewport()->mapFromGlobal(QCursor::pos()));
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (editable && !m_drag)
            Q_EMIT deleteRequested(m_selected);
        return;
    case Qt::Key_Escape:
        if (m_drag && m_drag->kind != Drag::Kind::Pan) {
            m_drag.reset();
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (editable && !m_drag) {
            const QPointF d = arrowDirection(event->key()) * step;
            nudge(d.x(), d.y());
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void ImageBoxView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updateCursor(viewport()->mapFromGlobal(QCursor::pos()));
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void ImageBoxView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToWindow();
}

bool ImageBoxView::focusNextPrevChild(bool next)
{
    if (m_boxes.isEmpty())
        return QGraphicsView::focusNextPrevChild(next);
    selectNextBox(next ? 1 : -1);
    return true;
}

// The view's own keys win over the window's shortcuts while they mean something here:
// Space (pan) while an image is shown, Delete / Backspace and the arrows while an
// editable box is selected, Escape while dragging.
bool ImageBoxView::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int i = indexOf(m_selected);
        const bool editable = i >= 0 && m_boxes[i].editable && !m_drag;
        const bool plain = !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
        bool mine = false;
        switch (key->key()) {
        case Qt::Key_Space:
            mine = plain && !imageSize().isEmpty();
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            mine = plain && editable;
            break;
        case Qt::Key_Escape:
            mine = m_drag && m_drag->kind != Drag::Kind::Pan;
            break;
        default:
            break;
        }
        if (mine) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool ImageBoxView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::Leave && m_hover) {
        m_hover.reset();
        Q_EMIT cursorMoved(QPointF(-1, -1));
        viewport()->update();
    }
    return QGraphicsView::viewportEvent(event);
}

void ImageBoxView::updateHover(const QPointF& viewportPos)
{
    const QPointF at = viewportTransform().inverted().map(viewportPos);
    const QSize image = imageSize();
    const bool onImage =
        at.x() >= 0 && at.y() >= 0 && at.x() < image.width() && at.y() < image.height();
    if (onImage)
        m_hover = at;
    else
        m_hover.reset();
    Q_EMIT cursorMoved(onImage ? at : QPointF(-1, -1));
}

void ImageBoxView::updateCursor(const QPointF& viewportPos)
{
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_drag) {
        switch (m_drag->kind) {
        case Drag::Kind::Pan:
            shape = Qt::ClosedHandCursor;
            break;
        case Drag::Kind::Draw:
            shape = Qt::CrossCursor;
            break;
        case Drag::Kind::Move:
            shape = Qt::SizeAllCursor;
            break;
        case Drag::Kind::Resize:
            shape = handleCursor(m_drag->handle);
            break;
        }
    } else if (m_spaceHeld || m_mode == ViewMode::Pan) {
        shape = Qt::OpenHandCursor;
    } else if (m_mode == ViewMode::Draw) {
        shape = Qt::CrossCursor;
    } else if (const int h = handleAt(viewportPos); h >= 0) {
        shape = handleCursor(h);
    } else if (const int i = boxAt(viewportPos); i >= 0) {
        shape = m_boxes[i].editable ? Qt::SizeAllCursor : Qt::PointingHandCursor;
    }
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
}

// Boxes, tags, handles, the draft and the crosshair, in view pixels so that lines and
// text keep their size at every zoom. Boxes outside the exposed area are skipped.
void ImageBoxView::drawForeground(QPainter* painter, const QRectF& rect)
{
    if (imageSize().isEmpty()) {
        m_drawnCount = 0;
        return;
    }
    const QTransform t = viewportTransform();
    const QRectF bounds(viewport()->rect());
    const QRectF exposed = t.mapRect(rect).intersected(bounds);
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Tags sit above their box: keep boxes just below the exposed area.
    const double tagHeight = QFontMetricsF(painter->font()).height() + 4;
    const QRectF reach = exposed.adjusted(-kHandlePx, -kHandlePx, kHandlePx, kHandlePx + tagHeight);
    // Others' boxes under the current annotator's, all tags over all outlines, the
    // selected box over everything.
    const int selected = indexOf(m_selected);
    std::vector<std::pair<int, QRectF>> shown;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_boxes.size(); ++i) {
            if (i == selected || m_boxes[i].editable != (pass == 1))
                continue;
            const QRectF r = t.mapRect(shownRect(i));
            if (r.intersects(reach))
                shown.emplace_back(i, r);
        }
    }
    for (const auto& [i, r] : shown)
        m_painter.paintBox(painter, m_boxes[i], r, bounds, false);
    m_painter.beginTags();
    for (const auto& [i, r] : shown)
        m_painter.paintTag(painter, m_boxes[i], r, bounds, false);
    int count = int(shown.size());
    if (selected >= 0) {
        const QRectF r = t.mapRect(shownRect(selected));
        if (r.intersects(reach)) {
            m_painter.paintBox(painter, m_boxes[selected], r, bounds, true);
            m_painter.paintTag(painter, m_boxes[selected], r, bounds, true);
            ++count;
        }
    }
    paintOverlays(painter);
    painter->restore();
    m_drawnCount = count;
}

void ImageBoxView::paintOverlays(QPainter* painter) const
{
    const QTransform t = viewportTransform();
    const QRectF bounds(viewport()->rect());
    const QRectF image = t.mapRect(QRectF(QPointF(0, 0), QSizeF(imageSize()))).intersected(bounds);
    const QPen light(QColor(255, 255, 255, 200), 1);
    const QPen dark(QColor(0, 0, 0, 200), 1, Qt::DashLine);
    if (m_drag && m_drag->kind == Drag::Kind::Draw && m_drag->started) {
        const QRectF r = BoxPainter::snapped(t.mapRect(m_drag->rect));
        painter->setBrush(QColor(255, 255, 255, 40));
        painter->setPen(light);
        painter->drawRect(r);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(dark);
        painter->drawRect(r);
        QStaticText size(QStringLiteral("%1 × %2")
                             .arg(qRound(m_drag->rect.width()))
                             .arg(qRound(m_drag->rect.height())));
        size.setTextFormat(Qt::PlainText);
        BoxPainter::paintTextTag(painter, size, r.topLeft(), QColor(30, 30, 30), bounds, r.top());
    }
    const bool drawing = !m_drag || m_drag->kind == Drag::Kind::Draw;
    if (m_mode != ViewMode::Draw || !drawing || !m_hover || m_spaceHeld)
        return;
    const QPointF c = t.map(*m_hover);
    const double x = std::round(c.x()) + 0.5;
    const double y = std::round(c.y()) + 0.5;
    for (const QPen& pen : {light, dark}) {
        painter->setPen(pen);
        painter->drawLine(QPointF(x, image.top()), QPointF(x, image.bottom()));
        painter->drawLine(QPointF(image.left(), y), QPointF(image.right(), y));
    }
}

} // namespace tally
