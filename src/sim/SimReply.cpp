#include "sim/SimReply.h"

#include <QJsonDocument>
#include <QJsonObject>

SimReply SimReply::json(QByteArray body, int status)
{
    SimReply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

SimReply SimReply::error(int status, const QString &message)
{
    const QJsonObject o{{QStringLiteral("statusCode"), status},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))}};
    return json(QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

QByteArray SimReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}
