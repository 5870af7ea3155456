#pragma once
// The collection server (issue 16): one campaign served over HTTP(S) with Qt HttpServer.
// Volunteers open https://HOST:PORT/c/TOKEN/ in a browser; the page (core/collect/web,
// compiled in as resources) and a script use the API below. Every write goes through the
// store (store/Campaigns.h, store/Votes.h) and the clip intake (collect/ClipIntake.h), one
// short transaction per clip or vote.
//
//   GET  /c/TOKEN/                 the recording page (record.html)
//   GET  /c/TOKEN/listen           the listening page (listen.html)
//   GET  /c/TOKEN/assets/NAME      the pages' script, style sheet and icon
//   GET  /c/TOKEN/api/campaign     {"name", "prompts", "takes", "length", "licence",
//                                   "consent" (Markdown), "demographics": [...]}
//   POST /c/TOKEN/api/session      {"consent": true, "age"?, "gender"?, "accent"?}
//                                  -> 201 {"session", "prompts": [{"id", "text", "takes",
//                                   "done"}]}; 403 without consent
//   POST /c/TOKEN/api/clip?session=S&prompt=P   body audio/wav
//                                  -> 201 {"id", "passed", "checks": [{"check", "ok",
//                                   "message"}], "done"}; 403 unknown session (no consent),
//                                   413 too large or too long, 415 not WAV, 409 takes done
//   GET  /c/TOKEN/api/listen?session=S  -> {"clip", "prompt", "audio"} or 204
//   GET  /c/TOKEN/api/audio?session=S&clip=C   the clip's WAV (only of this campaign)
//   POST /c/TOKEN/api/vote         {"session", "clip", "up": true|false} or
//                                  {"session", "clip", "skip": true} -> 204; 403 own clip
//
// A wrong or ended token, and any other path, gets 404. Errors are JSON {"error": text}.
// Every response carries a strict Content-Security-Policy (scripts, styles and media
// from this origin only; no inline script; no framing), X-Content-Type-Options nosniff,
// Referrer-Policy no-referrer and Cache-Control no-store (the API).
//
// Rate limits (429 with Retry-After): per remote address, requests per minute and new
// sessions per hour; per session, clips per minute.
//
// Limitation (Qt HttpServer 6.4): a request body is read whole before it reaches the
// server, so the size limit refuses an upload after it arrived, not while it arrives.
//
// Thread-safety: a QObject of the thread that owns the project; requests are handled
// on that thread's event loop.

#include "store/Campaigns.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace tally {

class Project;

struct CollectOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;        // 0: any free port
    QString certificatePath; // PEM; with keyPath: HTTPS
    QString keyPath;
    bool selfSigned = false;     // make a certificate for this session (the openssl command)
    int requestsPerMinute = 600; // per address
    int sessionsPerHour = 30;    // per address
    int clipsPerMinute = 30;     // per session
    // Serve the pages from this folder instead of the compiled-in copy (development).
    QString webRoot;
};

struct CollectEvent
{
    enum class Kind
    {
        Session,
        Clip,
        Vote
    };
    Kind kind = Kind::Clip;
    qint64 sessionId = 0;
    qint64 sampleId = 0; // Clip, Vote
    bool passed = true;  // Clip
};

class CollectServer : public QObject
{
    Q_OBJECT

public:
    // project must outlive the server; campaignName must name a running campaign.
    CollectServer(Project& project, QObject* parent = nullptr);
    ~CollectServer() override;

    // Listens; returns the campaign's page URL (https when TLS is on). A second call is
    // an error. The host in the URL is the listening address (for Any: this machine's
    // first non-loopback IPv4 address).
    Result<QUrl> start(const QString& campaignName, const CollectOptions& options = {});
    QUrl url() const;
    QUrl listenUrl() const;
    bool isRunning() const;
    // Stops listening and closes every connection (nothing is half written: each clip
    // is one transaction).
    void stop();

Q_SIGNALS:
    void event(const tally::CollectEvent& e);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace tally
