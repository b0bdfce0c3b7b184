#include "client/CfosClient.h"

#include "client/ClientLogging.h"
#include "client/NetworkFailure.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

QString CfosReading::message() const
{
    const QString detail = error.detail().isEmpty() ? QString() : QLatin1Char(' ') + tr("(%1)").arg(error.detail());
    switch (error.kind()) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::BadCredentials:
        return tr("The grid operator's endpoint did not accept the user or password (HTTP %1). Check them in Tools → "
                  "Tariff and grid.")
            .arg(error.httpStatus());
    case ApiError::Kind::Timeout:
        return tr("The grid operator's endpoint did not answer in time.") + detail;
    case ApiError::Kind::Unreachable:
        return tr("The grid operator's endpoint cannot be reached.") + detail;
    case ApiError::Kind::ConnectionLost:
        return tr("The connection to the grid operator's endpoint broke off.") + detail;
    case ApiError::Kind::MalformedReply:
        return tr("The grid operator's endpoint sent a reply that cannot be read.") + detail;
    case ApiError::Kind::NotFound:
        return tr("The grid operator's endpoint has no cFos variables at this address (HTTP 404). Check the URL in "
                  "Tools → Tariff and grid.");
    default:
        return tr("Grid operator's endpoint: %1").arg(error.message());
    }
}

CfosClient::CfosClient(QNetworkAccessManager *network, CertificateTrust *trust, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_trust(trust)
{
}

CfosClient::~CfosClient()
{
    m_done = nullptr;
    cancel();
}

void CfosClient::setEndpoint(const QUrl &url, const QString &user, const QString &password)
{
    cancel();
    m_url = url;
    m_user = user;
    m_password = password;
}

QUrl CfosClient::variablesUrl(const QUrl &endpoint)
{
    QUrl url = endpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    if (!url.path().endsWith(u"/cnf"))
        url.setPath(url.path() + QStringLiteral("/cnf"));
    url.setQuery(QStringLiteral("cmd=get_cm_vars"));
    return url;
}

QString CfosClient::problem(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return tr("The address of the grid operator's endpoint needs a host, e.g. http://192.168.2.10.");
    if (endpoint.scheme() != u"http" && endpoint.scheme() != u"https")
        return tr("The address of the grid operator's endpoint must start with http:// or https://.");
    if (!endpoint.userInfo().isEmpty())
        return tr("Give the user and password in their own fields, not in the address.");
    return {};
}

void CfosClient::read(QObject *context, Callback done)
{
    if (m_reply) {
        CfosReading busy;
        busy.error = ApiError(ApiError::Kind::Cancelled);
        if (done)
            QMetaObject::invokeMethod(
                context ? context : this, [done, busy] { done(busy); }, Qt::QueuedConnection);
        return;
    }
    m_context = context;
    m_done = std::move(done);
    m_received.clear();
    m_sslErrors.clear();
    m_peer = QSslCertificate();
    m_pastDeadline = m_tooLarge = m_cancelled = false;

    const QUrl url = variablesUrl(m_url);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    // A redirect would carry the account to another address: it is an error, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_trust && url.scheme() == u"https")
        m_trust->prepare(request);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer);
    connect(deadline, &QTimer::timeout, reply, [this, reply] {
        m_pastDeadline = true;
        reply->abort();
    });
    deadline->start(m_settings.deadline);
    // Read as it arrives, so an endless reply stops at the bound instead of filling the memory;
    // Qt's network thread holds no more than the bound before this thread has read it.
    const qint64 limit = m_settings.maxReplyBytes;
    reply->setReadBufferSize(limit + 1);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, limit] {
        if (m_tooLarge || m_reply != reply)
            return;
        if (reply->bytesAvailable() > limit - m_received.size()) {
            m_tooLarge = true;
            reply->abort();
            return;
        }
        m_received += reply->readAll();
    });
    // A Content-Length over the bound ends it before the body.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, limit] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > limit && !m_tooLarge && m_reply == reply) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        m_peer = reply->sslConfiguration().peerCertificate();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void CfosClient::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void CfosClient::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply != reply)
        return;
    m_reply = nullptr;

    CfosReading reading;
    reading.fetchedAt = QDateTime::currentDateTimeUtc();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = std::exchange(m_received, {});
    if (reply->isOpen() && !m_tooLarge) {
        if (reply->bytesAvailable() > m_settings.maxReplyBytes - body.size())
            m_tooLarge = true;
        else
            body += reply->readAll();
    }
    if (m_cancelled) {
        reading.error = ApiError(ApiError::Kind::Cancelled);
    } else if (m_pastDeadline) {
        reading.error = ApiError(ApiError::Kind::Timeout, status, {},
                                 tr("no reply within %1 s").arg(double(m_settings.deadline.count()) / 1000.0));
    } else if (m_tooLarge) {
        reading.error = ApiError(ApiError::Kind::MalformedReply, status, {},
                                 tr("the reply is larger than %1 KB").arg(m_settings.maxReplyBytes / 1024));
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        if (!m_trust) {
            reading.error = ApiError(ApiError::Kind::CertificateInvalid, 0, {}, reply->errorString());
        } else {
            const CertificateTrust::Verdict verdict = m_trust->judge(reply->url(), m_sslErrors, m_peer);
            if (verdict.kind == ApiError::Kind::CertificateUntrusted)
                emit certificateNeedsApproval(verdict.certificate);
            reading.error = ApiError(verdict.kind, 0, {}, verdict.detail);
        }
    } else if (status == 401 || status == 403) {
        reading.error = ApiError(ApiError::Kind::BadCredentials, status);
    } else if (status == 404) {
        reading.error = ApiError(ApiError::Kind::NotFound, status);
    } else if (status >= 500) {
        reading.error = ApiError(ApiError::Kind::ServerError, status);
    } else if (status >= 400) {
        reading.error = ApiError(ApiError::Kind::BadRequest, status, QString::fromUtf8(body.left(300)).trimmed());
    } else if (reply->error() != QNetworkReply::NoError) {
        reading.error = NetworkFailure::error(reply->error(), reply->errorString());
    } else if (status >= 300) {
        reading.error =
            ApiError(ApiError::Kind::MalformedReply, status, {}, tr("a redirect (HTTP %1), which is not followed").arg(status));
    } else {
        const Result<CfosVarsReply> vars = CfosVarsReply::decode(body);
        if (vars)
            reading.vars = *vars;
        else
            reading.error = ApiError(ApiError::Kind::MalformedReply, status, {}, vars.error());
    }
    // The host and the outcome only: the account stays out of the log.
    qCDebug(lcHttp).nospace() << "GET " << reply->url().host() << "/cnf?cmd=get_cm_vars -> " << status << " "
                              << (reading.ok() ? "ok" : qPrintable(ApiError::kindName(reading.error.kind())));
    Callback done = std::exchange(m_done, nullptr);
    QObject *target = m_context.data();
    if (!done || !target)
        return;
    QMetaObject::invokeMethod(
        target, [done = std::move(done), reading = std::move(reading)] { done(reading); }, Qt::QueuedConnection);
}
