// CollectServer: the routes of the collection API (collect/CollectServer.h).
#include "collect/ClipIntake.h"
#include "collect/CollectServerImpl.h"
#include "store/Project.h"
#include "store/Votes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace tally {

using collect::errorResponse;
using collect::Http;
using collect::jsonResponse;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

const QByteArray kCsp = QByteArrayLiteral(
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " media-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none';"
    " frame-ancestors 'none'");

QByteArray contentTypeOf(const QString& name)
{
    if (name.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (name.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    if (name.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    return QByteArrayLiteral("application/octet-stream");
}

bool isWavType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').front().trimmed().toLower();
    return type == "audio/wav" || type == "audio/x-wav" || type == "audio/wave" ||
           type == "audio/vnd.wave";
}

Http statusOf(IntakeResult::Refusal r)
{
    switch (r) {
    case IntakeResult::Refusal::Type:
        return Http::UnsupportedMediaType;
    case IntakeResult::Refusal::Size:
    case IntakeResult::Refusal::Length:
        return Http::PayloadTooLarge;
    case IntakeResult::Refusal::Invalid:
        return Http::BadRequest;
    case IntakeResult::Refusal::Takes:
        return Http::Conflict;
    case IntakeResult::Refusal::Store:
    case IntakeResult::Refusal::None:
        break;
    }
    return Http::InternalServerError;
}

QHttpServerResponse tooMany(const QString& why, int retryAfter)
{
    QHttpServerResponse r = errorResponse(Http::TooManyRequests, why);
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    return r;
}

} // namespace

QHttpServerResponse CollectServer::Impl::handle(const QHttpServerRequest& request)
{
    const QString address = request.remoteAddress().toString();
    QHttpServerResponse response = [&] {
        if (!limits.allow(QStringLiteral("req:") + address, options.requestsPerMinute, kMinute))
            return tooMany(CollectServer::tr("too many requests — wait a minute"),
                           limits.retryAfterSec(QStringLiteral("req:") + address, kMinute));
        const QString path = request.url().path();
        const QString prefix = QStringLiteral("/c/") + campaign.token;
        // The campaign may have ended in another window or process since the server started.
        if (!path.startsWith(prefix) || !Campaigns(project).byToken(campaign.token))
            return errorResponse(Http::NotFound, CollectServer::tr("no such campaign"));
        if (path == prefix) {
            QHttpServerResponse r(Http::MovedPermanently);
            r.setHeader(QByteArrayLiteral("Location"), (prefix + u'/').toUtf8());
            return r;
        }
        if (path.at(prefix.size()) != u'/')
            return errorResponse(Http::NotFound, CollectServer::tr("no such campaign"));
        return route(request, path.mid(prefix.size() + 1));
    }();
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"), kCsp);
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("Permissions-Policy"),
                       QByteArrayLiteral("microphone=(self), camera=(), geolocation=()"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse CollectServer::Impl::route(const QHttpServerRequest& request,
                                               const QString& rest)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    const bool get = method == M::Get || method == M::Head;
    struct Route
    {
        QString path;
        bool post;
        std::function<QHttpServerResponse()> run;
    };
    const QList<Route> routes{
        {QString(), false, [&] { return page(QStringLiteral("record.html")); }},
        {QStringLiteral("listen"), false, [&] { return page(QStringLiteral("listen.html")); }},
        {QStringLiteral("api/campaign"), false, [&] { return campaignInfo(); }},
        {QStringLiteral("api/session"), true, [&] { return newSession(request); }},
        {QStringLiteral("api/clip"), true, [&] { return clip(request); }},
        {QStringLiteral("api/listen"), false, [&] { return listen(request); }},
        {QStringLiteral("api/audio"), false, [&] { return audio(request); }},
        {QStringLiteral("api/vote"), true, [&] { return vote(request); }},
    };
    for (const Route& r : routes) {
        if (r.path != rest)
            continue;
        if (r.post ? method != M::Post : !get)
            return errorResponse(Http::MethodNotAllowed, CollectServer::tr("method not allowed"));
        return r.run();
    }
    if (rest.startsWith(QLatin1String("assets/")) && get)
        return asset(rest.mid(7));
    return errorResponse(Http::NotFound, CollectServer::tr("not found"));
}

QByteArray CollectServer::Impl::webFile(const QString& name) const
{
    const QString root =
        options.webRoot.isEmpty() ? qEnvironmentVariable("TALLY_COLLECT_WEB_DIR") : options.webRoot;
    QFile f(root.isEmpty() ? QStringLiteral(":/collect/") + name : QDir(root).filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QHttpServerResponse CollectServer::Impl::page(const QString& name) const
{
    const QByteArray body = webFile(name);
    if (body.isEmpty())
        return errorResponse(Http::NotFound, CollectServer::tr("not found"));
    return QHttpServerResponse(contentTypeOf(name), body);
}

QHttpServerResponse CollectServer::Impl::asset(const QString& name) const
{
    // Only a plain file name of the pages' folder: never a path a client made up.
    static const QRegularExpression plain(
        QStringLiteral("^[a-z0-9][a-z0-9_-]*\\.(js|css|svg|png)$"));
    if (!plain.match(name).hasMatch())
        return errorResponse(Http::NotFound, CollectServer::tr("not found"));
    return page(name);
}

QHttpServerResponse CollectServer::Impl::campaignInfo() const
{
    QJsonArray prompts;
    for (const CampaignPrompt& p : campaign.prompts)
        prompts.append(QJsonObject{{"id", p.id}, {"text", p.text}});
    return jsonResponse({{"name", campaign.name},
                         {"prompts", prompts},
                         {"takes", campaign.takes},
                         {"length", campaign.lengthSec},
                         {"licence", campaign.licence},
                         {"consent", campaign.consentText},
                         {"demographics", QJsonArray::fromStringList(campaign.demographics)}});
}

std::optional<VolunteerSession> CollectServer::Impl::sessionOf(const QString& secret) const
{
    if (secret.isEmpty())
        return std::nullopt;
    Result<VolunteerSession> s = Campaigns(project).session(campaign.id, secret);
    if (!s)
        return std::nullopt;
    return std::move(s).value();
}

QHttpServerResponse CollectServer::Impl::newSession(const QHttpServerRequest& request)
{
    const std::optional<QJsonObject> body = collect::jsonBody(request);
    if (!body)
        return errorResponse(Http::BadRequest, CollectServer::tr("the body must be a JSON object"));
    if (body->value(QStringLiteral("consent")) != QJsonValue(true))
        return errorResponse(Http::Forbidden,
                             CollectServer::tr("agree to the consent text before recording"));
    const QString address = request.remoteAddress().toString();
    if (!limits.allow(QStringLiteral("session:") + address, options.sessionsPerHour, kHour))
        return tooMany(CollectServer::tr("too many new sessions from this address"),
                       limits.retryAfterSec(QStringLiteral("session:") + address, kHour));
    Campaigns campaigns(project);
    Result<VolunteerSession> s = campaigns.startSession(campaign.id, *body, address);
    if (!s)
        return errorResponse(Http::InternalServerError, s.error().reason);
    QJsonArray prompts;
    for (const CampaignPrompt& p : campaign.prompts)
        prompts.append(QJsonObject{{"id", p.id},
                                   {"text", p.text},
                                   {"takes", campaign.takes},
                                   {"done", campaigns.takesDone(s.value().id, p.id)}});
    Q_EMIT self->event({CollectEvent::Kind::Session, s.value().id, 0, true});
    return jsonResponse({{"session", s.value().secret}, {"prompts", prompts}}, Http::Created);
}

QHttpServerResponse CollectServer::Impl::clip(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    const std::optional<VolunteerSession> s =
        sessionOf(query.queryItemValue(QStringLiteral("session")));
    if (!s)
        return errorResponse(Http::Forbidden,
                             CollectServer::tr("no session: agree to the consent text first"));
    const qint64 promptId = query.queryItemValue(QStringLiteral("prompt")).toLongLong();
    const auto prompt = std::find_if(campaign.prompts.cbegin(), campaign.prompts.cend(),
                                     [&](const CampaignPrompt& p) { return p.id == promptId; });
    if (prompt == campaign.prompts.cend())
        return errorResponse(Http::NotFound, CollectServer::tr("no such prompt"));
    if (!isWavType(request.value(QByteArrayLiteral("Content-Type"))))
        return errorResponse(Http::UnsupportedMediaType,
                             CollectServer::tr("send the recording as audio/wav"));
    if (!limits.allow(QStringLiteral("clip:") + s->secret, options.clipsPerMinute, kMinute))
        return tooMany(CollectServer::tr("too many recordings in a minute — slow down"),
                       limits.retryAfterSec(QStringLiteral("clip:") + s->secret, kMinute));
    const IntakeResult r = ClipIntake(project).accept(request.body(), campaign, *s, *prompt);
    if (r.refusal != IntakeResult::Refusal::None)
        return errorResponse(statusOf(r.refusal), r.reason);
    QJsonArray checks;
    for (const CheckOutcome& c : r.checks)
        checks.append(QJsonObject{{"check", c.check}, {"ok", c.ok}, {"message", c.message}});
    Q_EMIT self->event({CollectEvent::Kind::Clip, s->id, r.sampleId, r.passed()});
    return jsonResponse({{"id", r.sampleId},
                         {"passed", r.passed()},
                         {"checks", checks},
                         {"done", Campaigns(project).takesDone(s->id, prompt->id)}},
                        Http::Created);
}

QHttpServerResponse CollectServer::Impl::listen(const QHttpServerRequest& request)
{
    const QString secret = request.query().queryItemValue(QStringLiteral("session"));
    const std::optional<VolunteerSession> s = sessionOf(secret);
    if (!s)
        return errorResponse(Http::Forbidden,
                             CollectServer::tr("no session: agree to the consent text first"));
    Campaigns campaigns(project);
    const std::optional<qint64> next = campaigns.nextToListen(*s, skipped.value(secret));
    if (!next)
        return QHttpServerResponse(Http::NoContent);
    const qint64 promptId = campaigns.promptOfClip(*next);
    QString text;
    for (const CampaignPrompt& p : campaign.prompts)
        if (p.id == promptId)
            text = p.text;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("session"), secret);
    q.addQueryItem(QStringLiteral("clip"), QString::number(*next));
    return jsonResponse({{"clip", *next},
                         {"prompt", text},
                         {"audio", QStringLiteral("/c/%1/api/audio?").arg(campaign.token) +
                                       q.toString(QUrl::FullyEncoded)}});
}

QHttpServerResponse CollectServer::Impl::audio(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    if (!sessionOf(query.queryItemValue(QStringLiteral("session"))))
        return errorResponse(Http::Forbidden,
                             CollectServer::tr("no session: agree to the consent text first"));
    const qint64 id = query.queryItemValue(QStringLiteral("clip")).toLongLong();
    if (id <= 0 || Campaigns(project).campaignOfClip(id) != campaign.id)
        return errorResponse(Http::NotFound, CollectServer::tr("no such clip"));
    const Result<SampleRecord> sample = project.sample(id);
    QFile f(sample ? project.toAbsolutePath(sample.value().path) : QString());
    if (!sample || !f.open(QIODevice::ReadOnly))
        return errorResponse(Http::NotFound, CollectServer::tr("the clip cannot be read"));
    return QHttpServerResponse(QByteArrayLiteral("audio/wav"), f.readAll());
}

QHttpServerResponse CollectServer::Impl::vote(const QHttpServerRequest& request)
{
    const std::optional<QJsonObject> body = collect::jsonBody(request);
    if (!body)
        return errorResponse(Http::BadRequest, CollectServer::tr("the body must be a JSON object"));
    const QString secret = body->value(QStringLiteral("session")).toString();
    const std::optional<VolunteerSession> s = sessionOf(secret);
    if (!s)
        return errorResponse(Http::Forbidden,
                             CollectServer::tr("no session: agree to the consent text first"));
    Campaigns campaigns(project);
    const qint64 id = body->value(QStringLiteral("clip")).toInteger();
    if (id <= 0 || campaigns.campaignOfClip(id) != campaign.id)
        return errorResponse(Http::NotFound, CollectServer::tr("no such clip"));
    if (campaigns.annotatorOfClip(id) == s->annotatorId)
        return errorResponse(Http::Forbidden,
                             CollectServer::tr("you cannot vote on your own clip"));
    if (body->value(QStringLiteral("skip")) == QJsonValue(true)) {
        skipped[secret].append(id);
        return QHttpServerResponse(Http::NoContent);
    }
    const QJsonValue up = body->value(QStringLiteral("up"));
    if (!up.isBool())
        return errorResponse(Http::BadRequest, CollectServer::tr("\"up\" must be true or false"));
    if (const auto st = Votes(project).setVote(id, s->annotatorId, up.toBool()); !st)
        return errorResponse(Http::InternalServerError, st.error().reason);
    Q_EMIT self->event({CollectEvent::Kind::Vote, s->id, id, true});
    return QHttpServerResponse(Http::NoContent);
}

} // namespace tally
