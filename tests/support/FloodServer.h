#pragma once

#include <QtGlobal>
#include <atomic>
#include <thread>
#include <vector>

// A hostile HTTP server in a thread of its own: it answers a login with a token and every other
// request with a chunked reply that never ends, written as fast as the socket takes it. Being
// in its own thread (blocking POSIX sockets, no event loop), it can outrun a client, which a
// QTcpServer sharing the client's event loop never can.
class FloodServer final
{
public:
    FloodServer();
    ~FloodServer();
    Q_DISABLE_COPY_MOVE(FloodServer)

    bool isListening() const { return m_listener >= 0; }
    quint16 port() const { return m_port; }
    // Bytes of endless body written so far, over all connections.
    qint64 bytesSent() const { return m_sent.load(); }

private:
    void acceptLoop();
    void serve(int connection);

    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<qint64> m_sent{0};
    std::thread m_acceptor;
    std::vector<std::thread> m_connections;
};
