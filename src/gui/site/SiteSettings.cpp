#include "gui/site/SiteSettings.h"

#include "client/AegisClient.h"

namespace {

const QString kBaseUrl = QStringLiteral("server/baseUrl");
const QString kAccount = QStringLiteral("server/account");
const QString kRemember = QStringLiteral("server/rememberPassword");
const QString kOrganization = QStringLiteral("site/organizationId");
const QString kDomain = QStringLiteral("site/domainId");
const QString kScheduler = QStringLiteral("site/schedulerId");
const QString kRefresh = QStringLiteral("view/refreshSeconds");
const QString kLanguage = QStringLiteral("view/language");
const QString kMaxCharge = QStringLiteral("schedule/maxChargeW");
const QString kMaxDischarge = QStringLiteral("schedule/maxDischargeW");
const QString kSocMin = QStringLiteral("battery/socMinPercent");
const QString kSocMax = QStringLiteral("battery/socMaxPercent");
const QString kUnitLimit = QStringLiteral("battery/unitLimitW");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kRangePreset = QStringLiteral("window/rangePreset");
const QString kRangeFirst = QStringLiteral("window/rangeFirstDay");
const QString kRangeLast = QStringLiteral("window/rangeLastDay");
const QString kTariff = QStringLiteral("tariff/plan");
const QString kConnection = QStringLiteral("grid/connectionKw");
const QString kExportLimit = QStringLiteral("grid/exportLimitKw");
const QString kAvail = QStringLiteral("grid/availPercent");
const QString kOperatorUrl = QStringLiteral("grid/operatorUrl");
const QString kOperatorUser = QStringLiteral("grid/operatorUser");

} // namespace

SiteSettings::SiteSettings() = default;

SiteSettings::SiteSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{
}

QUrl SiteSettings::baseUrl() const
{
    const QUrl url(m_settings.value(kBaseUrl).toString());
    return url.isValid() && !url.isEmpty() ? url : AegisClient::vendorBaseUrl();
}

void SiteSettings::setBaseUrl(const QUrl &url)
{
    m_settings.setValue(kBaseUrl, url.toString());
}

QString SiteSettings::account() const
{
    return m_settings.value(kAccount).toString();
}

void SiteSettings::setAccount(const QString &account)
{
    m_settings.setValue(kAccount, account);
}

bool SiteSettings::rememberPassword() const
{
    return m_settings.value(kRemember, false).toBool();
}

void SiteSettings::setRememberPassword(bool on)
{
    m_settings.setValue(kRemember, on);
}

int SiteSettings::organizationId() const
{
    return m_settings.value(kOrganization, 0).toInt();
}

void SiteSettings::setOrganizationId(int id)
{
    m_settings.setValue(kOrganization, id);
}

int SiteSettings::domainId() const
{
    return m_settings.value(kDomain, 187).toInt();
}

void SiteSettings::setDomainId(int id)
{
    m_settings.setValue(kDomain, id);
}

int SiteSettings::schedulerId() const
{
    return m_settings.value(kScheduler, 4).toInt();
}

void SiteSettings::setSchedulerId(int id)
{
    m_settings.setValue(kScheduler, id);
}

int SiteSettings::refreshSeconds() const
{
    return std::max(0, m_settings.value(kRefresh, 0).toInt());
}

void SiteSettings::setRefreshSeconds(int seconds)
{
    m_settings.setValue(kRefresh, std::max(0, seconds));
}

QString SiteSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void SiteSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

ScheduleLimits SiteSettings::scheduleLimits() const
{
    ScheduleLimits limits;
    limits.maxChargeW = m_settings.value(kMaxCharge, limits.maxChargeW).toDouble();
    limits.maxDischargeW = m_settings.value(kMaxDischarge, limits.maxDischargeW).toDouble();
    return limits;
}

