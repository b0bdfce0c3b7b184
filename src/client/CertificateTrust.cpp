#include "client/CertificateTrust.h"

#include "client/ClientLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStringList>
#include <algorithm>

namespace {

constexpr int kHttpsPort = 443;

// "CN=..., O=..., C=..." of the subject or issuer, the parts a certificate actually has.
QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    static const struct
    {
        QSslCertificate::SubjectInfo info;
        QLatin1String label;
    } parts[] = {
        {QSslCertificate::CommonName, QLatin1String("CN")},
        {QSslCertificate::OrganizationalUnitName, QLatin1String("OU")},
        {QSslCertificate::Organization, QLatin1String("O")},
        {QSslCertificate::LocalityName, QLatin1String("L")},
        {QSslCertificate::StateOrProvinceName, QLatin1String("ST")},
        {QSslCertificate::CountryName, QLatin1String("C")},
    };
    QStringList out;
    for (const auto &part : parts) {
        const QStringList values = subject ? certificate.subjectInfo(part.info) : certificate.issuerInfo(part.info);
        for (const QString &value : values)
            out.append(part.label + QLatin1Char('=') + value);
    }
    return out.join(QStringLiteral(", "));
}

// Errors that only say "no authority I know vouches for this": the operator's approval (which
// makes the certificate its own authority) cures exactly these and nothing else.
bool isTrustError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QString describe(const QList<QSslError> &errors)
{
    QStringList words;
    for (const QSslError &error : errors) {
        const QString text = error.errorString();
        if (!words.contains(text))
            words.append(text);
    }
    return words.join(QStringLiteral("; "));
}

int portOf(const QUrl &url)
{
    return url.port(kHttpsPort);
}

} // namespace

QString CertificateInfo::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

CertificateInfo CertificateInfo::from(const QUrl &server, const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.host = server.host();
    info.port = portOf(server);
    info.certificate = certificate;
    if (certificate.isNull())
        return info;
    info.subject = distinguishedName(certificate, true);
    info.issuer = distinguishedName(certificate, false);
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    return info;
}

QString CertificateTrust::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/aegis-console/certificates");
}

CertificateTrust::CertificateTrust(QString directory)
    : m_directory(std::move(directory))
{
}

void CertificateTrust::prepare(QNetworkRequest &request) const
{
    const QUrl url = request.url();
    if (url.scheme() != u"https")
        return;
    QSslConfiguration tls = request.sslConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Only the approved certificate anchors the chain (setCaCertificates also stops the
    // on-demand loading of the system roots), so a different one fails verification.
    if (const std::optional<QSslCertificate> pinned = approved(url.host(), portOf(url))) {
        qCDebug(lcTls) << "pinned for" << url.host() << portOf(url) << CertificateInfo::from(url, *pinned).sha256Hex();
        tls.setCaCertificates({*pinned});
    }
    request.setSslConfiguration(tls);
}

CertificateTrust::Verdict CertificateTrust::judge(const QUrl &url, const QList<QSslError> &errors,
                                                  const QSslCertificate &peer) const
{
    QSslCertificate presented = peer;
    if (presented.isNull()) {
        // The errors carry certificates too; the first one is the closest to the peer.
        const auto withCertificate =
            std::find_if(errors.cbegin(), errors.cend(), [](const QSslError &e) { return !e.certificate().isNull(); });
        if (withCertificate != errors.cend())
            presented = withCertificate->certificate();
    }

    Verdict verdict;
    verdict.certificate = CertificateInfo::from(url, presented);
    verdict.detail = describe(errors);

    if (const std::optional<QSslCertificate> pinned = approved(url.host(), portOf(url))) {
        // Whatever else is wrong, another certificate than the approved one is the news.
        verdict.kind =
            !presented.isNull() && presented != *pinned ? ApiError::Kind::CertificateChanged : ApiError::Kind::CertificateInvalid;
        qCInfo(lcTls) << url.host() << portOf(url) << ApiError::kindName(verdict.kind) << "presented"
                      << verdict.certificate.sha256Hex() << "pinned" << CertificateInfo::from(url, *pinned).sha256Hex()
                      << verdict.detail;
        return verdict;
    }
    const bool onlyTrust = !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(), isTrustError);
    verdict.kind = onlyTrust && !presented.isNull() ? ApiError::Kind::CertificateUntrusted : ApiError::Kind::CertificateInvalid;
    qCInfo(lcTls) << url.host() << portOf(url) << ApiError::kindName(verdict.kind) << "presented"
                  << verdict.certificate.sha256Hex() << verdict.detail;
    return verdict;
}

bool CertificateTrust::approve(const CertificateInfo &certificate, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (certificate.certificate.isNull() || certificate.host.isEmpty())
        return fail(tr("There is no server certificate to trust."));
    if (!QDir().mkpath(m_directory))
        return fail(tr("Cannot create the folder %1 for trusted certificates.").arg(QDir::toNativeSeparators(m_directory)));

    const QString path = pathFor(certificate.host, certificate.port);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot save the trusted certificate to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(certificate.certificate.toPem());
    if (!file.commit())
        return fail(tr("Cannot save the trusted certificate to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    qCInfo(lcTls) << "approved" << certificate.host << certificate.port << certificate.sha256Hex();
    return true;
}

bool CertificateTrust::forget(const QString &host, int port, QString *error)
{
    QFile file(pathFor(host, port));
    if (!file.exists() || file.remove()) {
        qCInfo(lcTls) << "forgotten" << host << port;
        return true;
    }
    if (error)
        *error =
            tr("Cannot remove the trusted certificate %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

std::optional<QSslCertificate> CertificateTrust::approved(const QString &host, int port) const
{
    QFile file(pathFor(host, port));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Exactly one certificate, or none: a damaged file must not widen the trust.
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.size() != 1 || certificates.first().isNull())
        return std::nullopt;
    return certificates.first();
}

QString CertificateTrust::pathFor(const QString &host, int port) const
{
    // Percent-encoding keeps IPv6 colons and anything odd out of the file name; '_' is encoded
    // too, so "<host>_<port>" cannot be read two ways.
    const QByteArray safeHost = QUrl::toPercentEncoding(host.toLower(), {}, QByteArrayLiteral("_"));
    return QDir(m_directory)
        .filePath(QString::fromLatin1(safeHost) + QLatin1Char('_') + QString::number(port) + QStringLiteral(".pem"));
}
