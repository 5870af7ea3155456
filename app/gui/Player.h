#pragma once
// Plays a signal (or a range of it) through Qt Multimedia's QAudioSink and reports
// the play head. With no audio output device (headless machines, CI) play() returns
// false and emits unavailable() with a message for the status bar; nothing throws.

#include "audio/Signal.h"

#include <QObject>
#include <memory>

class QAudioSink;
class QBuffer;
class QTimer;

namespace tally {

class Player : public QObject
{
    Q_OBJECT
public:
    explicit Player(QObject* parent = nullptr);
    ~Player() override;

    // Plays [startSec, endSec) of signal (endSec <= startSec: to the end).
    bool play(const SignalPtr& signal, double startSec, double endSec);
    void stop();
    bool isPlaying() const;
    static bool outputAvailable();

Q_SIGNALS:
    void positionChanged(double sec); // -1 when stopped
    void playingChanged(bool playing);
    void unavailable(const QString& message);

private:
    void onTick();
    void onStateChanged();

    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<QBuffer> m_buffer;
    QTimer* m_timer = nullptr;
    double m_startSec = 0.0;
};

} // namespace tally
