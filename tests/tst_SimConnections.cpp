// SimServer's connection deadlines and cap (docs/emulator.md "Connections"): clients that send half
// a request, or nothing, or leave a kept-alive connection silent are closed, while a well-behaved
// client is answered promptly; beyond the cap a new connection gets a 503.

#include "sim/SimServer.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>
#include <memory>
#include <vector>

namespace {

// Short deadlines, so that the test waits for seconds, not minutes.
constexpr int kHeaderMs = 500;
constexpr int kBodyMs = 1200;
constexpr int kIdleMs = 2000;
// What a closing may lag behind its deadline on a busy test machine.
constexpr int kSlackMs = 1500;

// One client connection: what arrived, and when the server closed it.
class Client final
{
public:
    explicit Client(quint16 port)
    {
        m_clock.start();
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
            if (m_closedAfterMs < 0)
                m_closedAfterMs = m_clock.elapsed();
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool connected() { return m_socket.state() == QAbstractSocket::ConnectedState || m_socket.waitForConnected(5000); }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    qint64 elapsed() const { return m_clock.elapsed(); }
    void restartClock() { m_clock.restart(); }
    bool closed() const { return m_closedAfterMs >= 0; }
    qint64 closedAfterMs() const { return m_closedAfterMs; }
    const QByteArray &received() const { return m_received; }
    void clearReceived() { m_received.clear(); }
    // A whole reply (head and Content-Length body) has arrived.
    bool hasWholeReply() const
    {
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QByteArray head = m_received.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        return m_received.size() >= headEnd + 4 + length;
    }
    int status() const { return m_received.startsWith("HTTP/1.1 ") ? m_received.mid(9, 3).toInt() : 0; }
    void close() { m_socket.abort(); }

private:
    QTcpSocket m_socket;
    QElapsedTimer m_clock;
    QByteArray m_received;
    qint64 m_closedAfterMs = -1;
};

QByteArray getRequest(quint16 port, const QByteArray &token)
{
    return "GET /api/power_schedulers/4 HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nAuthorization: Bearer "
        + token + "\r\n\r\n";
}

} // namespace

class tst_SimConnections : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QByteArray m_token;

    quint16 port() const { return m_sim->port(); }

