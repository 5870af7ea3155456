#pragma once
// The class a sample counts under for splitting, balance and export: independent of
// who annotated it. The caller decides (a review-aware caller passes its consensus
// classes); effectiveClasses() is the default until core/review provides one.

#include "store/SampleScan.h"

#include <QHash>
#include <QString>

namespace tally {

class Project;

// Sample id -> class for every non-background sample that has one: the imported class
// (samples.class_id) when set, else the label most annotators gave (a tie goes to the
// class name that sorts first). Samples with neither are absent.
QHash<qint64, QString> effectiveClasses(Project& project);

// The same rule for one sample of a scan (store/SampleScan.h), for passes that stream
// the project instead of holding a hash: "" for background or no class (shared text).
QString effectiveClassOf(const SampleScan& scan, const ScannedSample& s);

} // namespace tally
