#include "sim/SimRoutes.h"

#include "sim/AccessTokens.h"
#include "sim/CfosApi.h"
#include "sim/FaultInjector.h"
#include "sim/RequestCounts.h"
#include "sim/SimLogging.h"
#include "sim/SimOptions.h"
#include "sim/SimRequest.h"
#include "sim/SimSite.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
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
    {u"sim/grid", QByteArrayLiteral("GET")},
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

// "localhost", "127.x.y.z" or "[::1]", with or without a port: what a browser sends for the
// emulator's own URL, and never for a page's name that DNS rebinding points at 127.0.0.1.
bool isLoopbackHost(const QByteArray &hostHeader)
{
    QString host = QString::fromLatin1(hostHeader.trimmed()).toLower();
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype end = host.indexOf(QLatin1Char(']'));
        if (end < 0)
            return false;
        const QString rest = host.mid(end + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        return QHostAddress(host.mid(1, end - 1)) == QHostAddress(QHostAddress::LocalHostIPv6);
    }
    // A port is digits only: "127.0.0.1:80@attacker.example" names no loopback host.
    static const QRegularExpression withPort(QRegularExpression::anchoredPattern(QStringLiteral("([^:]+)(:\\d{1,5})?")));
    const QRegularExpressionMatch parts = withPort.match(host);
    if (!parts.hasMatch())
        return false;
    host = parts.captured(1);
    if (host == u"localhost")
        return true;
    static const QRegularExpression dotted(
        QRegularExpression::anchoredPattern(QStringLiteral("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")));
    return dotted.match(host).hasMatch() && isLoopback(QHostAddress(host));
}

// 128 random bits from the system's generator, in hex.
QByteArray randomControlToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

// Compares in time independent of where the two first differ.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = char(diff | (a[i] ^ b[i]));
    return diff == 0;
}

SimReply unsupportedMediaType(const QString &message)
{
    return jsonReply({{QStringLiteral("statusCode"), 415},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("error"), QStringLiteral("Unsupported Media Type")}},
                     415);
}

} // namespace

SimRoutes::SimRoutes(SimSite &site, FaultInjector &faults, AccessTokens &tokens, RequestCounts &counts, const SimOptions &options)
    : m_site(site)
    , m_faults(faults)
    , m_tokens(tokens)
    , m_counts(counts)
    , m_user(options.user)
    , m_password(options.password)
    , m_stateDir(options.stateDir.isEmpty() ? defaultStateDir() : options.stateDir)
    , m_controlToken(options.controlToken.isEmpty() ? randomControlToken() : options.controlToken)
    , m_cfos(std::make_unique<CfosApi>(site, options.cfosUser, options.cfosPassword))
{
}

SimRoutes::~SimRoutes() = default;

QString SimRoutes::defaultStateDir()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        return data + QStringLiteral("/states");
    return QDir::temp().filePath(QStringLiteral("aegis-sim-states"));
}

SimRoutes::Target SimRoutes::classify(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p == u"/sim" || p.startsWith(QStringLiteral("/sim/")))
        return {p.mid(1), false, true};
    if (p == u"/cnf")
        return {CfosApi::kRoute, false, false, true};
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
    if (target.cfos)
        return target.route;
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
    if (target.cfos) {
        CfosApi::Answer answer = m_cfos->handle(request);
        return {std::move(answer.reply), {}, std::move(answer.headers)};
    }
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
    // One of each, or the server and whatever sits in front of it may read different ones.
    for (const QByteArray &name : {QByteArrayLiteral("Host"), QByteArrayLiteral("Origin"), QByteArrayLiteral("Content-Type"),
                                   QByteArrayLiteral("Authorization"), QByteArrayLiteral("X-Sim-Control-Token")}) {
        if (request.headerCount(name) > 1)
            return {SimReply::error(
                        400, QStringLiteral("the /sim/ control API takes the %1 header once").arg(QString::fromLatin1(name))),
                    {}};
    }
    if (request.headerCount("Origin") > 0)
        return {forbidden(QStringLiteral("the /sim/ control API refuses requests with an Origin header: web pages may not "
                                         "steer the emulator")),
                {}};
    if (!isLoopbackHost(request.header("Host")))
        return {forbidden(QStringLiteral("the /sim/ control API answers a loopback Host only (localhost, 127.x.x.x or "
                                         "[::1])")),
                {}};

    const ControlRule *rule = controlRule(route);
    if (!rule)
        return notFound(request);
    if (const auto denied = guardControl(request))
        return {*denied, {}};
    if (!allows(rule->allow, request.method))
        return methodNotAllowed(request, rule->allow);
    const bool reading = request.method == "GET" || request.method == "DELETE";
    if (!request.body.isEmpty()) {
        const QByteArray type = request.header("Content-Type");
        const QByteArray media = type.split(';').constFirst().trimmed().toLower();
        if (media != "application/json")
            return {unsupportedMediaType(QStringLiteral("a /sim/ request body must come with \"Content-Type: "
                                                        "application/json\"")),
                    {}};
    }

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
    if (route == u"sim/grid")
        return {m_site.gridStatus(), {}};
    if (route == u"sim/state/save" || route == u"sim/state/load")
        return stateByName(route, *body);
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

std::optional<SimReply> SimRoutes::guardControl(const SimRequest &request) const
{
    QByteArray token = request.header("X-Sim-Control-Token").trimmed();
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (token.isEmpty() && authorization.size() > 7 && authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = authorization.mid(7).trimmed();
    if (token.isEmpty())
        return SimReply::error(401,
                               QStringLiteral("the /sim/ control API needs the control token aegis-sim printed: send "
                                              "\"Authorization: Bearer <token>\" or \"X-Sim-Control-Token: <token>\""));
    if (!sameToken(token, m_controlToken))
        return SimReply::error(401, QStringLiteral("wrong control token"));
    return std::nullopt;
}

SimRoutes::Routed SimRoutes::stateByName(const QString &route, const QJsonObject &body)
{
    if (body.contains(QStringLiteral("path")))
        return {SimReply::error(400,
                                QStringLiteral("states are kept by name in the state directory: send {\"name\": "
                                               "\"...\"}, not a path")),
                {}};
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,64}")));
    const QString name = body.value(QStringLiteral("name")).toString();
    if (!body.value(QStringLiteral("name")).isString() || !pattern.match(name).hasMatch())
        return {SimReply::error(400, QStringLiteral("name must be 1 to 64 letters, digits, \"_\" or \"-\"")), {}};
    const QString file = QDir(m_stateDir).filePath(name + QStringLiteral(".json"));
    if (route == u"sim/state/save") {
        if (!QDir().mkpath(m_stateDir))
            return {SimReply::error(500, QStringLiteral("cannot create the state directory")), {}};
        SimReply saved = m_site.saveState(file);
        if (!saved.ok())
            return {SimReply::error(500, QStringLiteral("cannot save the state \"%1\"").arg(name)), {}};
        return {jsonReply({{QStringLiteral("saved"), name}, {QStringLiteral("file"), file}}), {}};
    }
    if (!QFileInfo(file).isFile())
        return {SimReply::error(404, QStringLiteral("no saved state named \"%1\"").arg(name)), {}};
    const SimReply loaded = m_site.loadState(file);
    if (!loaded.ok())
        return {loaded, {}};
    return {jsonReply({{QStringLiteral("loaded"), name}, {QStringLiteral("file"), file}}), {}};
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