    // Sends a GET on `client` and waits for the whole reply; its status, 0 on none.
    int exchange(Client &client, int timeoutMs = 5000)
    {
        client.clearReceived();
        client.send(getRequest(port(), m_token));
        if (!QTest::qWaitFor([&] { return client.hasWholeReply() || client.closed(); }, timeoutMs))
            return 0;
        return client.hasWholeReply() ? client.status() : 0;
    }

private slots:
    void initTestCase()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        options.headerTimeoutMs = kHeaderMs;
        options.bodyTimeoutMs = kBodyMs;
        options.idleTimeoutMs = kIdleMs;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_token = m_sim->login();
        QVERIFY(!m_token.isEmpty());
    }

    void init() { QCOMPARE(m_sim->control("POST", QStringLiteral("/sim/faults/reset")).status, 200); }

    void cleanupTestCase() { m_sim.reset(); }

    void slowClientsAreClosedWhileAWellBehavedOneIsServed()
    {
        enum Kind { HalfRequestLine, HalfHeaders, UnfinishedBody, Nothing };
        const char *const kindNames[] = {"half a request line", "half the headers", "a body that never completes",
                                         "nothing at all"};
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port()) + "\r\n";
        std::vector<std::unique_ptr<Client>> slow;
        for (int i = 0; i < 20; ++i) {
            slow.push_back(std::make_unique<Client>(port()));
            QVERIFY(slow.back()->connected());
            switch (Kind(i % 4)) {
            case HalfRequestLine:
                slow.back()->send("GET /api/power_sched");
                break;
            case HalfHeaders:
                slow.back()->send("GET /api/power_schedulers/4 HTTP/1.1\r\n" + host + "Authorization: Bea");
                break;
            case UnfinishedBody:
                slow.back()->send("PATCH /api/power_schedulers/4 HTTP/1.1\r\n" + host + "Authorization: Bearer " + m_token
                                  + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"crons\": [");
                break;
            case Nothing:
                break;
            }
        }

        // While they hang, a well-behaved client is answered at once, before and after the
        // header deadline of the others.
        Client good(port());
        QVERIFY(good.connected());
        for (const int at : {100, kHeaderMs + 200}) {
            QTest::qWait(std::max<qint64>(0, at - slow.front()->elapsed()));
            QElapsedTimer took;
            took.start();
            QCOMPARE(exchange(good), 200);
            QVERIFY2(took.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(took.elapsed())));
        }

        // Each is checked below, with what it was sent.
        (void)QTest::qWaitFor([&] { return std::all_of(slow.begin(), slow.end(), [](const auto &c) { return c->closed(); }); },
                              kBodyMs + kSlackMs + 1000);
        for (int i = 0; i < 20; ++i) {
            const Client &c = *slow[i];
            const Kind kind = Kind(i % 4);
            const int deadline = kind == UnfinishedBody ? kBodyMs : kHeaderMs;
            const QByteArray what = QByteArray(kindNames[kind]) + ": closed after " + QByteArray::number(c.closedAfterMs())
                + " ms, deadline " + QByteArray::number(deadline) + " ms";
            QVERIFY2(c.closed(), what.constData());
            QVERIFY2(c.closedAfterMs() >= deadline - 50 && c.closedAfterMs() <= deadline + kSlackMs, what.constData());
            // A started request is told why; a connection that said nothing is just closed.
            if (kind == Nothing)
                QVERIFY2(c.received().isEmpty(), c.received().constData());
            else
                QVERIFY2(c.received().startsWith("HTTP/1.1 408 "), c.received().constData());
        }
        QVERIFY(!good.closed());
    }

    void aKeptAliveConnectionClosesWhenIdle()
    {
        Client client(port());
        QVERIFY(client.connected());
        QCOMPARE(exchange(client), 200);
        client.restartClock();
        client.clearReceived();
        QVERIFY2(QTest::qWaitFor([&] { return client.closed(); }, kIdleMs + kSlackMs + 1000), "still open");
        QVERIFY2(client.closedAfterMs() >= kIdleMs - 50 && client.closedAfterMs() <= kIdleMs + kSlackMs,
                 qPrintable(QStringLiteral("closed after %1 ms").arg(client.closedAfterMs())));
        QVERIFY2(client.received().isEmpty(), client.received().constData());
    }

    void aKeptAliveConnectionServesRequestsWithinTheIdleTime()
    {
        Client client(port());
        QVERIFY(client.connected());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(exchange(client), 200);
            QTest::qWait(kIdleMs / 2);
        }
        QVERIFY(!client.closed());
    }

    void aRequestSentInPiecesWithinTheDeadlineIsServed()
    {
        Client client(port());
        QVERIFY(client.connected());
        const QByteArray request = getRequest(port(), m_token);
        const qsizetype third = request.size() / 3;
        client.send(request.left(third));
        QTest::qWait(kHeaderMs / 4);
        client.send(request.mid(third, third));
        QTest::qWait(kHeaderMs / 4);
        client.send(request.mid(2 * third));
        QVERIFY(QTest::qWaitFor([&] { return client.hasWholeReply() || client.closed(); }, 5000));
        QCOMPARE(client.status(), 200);
    }

    // The hang fault holds a request on purpose: the deadlines are for the client's part only.
    void aHungRequestIsNotCutByTheDeadlines()
    {
        QCOMPARE(m_sim->controlJson("PUT", QStringLiteral("/sim/faults"), {{QStringLiteral("hang"), true}}).status, 200);
        Client client(port());
        QVERIFY(client.connected());
        client.send(getRequest(port(), m_token));
        QTest::qWait(kIdleMs + 500);
        QVERIFY(!client.closed());
        QVERIFY(client.received().isEmpty());
    }

    void aHeadBeyondTheLimitIsRefused()
    {
        Client client(port());
        QVERIFY(client.connected());
        client.send("GET /api/power_schedulers/4 HTTP/1.1\r\nX-Filler: " + QByteArray(100 * 1024, 'a'));
        QVERIFY(QTest::qWaitFor([&] { return client.closed(); }, kHeaderMs));
        QVERIFY2(client.received().startsWith("HTTP/1.1 431 "), client.received().constData());
    }

    void aBodyBeyondTheLimitIsRefused()
    {
        Client client(port());
        QVERIFY(client.connected());
        client.send("PATCH /api/power_schedulers/4 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 900000000\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return client.closed(); }, kHeaderMs));
        QVERIFY2(client.received().startsWith("HTTP/1.1 413 "), client.received().constData());
    }

    void beyondTheCapANewConnectionGets503()
    {
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 1;
        options.maxConnections = 4;
        SimFixture sim(options);
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        const QByteArray token = sim.login();
        QVERIFY(!token.isEmpty());
        const QByteArray request = getRequest(sim.port(), token);
        QTest::qWait(300); // the server has seen the login's connection close

        std::vector<std::unique_ptr<Client>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<Client>(sim.port()));
            QVERIFY(held.back()->connected());
        }
        QTest::qWait(200); // the server has taken them
        Client refused(sim.port());
        QVERIFY(refused.connected());
        refused.send(request);
        QVERIFY2(QTest::qWaitFor([&] { return refused.closed(); }, 5000), refused.received().constData());
        QVERIFY2(refused.received().isEmpty() || refused.received().startsWith("HTTP/1.1 503 "), refused.received().constData());
        for (const auto &c : held)
            QVERIFY(!c->closed());

        // A connection that ends makes room.
        held.front()->close();
        QTest::qWait(200);
        Client admitted(sim.port());
        QVERIFY(admitted.connected());
        admitted.send(request);
        QVERIFY(QTest::qWaitFor([&] { return admitted.hasWholeReply() || admitted.closed(); }, 5000));
        QCOMPARE(admitted.status(), 200);
    }

    void repliesLeftUnreadAreBoundedAcrossConnections()
    {
        // Each reply is held to its own limit, but one that a client does not read stays in the
        // server's memory until the idle timeout: a few connections asking for large replies
        // used to add the size of each, without a bound over the process.
        SimOptions options = SimFixture::testOptions();
        options.historyDays = 2;
        options.maxUnsentReplyBytes = 2 << 20;
        SimFixture sim(options);
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        const QByteArray token = sim.login();
        QVERIFY(!token.isEmpty());
        const QByteArray large = "GET /api/device_datas/query?organization_id=182&device_output_name=hermes_smartmeter_data"
                                 "&start=0&fields=Voltage,Frequency,Current HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + token + "\r\n\r\n";

        // Clients that read a reply's head and nothing more.
        const auto ask = [&](std::vector<std::unique_ptr<QTcpSocket>> &held) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
            socket->setReadBufferSize(4096);
            socket->connectToHost(QHostAddress::LocalHost, sim.port());
            if (!socket->waitForConnected(5000))
                return 0;
            socket->write(large);
            socket->flush();
            QTcpSocket *s = socket.get();
            held.push_back(std::move(socket));
            if (!QTest::qWaitFor([s] { return s->peek(4096).contains("\r\n\r\n"); }, 20'000))
                return 0;
            const QByteArray head = s->peek(4096);
            return head.startsWith("HTTP/1.1 ") ? head.mid(9, 3).toInt() : 0;
        };
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QCOMPARE(ask(held), 200);
        QVERIFY(held.front()->peek(4096).size() < 8192);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(ask(held), 503);
            QVERIFY(held.back()->peek(4096).contains("Retry-After: "));
        }
        qint64 unsent = 0;
        sim.runOnSim([&](SimSite &, SimServer &server) { unsent = server.unsentReplyBytes(); });
        QVERIFY2(unsent > options.maxUnsentReplyBytes, QByteArray::number(unsent)); // the first reply, unread
        QVERIFY2(unsent < options.maxUnsentReplyBytes + (64 << 20), QByteArray::number(unsent));

        // The scheduler is answered all the while.
        Client scheduler(sim.port());
        QVERIFY(scheduler.connected());
        scheduler.send(getRequest(sim.port(), token));
        QVERIFY(QTest::qWaitFor([&] { return scheduler.hasWholeReply(); }, 5000));
        QCOMPARE(scheduler.status(), 200);

        // Once the reader of the large reply has gone, large replies are served again.
        held.front()->abort();
        QTest::qWait(300);
        std::vector<std::unique_ptr<QTcpSocket>> again;
        QCOMPARE(ask(again), 200);
    }
};

QTEST_GUILESS_MAIN(tst_SimConnections)
#include "tst_SimConnections.moc"
