#pragma once
// The annotators table: the people (and tools) who label and review, with a role.
// Every edit is one audited transaction (store/AuditedEdit.h).
//
// Thread-safety: like Project, use from the thread that opened the project. An
// Annotators is free to make (it uses the Project's statement cache).

#include "store/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <vector>

namespace tally {

class Project;

class Annotators
{
    Q_DECLARE_TR_FUNCTIONS(tally::Annotators)

public:
    explicit Annotators(Project& project) : m_project(project) {}

    // The annotator of that name, created (with role) if missing. Name trimmed, non-empty.
    Result<AnnotatorRecord> ensureAnnotator(const QString& name,
                                            AnnotatorRole role = AnnotatorRole::Annotator);
    Result<AnnotatorRecord> annotator(const QString& name) const;
    std::vector<AnnotatorRecord> annotators() const; // ordered by name
    Status setAnnotatorRole(qint64 annotatorId, AnnotatorRole role);

private:
    Project& m_project;
};

} // namespace tally
