#pragma once

#include "client/AegisClient.h"
#include "client/CertificateTrust.h"
#include "client/CfosClient.h"
#include "client/CredentialStore.h"
#include "client/MeterRoles.h"
#include "client/SchedulerApi.h"
#include "client/SiteScope.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimeZone>
#include <functional>
#include <memory>

class SiteSettings;
class ViewCache;
class QueryRunner;

// The app's connection to one AEGIS server: the network stack, the session, the saved
// password and the trusted certificate. Views get their data through queries() and
// scheduler(); they never see the network directly.
class SiteConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteConnection)

public:
    SiteConnection(SiteSettings &settings, ViewCache *cache, QObject *parent = nullptr);
    ~SiteConnection() override;

    AegisClient &client() { return *m_client; }
    SchedulerApi &scheduler() { return *m_scheduler; }
    QueryRunner &queries() { return *m_queries; }
    CredentialStore &credentials() { return m_credentials; }
    // The grid operator's cFos-compatible endpoint (docs/tariffs.md "The grid operator's endpoint").
    CfosClient &gridOperator() { return *m_gridOperator; }
    SiteSettings &settings() { return m_settings; }

    // The built-in demo site: a loopback emulator, refreshed every few seconds.
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }
    // The demo site's own cFos endpoint and grid connection, used while no endpoint is set.
    struct DemoGridOperator
    {
        QUrl url;
        QString user;
        QString password; // the emulator's default account, in memory only
        double connectionKw = 0;
    };
    void setDemoGridOperator(const DemoGridOperator &demo) { m_demoGridOperator = demo; }
    const DemoGridOperator &demoGridOperator() const { return m_demoGridOperator; }

    QUrl baseUrl() const { return m_client->baseUrl(); }
    void setBaseUrl(const QUrl &url);

    // The organization queries must name: the settings' override, else the login reply's.
    int organizationId() const;
    int domainId() const;
    SiteScope scope() const { return {organizationId(), domainId()}; }
    // Queries about this site: organization and domain already set.
    DomainQuery domainQuery() const { return scope().domainQuery(); }
    DeviceQuery deviceQuery() const { return scope().deviceQuery(); }
    int refreshSeconds() const;
    // The site's zone: the scheduler's `timezone` once a scheduler state was read, else SiteZone::fallback().
    QTimeZone siteZone() const { return m_zone; }
    // The smart meters' roles: building K's layout, then what the meters' Type readings say.
    const MeterRoles &meterRoles() const { return m_meterRoles; }
    void learnMeterType(const QString &device, const QString &type);

    using Done = std::function<void(const ApiError &)>;
    // Logs in; with `remember`, saves the password in the OS keychain (a failure to save is
    // reported through passwordNotSaved(), the session goes on).
    void logIn(const QString &account, const QString &password, bool remember, QObject *context, Done done);
    // Logs in with the password the keychain holds for this server and account. When the keychain
    // gives none (nothing saved, or it refused) the server is not asked: `keyring` says why and
    // `error` is no error.
    using SavedDone = std::function<void(const ApiError &error, const CredentialResult &keyring)>;
    void logInWithSavedPassword(const QString &account, QObject *context, SavedDone done);

signals:
    void loggedIn();
    void passwordNotSaved(const QString &reason);
    void siteZoneChanged(const QTimeZone &zone);
    void meterRolesChanged();

private:
    void learnZone(const SchedulerState &state);

    SiteSettings &m_settings;
    QNetworkAccessManager m_network;
    CertificateTrust m_trust;
    CredentialStore m_credentials;
    std::unique_ptr<AegisClient> m_client;
    std::unique_ptr<SchedulerApi> m_scheduler;
    std::unique_ptr<QueryRunner> m_queries;
    std::unique_ptr<CfosClient> m_gridOperator;
    bool m_demo = false;
    DemoGridOperator m_demoGridOperator;
    QTimeZone m_zone;
    MeterRoles m_meterRoles;
};
