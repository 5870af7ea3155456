#pragma once
// Which sample kinds each class is used with — by the samples imported with it and by
// the labels, regions and boxes given with it — so that the class panel can show the
// classes of the kind on screen first. One query; the thread that opened the project.

#include <QHash>

namespace tally {

class Project;

// class id -> a bit set of (1 << int(SampleKind)); a class nothing uses is not in it.
// Empty on a database error.
QHash<qint64, unsigned> classKinds(Project& project);

} // namespace tally
