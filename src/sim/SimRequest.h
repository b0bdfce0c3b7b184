#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the emulator's routes see it: copied out of the transport's request
// object, which is reused for the connection's next request.
struct SimRequest
{
    QByteArray method; // "GET", "POST", ... upper case
    QString path; // decoded URL path, "/api/auth/login"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // A query as form-encoding clients send it (browsers, axios, Python's urllib): "+" is a
    // space, "%2B" a plus, as the vendor's server reads it. QUrlQuery alone keeps "+" literal.
    static QUrlQuery formQuery(QString encodedQuery)
    {
        encodedQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
        return QUrlQuery(encodedQuery);
    }

    // The first header of that name (names are case-insensitive), empty when absent.
    // How often the request carries the header `name` (a header sent twice is ambiguous).
    int headerCount(const QByteArray &name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first.compare(name, Qt::CaseInsensitive) == 0;
        return n;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};
