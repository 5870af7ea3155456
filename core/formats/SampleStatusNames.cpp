#include "formats/SampleStatusNames.h"

#include <algorithm>

namespace tally {

void SampleStatusNames::reserve(qsizetype n)
{
    m_ids.reserve(size_t(n));
    m_nameIndex.reserve(size_t(n));
}

void SampleStatusNames::insert(qint64 sampleId, const QString& name)
{
    qsizetype index = m_names.indexOf(name);
    if (index < 0) {
        index = m_names.size();
        m_names << name; // a handful of statuses; more than 256 would wrap, so cap it
    }
    const auto code = quint8(std::min<qsizetype>(index, 255));
    if (m_ids.empty() || m_ids.back() < sampleId) {
        m_ids.push_back(sampleId);
        m_nameIndex.push_back(code);
        return;
    }
    const auto at = std::lower_bound(m_ids.begin(), m_ids.end(), sampleId);
    const auto i = size_t(at - m_ids.begin());
    if (at != m_ids.end() && *at == sampleId) {
        m_nameIndex[i] = code;
        return;
    }
    m_ids.insert(at, sampleId);
    m_nameIndex.insert(m_nameIndex.begin() + qsizetype(i), code);
}

QString SampleStatusNames::value(qint64 sampleId) const
{
    const auto at = std::lower_bound(m_ids.begin(), m_ids.end(), sampleId);
    if (at == m_ids.end() || *at != sampleId)
        return {};
    return m_names.at(m_nameIndex[size_t(at - m_ids.begin())]);
}

void SampleStatusNames::forEach(const std::function<void(qint64, const QString&)>& fn) const
{
    for (size_t i = 0; i < m_ids.size(); ++i)
        fn(m_ids[i], m_names.at(m_nameIndex[i]));
}

QString SampleStatusNames::Cursor::value(qint64 sampleId)
{
    const std::vector<qint64>& ids = m_names.m_ids;
    if (m_at > 0 && ids[m_at - 1] >= sampleId)
        m_at = 0; // asked for an earlier id: search again from the start
    if (m_at < ids.size() && ids[m_at] < sampleId) // not the next one: skip ahead
        m_at = size_t(std::lower_bound(ids.begin() + qsizetype(m_at), ids.end(), sampleId) -
                      ids.begin());
    if (m_at == ids.size() || ids[m_at] != sampleId)
        return {};
    return m_names.m_names.at(m_names.m_nameIndex[m_at++]);
}

} // namespace tally
