#pragma once
// Decodes the selected sample on a worker thread and hands the signal back on the
// GUI thread. Only the newest request is delivered: selecting quickly through the
// table never shows a stale sample.

#include "audio/Signal.h"

#include <QObject>

namespace tally {

class SampleLoader : public QObject
{
    Q_OBJECT
public:
    explicit SampleLoader(QObject* parent = nullptr);
    // Starts decoding absolutePath; a later call supersedes an earlier one.
    void load(qint64 sampleId, const QString& absolutePath);
    qint64 currentSampleId() const { return m_sampleId; }

Q_SIGNALS:
    void loaded(qint64 sampleId, const tally::SignalPtr& signal);
    void failed(qint64 sampleId, const QString& message);

private:
    quint64 m_generation = 0;
    qint64 m_sampleId = 0;
};

} // namespace tally
