#include "store/ClassKinds.h"

#include "store/Project.h"

#include <QSqlQuery>

namespace tally {

QHash<qint64, unsigned> classKinds(Project& project)
{
    QHash<qint64, unsigned> out;
    QSqlQuery q(project.db());
    q.setForwardOnly(true);
    const bool ok = q.exec(QStringLiteral(
        "SELECT DISTINCT class_id, kind FROM samples WHERE class_id IS NOT NULL"
        " UNION SELECT l.class_id, s.kind FROM labels l JOIN samples s ON s.id = l.sample_id"
        " UNION SELECT r.class_id, s.kind FROM regions r JOIN samples s ON s.id = r.sample_id"
        " WHERE r.class_id IS NOT NULL"
        " UNION SELECT b.class_id, s.kind FROM boxes b JOIN samples s ON s.id = b.sample_id"
        " WHERE b.class_id IS NOT NULL"));
    if (ok)
        while (q.next())
            out[q.value(0).toLongLong()] |= 1u << q.value(1).toUInt();
    return out;
}

} // namespace tally
