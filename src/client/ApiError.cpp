#include "client/ApiError.h"

#include <QLocale>

ApiError::ApiError(Kind kind, int httpStatus, QString serverMessage, QString detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(std::move(serverMessage))
    , m_detail(std::move(detail))
{
}

QString ApiError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::BadCredentials:
        text = tr("The server did not accept the account or password.");
        break;
    case Kind::SessionExpired:
        text = tr("The session has expired and logging in again did not work. Please log in.");
        break;
    case Kind::TokenRefused:
        text = tr("Logging in again worked, but the server refused the new session token. Ask the server's administrator.");
        break;
    case Kind::BadRequest:
        text = m_serverMessage.isEmpty() ? tr("The server refused the request as invalid.")
                                         : tr("The server refused the request: %1").arg(QLocale().quoteString(m_serverMessage));
        break;
    case Kind::NotFound:
        text = tr("The server does not know this address (HTTP 404). Check the API base URL in the settings.");
        break;
    case Kind::ServerError:
        text = tr("The server had a problem (HTTP %1). Try again in a moment.").arg(m_httpStatus);
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::Unreachable:
        text = tr("The server cannot be reached. Check the network connection and the API base URL.");
        break;
    case Kind::ConnectionLost:
        text = tr("The connection to the server broke off before the reply was complete.");
        break;
    case Kind::CertificateUntrusted:
        text = tr("The server presents a certificate that no trusted authority vouches for. "
                  "Compare its fingerprint with the one your administrator gave you before trusting it.");
        break;
    case Kind::CertificateChanged:
        text = tr("The server's certificate is not the one you approved before. This can mean someone is "
                  "intercepting the connection. Nothing was sent. Ask your administrator before going on.");
        break;
    case Kind::CertificateInvalid:
        text = tr("The server's certificate is not valid for this connection.");
        break;
    case Kind::MalformedReply:
        text = tr("The server's reply could not be read.");
        break;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    if (!m_detail.isEmpty() && m_kind != Kind::BadRequest) {
        // The server's own words (often English) stay as it wrote them, quoted as its words, so a
        // translated sentence does not run on in another language.
        const QString detail = m_detail == m_serverMessage ? QLocale().quoteString(m_detail) : m_detail;
        text += QLatin1Char(' ') + tr("(%1)").arg(detail);
    }
    return text;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::Unreachable:
    case Kind::ConnectionLost:
        return true;
    case Kind::ServerError:
        return m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::BadCredentials:
        return QStringLiteral("bad-credentials");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::TokenRefused:
        return QStringLiteral("token-refused");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Kind::CertificateUntrusted:
        return QStringLiteral("certificate-untrusted");
    case Kind::CertificateChanged:
        return QStringLiteral("certificate-changed");
    case Kind::CertificateInvalid:
        return QStringLiteral("certificate-invalid");
    case Kind::MalformedReply:
        return QStringLiteral("malformed-reply");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
