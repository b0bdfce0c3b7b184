#include "cli/CliSession.h"

#include "cli/AegisCli.h"
#include "cli/CliExit.h"
#include "cli/CliOutput.h"
#include "cli/CliTerminal.h"
#include "client/CertificateTrust.h"

#include <QStandardPaths>
#include <algorithm>

namespace {

AegisClient::Settings clientSettings(const CliSettings &cli)
{
    AegisClient::Settings s;
    s.baseUrl = cli.baseUrl;
    s.deadline = cli.timeout;
    s.inactivityTimeout = std::min(s.inactivityTimeout, cli.timeout);
    return s;
}

} // namespace

CliSession::CliSession(const CliSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_trust(certificateDirectory())
    , m_client(&m_network, clientSettings(settings), &m_trust, this)
{
    m_client.setMaxReplyBytes(settings.maxReplyBytes);
    connect(&m_client, &AegisClient::certificateNeedsApproval, this,
            [this](const CertificateInfo &certificate) { m_unapproved = certificate; });
}

CliSession::~CliSession()
{
    m_password.fill(QLatin1Char('\0'));
}

QString CliSession::certificateDirectory()
{
    return CertificateTrust::defaultDirectory();
}

void CliSession::login(Done done)
{
    // The environment first: it is what a script sets on purpose.
    if (const QString fromEnvironment = qEnvironmentVariable("AEGIS_PASSWORD"); !fromEnvironment.isEmpty())
        return logInWith(fromEnvironment, std::move(done));
    if (!m_settings.useKeychain)
        return askOrGiveUp({}, std::move(done));
    m_credentials.load(m_settings.baseUrl, m_settings.user, this, [this, done = std::move(done)](const CredentialResult &r) {
        if (r.ok())
            return logInWith(r.password, done);
        askOrGiveUp(r.status == CredentialResult::Status::Failed ? r.error : QString(), done);
    });
}

void CliSession::askOrGiveUp(const QString &keyringProblem, Done done)
{
    if (CliTerminal::stdinIsTerminal()) {
        const std::optional<QString> typed = CliTerminal::readPassword(
            AegisCli::tr("Password for %1 on %2: ").arg(m_settings.user, m_settings.baseUrl.toDisplayString()));
        if (typed && !typed->isEmpty())
            return logInWith(*typed, std::move(done));
    }
    QString message = AegisCli::tr("no password for %1 on %2: set AEGIS_PASSWORD, save one with aegis-cli login "
                                   "--remember, or run on a terminal to be asked for it")
                          .arg(m_settings.user, m_settings.baseUrl.toDisplayString());
    if (!keyringProblem.isEmpty())
        message += QLatin1Char('\n') + AegisCli::tr("(keyring: %1)").arg(keyringProblem);
    CliTerminal::printError(message);
    done(CliExit::Authentication);
}

void CliSession::logInWith(const QString &password, Done done)
{
    m_password = password;
    m_unapproved.reset();
    m_client.login(m_settings.user, password, this, [this, done = std::move(done)](const ApiResult &r) {
        if (r.ok())
            return done(CliExit::Ok);
        CliTerminal::printError(r.error.message());
        if (r.error.kind() == ApiError::Kind::CertificateUntrusted && m_unapproved) {
            CliTerminal::printText(CliOutput::describeCertificate(*m_unapproved));
            CliTerminal::printText(
                AegisCli::tr("Compare this fingerprint with the one your administrator gave you. If they match, approve "
                             "the certificate with:\n  aegis-cli trust --url %1 --fingerprint %2")
                    .arg(m_settings.baseUrl.toString(), m_unapproved->sha256Hex()));
        }
        done(CliExit::forError(r.error));
    });
}

void CliSession::rememberPassword(Done done)
{
    m_credentials.save(m_settings.baseUrl, m_settings.user, m_password, this,
                       [this, done = std::move(done)](const CredentialResult &r) {
                           if (!r.ok()) {
                               CliTerminal::printError(r.error);
                               return done(CliExit::Failure);
                           }
                           CliTerminal::printText(AegisCli::tr("The password of %1 on %2 is saved in the keyring.")
                                                      .arg(m_settings.user, m_settings.baseUrl.toDisplayString()));
                           done(CliExit::Ok);
                       });
}
