#include "collect/CollectServer.h"

#include "collect/CollectServerImpl.h"
#include "store/Project.h"

#include <QFile>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace tally {

namespace collect {

bool HttpFront::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    m_handler(request).write(makeResponder(request, socket));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    errorResponse(Http::NotFound, QStringLiteral("not found"))
        .write(makeResponder(request, socket));
}

bool RateLimiter::allow(const QString& key, int limit, qint64 windowMs)
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    std::deque<qint64>& events = m_events[key];
    while (!events.empty() && events.front() <= now - windowMs)
        events.pop_front();
    if (int(events.size()) >= limit)
        return false;
    events.push_back(now);
    return true;
}

int RateLimiter::retryAfterSec(const QString& key, qint64 windowMs) const
{
    const auto it = m_events.constFind(key);
    if (it == m_events.constEnd() || it->empty() || !m_clock.isValid())
        return 1;
    const qint64 wait = it->front() + windowMs - m_clock.elapsed();
    return int(std::max<qint64>(1, (wait + 999) / 1000));
}

QHttpServerResponse jsonResponse(const QJsonObject& body, Http status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse errorResponse(Http status, const QString& message)
{
    return jsonResponse(QJsonObject{{"error", message}}, status);
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace collect

namespace {

// Makes a certificate and key for this session with the openssl command (Qt has no API
// to make keys): valid two days, for localhost, 127.0.0.1 and the given address.
Status makeSelfSigned(const QString& dir, const QString& host)
{
    QStringList names{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")};
    if (!QHostAddress(host).isNull())
        names << QStringLiteral("IP:") + host;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Tally collection"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + names.join(u','), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForStarted(10000))
        return Error{QStringLiteral("openssl"),
                     CollectServer::tr("cannot run openssl to make a certificate: %1")
                         .arg(openssl.errorString())};
    openssl.waitForFinished(60000);
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return Error{QStringLiteral("openssl"),
                     CollectServer::tr("openssl could not make a certificate: %1")
                         .arg(QString::fromLocal8Bit(openssl.readAllStandardError()).trimmed())};
    return {};
}

Status setUpTls(collect::HttpFront& http, const QString& certPath, const QString& keyPath)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (certs.isEmpty())
        return Error{certPath, CollectServer::tr("no PEM certificate in the file")};
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{keyPath, keyFile.errorString()};
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error{keyPath, CollectServer::tr("not a PEM RSA or EC private key")};
    http.sslSetup(certs.front(), key);
    return {};
}

// The host a volunteer's browser reaches: the listening address, or for Any this
// machine's first non-loopback IPv4 address.
QString publicHost(const QHostAddress& address)
{
    if (address != QHostAddress::Any && address != QHostAddress::AnyIPv4 &&
        address != QHostAddress::AnyIPv6)
        return address.protocol() == QAbstractSocket::IPv6Protocol
                   ? QStringLiteral("[%1]").arg(address.toString())
                   : address.toString();
    for (const QHostAddress& a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a.toString();
    return QStringLiteral("127.0.0.1");
}

} // namespace

CollectServer::CollectServer(Project& project, QObject* parent)
    : QObject(parent), m_impl(std::make_unique<Impl>(project, this))
{
}

CollectServer::~CollectServer()
{
    stop();
}

Result<QUrl> CollectServer::start(const QString& campaignName, const CollectOptions& options)
{
    if (isRunning())
        return Error{{}, tr("the server is running already")};
    Result<CampaignRecord> campaign = Campaigns(m_impl->project).byName(campaignName);
    if (!campaign)
        return campaign.error();
    if (campaign.value().isEnded())
        return Error{m_impl->project.path(), tr("the campaign \"%1\" has ended").arg(campaignName)};
    m_impl->campaign = std::move(campaign).value();
    m_impl->options = options;
    auto http = std::make_unique<collect::HttpFront>(
        [impl = m_impl.get()](const QHttpServerRequest& r) { return impl->handle(r); });
    const QString host = publicHost(options.address);
    QString cert = options.certificatePath;
    QString key = options.keyPath;
    if (options.selfSigned) {
        if (!m_impl->certificateDir.isValid())
            return Error{{}, tr("cannot make a temporary folder for the certificate")};
        if (const Status st = makeSelfSigned(m_impl->certificateDir.path(), host); !st)
            return st.error();
        cert = m_impl->certificateDir.filePath(QStringLiteral("cert.pem"));
        key = m_impl->certificateDir.filePath(QStringLiteral("key.pem"));
    }
    const bool tls = !cert.isEmpty() || !key.isEmpty();
    if (tls && (cert.isEmpty() || key.isEmpty()))
        return Error{{}, tr("HTTPS needs both a certificate and its key")};
    if (tls)
        if (const Status st = setUpTls(*http, cert, key); !st)
            return st.error();
    const quint16 port = http->listen(options.address, options.port);
    if (port == 0)
        return Error{options.address.toString() + u':' + QString::number(options.port),
                     tr("cannot listen there (in use, or not an address of this machine)")};
    m_impl->http = std::move(http);
    m_impl->url = QUrl(QStringLiteral("%1://%2:%3/c/%4/")
                           .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                           .arg(port)
                           .arg(m_impl->campaign.token));
    return m_impl->url;
}

QUrl CollectServer::url() const
{
    return m_impl->url;
}

QUrl CollectServer::listenUrl() const
{
    return m_impl->url.isEmpty() ? QUrl() : m_impl->url.resolved(QUrl(QStringLiteral("listen")));
}

bool CollectServer::isRunning() const
{
    return m_impl->http != nullptr;
}

void CollectServer::stop()
{
    if (!m_impl->http)
        return;
    for (QTcpServer* s : m_impl->http->servers())
        s->close();
    m_impl->http.reset();
    m_impl->url = QUrl();
}

} // namespace tally
