#include "gui/SampleNavigator.h"

#include "SampleTable.h"
#include "gui/Session.h"
#include "models/SampleTableModel.h"
#include "store/Project.h"

#include <QFileInfo>
#include <algorithm>

namespace tally {

SampleNavigator::SampleNavigator(Session& session, SampleTable* table, SampleFilterModel* proxy,
                                 QObject* parent)
    : QObject(parent), m_session(session), m_table(table), m_proxy(proxy)
{
    connect(m_table, &SampleTable::classFilterChanged, m_proxy, &SampleFilterModel::setClassFilter);
    connect(m_table, &SampleTable::textFilterChanged, m_proxy, &SampleFilterModel::setTextFilter);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SampleNavigator::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SampleNavigator::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SampleNavigator::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SampleNavigator::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_resetting = true; });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { m_resetting = false; });
    connect(m_table, &SampleTable::currentRowChanged, this, &SampleNavigator::onCurrentRowChanged);
    connect(&m_session, &Session::selectSampleRequested, this, &SampleNavigator::selectRequested);
    connect(&m_session, &Session::samplesChanged, this, &SampleNavigator::onSamplesChanged);
}

int SampleNavigator::rowOf(qint64 sampleId) const
{
    const SampleTableModel* model = m_session.sampleModel();
    const int src = sampleId > 0 ? model->rowOfSample(sampleId) : -1;
    return src < 0 ? -1 : m_proxy->mapFromSource(model->index(src, 0)).row();
}

void SampleNavigator::selectRow(int row)
{
    m_table->selectRow(row);
}

void SampleNavigator::move(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    m_table->selectRow(std::clamp(m_table->currentRow() + delta, 0, rows - 1));
}

bool SampleNavigator::showSample(qint64 sampleId)
{
    const int row = rowOf(sampleId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void SampleNavigator::selectRequested(qint64 sampleId)
{
    if (!m_session.sampleModel()->contains(sampleId))
        return;
    if (rowOf(sampleId) < 0) // hidden by a filter: show everything
        m_table->clearFilters();
    showSample(sampleId);
}

bool SampleNavigator::selectStoredPath(const QString& path)
{
    Project* project = m_session.project();
    if (!project)
        return false;
    auto rec = project->sampleByPath(path);
    if (!rec.isOk() && QFileInfo::exists(path)) // a path on disk, as tally-cli takes them
        rec = project->sampleByPath(project->toStoredPath(QFileInfo(path).absoluteFilePath()));
    if (!rec.isOk()) {
        m_session.report(rec.error());
        return false;
    }
    return showSample(rec.value().id);
}

void SampleNavigator::restoreSelection()
{
    const int row = rowOf(m_session.lastSampleId());
    m_table->selectRow(row >= 0 ? row : 0);
}

void SampleNavigator::selectFirstIfNone()
{
    if (m_table->currentRow() < 0)
        m_table->selectRow(0);
}

QList<qint64> SampleNavigator::shownIds() const
{
    QList<qint64> ids;
    ids.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, 0).data(SampleTableModel::SampleIdRole).toLongLong();
    return ids;
}

void SampleNavigator::onCurrentRowChanged(int row)
{
    if (row < 0) {
        if (!m_resetting) // a filter hid it; a reset keeps it for onSamplesChanged
            m_session.clearCurrentSample();
        return;
    }
    if (!m_session.project())
        return;
    m_session.setCurrentSample(
        m_proxy->index(row, 0).data(SampleTableModel::SampleIdRole).toLongLong());
}

// The model was read again: the same sample stays selected (the reset cleared the
// table's current row without a signal).
void SampleNavigator::onSamplesChanged()
{
    m_table->setClasses(m_session.project() ? m_session.project()->classNames() : QStringList());
    const qint64 keep = m_session.currentSampleId();
    if (keep > 0) {
        const int row = rowOf(keep);
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_session.clearCurrentSample();
    }
    updateCount();
}

void SampleNavigator::updateCount()
{
    m_table->setCountText(
        tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_session.sampleModel()->totalCount()));
}

} // namespace tally
