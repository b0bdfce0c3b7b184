// AegisClient against the in-process emulator and its fault injection: session single flight,
// timeouts, retries, and errors an operator can tell apart.
#include "client/AegisClient.h"
#include "sim/SimServer.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>

using Kind = ApiError::Kind;

namespace {

// A stand-in server on loopback: answers each request with what `answer` gives for its
// request line ("POST /api/auth/login"), then closes the connection.
struct FakeServer
{
    QTcpServer server;
    std::function<QByteArray(const QByteArray &)> answer;

    explicit FakeServer(std::function<QByteArray(const QByteArray &)> a)
        : answer(std::move(a))
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                const QRegularExpressionMatch m =
                    QRegularExpression(QStringLiteral("content-length: *(\\d+)"), QRegularExpression::CaseInsensitiveOption)
                        .match(QString::fromLatin1(head));
                if (m.hasMatch() && buffer->size() < end + 4 + m.captured(1).toLongLong())
                    return;
                const QByteArray line = head.left(head.indexOf("\r\n"));
                socket->write(answer(line.left(line.lastIndexOf(' '))));
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.serverPort())); }
};

QByteArray httpReply(int status, const QByteArray &json)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Unauthorized")
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + QByteArray::number(json.size())
        + "\r\n\r\n" + json;
}

QByteArray loginReply(const QByteArray &token)
{
    return httpReply(200,
                     "{\"access_token\":\"" + token
                         + "\",\"user_id\":1,\"user_name\":\"op\",\"role_id\":1,\"domain_id\":187,"
                           "\"domain_name\":\"K\",\"organization_id\":182}");
}

} // namespace

