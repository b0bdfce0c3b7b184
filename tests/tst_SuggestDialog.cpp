// "Suggest…" against the in-process emulator: the windows keep the scheduler's rules, the costs
// shown are ScheduleSuggester's for the same inputs, "Use as draft" is one undo step that Undo
// takes back exactly, and nothing reaches the server.
#include "optimize/ScheduleSuggester.h"

#include "client/QueryReplyDecoder.h"
#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "core/ScheduleRules.h"
#include "gui/common/MessageSink.h"
#include "gui/schedule/DraftCostLine.h"
#include "gui/schedule/ProjectionFeed.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/schedule/SuggestDialog.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "support/SimFixture.h"
#include "support/SyncHttp.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {

constexpr int H = 3600;

DailyWindow window(int start, int stop, double kW)
{
    return DailyWindow{start, stop - start, kW * 1000.0, {}};
}

} // namespace

class tst_SuggestDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<SchedulePage> m_page;

    SchedulerState serverState()
    {
        std::optional<SchedulerState> state;
        m_connection->scheduler().fetch(this, [&](const ApiError &e, const SchedulerState &s) {
            QVERIFY2(!e.isError(), qPrintable(e.message()));
            state = s;
        });
        [&] { QVERIFY(QTest::qWaitFor([&] { return state.has_value(); }, 10'000)); }();
        return state.value_or(SchedulerState{});
    }

    void openPage(const QString &name)
    {
        m_page = std::make_unique<SchedulePage>(*m_connection, m_sim->clock(), nullptr, m_dir.filePath(name));
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QSignalSpy ready(m_page.get(), &SchedulePage::editorReady);
        m_page->refresh();
        QVERIFY(ready.wait(15'000));
        QVERIFY(QTest::qWaitFor([&] { return m_page->projectionFeed().inputs().hasSoc(); }, 15'000));
    }

    std::unique_ptr<SuggestDialog> openDialog(const SchedulerState &server)
    {
        auto dialog = std::make_unique<SuggestDialog>(*m_connection, m_sim->clock(), m_page->model(),
                                                      m_page->projectionFeed().inputs(), server.schedule, server.zone(),
                                                      m_page.get(), m_dir.filePath(QStringLiteral("tariffs")));
        QSignalSpy done(dialog.get(), &SuggestDialog::suggested);
        dialog->show();
        [&] { QVERIFY2(done.wait(30'000), qPrintable(dialog->statusText())); }();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A Wednesday in spring (non-summer prices), with two weeks of history behind it.
        SimOptions options = SimFixture::testOptions();
        options.startMs = QDateTime(QDate(2026, 4, 15), QTime(12, 0), QTimeZone("Asia/Taipei")).toMSecsSinceEpoch();
        options.historyDays = 14;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_settings = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setTariffId(QStringLiteral("taipower-hv-three-period"));
        GridLimits grid;
        grid.connectionKw = 120;
        grid.availPercent = 80;
        m_settings->setGridLimits(grid);
        m_connection = std::make_unique<SiteConnection>(*m_settings, nullptr);
        m_connection->setBaseUrl(m_sim->baseUrl());
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
    }

    void init() { MessageSink::preAnswer(QMessageBox::Yes); }

    void cleanup()
    {
        m_page.reset();
        MessageSink::stopPreAnswering();
    }

    void theSuggestionKeepsTheRulesAndShowsTheSuggestersCosts()
    {
        openPage(QStringLiteral("costs"));
        m_page->model().edit({window(1 * H, 3 * H, 10), window(18 * H, 20 * H, -15)}, QStringLiteral("test setup"));
        const SchedulerState server = serverState();
        const auto dialog = openDialog(server);
        QVERIFY(dialog->suggestion().has_value());
        const Suggestion &shown = *dialog->suggestion();
        QVERIFY2(shown.ok(), qPrintable(shown.plan.message));

        // What it was made from: the page's SOC and capacity, the settings, today's season.
        const SuggestRequest &request = dialog->request();
        const ProjectionInputs &inputs = m_page->projectionFeed().inputs();
        QCOMPARE(request.day.startSocPercent, inputs.socPercent);
        QCOMPARE(request.day.battery.capacityKWh, inputs.capacityKWh);
        QCOMPARE(request.day.battery.socMinPercent, m_settings->batteryLimits().socMinPercent);
        QCOMPARE(request.day.battery.maxChargeW, m_page->model().limits().maxChargeW);
        QCOMPARE(request.day.limits, m_settings->gridLimits());
        QCOMPARE(request.day.dayType, TariffDayType::Weekday);
        QCOMPARE(request.day.season, QStringLiteral("nonSummer"));
        QCOMPARE(request.maxWindows, 4);
        QVERIFY(request.profile.daysAveraged >= 5);
        QVERIFY(request.serverSchedule->sameWindowsAs(server.schedule));
        QVERIFY(request.draft->sameWindowsAs(m_page->model().draft()));

        // The scheduler would take the windows as they are.
        QVERIFY(!shown.windows.windows().isEmpty());
        QVERIFY(DailyWindows::fromSchedule(shown.windows).size() <= 4);
        const QList<ScheduleViolation> broken = ScheduleRules(m_page->model().limits()).check(shown.windows);
        QVERIFY2(broken.isEmpty(), qPrintable(ScheduleRules::describe(broken)));

        // The figures are the suggester's own for the same inputs.
        const Suggestion again = ScheduleSuggester::suggest(request, dialog->tariff());
        QVERIFY(again.windows.sameWindowsAs(shown.windows));
        QCOMPARE(dialog->figureText(SuggestDialog::Figure::Suggestion), SuggestDialog::money(again.windowsCost.netCost()));
        QCOMPARE(dialog->figureText(SuggestDialog::Figure::Server), SuggestDialog::money(again.serverCost->netCost()));
        QCOMPARE(dialog->figureText(SuggestDialog::Figure::Draft), SuggestDialog::money(again.draftCost->netCost()));
        QCOMPARE(dialog->figureText(SuggestDialog::Figure::Simplicity), SuggestDialog::money(again.simplicityCost()));
        QCOMPARE(dialog->violationsText().isEmpty(), again.violations.isEmpty());
    }

    void thePageShowsWhatTheServersScheduleAndTheDraftCost()
    {
        openPage(QStringLiteral("page-cost"));
        auto *line = m_page->findChild<DraftCostLine *>(QStringLiteral("draftCost"));
        QVERIFY(line);
        QTRY_VERIFY_WITH_TIMEOUT(line->serverCost().has_value(), 30'000);
        m_page->model().edit({window(1 * H, 3 * H, 10), window(18 * H, 20 * H, -15)}, QStringLiteral("test setup"));
        const SchedulerState server = serverState();

        // The same inputs as Suggest: the page's SOC and capacity, the settings, today's day type.
        const CostInput &input = line->input();
        const ProjectionInputs &inputs = m_page->projectionFeed().inputs();
        QCOMPARE(input.startSocPercent, inputs.socPercent);
        QCOMPARE(input.battery.capacityKWh, inputs.capacityKWh);
        QCOMPARE(input.limits, m_settings->gridLimits());
        QCOMPARE(input.dayType, TariffDayType::Weekday);
        QCOMPARE(input.season, QStringLiteral("nonSummer"));
        CostInput serverInput = input;
        serverInput.schedule = server.schedule;
        CostInput draftInput = input;
        draftInput.schedule = m_page->model().draft();
        const DayProfile &profile = line->profiles().at(int(TariffDayType::Weekday));
        const DayCost serverCost = ScheduleCost::day(serverInput, profile, line->tariff());
        const DayCost draftCost = ScheduleCost::day(draftInput, profile, line->tariff());
        QCOMPARE(line->serverCost()->netCost(), serverCost.netCost());
        QCOMPARE(line->draftCost()->netCost(), draftCost.netCost());
        const double month = ScheduleCost::month(draftInput, line->profiles(), line->tariff(), QDate(2026, 4, 15)).total()
            - ScheduleCost::month(serverInput, line->profiles(), line->tariff(), QDate(2026, 4, 15)).total();
        QCOMPARE(line->monthDifference(), month);
        QVERIFY2(line->text().contains(SuggestDialog::money(serverCost.netCost())), qPrintable(line->text()));
        QVERIFY2(line->text().contains(SuggestDialog::money(draftCost.netCost())), qPrintable(line->text()));
        QVERIFY2(line->text().contains(SuggestDialog::money(std::abs(draftCost.netCost() - serverCost.netCost()))),
                 qPrintable(line->text()));
    }

    void anotherDayTypeSuggestsAgain()
    {
        openPage(QStringLiteral("sunday"));
        const auto dialog = openDialog(serverState());
        QSignalSpy done(dialog.get(), &SuggestDialog::suggested);
        dialog->setDayType(TariffDayType::Sunday);
        dialog->setMaxWindows(2);
        QVERIFY(done.wait(30'000));
        QCOMPARE(dialog->request().day.dayType, TariffDayType::Sunday);
        QCOMPARE(dialog->request().maxWindows, 2);
        QVERIFY(DailyWindows::fromSchedule(dialog->suggestion()->windows).size() <= 2);
    }

    void theSolarIsTheForecastOfTheNextSuchDay()
    {
        openPage(QStringLiteral("forecast"));
        const auto dialog = openDialog(serverState());
        // A weekday, as today is: tomorrow, Thursday 16 April, which the forecast covers whole.
        const QTimeZone zone("Asia/Taipei");
        const QDate thursday(2026, 4, 16);
        SyncHttp http;
        const HttpResult reply = http.get(
            m_sim->url(QStringLiteral("/api/domain_datas/query?organization_id=182&domain_id=187&fields=PredictionSolarPower"
                                      "&every=15m&time_function=mean&time_src=_start&start=%1&stop=%2")
                           .arg(QDateTime(thursday, QTime(0, 0), zone).toSecsSinceEpoch())
                           .arg(QDateTime(thursday.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch())),
            m_sim->login());
        QCOMPARE(reply.status, 200);
        const Result<QueryResult> decoded = QueryReplyDecoder::decode(reply.body);
        QVERIFY(decoded);
        const QueryTable *forecast = decoded->find(u"PredictionSolarPower");
        QVERIFY(forecast);
        const DaySteps expected = DayProfile::quarterHourMeansKw(forecast->series, thursday, zone);
        const SuggestRequest &request = dialog->request();
        double noon = 0;
        for (int k = 0; k < kStepsPerDay; ++k) {
            QVERIFY2(std::abs(request.profile.solarKw[size_t(k)] - expected[size_t(k)]) < 1e-9,
                     qPrintable(QStringLiteral("quarter %1: %2 kW, forecast %3 kW")
                                    .arg(k)
                                    .arg(request.profile.solarKw[size_t(k)])
                                    .arg(expected[size_t(k)])));
            noon = std::max(noon, expected[size_t(k)]);
        }
        QVERIFY(noon > 1);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("forecast for")), qPrintable(dialog->statusText()));
        // The costs are of that day, not of a usual one as on the schedule page.
        const auto figureName = [&] { return dialog->findChild<QLabel *>(QStringLiteral("suggestFigureName0"))->text(); };
        QVERIFY2(figureName().contains(QLocale().toString(thursday, QLocale::ShortFormat)), qPrintable(figureName()));

        // The next Sunday, 19 April, is beyond the forecast: the usual day's solar, and said so.
        QSignalSpy done(dialog.get(), &SuggestDialog::suggested);
        dialog->setDayType(TariffDayType::Sunday);
        QVERIFY(done.wait(30'000));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("usual day")), qPrintable(dialog->statusText()));
        QVERIFY2(figureName().contains(QStringLiteral("usual day")), qPrintable(figureName()));
    }

    void useAsDraftIsOneUndoStepAndNothingIsSent()
    {
        openPage(QStringLiteral("draft"));
        const SchedulerState before = serverState();
        m_page->model().edit({window(2 * H, 4 * H, 8), window(23 * H, 26 * H, -5)}, QStringLiteral("test setup"));
        const QList<DailyWindow> draft = m_page->model().windows();
        const int steps = m_page->model().undoStack()->index();

        // Through the page's own action, as the operator opens it.
        QAction *action = m_page->findChild<QAction *>(QStringLiteral("scheduleSuggest"));
        QVERIFY(action);
        std::optional<Schedule> suggested;
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [&, poll] {
            auto *dialog = qobject_cast<SuggestDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->isWorking() || !dialog->suggestion())
                return;
            poll->stop();
            poll->deleteLater();
            suggested = dialog->suggestion()->windows;
            dialog->findChild<QAbstractButton *>(QStringLiteral("suggestUseAsDraft"))->click();
        });
        poll->start();
        action->trigger();
        QVERIFY(suggested.has_value());

        QCOMPARE(m_page->model().windows(), DailyWindows::fromSchedule(*suggested));
        QCOMPARE(m_page->model().undoStack()->index(), steps + 1);
        m_page->model().undoStack()->undo();
        QCOMPARE(m_page->model().windows(), draft);
        m_page->model().undoStack()->redo();
        QCOMPARE(m_page->model().windows(), DailyWindows::fromSchedule(*suggested));

        // The server still runs what it ran.
        const SchedulerState after = serverState();
        QCOMPARE(after.updateTime, before.updateTime);
        QVERIFY(after.schedule.sameWindowsAs(before.schedule));
    }
};

QTEST_MAIN(tst_SuggestDialog)
#include "tst_SuggestDialog.moc"
