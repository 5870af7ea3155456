#pragma once
// A sample's full history (store/Reviews.h history()): one row per event — when
// (local time), who, what (the audit action) and a one-line description — oldest
// first, with Export… writing the events as CSV or JSON (chosen by the file's
// suffix; JSON also carries the before / after values).

#include "store/AuditLog.h"

#include <QDialog>

class QTableWidget;

namespace tally {

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(const QString& sampleTitle, const QList<HistoryEvent>& events,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<HistoryEvent>& events() const { return m_events; }
    // Writes the events to path: JSON when it ends in ".json", CSV otherwise.
    // False with a message in *error when the file cannot be written.
    bool exportTo(const QString& path, QString* error = nullptr) const;
    QByteArray toCsv() const;
    QByteArray toJson() const;

private:
    void exportInteractive();

    QString m_title;
    QList<HistoryEvent> m_events;
    QTableWidget* m_table = nullptr;
};

} // namespace tally
