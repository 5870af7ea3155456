// BoxPainter's outline (issue 11, frame cost): drawn as filled strips instead of a
// stroked wide pen, it must cover exactly the pixels the outline always covered —
// widthPx pixels inside the box's edges — and leave the inside to the fill.
#include "BoxPainter.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace tally;

class TestBoxOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlineIsWidthPixelsInsideTheEdges_data()
    {
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<QRect>("pixels"); // the snapped rect's pixels
        QTest::addColumn<int>("width");
        QTest::newRow("box") << QRectF(10.4, 8.6, 30.2, 20.0)
                             << QRect(QPoint(10, 9), QPoint(40, 28)) << int(BoxPainter::kOutlinePx);
        // Narrower than two outlines: all outline, as the wide pen drew it.
        QTest::newRow("thin") << QRectF(20.0, 5.0, 3.0, 30.0)
                              << QRect(QPoint(20, 5), QPoint(22, 34))
                              << int(BoxPainter::kOutlinePx);
    }

    void outlineIsWidthPixelsInsideTheEdges()
    {
        QFETCH(QRectF, rect);
        QFETCH(QRect, pixels);
        QFETCH(int, width);
        QImage image(60, 50, QImage::Format_RGB32);
        image.fill(Qt::black);
        BoxItem box;
        box.id = 1;
        box.colour = QColor(255, 0, 0);
        box.editable = true; // solid outline
        {
            QPainter p(&image);
            BoxPainter painter;
            painter.paintBox(&p, box, rect, QRectF(image.rect()), false);
        }
        const QRect s = pixels;
        int outline = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb px = image.pixel(x, y);
                const bool inBox = s.contains(x, y);
                // (QRect::contains() would normalise a rect inverted by the insets.)
                const bool inside = x >= s.left() + width && x <= s.right() - width &&
                                    y >= s.top() + width && y <= s.bottom() - width;
                const bool inOutline = inBox && !inside;
                if (!inBox) {
                    QCOMPARE(px, qRgb(0, 0, 0)); // nothing outside the box
                } else if (inOutline) {
                    QCOMPARE(px, qRgb(255, 0, 0));
                    ++outline;
                } else {
                    // The translucent fill over black: red, not full.
                    QVERIFY(qRed(px) > 0 && qRed(px) < 128);
                    QCOMPARE(qGreen(px), 0);
                }
            }
        const int inside = std::max(0, s.width() - 2 * width) * std::max(0, s.height() - 2 * width);
        QCOMPARE(outline, s.width() * s.height() - inside);
    }
};

QTEST_MAIN(TestBoxOutline)
#include "test_box_outline.moc"
