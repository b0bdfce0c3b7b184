#include "sim/SimRoutes.h"

#include "sim/AccessTokens.h"
#include "sim/FaultInjector.h"
#include "sim/RequestCounts.h"
#include "sim/SimLogging.h"
#include "sim/SimOptions.h"
#include "sim/SimRequest.h"
#include "sim/SimSite.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace {

// The login reply's account (docs/aegis-api.md §2), as the real site answers for the vendor's account.
constexpr int kUserId = 51;
constexpr int kRoleId = 44;
constexpr int kDomainId = 182;
constexpr int kOrganizationId = 182;

// The /sim/ control routes and the methods each takes.
struct ControlRule
{
    QStringView route;
    QByteArray allow;
};
const ControlRule kControlRules[] = {
    {u"sim/acceleration", QByteArrayLiteral("GET, PUT")},
    {u"sim/ess", QByteArrayLiteral("POST, DELETE")},
    {u"sim/state", QByteArrayLiteral("GET")},
    {u"sim/state/save", QByteArrayLiteral("POST")},
    {u"sim/state/load", QByteArrayLiteral("POST")},
    {u"sim/faults", QByteArrayLiteral("GET, PUT")},
    {u"sim/faults/reset", QByteArrayLiteral("POST")},
    {u"sim/faults/concurrent-edit", QByteArrayLiteral("POST")},
    {u"sim/requests", QByteArrayLiteral("GET, DELETE")},
};

const ControlRule *controlRule(const QString &route)
{
    const auto rule =
        std::find_if(std::begin(kControlRules), std::end(kControlRules), [&](const ControlRule &r) { return route == r.route; });
    return rule == std::end(kControlRules) ? nullptr : rule;
}

SimReply jsonReply(const QJsonObject &object, int status = 200)
{
    return SimReply::json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

// SimReply knows no 403; the body keeps the §3 shape.
SimReply forbidden(const QString &message)
{
    const QJsonObject o{{QStringLiteral("statusCode"), 403},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("error"), QStringLiteral("Forbidden")}};
    return jsonReply(o, 403);
}

QString describe(const SimRequest &request)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
}

SimRoutes::Routed notFound(const SimRequest &request)
{
    return {SimReply::error(404, QStringLiteral("Cannot %1").arg(describe(request))), {}};
}

SimRoutes::Routed methodNotAllowed(const SimRequest &request, const QByteArray &allow)
{
    return {SimReply::error(
                405, QStringLiteral("Cannot %1: this route accepts %2").arg(describe(request), QString::fromLatin1(allow))),
            allow};
}

bool allows(const QByteArray &allow, const QByteArray &method)
{
    const QList<QByteArray> methods = allow.split(',');
    return std::any_of(methods.cbegin(), methods.cend(), [&](const QByteArray &m) { return m.trimmed() == method; });
}

// The body as a JSON object; an empty body counts as {} where `emptyIsObject`.
Result<QJsonObject> objectBody(const QByteArray &body, bool emptyIsObject = false)
{
    if (emptyIsObject && body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QStringLiteral("body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(QStringLiteral("body must be a JSON object"));
    return doc.object();
}

bool isLoopback(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also reads ::ffff:127.0.0.1
    return address.isLoopback() || (isV4 && (v4 >> 24) == 127);
}

} // namespace

SimRoutes::SimRoutes(SimSite &site, FaultInjector &faults, AccessTokens &tokens, RequestCounts &counts, const SimOptions &options)
    : m_site(site)
    , m_faults(faults)
    , m_tokens(tokens)
    , m_counts(counts)
    , m_user(options.user)
    , m_password(options.password)
{
}

SimRoutes::Target SimRoutes::classify(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p == u"/sim" || p.startsWith(QStringLiteral("/sim/")))
        return {p.mid(1), false, true};
    const QString rest = p.startsWith(QStringLiteral("/api/")) ? p.mid(5) : p.mid(1);
    const QStringList parts = rest.split(QLatin1Char('/'));
    const bool aegis = rest == u"auth/login" || rest == u"device_datas/query" || rest == u"domain_datas/query"
        || (parts.size() == 2 && parts[0] == u"power_schedulers" && !parts[1].isEmpty())
        || (parts.size() == 3 && parts[0] == u"power_schedulers" && !parts[1].isEmpty() && parts[2] == u"history");
    return {aegis ? rest : p.mid(1), aegis, false};
}

