#pragma once

#include "core/GridLimits.h"
#include "core/ScheduleRules.h"

#include <QDate>
#include <QSettings>
#include <QString>
#include <QUrl>

// The site battery as the AEGIS API does not report it: what the SOC projection and the
// per-unit share need (defaults: building K's Pomcube units).
struct BatteryLimits
{
    double socMinPercent = 10.0;
    double socMaxPercent = 95.0;
    double unitLimitW = 10000.0; // one Pomcube unit's power, charge or discharge

    friend bool operator==(const BatteryLimits &, const BatteryLimits &) = default;
};

// How the main window was left, to open it the same way at the next start.
struct WindowLayout
{
    QByteArray geometry; // QWidget::saveGeometry
    QByteArray state; // QMainWindow::saveState: the site tree's dock
    int rangePreset = -1; // TimeRange::Preset; -1: none saved
    QDate firstDay; // a custom range's days, in the site's zone
    QDate lastDay;
};

// What the operator configures (settings dialog, login dialog), kept with QSettings. Passwords
// are never here: they live in the OS keychain (CredentialStore).
class SiteSettings final
{
public:
    SiteSettings(); // the application's settings
    explicit SiteSettings(const QString &iniPath); // a given file (tests)
    Q_DISABLE_COPY_MOVE(SiteSettings)

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    QString account() const;
    void setAccount(const QString &account);
    bool rememberPassword() const;
    void setRememberPassword(bool on);

    int organizationId() const; // 0: take it from the login reply
    void setOrganizationId(int id);
    int domainId() const; // building K: 187
    void setDomainId(int id);
    int schedulerId() const; // building K: 4
    void setSchedulerId(int id);

    // Auto-refresh period in seconds: 0 = the default (5 s in demo mode, 60 s on a real server).
    int refreshSeconds() const;
    void setRefreshSeconds(int seconds);
    static int defaultRefreshSeconds(bool demo) { return demo ? 5 : 60; }

    // "" = follow the system; else "en" or "zh_TW".
    QString language() const;
    void setLanguage(const QString &language);

    ScheduleLimits scheduleLimits() const;
    void setScheduleLimits(const ScheduleLimits &limits);
    BatteryLimits batteryLimits() const;
    void setBatteryLimits(const BatteryLimits &limits);

    WindowLayout windowLayout() const;
    void setWindowLayout(const WindowLayout &layout);
    // The tariff plan costs are priced by (a TariffLibrary id) and what the grid connection
    // allows (Settings → Tariff and grid; docs/tariffs.md).
    QString tariffId() const;
    void setTariffId(const QString &id);
    // Whether the operator has chosen a plan (tariffId() otherwise names the default): what the
    // site paid is priced only by a chosen plan.
    bool hasChosenTariff() const;
    GridLimits gridLimits() const;
    void setGridLimits(const GridLimits &limits);
    // The grid operator's cFos-compatible endpoint AVAIL and TARIF are read from (empty: none)
    // and its user; the password is in the keychain under this URL and user, never here.
    QUrl gridOperatorUrl() const;
    QString gridOperatorUser() const;
    void setGridOperator(const QUrl &url, const QString &user);

    void sync();

private:
    QSettings m_settings;
};
