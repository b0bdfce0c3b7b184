// SimServer over real HTTP on loopback: login, tokens, paths, errors, and the /sim/ API.

#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"
#include "support/TestTime.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

namespace {

// The §3 error shape: {"statusCode": N, "message": "...", "error": "..."}.
void verifyErrorShape(const HttpResult &r, int status)
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type").constData());
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("statusCode")).toInt(), status);
    QVERIFY2(!o.value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());
    QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
}

// One raw HTTP/1.1 exchange, so that a test chooses every header (Host included): the status
// and the body.
QPair<int, QByteArray> rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {0, {}};
    socket.write(request);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        received += socket.readAll();
    received += socket.readAll();
    const qsizetype split = received.indexOf("\r\n\r\n");
    return {received.mid(9, 3).toInt(), split < 0 ? QByteArray() : received.mid(split + 4)};
}

} // namespace

class tst_SimServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_stateDir;
    std::unique_ptr<SimFixture> m_sim;
    SyncHttp m_http;
    QByteArray m_token;

    QUrl url(const QString &path) const { return m_sim->url(path); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stateDir.isValid());
        SimOptions options = SimFixture::testOptions();
        options.stateDir = m_stateDir.path();
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_token = m_sim->login();
        QVERIFY(!m_token.isEmpty());
    }

    void init() { QCOMPARE(m_sim->control("POST", QStringLiteral("/sim/faults/reset")).status, 200); }

    void cleanupTestCase() { m_sim.reset(); }

    void loginAnswersTheAccount()
    {
        const HttpResult r = m_http.sendJson(
            "POST", url(QStringLiteral("/api/auth/login")),
            {{QStringLiteral("user_account"), m_sim->user()}, {QStringLiteral("user_password"), m_sim->password()}});
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        const QString token = o.value(QStringLiteral("access_token")).toString();
        QCOMPARE(token.split(QLatin1Char('.')).size(), 3); // JWT-shaped
        QCOMPARE(o.value(QStringLiteral("user_id")).toInt(), 51);
        QCOMPARE(o.value(QStringLiteral("user_name")).toString(), QStringLiteral("管理員"));
        QCOMPARE(o.value(QStringLiteral("role_id")).toInt(), 44);
        QCOMPARE(o.value(QStringLiteral("domain_id")).toInt(), 182);
        QCOMPARE(o.value(QStringLiteral("domain_name")).toString(), QStringLiteral("工研院綠能所"));
        QCOMPARE(o.value(QStringLiteral("organization_id")).toInt(), 182);
        // Every login gets its own token.
        QVERIFY(token.toLatin1() != m_sim->login());
    }

    void loginRejectsWrongCredentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("admin@gel") << QStringLiteral("nope");
        QTest::newRow("wrong user") << QStringLiteral("root") << QStringLiteral("admingel");
    }

    void loginRejectsWrongCredentials()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        const HttpResult r =
            m_http.sendJson("POST", url(QStringLiteral("/api/auth/login")),
                            {{QStringLiteral("user_account"), user}, {QStringLiteral("user_password"), password}});
        verifyErrorShape(r, 401);
        QVERIFY(!r.body.contains(password.toUtf8())); // never echoes what it was given
    }

    void loginRejectsABadBody()
    {
        HttpResult r = m_http.send("POST", url(QStringLiteral("/api/auth/login")), "{\"user_account\": ");
        verifyErrorShape(r, 400);
        r = m_http.sendJson("POST", url(QStringLiteral("/api/auth/login")), {{QStringLiteral("user_account"), 5}});
        verifyErrorShape(r, 400);
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("user_account")));
    }

    void servesEveryRouteWithAndWithoutApi_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &prefix : {QString(), QStringLiteral("/api")}) {
            for (const QString &route : {QStringLiteral("/power_schedulers/4"), QStringLiteral("/power_schedulers/4/history"),
                                         QStringLiteral("/domain_datas/query?organization_id=182&domain_id=187&start=-1h"
                                                        "&fields=SolarPower&time_function=last"),
                                         QStringLiteral("/device_datas/query?organization_id=182&device_output_name="
                                                        "hermes_pv_inverter_data&fields=SolarPower&start=-10m")}) {
                QTest::newRow(qPrintable(prefix + route)) << prefix + route;
            }
        }
    }

    void servesEveryRouteWithAndWithoutApi()
    {
        QFETCH(QString, path);
        const HttpResult r = m_http.get(url(path), m_token);
        QVERIFY2(r.status == 200, r.body.left(300).constData());
        QVERIFY(!r.json().isNull());
    }

    void loginIsServedWithoutApiToo()
    {
        const HttpResult r = m_http.sendJson(
            "POST", url(QStringLiteral("/auth/login")),
            {{QStringLiteral("user_account"), m_sim->user()}, {QStringLiteral("user_password"), m_sim->password()}});
        QCOMPARE(r.status, 200);
    }

    void everyRouteButLoginNeedsAToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("none") << QByteArray() << QStringLiteral("Authorization");
        QTest::newRow("unknown token") << QByteArray("Bearer abc.def.ghi") << QStringLiteral("invalid");
        QTest::newRow("other scheme") << QByteArray("Basic YWRtaW46YWRtaW4=") << QStringLiteral("Bearer");
        QTest::newRow("bearer without token") << QByteArray("Bearer ") << QStringLiteral("Bearer");
    }

    void everyRouteButLoginNeedsAToken()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, messagePart);
        QNetworkRequest request(url(QStringLiteral("/api/power_schedulers/4")));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_http.manager().get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10'000));
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        delete reply;
        verifyErrorShape(r, 401);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(messagePart), r.body.constData());
    }

    void anExpiredTokenGets401()
    {
        QCOMPARE(m_sim->controlJson("PUT", QStringLiteral("/sim/faults"), {{QStringLiteral("token_lifetime_s"), 1}}).status, 200);
        const QByteArray token = m_sim->login();
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_http.get(url(QStringLiteral("/api/power_schedulers/4")), token).status, 200);
        QTest::qWait(1200);
        const HttpResult r = m_http.get(url(QStringLiteral("/api/power_schedulers/4")), token);
        verifyErrorShape(r, 401);
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("expired")));
        // Tokens issued before the change keep their own lifetime.
        QCOMPARE(m_http.get(url(QStringLiteral("/api/power_schedulers/4")), m_token).status, 200);
    }

    void unknownRoutesGet404()
    {
        for (const QString &path : {QStringLiteral("/api/nothing"), QStringLiteral("/nothing/here"),
                                    QStringLiteral("/sim/nothing"), QStringLiteral("/api/sim/faults")}) {
            const HttpResult r = m_http.get(url(path), m_token);
            verifyErrorShape(r, 404);
            QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(path));
        }
    }

    void anUnknownSchedulerGets404()
    {
        verifyErrorShape(m_http.get(url(QStringLiteral("/api/power_schedulers/99")), m_token), 404);
    }

    void aWrongMethodGets405()
    {
        HttpResult r = m_http.send("DELETE", url(QStringLiteral("/api/power_schedulers/4")), {}, m_token);
        verifyErrorShape(r, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, PATCH"));
        r = m_http.get(url(QStringLiteral("/api/auth/login")));
        verifyErrorShape(r, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
        verifyErrorShape(m_sim->control("DELETE", QStringLiteral("/sim/faults")), 405);
    }

    void writesHttp11FramingItself()
    {
        // A raw request: status line, Content-Length matching the body, Connection: close honoured.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /sim/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-Sim-Control-Token: "
                     + m_sim->controlToken() + "\r\n\r\n");
        QByteArray received;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
            received += socket.readAll();
        received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
        const qsizetype split = received.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray head = received.left(split).toLower();
        const QByteArray body = received.mid(split + 4);
        QVERIFY(head.contains(QByteArray("content-length: " + QByteArray::number(body.size()))));
        QVERIFY(head.contains("connection: close"));
        QVERIFY(head.contains("content-type: application/json"));
        QVERIFY(QJsonDocument::fromJson(body).isObject());
    }

    void keepsTheConnectionAlive()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->port());
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /sim/acceleration HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Sim-Control-Token: " + m_sim->controlToken()
                         + "\r\n\r\n");
            QByteArray received;
            while (!received.endsWith('}') && socket.waitForReadyRead(5000))
                received += socket.readAll();
            QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
            QVERIFY(received.toLower().contains("connection: keep-alive"));
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }
    }

    void countsRequestsPerRoute()
    {
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetRequestCounts(); });
        QObject receiver;
        QList<QPair<QString, int>> served;
        m_sim->runOnSim([&](SimSite &, SimServer &server) {
            connect(&server, &SimServer::requestServed, &receiver, [&served](const QString &, const QString &route, int status) {
                served.append({route, status});
            });
        });
        m_sim->login();
        m_sim->login();
        m_http.get(url(QStringLiteral("/api/power_schedulers/4")), m_token);
        m_http.get(url(QStringLiteral("/power_schedulers/4")), "bad");

        int logins = 0;
        int schedulers = 0;
        m_sim->runOnSim([&](SimSite &, SimServer &server) {
            logins = server.requestCount(QStringLiteral("auth/login"));
            schedulers = server.requestCount(QStringLiteral("power_schedulers/4"));
        });
        QCOMPARE(logins, 2);
        QCOMPARE(schedulers, 2);
        QTRY_COMPARE(served.size(), 4);
        QCOMPARE(served.last(), (QPair<QString, int>(QStringLiteral("power_schedulers/4"), 401)));

        const QJsonObject counts = m_sim->control("GET", QStringLiteral("/sim/requests")).object();
        QCOMPARE(counts.value(QStringLiteral("auth/login")).toInt(), 2);
        m_sim->runOnSim([&](SimSite &, SimServer &server) { server.disconnect(&receiver); });
    }

    void aFieldNamedTwiceIsOneColumn()
    {
        // One small request naming a field a hundred times gets the reply of naming it once.
        QUrl once = url(QStringLiteral("/api/device_datas/query"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("organization_id"), QStringLiteral("182"));
        q.addQueryItem(QStringLiteral("device_output_name"), QStringLiteral("pomcube_data"));
        q.addQueryItem(QStringLiteral("start"), QStringLiteral("-1d"));
        QUrlQuery repeated = q;
        q.addQueryItem(QStringLiteral("fields"), QStringLiteral("BatSoC"));
        once.setQuery(q);
        repeated.addQueryItem(QStringLiteral("fields"),
                              QStringList(100, QStringLiteral("BatSoC")).join(QLatin1Char(',')) + QStringLiteral(",GridPower"));
        QUrl many = url(QStringLiteral("/api/device_datas/query"));
        many.setQuery(repeated);
        m_sim->runOnSim([](SimSite &site, SimServer &) { site.setAcceleration(0); });
        const HttpResult single = m_http.get(once, m_token);
        QCOMPARE(single.status, 200);
        const HttpResult r = m_http.get(many, m_token, 30'000);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.size() < 3 * single.body.size(), qPrintable(QString::number(r.body.size())));
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 2 * single.json().array().size());
        m_sim->runOnSim([](SimSite &site, SimServer &) { site.setAcceleration(1); });
    }

    void aReplyBeyondTheLimitIsRefusedAndTheServerStaysResponsive()
    {
        // Every domain field in windows of 4 s over the 7 days of history, empty ones too:
        // 18 fields of 151,200 rows each, beyond the rows one reply may hold.
        QUrl big = url(QStringLiteral("/api/domain_datas/query"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("organization_id"), QStringLiteral("182"));
        q.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("SolarPower,LoadPower,GridPower,GenPower,BatSoC,BatRemainEnergy,BatCapacity,Irradiance,"
                                      "SolarEffArea,PhotometerSolarPower,SolarEnergy,LoadEnergy,GridEnergy,"
                                      "BatteryChargeEnergy,BatteryDischargeEnergy,PR,CurtailmentRatio,PredictionSolarPower"));
        q.addQueryItem(QStringLiteral("start"), QStringLiteral("-7d"));
        q.addQueryItem(QStringLiteral("every"), QStringLiteral("4s"));
        q.addQueryItem(QStringLiteral("create_empty"), QStringLiteral("true"));
        big.setQuery(q);
        QNetworkRequest request(big);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QTest::qWait(50); // the query is under way in the emulator's thread

        SyncHttp other;
        const HttpResult scheduler =
            other.get(url(QStringLiteral("/api/power_schedulers/4")), m_token, TestTime::scaledMs(5'000));
        QCOMPARE(scheduler.status, 200);

        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), TestTime::scaledMs(20'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        const QByteArray body = reply->readAll();
        QVERIFY2(body.size() < 1000, body.left(200).constData());
        const QString message = QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("2000000 rows")) && message.contains(QStringLiteral("coarser every")),
                 qPrintable(message));
    }

    void countsStayBoundedForUnknownPaths()
    {
        m_sim->runOnSim([](SimSite &, SimServer &server) { server.resetRequestCounts(); });
        QRandomGenerator random(7);
        for (int i = 0; i < 5000; ++i) {
            const QString path = i % 2 ? QStringLiteral("/api/x%1").arg(random.generate())
                                       : QStringLiteral("/api/power_schedulers/%1").arg(random.bounded(5, 1 << 30));
            QVERIFY(m_http.get(url(path)).status >= 400);
        }
        m_http.get(url(QStringLiteral("/api/power_schedulers/4")), m_token);
        QHash<QString, int> counts;
        m_sim->runOnSim([&](SimSite &, SimServer &server) { counts = server.requestCounts(); });
        QVERIFY2(counts.size() <= 2, qPrintable(QStringList(counts.keys().mid(0, 5)).join(QLatin1Char(' '))));
        QCOMPARE(counts.value(QStringLiteral("other")), 5000);
        QCOMPARE(counts.value(QStringLiteral("power_schedulers/4")), 1);
    }

    void controlsTheAcceleration()
    {
        const QString accel = QStringLiteral("/sim/acceleration");
        QCOMPARE(m_sim->control("GET", accel).object().value(QStringLiteral("acceleration")).toDouble(), 1.0);
        HttpResult r = m_sim->controlJson("PUT", accel, {{QStringLiteral("acceleration"), 60}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("acceleration")).toDouble(), 60.0);
        QCOMPARE(m_sim->control("GET", accel).object().value(QStringLiteral("acceleration")).toDouble(), 60.0);
        double inSite = 0;
        m_sim->runOnSim([&](SimSite &site, SimServer &) { inSite = site.acceleration(); });
        QCOMPARE(inSite, 60.0);

        verifyErrorShape(m_sim->controlJson("PUT", accel, {{QStringLiteral("acceleration"), 0}}), 400);
        verifyErrorShape(m_sim->controlJson("PUT", accel, {{QStringLiteral("acceleration"), QStringLiteral("fast")}}), 400);
        r = m_sim->controlJson("PUT", accel, {{QStringLiteral("acceleration"), 2}, {QStringLiteral("speed"), 2}});
        verifyErrorShape(r, 400);
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("speed")));
        QCOMPARE(m_sim->controlJson("PUT", accel, {{QStringLiteral("acceleration"), 1}}).status, 200);
    }

    void addsAndRemovesAnEssUnit()
    {
        const HttpResult added = m_sim->control("POST", QStringLiteral("/sim/ess"));
        QVERIFY2(added.status == 200, added.body.constData());
        QVERIFY(!added.json().isNull());
        const HttpResult removed = m_sim->control("DELETE", QStringLiteral("/sim/ess"));
        QVERIFY2(removed.status == 200, removed.body.constData());
    }

    void savesAndLoadsState()
    {
        const HttpResult status = m_sim->control("GET", QStringLiteral("/sim/state"));
        QCOMPARE(status.status, 200);
        QVERIFY(status.json().isObject());

        HttpResult r =
            m_sim->controlJson("POST", QStringLiteral("/sim/state/save"), {{QStringLiteral("name"), QStringLiteral("morning")}});
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(QFileInfo(m_stateDir.filePath(QStringLiteral("morning.json"))).size() > 0);
        r = m_sim->controlJson("POST", QStringLiteral("/sim/state/load"), {{QStringLiteral("name"), QStringLiteral("morning")}});
        QVERIFY2(r.status == 200, r.body.constData());

        verifyErrorShape(m_sim->controlJson("POST", QStringLiteral("/sim/state/save"), {}), 400);
        r = m_sim->controlJson("POST", QStringLiteral("/sim/state/load"), {{QStringLiteral("name"), QStringLiteral("missing")}});
        QVERIFY(r.status >= 400 && r.status < 500);
        verifyErrorShape(m_sim->control("POST", QStringLiteral("/sim/state/load"), "not json"), 400);
    }

    // A state is a name inside the state directory, never a path the request chose.
    void keepsStatesByNameOnly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../escape");
        QTest::newRow("absolute") << QStringLiteral("/tmp/escape");
        QTest::newRow("dot") << QStringLiteral("a.b");
        QTest::newRow("empty") << QString();
        QTest::newRow("too long") << QString(65, QLatin1Char('a'));
        QTest::newRow("space") << QStringLiteral("my state");
        QTest::newRow("trailing newline") << QStringLiteral("state\n");
    }

    void keepsStatesByNameOnly()
    {
        QFETCH(QString, name);
        for (const QString &route : {QStringLiteral("/sim/state/save"), QStringLiteral("/sim/state/load")}) {
            const HttpResult r = m_sim->controlJson("POST", route, {{QStringLiteral("name"), name}});
            verifyErrorShape(r, 400);
            QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("name")), r.body.constData());
        }
        QVERIFY(!QFileInfo::exists(m_stateDir.filePath(QStringLiteral("../escape.json"))));
    }

    void refusesAPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("state.json"));
        for (const QString &route : {QStringLiteral("/sim/state/save"), QStringLiteral("/sim/state/load")}) {
            const HttpResult r = m_sim->controlJson("POST", route, {{QStringLiteral("path"), path}});
            verifyErrorShape(r, 400);
            QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("name")), r.body.constData());
        }
        QVERIFY(!QFileInfo::exists(path));
    }

    void aMissingStateIs404RevealingNothing()
    {
        const HttpResult r =
            m_sim->controlJson("POST", QStringLiteral("/sim/state/load"), {{QStringLiteral("name"), QStringLiteral("nowhere")}});
        verifyErrorShape(r, 404);
        QVERIFY(!r.body.contains(m_stateDir.path().toUtf8()));
    }

    void theControlApiNeedsTheControlToken()
    {
        const QByteArray token = m_sim->controlToken();
        QCOMPARE(token.size(), 32); // 128 bits in hex
        verifyErrorShape(m_http.get(url(QStringLiteral("/sim/state"))), 401);
        verifyErrorShape(m_http.get(url(QStringLiteral("/sim/state")), "0123"), 401);
        verifyErrorShape(m_http.get(url(QStringLiteral("/sim/state")), m_token), 401); // an AEGIS token is not it
        verifyErrorShape(m_http.send("POST", url(QStringLiteral("/sim/faults/reset"))), 401);
        QCOMPARE(m_http.get(url(QStringLiteral("/sim/state")), token).status, 200); // Authorization: Bearer
        QCOMPARE(m_http.send("GET", url(QStringLiteral("/sim/state")), {}, {}, -1, {{"X-Sim-Control-Token", token}}).status, 200);
        // The AEGIS routes do not need it.
        QCOMPARE(m_http.get(url(QStringLiteral("/api/power_schedulers/4")), m_token).status, 200);
    }

    void theControlApiRefusesWebPages()
    {
        const QByteArray token = m_sim->controlToken();
        const QString file = m_stateDir.filePath(QStringLiteral("cross-origin.json"));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("path"), file}}).toJson(QJsonDocument::Compact);
        HttpResult r = m_http.send("POST", url(QStringLiteral("/sim/state/save")), body, token, -1,
                                   {{"Origin", "https://evil.example"}, {"Content-Type", "text/plain"}});
        verifyErrorShape(r, 403);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("Origin")), r.body.constData());
        r = m_http.send("GET", url(QStringLiteral("/sim/state")), {}, token, -1, {{"Origin", "http://127.0.0.1"}});
        verifyErrorShape(r, 403);
        QVERIFY(!QFileInfo::exists(file));
    }

    void theControlApiWantsJsonBodies()
    {
        const HttpResult r = m_http.send("PUT", url(QStringLiteral("/sim/acceleration")), "{\"acceleration\": 3}",
                                         m_sim->controlToken(), -1, {{"Content-Type", "text/plain"}});
        verifyErrorShape(r, 415);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("application/json")),
                 r.body.constData());
        QCOMPARE(
            m_sim->control("GET", QStringLiteral("/sim/acceleration")).object().value(QStringLiteral("acceleration")).toDouble(),
            1.0);
        // A charset parameter is fine.
        QCOMPARE(m_http
                     .send("PUT", url(QStringLiteral("/sim/acceleration")), "{\"acceleration\": 1}", m_sim->controlToken(), -1,
                           {{"Content-Type", "application/json; charset=utf-8"}})
                     .status,
                 200);
    }

    // Headers a server and a proxy might read differently: an Origin without a value, a Host,
    // Origin or token sent twice (the first had won).
    void theControlApiRefusesAmbiguousHeaders_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("empty Origin") << QByteArray("Host: 127.0.0.1\r\nOrigin:\r\n");
        QTest::newRow("two Hosts") << QByteArray("Host: 127.0.0.1\r\nHost: attacker.example\r\n");
        QTest::newRow("two Origins") << QByteArray("Host: 127.0.0.1\r\nOrigin: null\r\nOrigin: null\r\n");
        QTest::newRow("two Content-Types") << QByteArray("Host: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                                         "Content-Type: text/plain\r\n");
    }

    void theControlApiRefusesAmbiguousHeaders()
    {
        QFETCH(QByteArray, headers);
        const auto [got, body] = rawExchange(m_sim->port(),
                                             "GET /sim/state HTTP/1.1\r\n" + headers + "X-Sim-Control-Token: "
                                                 + m_sim->controlToken() + "\r\nConnection: close\r\n\r\n");
        QVERIFY2(got == 403 || got == 400, body.constData());
        // The same request with the headers once and no Origin is answered.
        const auto [fine, answer] = rawExchange(m_sim->port(),
                                                "GET /sim/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Sim-Control-Token: "
                                                    + m_sim->controlToken() + "\r\nConnection: close\r\n\r\n");
        QVERIFY2(fine == 200, answer.constData());
    }

    // DNS rebinding: a name that resolves to 127.0.0.1 still arrives with its own Host.
    void theControlApiWantsALoopbackHost_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("rebound name") << QByteArray("attacker.example:8080") << 403;
        QTest::newRow("bare name") << QByteArray("attacker.example") << 403;
        QTest::newRow("lookalike") << QByteArray("127.0.0.1.attacker.example") << 403;
        QTest::newRow("lan address") << QByteArray("192.168.1.5") << 403;
        QTest::newRow("missing") << QByteArray() << 403;
        QTest::newRow("user info") << QByteArray("127.0.0.1:80@attacker.example") << 403;
        QTest::newRow("port not a number") << QByteArray("localhost:attacker.example") << 403;
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:1234") << 200;
        QTest::newRow("127.1.2.3") << QByteArray("127.1.2.3") << 200;
        QTest::newRow("localhost") << QByteArray("localhost:1234") << 200;
        QTest::newRow("LocalHost") << QByteArray("LocalHost") << 200;
        QTest::newRow("[::1]") << QByteArray("[::1]:1234") << 200;
    }

    void theControlApiWantsALoopbackHost()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        const QByteArray hostLine = host.isEmpty() ? QByteArray() : "Host: " + host + "\r\n";
        const auto [got, body] = rawExchange(m_sim->port(),
                                             "GET /sim/state HTTP/1.1\r\n" + hostLine + "X-Sim-Control-Token: "
                                                 + m_sim->controlToken() + "\r\nConnection: close\r\n\r\n");
        QVERIFY2(got == status, body.constData());
        if (status == 403)
            QVERIFY2(body.contains("Host"), body.constData());
    }

    // Form encoding, as browsers, axios and Python's urllib send it: "+" is a space, "%2B" a plus.
    void aPlusInTheQueryIsASpace()
    {
        const QString query = QStringLiteral("/api/domain_datas/query?organization_id=182&domain_id=187&start=-1h"
                                             "&time_function=last&fields=");
        HttpResult r = m_http.get(url(query + QStringLiteral("SolarPower,+LoadPower")), m_token);
        QVERIFY2(r.status == 200, r.body.left(300).constData());
        QVERIFY2(r.body.contains("SolarPower") && r.body.contains("LoadPower"), r.body.left(600).constData());
        r = m_http.get(url(query + QStringLiteral("SolarPower%2BX")), m_token);
        verifyErrorShape(r, 400);
        QVERIFY2(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("SolarPower+X")),
                 r.body.constData());
        r = m_http.get(url(QStringLiteral("/api/domain_datas/query?organization_id=182&domain_id=187&start=-1h"
                                          "&time_function=+last+&fields=SolarPower")),
                       m_token);
        QVERIFY2(r.status == 200, r.body.left(300).constData());
    }

    void readsAndMergesFaultSettings()
    {
        const QString faults = QStringLiteral("/sim/faults");
        QJsonObject o = m_sim->control("GET", faults).object();
        for (const char *key : {"latency_ms", "latency_jitter_ms", "error_500_share", "error_503_share", "retry_after_s",
                                "cut_share", "malformed_json_share", "html_error_share", "trickle_bytes_per_s", "hang",
                                "token_lifetime_s", "login_fails", "patch_not_applied"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(o.value(QStringLiteral("token_lifetime_s")).toInt(), m_sim->options().tokenLifetimeSeconds);

        QCOMPARE(m_sim->controlJson("PUT", faults, {{QStringLiteral("latency_ms"), 5}}).status, 200);
        o = m_sim->controlJson("PUT", faults, {{QStringLiteral("retry_after_s"), 9}}).object();
        QCOMPARE(o.value(QStringLiteral("latency_ms")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("retry_after_s")).toInt(), 9);

        const HttpResult bad =
            m_sim->controlJson("PUT", faults, {{QStringLiteral("latency_ms"), 7}, {QStringLiteral("jitter"), 1}});
        verifyErrorShape(bad, 400);
        QVERIFY(bad.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("jitter")));
        QCOMPARE(m_sim->control("GET", faults).object().value(QStringLiteral("latency_ms")).toInt(), 5);

        o = m_sim->control("POST", QStringLiteral("/sim/faults/reset")).object();
        QCOMPARE(o.value(QStringLiteral("latency_ms")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("retry_after_s")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SimServer)
#include "tst_SimServer.moc"
