// The draft's SOC projection has one owner: it recomputes on a draft edit, on new inputs and on
// new battery settings, and the apply dialog shows what the page's strip shows.
#include "core/Clock.h"
#include "gui/common/MessageSink.h"
#include "gui/schedule/ApplyDialog.h"
#include "gui/schedule/ProjectionFeed.h"
#include "gui/schedule/ProjectionStrip.h"
#include "gui/schedule/ProjectionWarnings.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/schedule/ScheduleProjection.h"
#include "gui/schedule/ScheduleSender.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "support/SimFixture.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

constexpr int H = 3600;
const QTimeZone kTaipei("Asia/Taipei");

DailyWindow window(int start, int stop, double kW)
{
    return DailyWindow{start, stop - start, kW * 1000.0, {}};
}

ProjectionInputs inputs(double socPercent)
{
    ProjectionInputs in;
    in.socPercent = socPercent;
    in.capacityKWh = 69.0;
    in.unitsOnline = {QStringLiteral("pomcube-1"), QStringLiteral("pomcube-2"), QStringLiteral("pomcube-3")};
    in.unitsKnown = true;
    return in;
}

} // namespace

class tst_ScheduleProjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingIsProjectedBeforeTheSocAndTheZoneAreKnown()
    {
        const TestClock clock(QDateTime(QDate(2026, 3, 2), QTime(6, 0), QTimeZone::utc()));
        ScheduleModel model;
        model.loadFromServer(DailyWindows::toSchedule({window(17 * H, 19 * H, -10)}), {});
        ScheduleProjection projection(model, clock);
        QVERIFY(!projection.current().isValid());
        projection.setInputs(inputs(60));
        QVERIFY(!projection.current().isValid()); // no scheduler state yet
        projection.setZone(kTaipei);
        QVERIFY(projection.current().isValid());
        projection.setInputs(ProjectionInputs{});
        QVERIFY(!projection.current().isValid());
    }

    void aDraftEditIsProjectedAgain()
    {
        const TestClock clock(QDateTime(QDate(2026, 3, 2), QTime(6, 0), QTimeZone::utc()));
        ScheduleModel model;
        model.loadFromServer(DailyWindows::toSchedule({window(17 * H, 19 * H, -5)}), {});
        ScheduleProjection projection(model, clock);
        projection.setZone(kTaipei);
        projection.setInputs(inputs(60));
        QVERIFY(projection.current().isValid());
        QVERIFY(projection.current().warnings.isEmpty());
        QSignalSpy changed(&projection, &ScheduleProjection::changed);
        // 20 kW for six hours is more than the units hold: the edit alone brings the warning.
        model.edit({window(14 * H, 20 * H, -20)}, QStringLiteral("a long discharge"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(projection.current().warnings.size(), 1);
        QCOMPARE(projection.current().warnings.first().kind, ProjectionWarning::Kind::Empty);
        QCOMPARE(projection.windowWarnings().keys(), QList<int>{0});
        // What of() answers for the draft is what current() holds.
        QCOMPARE(projection.of(model.draft()).socPercent, projection.current().socPercent);
        model.undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QVERIFY(projection.current().warnings.isEmpty());
        QVERIFY(projection.windowWarnings().isEmpty());
    }

    void warningsDuringARunSayTodayOrTomorrow()
    {
        // 18:00 in Taipei, inside 17:00–19:00 −20 kW from 20 %: today's run empties the battery at
        // 18:19 and tomorrow's starts empty. Two warnings of one window, each with its day.
        const TestClock clock(QDateTime(QDate(2024, 12, 9), QTime(10, 0), QTimeZone::utc()));
        ScheduleModel model;
        model.loadFromServer(DailyWindows::toSchedule({window(17 * H, 19 * H, -20)}), {});
        ScheduleProjection projection(model, clock);
        projection.setZone(kTaipei);
        projection.setInputs(inputs(20));
        const QList<ProjectionWarning> &warnings = projection.current().warnings;
        QCOMPARE(warnings.size(), 2);
        const QString today = projection.describe(warnings.at(0));
        const QString tomorrow = projection.describe(warnings.at(1));
        QVERIFY2(today.startsWith(QStringLiteral("Today (2024-12-09), the battery is empty from 18:19")), qPrintable(today));
        QVERIFY2(tomorrow.startsWith(QStringLiteral("Tomorrow (2024-12-10), the battery is empty from 17:00")),
                 qPrintable(tomorrow));
        // The window's own warning (the timeline's tooltip) holds both days, not one in place of the other.
        const QString forWindow = projection.windowWarnings().value(0);
        QCOMPARE(forWindow, today + QStringLiteral("\n") + tomorrow);
        // The lines under the strip say the same.
        const ProjectionWarnings label(projection);
        QVERIFY2(label.text().contains(today) && label.text().contains(tomorrow), qPrintable(label.text()));
    }

    void newInputsAndSettingsAreProjectedAgain()
    {
        const TestClock clock(QDateTime(QDate(2026, 3, 2), QTime(6, 0), QTimeZone::utc()));
        ScheduleModel model;
        model.loadFromServer(DailyWindows::toSchedule({window(17 * H, 19 * H, -10)}), {});
        ScheduleProjection projection(model, clock);
        projection.setZone(kTaipei);
        projection.setInputs(inputs(80));
        QCOMPARE(projection.current().socPercent.value(0), 80.0);
        QSignalSpy changed(&projection, &ScheduleProjection::changed);
        projection.setInputs(inputs(50));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(projection.current().socPercent.value(0), 50.0);
        // 20 kWh (some 30 % of 69 kWh) from 50 % crosses the settings' floor of 30 %, not the built-in 10 %.
        QVERIFY(projection.current().warnings.isEmpty());
        projection.setBatteryLimits({30.0, 95.0, 10'000.0});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(projection.battery().socMinPercent, 30.0);
        QVERIFY(!projection.current().warnings.isEmpty());
        QVERIFY(std::abs(projection.current().socPercent.valueRange()->min - 30.0) < 1e-6);
    }

    void theApplyDialogShowsTheStripsProjection()
    {
        QTemporaryDir dir;
        SimFixture sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.error()));
        SiteSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SiteConnection connection(settings, nullptr);
        connection.setBaseUrl(sim.baseUrl());
        bool loggedIn = false;
        connection.logIn(sim.user(), sim.password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        // A clock that stands still: the strip and the dialog project from the same instant.
        const TestClock clock(QDateTime::currentDateTimeUtc());
        MessageSink::preAnswer(QMessageBox::Yes);
        SchedulePage page(connection, clock, nullptr, dir.filePath(QStringLiteral("data")));
        page.resize(1280, 860);
        page.show();
        QSignalSpy ready(&page, &SchedulePage::editorReady);
        page.refresh();
        QVERIFY(ready.wait(15'000));
        QVERIFY(QTest::qWaitFor([&] { return page.projectionFeed().inputs().hasSoc(); }, 15'000));
        page.model().edit({window(14 * H, 20 * H, -20)}, QStringLiteral("test setup"));
        const SocProjectionResult shown = page.projectionStrip()->projection();
        QVERIFY(shown.isValid());
        QCOMPARE(shown.socPercent, page.projection().current().socPercent);

        std::optional<SocProjectionResult> inDialog;
        QString warnings;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ApplyDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll.stop();
            inDialog = dialog->findChild<ProjectionStrip *>(QStringLiteral("projection"))->projection();
            warnings = dialog->findChild<QLabel *>(QStringLiteral("warnings"))->text();
            dialog->reject();
        });
        poll.start();
        page.sender().send();
        QVERIFY(QTest::qWaitFor([&] { return inDialog.has_value(); }, 10'000));
        QCOMPARE(inDialog->socPercent, shown.socPercent);
        QCOMPARE(inDialog->batteryW, shown.batteryW);
        QCOMPARE(inDialog->warnings.size(), shown.warnings.size());
        QVERIFY2(warnings.contains(page.projection().describe(shown.warnings.first())), qPrintable(warnings));
        MessageSink::stopPreAnswering();
    }
};

QTEST_MAIN(tst_ScheduleProjection)
#include "tst_ScheduleProjection.moc"
