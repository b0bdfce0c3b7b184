// The grid operator's endpoint as the app reads it (docs/tariffs.md "The grid operator's
// endpoint"): CfosClient against the emulator's cFos API (AVAIL and TARIF after a set, a wrong
// password), against stand-in servers that answer badly (malformed, huge, slow, redirected),
// over TLS only through an approved certificate, and CfosVarsReply's refusals.
#include "client/CfosClient.h"
#include "client/CfosVarsReply.h"
#include "sim/SimServer.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

using Kind = ApiError::Kind;
using namespace std::chrono_literals;

namespace {

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

// A stand-in endpoint on loopback: `onConnection` gets each accepted socket once the request's
// head has arrived (and the head itself).
struct StandIn
{
    QTcpServer server;
    std::function<void(QTcpSocket *, const QByteArray &head)> onRequest;

    explicit StandIn(std::function<void(QTcpSocket *, const QByteArray &)> f)
        : onRequest(std::move(f))
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                if (buffer->contains("\r\n\r\n"))
                    return socket->readAll(), void();
                *buffer += socket->readAll();
                if (buffer->contains("\r\n\r\n"))
                    onRequest(socket, *buffer);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())); }
};

QByteArray httpReply(const QByteArray &statusLine, const QByteArray &body, const QByteArray &type = "application/json")
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + type
        + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class tst_CfosClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_network;
    SyncHttp m_http;

    HttpResult setVar(const QString &name, const QString &value)
    {
        QUrl u = m_sim->url(QStringLiteral("/cnf"));
        u.setQuery(QStringLiteral("cmd=set_cm_vars&name=%1&val=%2").arg(name, value));
        return m_http.send("GET", u, {}, {}, -1, {{"Authorization", basic("admin", "1234abcd")}});
    }

    // One read, waited for (at most `waitMs`).
    CfosReading read(CfosClient &client, int waitMs = 15'000)
    {
        std::optional<CfosReading> got;
        client.read(this, [&](const CfosReading &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, waitMs))
            qWarning("no reading within %d ms", waitMs);
        return got.value_or(CfosReading{ApiError(Kind::Cancelled), {}, {}});
    }

    CfosReading readFrom(const QUrl &url, CfosClient::Settings settings = {})
    {
        CfosClient client(&m_network, nullptr);
        client.setSettings(settings);
        client.setEndpoint(url, QStringLiteral("admin"), QStringLiteral("1234abcd"));
        return read(client);
    }

private slots:
    void initTestCase()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 0;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    }

    void cleanupTestCase() { m_sim.reset(); }

    void readsAvailAndTarifAfterASet()
    {
        CfosClient client(&m_network, nullptr);
        client.setEndpoint(m_sim->rootUrl(), QStringLiteral("admin"), QStringLiteral("1234abcd"));
        QVERIFY(client.hasEndpoint());

        // Nothing set yet: full capacity and the calendar.
        QVERIFY(!client.isBusy());
        CfosReading r = read(client);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(!r.vars.availPercent);
        QVERIFY(!r.vars.tariffFlag);
        QVERIFY(r.fetchedAt.isValid());

        QCOMPARE(setVar(QStringLiteral("AVAIL"), QStringLiteral("50")).status, 200);
        QCOMPARE(setVar(QStringLiteral("tarif"), QStringLiteral("1")).status, 200);
        QCOMPARE(setVar(QStringLiteral("PWR"), QStringLiteral("70")).status, 200);
        r = read(client);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.vars.availPercent, std::optional<double>(50.0));
        QCOMPARE(r.vars.tariffFlag, std::optional<TariffFlag>(TariffFlag::Reduced));
        QCOMPARE(r.vars.variableCount, 3);

        QCOMPARE(setVar(QStringLiteral("AVAIL"), QStringLiteral("37.5")).status, 200);
        QCOMPARE(setVar(QStringLiteral("TARIF"), QStringLiteral("0")).status, 200);
        // The /cnf route itself is an address as good as the root.
        client.setEndpoint(m_sim->url(QStringLiteral("/cnf/")), QStringLiteral("admin"), QStringLiteral("1234abcd"));
        r = read(client);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.vars.availPercent, std::optional<double>(37.5));
        QCOMPARE(r.vars.tariffFlag, std::optional<TariffFlag>(TariffFlag::Calendar));
    }

    void variablesUrl()
    {
        QCOMPARE(CfosClient::variablesUrl(QUrl(QStringLiteral("http://10.0.0.5"))),
                 QUrl(QStringLiteral("http://10.0.0.5/cnf?cmd=get_cm_vars")));
        QCOMPARE(CfosClient::variablesUrl(QUrl(QStringLiteral("https://cm.example:8443/cfos/cnf?x=1"))),
                 QUrl(QStringLiteral("https://cm.example:8443/cfos/cnf?cmd=get_cm_vars")));
        QVERIFY(CfosClient::problem(QUrl(QStringLiteral("http://10.0.0.5"))).isEmpty());
        QVERIFY(!CfosClient::problem(QUrl(QStringLiteral("ftp://10.0.0.5"))).isEmpty());
        QVERIFY(!CfosClient::problem(QUrl(QStringLiteral("10.0.0.5"))).isEmpty());
        QVERIFY(!CfosClient::problem(QUrl(QStringLiteral("http://admin:pw@10.0.0.5"))).isEmpty());
    }

    void wrongPasswordIsAClearAuthenticationError()
    {
        CfosClient client(&m_network, nullptr);
        client.setEndpoint(m_sim->rootUrl(), QStringLiteral("admin"), QStringLiteral("not-the-password"));
        const CfosReading r = read(client);
        QCOMPARE(r.error.kind(), Kind::BadCredentials);
        QCOMPARE(r.error.httpStatus(), 401);
        QVERIFY2(r.message().contains(QStringLiteral("did not accept the user or password")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("grid operator")), qPrintable(r.message()));
        QVERIFY(!r.message().contains(QStringLiteral("not-the-password")));
    }

    void thePasswordIsNeverLogged()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("aegis.client.*=true"));
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) { lines.append(message); });
        for (const QString &password : {QStringLiteral("1234abcd"), QStringLiteral("s3cret-pw")}) {
            CfosClient client(&m_network, nullptr);
            client.setEndpoint(m_sim->rootUrl(), QStringLiteral("admin"), password);
            read(client);
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(!lines.isEmpty(), "the reads are logged");
        const QByteArray encoded = QByteArray("admin:s3cret-pw").toBase64();
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(QStringLiteral("1234abcd")) && !line.contains(QStringLiteral("s3cret-pw"))
                         && !line.contains(QString::fromLatin1(encoded)),
                     qPrintable(line));
        }
    }

    void malformedRepliesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << httpReply("200 OK", "{\"vars\": [") << int(Kind::MalformedReply) << "not JSON";
        QTest::newRow("no vars") << httpReply("200 OK", "{\"avail\": 50}") << int(Kind::MalformedReply)
                                 << "not a list of variables";
        QTest::newRow("AVAIL above 100") << httpReply("200 OK", R"({"vars":[{"name":"AVAIL","expr":"150","val":150}]})")
                                         << int(Kind::MalformedReply) << "AVAIL is 150";
        QTest::newRow("AVAIL not a number") << httpReply("200 OK", R"({"vars":[{"name":"AVAIL","val":"lots"}]})")
                                            << int(Kind::MalformedReply) << "AVAIL has no numeric value";
        QTest::newRow("TARIF 2") << httpReply("200 OK", R"({"vars":[{"name":"TARIF","val":2}]})") << int(Kind::MalformedReply)
                                 << "TARIF is 2";
        QTest::newRow("AVAIL twice") << httpReply("200 OK", R"({"vars":[{"name":"AVAIL","val":5},{"name":"avail","val":6}]})")
                                     << int(Kind::MalformedReply) << "listed twice";
        QTest::newRow("empty") << httpReply("200 OK", "") << int(Kind::MalformedReply) << "not JSON";
        QTest::newRow("server error") << httpReply("500 Internal Server Error", "<html>oops</html>", "text/html")
                                      << int(Kind::ServerError) << "HTTP 500";
        QTest::newRow("no such route") << httpReply("404 Not Found", "{}") << int(Kind::NotFound) << "HTTP 404";
        QTest::newRow("redirect") << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://example.com/\r\nConnection: close\r\n"
                                                "Content-Length: 0\r\n\r\n")
                                  << int(Kind::MalformedReply) << "redirect";
    }

    void malformedRepliesAreRefused()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        QByteArray head;
        StandIn standIn([&](QTcpSocket *socket, const QByteArray &h) {
            head = h;
            socket->write(reply);
            socket->disconnectFromHost();
        });
        const CfosReading r = readFrom(standIn.url());
        QCOMPARE(int(r.error.kind()), kind);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        // The request as cFos expects it: basic auth, the variables route.
        QVERIFY2(head.startsWith("GET /cnf?cmd=get_cm_vars HTTP/1.1"), head.constData());
        QVERIFY2(head.contains(QByteArray(QByteArray("Authorization: ") + basic("admin", "1234abcd"))), head.constData());
    }

    void hugeRepliesStopAtTheBound()
    {
        // An endless chunked body: the read ends once the bound is passed, not when memory runs out.
        qint64 written = 0;
        StandIn standIn([&](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "b\r\n{\"vars\": [ \r\n");
            const auto pump = [&written, socket] {
                static const QByteArray chunk = QByteArray::number(16 * 1024, 16) + "\r\n" + QByteArray(16 * 1024, ' ') + "\r\n";
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 64 * 1024
                       && written < 64 * 1024 * 1024)
                    written += socket->write(chunk);
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            pump();
        });
        CfosClient::Settings settings;
        settings.maxReplyBytes = 64 * 1024;
        QElapsedTimer timer;
        timer.start();
        const CfosReading r = readFrom(standIn.url(), settings);
        QCOMPARE(r.error.kind(), Kind::MalformedReply);
        QVERIFY2(r.message().contains(QStringLiteral("larger than 64 KB")), qPrintable(r.message()));
        QVERIFY2(written < 8 * 1024 * 1024, qPrintable(QString::number(written)));
        QVERIFY(timer.elapsed() < 5000);

        // A Content-Length over the bound is refused before the body.
        StandIn promising([](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{");
        });
        const CfosReading p = readFrom(promising.url(), settings);
        QCOMPARE(p.error.kind(), Kind::MalformedReply);

        // The decoder holds the same bound on what it is given.
        QVERIFY(!CfosVarsReply::decode(QByteArray(CfosVarsReply::kMaxBytes + 1, ' ')));
    }

    void slowRepliesEndAtTheDeadline_data()
    {
        QTest::addColumn<bool>("trickle");
        QTest::newRow("silent") << false;
        QTest::newRow("a byte at a time") << true;
    }

    void slowRepliesEndAtTheDeadline()
    {
        QFETCH(bool, trickle);
        // The endpoint answers a byte every 100 ms (never finishing in time), or never.
        StandIn standIn([trickle](QTcpSocket *socket, const QByteArray &) {
            if (!trickle)
                return;
            auto *timer = new QTimer(socket);
            auto left = std::make_shared<QByteArray>(httpReply("200 OK", R"({"vars":[{"name":"AVAIL","val":50}]})"));
            QObject::connect(timer, &QTimer::timeout, socket, [socket, left] {
                if (!left->isEmpty()) {
                    socket->write(left->left(1));
                    left->remove(0, 1);
                }
            });
            timer->start(100);
        });
        CfosClient::Settings settings;
        settings.deadline = 800ms;
        QElapsedTimer timer;
        timer.start();
        const CfosReading r = readFrom(standIn.url(), settings);
        const qint64 took = timer.elapsed();
        QCOMPARE(r.error.kind(), Kind::Timeout);
        QVERIFY2(r.message().contains(QStringLiteral("did not answer in time")), qPrintable(r.message()));
        QVERIFY2(took >= 750 && took < 3000, qPrintable(QString::number(took)));
    }

    void aSecondReadWhileOneIsUnderWayIsRefused()
    {
        StandIn silent([](QTcpSocket *, const QByteArray &) {});
        CfosClient client(&m_network, nullptr);
        client.setSettings({.deadline = 1500ms});
        client.setEndpoint(silent.url(), QStringLiteral("admin"), QStringLiteral("1234abcd"));
        std::optional<CfosReading> first;
        client.read(this, [&](const CfosReading &r) { first = r; });
        QVERIFY(client.isBusy());
        const CfosReading second = read(client, 500);
        QCOMPARE(second.error.kind(), Kind::Cancelled);
        QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, 5000));
        QCOMPARE(first->error.kind(), Kind::Timeout);
        QVERIFY(!client.isBusy());
    }

    void tlsOnlyThroughAnApprovedCertificate()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60'000) && openssl.exitCode() == 0);
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 0;
        options.tlsCertificatePath = cert;
        options.tlsKeyPath = key;
        SimFixture tls(options);
        QVERIFY2(tls.isRunning(), qPrintable(tls.error()));

        CertificateTrust trust(dir.filePath(QStringLiteral("trust")));
        QNetworkAccessManager network;
        CfosClient client(&network, &trust);
        client.setEndpoint(tls.rootUrl(), QStringLiteral("admin"), QStringLiteral("1234abcd"));
        std::optional<CertificateInfo> asked;
        connect(&client, &CfosClient::certificateNeedsApproval, this, [&](const CertificateInfo &c) { asked = c; });
        CfosReading r = read(client);
        QCOMPARE(r.error.kind(), Kind::CertificateUntrusted);
        QVERIFY(asked.has_value());
        int requests = -1;
        tls.runOnSim([&](SimSite &, SimServer &server) { requests = server.requestCount(QStringLiteral("cnf")); });
        QCOMPARE(requests, 0); // nothing was sent past the handshake

        QString error;
        QVERIFY2(trust.approve(*asked, &error), qPrintable(error));
        network.clearConnectionCache();
        r = read(client);
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    void decoderReadsWhatCfosWrites()
    {
        Result<CfosVarsReply> r = CfosVarsReply::decode(R"({"vars":[{"name":"Avail","expr":"40","val":"40"},)"
                                                        R"({"name":"x","expr":"a+b","val":null},{"name":"tarif","val":1}]})");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->availPercent, std::optional<double>(40.0));
        QCOMPARE(r->tariffFlag, std::optional<TariffFlag>(TariffFlag::Reduced));
        QCOMPARE(r->variableCount, 3);
        r = CfosVarsReply::decode(R"([{"name":"AVAIL","val":0}])");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->availPercent, std::optional<double>(0.0));
        QVERIFY(!CfosVarsReply::decode(R"({"vars":[1]})"));
        QVERIFY(!CfosVarsReply::decode(R"({"vars":[{"name":"AVAIL","val":-1}]})"));
        QVERIFY(!CfosVarsReply::decode(R"({"vars":[{"name":"TARIF"}]})"));
        QByteArray many = "[";
        for (int i = 0; i <= CfosVarsReply::kMaxVariables; ++i)
            many += "{},";
        many.back() = ']';
        QVERIFY(!CfosVarsReply::decode(many));
    }
};

QTEST_GUILESS_MAIN(tst_CfosClient)
#include "tst_CfosClient.moc"
