#include "sim/SimServer.h"

#include "sim/AccessTokens.h"
#include "sim/FaultInjector.h"
#include "sim/RequestCounts.h"
#include "sim/SimClock.h"
#include "sim/SimConnections.h"
#include "sim/SimLogging.h"
#include "sim/SimOptions.h"
#include "sim/SimReply.h"
#include "sim/SimRequest.h"
#include "sim/SimRoutes.h"
#include "sim/SimSite.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>

namespace {

// An HTTP date (RFC 9110 §5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT", in English whatever the locale.
QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QString outcomeName(FaultInjector::Outcome outcome)
{
    switch (outcome) {
    case FaultInjector::Outcome::Normal:
        return QStringLiteral("normal");
    case FaultInjector::Outcome::Error500:
        return QStringLiteral("error 500");
    case FaultInjector::Outcome::Error503:
        return QStringLiteral("error 503");
    case FaultInjector::Outcome::HtmlError:
        return QStringLiteral("HTML error page");
    case FaultInjector::Outcome::Cut:
        return QStringLiteral("cut");
    case FaultInjector::Outcome::MalformedJson:
        return QStringLiteral("malformed JSON");
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// The transport's request object is reused for the connection's next request: copy it out.
SimRequest copyOf(const QHttpServerRequest &request)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = SimRequest::formQuery(request.url().query(QUrl::FullyEncoded));
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

QByteArray reasonPhrase(int status)
{
    return status == 403 ? QByteArrayLiteral("Forbidden") : SimReply::reasonPhrase(status);
}

// What nginx answers when the application behind it is down.
SimReply badGatewayPage()
{
    SimReply r;
    r.status = 502;
    r.contentType = QByteArrayLiteral("text/html");
    r.body = QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                               "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n"
                               "</body>\r\n</html>\r\n");
    return r;
}

// Writes a body at a fixed rate, for clients' timeout tests. Dies with its socket.
class BodyTrickle final : public QObject
{
public:
    BodyTrickle(QTcpSocket *socket, QByteArray body, int bytesPerSecond, bool closeAfter)
        : QObject(socket)
        , m_socket(socket)
        , m_body(std::move(body))
        , m_bytesPerSecond(bytesPerSecond)
        , m_closeAfter(closeAfter)
    {
        connect(&m_timer, &QTimer::timeout, this, &BodyTrickle::writeDue);
        m_clock.start();
        m_timer.start(50);
    }

private:
    void writeDue()
    {
        const qint64 due = std::min<qint64>(m_body.size(), m_clock.elapsed() * m_bytesPerSecond / 1000);
        if (due > m_written) {
            m_socket->write(m_body.constData() + m_written, due - m_written);
            m_written = due;
        }
        if (m_written < m_body.size())
            return;
        m_timer.stop();
        if (m_closeAfter)
            m_socket->disconnectFromHost();
        deleteLater();
    }

    QTcpSocket *m_socket;
    QByteArray m_body;
    int m_bytesPerSecond;
    bool m_closeAfter;
    qint64 m_written = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

// The server side of TLS from PEM files: the certificate and its (unencrypted) private key.
Result<QSslConfiguration> serverTls(const QString &certificatePath, const QString &keyPath)
{
    if (certificatePath.isEmpty() || keyPath.isEmpty())
        return Result<QSslConfiguration>::failure(QStringLiteral("TLS needs both a certificate and a key file"));
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return Result<QSslConfiguration>::failure(
            QStringLiteral("cannot read the certificate %1: %2").arg(certificatePath, certificateFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Result<QSslConfiguration>::failure(QStringLiteral("%1 holds no PEM certificate").arg(certificatePath));

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Result<QSslConfiguration>::failure(
            QStringLiteral("cannot read the private key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Result<QSslConfiguration>::failure(
            QStringLiteral("%1 holds no unencrypted PEM private key (RSA, EC or DSA)").arg(keyPath));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    return tls;
}

// Accepts a connection only for SimConnections to watch it (QtHttpServer reads after it), or
// refuses it over the cap.
class PlainListener final : public QTcpServer
{
public:
    PlainListener(SimConnections &connections, QObject *parent)
        : QTcpServer(parent)
        , m_connections(connections)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_connections.admit(socket))
            addPendingConnection(socket);
    }

private:
    SimConnections &m_connections;
};

// The same with TLS: a connection over the cap is closed before its handshake; the others are
// watched from the handshake on (startedEncryptionHandshake).
class TlsListener final : public QSslServer
{
public:
    TlsListener(SimConnections &connections, QObject *parent)
        : QSslServer(parent)
        , m_connections(connections)
    {
        connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) { m_connections.admit(socket); });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_connections.hasRoom()) {
            QSslServer::incomingConnection(descriptor);
            return;
        }
        QTcpSocket refused;
        if (refused.setSocketDescriptor(descriptor))
            refused.abort();
    }

private:
    SimConnections &m_connections;
};

} // namespace

