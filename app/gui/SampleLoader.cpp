#include "gui/SampleLoader.h"

#include "audio/AudioDecoder.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace tally {

SampleLoader::SampleLoader(QObject* parent) : QObject(parent) {}

Result<FrameSourcePtr> SampleLoader::open(const QString& absolutePath, qint64 inMemoryLimitSamples)
{
    const Result<AudioInfo> info = AudioDecoder::probe(absolutePath);
    if (!info)
        return info.error();
    if (info.value().frames * info.value().channels > inMemoryLimitSamples) {
        Result<std::shared_ptr<FileFrameSource>> file = FileFrameSource::open(absolutePath);
        if (!file)
            return file.error();
        return FrameSourcePtr(std::move(file).value());
    }
    Result<Signal> decoded = AudioDecoder::decode(absolutePath);
    if (!decoded)
        return decoded.error();
    return FrameSourcePtr(std::make_shared<SignalFrameSource>(
        std::make_shared<const Signal>(std::move(decoded).value())));
}

void SampleLoader::load(qint64 sampleId, const QString& absolutePath)
{
    const quint64 generation = ++m_generation;
    m_sampleId = sampleId;
    auto* watcher = new QFutureWatcher<Result<FrameSourcePtr>>(this);
    connect(watcher, &QFutureWatcher<Result<FrameSourcePtr>>::finished, this,
            [this, watcher, generation, sampleId] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // superseded
                const Result<FrameSourcePtr> r = watcher->result();
                if (!r.isOk())
                    Q_EMIT failed(sampleId, r.error().toString());
                else
                    Q_EMIT loaded(sampleId, r.value());
            });
    watcher->setFuture(QtConcurrent::run([absolutePath] { return open(absolutePath); }));
}

} // namespace tally