QString SimRoutes::countedRoute(const Target &target)
{
    if (target.control)
        return controlRule(target.route) ? target.route : kOtherRoute;
    if (!target.aegis)
        return kOtherRoute;
    const QStringList parts = target.route.split(QLatin1Char('/'));
    if (parts[0] != u"power_schedulers")
        return target.route;
    return parts[1] == QString::number(SimSite::kSchedulerId) ? target.route : kOtherRoute;
}

SimRoutes::Routed SimRoutes::handle(const SimRequest &request, const Target &target)
{
    if (target.control)
        return handleControl(request, target.route);
    if (target.aegis)
        return handleAegis(request, target.route);
    return notFound(request);
}

SimRoutes::Routed SimRoutes::handleAegis(const SimRequest &request, const QString &route)
{
    if (route == u"auth/login") {
        if (request.method != "POST")
            return methodNotAllowed(request, "POST");
        return {login(request.body), {}};
    }

    const QStringList parts = route.split(QLatin1Char('/'));
    const bool scheduler = parts[0] == u"power_schedulers";
    const QByteArray allow = scheduler && parts.size() == 2 ? QByteArrayLiteral("GET, PATCH") : QByteArrayLiteral("GET");
    if (!allows(allow, request.method))
        return methodNotAllowed(request, allow);
    if (const auto denied = authorize(request))
        return {*denied, {}};

    if (route == u"device_datas/query")
        return {m_site.deviceQuery(request.query), {}};
    if (route == u"domain_datas/query")
        return {m_site.domainQuery(request.query), {}};

    bool ok = false;
    const int id = parts[1].toInt(&ok);
    if (!ok)
        return {SimReply::error(400, QStringLiteral("id must be an integer, not \"%1\"").arg(parts[1])), {}};
    if (parts.size() == 3)
        return {m_site.schedulerHistory(id, request.query), {}};
    if (request.method == "PATCH")
        return {m_site.patchScheduler(id, request.body), {}};
    return {m_site.scheduler(id), {}};
}

SimReply SimRoutes::login(const QByteArray &body)
{
    const Result<QJsonObject> object = objectBody(body);
    if (!object)
        return SimReply::error(400, object.error());
    for (const QString &key : {QStringLiteral("user_account"), QStringLiteral("user_password")}) {
        if (!object->value(key).isString())
            return SimReply::error(400, QStringLiteral("%1 must be a string").arg(key));
    }
    // Which of the two was wrong stays unsaid, as on a real site.
    if (m_faults.settings().loginFails)
        qCInfo(lcSimFaults) << "login refused: login_fails";
    if (m_faults.settings().loginFails || object->value(QStringLiteral("user_account")).toString() != m_user
        || object->value(QStringLiteral("user_password")).toString() != m_password) {
        return SimReply::error(401, QStringLiteral("wrong user account or password"));
    }
    const QByteArray token = m_tokens.issue(kUserId, m_faults.settings().tokenLifetimeSeconds);
    return jsonReply({{QStringLiteral("access_token"), QString::fromLatin1(token)},
                      {QStringLiteral("user_id"), kUserId},
                      {QStringLiteral("user_name"), QStringLiteral("管理員")},
                      {QStringLiteral("role_id"), kRoleId},
                      {QStringLiteral("domain_id"), kDomainId},
                      {QStringLiteral("domain_name"), QStringLiteral("工研院綠能所")},
                      {QStringLiteral("organization_id"), kOrganizationId}});
}

