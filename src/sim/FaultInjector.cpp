#include "sim/FaultInjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <functional>

namespace {

using Settings = FaultInjector::Settings;
using Setter = std::function<Result<bool>(Settings &, const QJsonValue &)>;

Result<bool> bad(const QString &key, const QString &expected)
{
    return Result<bool>::failure(QStringLiteral("fault setting \"%1\" must be %2").arg(key, expected));
}

Setter intSetter(const QString &key, int Settings::*member, int min, int max)
{
    return [=](Settings &s, const QJsonValue &v) -> Result<bool> {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max)
            return bad(key, QStringLiteral("an integer from %1 to %2").arg(min).arg(max));
        s.*member = int(d);
        return true;
    };
}

Setter shareSetter(const QString &key, double Settings::*member)
{
    return [=](Settings &s, const QJsonValue &v) -> Result<bool> {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            return bad(key, QStringLiteral("a share from 0 to 1"));
        s.*member = v.toDouble();
        return true;
    };
}

Setter boolSetter(const QString &key, bool Settings::*member)
{
    return [=](Settings &s, const QJsonValue &v) -> Result<bool> {
        if (!v.isBool())
            return bad(key, QStringLiteral("true or false"));
        s.*member = v.toBool();
        return true;
    };
}

Result<bool> setSeed(Settings &s, const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < 0 || d > 4294967295.0)
        return bad(QStringLiteral("seed"), QStringLiteral("an unsigned 32-bit integer"));
    s.seed = quint32(d);
    return true;
}

