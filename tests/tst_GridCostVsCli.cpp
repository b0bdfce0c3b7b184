// The Energy page's grid cost against `aegis-cli cost` for the same inputs: the same in-process
// emulator, the same days and the same plan give the same import cost, export credit, net cost
// and battery savings day by day, to the NT$ cent, and the same peak; the summary adds up and
// the hover reads the bars. Without a usable plan the page says so and offers the dialog.
#include "cli/CliCostOutput.h"
#include "cli/CliCostRequest.h"
#include "cli/CliCostRun.h"
#include "cli/CliOptions.h"
#include "client/AegisClient.h"
#include "client/SchedulerApi.h"
#include "core/TariffLibrary.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartPage.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/TimeRangeBar.h"
#include "gui/common/Units.h"
#include "gui/cost/GridCostSummary.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/tariff/TariffSettingsDialog.h"
#include "gui/timechart/TimeChart.h"
#include "support/SimFixture.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

const QTimeZone kTaipei("Asia/Taipei");
const QString kPlanId = QStringLiteral("building-k-test");

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The value of a series' bar at the local midnight of `day`, NaN when there is none.
double barOn(const QList<ChartSeries> &series, const QString &name, const QDate &day)
{
    const qint64 t = QDateTime(day, QTime(0, 0), kTaipei).toMSecsSinceEpoch();
    for (const ChartSeries &s : series) {
        if (s.name != name)
            continue;
        for (qsizetype i = 0; i < s.data.size(); ++i) {
            if (s.data.time(i) == t)
                return s.data.value(i);
        }
    }
    return qQNaN();
}

} // namespace

