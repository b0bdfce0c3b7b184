#include "sim/SimConnections.h"

#include "sim/RequestHead.h"
#include "sim/SimLogging.h"
#include "sim/SimOptions.h"
#include "sim/SimReply.h"

#include <QTcpSocket>
#include <algorithm>
#include <limits>

namespace {

// How long a closing connection may take to flush its last words before it is cut.
constexpr qint64 kCloseGraceMs = 1000;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// The one reply a connection gets before it is closed: the §3 error shape, "Connection: close".
void writeLastReply(QTcpSocket *socket, int status, const QString &message, const QByteArray &extraHeaders = {})
{
    const SimReply r = SimReply::error(status, message);
    socket->write("HTTP/1.1 " + QByteArray::number(r.status) + ' ' + SimReply::reasonPhrase(r.status)
                  + "\r\nContent-Type: " + r.contentType + "\r\nContent-Length: " + QByteArray::number(r.body.size())
                  + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + r.body);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

} // namespace

SimConnections::SimConnections(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_headerTimeoutMs(std::max(1, options.headerTimeoutMs))
    , m_bodyTimeoutMs(std::max(1, options.bodyTimeoutMs))
    , m_idleTimeoutMs(std::max(1, options.idleTimeoutMs))
    , m_maxConnections(std::max(1, options.maxConnections))
    , m_maxUnsentReplyBytes(std::max<qint64>(0, options.maxUnsentReplyBytes))
{
    m_clock.start();
    // A deadline is kept to within a fifth of the shortest timeout.
    m_sweep.setInterval(std::clamp(std::min({m_headerTimeoutMs, m_bodyTimeoutMs, m_idleTimeoutMs}) / 5, 10, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &SimConnections::sweep);
}

SimConnections::~SimConnections()
{
    // The sockets may outlive this (they belong to the listener): stop hearing from them.
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        it.key()->disconnect(this);
}

bool SimConnections::admit(QTcpSocket *socket)
{
    if (!hasRoom()) {
        qCWarning(lcSimHttp).noquote() << "refused a connection: already" << count() << "open";
        writeLastReply(socket, 503, QStringLiteral("too many connections: %1 are open").arg(count()),
                       QByteArrayLiteral("Retry-After: 1\r\n"));
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, socket, &QAbstractSocket::abort);
        return false;
    }
    Connection c;
    c.since = m_clock.elapsed();
    m_connections.insert(socket, c);
    connect(socket, &QIODevice::readyRead, this, [this, socket] { bytesArrived(socket); });
    connect(socket, &QIODevice::bytesWritten, this, [this, socket] {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end() && it->phase == Connection::Phase::Waiting && it->answering == 0)
            it->since = m_clock.elapsed(); // a slow reader that keeps reading is not idle
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (!m_sweep.isActive())
        m_sweep.start();
    return true;
}

void SimConnections::requestTaken(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->phase = Connection::Phase::Waiting;
    it->fresh = false;
    it->head.clear();
    ++it->answering;
}

void SimConnections::replyWritten(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->answering = std::max(0, it->answering - 1);
    if (it->phase == Connection::Phase::Waiting)
        it->since = m_clock.elapsed();
}

// Runs before QtHttpServer reads. It reads one request at a time and keeps a transaction open on
// the socket while a request is partly read: then every byte available is new. Without one, the
// bytes available start a request (those left after a pipelined one included).
void SimConnections::bytesArrived(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->closing)
        return;
    Connection &c = *it;
    if (!socket->isTransactionStarted() && c.phase != Connection::Phase::Waiting) {
        c.phase = Connection::Phase::Waiting;
        c.head.clear();
    }
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    using Phase = Connection::Phase;
    if (c.phase == Phase::Waiting || c.phase == Phase::Head) {
        if (!readHead(socket, c, socket->peek(std::min<qint64>(available, kMaxHeadBytes + 1))))
            return;
        // Whatever followed the head in these bytes is body: counted below.
    } else if (c.phase == Phase::Body) {
        c.bodyRead += available;
        c.bodyLeft -= available;
    }
    if (c.phase != Phase::Body)
        return;
    if (c.bodyRead > kMaxBodyBytes) {
        qCWarning(lcSimHttp).noquote() << "refused a request body beyond" << kMaxBodyBytes << "bytes";
        writeLastReply(socket, 413, QStringLiteral("the request body is larger than %1 bytes").arg(kMaxBodyBytes));
        c.closing = true;
        c.since = m_clock.elapsed();
        socket->disconnectFromHost();
    } else if (!c.chunked && c.bodyLeft <= 0) {
        c.phase = Phase::Complete;
        c.since = m_clock.elapsed();
    }
}

// Follows a request's head through `bytes` (those available, unread); false when it refused it.
bool SimConnections::readHead(QTcpSocket *socket, Connection &c, const QByteArray &bytes)
{
    using Phase = Connection::Phase;
    qsizetype start = 0;
    if (c.phase == Phase::Waiting) {
        // QtHttpServer skips what a client may leave between requests.
        while (start < bytes.size() && isSpace(bytes.at(start)))
            ++start;
        if (start == bytes.size())
            return true;
        c.phase = Phase::Head;
        if (!c.fresh)
            c.since = m_clock.elapsed(); // a later request's head: from its first byte
    }
    const qsizetype before = c.head.size();
    c.head.append(bytes.constData() + start, std::min(bytes.size() - start, kMaxHeadBytes + 1 - before));
    const qsizetype end = RequestHead::end(c.head, before - 2);
    if (end < 0) {
        if (c.head.size() <= kMaxHeadBytes)
            return true;
        qCWarning(lcSimHttp).noquote() << "refused a request head beyond" << kMaxHeadBytes << "bytes";
        writeLastReply(socket, 431, QStringLiteral("the request line and headers are longer than %1 bytes").arg(kMaxHeadBytes));
        c.closing = true;
        c.since = m_clock.elapsed();
        socket->disconnectFromHost();
        return false;
    }
    const qint64 bodyInBytes = before + (bytes.size() - start) - end;
    c.head.truncate(end);
    const RequestHead::Body body = RequestHead::body(c.head);
    c.chunked = body.chunked;
    const qint64 length = body.length.value_or(0);
    c.head.clear();
    c.since = m_clock.elapsed();
    if (length > kMaxBodyBytes) {
        qCWarning(lcSimHttp).noquote() << "refused a request body of" << length << "bytes";
        writeLastReply(socket, 413, QStringLiteral("the request body is larger than %1 bytes").arg(kMaxBodyBytes));
        c.closing = true;
        socket->disconnectFromHost();
        return false;
    }
    c.bodyLeft = std::max<qint64>(0, length);
    c.bodyRead = bodyInBytes;
    c.bodyLeft -= bodyInBytes;
    c.phase = c.chunked || c.bodyLeft > 0 ? Phase::Body : Phase::Complete;
    return true;
}

qint64 SimConnections::deadline(const Connection &c) const
{
    using Phase = Connection::Phase;
    if (c.closing)
        return c.since + kCloseGraceMs;
    if (c.answering > 0)
        return kNever;
    switch (c.phase) {
    case Phase::Waiting:
        // A reply the client has not read yet counts as idle time too.
        return c.since + (c.fresh ? m_headerTimeoutMs : m_idleTimeoutMs);
    case Phase::Head:
        return c.since + m_headerTimeoutMs;
    case Phase::Body:
        return c.since + m_bodyTimeoutMs;
    case Phase::Complete:
        return c.since + m_idleTimeoutMs;
    }
    return kNever;
}

void SimConnections::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<QTcpSocket *> due;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (now >= deadline(*it))
            due.append(it.key());
    }
    for (QTcpSocket *socket : due) {
        const auto it = m_connections.find(socket);
        if (it != m_connections.end()) // closing one may have closed another
            expire(socket, *it);
    }
    if (m_connections.isEmpty())
        m_sweep.stop();
}

