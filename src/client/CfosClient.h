#pragma once

#include "client/ApiError.h"
#include "client/CertificateTrust.h"
#include "client/CfosVarsReply.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

// One reading of the grid operator's endpoint: its variables, or why there are none.
struct CfosReading
{
    Q_DECLARE_TR_FUNCTIONS(CfosReading)

public:
    ApiError error;
    CfosVarsReply vars;
    QDateTime fetchedAt; // UTC, when the reply arrived

    bool ok() const { return !error.isError(); }
    // For the operator, naming the grid operator's endpoint rather than the AEGIS server.
    QString message() const;
};

// Reads AVAIL and TARIF from a cFos-compatible endpoint (`GET <url>/cnf?cmd=get_cm_vars`, HTTP
// basic auth; docs/tariffs.md "The grid operator's endpoint"). One request at a time, each
// with one deadline and a size bound; TLS is verified, a self-signed certificate only through
// the operator's approval (CertificateTrust), never ignored; redirects are not followed. The
// password lives in memory only and is never logged.
class CfosClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CfosClient)

public:
    struct Settings
    {
        std::chrono::milliseconds deadline{10'000}; // the whole request, connection included
        qint64 maxReplyBytes = CfosVarsReply::kMaxBytes;
    };
    using Callback = std::function<void(const CfosReading &)>;

    // `trust` may be null: then only CA-signed certificates are accepted.
    CfosClient(QNetworkAccessManager *network, CertificateTrust *trust, QObject *parent = nullptr);
    ~CfosClient() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // The endpoint's address (its root, or the /cnf route itself) and account. An empty URL: none.
    void setEndpoint(const QUrl &url, const QString &user, const QString &password);
    QUrl endpoint() const { return m_url; }
    QString user() const { return m_user; }
    bool hasEndpoint() const { return m_url.isValid() && !m_url.isEmpty(); }
    // Where get_cm_vars is asked: the root's /cnf, with ?cmd=get_cm_vars.
    static QUrl variablesUrl(const QUrl &endpoint);
    // Why an address cannot be an endpoint (not http/https, no host, credentials in it); empty when it can.
    static QString problem(const QUrl &endpoint);

    // Reads the variables once; `done` runs in the thread of `context` (not at all once it is
    // gone). A read while another is under way is refused at once (the endpoint is slow).
    void read(QObject *context, Callback done);
    bool isBusy() const { return m_reply != nullptr; }
    void cancel();

signals:
    // The endpoint's certificate is self-signed or unknown; `aegis-cli trust` approves it.
    void certificateNeedsApproval(const CertificateInfo &certificate);

private:
    void finish(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    CertificateTrust *m_trust;
    Settings m_settings;
    QUrl m_url;
    QString m_user;
    QString m_password;
    QPointer<QNetworkReply> m_reply;
    QPointer<QObject> m_context;
    Callback m_done;
    QByteArray m_received;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peer;
    bool m_pastDeadline = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
};
