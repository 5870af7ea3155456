#include "store/AuditedEdit.h"

namespace tally::detail {

void AuditedEdit::audit(qint64 annotatorId, const QString& action, qint64 sampleId,
                        const QJsonValue& before, const QJsonValue& after)
{
    m_row = Row{annotatorId, action, sampleId, before, after};
}

bool AuditedEdit::writeAuditRow()
{
    if (!m_row)
        return true;
    return writeAudit(sql(), m_row->annotatorId, m_row->action, m_row->sampleId, m_row->before,
                      m_row->after, &m_error);
}

} // namespace tally::detail
