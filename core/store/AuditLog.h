#pragma once
// The audit table, read back: who changed what on a sample, when, before and after.
// Rows are written by every edit of the store (store/AuditedEdit.h); this is the
// reading side.
//
// Thread-safety: like Project, use from the thread that opened the project. An
// AuditLog is free to make.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace tally {

class Project;

// One entry of a sample's history. action is the audit action ("sample.add", "label",
// "region.add", "region.update", "region.delete", "vote", "review", "review.delete",
// "merge", ...); description is a translated one-line "what" (class names resolved).
struct HistoryEvent
{
    QDateTime at;
    qint64 annotatorId = 0; // 0 = none (the import)
    QString annotatorName;
    QString action;
    QString description;
    QJsonValue before;
    QJsonValue after;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(tally::AuditLog)

public:
    explicit AuditLog(Project& project) : m_project(project) {}

    // Everything that happened to the sample, oldest first: its import ("sample.add"),
    // every audited label / region / box / vote / class change on it, and every review.
    QList<HistoryEvent> history(qint64 sampleId) const;
    // Audit rows in the project (sampleId 0: all; else those about that sample).
    qint64 rowCount(qint64 sampleId = 0) const;

private:
    Project& m_project;
};

} // namespace tally
