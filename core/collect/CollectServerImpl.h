#pragma once
// Internal to core/collect: the pieces of CollectServer that its two source files share
// (CollectServer.cpp: listening, TLS, responses, limits; CollectApi.cpp: the routes).

#include "collect/CollectServer.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTemporaryDir>
#include <deque>
#include <functional>
#include <optional>

namespace tally::collect {

using Http = QHttpServerResponse::StatusCode;

// A QAbstractHttpServer that hands every request to one function.
class HttpFront : public QAbstractHttpServer
{
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest&)>;
    explicit HttpFront(Handler handler) : m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

// Sliding one-window counters: allow() is false when `limit` events of `key` happened
// within the last windowMs.
class RateLimiter
{
public:
    bool allow(const QString& key, int limit, qint64 windowMs);
    // Seconds until the oldest event of key leaves the window (for Retry-After).
    int retryAfterSec(const QString& key, qint64 windowMs) const;

private:
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_events;
};

// {"error": message} with status.
QHttpServerResponse errorResponse(Http status, const QString& message);
QHttpServerResponse jsonResponse(const QJsonObject& body, Http status = Http::Ok);
// The request body as a JSON object; nullopt when it is not one.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request);

} // namespace tally::collect

namespace tally {

struct CollectServer::Impl
{
    Impl(Project& p, CollectServer* s) : project(p), self(s) {}

    Project& project;
    CollectServer* self;
    std::unique_ptr<collect::HttpFront> http;
    CampaignRecord campaign;
    CollectOptions options;
    QUrl url;
    QTemporaryDir certificateDir; // --self-signed: the session's certificate and key
    collect::RateLimiter limits;
    QHash<QString, QList<qint64>> skipped; // session secret -> clips it skipped

    // Dispatch (CollectApi.cpp).
    QHttpServerResponse handle(const QHttpServerRequest& request);
    QHttpServerResponse route(const QHttpServerRequest& request, const QString& rest);
    QHttpServerResponse page(const QString& name) const;
    QHttpServerResponse asset(const QString& name) const;
    QHttpServerResponse campaignInfo() const;
    QHttpServerResponse newSession(const QHttpServerRequest& request);
    QHttpServerResponse clip(const QHttpServerRequest& request);
    QHttpServerResponse listen(const QHttpServerRequest& request);
    QHttpServerResponse audio(const QHttpServerRequest& request);
    QHttpServerResponse vote(const QHttpServerRequest& request);
    // The session named by the request's "session" (query or JSON), or a 403 response.
    std::optional<VolunteerSession> sessionOf(const QString& secret) const;
    QByteArray webFile(const QString& name) const;
};

} // namespace tally
