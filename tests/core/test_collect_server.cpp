// The collection server over raw HTTP (issue 16): the API's answers and refusals (token,
// consent, size, length, type, takes, rate), what an accepted clip becomes in the project,
// listening and voting, and HTTPS with a certificate made for the session.
#include "RawHttp.h"
#include "SyntheticVoice.h"
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "collect/ClipIntake.h"
#include "collect/CollectServer.h"
#include "store/Campaigns.h"
#include "store/Project.h"
#include "store/Votes.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tally;
using tally::test::Reply;
using tally::test::request;
using tally::test::send;

namespace {

QByteArray wavBytes(const Signal& s, const QString& dir, const QString& name)
{
    const QString path = dir + u'/' + name;
    if (!test::writeWav(path, s))
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Signal word(int rateHz, int channels, double gain = 0.3, double lengthSec = 1.0)
{
    const Signal mono =
        test::voicedWord({140, 110, 700, 500, 1200, 1800}, 0.25, 0.8, lengthSec, rateHz, gain);
    Signal s;
    s.rateHz = rateHz;
    s.channels = channels;
    for (float v : mono.samples)
        for (int c = 0; c < channels; ++c)
            s.samples.push_back(v);
    return s;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCollectServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    CampaignRecord m_campaign;

    std::unique_ptr<CollectServer> start(CollectOptions o = {})
    {
        o.address = QHostAddress::LocalHost;
        o.webRoot = m_dir.filePath(QStringLiteral("web"));
        auto server = std::make_unique<CollectServer>(*m_project);
        const auto url = server->start(m_campaign.name, o);
        if (!url)
            qWarning() << url.error().toString();
        return url ? std::move(server) : nullptr;
    }
    QString api(const QString& what) const
    {
        return QStringLiteral("/c/%1/api/%2").arg(m_campaign.token, what);
    }
    QString newSession(quint16 port, const QJsonObject& extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("consent"), true);
        const Reply r = send(port, request("POST", api(QStringLiteral("session")), json(body)));
        return r.status == 201 ? r.json().value(QStringLiteral("session")).toString() : QString();
    }
    Reply upload(quint16 port, const QString& session, qint64 prompt, const QByteArray& wav,
                 const QByteArray& type = "audio/wav")
    {
        return send(
            port, request("POST",
                          api(QStringLiteral("clip?session=%1&prompt=%2")).arg(session).arg(prompt),
                          wav, type));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("web"))));
        QVERIFY(
            test::writeBytes(m_dir.filePath(QStringLiteral("web/record.html")), "<p>record</p>"));
        QVERIFY(test::writeBytes(m_dir.filePath(QStringLiteral("web/collect.js")), "1;"));
        auto p = Project::create(m_dir.filePath(QStringLiteral("p.tally")));
        QVERIFY2(p, p ? "" : qPrintable(p.error().toString()));
        m_project = std::move(p).value();
        CampaignSpec spec;
        spec.name = QStringLiteral("words");
        spec.prompts = {{0, 0, QStringLiteral("yes"), {}}, {0, 0, QStringLiteral("não"), {}}};
        spec.takes = 1;
        spec.licence = QStringLiteral("CC-BY-4.0");
        spec.consentText = QStringLiteral("# Consent\nI agree.");
        spec.demographics = {QStringLiteral("age"), QStringLiteral("gender")};
        auto c = Campaigns(*m_project).create(spec);
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        m_campaign = c.value();
        QCOMPARE(m_campaign.token.size(), 22);
    }
    void cleanup() { m_project.reset(); }

    void tokenPagesAndHeaders()
    {
        auto server = start();
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        QCOMPARE(server->url().path(), QStringLiteral("/c/%1/").arg(m_campaign.token));
        const Reply page =
            send(port, request("GET", QStringLiteral("/c/%1/").arg(m_campaign.token)));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body, QByteArray("<p>record</p>"));
        QVERIFY(page.headers.value("content-security-policy").contains("script-src 'self'"));
        QVERIFY(page.headers.value("content-security-policy").contains("frame-ancestors 'none'"));
        QCOMPARE(page.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(
            send(port,
                 request("GET", QStringLiteral("/c/%1/assets/collect.js").arg(m_campaign.token)))
                .status,
            200);
        for (const QString& bad :
             {QStringLiteral("/c/WRONGTOKEN/"), QStringLiteral("/"),
              QStringLiteral("/c/%1x/").arg(m_campaign.token),
              QStringLiteral("/c/%1/assets/..%2Frecord.html").arg(m_campaign.token),
              QStringLiteral("/c/%1/assets/record.html").arg(m_campaign.token),
              QStringLiteral("/c/%1/api/nothing").arg(m_campaign.token)})
            QVERIFY2(send(port, request("GET", bad)).status == 404, qPrintable(bad));
        const Reply info = send(port, request("GET", api(QStringLiteral("campaign"))));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value("licence").toString(), QStringLiteral("CC-BY-4.0"));
        QCOMPARE(info.json().value("prompts").toArray().size(), 2);
        // An ended campaign's link is gone at once, even for a running server.
        QVERIFY(Campaigns(*m_project).end(m_campaign.name));
        QCOMPARE(send(port, request("GET", api(QStringLiteral("campaign")))).status, 404);
    }

    void consentIsRequired()
    {
        auto server = start();
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        QCOMPARE(
            send(port, request("POST", api(QStringLiteral("session")), json({{"consent", false}})))
                .status,
            403);
        QCOMPARE(send(port, request("POST", api(QStringLiteral("session")), "{not json")).status,
                 400);
        const QByteArray wav = wavBytes(word(16000, 1), m_dir.path(), QStringLiteral("w.wav"));
        QCOMPARE(upload(port, QStringLiteral("madeup"), m_campaign.prompts[0].id, wav).status, 403);
        QCOMPARE(Campaigns(*m_project).clips(m_campaign.id).size(), 0);
    }

    void acceptedClipBecomesASample()
    {
        auto server = start();
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        const QString session =
            newSession(port, {{"age", "twenties"}, {"gender", "female"}, {"accent", "not asked"}});
        QVERIFY(!session.isEmpty());
        // 44.1 kHz stereo, 1.5 s: mixed to mono, resampled to 16 kHz, trimmed to 1 s.
        const QByteArray wav =
            wavBytes(word(44100, 2, 0.3, 1.5), m_dir.path(), QStringLiteral("w.wav"));
        const Reply r = upload(port, session, m_campaign.prompts[1].id, wav);
        QCOMPARE(r.status, 201);
        QVERIFY2(r.json().value("passed").toBool(), r.body.constData());
        QCOMPARE(r.json().value("done").toInt(), 1);
        QVERIFY(r.json().value("checks").toArray().size() >= 5);
        const QList<CollectedClip> clips = Campaigns(*m_project).clips(m_campaign.id);
        QCOMPARE(clips.size(), 1);
        const CollectedClip& c = clips.front();
        QCOMPARE(c.className, QStringLiteral("não"));
        QVERIFY(c.group.startsWith(QStringLiteral("volunteer-")));
        QCOMPARE(c.owner, c.group);
        QCOMPARE(c.consent, std::optional<bool>(true));
        QCOMPARE(c.licence, QStringLiteral("CC-BY-4.0"));
        QCOMPARE(c.metadata.value("age").toString(), QStringLiteral("twenties"));
        QCOMPARE(c.metadata.value("gender").toString(), QStringLiteral("female"));
        QVERIFY(!c.metadata.contains("accent"));
        QVERIFY(c.path.startsWith(QStringLiteral("collected/words/n_o-")));
        QVERIFY(c.path.endsWith(QStringLiteral("_nohash_0.wav")));
        const auto info = AudioDecoder::probe(m_project->toAbsolutePath(c.path));
        QVERIFY(info);
        QCOMPARE(info.value().rateHz, 16000);
        QCOMPARE(info.value().channels, 1);
        QCOMPARE(info.value().frames, qint64(16000));
        // Every take of this prompt is done.
        QCOMPARE(upload(port, session, m_campaign.prompts[1].id, wav).status, 409);
    }

    void failedCheckIsToldAndDoesNotCount()
    {
        auto server = start();
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        const QString session = newSession(port);
        const QByteArray quiet =
            wavBytes(word(16000, 1, 0.0005), m_dir.path(), QStringLiteral("q.wav"));
        const Reply r = upload(port, session, m_campaign.prompts[0].id, quiet);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json().value("passed").toBool());
        QCOMPARE(r.json().value("done").toInt(), 0);
        bool toldQuiet = false;
        for (const QJsonValue& v : r.json().value("checks").toArray())
            toldQuiet |= v["check"].toString() == QLatin1String("too-quiet") && !v["ok"].toBool() &&
                         v["message"].toString().contains(QLatin1String("too quiet"));
        QVERIFY2(toldQuiet, r.body.constData());
        // The take is asked again, and a good one counts.
        const QByteArray good = wavBytes(word(16000, 1), m_dir.path(), QStringLiteral("g.wav"));
        QCOMPARE(upload(port, session, m_campaign.prompts[0].id, good).json().value("done").toInt(),
                 1);
    }

    void sizeLengthAndTypeAreRefused()
    {
        auto server = start();
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        const QString session = newSession(port);
        const qint64 prompt = m_campaign.prompts[0].id;
        const QByteArray wav = wavBytes(word(16000, 1), m_dir.path(), QStringLiteral("w.wav"));
        QCOMPARE(upload(port, session, prompt, wav, "text/plain").status, 415);
        QCOMPARE(upload(port, session, prompt, "hello, not a wav", "audio/wav").status, 415);
        QByteArray huge = wav;
        huge.append(QByteArray(int(ClipIntake::maxBytes(m_campaign)), '\0'));
        QCOMPARE(upload(port, session, prompt, huge).status, 413);
        const QByteArray longWav =
            wavBytes(word(16000, 1, 0.3, 5.0), m_dir.path(), QStringLiteral("long.wav"));
        QCOMPARE(upload(port, session, prompt, longWav).status, 413);
        QByteArray lying = wav.left(44);
        lying.append(QByteArray(100, 'x'));
        QVERIFY(upload(port, session, prompt, test::wavHeader(1, 0, 16, 100) + lying).status /
                    100 ==
                4);
        QCOMPARE(upload(port, session, 999999, wav).status, 404);
        QCOMPARE(Campaigns(*m_project).clips(m_campaign.id).size(), 0);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("collected/words/yes"))) ||
                test::filesBelow(m_dir.filePath(QStringLiteral("collected"))).isEmpty());
    }

    void rateLimits()
    {
        CollectOptions o;
        o.clipsPerMinute = 2;
        o.sessionsPerHour = 2;
        auto server = start(o);
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        const QString session = newSession(port);
        QVERIFY(!newSession(port).isEmpty());
        const Reply third =
            send(port, request("POST", api(QStringLiteral("session")), json({{"consent", true}})));
        QCOMPARE(third.status, 429);
        QVERIFY(third.headers.value("retry-after").toInt() >= 1);
        const QByteArray quiet =
            wavBytes(word(16000, 1, 0.0005), m_dir.path(), QStringLiteral("q.wav"));
        QCOMPARE(upload(port, session, m_campaign.prompts[0].id, quiet).status, 201);
        QCOMPARE(upload(port, session, m_campaign.prompts[0].id, quiet).status, 201);
        QCOMPARE(upload(port, session, m_campaign.prompts[0].id, quiet).status, 429);
    }

    void listenAndVote()
    {
        auto server = start();
        QVERIFY(server);
        const quint16 port = quint16(server->url().port());
        const QString speaker = newSession(port);
        const QByteArray wav = wavBytes(word(16000, 1), m_dir.path(), QStringLiteral("w.wav"));
        const qint64 clip =
            upload(port, speaker, m_campaign.prompts[0].id, wav).json()["id"].toInteger();
        QVERIFY(clip > 0);
        // Nobody else's clip to listen to for the speaker; their own clip cannot be voted on.
        QCOMPARE(
            send(port, request("GET", api(QStringLiteral("listen?session=") + speaker))).status,
            204);
        QCOMPARE(send(port, request("POST", api(QStringLiteral("vote")),
                                    json({{"session", speaker}, {"clip", clip}, {"up", true}})))
                     .status,
                 403);
        const QString listener = newSession(port);
        const Reply next =
            send(port, request("GET", api(QStringLiteral("listen?session=") + listener)));
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value("clip").toInteger(), clip);
        QCOMPARE(next.json().value("prompt").toString(), QStringLiteral("yes"));
        const Reply audio = send(port, request("GET", next.json().value("audio").toString()));
        QCOMPARE(audio.status, 200);
        QCOMPARE(audio.headers.value("content-type"), QByteArray("audio/wav"));
        QVERIFY(ClipIntake::looksLikeWav(audio.body));
        QCOMPARE(
            send(port, request("GET", api(QStringLiteral("audio?session=%1&clip=1").arg(listener))
                                          .replace(QStringLiteral("clip=1"),
                                                   QStringLiteral("clip=424242"))))
                .status,
            404);
        QCOMPARE(send(port, request("POST", api(QStringLiteral("vote")),
                                    json({{"session", listener}, {"clip", clip}, {"up", false}})))
                     .status,
                 204);
        const auto votes = Votes(*m_project).votesOf(clip);
        QCOMPARE(votes.size(), 1);
        QVERIFY(!votes.front().up);
        QCOMPARE(
            send(port, request("GET", api(QStringLiteral("listen?session=") + listener))).status,
            204);
        QCOMPARE(Campaigns(*m_project).counts(m_campaign.id).votes, 1);
    }

    void httpsWithASelfSignedCertificate()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        CollectOptions o;
        o.selfSigned = true;
        auto server = start(o);
        QVERIFY(server);
        QCOMPARE(server->url().scheme(), QStringLiteral("https"));
        const Reply r = send(quint16(server->url().port()),
                             request("GET", api(QStringLiteral("campaign"))), true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("name").toString(), QStringLiteral("words"));
    }
};

QTEST_GUILESS_MAIN(TestCollectServer)
#include "test_collect_server.moc"
