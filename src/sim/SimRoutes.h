#pragma once

#include "core/Result.h"
#include "sim/SimReply.h"

#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

class AccessTokens;
class CfosApi;
class FaultInjector;
class RequestCounts;
class SimSite;
struct SimOptions;
struct SimRequest;

// What each path of the emulator does: the AEGIS routes (docs/aegis-api.md §1, served at /X and
// /api/X) with their bearer-token check, the /sim/ control API, and the grid operator's cFos
// API at /cnf (CfosApi). Knows nothing of HTTP transport; SimServer feeds it requests and
// applies the transport faults to its replies.
class SimRoutes final
{
public:
    struct Target
    {
        Target(QString route, bool aegis = false, bool control = false, bool cfos = false)
            : route(std::move(route))
            , aegis(aegis)
            , control(control)
            , cfos(cfos)
        {
        }
        QString route; // "auth/login", "power_schedulers/4", "sim/faults", or the bare unknown path
        bool aegis = false; // a known AEGIS route: faults apply
        bool control = false; // under /sim/
        bool cfos = false; // /cnf, the grid operator's cFos-compatible API
    };

    struct Routed
    {
        Routed(SimReply reply, QByteArray allow = {}, QList<QPair<QByteArray, QByteArray>> headers = {})
            : reply(std::move(reply))
            , allow(std::move(allow))
            , headers(std::move(headers))
        {
        }
        SimReply reply;
        QByteArray allow; // for a 405: the methods the route has
        QList<QPair<QByteArray, QByteArray>> headers; // more headers (WWW-Authenticate)
    };

    SimRoutes(SimSite &site, FaultInjector &faults, AccessTokens &tokens, RequestCounts &counts, const SimOptions &options);
    ~SimRoutes();
    Q_DISABLE_COPY_MOVE(SimRoutes)

    static Target classify(const QString &path);
    // Where states are kept by name when SimOptions::stateDir is empty: "states" under the
    // application's data folder (QStandardPaths::AppDataLocation), else under the temp dir.
    static QString defaultStateDir();
    // The /sim/ API's control token (SimOptions::controlToken, or a random one).
    const QByteArray &controlToken() const { return m_controlToken; }
    // What a request is counted under (RequestCounts): its route when the emulator has it,
    // else kOtherRoute, so that requests for unknown paths or schedulers add no keys.
    static QString countedRoute(const Target &target);
    static inline const QString kOtherRoute = QStringLiteral("other");
    Routed handle(const SimRequest &request, const Target &target);

    // Changes fault settings, keeping the site's own faults in step.
    Result<bool> mergeFaults(const QJsonObject &changes);
    void resetFaults();

private:
    Routed handleAegis(const SimRequest &request, const QString &route);
    Routed handleControl(const SimRequest &request, const QString &route);
    // Empty when a /sim/ request may be served: no Origin, a loopback Host, the control token.
    std::optional<SimReply> guardControl(const SimRequest &request) const;
    Routed stateByName(const QString &route, const QJsonObject &body);
    SimReply login(const QByteArray &body);
    // Empty when the request carries a valid bearer token, else the 401.
    std::optional<SimReply> authorize(const SimRequest &request) const;
    void syncSiteFaults();

    SimSite &m_site;
    FaultInjector &m_faults;
    AccessTokens &m_tokens;
    RequestCounts &m_counts;
    QString m_user;
    QString m_password;
    QString m_stateDir;
    QByteArray m_controlToken;
    std::unique_ptr<CfosApi> m_cfos;
};
