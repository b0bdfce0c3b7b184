#pragma once

#include "client/ApiError.h"
#include "core/Tariff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <optional>

class SiteConnection;
struct CfosReading;

// What the grid operator's endpoint said last (docs/tariffs.md "The grid operator's endpoint").
struct GridOperatorState
{
    Q_DECLARE_TR_FUNCTIONS(GridOperatorState)

public:
    enum class Source {
        None, // no endpoint is set: the settings' AVAIL and the calendar apply
        Settings, // the endpoint of Tools → Tariff and grid
        Demo, // the demo site's own, while no endpoint is set
    };
    Source source = Source::None;
    QUrl url;
    std::optional<double> availPercent; // none: the grid operator set no AVAIL (full capacity)
    std::optional<TariffFlag> tariffFlag; // none: no TARIF (the calendar)
    QDateTime fetchedAt; // the last reading that arrived (UTC); invalid: none yet
    // Why the last read failed, kept as its cause so that it reads in the language of the
    // moment (both empty after a success): the read's error, or the keyring's own words.
    ApiError readError;
    QString keyringError;

    // For the operator; empty after a success.
    QString error() const;

    bool hasReading() const { return fetchedAt.isValid(); }
};

// Polls the grid operator's endpoint on the main window's refresh, like the other data: its
// address and user from the settings and its password from the keychain (read once per
// address and user), or in the demo the demo site's own. A failed read keeps the last reading,
// which then ages into stale.
class GridOperatorFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridOperatorFeed)

public:
    explicit GridOperatorFeed(SiteConnection &connection, QObject *parent = nullptr);

    const GridOperatorState &state() const { return m_state; }
    void refresh();
    // The endpoint, user or password changed in the settings: read them again.
    void endpointChanged();

signals:
    void updated(const GridOperatorState &state);

private:
    void read(const QString &password);
    void apply(const CfosReading &reading);

    SiteConnection &m_connection;
    GridOperatorState m_state;
    QString m_user;
    std::optional<QString> m_password; // from the keychain, for m_state.url and m_user
    bool m_loadingPassword = false;
    quint64 m_generation = 0; // grows with each change of endpoint: late answers are dropped
};
