#pragma once

#include "cli/CliOptions.h"
#include "client/AegisClient.h"
#include "client/CertificateTrust.h"
#include "client/CredentialStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <functional>
#include <optional>

// The logged-in connection of one aegis-cli run: finds the password, logs in, and explains
// a certificate the operator has not approved yet. The password never reaches the output.
class CliSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSession)

public:
    // Gets the exit code: CliExit::Ok when logged in, else the message has been printed.
    using Done = std::function<void(int exitCode)>;

    explicit CliSession(const CliSettings &settings, QObject *parent = nullptr);
    ~CliSession() override;

    // Where approved server certificates are kept (QStandardPaths::AppDataLocation/certificates).
    static QString certificateDirectory();

    AegisClient &client() { return m_client; }
    CertificateTrust &trust() { return m_trust; }
    const CredentialStore &credentials() const { return m_credentials; }

    // The password from AEGIS_PASSWORD, else the keyring, else a prompt on the terminal; then login.
    void login(Done done);
    // After login: saves the password that worked in the keyring (login --remember).
    void rememberPassword(Done done);

private:
    void logInWith(const QString &password, Done done);
    void askOrGiveUp(const QString &keyringProblem, Done done);

    CliSettings m_settings;
    QNetworkAccessManager m_network;
    CertificateTrust m_trust;
    AegisClient m_client;
    CredentialStore m_credentials;
    QString m_password; // kept for --remember only
    std::optional<CertificateInfo> m_unapproved; // the certificate of the last handshake, if refused
};
