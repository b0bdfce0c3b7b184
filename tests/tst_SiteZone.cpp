// The site's zone: building K's until the scheduler reports one, then the scheduler's, and the
// range bar's "today" follows it (docs/aegis-api.md §7 `timezone`).
#include "core/Clock.h"
#include "core/SiteZone.h"
#include "gui/MainWindow.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/schedule/ScheduleHistoryFeed.h"
#include "gui/schedule/ScheduleHistoryView.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/timechart/TimeChart.h"
#include "sim/SimSite.h"
#include "support/SimFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class tst_SiteZone : public QObject
{
    Q_OBJECT

private slots:
    void theFallbackIsBuildingKs()
    {
        QCOMPARE(SiteZone::fallback().id(), QByteArray("Asia/Taipei"));
        QCOMPARE(SiteZone::fromId({}).id(), QByteArray("Asia/Taipei"));
        QCOMPARE(SiteZone::fromId(QStringLiteral("Nowhere/Atlantis")).id(), QByteArray("Asia/Taipei"));
        QCOMPARE(SiteZone::fromId(QStringLiteral("Europe/Berlin")).id(), QByteArray("Europe/Berlin"));
    }

    void theRangeBarsTodayFollowsTheSchedulersZone()
    {
        SimFixture sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        QTemporaryDir dir;
        // The emulator's scheduler reports New York: its saved state, edited and loaded again.
        const QString statePath = dir.filePath(QStringLiteral("state.json"));
        QString simError;
        sim.runOnSim([&](SimSite &site, SimServer &) {
            const SimReply saved = site.saveState(statePath);
            if (!saved.ok()) {
                simError = QString::fromUtf8(saved.body);
                return;
            }
            QFile file(statePath);
            file.open(QIODevice::ReadOnly);
            QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            QJsonObject scheduler = state.value(QStringLiteral("scheduler")).toObject();
            scheduler.insert(QStringLiteral("timezone"), QStringLiteral("America/New_York"));
            state.insert(QStringLiteral("scheduler"), scheduler);
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(QJsonDocument(state).toJson());
            file.close();
            const SimReply loaded = site.loadState(statePath);
            if (!loaded.ok())
                simError = QString::fromUtf8(loaded.body);
        });
        QVERIFY2(simError.isEmpty(), qPrintable(simError));

        SiteSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SiteConnection connection(settings, nullptr);
        connection.setDemo(true);
        connection.setBaseUrl(sim.baseUrl());
        QCOMPARE(connection.siteZone(), SiteZone::fallback());
        bool loggedIn = false;
        connection.logIn(sim.user(), sim.password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));

        // 02:00 UTC on 7 December: already the 7th in Taipei, still the 6th in New York.
        const TestClock clock(QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC));
        MainWindow window(connection, clock);
        const TimeRange before = window.rangeBar()->range();
        QCOMPARE(before.preset, TimeRange::Preset::Today);
        QCOMPARE(before.zone, SiteZone::fallback());
        QCOMPARE(before.start, QDateTime(QDate(2026, 12, 6), QTime(16, 0), Qt::UTC));

        QSignalSpy changed(window.rangeBar(), &TimeRangeBar::rangeChanged);
        window.start(); // the overview reads the scheduler, and with it the site's zone
        QVERIFY(QTest::qWaitFor([&] { return connection.siteZone().id() == "America/New_York"; }, 10'000));
        QVERIFY(changed.count() > 0);
        const TimeRange after = window.rangeBar()->range();
        QCOMPARE(after.zone.id(), QByteArray("America/New_York"));
        QCOMPARE(after.start, QDateTime(QDate(2026, 12, 6), QTime(5, 0), Qt::UTC)); // midnight EST
        QCOMPARE(after.stop, QDateTime(QDate(2026, 12, 7), QTime(5, 0), Qt::UTC));

        // The schedule room's history shows and queries the scheduler's zone too, although the
        // site's zone had already followed the state before the history saw it.
        window.schedulePage()->refresh();
        ScheduleHistoryView *history = window.schedulePage()->history();
        QVERIFY(QTest::qWaitFor([&] { return history->socChart()->timeZone().id() == "America/New_York"; }, 10'000));
        QCOMPARE(history->feed().zone().id(), QByteArray("America/New_York"));
    }
};

QTEST_MAIN(tst_SiteZone)
#include "tst_SiteZone.moc"