// QtHttpServer parses; SimServer answers on the raw socket.
class SimServer::Transport final : public QAbstractHttpServer
{
public:
    explicit Transport(SimServer &owner)
        : m_owner(owner)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner.serve(copyOf(request), socket);
        return true;
    }

    // Not reached (handleRequest takes every request); a 404 keeps the client from waiting.
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const SimReply r = SimReply::error(404, QStringLiteral("Cannot %1").arg(request.url().path()));
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: " + r.contentType
                      + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body);
    }

private:
    SimServer &m_owner;
};

struct SimServer::Outgoing
{
    SimReply reply;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString method;
    QString route;
    QString path; // for the log: never the query, which is the client's
    QElapsedTimer received; // for the log's duration
    bool cut = false;
    bool closeAfter = false;
    int trickleBytesPerSecond = 0;
};

SimServer::SimServer(SimSite &site, const SimOptions &options, const Clock &realClock, QObject *parent)
    : QObject(parent)
    , m_host(options.host)
    , m_requestedPort(options.port)
    , m_headerTimeoutMs(options.headerTimeoutMs)
    , m_tlsCertificatePath(options.tlsCertificatePath)
    , m_tlsKeyPath(options.tlsKeyPath)
    , m_faults(std::make_unique<FaultInjector>(options.tokenLifetimeSeconds, quint32(options.seed)))
    , m_tokens(std::make_unique<AccessTokens>(realClock))
    , m_counts(std::make_unique<RequestCounts>())
    , m_siteClock(site.clock())
    , m_routes(std::make_unique<SimRoutes>(site, *m_faults, *m_tokens, *m_counts, options))
    , m_connections(std::make_unique<SimConnections>(options))
    , m_transport(std::make_unique<Transport>(*this))
{
}

SimServer::~SimServer() = default;

Result<quint16> SimServer::listen()
{
    // QAbstractHttpServer::sslSetup() in Qt 6.4 only affects its own listen(), which hides why
    // a bind fails; a QSslServer bound here is the same thing with the error kept. It hands a
    // connection over only after the handshake, so a refused certificate never reaches serve().
    QTcpServer *tcp = nullptr;
    if (m_tlsCertificatePath.isEmpty() && m_tlsKeyPath.isEmpty()) {
        tcp = new PlainListener(*m_connections, m_transport.get());
    } else {
        const Result<QSslConfiguration> tls = serverTls(m_tlsCertificatePath, m_tlsKeyPath);
        if (!tls)
            return Result<quint16>::failure(tls.error());
        auto *ssl = new TlsListener(*m_connections, m_transport.get());
        ssl->setSslConfiguration(*tls);
        ssl->setHandshakeTimeout(m_headerTimeoutMs);
        tcp = ssl;
    }
    if (!tcp->listen(m_host, m_requestedPort)) {
        const QString error =
            QStringLiteral("cannot listen on %1 port %2: %3").arg(m_host.toString()).arg(m_requestedPort).arg(tcp->errorString());
        delete tcp;
        return Result<quint16>::failure(error);
    }
    m_transport->bind(tcp);
    m_port = tcp->serverPort();
    return m_port;
}

