// The tariff on the schedule page, against the in-process emulator: the timeline is shaded with
// the plan's periods of the kind of day chosen, the costs follow the choice, a charge window the
// import cap cuts is marked on the timeline and said again in the send dialog, and the
// weekday/weekend finding reaches the page.
#include "client/SchedulerApi.h"
#include "core/Clock.h"
#include "core/ScheduleCostCheck.h"
#include "core/TariffLibrary.h"
#include "gui/common/MessageSink.h"
#include "gui/schedule/ApplyDialog.h"
#include "gui/schedule/DraftCostLine.h"
#include "gui/schedule/ProjectionFeed.h"
#include "gui/schedule/ScheduleModel.h"
#include "gui/schedule/SchedulePage.h"
#include "gui/schedule/ScheduleSender.h"
#include "gui/schedule/TimelineEditor.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/tariff/TariffDayChooser.h"
#include "gui/tariff/TariffSettingsDialog.h"
#include "support/SimFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
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

class tst_ScheduleTariffView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<SiteConnection> m_connection;
    std::unique_ptr<SchedulePage> m_page;

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

    DraftCostLine *costLine() const { return m_page->findChild<DraftCostLine *>(QStringLiteral("draftCost")); }

    Tariff plan() const
    {
        const Result<Tariff> t = TariffLibrary(TariffSettingsDialog::defaultPlansDirectory()).load(m_settings->tariffId());
        [&] { QVERIFY2(bool(t), qPrintable(t.error())); }();
        return t ? *t : Tariff{};
    }

    void chooseDay(TariffDayType type, const QString &season)
    {
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("tariffDayType"));
        QVERIFY(combo);
        const int at = combo->findData(QVariantList{int(type), season});
        QVERIFY(at >= 0);
        combo->setCurrentIndex(at);
        emit combo->activated(at); // as the operator's pick
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
        m_settings->setGridLimits(GridLimits{});
    }

    void withoutAChosenPlanThereAreNoCostsAndNoShading()
    {
        // Another operator's settings, where no plan was ever chosen: nothing is priced by a plan
        // assumed for them (the Energy page says the same).
        SiteSettings fresh(m_dir.filePath(QStringLiteral("fresh.ini")));
        QVERIFY(!fresh.hasChosenTariff());
        SiteConnection connection(fresh, nullptr);
        connection.setBaseUrl(m_sim->baseUrl());
        bool loggedIn = false;
        connection.logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QVERIFY(QTest::qWaitFor([&] { return loggedIn; }, 10'000));
        SchedulePage page(connection, m_sim->clock(), nullptr, m_dir.filePath(QStringLiteral("fresh")));
        page.show();
        QSignalSpy ready(&page, &SchedulePage::editorReady);
        page.refresh();
        QVERIFY(ready.wait(15'000));
        auto *line = page.findChild<DraftCostLine *>(QStringLiteral("draftCost"));
        QTRY_VERIFY_WITH_TIMEOUT(line->text().contains(QStringLiteral("Tariff and grid")), 15'000);
        QVERIFY(!line->draftCost().has_value());
        QVERIFY(page.timeline()->tariffPeriods().isEmpty());
        QVERIFY(!page.findChild<TariffDayChooser *>()->isVisible()); // nothing to choose
        QVERIFY(line->dialogLines().isEmpty());
    }

    void theTimelineIsShadedWithTheKindOfDayChosen()
    {
        openPage(QStringLiteral("shading"));
        const Tariff tariff = plan();
        // Today's kind of day first: a weekday in the non-summer season.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->timeline()->tariffPeriods(),
                                  tariff.periods(QStringLiteral("nonSummer"), TariffDayType::Weekday), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(costLine()->draftCost().has_value(), 30'000);
        QCOMPARE(costLine()->input().dayType, TariffDayType::Weekday);

        // A summer Sunday: the shading, the costs and the words follow.
        chooseDay(TariffDayType::Sunday, QStringLiteral("summer"));
        QCOMPARE(m_page->timeline()->tariffPeriods(), tariff.periods(QStringLiteral("summer"), TariffDayType::Sunday));
        QVERIFY(m_page->timeline()->tariffPeriods() != tariff.periods(QStringLiteral("nonSummer"), TariffDayType::Weekday));
        QCOMPARE(costLine()->input().dayType, TariffDayType::Sunday);
        QCOMPARE(costLine()->input().season, QStringLiteral("summer"));
        QVERIFY2(costLine()->text().contains(ScheduleCostCheck::dayInSentence(TariffDayType::Sunday)),
                 qPrintable(costLine()->text()));
        // The legend names the day's prices.
        auto *legend = m_page->findChild<QLabel *>(QStringLiteral("tariffLegend"));
        QVERIFY(legend);
        const TariffPeriod first = tariff.periods(QStringLiteral("summer"), TariffDayType::Sunday).constFirst();
        QVERIFY2(legend->text().contains(QString::number(first.price, 'f', 2)), qPrintable(legend->text()));

        // The pick holds when the draft changes.
        m_page->model().edit({window(1 * H, 3 * H, 10)}, QStringLiteral("test setup"));
        QCOMPARE(costLine()->input().dayType, TariffDayType::Sunday);
    }

    void aWindowTheImportCapCutsIsMarkedAndSaidBeforeSending()
    {
        // A 15 kW import cap: a 30 kW charge window on top of the building's load does not fit.
        GridLimits grid;
        grid.connectionKw = 15;
        m_settings->setGridLimits(grid);
        openPage(QStringLiteral("cap"));
        QTRY_VERIFY_WITH_TIMEOUT(costLine()->draftCost().has_value(), 30'000);
        m_page->model().edit({window(10 * H, 12 * H, 30), window(18 * H, 20 * H, -15)}, QStringLiteral("test setup"));
        const auto cut = [this] {
            for (const CostFinding &f : costLine()->findings()) {
                if (f.kind == CostFinding::Kind::CapCutsWindow)
                    return f;
            }
            return CostFinding{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(cut().kWh > 1.0, 10'000);
        const int row = cut().row;
        QVERIFY(row >= 0);
        QCOMPARE(m_page->model().window(row).start, 10 * H);
        // On the timeline: the window carries the finding (its mark and tooltip).
        QVERIFY2(m_page->timeline()->windowWarnings().value(row).contains(cut().text),
                 qPrintable(m_page->timeline()->windowWarnings().value(row)));
        QVERIFY(costLine()->text().contains(cut().text));

        // In the send dialog: the same cost sentence and the finding; nothing is sent.
        bool seen = false;
        QString costText;
        QString warnings;
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [&, poll] {
            auto *dialog = qobject_cast<ApplyDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            seen = true;
            costText = dialog->costText();
            warnings = dialog->findChild<QLabel *>(QStringLiteral("warnings"))->text();
            dialog->reject();
        });
        poll->start();
        m_page->sender().send();
        QTRY_VERIFY_WITH_TIMEOUT(seen, 10'000);
        QCOMPARE(costText, costLine()->dialogLines().value(0));
        QVERIFY(costLine()->text().startsWith(costText));
        QVERIFY2(warnings.contains(cut().text), qPrintable(warnings));
    }
};

QTEST_MAIN(tst_ScheduleTariffView)
#include "tst_ScheduleTariffView.moc"
