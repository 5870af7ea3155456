#pragma once
// Raw HTTP/1.1 for the collection server's tests: one request written byte for byte on a
// fresh connection (TLS optional, certificate not verified), one response read back while
// the event loop runs, so that a server in the same thread can answer.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace tally::test {

struct Reply
{
    int status = 0;                        // 0: no response
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const;
};

// Sends `raw` to 127.0.0.1:port and reads one response (20 s at most).
Reply send(quint16 port, const QByteArray& raw, bool tls = false);
// "METHOD PATH HTTP/1.1" with Host, Content-Type and Content-Length (when there is a
// body or the method is POST) and Connection: close, then the body.
QByteArray request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                   const QByteArray& type = "application/json");

} // namespace tally::test
