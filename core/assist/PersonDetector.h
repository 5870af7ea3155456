#pragma once
// People in a photo, found by OpenCV's HOG pedestrian detector (Dalal & Triggs 2005:
// cv::HOGDescriptor's default 64 × 128 window and its linear SVM,
// getDefaultPeopleDetector()), as the assistant's first box suggestions.
//
// The image is read with QImageReader (no OpenCV image codecs) as 8-bit RGB. One smaller
// than the 64 × 128 window is scaled up until the window fits, and then given a border
// of its edge pixels repeated (16 px left and right, 32 px top and bottom): such an image
// is mostly the person, and the detector only sees a person of ~96 px inside its 128 px
// window, so without room around them it finds nobody. One whose long side is over
// kMaxSidePx is scaled down to it (for speed: the detector's time grows with the pixels).
// detectMultiScale runs with an 8 px stride, 32 px padding and 1.05 between scales, and groups the
// raw windows (groupThreshold 2, eps 0.2); each box's score is its SVM margin (the weight OpenCV
// reports; larger = surer). The detector's window holds a margin around the person, so each box is
// shrunk the way OpenCV's peopledetect sample shrinks it (10 % off each side, 7 % off the top, 80 %
// of the height kept), then mapped back to the original image's pixels and clipped to it.
//
// It finds upright, mostly visible people at least ~100 px tall after scaling; it misses
// people sitting, bending or cut off by the frame (see bench_person_detector).
// Thread-safety: pure functions; call from any thread.

#include "util/Result.h"

#include <QImage>
#include <QString>
#include <vector>

namespace tally::assist {

// A box in the original image's pixels: top-left (x, y), width and height.
struct PersonBox
{
    double x = 0, y = 0, w = 0, h = 0;
    double score = 0;
};

constexpr int kMaxSidePx = 800;

// Boxes with score >= minScore, highest score first. Errors name the file.
Result<std::vector<PersonBox>> detectPeople(const QString& imagePath, double minScore = 0.0);
// The same on an image in memory (errors have no path).
Result<std::vector<PersonBox>> detectPeople(const QImage& image, double minScore = 0.0);

// Intersection over union of two boxes (0 when either is empty).
double iou(const PersonBox& a, const PersonBox& b);

} // namespace tally::assist
