#include "sim/AccessTokens.h"

#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// Expired tokens are remembered this long so a client hears "expired" rather than "unknown".
constexpr qint64 kRememberExpiredMs = 24 * 3600 * 1000;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

AccessTokens::AccessTokens(const Clock &realClock)
    : m_clock(realClock)
{
}

QByteArray AccessTokens::issue(int userId, int lifetimeSeconds)
{
    const qint64 nowMs = m_clock.nowMs();
    const qint64 expiryMs = nowMs + qint64(lifetimeSeconds) * 1000;
    forgetLongExpired(nowMs);

    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("sub"), userId},
                              {QStringLiteral("iat"), nowMs / 1000},
                              {QStringLiteral("exp"), expiryMs / 1000},
                              {QStringLiteral("jti"), QString::fromLatin1(randomBytes(12).toHex())}};
    const QByteArray token = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.'
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.' + randomBytes(32).toBase64(kBase64Url);
    m_expiryMs.insert(token, expiryMs);
    return token;
}

AccessTokens::Check AccessTokens::check(const QByteArray &token) const
{
    const auto it = m_expiryMs.constFind(token);
    if (it == m_expiryMs.cend())
        return Check::Unknown;
    return m_clock.nowMs() < it.value() ? Check::Valid : Check::Expired;
}

void AccessTokens::forgetLongExpired(qint64 nowMs)
{
    m_expiryMs.removeIf([nowMs](QHash<QByteArray, qint64>::iterator it) { return it.value() + kRememberExpiredMs < nowMs; });
}
