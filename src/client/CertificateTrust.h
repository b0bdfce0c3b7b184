#pragma once

#include "client/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <optional>

// What an operator sees before approving a server's own (self-signed) certificate.
struct CertificateInfo
{
    QString host;
    int port = 443;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // raw digest of the DER certificate
    QSslCertificate certificate;

    QString sha256Hex() const; // "AB:CD:..." as browsers show it
    static CertificateInfo from(const QUrl &server, const QSslCertificate &certificate);
};

// The explicit, fingerprint-pinned exception for a self-signed server certificate
// (docs/architecture.md "Security"). Verification stays on: an approved certificate is saved and then
// trusted alone, through the CA list of requests to that host and port; nothing is ever
// ignored. A different certificate later is a hard failure of its own.
class CertificateTrust
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTrust)

public:
    // `directory` holds one PEM file per approved server (created on first approval).
    explicit CertificateTrust(QString directory);
    // Shared by aegis-console and aegis-cli, so a certificate approved in one is trusted by both.
    static QString defaultDirectory();

    // Makes `request` (to `url`) trust exactly the approved certificate of that server, if any.
    void prepare(QNetworkRequest &request) const;

    struct Verdict
    {
        ApiError::Kind kind = ApiError::Kind::CertificateInvalid;
        CertificateInfo certificate;
        QString detail; // the TLS errors in words
    };
    // What the TLS errors of a failed handshake mean for this server.
    Verdict judge(const QUrl &url, const QList<QSslError> &errors, const QSslCertificate &peer) const;

    // Saves the certificate (QSaveFile) as the one to trust for its host and port.
    // A QNetworkAccessManager keeps the TLS setup of its first connection to a host and port
    // (Qt caches connections by scheme, host and port only): after approve() or forget(), call
    // clearConnectionCache() on each manager that used prepare(), or the change (a forgotten
    // certificate included) does not reach it.
    bool approve(const CertificateInfo &certificate, QString *error);
    bool forget(const QString &host, int port, QString *error);
    std::optional<QSslCertificate> approved(const QString &host, int port) const;

private:
    QString pathFor(const QString &host, int port) const;
    QString m_directory;
};
