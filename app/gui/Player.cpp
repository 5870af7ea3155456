#include "gui/Player.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace tally {

Player::Player(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(30);
    connect(m_timer, &QTimer::timeout, this, &Player::onTick);
}

Player::~Player()
{
    stop();
}

bool Player::outputAvailable()
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

bool Player::play(const SignalPtr& signal, double startSec, double endSec)
{
    stop();
    if (!signal || signal->frames() == 0)
        return false;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        Q_EMIT unavailable(tr("No audio output device: playback is not available here."));
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(signal->rateHz);
    format.setChannelCount(signal->channels);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        Q_EMIT unavailable(tr("The audio device cannot play %1 Hz, %2 channel(s).")
                               .arg(signal->rateHz)
                               .arg(signal->channels));
        return false;
    }
    const qint64 n = signal->frames();
    const qint64 first = std::clamp<qint64>(qint64(startSec * signal->rateHz), 0, n);
    qint64 last = endSec > startSec ? qint64(std::ceil(endSec * signal->rateHz)) : n;
    last = std::clamp<qint64>(last, first, n);
    QByteArray pcm(int((last - first) * signal->channels * 2), Qt::Uninitialized);
    auto* out = reinterpret_cast<qint16*>(pcm.data());
    const float* in = signal->samples.data() + first * signal->channels;
    for (qint64 i = 0, count = (last - first) * signal->channels; i < count; ++i)
        out[i] = qint16(std::lrint(std::clamp(in[i], -1.0f, 1.0f) * 32767.0f));

    m_buffer = std::make_unique<QBuffer>();
    m_buffer->setData(pcm);
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &Player::onStateChanged);
    m_startSec = double(first) / signal->rateHz;
    m_sink->start(m_buffer.get());
    if (m_sink->error() != QAudio::NoError) {
        Q_EMIT unavailable(tr("The audio device could not be opened."));
        stop();
        return false;
    }
    m_timer->start();
    Q_EMIT playingChanged(true);
    return true;
}

void Player::stop()
{
    const bool was = isPlaying();
    m_timer->stop();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
    m_sink.reset();
    m_buffer.reset();
    if (was) {
        Q_EMIT positionChanged(-1.0);
        Q_EMIT playingChanged(false);
    }
}

bool Player::isPlaying() const
{
    return m_sink && m_sink->state() == QAudio::ActiveState;
}

void Player::onTick()
{
    if (m_sink)
        Q_EMIT positionChanged(m_startSec + double(m_sink->processedUSecs()) / 1e6);
}

void Player::onStateChanged()
{
    if (m_sink && m_sink->state() == QAudio::IdleState)
        QTimer::singleShot(0, this, &Player::stop); // played to the end
}

} // namespace tally
