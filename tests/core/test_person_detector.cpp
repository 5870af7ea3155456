// detectPeople on OpenCV's own sample photo (Debian package opencv-doc): the standing man
// on the left of basketball1.png is found (IoU >= 0.5 against a box drawn by hand), also
// when the photo is scaled up past kMaxSidePx or cut down below the detector's window
// (boxes mapped back to the image's own pixels); a blank image has no one in it; scores
// filter; unreadable files are errors naming them; iou known answers.
#include "assist/PersonDetector.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tally::assist;

namespace {

const QString kPhoto = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/basketball1.png");
// Drawn by hand: the man from the top of his head to his shoes, his arm to his foot.
const PersonBox kMan{35, 78, 125, 397, 0};

double bestIou(const std::vector<PersonBox>& boxes, const PersonBox& truth)
{
    double best = 0;
    for (const PersonBox& b : boxes)
        best = std::max(best, iou(b, truth));
    return best;
}

PersonBox scaled(const PersonBox& b, double s)
{
    return PersonBox{b.x * s, b.y * s, b.w * s, b.h * s, 0};
}

} // namespace

class TestPersonDetector : public QObject
{
    Q_OBJECT

    QImage m_photo;

private Q_SLOTS:
    void initTestCase();
    void findsTheStandingMan();
    void largeImageBoxesInOriginalPixels();
    void smallImageIsScaledUp();
    void blankImageHasNoOne();
    void scoresFilter();
    void unreadableFilesAreErrors();
    void iouKnownAnswers();
};

void TestPersonDetector::initTestCase()
{
    if (!QFile::exists(kPhoto))
        QSKIP("basketball1.png is missing: install the Debian package opencv-doc "
              "(scripts/deps.sh does)");
    QVERIFY(m_photo.load(kPhoto));
}

void TestPersonDetector::findsTheStandingMan()
{
    const auto r = detectPeople(kPhoto);
    QVERIFY2(r.isOk(), qPrintable(r.error().toString()));
    QVERIFY2(bestIou(r.value(), kMan) >= 0.5,
             qPrintable(QString::number(bestIou(r.value(), kMan))));
    for (size_t i = 1; i < r.value().size(); ++i)
        QVERIFY(r.value()[i - 1].score >= r.value()[i].score);
    for (const PersonBox& b : r.value())
        QVERIFY(b.x >= 0 && b.y >= 0 && b.x + b.w <= 640 && b.y + b.h <= 480);
}

void TestPersonDetector::largeImageBoxesInOriginalPixels()
{
    const QImage big = m_photo.scaled(1280, 960, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const auto r = detectPeople(big);
    QVERIFY(r.isOk());
    QVERIFY2(bestIou(r.value(), scaled(kMan, 2.0)) >= 0.5,
             qPrintable(QString::number(bestIou(r.value(), scaled(kMan, 2.0)))));
}

void TestPersonDetector::smallImageIsScaledUp()
{
    // The man with some room around him, a quarter of the size: 50 × 110 pixels.
    const QImage crop = m_photo.copy(0, 40, 200, 440)
                            .scaled(50, 110, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const auto r = detectPeople(crop);
    QVERIFY(r.isOk());
    const PersonBox man{(kMan.x - 0) / 4, (kMan.y - 40) / 4, kMan.w / 4, kMan.h / 4, 0};
    QVERIFY2(bestIou(r.value(), man) >= 0.5, qPrintable(QString::number(bestIou(r.value(), man))));
    for (const PersonBox& b : r.value())
        QVERIFY(b.x + b.w <= 50.0 + 1e-9 && b.y + b.h <= 110.0 + 1e-9);
}

void TestPersonDetector::blankImageHasNoOne()
{
    QImage grey(640, 480, QImage::Format_Grayscale8);
    grey.fill(128);
    const auto r = detectPeople(grey);
    QVERIFY(r.isOk());
    QCOMPARE(r.value().size(), size_t(0));
    QVERIFY(!detectPeople(QImage()).isOk());
}

void TestPersonDetector::scoresFilter()
{
    const auto all = detectPeople(m_photo, 0.0);
    const auto sure = detectPeople(m_photo, 1.0);
    QVERIFY(all.isOk() && sure.isOk());
    int expected = 0;
    for (const PersonBox& b : all.value())
        expected += b.score >= 1.0;
    QCOMPARE(int(sure.value().size()), expected);
    for (const PersonBox& b : sure.value())
        QVERIFY(b.score >= 1.0);
    const auto none = detectPeople(m_photo, 1e9);
    QVERIFY(none.isOk() && none.value().empty());
}

void TestPersonDetector::unreadableFilesAreErrors()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nobody.png"));
    const auto r = detectPeople(missing);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().path, missing);
    QVERIFY(r.error().toString().contains(missing));
    const QString junk = dir.filePath(QStringLiteral("junk.png"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\x89PNG\r\n\x1a\nnot really");
    f.close();
    const auto j = detectPeople(junk);
    QVERIFY(!j.isOk());
    QCOMPARE(j.error().path, junk);
}

void TestPersonDetector::iouKnownAnswers()
{
    const PersonBox a{0, 0, 10, 10, 0};
    QCOMPARE(iou(a, a), 1.0);
    QCOMPARE(iou(a, PersonBox{20, 0, 10, 10, 0}), 0.0);
    QCOMPARE(iou(a, PersonBox{5, 0, 10, 10, 0}), 50.0 / 150.0);
    QCOMPARE(iou(a, PersonBox{2, 2, 5, 5, 0}), 25.0 / 100.0);
    QCOMPARE(iou(a, PersonBox{0, 0, 0, 10, 0}), 0.0);
}

QTEST_GUILESS_MAIN(TestPersonDetector)
#include "test_person_detector.moc"
