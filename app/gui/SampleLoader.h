#pragma once
// Opens the selected sample on a worker thread and hands it back on the GUI thread.
// Only the newest request is delivered: selecting quickly through the table never
// shows a stale sample.
//
// A recording of up to kInMemoryLimitSamples samples (frames x channels) is decoded
// whole; a longer one is handed over as a file read on demand (FileFrameSource), so
// that opening a long recording costs its waveform pyramid, not the signal.

#include "audio/FrameSource.h"

#include <QObject>

namespace tally {

class SampleLoader : public QObject
{
    Q_OBJECT
public:
    // 16 M samples: 64 MB as floats, 17 minutes of 16 kHz mono, 2.8 minutes of
    // 48 kHz stereo.
    static constexpr qint64 kInMemoryLimitSamples = qint64(16) << 20;

    explicit SampleLoader(QObject* parent = nullptr);
    // Starts opening absolutePath; a later call supersedes an earlier one.
    void load(qint64 sampleId, const QString& absolutePath);
    qint64 currentSampleId() const { return m_sampleId; }

    // What load() does on its worker: decode, or open for reading on demand.
    static Result<FrameSourcePtr> open(const QString& absolutePath,
                                       qint64 inMemoryLimitSamples = kInMemoryLimitSamples);

Q_SIGNALS:
    // source->signal() is the decoded signal, or null for a long file read on demand.
    void loaded(qint64 sampleId, const tally::FrameSourcePtr& source);
    void failed(qint64 sampleId, const QString& message);

private:
    quint64 m_generation = 0;
    qint64 m_sampleId = 0;
};

} // namespace tally
