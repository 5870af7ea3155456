#include "gui/SampleLoader.h"

#include "audio/AudioDecoder.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace tally {

SampleLoader::SampleLoader(QObject* parent) : QObject(parent) {}

void SampleLoader::load(qint64 sampleId, const QString& absolutePath)
{
    const quint64 generation = ++m_generation;
    m_sampleId = sampleId;
    auto* watcher = new QFutureWatcher<Result<Signal>>(this);
    connect(watcher, &QFutureWatcher<Result<Signal>>::finished, this,
            [this, watcher, generation, sampleId] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // superseded
                Result<Signal> r = watcher->result();
                if (!r.isOk())
                    Q_EMIT failed(sampleId, r.error().toString());
                else
                    Q_EMIT loaded(sampleId, std::make_shared<const Signal>(std::move(r).value()));
            });
    watcher->setFuture(
        QtConcurrent::run([absolutePath] { return AudioDecoder::decode(absolutePath); }));
}

} // namespace tally
