#pragma once
// Which boxes of an image count, and the Visual Wake Words label derived from them
// (shared/FORMATS.md): "person" when the image has a box of the person class whose
// area (clipped to the image) is at least minAreaFraction of the image's area, else
// "not person". Pure functions over store records; the rule lives in the project's
// settings.

#include "store/Records.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace tally {

class Project;

namespace vwwsettings {
inline const QString kPersonClass = QStringLiteral("vww/person_class");
inline const QString kMinArea = QStringLiteral("vww/min_area");
} // namespace vwwsettings

struct VwwRule
{
    QString personClass = QStringLiteral("person"); // compared case-insensitively
    double minAreaFraction = 0.005;                 // COCO-derived VWW: 0.5 %
};

// Why a rule cannot be used (minAreaFraction not a finite number in [0, 1], or an
// empty person class), or success. The Error has no path: callers add theirs.
Status checkVwwRule(const VwwRule& rule);

// The rule in the project's settings (defaults for missing or malformed values), and
// storing one (refused as checkVwwRule refuses).
VwwRule loadVwwRule(const Project& project);
Status saveVwwRule(Project& project, const VwwRule& rule);

// "person" / "not_person" as folder names; "person" / "not person" for people.
inline QString vwwFolderName(bool person)
{
    return person ? QStringLiteral("person") : QStringLiteral("not_person");
}

// True when one box of rule.personClass covers >= rule.minAreaFraction of the image
// (area clipped to [0, width] × [0, height]; compared as area >= fraction * width *
// height with a relative tolerance of 1e-9). False for an image of unknown size.
bool isPerson(const QList<BoxRecord>& boxes, int width, int height, const VwwRule& rule);

// The boxes that speak for an image when several annotators drew on it: `annotator`'s
// (by name) when given; otherwise those of the annotator with the most boxes, a person
// winning a tie against "imported", then the lower annotator id. Order kept.
QList<BoxRecord> chosenBoxes(const QList<BoxRecord>& boxesOfImage, const QString& annotator = {});

} // namespace tally
