#include "cli/CliTrust.h"

#include "cli/AegisCli.h"
#include "cli/CliExit.h"
#include "cli/CliOutput.h"
#include "cli/CliTerminal.h"

#include <QRegularExpression>
#include <QSslConfiguration>

namespace {

constexpr int kHttpsPort = 443;

} // namespace

CliTrust::CliTrust(const QUrl &url, const QString &fingerprint, CertificateTrust &trust, std::chrono::milliseconds timeout,
                   QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_fingerprint(normalizeFingerprint(fingerprint))
    , m_trust(trust)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
}

QString CliTrust::normalizeFingerprint(const QString &text)
{
    QString hex = text.toUpper();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-F]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

void CliTrust::run(Done done)
{
    m_done = std::move(done);
    // The same verification as every request (CertificateTrust::prepare): the approved
    // certificate alone when there is one, else the system's authorities.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (const std::optional<QSslCertificate> pinned = m_trust.approved(m_url.host(), m_url.port(kHttpsPort)))
        tls.setCaCertificates({*pinned});
    m_socket.setSslConfiguration(tls);

    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_errors = errors; });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        CliTerminal::printText(
            AegisCli::tr("The certificate of %1 is trusted already; nothing was changed.").arg(m_url.toDisplayString()));
        finish(CliExit::Ok);
    });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError && !m_errors.isEmpty())
            return onHandshakeRefused();
        CliTerminal::printError(AegisCli::tr("cannot reach %1: %2").arg(m_url.toDisplayString(), m_socket.errorString()));
        finish(CliExit::Network);
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        CliTerminal::printError(AegisCli::tr("%1 did not complete a TLS handshake in time").arg(m_url.toDisplayString()));
        finish(CliExit::Network);
    });
    m_timeout.start();
    m_socket.connectToHostEncrypted(m_url.host(), quint16(m_url.port(kHttpsPort)));
}

void CliTrust::onHandshakeRefused()
{
    const CertificateTrust::Verdict verdict = m_trust.judge(m_url, m_errors, m_socket.peerCertificate());
    const CertificateInfo &certificate = verdict.certificate;
    const bool replaces = verdict.kind == ApiError::Kind::CertificateChanged;
    if (verdict.kind != ApiError::Kind::CertificateUntrusted && !replaces) {
        // Expired, for another host, broken: approval cannot cure these.
        CliTerminal::printError(AegisCli::tr("the certificate of %1 is not valid, and approving it would not help: %2")
                                    .arg(m_url.toDisplayString(), verdict.detail));
        if (!certificate.certificate.isNull())
            CliTerminal::printText(CliOutput::describeCertificate(certificate));
        return finish(CliExit::Certificate);
    }
    if (certificate.sha256Hex().remove(QLatin1Char(':')) != m_fingerprint) {
        CliTerminal::printError(AegisCli::tr("the server's certificate does not have the fingerprint you gave; nothing "
                                             "was saved. The server shows:"));
        CliTerminal::printText(CliOutput::describeCertificate(certificate));
        return finish(CliExit::Certificate);
    }
    QString error;
    if (!m_trust.approve(certificate, &error)) {
        CliTerminal::printError(error);
        return finish(CliExit::Failure);
    }
    CliTerminal::printText(
        replaces ? AegisCli::tr("The new certificate of %1:%2 replaces the one approved before:")
                       .arg(certificate.host)
                       .arg(certificate.port)
                 : AegisCli::tr("The certificate of %1:%2 is now trusted:").arg(certificate.host).arg(certificate.port));
    CliTerminal::printText(CliOutput::describeCertificate(certificate));
    finish(CliExit::Ok);
}

void CliTrust::finish(int exitCode)
{
    m_timeout.stop();
    m_socket.disconnect(this);
    m_socket.abort();
    if (Done done = std::exchange(m_done, {}))
        done(exitCode);
}
