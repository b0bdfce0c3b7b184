#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

class AccessTokens;
class FaultInjector;
class QTcpSocket;
class RequestCounts;
class SimConnections;
class SimRoutes;
class SimSite;
struct SimOptions;
struct SimRequest;

// The emulator's HTTP server: the one class that uses QtHttpServer (docs/architecture.md, Qt 6.4
// specifics). It writes HTTP/1.1 replies on the raw socket itself, so that it can apply the
// transport faults (docs/emulator.md "Fault injection") to the AEGIS routes; SimRoutes decides
// what each path answers. Its listener hands every socket to SimConnections first, which keeps
// each connection's deadlines and the cap on connections. Lives in the thread of its SimSite and is used only there, except
// the request counters, which any thread may read.
class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    // Token lifetimes run on `realClock` (real seconds, whatever the sim acceleration).
    SimServer(SimSite &site, const SimOptions &options, const Clock &realClock = SystemClock::instance(),
              QObject *parent = nullptr);
    ~SimServer() override;

    // Binds options.host:options.port (port 0 = any free one), with TLS when options name a
    // certificate and key; the bound port or why not (a bad PEM file included).
    Result<quint16> listen();
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT" ("https://" with TLS): the AEGIS routes are under it and its /api.
    QUrl rootUrl() const;

    // What every /sim/ request must carry (docs/emulator.md "The control API's safety"):
    // SimOptions::controlToken, or 128 random bits in hex drawn for this run.
    QByteArray controlToken() const;

    const FaultInjector &faults() const;
    // As PUT /sim/faults: sets the given keys, an unknown key or bad value changes nothing.
    Result<bool> setFaults(const QJsonObject &changes);
    // The command line's `--fault key=value`.
    Result<bool> setFault(const QString &assignment);
    void resetFaults();

    // Requests received per route ("auth/login", "power_schedulers/4", "sim/faults", ...),
    // counted on arrival, faulted and hung ones included; those of unknown paths and
    // schedulers together under "other". Safe from any thread.
    int requestCount(const QString &route) const;
    QHash<QString, int> requestCounts() const;
    void resetRequestCounts();
    // Bytes of replies written to sockets whose clients have not taken them yet.
    qint64 unsentReplyBytes() const;

Q_SIGNALS:
    void requestReceived(const QString &method, const QString &route);
    // When the reply's head is written (a delayed reply later; a hung request never).
    void requestServed(const QString &method, const QString &route, int status);

private:
    class Transport;
    struct Outgoing;

    void serve(const SimRequest &request, QTcpSocket *socket);
    void send(QTcpSocket *socket, const Outgoing &out);

    QHostAddress m_host;
    quint16 m_requestedPort = 0;
    quint16 m_port = 0;
    int m_headerTimeoutMs = 0; // also the TLS handshake's
    QString m_tlsCertificatePath;
    QString m_tlsKeyPath;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<AccessTokens> m_tokens;
    std::unique_ptr<RequestCounts> m_counts;
    const Clock &m_siteClock; // the Date of every reply: the site's time, which may run fast or lie in the past
    std::unique_ptr<SimRoutes> m_routes;
    std::unique_ptr<SimConnections> m_connections; // outlives the sockets, which tell it when they go
    std::unique_ptr<Transport> m_transport; // last: its sockets go first
};
