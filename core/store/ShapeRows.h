#pragma once
// Internal to core/store: regions and boxes ("shapes") as rows, one way for both. A
// shape's columns are bound positionally from values() (store/StoreSql.h bindAll) in
// the order of its insert / update statement, read back from its select with from(),
// and written to the audit log as json(). Regions, Boxes and MergeWriter all use these.

#include "store/Records.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace tally::detail {

template <class Record> struct ShapeRows;

template <> struct ShapeRows<RegionRecord>
{
    // "SELECT ... FROM regions r JOIN ..." ending in a space; a WHERE / ORDER BY follows.
    static const QString& select();
    static RegionRecord from(const QSqlQuery& q);
    // INSERT: id (NULL for a new one), sample, annotator, then the columns of columns().
    static const QString& insert();
    // UPDATE of the columns of columns() (then at) WHERE id = ?.
    static const QString& update();
    // class, start, end, low, high: the part an edit changes.
    static QVariantList columns(const RegionRecord& r);
    static QJsonObject json(const RegionRecord& r);
};

template <> struct ShapeRows<BoxRecord>
{
    static const QString& select();
    static BoxRecord from(const QSqlQuery& q);
    static const QString& insert();
    static const QString& update();
    // class, x, y, w, h.
    static QVariantList columns(const BoxRecord& b);
    static QJsonObject json(const BoxRecord& b);
};

// The values of the insert statement of Record: id, sample, annotator, columns, at.
template <class Record> QVariantList insertValues(const Record& r, const QString& at);
// The values of the update statement of Record: columns, at, id.
template <class Record> QVariantList updateValues(const Record& r, const QString& at);

} // namespace tally::detail
