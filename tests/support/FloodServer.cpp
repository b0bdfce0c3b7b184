#include "support/FloodServer.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Reads one request's head and (Content-Length) body; the request line, or empty at the end.
QByteArray readRequest(int fd, QByteArray &buffer)
{
    char chunk[4096];
    qsizetype headEnd;
    while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return {};
        buffer.append(chunk, n);
    }
    const QByteArray head = buffer.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    while (buffer.size() < headEnd + 4 + length) {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return {};
        buffer.append(chunk, n);
    }
    buffer.remove(0, headEnd + 4 + length);
    return head.left(head.indexOf("\r\n"));
}

} // namespace

FloodServer::FloodServer()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), size) != 0 || ::listen(m_listener, 16) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &size) != 0) {
        if (m_listener >= 0)
            ::close(m_listener);
        m_listener = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FloodServer::~FloodServer()
{
    m_stopping = true;
    if (m_listener >= 0)
        ::shutdown(m_listener, SHUT_RDWR); // wakes accept()
    if (m_acceptor.joinable())
        m_acceptor.join();
    for (std::thread &t : m_connections)
        t.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

void FloodServer::acceptLoop()
{
    while (!m_stopping) {
        const int connection = ::accept(m_listener, nullptr, nullptr);
        if (connection < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        m_connections.emplace_back([this, connection] { serve(connection); });
    }
}

void FloodServer::serve(int connection)
{
    // The client stops reading once it has had enough; a send that then blocks must still end
    // when the test does.
    timeval wait{0, 200'000};
    ::setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &wait, sizeof wait);
    QByteArray buffer;
    while (!m_stopping) {
        const QByteArray line = readRequest(connection, buffer);
        if (line.isEmpty())
            break;
        if (line.contains("/auth/login")) {
            const QByteArray body = R"({"access_token":"flood.token.value","token_type":"Bearer","expires_in":3600,)"
                                    R"("organization_id":182})";
            if (!sendAll(connection,
                         QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ")
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body))
                break;
            continue;
        }
        const QByteArray row =
            R"({"result":"_result","table":0,"_time":"2026-12-07T00:00:00Z","_value":1,"_field":"SolarPower"},)";
        const QByteArray piece = row.repeated(800);
        const QByteArray frame = QByteArray::number(piece.size(), 16) + QByteArray("\r\n") + piece + QByteArray("\r\n");
        if (!sendAll(connection,
                     QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                         + QByteArray::number(1, 16) + "\r\n[\r\n"))
            break;
        qsizetype offset = 0; // into the frame: a send cut short by the timeout goes on where it stopped
        while (!m_stopping) {
            const ssize_t n = ::send(connection, frame.constData() + offset, size_t(frame.size() - offset), MSG_NOSIGNAL);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                continue;
            if (n <= 0)
                break;
            m_sent += n;
            offset = (offset + n) % frame.size();
        }
        break;
    }
    ::close(connection);
}
