#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QTcpSocket;
struct SimOptions;

// The emulator's open connections and their deadlines (docs/emulator.md "Connections"). Qt 6.4's
// QtHttpServer keeps a socket open for as long as its client likes and buffers whatever head it
// sends, so SimServer's listener hands every socket here before QtHttpServer sees it: a request's
// head must arrive within the header timeout, its body within the body timeout, and a kept-alive
// connection may stay silent (or leave its reply unread) for the idle timeout. A request the server
// is answering has no deadline: the latency and hang faults hold it on purpose. The bytes are
// peeked as they arrive, before QtHttpServer reads them; they are never consumed here.
class SimConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimConnections)

public:
    // A longer head gets a 431, a longer body a 413; either closes the connection.
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;

    explicit SimConnections(const SimOptions &options, QObject *parent = nullptr);
    ~SimConnections() override;

    int count() const { return int(m_connections.size()); }
    bool hasRoom() const { return count() < m_maxConnections; }
    // Watches `socket` from now on, before QtHttpServer connects to it, or over the cap answers it
    // 503 and closes it (false).
    bool admit(QTcpSocket *socket);

    // SimServer took a whole request off `socket`; it wrote the reply's head (its body may follow).
    void requestTaken(QTcpSocket *socket);
    void replyWritten(QTcpSocket *socket);
    // What the open connections hold of replies their clients have not read yet.
    qint64 unsentBytes() const;
    // Whether another large reply may be written: what is held unread is within its bound.
    bool hasRoomForReplies() const { return unsentBytes() <= m_maxUnsentReplyBytes; }
    qint64 maxUnsentReplyBytes() const { return m_maxUnsentReplyBytes; }

private:
    struct Connection
    {
        enum class Phase { Waiting, Head, Body, Complete };
        Phase phase = Phase::Waiting;
        bool fresh = true; // no request yet: the first head's deadline runs from the connection
        qint64 since = 0; // when the current wait began
        int answering = 0; // requests taken whose reply is not written yet
        QByteArray head; // the current request's head so far
        qint64 bodyLeft = 0; // of a Content-Length body
        bool chunked = false; // the body ends when QtHttpServer hands the request over
        qint64 bodyRead = 0;
        bool closing = false;
    };

    void bytesArrived(QTcpSocket *socket);
    bool readHead(QTcpSocket *socket, Connection &c, const QByteArray &bytes);
    void sweep();
    void expire(QTcpSocket *socket, Connection &c);
    void forget(QTcpSocket *socket);
    qint64 deadline(const Connection &c) const;

    int m_headerTimeoutMs;
    int m_bodyTimeoutMs;
    int m_idleTimeoutMs;
    int m_maxConnections;
    qint64 m_maxUnsentReplyBytes;
    QHash<QTcpSocket *, Connection> m_connections;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};
