// ImageBoxView: viewport <-> image mapping after fit and zoom, wheel zoom about the
// cursor, drawing, selecting, moving, resizing, clamping, others' boxes read-only,
// Tab cycling, Delete, arrow nudges, panning, cursors, the view's keys over window
// shortcuts. Driven with QTest mouse and key events on the viewport (offscreen
// platform). Set TALLY_SCREENSHOT_DIR to also write PNGs.

#include "BoxGeometry.h"
#include "ImageBoxView.h"

#include <QAction>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace tally;

namespace {

constexpr int kImageW = 400;
constexpr int kImageH = 300;

QImage testImage()
{
    QImage image(kImageW, kImageH, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, kImageW, kImageH);
    g.setColorAt(0, QColor(70, 110, 160));
    g.setColorAt(1, QColor(200, 180, 120));
    p.fillRect(image.rect(), g);
    p.fillRect(QRect(120, 90, 80, 60), QColor(40, 40, 40));
    return image;
}

BoxItem box(qint64 id, const QRectF& rect, bool editable = true, const QString& label = "person")
{
    BoxItem b;
    b.id = id;
    b.rect = rect;
    b.colour = QColor::fromHsv(int(id * 67) % 360, 200, 230);
    b.label = label;
    b.editable = editable;
    return b;
}

// Press, two moves, release, all with `button`.
void drag(QWidget* w, QPoint from, QPoint to, Qt::MouseButton button = Qt::LeftButton,
          Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::mousePress(w, button, mods, from);
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, button, mods, to);
}

void wheel(QWidget* w, QPoint at, int delta)
{
    QWheelEvent e(QPointF(at), QPointF(w->mapToGlobal(at)), QPoint(), QPoint(0, delta),
                  Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

bool near(const QPointF& a, const QPointF& b, double tol)
{
    return std::abs(a.x() - b.x()) <= tol && std::abs(a.y() - b.y()) <= tol;
}

bool near(const QRectF& a, const QRectF& b, double tol)
{
    return near(a.topLeft(), b.topLeft(), tol) && near(a.bottomRight(), b.bottomRight(), tol);
}

QByteArray describe(const QRectF& r)
{
    return QStringLiteral("(%1, %2, %3 x %4)")
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height())
        .toUtf8();
}

} // namespace

