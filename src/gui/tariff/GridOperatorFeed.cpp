#include "gui/tariff/GridOperatorFeed.h"

#include "client/CfosClient.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"

QString GridOperatorState::error() const
{
    if (!keyringError.isEmpty())
        return tr("The system keyring did not give the password of the grid operator's endpoint: %1").arg(keyringError);
    CfosReading failed;
    failed.error = readError;
    return failed.message();
}

GridOperatorFeed::GridOperatorFeed(SiteConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void GridOperatorFeed::endpointChanged()
{
    ++m_generation;
    m_password.reset();
    m_loadingPassword = false;
    m_state = {};
    m_connection.gridOperator().setEndpoint({}, {}, {});
    refresh();
}

void GridOperatorFeed::refresh()
{
    const SiteSettings &settings = m_connection.settings();
    const SiteConnection::DemoGridOperator &demo = m_connection.demoGridOperator();
    GridOperatorState::Source source = GridOperatorState::Source::None;
    QUrl url = settings.gridOperatorUrl();
    QString user = settings.gridOperatorUser();
    if (!url.isEmpty()) {
        source = GridOperatorState::Source::Settings;
    } else if (m_connection.isDemo() && demo.url.isValid() && !demo.url.isEmpty()) {
        source = GridOperatorState::Source::Demo;
        url = demo.url;
        user = demo.user;
    }
    if (source != m_state.source || url != m_state.url || user != m_user) {
        ++m_generation;
        m_state = {};
        m_state.source = source;
        m_state.url = url;
        m_user = user;
        m_password.reset();
        m_loadingPassword = false;
        m_connection.gridOperator().setEndpoint({}, {}, {});
    }
    if (source == GridOperatorState::Source::None) {
        emit updated(m_state);
        return;
    }
    if (source == GridOperatorState::Source::Demo) {
        read(demo.password);
        return;
    }
    if (m_password) {
        read(*m_password);
        return;
    }
    if (m_loadingPassword)
        return;
    m_loadingPassword = true;
    const quint64 generation = m_generation;
    m_connection.credentials().load(url, user, this, [this, generation](const CredentialResult &keyring) {
        if (generation != m_generation)
            return;
        m_loadingPassword = false;
        if (keyring.status == CredentialResult::Status::Failed) {
            m_state.readError = ApiError();
            m_state.keyringError = keyring.error;
            emit updated(m_state);
            return;
        }
        // Nothing saved: an endpoint without a password is asked as it is; a 401 says what to do.
        m_password = keyring.ok() ? keyring.password : QString();
        read(*m_password);
    });
}

void GridOperatorFeed::read(const QString &password)
{
    CfosClient &client = m_connection.gridOperator();
    if (client.isBusy())
        return; // a slow endpoint is not asked twice at once; its deadline ends the first read
    if (client.endpoint() != m_state.url || client.user() != m_user)
        client.setEndpoint(m_state.url, m_user, password);
    const quint64 generation = m_generation;
    client.read(this, [this, generation](const CfosReading &reading) {
        if (generation == m_generation)
            apply(reading);
    });
}

void GridOperatorFeed::apply(const CfosReading &reading)
{
    if (reading.error.kind() == ApiError::Kind::Cancelled)
        return;
    m_state.keyringError.clear();
    if (!reading.ok()) {
        m_state.readError = reading.error;
    } else {
        m_state.readError = ApiError();
        m_state.availPercent = reading.vars.availPercent;
        m_state.tariffFlag = reading.vars.tariffFlag;
        m_state.fetchedAt = reading.fetchedAt;
    }
    emit updated(m_state);
}
