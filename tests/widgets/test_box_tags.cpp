// Box names that do not cover each other: boxes sharing a corner (a person and the bag
// they hold) or stacked close get their tags placed one below the other; a lone box's
// tag stays above its corner; the tags of a new frame start afresh.
#include "BoxPainter.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace tally;

class TestBoxTags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loneTagSitsAboveTheCorner();
    void sharedCornerTagsDoNotOverlap();
    void newFrameStartsAfresh();
};

namespace {
BoxItem box(const QString& label, const QRectF& rect)
{
    BoxItem b;
    b.label = label;
    b.rect = rect;
    b.colour = Qt::red;
    return b;
}
} // namespace

void TestBoxTags::loneTagSitsAboveTheCorner()
{
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    BoxPainter painter;
    painter.beginTags();
    const QRectF r(50, 100, 120, 80);
    painter.paintTag(&p, box(QStringLiteral("person"), r), r, image.rect(), false);
    QCOMPARE(painter.placedTags().size(), size_t(1));
    const QRectF tag = painter.placedTags().front();
    QCOMPARE(tag.left(), 50.0);
    QCOMPARE(tag.bottom(), 100.0);
}

void TestBoxTags::sharedCornerTagsDoNotOverlap()
{
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    BoxPainter painter;
    painter.beginTags();
    // Three boxes with (almost) one top-left corner, as a crowd's boxes often have.
    const QRectF rects[] = {{50, 100, 120, 150}, {50, 100, 60, 60}, {52, 103, 80, 120}};
    const char* names[] = {"person", "backpack", "umbrella"};
    for (int i = 0; i < 3; ++i)
        painter.paintTag(&p, box(QLatin1String(names[i]), rects[i]), rects[i], image.rect(), false);
    const auto& tags = painter.placedTags();
    QCOMPARE(tags.size(), size_t(3));
    for (size_t i = 0; i < tags.size(); ++i)
        for (size_t j = i + 1; j < tags.size(); ++j)
            QVERIFY2(!tags[i].intersects(tags[j]),
                     qPrintable(QStringLiteral("tags %1 and %2").arg(i).arg(j)));
    // The first keeps its place; the others stay at their box's left edge.
    QCOMPARE(tags[0].bottom(), 100.0);
    QCOMPARE(tags[1].left(), 50.0);
    QCOMPARE(tags[2].left(), 52.0);
}

void TestBoxTags::newFrameStartsAfresh()
{
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    BoxPainter painter;
    const QRectF r(50, 100, 120, 80);
    for (int frame = 0; frame < 2; ++frame) {
        painter.beginTags();
        painter.paintTag(&p, box(QStringLiteral("car"), r), r, image.rect(), false);
        QCOMPARE(painter.placedTags().size(), size_t(1));
        QCOMPARE(painter.placedTags().front().bottom(), 100.0);
    }
}

QTEST_MAIN(TestBoxTags)
#include "test_box_tags.moc"