Result<bool> setRoutes(Settings &s, const QJsonValue &v)
{
    QStringList routes;
    if (v.isString()) { // the command line gives a comma-separated list
        for (const QString &r : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            routes.append(r.trimmed());
    } else if (v.isArray()) {
        for (const QJsonValue &r : v.toArray()) {
            if (!r.isString())
                return bad(QStringLiteral("routes"), QStringLiteral("a list of route prefixes"));
            routes.append(r.toString().trimmed());
        }
    } else {
        return bad(QStringLiteral("routes"), QStringLiteral("a list of route prefixes"));
    }
    s.routes = routes;
    return true;
}

const QHash<QString, Setter> &setters()
{
    static const QHash<QString, Setter> table{
        {QStringLiteral("latency_ms"), intSetter(QStringLiteral("latency_ms"), &Settings::latencyMs, 0, 600'000)},
        {QStringLiteral("latency_jitter_ms"),
         intSetter(QStringLiteral("latency_jitter_ms"), &Settings::latencyJitterMs, 0, 600'000)},
        {QStringLiteral("error_500_share"), shareSetter(QStringLiteral("error_500_share"), &Settings::error500Share)},
        {QStringLiteral("error_503_share"), shareSetter(QStringLiteral("error_503_share"), &Settings::error503Share)},
        {QStringLiteral("retry_after_s"), intSetter(QStringLiteral("retry_after_s"), &Settings::retryAfterSeconds, 0, 86'400)},
        {QStringLiteral("html_error_share"), shareSetter(QStringLiteral("html_error_share"), &Settings::htmlErrorShare)},
        {QStringLiteral("cut_share"), shareSetter(QStringLiteral("cut_share"), &Settings::cutShare)},
        {QStringLiteral("malformed_json_share"),
         shareSetter(QStringLiteral("malformed_json_share"), &Settings::malformedJsonShare)},
        {QStringLiteral("trickle_bytes_per_s"),
         intSetter(QStringLiteral("trickle_bytes_per_s"), &Settings::trickleBytesPerSecond, 0, 100'000'000)},
        {QStringLiteral("hang"), boolSetter(QStringLiteral("hang"), &Settings::hang)},
        {QStringLiteral("token_lifetime_s"),
         intSetter(QStringLiteral("token_lifetime_s"), &Settings::tokenLifetimeSeconds, 1, 365 * 86'400)},
        {QStringLiteral("login_fails"), boolSetter(QStringLiteral("login_fails"), &Settings::loginFails)},
        {QStringLiteral("patch_not_applied"), boolSetter(QStringLiteral("patch_not_applied"), &Settings::patchNotApplied)},
        {QStringLiteral("seed"), setSeed},
        {QStringLiteral("routes"), setRoutes},
    };
    return table;
}

// A command-line value as JSON: true/false, a number, else the text itself.
QJsonValue parseValue(const QString &text)
{
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue(text);
}

} // namespace

FaultInjector::FaultInjector(int tokenLifetimeSeconds, quint32 seed)
    : m_random(seed)
{
    m_defaults.tokenLifetimeSeconds = tokenLifetimeSeconds;
    m_defaults.seed = seed;
    m_settings = m_defaults;
}

QJsonObject FaultInjector::toJson() const
{
    const Settings &s = m_settings;
    return QJsonObject{
        {QStringLiteral("latency_ms"), s.latencyMs},
        {QStringLiteral("latency_jitter_ms"), s.latencyJitterMs},
        {QStringLiteral("error_500_share"), s.error500Share},
        {QStringLiteral("error_503_share"), s.error503Share},
        {QStringLiteral("retry_after_s"), s.retryAfterSeconds},
        {QStringLiteral("html_error_share"), s.htmlErrorShare},
        {QStringLiteral("cut_share"), s.cutShare},
        {QStringLiteral("malformed_json_share"), s.malformedJsonShare},
        {QStringLiteral("trickle_bytes_per_s"), s.trickleBytesPerSecond},
        {QStringLiteral("hang"), s.hang},
        {QStringLiteral("token_lifetime_s"), s.tokenLifetimeSeconds},
        {QStringLiteral("login_fails"), s.loginFails},
        {QStringLiteral("patch_not_applied"), s.patchNotApplied},
        {QStringLiteral("seed"), qint64(s.seed)},
        {QStringLiteral("routes"), QJsonArray::fromStringList(s.routes)},
    };
}

Result<bool> FaultInjector::merge(const QJsonObject &changes)
{
    Settings next = m_settings;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const auto setter = setters().constFind(it.key());
        if (setter == setters().cend()) {
            return Result<bool>::failure(
                QStringLiteral("unknown fault setting \"%1\" (known: %2)").arg(it.key(), keys().join(QStringLiteral(", "))));
        }
        if (const Result<bool> r = (*setter)(next, it.value()); !r)
            return r;
    }
    if (changes.contains(QStringLiteral("seed")))
        m_random.seed(next.seed);
    m_settings = next;
    return true;
}

Result<QJsonObject> FaultInjector::parseAssignment(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    const QString key = (eq < 0 ? assignment : assignment.left(eq)).trimmed();
    const QJsonValue value = eq < 0 ? QJsonValue(true) : parseValue(assignment.mid(eq + 1).trimmed());
    if (key.isEmpty())
        return Result<QJsonObject>::failure(QStringLiteral("a fault is written key=value, not \"%1\"").arg(assignment));
    return QJsonObject{{key, value}};
}

void FaultInjector::reset()
{
    m_settings = m_defaults;
    m_random.seed(m_defaults.seed);
}

bool FaultInjector::appliesTo(const QString &method, const QString &route) const
{
    if (m_settings.routes.isEmpty())
        return true;
    // A prefix may name a method too ("PATCH power_schedulers"), to fault writes but not reads.
    const QString withMethod = method + QLatin1Char(' ') + route;
    for (const QString &prefix : m_settings.routes) {
        for (const QString &candidate : {route, withMethod}) {
            if (candidate == prefix || candidate.startsWith(prefix + QLatin1Char('/')))
                return true;
        }
    }
    return false;
}

FaultInjector::Decision FaultInjector::decide()
{
    const Settings &s = m_settings;
    const double draw = m_random.generateDouble();
    const int jitter = int(m_random.generateDouble() * (s.latencyJitterMs + 1)); // always drawn: reproducible

    Decision d;
    d.hang = s.hang;
    d.delayMs = s.latencyMs + std::min(jitter, s.latencyJitterMs);
    d.trickleBytesPerSecond = s.trickleBytesPerSecond;
    const std::pair<double, Outcome> shares[] = {
        {s.error500Share, Outcome::Error500},           {s.error503Share, Outcome::Error503},
        {s.htmlErrorShare, Outcome::HtmlError},         {s.cutShare, Outcome::Cut},
        {s.malformedJsonShare, Outcome::MalformedJson},
    };
    double edge = 0;
    for (const auto &[share, outcome] : shares) {
        edge += share;
        if (draw < edge) {
            d.outcome = outcome;
            break;
        }
    }
    return d;
}

QStringList FaultInjector::keys()
{
    return FaultInjector().toJson().keys();
}
