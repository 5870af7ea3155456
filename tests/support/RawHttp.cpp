#include "RawHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTimer>

namespace tally::test {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// True once `got` holds a whole response (headers and Content-Length bytes of body).
static bool complete(const QByteArray& got)
{
    const int end = got.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = got.left(end).toLower();
    const int at = head.indexOf("content-length:");
    if (at < 0)
        return true;
    const int eol = head.indexOf("\r\n", at);
    const qint64 length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
    return got.size() - (end + 4) >= length;
}

static Reply parse(const QByteArray& got)
{
    Reply r;
    const int end = got.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    const QList<QByteArray> lines = got.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.front().trimmed().split(' ');
    r.status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
    for (int i = 1; i < int(lines.size()); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                             lines[i].mid(colon + 1).trimmed());
    }
    r.body = got.mid(end + 4);
    return r;
}

// Sends `raw` to 127.0.0.1:port (TLS when tls) and reads one response, running the event
// loop so that the in-process server can answer.
Reply send(quint16 port, const QByteArray& raw, bool tls)
{
    QSslSocket socket;
    QByteArray got;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QSslSocket::readyRead, [&] {
        got += socket.readAll();
        if (complete(got))
            loop.quit();
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    if (tls) {
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        QObject::connect(&socket, &QSslSocket::encrypted, [&] { socket.write(raw); });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    } else {
        QObject::connect(&socket, &QSslSocket::connected, [&] { socket.write(raw); });
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    timeout.start(20000);
    loop.exec();
    return parse(got);
}

QByteArray request(const QByteArray& method, const QString& path, const QByteArray& body,
                   const QByteArray& type)
{
    QByteArray r = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
             "\r\n";
    return r + "Connection: close\r\n\r\n" + body;
}

} // namespace tally::test
