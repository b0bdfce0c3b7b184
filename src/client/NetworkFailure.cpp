#include "client/NetworkFailure.h"

#include <QLocale>

ApiError NetworkFailure::error(QNetworkReply::NetworkError error, const QString &qtText)
{
    const QString text = QLocale().quoteString(qtText);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return ApiError(ApiError::Kind::Unreachable, 0, {}, text);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError(ApiError::Kind::Timeout, 0, {}, text);
    case QNetworkReply::OperationCanceledError:
        return ApiError(ApiError::Kind::Cancelled);
    default:
        return ApiError(ApiError::Kind::ConnectionLost, 0, {}, text);
    }
}