QUrl SimServer::rootUrl() const
{
    QUrl url;
    url.setScheme(m_tlsCertificatePath.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(m_host.toString());
    url.setPort(m_port);
    return url;
}

QByteArray SimServer::controlToken() const
{
    return m_routes->controlToken();
}

const FaultInjector &SimServer::faults() const
{
    return *m_faults;
}

Result<bool> SimServer::setFaults(const QJsonObject &changes)
{
    return m_routes->mergeFaults(changes);
}

Result<bool> SimServer::setFault(const QString &assignment)
{
    const Result<QJsonObject> change = FaultInjector::parseAssignment(assignment);
    if (!change)
        return Result<bool>::failure(change.error());
    return setFaults(*change);
}

void SimServer::resetFaults()
{
    m_routes->resetFaults();
}

int SimServer::requestCount(const QString &route) const
{
    return m_counts->count(route);
}

QHash<QString, int> SimServer::requestCounts() const
{
    return m_counts->all();
}

void SimServer::resetRequestCounts()
{
    m_counts->clear();
}

qint64 SimServer::unsentReplyBytes() const
{
    return m_connections->unsentBytes();
}

void SimServer::serve(const SimRequest &request, QTcpSocket *socket)
{
    const SimRoutes::Target target = SimRoutes::classify(request.path);
    const QString method = QString::fromLatin1(request.method);
    m_connections->requestTaken(socket);
    m_counts->add(SimRoutes::countedRoute(target));
    Q_EMIT requestReceived(method, target.route);

    Outgoing out;
    out.received.start();
    FaultInjector::Decision fault;
    if (target.aegis && m_faults->appliesTo(method, target.route))
        fault = m_faults->decide();
    QStringList injected;
    if (fault.outcome != FaultInjector::Outcome::Normal)
        injected.append(outcomeName(fault.outcome));
    if (fault.delayMs > 0)
        injected.append(QStringLiteral("delayed %1 ms").arg(fault.delayMs));
    if (fault.trickleBytesPerSecond > 0)
        injected.append(QStringLiteral("trickled at %1 B/s").arg(fault.trickleBytesPerSecond));
    if (fault.hang)
        injected.append(QStringLiteral("hangs"));
    if (!injected.isEmpty())
        qCInfo(lcSimFaults).noquote() << method << request.path << "fault:" << injected.join(QStringLiteral(", "));
    if (fault.hang) {
        qCDebug(lcSimHttp).noquote() << method << request.path << "hangs";
        return; // the socket stays open and silent until the client gives up
    }

    out.method = method;
    out.route = target.route;
    out.path = request.path;
    switch (fault.outcome) {
    case FaultInjector::Outcome::Error500:
        out.reply = SimReply::error(500, QStringLiteral("internal server error"));
        break;
    case FaultInjector::Outcome::Error503:
        out.reply = SimReply::error(503, QStringLiteral("service unavailable: retry later"));
        out.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(m_faults->settings().retryAfterSeconds)});
        break;
    case FaultInjector::Outcome::HtmlError:
        out.reply = badGatewayPage();
        break;
    default: {
        // Data queries are the replies that can be large; while clients leave too much of them
        // unread, new ones wait, and the scheduler and logins are still answered.
        const bool dataQuery = target.route == u"device_datas/query" || target.route == u"domain_datas/query";
        if (dataQuery && !m_connections->hasRoomForReplies()) {
            out.reply = SimReply::error(503,
                                        QStringLiteral("the server holds %1 MB of replies its clients have not read; retry later")
                                            .arg(m_connections->unsentBytes() >> 20));
            out.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
            break;
        }
        SimRoutes::Routed routed = m_routes->handle(request, target);
        out.reply = std::move(routed.reply);
        if (!routed.allow.isEmpty())
            out.headers.append({QByteArrayLiteral("Allow"), routed.allow});
        out.headers += routed.headers;
        break;
    }
    }
    // A proper prefix of a JSON array or object never parses.
    if (fault.outcome == FaultInjector::Outcome::MalformedJson && out.reply.ok())
        out.reply.body.truncate(std::max<qsizetype>(1, out.reply.body.size() / 2));
    out.cut = fault.outcome == FaultInjector::Outcome::Cut;
    out.trickleBytesPerSecond = fault.trickleBytesPerSecond;
    out.closeAfter = request.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;

    if (fault.delayMs <= 0) {
        send(socket, out);
        return;
    }
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(fault.delayMs, socket, [this, guard, out] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            send(guard, out);
    });
}

void SimServer::send(QTcpSocket *socket, const Outgoing &out)
{
    const SimReply &r = out.reply;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n"
        + "Content-Type: " + r.contentType + "\r\n" + "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n"
        + "Connection: " + (out.closeAfter ? "close" : "keep-alive") + "\r\n" + "Date: " + httpDate(m_siteClock.nowMs()) + "\r\n";
    for (const auto &h : out.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    qCDebug(lcSimHttp).noquote() << out.method << out.path << r.status
                                 << QStringLiteral("%1 ms").arg(out.received.elapsed())
            + (out.cut ? QStringLiteral(", cut") : QString());

    if (out.cut) {
        // Headers promise the whole body; half arrives, then the connection closes.
        socket->write(head + r.body.left(r.body.size() / 2));
        socket->disconnectFromHost();
    } else if (out.trickleBytesPerSecond > 0) {
        socket->write(head);
        new BodyTrickle(socket, r.body, out.trickleBytesPerSecond, out.closeAfter);
    } else {
        socket->write(head + r.body);
        if (out.closeAfter)
            socket->disconnectFromHost();
    }
    m_connections->replyWritten(socket);
    Q_EMIT requestServed(out.method, out.route, r.status);
}
