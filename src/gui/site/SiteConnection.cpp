#include "gui/site/SiteConnection.h"

#include "core/SiteZone.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteSettings.h"

#include <QPointer>

SiteConnection::SiteConnection(SiteSettings &settings, ViewCache *cache, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_trust(CertificateTrust::defaultDirectory())
    , m_zone(SiteZone::fallback())
{
    AegisClient::Settings clientSettings;
    clientSettings.baseUrl = settings.baseUrl();
    m_client = std::make_unique<AegisClient>(&m_network, clientSettings, &m_trust);
    m_scheduler = std::make_unique<SchedulerApi>(*m_client, settings.schedulerId());
    m_scheduler->setStateObserver([self = QPointer<SiteConnection>(this)](const SchedulerState &state) {
        if (self)
            self->learnZone(state);
    });
    m_queries = std::make_unique<QueryRunner>(*m_client, cache);
    m_gridOperator = std::make_unique<CfosClient>(&m_network, &m_trust);
}

SiteConnection::~SiteConnection()
{
    m_gridOperator->cancel();
    m_client->cancelAll();
}

void SiteConnection::setBaseUrl(const QUrl &url)
{
    m_client->setBaseUrl(url);
    // Another server is another site: its scheduler says its zone again.
    if (m_zone != SiteZone::fallback()) {
        m_zone = SiteZone::fallback();
        emit siteZoneChanged(m_zone);
    }
}

int SiteConnection::organizationId() const
{
    const int configured = m_settings.organizationId();
    return configured > 0 ? configured : m_client->session().organizationId;
}

int SiteConnection::domainId() const
{
    return m_settings.domainId();
}

int SiteConnection::refreshSeconds() const
{
    const int configured = m_settings.refreshSeconds();
    return configured > 0 ? configured : SiteSettings::defaultRefreshSeconds(m_demo);
}

void SiteConnection::learnZone(const SchedulerState &state)
{
    const QTimeZone zone = SiteZone::fromId(state.timezone);
    if (zone == m_zone)
        return;
    m_zone = zone;
    emit siteZoneChanged(zone);
}

void SiteConnection::logIn(const QString &account, const QString &password, bool remember, QObject *context, Done done)
{
    m_client->login(account, password, context, [this, account, password, remember, done = std::move(done)](const ApiResult &r) {
        if (r.ok()) {
            if (remember && !m_demo) {
                m_credentials.save(m_client->baseUrl(), account, password, this, [this](const CredentialResult &saved) {
                    if (!saved.ok())
                        emit passwordNotSaved(saved.error);
                });
            }
            emit loggedIn();
        }
        done(r.error);
    });
}

void SiteConnection::logInWithSavedPassword(const QString &account, QObject *context, SavedDone done)
{
    m_credentials.load(
        m_client->baseUrl(), account, context, [this, account, context, done = std::move(done)](const CredentialResult &r) {
            if (!r.ok()) {
                done(ApiError(), r);
                return;
            }
            CredentialResult found = r;
            found.password.clear(); // handed to the login only
            logIn(account, r.password, false, context, [done, found](const ApiError &error) { done(error, found); });
        });
}

void SiteConnection::learnMeterType(const QString &device, const QString &type)
{
    if (m_meterRoles.learnType(device, type))
        emit meterRolesChanged();
}