class tst_GridCostVsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<MainWindow> m_window;

    ChartPanel *costPanel() const
    {
        for (ChartPanel *p : m_window->chartPage(QStringLiteral("energy"))->panels()) {
            if (p->definition().id == u"energy/cost")
                return p;
        }
        return nullptr;
    }

    QLabel *label(const QString &name) const { return m_window->findChild<QLabel *>(name); }

    void selectEnergyTab()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(m_window->chartPage(QStringLiteral("energy")));
    }

    // `aegis-cli cost` in process: its options, its request and its run against the emulator.
    QJsonObject cliCost(const QDateTime &from, const QDateTime &to)
    {
        CliOptions options;
        const QStringList words{QStringLiteral("aegis-cli"),    QStringLiteral("cost"),
                                QStringLiteral("--start"),      iso(from),
                                QStringLiteral("--stop"),       iso(to),
                                QStringLiteral("--every"),      QStringLiteral("1d"),
                                QStringLiteral("--tariff"),     kPlanId,
                                QStringLiteral("--tariff-dir"), TariffSettingsDialog::defaultPlansDirectory(),
                                QStringLiteral("--url"),        m_sim->baseUrl().toString(),
                                QStringLiteral("--user"),       m_sim->user()};
        if (options.parse(words) != CliOptions::Outcome::Run)
            qFatal("aegis-cli cost refused: %s", qPrintable(options.error()));
        const Result<CliCostRequest> request = CliCostRequest::fromOptions(options);
        if (!request)
            qFatal("aegis-cli cost refused: %s", qPrintable(request.error()));
        QNetworkAccessManager network;
        AegisClient client(&network, AegisClient::Settings{.baseUrl = m_sim->baseUrl()});
        bool loggedIn = false;
        client.login(m_sim->user(), m_sim->password(), this, [&](const ApiResult &r) { loggedIn = r.ok(); });
        if (!QTest::qWaitFor([&] { return loggedIn; }, 10'000))
            qFatal("no login");
        SchedulerApi scheduler(client);
        CliCostRun run(client, scheduler, *request, CliCommand::Cost, CliFormat::Json);
        std::optional<QByteArray> out;
        run.run([&](int exitCode, const QByteArray &output, const QString &error) {
            if (exitCode != 0)
                qFatal("aegis-cli cost failed (%d): %s", exitCode, qPrintable(error));
            out = output;
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60'000))
            qFatal("aegis-cli cost did not finish");
        return QJsonDocument::fromJson(*out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The app's and the CLI's plan folder: the operator's copy of a built-in plan with a
        // feed-in rate, so export earns something, and a contract the site's peak is held against.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        Tariff plan = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period")).value();
        plan.name = QStringLiteral("Building K test plan");
        plan.feedInRate = 4.25;
        plan.contractKw = 40;
        QVERIFY(TariffLibrary(TariffSettingsDialog::defaultPlansDirectory()).save(kPlanId, plan).ok());

        // A sunny spring week: the site exports at noon, charges at night, discharges at dusk.
        SimOptions options = SimFixture::testOptions();
        options.startMs = QDateTime(QDate(2026, 4, 15), QTime(12, 30), kTaipei).toMSecsSinceEpoch();
        options.historyDays = 9;
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_settings = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_connection = std::make_unique<SiteConnection>(*m_settings, nullptr);
        m_connection->setDemo(true);
        m_connection->setBaseUrl(m_sim->baseUrl());
        m_window = std::make_unique<MainWindow>(*m_connection, m_sim->clock());
        m_window->resize(1280, 800);
        m_window->show();
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        m_window->start();
        selectEnergyTab();
    }

    void withoutAChosenPlanThePageSaysSoAndOffersTheDialog()
    {
        QVERIFY(!m_settings->hasChosenTariff());
        ChartPanel *panel = costPanel();
        QVERIFY(panel);
        auto *notice = m_window->findChild<QWidget *>(QStringLiteral("gridCostNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(label(QStringLiteral("gridCostNoticeText"))->text().contains(QStringLiteral("no tariff plan is chosen")),
                 qPrintable(label(QStringLiteral("gridCostNoticeText"))->text()));
        // No zeros: neither the chart nor the figures are shown.
        QVERIFY(panel->isHidden());
        QVERIFY(!label(QStringLiteral("gridCostPaid"))->isVisible());

        // The button opens Tools → Tariff and grid.
        QString opened;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            opened = QString::fromLatin1(QApplication::activeModalWidget()->metaObject()->className());
            QApplication::activeModalWidget()->close();
        });
        m_window->findChild<QPushButton *>(QStringLiteral("chooseTariff"))->click();
        QCOMPARE(opened, QStringLiteral("TariffSettingsDialog"));
        QVERIFY(!m_settings->hasChosenTariff());

        // A chosen plan that cannot be read says which and why.
        m_settings->setTariffId(QStringLiteral("no-such-plan"));
        m_window->gridCost()->readPlan();
        QVERIFY(notice->isVisible() && panel->isHidden());
        QVERIFY2(label(QStringLiteral("gridCostNoticeText"))->text().contains(QStringLiteral("no-such-plan")),
                 qPrintable(label(QStringLiteral("gridCostNoticeText"))->text()));
    }

    void theEnergyPagePricesEachDayAsTheCliDoes()
    {
        m_settings->setTariffId(kPlanId);
        m_window->gridCost()->readPlan();
        const QDate first(2026, 4, 8);
        const QDate last(2026, 4, 14);
        m_window->rangeBar()->setCustomDays(first, last);
        const TimeRange range = m_window->rangeBar()->range();
        ChartPanel *panel = costPanel();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel->lastFetch().isValid() && panel->range() == range && !panel->series().isEmpty()
                    && !panel->series().constFirst().data.isEmpty();
            },
            30'000));
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("gridCostNotice"))->isVisible());
        QVERIFY(panel->isVisible());

        const QJsonObject cli = cliCost(range.start, range.stop);
        const QJsonArray days = cli[QStringLiteral("periods")].toArray();
        QCOMPARE(days.size(), int(first.daysTo(last) + 1));
        const QList<ChartSeries> &drawn = panel->chart()->series();
        double exported = 0, saved = 0;
        for (const QJsonValue &v : days) {
            const QJsonObject day = v.toObject();
            const QDate date = QDate::fromString(day[QStringLiteral("first")].toString(), Qt::ISODate);
            QVERIFY(day[QStringLiteral("steps")].toInt() == 96);
            const auto same = [&](const QString &series, const QString &key, double sign) {
                const double page = barOn(drawn, series, date);
                const double want = sign * day[key].toDouble();
                if (!(std::abs(page - want) < 0.005))
                    qWarning("%s %s: the page has %.4f, aegis-cli cost %.4f", qPrintable(date.toString(Qt::ISODate)),
                             qPrintable(series), page, want);
                return std::abs(page - want) < 0.005;
            };
            QVERIFY(same(QStringLiteral("Import cost"), QStringLiteral("import_cost_ntd"), 1));
            QVERIFY(same(QStringLiteral("Export credit"), QStringLiteral("export_credit_ntd"), -1));
            QVERIFY(same(QStringLiteral("Net cost"), QStringLiteral("net_cost_ntd"), 1));
            QVERIFY(same(QStringLiteral("Saved by the battery"), QStringLiteral("battery_saved_ntd"), 1));
            // The bars add up: net = import cost − export credit.
            QVERIFY(std::abs(barOn(drawn, QStringLiteral("Net cost"), date)
                             - (barOn(drawn, QStringLiteral("Import cost"), date)
                                + barOn(drawn, QStringLiteral("Export credit"), date)))
                    < 0.005);
            exported += day[QStringLiteral("export_kwh")].toDouble();
            saved += std::abs(day[QStringLiteral("battery_saved_ntd")].toDouble());
        }
        // The week is one that tells import from export, and a battery that did something.
        QVERIFY2(exported > 1 && saved > 1, qPrintable(QStringLiteral("%1 kWh, NT$ %2").arg(exported).arg(saved)));

        // The summary says the CLI's totals.
        const QJsonObject total = cli[QStringLiteral("total")].toObject();
        QCOMPARE(label(QStringLiteral("gridCostPaid"))->text(), Units::money(total[QStringLiteral("net_cost_ntd")].toDouble()));
        QCOMPARE(label(QStringLiteral("gridCostSaved"))->text(),
                 Units::money(total[QStringLiteral("battery_saved_ntd")].toDouble()));
        QVERIFY2(label(QStringLiteral("gridCostPaidDetail"))
                     ->text()
                     .contains(Units::money(total[QStringLiteral("export_credit_ntd")].toDouble())),
                 qPrintable(label(QStringLiteral("gridCostPaidDetail"))->text()));
        const double peak = total[QStringLiteral("peak_import_kw")].toDouble();
        QCOMPARE(label(QStringLiteral("gridCostPeak"))->text(), Units::power(peak * 1000));
        // Against the contract of 40 kW, in the warning colour when over.
        const QString detail = label(QStringLiteral("gridCostPeakDetail"))->text();
        QVERIFY2(detail.contains(peak > 40 ? QStringLiteral("over the contract") : QStringLiteral("within the contract")),
                 qPrintable(detail));

        // The hover reads each series of a day's bars.
        const qint64 noon = QDateTime(first.addDays(2), QTime(12, 0), kTaipei).toMSecsSinceEpoch();
        const QString readout = panel->chart()->readoutText(noon);
        for (const QString &name : {QStringLiteral("Import cost"), QStringLiteral("Export credit"), QStringLiteral("Net cost"),
                                    QStringLiteral("Saved by the battery")})
            QVERIFY2(readout.contains(name + QStringLiteral(": NT$")) || readout.contains(name + QStringLiteral(": −NT$")),
                     qPrintable(readout));
    }

    void aRangeBeforeTheHistoryIsNotCountedAsMissingReadings()
    {
        // The emulator's history begins on 2026-04-06: the days before it have no readings.
        m_window->rangeBar()->setCustomDays(QDate(2026, 4, 1), QDate(2026, 4, 7));
        const TimeRange range = m_window->rangeBar()->range();
        ChartPanel *panel = costPanel();
        QVERIFY(QTest::qWaitFor([&] { return panel->lastFetch().isValid() && panel->range() == range; }, 30'000));
        const QString note = label(QStringLiteral("gridCostNote"))->text();
        QVERIFY2(note.contains(QStringLiteral("no readings before 2026-04-0")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("without a reading")), qPrintable(note));
        // Those days have no bars, not zeros.
        QVERIFY(std::isnan(barOn(panel->chart()->series(), QStringLiteral("Net cost"), QDate(2026, 4, 2))));
        QVERIFY(std::isfinite(barOn(panel->chart()->series(), QStringLiteral("Net cost"), QDate(2026, 4, 7))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_connection.reset();
        m_settings.reset();
        m_sim.reset();
    }
};

QTEST_MAIN(tst_GridCostVsCli)
#include "tst_GridCostVsCli.moc"
