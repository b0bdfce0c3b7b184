#pragma once

#include <QCoreApplication>
#include <QString>

// Why a request to the AEGIS server did not give what was asked, in terms an operator can act
// on. Each kind has its own message (message()); the server's own text is kept for 400s.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        BadCredentials, // the server refused the account or password
        SessionExpired, // a 401 that a fresh login could not cure
        TokenRefused, // logging in again worked, but the server refused the token it had just issued
        BadRequest, // 400: the server names the bad parameter
        NotFound, // 404
        ServerError, // 5xx (and an HTML error page)
        Timeout, // no progress for too long, or past the request's deadline
        Unreachable, // host not found, connection refused, no route
        ConnectionLost, // the connection closed or reset before the reply was complete
        CertificateUntrusted, // a certificate no CA vouches for: the operator may approve it
        CertificateChanged, // differs from the certificate the operator approved
        CertificateInvalid, // expired, for another host, or otherwise broken
        MalformedReply, // a reply that is not what the contract says (detail says what)
        Cancelled, // the caller gave up (shutdown, a newer request)
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, QString serverMessage = {}, QString detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    const QString &serverMessage() const { return m_serverMessage; }
    const QString &detail() const { return m_detail; }

    // One or two sentences for a banner or a message box, translated.
    QString message() const;
    // Whether a GET may be sent again (connection errors, timeouts, 502/503/504).
    bool isTransient() const;

    static QString kindName(Kind kind); // "timeout", "bad-request", ... for logs and the CLI

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_detail;
};