void SiteSettings::setScheduleLimits(const ScheduleLimits &limits)
{
    m_settings.setValue(kMaxCharge, limits.maxChargeW);
    m_settings.setValue(kMaxDischarge, limits.maxDischargeW);
}

BatteryLimits SiteSettings::batteryLimits() const
{
    BatteryLimits limits;
    limits.socMinPercent = m_settings.value(kSocMin, limits.socMinPercent).toDouble();
    limits.socMaxPercent = m_settings.value(kSocMax, limits.socMaxPercent).toDouble();
    limits.unitLimitW = m_settings.value(kUnitLimit, limits.unitLimitW).toDouble();
    return limits;
}

void SiteSettings::setBatteryLimits(const BatteryLimits &limits)
{
    m_settings.setValue(kSocMin, limits.socMinPercent);
    m_settings.setValue(kSocMax, limits.socMaxPercent);
    m_settings.setValue(kUnitLimit, limits.unitLimitW);
}

QString SiteSettings::tariffId() const
{
    return m_settings.value(kTariff, QStringLiteral("taipower-hv-three-period")).toString();
}

bool SiteSettings::hasChosenTariff() const
{
    return m_settings.contains(kTariff);
}

void SiteSettings::setTariffId(const QString &id)
{
    m_settings.setValue(kTariff, id);
}

GridLimits SiteSettings::gridLimits() const
{
    // An absent key is an unknown capacity or an unlimited export.
    GridLimits limits;
    if (m_settings.contains(kConnection))
        limits.connectionKw = m_settings.value(kConnection).toDouble();
    if (m_settings.contains(kExportLimit))
        limits.exportLimitKw = m_settings.value(kExportLimit).toDouble();
    limits.setAvail(m_settings.value(kAvail, 100.0).toDouble());
    return limits;
}

void SiteSettings::setGridLimits(const GridLimits &limits)
{
    if (limits.connectionKw)
        m_settings.setValue(kConnection, *limits.connectionKw);
    else
        m_settings.remove(kConnection);
    if (limits.exportLimitKw)
        m_settings.setValue(kExportLimit, *limits.exportLimitKw);
    else
        m_settings.remove(kExportLimit);
    m_settings.setValue(kAvail, limits.availPercent);
}

QUrl SiteSettings::gridOperatorUrl() const
{
    return QUrl(m_settings.value(kOperatorUrl).toString());
}

QString SiteSettings::gridOperatorUser() const
{
    return m_settings.value(kOperatorUser).toString();
}

void SiteSettings::setGridOperator(const QUrl &url, const QString &user)
{
    // Whatever the address held, no password is written with it.
    const QUrl bare = url.adjusted(QUrl::RemoveUserInfo);
    if (bare.isEmpty()) {
        m_settings.remove(kOperatorUrl);
        m_settings.remove(kOperatorUser);
        return;
    }
    m_settings.setValue(kOperatorUrl, bare.toString());
    m_settings.setValue(kOperatorUser, user);
}

void SiteSettings::sync()
{
    m_settings.sync();
}

WindowLayout SiteSettings::windowLayout() const
{
    WindowLayout layout;
    layout.geometry = m_settings.value(kGeometry).toByteArray();
    layout.state = m_settings.value(kState).toByteArray();
    layout.rangePreset = m_settings.value(kRangePreset, -1).toInt();
    layout.firstDay = QDate::fromString(m_settings.value(kRangeFirst).toString(), Qt::ISODate);
    layout.lastDay = QDate::fromString(m_settings.value(kRangeLast).toString(), Qt::ISODate);
    return layout;
}

void SiteSettings::setWindowLayout(const WindowLayout &layout)
{
    m_settings.setValue(kGeometry, layout.geometry);
    m_settings.setValue(kState, layout.state);
    m_settings.setValue(kRangePreset, layout.rangePreset);
    m_settings.setValue(kRangeFirst, layout.firstDay.toString(Qt::ISODate));
    m_settings.setValue(kRangeLast, layout.lastDay.toString(Qt::ISODate));
}
