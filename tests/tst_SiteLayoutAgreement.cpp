// Building K is written out twice on purpose: the client's SiteLayout and the emulator's
// SiteCatalog, an independent oracle. They must agree on every domain and every device, so that
// a change to one without the other fails here rather than in a test against the emulator.

#include "client/SiteLayout.h"
#include "sim/SiteCatalog.h"

#include <QtTest>

namespace {

// Everything the two copies disagree on, one line each; empty when they agree.
QStringList differences(const SiteLayout &client, const QList<SiteCatalog::Domain> &simDomains,
                        const QList<SiteCatalog::Device> &simDevices)
{
    QStringList out;
    QMap<int, const SiteCatalog::Domain *> domains;
    for (const SiteCatalog::Domain &d : simDomains)
        domains.insert(d.id, &d);
    for (const SiteLayout::Domain &d : client.domains) {
        const SiteCatalog::Domain *sim = domains.take(d.id);
        if (!sim)
            out.append(QStringLiteral("domain %1 only in the client").arg(d.id));
        else if (sim->parentId != d.parentId || sim->name != d.name)
            out.append(QStringLiteral("domain %1: client %2 under %3, emulator %4 under %5")
                           .arg(d.id)
                           .arg(d.name)
                           .arg(d.parentId)
                           .arg(sim->name)
                           .arg(sim->parentId));
    }
    for (const SiteCatalog::Domain *d : std::as_const(domains))
        out.append(QStringLiteral("domain %1 only in the emulator").arg(d->id));

    QMap<QString, const SiteCatalog::Device *> devices;
    for (const SiteCatalog::Device &d : simDevices)
        devices.insert(d.name, &d);
    for (const SiteLayout::Device &d : client.devices) {
        const SiteCatalog::Device *sim = devices.take(d.name);
        if (!sim) {
            out.append(QStringLiteral("device %1 only in the client").arg(d.name));
            continue;
        }
        const auto describe = [](int domainId, const QString &category, const QString &type, const QString &output) {
            return QStringLiteral("domain %1, %2/%3, output %4").arg(domainId).arg(category, type, output);
        };
        const QString mine = describe(d.domainId, d.category, d.type, d.output);
        const QString theirs = describe(sim->domainId, sim->category, sim->type, sim->output);
        if (mine != theirs)
            out.append(QStringLiteral("device %1: client %2, emulator %3").arg(d.name, mine, theirs));
    }
    for (const SiteCatalog::Device *d : std::as_const(devices))
        out.append(QStringLiteral("device %1 only in the emulator").arg(d->name));
    return out;
}

QStringList deviceNames(const SiteLayout &client)
{
    QStringList names;
    for (const SiteLayout::Device &d : client.devices)
        names.append(d.name);
    return names;
}

QStringList deviceNames(const QList<SiteCatalog::Device> &sim)
{
    QStringList names;
    for (const SiteCatalog::Device &d : sim)
        names.append(d.name);
    return names;
}

} // namespace

class tst_SiteLayoutAgreement : public QObject
{
    Q_OBJECT

private slots:
    void clientAndEmulatorAgreeOnBuildingK()
    {
        const SiteLayout client = SiteLayout::buildingK();
        const SiteCatalog catalog;
        QVERIFY(!client.domains.isEmpty());
        QVERIFY(!client.devices.isEmpty());
        const QStringList found = differences(client, catalog.domains(), SiteCatalog::buildingKDevices());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        // Both list the devices in the vendor's order.
        QCOMPARE(deviceNames(client), deviceNames(SiteCatalog::buildingKDevices()));
    }

    // The comparison itself notices a one-sided change of each kind.
    void aOneSidedChangeIsFound_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("domain name") << 0;
        QTest::newRow("domain parent") << 1;
        QTest::newRow("device domain") << 2;
        QTest::newRow("device type") << 3;
        QTest::newRow("device output") << 4;
        QTest::newRow("device added") << 5;
        QTest::newRow("domain removed") << 6;
    }

    void aOneSidedChangeIsFound()
    {
        QFETCH(int, change);
        SiteLayout client = SiteLayout::buildingK();
        switch (change) {
        case 0:
            client.domains.last().name += QStringLiteral("2");
            break;
        case 1:
            client.domains.last().parentId = 182;
            break;
        case 2:
            client.devices.first().domainId = 186;
            break;
        case 3:
            client.devices.last().type = QStringLiteral("meter");
            break;
        case 4:
            client.devices[4].output = QStringLiteral("pomcube_data");
            break;
        case 5:
            client.devices.append({QStringLiteral("HERMES_SM000011"),
                                   {},
                                   QStringLiteral("smart_meter"),
                                   QStringLiteral("smart_meter"),
                                   QStringLiteral("hermes_smartmeter_data"),
                                   187});
            break;
        case 6:
            client.domains.removeLast();
            break;
        }
        QCOMPARE(differences(client, SiteCatalog().domains(), SiteCatalog::buildingKDevices()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SiteLayoutAgreement)
#include "tst_SiteLayoutAgreement.moc"