std::optional<SimReply> SimRoutes::authorize(const SimRequest &request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.isEmpty())
        return SimReply::error(401, QStringLiteral("missing access token: send \"Authorization: Bearer <access_token>\""));
    const QByteArray scheme = header.left(header.indexOf(' '));
    const QByteArray token = header.mid(scheme.size()).trimmed();
    if (scheme.compare("Bearer", Qt::CaseInsensitive) != 0 || token.isEmpty())
        return SimReply::error(401, QStringLiteral("the Authorization header must be \"Bearer <access_token>\""));
    switch (m_tokens.check(token)) {
    case AccessTokens::Check::Valid:
        return std::nullopt;
    case AccessTokens::Check::Expired:
        return SimReply::error(401, QStringLiteral("access token expired: log in again"));
    case AccessTokens::Check::Unknown:
        break;
    }
    return SimReply::error(401, QStringLiteral("invalid access token"));
}

SimRoutes::Routed SimRoutes::handleControl(const SimRequest &request, const QString &route)
{
    if (!isLoopback(request.peer))
        return {forbidden(QStringLiteral("the /sim/ control API answers loopback clients only")), {}};

    const ControlRule *rule = controlRule(route);
    if (!rule)
        return notFound(request);
    if (!allows(rule->allow, request.method))
        return methodNotAllowed(request, rule->allow);
    const bool reading = request.method == "GET" || request.method == "DELETE";

    const Result<QJsonObject> body = objectBody(request.body, true);
    if (!reading && !body)
        return {SimReply::error(400, body.error()), {}};

    if (route == u"sim/acceleration") {
        if (!reading) {
            for (auto it = body->begin(); it != body->end(); ++it) {
                if (it.key() != u"acceleration")
                    return {SimReply::error(400, QStringLiteral("unknown key \"%1\"").arg(it.key())), {}};
            }
            const QJsonValue v = body->value(QStringLiteral("acceleration"));
            if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1e6)
                return {SimReply::error(400, QStringLiteral("acceleration must be a number above 0 and at most 1e6")), {}};
            m_site.setAcceleration(v.toDouble());
        }
        return {jsonReply({{QStringLiteral("acceleration"), m_site.acceleration()}}), {}};
    }
    if (route == u"sim/ess")
        return {request.method == "POST" ? m_site.addEssUnit() : m_site.removeEssUnit(), {}};
    if (route == u"sim/state")
        return {m_site.status(), {}};
    if (route == u"sim/state/save" || route == u"sim/state/load") {
        const QString path = body->value(QStringLiteral("path")).toString();
        if (path.isEmpty())
            return {SimReply::error(400, QStringLiteral("path must be a non-empty string")), {}};
        return {route == u"sim/state/save" ? m_site.saveState(path) : m_site.loadState(path), {}};
    }
    if (route == u"sim/faults") {
        if (!reading) {
            if (const Result<bool> r = mergeFaults(*body); !r)
                return {SimReply::error(400, r.error()), {}};
        }
        return {jsonReply(m_faults.toJson()), {}};
    }
    if (route == u"sim/faults/reset") {
        resetFaults();
        return {jsonReply(m_faults.toJson()), {}};
    }
    if (route == u"sim/faults/concurrent-edit") {
        m_site.editScheduleBehindTheClientsBack();
        return {jsonReply({{QStringLiteral("edited"), true}}), {}};
    }
    // sim/requests
    if (request.method == "DELETE")
        m_counts.clear();
    QJsonObject counts;
    const QHash<QString, int> all = m_counts.all();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        counts.insert(it.key(), it.value());
    return {jsonReply(counts), {}};
}

Result<bool> SimRoutes::mergeFaults(const QJsonObject &changes)
{
    const Result<bool> r = m_faults.merge(changes);
    if (r)
        qCInfo(lcSimFaults).noquote() << "settings:" << QJsonDocument(m_faults.toJson()).toJson(QJsonDocument::Compact);
    syncSiteFaults();
    return r;
}

void SimRoutes::resetFaults()
{
    m_faults.reset();
    qCInfo(lcSimFaults) << "settings reset";
    syncSiteFaults();
}

void SimRoutes::syncSiteFaults()
{
    m_site.setPatchAcceptedButNotApplied(m_faults.settings().patchNotApplied);
}
