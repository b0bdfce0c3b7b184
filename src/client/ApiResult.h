#pragma once

#include "client/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>

// The outcome of one request as a value: HTTP status, the error (if any) and the raw body.
struct ApiResult
{
    ApiError error;
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 1; // how many times it was sent (GET retries, one replay after a re-login)

    bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(ApiResult)
