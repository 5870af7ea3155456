#include "store/ShapeRows.h"

#include "store/StoreSql.h"

namespace tally::detail {

namespace {

QVariant realOrNull(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QJsonValue classJson(qint64 classId)
{
    return classId > 0 ? QJsonValue(classId) : QJsonValue();
}

} // namespace

const QString& ShapeRows<RegionRecord>::select()
{
    static const QString sql = QStringLiteral(
        "SELECT r.id, r.sample_id, r.annotator_id, a.name, r.class_id, c.name, r.start_sec,"
        " r.end_sec, r.low_hz, r.high_hz FROM regions r"
        " JOIN annotators a ON a.id = r.annotator_id LEFT JOIN classes c ON c.id = r.class_id ");
    return sql;
}

RegionRecord ShapeRows<RegionRecord>::from(const QSqlQuery& q)
{
    RegionRecord r;
    r.id = q.value(0).toLongLong();
    r.sampleId = q.value(1).toLongLong();
    r.annotatorId = q.value(2).toLongLong();
    r.annotatorName = q.value(3).toString();
    r.classId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    r.className = q.value(5).toString();
    r.startSec = q.value(6).toDouble();
    r.endSec = q.value(7).toDouble();
    if (!q.value(8).isNull() && !q.value(9).isNull()) {
        r.lowHz = q.value(8).toDouble();
        r.highHz = q.value(9).toDouble();
    }
    return r;
}

const QString& ShapeRows<RegionRecord>::insert()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO regions(id, sample_id, annotator_id, class_id, start_sec, end_sec, low_hz,"
        " high_hz, at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id");
    return sql;
}

const QString& ShapeRows<RegionRecord>::update()
{
    static const QString sql = QStringLiteral(
        "UPDATE regions SET class_id = ?, start_sec = ?, end_sec = ?, low_hz = ?, high_hz = ?,"
        " at = ? WHERE id = ?");
    return sql;
}

QVariantList ShapeRows<RegionRecord>::columns(const RegionRecord& r)
{
    const bool band = r.hasBand();
    return {idOrNull(r.classId), r.startSec, r.endSec, band ? realOrNull(r.lowHz) : realOrNull({}),
            band ? realOrNull(r.highHz) : realOrNull({})};
}

QJsonObject ShapeRows<RegionRecord>::json(const RegionRecord& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("sample_id"), r.sampleId},
                  {QStringLiteral("annotator_id"), r.annotatorId},
                  {QStringLiteral("class_id"), classJson(r.classId)},
                  {QStringLiteral("start_sec"), r.startSec},
                  {QStringLiteral("end_sec"), r.endSec}};
    if (r.hasBand()) {
        o.insert(QStringLiteral("low_hz"), *r.lowHz);
        o.insert(QStringLiteral("high_hz"), *r.highHz);
    }
    return o;
}

const QString& ShapeRows<BoxRecord>::select()
{
    static const QString sql = QStringLiteral(
        "SELECT b.id, b.sample_id, b.annotator_id, a.name, b.class_id, c.name, b.x, b.y, b.w, b.h"
        " FROM boxes b JOIN annotators a ON a.id = b.annotator_id"
        " LEFT JOIN classes c ON c.id = b.class_id ");
    return sql;
}

BoxRecord ShapeRows<BoxRecord>::from(const QSqlQuery& q)
{
    BoxRecord b;
    b.id = q.value(0).toLongLong();
    b.sampleId = q.value(1).toLongLong();
    b.annotatorId = q.value(2).toLongLong();
    b.annotatorName = q.value(3).toString();
    b.classId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    b.className = q.value(5).toString();
    b.x = q.value(6).toDouble();
    b.y = q.value(7).toDouble();
    b.w = q.value(8).toDouble();
    b.h = q.value(9).toDouble();
    return b;
}

const QString& ShapeRows<BoxRecord>::insert()
{
    static const QString sql =
        QStringLiteral("INSERT INTO boxes(id, sample_id, annotator_id, class_id, x, y, w, h, at)"
                       " VALUES (?,?,?,?,?,?,?,?,?) RETURNING id");
    return sql;
}

const QString& ShapeRows<BoxRecord>::update()
{
    static const QString sql = QStringLiteral(
        "UPDATE boxes SET class_id = ?, x = ?, y = ?, w = ?, h = ?, at = ? WHERE id = ?");
    return sql;
}

QVariantList ShapeRows<BoxRecord>::columns(const BoxRecord& b)
{
    return {idOrNull(b.classId), b.x, b.y, b.w, b.h};
}

QJsonObject ShapeRows<BoxRecord>::json(const BoxRecord& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("sample_id"), b.sampleId},
            {QStringLiteral("annotator_id"), b.annotatorId},
            {QStringLiteral("class_id"), classJson(b.classId)},
            {QStringLiteral("x"), b.x},
            {QStringLiteral("y"), b.y},
            {QStringLiteral("w"), b.w},
            {QStringLiteral("h"), b.h}};
}

template <class Record> QVariantList insertValues(const Record& r, const QString& at)
{
    QVariantList v{idOrNull(r.id), r.sampleId, r.annotatorId};
    v += ShapeRows<Record>::columns(r);
    v.append(at);
    return v;
}

template <class Record> QVariantList updateValues(const Record& r, const QString& at)
{
    QVariantList v = ShapeRows<Record>::columns(r);
    v.append(at);
    v.append(r.id);
    return v;
}

template QVariantList insertValues<RegionRecord>(const RegionRecord&, const QString&);
template QVariantList insertValues<BoxRecord>(const BoxRecord&, const QString&);
template QVariantList updateValues<RegionRecord>(const RegionRecord&, const QString&);
template QVariantList updateValues<BoxRecord>(const BoxRecord&, const QString&);

} // namespace tally::detail