class TestImageBoxView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ImageBoxView> m_view;

    QWidget* vp() const { return m_view->viewport(); }
    QPoint at(double x, double y) const { return m_view->viewportPointOf(QPointF(x, y)); }
    // One image pixel in view pixels' terms: the tolerance of a mouse-made coordinate.
    double px() const { return std::max(1.0, 1.0 / m_view->zoom()); }

    bool show(const QList<BoxItem>& boxes = {})
    {
        m_view = std::make_unique<ImageBoxView>();
        m_view->resize(820, 620);
        m_view->setImage(testImage());
        m_view->setBoxes(boxes);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        QCoreApplication::processEvents();
        return true;
    }

    // The app's side: every edit is written back with setBoxes.
    void applyEdits()
    {
        connect(m_view.get(), &ImageBoxView::boxEdited, m_view.get(),
                [this](qint64 id, const QRectF& r) {
                    QList<BoxItem> boxes = m_view->boxes();
                    for (BoxItem& b : boxes)
                        if (b.id == id)
                            b.rect = r;
                    m_view->setBoxes(boxes);
                });
    }

    void saveScreenshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("TALLY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_view->grab().save(dir + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void cleanup() { m_view.reset(); }

    void fitShowsTheWholeImageCentred()
    {
        QVERIFY(show());
        const QPoint tl = at(0, 0);
        const QPoint br = at(kImageW, kImageH);
        const QSize v = vp()->size();
        QVERIFY(tl.x() >= 0 && tl.y() >= 0);
        QVERIFY(br.x() <= v.width() && br.y() <= v.height());
        // Centred, and filling the viewport along one side (up to a small padding).
        QVERIFY(std::abs(tl.x() - (v.width() - br.x())) <= 1);
        QVERIFY(std::abs(tl.y() - (v.height() - br.y())) <= 1);
        QVERIFY(std::min(tl.x(), tl.y()) <= 40);
        QVERIFY(!m_view->horizontalScrollBar()->isVisible());
        QVERIFY(!m_view->verticalScrollBar()->isVisible());
        QCOMPARE(m_view->imageSize(), QSize(kImageW, kImageH));
        // Scale: 100 image pixels are 100 * zoom view pixels.
        QVERIFY(std::abs((at(300, 0).x() - at(200, 0).x()) - 100 * m_view->zoom()) <= 1);
        // The window grows: still fitted.
        const double before = m_view->zoom();
        m_view->resize(1200, 900);
        QCoreApplication::processEvents();
        QVERIFY(m_view->zoom() > before * 1.3);
    }

    void mappingRoundTripsAfterFitAndZoom()
    {
        QVERIFY(show());
        for (int step = 0; step < 3; ++step) {
            for (const QPointF p :
                 {QPointF(0, 0), QPointF(123.5, 77.25), QPointF(kImageW, kImageH)}) {
                const QPointF back = m_view->imagePointAt(m_view->viewportPointOf(p));
                QVERIFY2(near(back, p, 0.5 / m_view->zoom() + 1e-9), describe(QRectF(back, p)));
            }
            const QPoint c = vp()->rect().center();
            const QPointF centre = m_view->imagePointAt(c);
            const double before = m_view->zoom();
            m_view->zoomBy(2.0);
            QCoreApplication::processEvents();
            QVERIFY(qFuzzyCompare(m_view->zoom(), before * 2));
            // zoomBy keeps the image point at the view centre.
            QVERIFY(near(QPointF(m_view->viewportPointOf(centre)), QPointF(c), 1.0));
        }
    }

    void wheelZoomKeepsThePointUnderTheCursor()
    {
        QVERIFY(show());
        QSignalSpy zooms(m_view.get(), &ImageBoxView::zoomChanged);
        const QPoint cursor = at(110, 230);
        const QPointF point = m_view->imagePointAt(cursor);
        double expected = m_view->zoom();
        for (int delta : {120, 120, 240, 120, -120, 360, -240}) {
            wheel(vp(), cursor, delta);
            QCoreApplication::processEvents(); // scroll bars appear
            expected *= std::pow(2.0, delta / 480.0);
            QVERIFY(std::abs(m_view->zoom() / expected - 1) < 1e-9);
            const QPoint now = m_view->viewportPointOf(point);
            QVERIFY2(near(QPointF(now), QPointF(cursor), 1.0),
                     QByteArray::number(now.x()) + "," + QByteArray::number(now.y()));
        }
        QCOMPARE(zooms.count(), 7);
        QVERIFY(m_view->horizontalScrollBar()->isVisible());
        // Zoom is bounded.
        for (int i = 0; i < 60; ++i)
            wheel(vp(), cursor, 480);
        QCOMPARE(m_view->zoom(), 64.0);
        for (int i = 0; i < 60; ++i)
            wheel(vp(), cursor, -480);
        QCOMPARE(m_view->zoom(), 0.01);
        // A double click on empty space fits again.
        QTest::mouseDClick(vp(), Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
        QVERIFY(m_view->zoom() > 1.5);
        QVERIFY(
            near(QPointF(at(kImageW / 2.0, kImageH / 2.0)), QPointF(vp()->rect().center()), 1.5));
    }

    void drawEmitsTheImageRect_data()
    {
        QTest::addColumn<double>("zoomFactor");
        QTest::newRow("fitted") << 1.0;
        QTest::newRow("zoomed in") << 3.0;
        QTest::newRow("zoomed out") << 0.3;
    }

    void drawEmitsTheImageRect()
    {
        QFETCH(double, zoomFactor);
        QVERIFY(show());
        m_view->zoomBy(zoomFactor);
        QCoreApplication::processEvents();
        m_view->setMode(ImageBoxView::ViewMode::Draw);
        QSignalSpy drawn(m_view.get(), &ImageBoxView::boxDrawn);
        const QPoint c = at(200, 150);
        const QPoint a = c + QPoint(60, 40);
        const QPoint b = c - QPoint(50, 30); // bottom-right to top-left
        drag(vp(), a, b);
        QCOMPARE(drawn.count(), 1);
        const QRectF expected =
            QRectF(m_view->imagePointAt(b), m_view->imagePointAt(a)).normalized();
        const QRectF got = drawn[0][0].toRectF();
        QVERIFY2(near(got, expected, px()), describe(got) + " vs " + describe(expected));
        QVERIFY(std::abs(got.width() - 110 / m_view->zoom()) <= px());
        QCOMPARE(m_view->boxes().size(), 0); // the view never adds boxes itself
    }

    void drawClampsToTheImageAndIgnoresTinyDrags()
    {
        QVERIFY(show());
        m_view->setMode(ImageBoxView::ViewMode::Draw);
        QSignalSpy drawn(m_view.get(), &ImageBoxView::boxDrawn);
        // Past the bottom-right corner, out of the image.
        drag(vp(), at(300, 200), at(kImageW, kImageH) + QPoint(60, 60));
        QCOMPARE(drawn.count(), 1);
        const QRectF r = drawn[0][0].toRectF();
        QCOMPARE(r.right(), double(kImageW));
        QCOMPARE(r.bottom(), double(kImageH));
        QVERIFY(std::abs(r.left() - 300) <= px());
        // Less than 2 image pixels high (the zoom is about 2): ignored, however wide.
        drag(vp(), at(50, 50), at(150, 50) + QPoint(0, 2));
        drag(vp(), at(50, 50), at(50, 50) + QPoint(1, 1));
        QCOMPARE(drawn.count(), 1);
        // A press far outside the image draws nothing.
        m_view->zoomBy(0.3);
        QCoreApplication::processEvents();
        drag(vp(), QPoint(2, 2), at(100, 100));
        QCOMPARE(drawn.count(), 1);
    }

    void clickSelectsTheSmallestBoxAndEmptySpaceClears()
    {
        QVERIFY(show({box(1, QRectF(50, 50, 250, 200)), box(2, QRectF(100, 80, 40, 30)),
                      box(3, QRectF(200, 150, 60, 60), false)}));
        QSignalSpy selected(m_view.get(), &ImageBoxView::boxSelected);
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, at(120, 95));
        QCOMPARE(m_view->selectedBox(), 2);
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, at(70, 220));
        QCOMPARE(m_view->selectedBox(), 1);
        // Inside 1 (editable) and 3 (another annotator's, smaller): the editable box wins.
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, at(220, 170));
        QCOMPARE(m_view->selectedBox(), 1);
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, at(330, 170));
        QCOMPARE(m_view->selectedBox(), -1);
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, at(255, 205));
        QCOMPARE(m_view->selectedBox(), 1);
        m_view->setBoxes({box(3, QRectF(200, 150, 60, 60), false)});
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, at(255, 205));
        QCOMPARE(m_view->selectedBox(), 3);
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, at(20, 20));
        QCOMPARE(m_view->selectedBox(), -1);
        QList<qint64> ids;
        for (const auto& args : selected)
            ids << args[0].toLongLong();
        QCOMPARE(ids, (QList<qint64>{2, 1, -1, 1, -1, 3, -1}));
    }

    void dragInsideMovesTheBox()
    {
        const QRectF r(100, 80, 120, 90);
        QVERIFY(show({box(7, r)}));
        QSignalSpy edited(m_view.get(), &ImageBoxView::boxEdited);
        const QPoint from = at(150, 120);
        const QPoint to = from + QPoint(70, -40);
        drag(vp(), from, to);
        QCOMPARE(m_view->selectedBox(), 7);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited[0][0].toLongLong(), 7);
        const QPointF d = m_view->imagePointAt(to) - m_view->imagePointAt(from);
        const QRectF got = edited[0][1].toRectF();
        QVERIFY2(near(got, r.translated(d), 1e-6), describe(got));
        QCOMPARE(got.size(), r.size());
        QCOMPARE(m_view->boxes()[0].rect, r); // unchanged until the app calls setBoxes
        // A click without movement edits nothing.
        QTest::mouseClick(vp(), Qt::LeftButton, Qt::NoModifier, from);
        QCOMPARE(edited.count(), 1);
    }

    void handlesResize_data()
    {
        // Where the handle is grabbed (image pixels), how far it is dragged (view
        // pixels), and which edges follow the mouse.
        QTest::addColumn<QPointF>("handle");
        QTest::addColumn<QPoint>("by");
        QTest::addColumn<bool>("left");
        QTest::addColumn<bool>("top");
        QTest::addColumn<bool>("right");
        QTest::addColumn<bool>("bottom");
        QTest::newRow("bottom-right")
            << QPointF(220, 170) << QPoint(40, 30) << false << false << true << true;
        QTest::newRow("top-left") << QPointF(100, 80) << QPoint(-30, 50) << true << true << false
                                  << false;
        QTest::newRow("right edge")
            << QPointF(220, 125) << QPoint(-50, 40) << false << false << true << false;
        QTest::newRow("top edge") << QPointF(160, 80) << QPoint(25, -20) << false << true << false
                                  << false;
    }

    void handlesResize()
    {
        QFETCH(QPointF, handle);
        QFETCH(QPoint, by);
        QFETCH(bool, left);
        QFETCH(bool, top);
        QFETCH(bool, right);
        QFETCH(bool, bottom);
        const QRectF r(100, 80, 120, 90);
        // Under the selected box, a larger box of another annotator's.
        QVERIFY(show({box(7, r), box(8, QRectF(60, 60, 300, 200), false)}));
        m_view->setSelectedBox(7);
        QSignalSpy edited(m_view.get(), &ImageBoxView::boxEdited);
        // Grab the handle a couple of pixels off its centre: the edge does not jump.
        const QPoint from = at(handle.x(), handle.y()) + QPoint(2, -2);
        drag(vp(), from, from + by);
        QCOMPARE(edited.count(), 1);
        const QPointF d = m_view->imagePointAt(from + by) - m_view->imagePointAt(from);
        const QRectF want(
            QPointF(r.left() + (left ? d.x() : 0), r.top() + (top ? d.y() : 0)),
            QPointF(r.right() + (right ? d.x() : 0), r.bottom() + (bottom ? d.y() : 0)));
        const QRectF got = edited[0][1].toRectF();
        QVERIFY2(near(got, want, 1e-6), describe(got) + " vs " + describe(want));
        QCOMPARE(m_view->selectedBox(), 7);
    }

    void editsAreClampedToTheImage()
    {
        const QRectF r(300, 200, 60, 50);
        QVERIFY(show({box(1, r)}));
        QSignalSpy edited(m_view.get(), &ImageBoxView::boxEdited);
        // Moved far to the bottom-right, out of the widget.
        drag(vp(), at(330, 220), at(330, 220) + QPoint(500, 500));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited[0][1].toRectF(), QRectF(kImageW - 60, kImageH - 50, 60, 50));
        // The top-left handle dragged past the image's corner.
        m_view->setSelectedBox(1);
        drag(vp(), at(300, 200), at(0, 0) - QPoint(30, 30));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited[1][1].toRectF(), QRectF(QPointF(0, 0), r.bottomRight()));
        // The bottom-right handle dragged past the top-left one: at least a pixel is left.
        drag(vp(), at(360, 250), at(100, 100));
        QCOMPARE(edited.count(), 3);
        QCOMPARE(edited[2][1].toRectF(), QRectF(300, 200, 1, 1));
    }

    void boxesPartlyOutsideAreNotPulledIn()
    {
        // Imported boxes may stick out of the image: a move keeps them from going further
        // out but does not snap them in; a resize clamps only the edge it drags.
        using namespace boxgeometry;
        const QSizeF image(kImageW, kImageH);
        const QRectF out(-10, 20, 50, 40);
        QCOMPARE(movedInside(out, QPointF(-5, 0), image), out);
        QCOMPARE(movedInside(out, QPointF(4, -30), image), QRectF(-6, 0, 50, 40));
        QCOMPARE(resized(out, BottomRight, QPointF(500, 5), image, 1.0),
                 QRectF(QPointF(-10, 20), QPointF(kImageW, 65)));
        QCOMPARE(resized(out, Left, QPointF(-5, 0), image, 1.0), QRectF(0, 20, 40, 40));
    }

    void othersBoxesCannotBeEdited()
    {
        const QRectF r(100, 80, 120, 90);
        QVERIFY(show({box(4, r, false)}));
        QSignalSpy edited(m_view.get(), &ImageBoxView::boxEdited);
        QSignalSpy deleted(m_view.get(), &ImageBoxView::deleteRequested);
        drag(vp(), at(150, 120), at(150, 120) + QPoint(60, 60));
        QCOMPARE(m_view->selectedBox(), 4);                      // selectable, to see it
        drag(vp(), at(220, 170), at(220, 170) + QPoint(40, 40)); // where a handle would be
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(deleted.count(), 0);
    }

    void tabCyclesAndDeleteRequests()
    {
        QVERIFY(show({box(1, QRectF(10, 10, 50, 50)), box(2, QRectF(100, 10, 50, 50), false),
                      box(3, QRectF(200, 10, 50, 50))}));
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedBox(), 1);
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedBox(), 2);
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_view->selectedBox(), 1); // wraps
        QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_view->selectedBox(), 3);
        QSignalSpy deleted(m_view.get(), &ImageBoxView::deleteRequested);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted[0][0].toLongLong(), 3);
        m_view->setSelectedBox(1);
        QTest::keyClick(m_view.get(), Qt::Key_Backspace);
        QCOMPARE(deleted.count(), 2);
        QCOMPARE(deleted[1][0].toLongLong(), 1);
        m_view->setSelectedBox(-1);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(deleted.count(), 2);
    }

    void arrowsNudge()
    {
        QVERIFY(show({box(5, QRectF(100, 100, 40, 30))}));
        applyEdits();
        m_view->setSelectedBox(5);
        QSignalSpy edited(m_view.get(), &ImageBoxView::boxEdited);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_view->boxes()[0].rect, QRectF(102, 99, 40, 30));
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(m_view->boxes()[0].rect, QRectF(92, 109, 40, 30));
        QCOMPARE(edited.count(), 5);
        // At the image edge the nudge stops; nothing changed, nothing emitted.
        m_view->setBoxes({box(5, QRectF(kImageW - 40, 0, 40, 30))});
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(edited.count(), 5);
        QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_view->boxes()[0].rect, QRectF(kImageW - 40, 10, 40, 30));
    }

    void setBoxesKeepsTheSelectionWhileItsIdRemains()
    {
        QVERIFY(show({box(1, QRectF(10, 10, 50, 50)), box(2, QRectF(100, 10, 50, 50))}));
        m_view->setSelectedBox(2);
        QSignalSpy selected(m_view.get(), &ImageBoxView::boxSelected);
        m_view->setBoxes({box(2, QRectF(120, 40, 50, 50)), box(9, QRectF(0, 0, 5, 5))});
        QCOMPARE(m_view->selectedBox(), 2);
        QCOMPARE(selected.count(), 0);
        m_view->setBoxes({box(9, QRectF(0, 0, 5, 5))});
        QCOMPARE(m_view->selectedBox(), -1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected[0][0].toLongLong(), -1);
        m_view->setSelectedBox(42); // not there
        QCOMPARE(m_view->selectedBox(), -1);
        // A null image clears boxes and selection.
        m_view->setSelectedBox(9);
        m_view->setImage(QImage());
        QVERIFY(m_view->boxes().isEmpty());
        QCOMPARE(m_view->selectedBox(), -1);
    }

    void panWithMiddleButtonSpaceOrPanMode()
    {
        QVERIFY(show({box(1, QRectF(100, 80, 120, 90))}));
        m_view->zoomBy(4.0);
        QCoreApplication::processEvents();
        QSignalSpy edited(m_view.get(), &ImageBoxView::boxEdited);
        QSignalSpy drawn(m_view.get(), &ImageBoxView::boxDrawn);
        const QPointF p(200, 150);
        QPoint before = at(p.x(), p.y());
        drag(vp(), before, before + QPoint(-80, -50), Qt::MiddleButton);
        QVERIFY(near(QPointF(at(p.x(), p.y())), QPointF(before + QPoint(-80, -50)), 1.0));
        // Space + left drag pans, even in Draw mode, and draws nothing.
        m_view->setMode(ImageBoxView::ViewMode::Draw);
        before = at(p.x(), p.y());
        QTest::keyPress(m_view.get(), Qt::Key_Space);
        drag(vp(), before, before + QPoint(60, 30));
        QTest::keyRelease(m_view.get(), Qt::Key_Space);
        QVERIFY(near(QPointF(at(p.x(), p.y())), QPointF(before + QPoint(60, 30)), 1.0));
        // Pan mode: a left drag over a box pans instead of moving it.
        m_view->setMode(ImageBoxView::ViewMode::Pan);
        before = at(180, 140);
        drag(vp(), before, before + QPoint(40, 40));
        QVERIFY(near(QPointF(at(180, 140)), QPointF(before + QPoint(40, 40)), 1.0));
        QCOMPARE(edited.count(), 0);
        QCOMPARE(drawn.count(), 0);
    }

    void viewKeysBeatTheWindowsShortcuts()
    {
        // The app binds Space (play) and Delete to window shortcuts; in the view they pan
        // and delete the selected box, and only then.
        QWidget window;
        auto* view = new ImageBoxView(&window);
        view->setGeometry(0, 0, 820, 620);
        QAction play(&window);
        play.setShortcut(QKeySequence(Qt::Key_Space));
        QAction erase(&window);
        erase.setShortcut(QKeySequence(Qt::Key_Delete));
        window.addAction(&play);
        window.addAction(&erase);
        QSignalSpy played(&play, &QAction::triggered);
        QSignalSpy erased(&erase, &QAction::triggered);
        window.resize(820, 620);
        view->setImage(testImage());
        view->setBoxes({box(1, QRectF(100, 80, 120, 90)), box(2, QRectF(250, 80, 60, 60), false)});
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QVERIFY(view->hasFocus());
        QSignalSpy deleted(view, &ImageBoxView::deleteRequested);
        view->setSelectedBox(2); // another annotator's: Delete is the window's
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(erased.count(), 1);
        QCOMPARE(deleted.count(), 0);
        view->setSelectedBox(1);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(erased.count(), 1);
        QCOMPARE(deleted.count(), 1);
        view->zoomBy(3.0);
        const QPoint before = view->viewportPointOf(QPointF(200, 150));
        QTest::keyPress(view, Qt::Key_Space);
        QCOMPARE(view->viewport()->cursor().shape(), Qt::OpenHandCursor);
        drag(view->viewport(), before, before + QPoint(-40, 30));
        QTest::keyRelease(view, Qt::Key_Space);
        QCOMPARE(played.count(), 0);
        QVERIFY(near(QPointF(view->viewportPointOf(QPointF(200, 150))),
                     QPointF(before + QPoint(-40, 30)), 1.0));
        view->setImage(QImage());
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(played.count(), 1); // no image: Space is the window's again
    }

    void cursorsAndEscape()
    {
        const QRectF r(100, 80, 120, 90);
        QVERIFY(show({box(1, r), box(2, QRectF(250, 80, 60, 60), false)}));
        m_view->setSelectedBox(1);
        const auto shapeAt = [this](QPoint p) {
            QTest::mouseMove(vp(), p);
            return vp()->cursor().shape();
        };
        QCOMPARE(shapeAt(at(220, 170)), Qt::SizeFDiagCursor);
        QCOMPARE(shapeAt(at(100, 170)), Qt::SizeBDiagCursor);
        QCOMPARE(shapeAt(at(160, 80)), Qt::SizeVerCursor);
        QCOMPARE(shapeAt(at(100, 125)), Qt::SizeHorCursor);
        QCOMPARE(shapeAt(at(150, 120)), Qt::SizeAllCursor);
        QCOMPARE(shapeAt(at(280, 110)), Qt::PointingHandCursor);
        QCOMPARE(shapeAt(at(350, 250)), Qt::ArrowCursor);
        m_view->setMode(ImageBoxView::ViewMode::Draw);
        QCOMPARE(shapeAt(at(150, 120)), Qt::CrossCursor);
        m_view->setMode(ImageBoxView::ViewMode::Pan);
        QCOMPARE(shapeAt(at(150, 120)), Qt::OpenHandCursor);
        m_view->setMode(ImageBoxView::ViewMode::Select);
        // Escape during a move drops it: nothing is emitted on release.
        QSignalSpy edited(m_view.get(), &ImageBoxView::boxEdited);
        const QPoint from = at(150, 120);
        QTest::mousePress(vp(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(vp(), from + QPoint(30, 30));
        QCOMPARE(vp()->cursor().shape(), Qt::SizeAllCursor);
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QTest::mouseRelease(vp(), Qt::LeftButton, Qt::NoModifier, from + QPoint(40, 40));
        QCOMPARE(edited.count(), 0);
        // The same drag without Escape edits.
        drag(vp(), from, from + QPoint(40, 40));
        QCOMPARE(edited.count(), 1);
    }

    void cursorReadOutAndDrawnCount()
    {
        QList<BoxItem> boxes;
        for (int i = 0; i < 20; ++i)
            boxes << box(i + 1, QRectF(20 * (i % 5) + 10 * i, 15 * (i / 5) + 10, 30, 20),
                         i % 3 != 0, QStringLiteral("class %1").arg(i % 4));
        boxes << box(100, QRectF(300, 220, 80, 60), true, QString());
        QVERIFY(show(boxes));
        QSignalSpy moved(m_view.get(), &ImageBoxView::cursorMoved);
        QTest::mouseMove(vp(), at(123, 45));
        QVERIFY(moved.count() >= 1);
        QVERIFY(near(moved.last()[0].toPointF(), QPointF(123, 45), px()));
        QTest::mouseMove(vp(), QPoint(1, 1));
        QCOMPARE(moved.last()[0].toPointF(), QPointF(-1, -1));
        m_view->setSelectedBox(3);
        vp()->repaint();
        QCOMPARE(m_view->drawnCount(), boxes.size());
        saveScreenshot(QStringLiteral("image_box_view_fit.png"));
        // Zoomed in on the bottom-right box: the others are not painted.
        m_view->zoomBy(6.0);
        m_view->centerOn(340, 250);
        vp()->repaint();
        QCOMPARE(m_view->drawnCount(), 1);
        m_view->setMode(ImageBoxView::ViewMode::Draw);
        QTest::mouseMove(vp(), at(330, 240));
        QTest::mousePress(vp(), Qt::LeftButton, Qt::NoModifier, at(330, 240));
        QTest::mouseMove(vp(), at(345, 255));
        QTest::mouseMove(vp(), at(350, 262));
        vp()->repaint();
        saveScreenshot(QStringLiteral("image_box_view_drawing.png"));
        QTest::mouseRelease(vp(), Qt::LeftButton, Qt::NoModifier, at(350, 262));
    }
};

QTEST_MAIN(TestImageBoxView)
#include "test_image_box_view.moc"
