#pragma once

#include "client/CertificateTrust.h"

#include <QList>
#include <QObject>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>

// `aegis-cli trust`: one TLS handshake with the server (no HTTP request), and the server's
// certificate saved as trusted only when its SHA-256 fingerprint is the one the operator gave.
class CliTrust final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliTrust)

public:
    using Done = std::function<void(int exitCode)>;

    CliTrust(const QUrl &url, const QString &fingerprint, CertificateTrust &trust, std::chrono::milliseconds timeout,
             QObject *parent = nullptr);

    // "AB:CD:..." or "abcd..." as 64 upper-case hex digits; empty when it is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString &text);

    void run(Done done);

private:
    void onHandshakeRefused();
    void finish(int exitCode);

    QUrl m_url;
    QString m_fingerprint;
    CertificateTrust &m_trust;
    QSslSocket m_socket;
    QTimer m_timeout;
    QList<QSslError> m_errors;
    Done m_done;
};