class tst_AegisClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QNetworkAccessManager m_network;

    std::unique_ptr<AegisClient> client(AegisClient::Settings settings = {})
    {
        settings.baseUrl = m_sim->baseUrl();
        settings.jitterSeed = 7;
        settings.backoffBase = std::chrono::milliseconds(20);
        settings.backoffCap = std::chrono::milliseconds(100);
        return std::make_unique<AegisClient>(&m_network, settings);
    }

    ApiResult wait(const std::function<void(AegisClient::Callback)> &send, int timeoutMs = 20'000)
    {
        std::optional<ApiResult> result;
        send([&](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return ApiResult{ApiError(Kind::Cancelled, 0, {}, QStringLiteral("test gave up waiting")), 0, {}, {}, 0};
        return *result;
    }

    ApiResult login(AegisClient &c)
    {
        return wait([&](AegisClient::Callback cb) { c.login(m_sim->user(), m_sim->password(), this, cb); });
    }

    ApiResult getScheduler(AegisClient &c)
    {
        return wait([&](AegisClient::Callback cb) { c.get(QStringLiteral("power_schedulers/4"), {}, this, cb); });
    }

    int count(const QString &route)
    {
        int n = 0;
        m_sim->runOnSim([&](SimSite &, SimServer &server) { n = server.requestCount(route); });
        return n;
    }

    void faults(const QJsonObject &changes)
    {
        m_sim->runOnSim([&](SimSite &, SimServer &server) { QVERIFY(server.setFaults(changes).ok()); });
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
    }

    void init()
    {
        m_sim->runOnSim([](SimSite &site, SimServer &server) {
            server.resetFaults();
            site.setPatchAcceptedButNotApplied(false);
        });
    }

    void loginKeepsTheSession()
    {
        auto c = client();
        QVERIFY(!c->isLoggedIn());
        const ApiResult r = login(*c);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(c->isLoggedIn());
        QCOMPARE(c->session().organizationId, 182);
        QCOMPARE(c->session().userName, QStringLiteral("管理員"));
        QVERIFY(getScheduler(*c).ok());
    }

    void badCredentialsAreTheirOwnError()
    {
        auto c = client();
        const ApiResult r = wait([&](AegisClient::Callback cb) { c->login(m_sim->user(), QStringLiteral("wrong"), this, cb); });
        QCOMPARE(r.error.kind(), Kind::BadCredentials);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(!c->isLoggedIn());
        QVERIFY(r.error.message().contains(QStringLiteral("password")));
    }

    void fiveConcurrent401sMakeOneLoginAndFiveReplays()
    {
        faults({{QStringLiteral("token_lifetime_s"), 1}});
        auto c = client();
        QVERIFY(login(*c).ok());
        QTest::qWait(1300); // the token expires
        const int loginsBefore = count(QStringLiteral("auth/login"));
        const int getsBefore = count(QStringLiteral("power_schedulers/4"));
        QList<ApiResult> results;
        for (int i = 0; i < 5; ++i)
            c->get(QStringLiteral("power_schedulers/4"), {}, this, [&](const ApiResult &r) { results.append(r); });
        QVERIFY(QTest::qWaitFor([&] { return results.size() == 5; }, 20'000));
        for (const ApiResult &r : results) {
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
            QCOMPARE(r.attempts, 2); // sent once, replayed once
        }
        QCOMPARE(count(QStringLiteral("auth/login")) - loginsBefore, 1);
        QCOMPARE(count(QStringLiteral("power_schedulers/4")) - getsBefore, 10);
    }

    void anExpiredTokenMidSessionIsRenewedQuietly()
    {
        faults({{QStringLiteral("token_lifetime_s"), 1}});
        auto c = client();
        QSignalSpy failed(c.get(), &AegisClient::reloginFailed);
        QVERIFY(login(*c).ok());
        QVERIFY(getScheduler(*c).ok());
        QTest::qWait(1300);
        const ApiResult r = getScheduler(*c);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(failed.count(), 0);
    }

    void aFailingReloginAsksTheOperatorOnce()
    {
        faults({{QStringLiteral("token_lifetime_s"), 1}});
        auto c = client();
        QSignalSpy failed(c.get(), &AegisClient::reloginFailed);
        QVERIFY(login(*c).ok());
        QTest::qWait(1300);
        faults({{QStringLiteral("login_fails"), true}});
        const int loginsBefore = count(QStringLiteral("auth/login"));
        QList<ApiResult> results;
        for (int i = 0; i < 3; ++i)
            c->get(QStringLiteral("power_schedulers/4"), {}, this, [&](const ApiResult &r) { results.append(r); });
        QVERIFY(QTest::qWaitFor([&] { return results.size() == 3; }, 20'000));
        for (const ApiResult &r : results)
            QCOMPARE(r.error.kind(), Kind::SessionExpired);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(count(QStringLiteral("auth/login")) - loginsBefore, 1); // no loop
    }

    void a503WithRetryAfterIsRetriedForGetButNotForPatch()
    {
        auto c = client({.maxAttempts = 3});
        QVERIFY(login(*c).ok());
        faults({{QStringLiteral("error_503_share"), 1.0},
                {QStringLiteral("retry_after_s"), 1},
                {QStringLiteral("routes"), QJsonArray{QStringLiteral("power_schedulers")}}});
        const int getsBefore = count(QStringLiteral("power_schedulers/4"));
        QElapsedTimer timer;
        timer.start();
        const ApiResult get = getScheduler(*c);
        QCOMPARE(get.error.kind(), Kind::ServerError);
        QCOMPARE(get.httpStatus, 503);
        QCOMPARE(get.attempts, 3);
        QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed()))); // two waits of Retry-After: 1
        QCOMPARE(count(QStringLiteral("power_schedulers/4")) - getsBefore, 3);

        const int before = count(QStringLiteral("power_schedulers/4"));
        const ApiResult patch = wait([&](AegisClient::Callback cb) {
            c->patch(QStringLiteral("power_schedulers/4"), QByteArrayLiteral("{\"crons\":\"[]\"}"), this, cb);
        });
        QCOMPARE(patch.error.kind(), Kind::ServerError);
        QCOMPARE(patch.attempts, 1);
        QCOMPARE(count(QStringLiteral("power_schedulers/4")) - before, 1);
    }

    void aRecoveringServerIsReachedByARetry()
    {
        auto c = client({.maxAttempts = 4});
        QVERIFY(login(*c).ok());
        // Half the requests fail: with a fixed fault seed some GET needs a retry and then succeeds.
        faults({{QStringLiteral("error_503_share"), 0.5},
                {QStringLiteral("retry_after_s"), 0},
                {QStringLiteral("seed"), 3},
                {QStringLiteral("routes"), QJsonArray{QStringLiteral("power_schedulers")}}});
        int retried = 0;
        for (int i = 0; i < 8; ++i) {
            const ApiResult r = getScheduler(*c);
            if (r.ok() && r.attempts > 1)
                ++retried;
        }
        QVERIFY(retried > 0);
    }

    void aHungServerTimesOutWithinTheDeadline()
    {
        auto c = client(
            {.inactivityTimeout = std::chrono::milliseconds(600), .deadline = std::chrono::milliseconds(1500), .maxAttempts = 1});
        QVERIFY(login(*c).ok());
        faults({{QStringLiteral("hang"), true}});
        QElapsedTimer timer;
        timer.start();
        const ApiResult r = getScheduler(*c);
        QCOMPARE(r.error.kind(), Kind::Timeout);
        QVERIFY(timer.elapsed() < 1400); // the inactivity timeout, before the deadline
        QVERIFY(r.error.message().contains(QStringLiteral("in time")));
    }

    void aTricklingServerTimesOutAtTheDeadline()
    {
        // Bytes keep coming (1 per second, well within the inactivity timeout): only the
        // deadline can end this request. It is one deadline for all attempts, and it never
        // fires early; an aborted reply leaves nothing on stderr.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        auto c = client({.inactivityTimeout = std::chrono::milliseconds(5000), .deadline = std::chrono::milliseconds(2500)});
        QVERIFY(login(*c).ok());
        faults({{QStringLiteral("trickle_bytes_per_s"), 1}});
        QElapsedTimer timer;
        timer.start();
        const ApiResult r = getScheduler(*c);
        QCOMPARE(r.error.kind(), Kind::Timeout);
        QVERIFY2(timer.elapsed() >= 2450 && timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }

    void theDeadlineCoversEveryAttempt()
    {
        // Each attempt trickles until it times out; four attempts must not make four deadlines.
        auto c = client({.inactivityTimeout = std::chrono::milliseconds(15'000), .deadline = std::chrono::milliseconds(2000)});
        QVERIFY(login(*c).ok());
        faults({{QStringLiteral("trickle_bytes_per_s"), 1}});
        QElapsedTimer timer;
        timer.start();
        const ApiResult r = getScheduler(*c);
        QCOMPARE(r.error.kind(), Kind::Timeout);
        QVERIFY2(timer.elapsed() >= 1950 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void aRetryAfterBeyondTheDeadlineEndsTheRequestAtOnce()
    {
        auto c = client({.deadline = std::chrono::milliseconds(2000)});
        QVERIFY(login(*c).ok());
        faults({{QStringLiteral("error_503_share"), 1.0},
                {QStringLiteral("retry_after_s"), 86400},
                {QStringLiteral("routes"), QJsonArray{QStringLiteral("power_schedulers")}}});
        QElapsedTimer timer;
        timer.start();
        const ApiResult r = getScheduler(*c);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.error.kind(), Kind::ServerError);
        QCOMPARE(r.httpStatus, 503);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.error.message().contains(QStringLiteral("86400 s")), qPrintable(r.error.message()));
        QVERIFY2(r.error.message().contains(QStringLiteral("longer than the timeout")), qPrintable(r.error.message()));
    }

    void anEndlessReplyStopsAtTheSizeLimit()
    {
        // A chunked body that never ends: the client must stop reading at its limit, not when
        // memory runs out. The server writes at most 256 MB, only as fast as the client reads.
        constexpr qint64 limit = qint64(8) << 20;
        constexpr qint64 bound = qint64(256) << 20;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        qint64 written = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            const auto pump = [&written, socket] {
                static const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024
                       && written < bound)
                    written += socket->write(chunk);
            };
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n[\r\n");
            connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            pump();
        });
        AegisClient c(&m_network,
                      {.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.serverPort())),
                       .inactivityTimeout = std::chrono::milliseconds(3000),
                       .maxAttempts = 1});
        c.setMaxReplyBytes(limit);
        QCOMPARE(c.maxReplyBytes(), limit);
        std::optional<ApiResult> result;
        qint64 writtenAtError = 0;
        QElapsedTimer timer;
        timer.start();
        c.get(QStringLiteral("endless"), {}, this, [&](const ApiResult &r) {
            result = r;
            writtenAtError = written;
        });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20'000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result->error.kind(), Kind::MalformedReply);
        QCOMPARE(result->attempts, 1);
        const QString message = result->error.message();
        QVERIFY2(message.contains(QStringLiteral("8 MB")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("narrower")) && message.contains(QStringLiteral("coarser")),
                 qPrintable(message));
        QVERIFY2(writtenAtError < 2 * limit, qPrintable(QString::number(writtenAtError))); // memory stayed bounded
        QVERIFY(result->body.size() <= limit);
    }

    void aHugeAccessTokenIsRefusedAsTooLong()
    {
        FakeServer fake([](const QByteArray &) { return loginReply(QByteArray(1 << 20, 'a')); });
        AegisClient c(&m_network, {.baseUrl = fake.url(), .maxAttempts = 1});
        const ApiResult r = wait([&](AegisClient::Callback cb) { c.login(QStringLiteral("a"), QStringLiteral("b"), this, cb); });
        QCOMPARE(r.error.kind(), Kind::MalformedReply);
        QVERIFY2(r.error.message().contains(QStringLiteral("too long")), qPrintable(r.error.message()));
        QVERIFY(!c.isLoggedIn());
    }

    void aRefusedFreshTokenIsNotCalledAFailedLogin()
    {
        // Logging in works every time, but the server refuses every token it issued.
        int logins = 0;
        FakeServer fake([&](const QByteArray &line) {
            if (line.startsWith("POST")) {
                ++logins;
                return loginReply("token" + QByteArray::number(logins));
            }
            return httpReply(401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}");
        });
        AegisClient c(&m_network, {.baseUrl = fake.url(), .maxAttempts = 1});
        QVERIFY(wait([&](AegisClient::Callback cb) { c.login(QStringLiteral("a"), QStringLiteral("b"), this, cb); }).ok());
        const ApiResult r = wait([&](AegisClient::Callback cb) { c.get(QStringLiteral("power_schedulers/4"), {}, this, cb); });
        QCOMPARE(logins, 2); // the first login and one re-login
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(!r.error.message().contains(QStringLiteral("did not work")), qPrintable(r.error.message()));
        QVERIFY2(r.error.message().contains(QStringLiteral("refused the new")), qPrintable(r.error.message()));
        QCOMPARE(ApiError::kindName(r.error.kind()), QStringLiteral("token-refused"));
    }

    void theReplyLimitHasADefault()
    {
        AegisClient c(&m_network, {});
        QCOMPARE(c.maxReplyBytes(), AegisClient::defaultMaxReplyBytes);
        QCOMPARE(AegisClient::defaultMaxReplyBytes, qint64(256) << 20);
    }

    void brokenRepliesGiveDistinctErrors()
    {
        auto c = client({.maxAttempts = 1});
        QVERIFY(login(*c).ok());
        QMap<Kind, QString> seen;
        faults({{QStringLiteral("cut_share"), 1.0}});
        const ApiResult cut = getScheduler(*c);
        QCOMPARE(cut.error.kind(), Kind::ConnectionLost);
        seen.insert(cut.error.kind(), cut.error.message());
        faults({{QStringLiteral("cut_share"), 0.0}, {QStringLiteral("html_error_share"), 1.0}});
        const ApiResult html = getScheduler(*c);
        QCOMPARE(html.error.kind(), Kind::ServerError);
        QVERIFY(html.error.message().contains(QStringLiteral("HTML")));
        seen.insert(html.error.kind(), html.error.message());
        faults({{QStringLiteral("html_error_share"), 0.0}});
        const ApiResult bad = wait([&](AegisClient::Callback cb) {
            c->get(QStringLiteral("device_datas/query"),
                   QUrlQuery(QStringLiteral("organization_id=182&device_output_name=pomcube_data&start=-1h")), this, cb);
        });
        QCOMPARE(bad.error.kind(), Kind::BadRequest);
        QVERIFY2(bad.error.message().contains(QStringLiteral("fields")), qPrintable(bad.error.message())); // the server's words
        seen.insert(bad.error.kind(), bad.error.message());
        const ApiResult missing = wait([&](AegisClient::Callback cb) { c->get(QStringLiteral("no_such_route"), {}, this, cb); });
        QCOMPARE(missing.error.kind(), Kind::NotFound);
        seen.insert(missing.error.kind(), missing.error.message());
        QCOMPARE(seen.size(), 4);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 4); // four different messages
    }

    void anUnreachableHostIsNamedAsSuch()
    {
        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        AegisClient c(&m_network, {.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(closed)), .maxAttempts = 1});
        const ApiResult r = wait([&](AegisClient::Callback cb) { c.login(QStringLiteral("a"), QStringLiteral("b"), this, cb); });
        QCOMPARE(r.error.kind(), Kind::Unreachable);
    }

    void cancellingIsNotATimeout()
    {
        auto c = client();
        QVERIFY(login(*c).ok());
        faults({{QStringLiteral("hang"), true}});
        std::optional<ApiResult> result;
        c->get(QStringLiteral("power_schedulers/4"), {}, this, [&](const ApiResult &r) { result = r; });
        QTest::qWait(100);
        c->cancelAll();
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QCOMPARE(result->error.kind(), Kind::Cancelled);
    }

    void aCallbackWhoseContextIsGoneIsDropped()
    {
        auto c = client();
        QVERIFY(login(*c).ok());
        bool called = false;
        auto *context = new QObject;
        c->get(QStringLiteral("power_schedulers/4"), {}, context, [&](const ApiResult &) { called = true; });
        delete context;
        QVERIFY(getScheduler(*c).ok()); // a later request completes...
        QTest::qWait(50);
        QVERIFY(!called); // ...but the orphaned callback never ran
    }

    void theTokenNeverAppearsInSignals()
    {
        auto c = client();
        QSignalSpy finished(c.get(), &AegisClient::requestFinished);
        QVERIFY(login(*c).ok());
        QVERIFY(getScheduler(*c).ok());
        QVERIFY(finished.count() >= 2);
        // The login reply body carries the token; requestFinished is for status bars and logs.
        for (const QList<QVariant> &args : finished)
            QVERIFY(!args.at(1).value<ApiResult>().body.contains("access_token"));
    }

    void theServersClockIsReadFromItsDateHeader()
    {
        // HTTP's own form, with "GMT" (Qt's RFC 2822 reader alone refuses it), and RFC 2822's.
        const qint64 at = QDateTime(QDate(2026, 4, 15), QTime(4, 0, 4), QTimeZone::utc()).toMSecsSinceEpoch();
        ApiResult r;
        r.headers = {{"Content-Type", "application/json"}, {"date", "Wed, 15 Apr 2026 04:00:04 GMT"}};
        QCOMPARE(AegisClient::serverTime(r), std::optional<qint64>(at));
        r.headers = {{"Date", "Wed, 15 Apr 2026 12:00:04 +0800"}};
        QCOMPARE(AegisClient::serverTime(r), std::optional<qint64>(at));
        r.headers = {{"Date", "yesterday"}};
        QCOMPARE(AegisClient::serverTime(r), std::optional<qint64>());
        r.headers = {};
        QCOMPARE(AegisClient::serverTime(r), std::optional<qint64>());
    }
};

QTEST_MAIN(tst_AegisClient)
#include "tst_AegisClient.moc"
