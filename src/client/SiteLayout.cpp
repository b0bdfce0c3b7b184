// Building K's domains and devices are also written out in src/sim/SiteCatalog.cpp, on purpose:
// the emulator's copy is an independent oracle, so that tests of the client against the emulator
// do not check this layout against itself. tst_SiteLayoutAgreement keeps the two in step.

#include "client/SiteLayout.h"

SiteLayout SiteLayout::buildingK()
{
    SiteLayout site;
    site.domains = {{182, 0, QStringLiteral("工研院綠能所")},
                    {183, 182, QStringLiteral("台南")},
                    {186, 183, QStringLiteral("沙崙智慧綠能科學城")},
                    {187, 186, QStringLiteral("K館")}};
    const auto add = [&site](const QString &name, const QString &description, const char *category, const char *type,
                             const char *output) {
        site.devices.append(
            {name, description, QString::fromLatin1(category), QString::fromLatin1(type), QString::fromLatin1(output), 187});
    };
    for (const char *name : {"AA-70-2211-01-0078-938", "AA-70-2211-01-0217-874", "AA-70-2212-01-0028-070"})
        add(QString::fromLatin1(name), QStringLiteral("Pomcube"), "ess", "pomcube", "pomcube_data");
    for (int i = 1; i <= 3; ++i)
        add(QStringLiteral("HERMES_ESS%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("CyberPower"), "ess", "ess_hermes",
            "hermes_ess_data");
    for (int i = 1; i <= 2; ++i)
        add(QStringLiteral("HERMES_PV%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("太陽能逆變器"), "pv", "pv_inverter",
            "hermes_pv_inverter_data");
    for (int i = 1; i <= 2; ++i)
        add(QStringLiteral("HERMES_SP%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("光度計"), "sun_photometer",
            "sun_photometer_hermes", "hermes_sun_photometer_data");
    const char *circuits[] = {"Ma1", "Ma2", "Ma3", "Ba4", "Ba5", "Ba6", "Ba7", "Ba8", "Ba9"};
    for (int i = 1; i <= 10; ++i) {
        const QString description = i <= 9 ? QStringLiteral("電表 智慧電盤迴路:") + QString::fromLatin1(circuits[i - 1])
                                           : QStringLiteral("電表 K_Master (A棟電表)");
        add(QStringLiteral("HERMES_SM%1").arg(i, 6, 10, QLatin1Char('0')), description, "smart_meter", "smart_meter",
            "hermes_smartmeter_data");
    }
    return site;
}

const SiteLayout::Device *SiteLayout::device(const QString &name) const
{
    for (const Device &d : devices) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

QList<const SiteLayout::Device *> SiteLayout::devicesIn(int domainId) const
{
    QList<const Device *> out;
    for (const Device &d : devices) {
        if (d.domainId == domainId)
            out.append(&d);
    }
    return out;
}

QList<const SiteLayout::Device *> SiteLayout::devicesWithOutput(const QString &output) const
{
    QList<const Device *> out;
    for (const Device &d : devices) {
        if (d.output == output)
            out.append(&d);
    }
    return out;
}