void SimConnections::expire(QTcpSocket *socket, Connection &c)
{
    using Phase = Connection::Phase;
    const QString peer = socket->peerAddress().toString();
    if (c.closing) {
        socket->abort();
        return;
    }
    c.closing = true;
    c.since = m_clock.elapsed();
    if (c.phase == Phase::Head || c.phase == Phase::Body) {
        const bool head = c.phase == Phase::Head;
        qCInfo(lcSimHttp).noquote() << "closed a connection from" << peer << (head ? "whose request head" : "whose request body")
                                    << "did not arrive within" << (head ? m_headerTimeoutMs : m_bodyTimeoutMs) << "ms";
        writeLastReply(socket, 408,
                       head ? QStringLiteral("the request line and headers did not arrive within %1 ms").arg(m_headerTimeoutMs)
                            : QStringLiteral("the request body did not arrive within %1 ms").arg(m_bodyTimeoutMs));
        socket->disconnectFromHost();
        return;
    }
    qCDebug(lcSimHttp).noquote() << "closed an idle connection from" << peer;
    if (socket->bytesToWrite() > 0)
        socket->abort(); // the client stopped reading
    else
        socket->disconnectFromHost();
}

void SimConnections::forget(QTcpSocket *socket)
{
    if (m_connections.remove(socket))
        socket->disconnect(this);
}

qint64 SimConnections::unsentBytes() const
{
    qint64 bytes = 0;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        bytes += it.key()->bytesToWrite();
    return bytes;
}
