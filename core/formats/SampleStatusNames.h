#pragma once
// Every sample's status name for an export (ExportInputs::statusOf), held as one byte per
// sample beside its id instead of a hash of a million QStrings: building and reading that
// hash was ~1 s of a 1,000,000-sample CSV export (README "A million samples"). The names
// are kept once each and handed out as shared QStrings.
//
// insert() is cheapest in increasing id order (as ProjectReview streams them); any order
// works. A Cursor reads values for increasing ids (the export's pass in sample id order)
// without a search; value() searches.
//
// Thread-safety: a plain value; const use from several threads is safe, a Cursor is for
// one thread.

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace tally {

class SampleStatusNames
{
public:
    void reserve(qsizetype n);
    void insert(qint64 sampleId, const QString& name); // replaces an earlier name
    QString value(qint64 sampleId) const;              // "" when none was given
    qsizetype size() const { return qsizetype(m_ids.size()); }
    bool isEmpty() const { return m_ids.empty(); }
    // Every (id, name) in id order.
    void forEach(const std::function<void(qint64, const QString&)>& fn) const;

    class Cursor
    {
    public:
        explicit Cursor(const SampleStatusNames& names) : m_names(names) {}
        // value() for ids asked in increasing order (a smaller id restarts the walk).
        QString value(qint64 sampleId);

    private:
        const SampleStatusNames& m_names;
        size_t m_at = 0;
    };

private:
    std::vector<qint64> m_ids; // increasing
    std::vector<quint8> m_nameIndex;
    QStringList m_names;
};

} // namespace tally
