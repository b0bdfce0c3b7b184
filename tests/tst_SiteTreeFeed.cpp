// The site tree's feed against the in-process emulator: every device of building K gets its
// latest status, batteries as SOC, the others as their Status text.
#include "client/SiteLayout.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/SiteTreeFeed.h"
#include "support/SimFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class tst_SiteTreeFeed : public QObject
{
    Q_OBJECT

private slots:
    void everyDeviceGetsItsLatestStatus()
    {
        SimFixture sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        QTemporaryDir dir;
        SiteSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SiteConnection connection(settings, nullptr);
        connection.setDemo(true);
        connection.setBaseUrl(sim.baseUrl());
        bool loggedIn = false;
        connection.logIn(sim.user(), sim.password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));

        SiteTreeFeed feed(connection);
        QHash<QString, QString> status;
        QHash<QString, QDateTime> at;
        connect(&feed, &SiteTreeFeed::statusRead, this, [&](const QString &device, const QString &text, const QDateTime &when) {
            status.insert(device, text);
            at.insert(device, when);
        });
        feed.refresh();
        const SiteLayout layout = SiteLayout::buildingK();
        QVERIFY(QTest::qWaitFor([&] { return status.size() >= layout.devices.size(); }, 15'000));

        const QStringList known = {QStringLiteral("Operating"), QStringLiteral("Standby"), QStringLiteral("Fault"),
                                   QStringLiteral("Maintenance")};
        for (const SiteLayout::Device &device : layout.devices) {
            QVERIFY2(status.contains(device.name), qPrintable(device.name));
            const QString text = status.value(device.name);
            if (device.output == u"pomcube_data" || device.output == u"hermes_ess_data")
                QVERIFY2(text.startsWith(QStringLiteral("SoC ")) && text.endsWith(QStringLiteral("%")),
                         qPrintable(device.name + u": " + text));
            else
                QVERIFY2(known.contains(text), qPrintable(device.name + u": " + text));
            QVERIFY(at.value(device.name).isValid());
            QCOMPARE(at.value(device.name).timeSpec(), Qt::UTC);
        }
    }
};

QTEST_MAIN(tst_SiteTreeFeed)
#include "tst_SiteTreeFeed.moc"
