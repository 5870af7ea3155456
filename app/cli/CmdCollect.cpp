// tally-cli collect PROJECT.tally --campaign NAME [--listen HOST:PORT] [--tls CERT,KEY |
//                   --self-signed] [--requests-per-minute N] [--sessions-per-hour N]
//                   [--clips-per-minute N] [--json]
// Serves a campaign to volunteers' browsers (collect/CollectServer.h) until SIGINT or
// SIGTERM; each clip and vote is its own transaction, so stopping loses nothing.
//   --listen   default 127.0.0.1:8750 (this computer only); 0.0.0.0:PORT for the network
//              (browsers then need HTTPS for the microphone: --tls or --self-signed).
//   Prints the page's URL (text), or with --json one line {"url", "listen", "campaign"},
//   then one line per session, clip and vote on stderr.
// Exit code: 0 stopped by a signal, 1 cannot serve (no campaign, port in use, TLS), 2 usage.
#include "cli/CliProject.h"
#include "collect/CollectServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace {

struct CollectCmd
{
    Q_DECLARE_TR_FUNCTIONS(tally::cli::Collect)
};

std::atomic_int g_signal{0};

extern "C" void onSignal(int sig)
{
    g_signal.store(sig);
}

tally::Result<tally::CollectOptions> optionsOf(const QString& listen, const QString& tls,
                                               bool selfSigned)
{
    tally::CollectOptions o;
    const int colon = listen.lastIndexOf(u':');
    bool ok = colon > 0;
    const uint port = ok ? listen.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    o.address =
        QHostAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!ok || port > 65535 || o.address.isNull())
        return tally::Error{listen, CollectCmd::tr("--listen needs HOST:PORT, e.g. 0.0.0.0:8750")};
    o.port = quint16(port);
    if (!tls.isEmpty()) {
        const QStringList parts = tls.split(u',');
        if (parts.size() != 2)
            return tally::Error{tls, CollectCmd::tr("--tls needs CERT,KEY (two PEM files)")};
        o.certificatePath = parts[0];
        o.keyPath = parts[1];
    }
    o.selfSigned = selfSigned;
    return o;
}

QString eventLine(const tally::CollectEvent& e)
{
    switch (e.kind) {
    case tally::CollectEvent::Kind::Session:
        return CollectCmd::tr("session %1: consent agreed").arg(e.sessionId);
    case tally::CollectEvent::Kind::Clip:
        return e.passed
                   ? CollectCmd::tr("session %1: clip %2 stored").arg(e.sessionId).arg(e.sampleId)
                   : CollectCmd::tr("session %1: clip %2 stored, failed a check")
                         .arg(e.sessionId)
                         .arg(e.sampleId);
    case tally::CollectEvent::Kind::Vote:
        return CollectCmd::tr("session %1: vote on clip %2").arg(e.sessionId).arg(e.sampleId);
    }
    return {};
}

int runCollect(tally::cli::Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CollectCmd::tr("Serve a campaign to volunteers' browsers until interrupted."));
    parser.addPositionalArgument(QStringLiteral("project"), CollectCmd::tr("The .tally file."));
    auto opt = [&](const char* name, const QString& help, const char* value = nullptr) {
        return tally::cli::addOption(parser, name, help, value);
    };
    const auto campaign = opt("campaign", CollectCmd::tr("The campaign to serve."), "name");
    const auto listen = opt("listen", CollectCmd::tr("HOST:PORT (127.0.0.1:8750)."), "address");
    const auto tls = opt("tls", CollectCmd::tr("HTTPS with CERT,KEY (PEM files)."), "files");
    const auto self = opt("self-signed", CollectCmd::tr("HTTPS with a certificate made now."));
    const auto rpm = opt("requests-per-minute", CollectCmd::tr("Per address (600)."), "n");
    const auto sph = opt("sessions-per-hour", CollectCmd::tr("Per address (30)."), "n");
    const auto cpm = opt("clips-per-minute", CollectCmd::tr("Per volunteer (30)."), "n");
    const auto json = opt("json", CollectCmd::tr("Print the URL as one JSON line."));
    const QStringList pos = tally::cli::parseProjectArgs(ctx, parser);
    if (pos.isEmpty())
        return 2;
    if (!parser.isSet(campaign))
        return ctx.fail(CollectCmd::tr("give --campaign NAME"), 2);
    if (parser.isSet(tls) && parser.isSet(self))
        return ctx.fail(CollectCmd::tr("give --tls or --self-signed, not both"), 2);
    auto options =
        optionsOf(parser.isSet(listen) ? parser.value(listen) : QStringLiteral("127.0.0.1:8750"),
                  parser.value(tls), parser.isSet(self));
    if (!options)
        return ctx.fail(options.error().toString(), 2);
    for (const auto& [o, field] : {std::pair{rpm, &tally::CollectOptions::requestsPerMinute},
                                   std::pair{sph, &tally::CollectOptions::sessionsPerHour},
                                   std::pair{cpm, &tally::CollectOptions::clipsPerMinute}})
        if (parser.isSet(o)) {
            const int n = parser.value(o).toInt();
            if (n < 1)
                return ctx.fail(CollectCmd::tr("--%1 must be at least 1").arg(o.names().front()),
                                2);
            options.value().*field = n;
        }
    auto project = tally::cli::openProjectOrFail(ctx, pos.first());
    if (!project)
        return 1;
    tally::CollectServer server(*project);
    const auto url = server.start(parser.value(campaign), options.value());
    if (!url)
        return ctx.fail(url.error().toString());
    if (parser.isSet(json))
        ctx.out << QJsonDocument(QJsonObject{{"url", url.value().toString()},
                                             {"listen", server.listenUrl().toString()},
                                             {"campaign", parser.value(campaign)}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    else
        ctx.out << CollectCmd::tr("Recording page: %1\nListening page: %2\nStop with Ctrl+C.")
                       .arg(url.value().toString(), server.listenUrl().toString())
                << '\n';
    ctx.out.flush();
    QObject::connect(&server, &tally::CollectServer::event, [&](const tally::CollectEvent& e) {
        ctx.err << eventLine(e) << '\n';
        ctx.err.flush();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (g_signal.load() != 0)
            QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    server.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return 0;
}

tally::cli::CliRegistrar reg{
    "collect",
    "collect PROJECT.tally --campaign NAME [--listen HOST:PORT] [--tls CERT,KEY | --self-signed]"
    " [--json]",
    QT_TRANSLATE_NOOP("tally::cli::Commands", "Serve a campaign to volunteers' browsers"),
    runCollect};

} // namespace
