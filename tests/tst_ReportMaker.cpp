// The report of a period against the in-process emulator (docs/product.md "The report"): its
// totals add up, every chart covers exactly the period asked for, and its file names carry the
// site and the period.
#include "core/Clock.h"
#include "gui/report/ReportMaker.h"
#include "gui/report/ReportPeriod.h"
#include "gui/report/ReportTotalsFeed.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"
#include "gui/site/ViewCache.h"
#include "support/SimFixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class tst_ReportMaker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SiteSettings> m_settings;
    std::unique_ptr<ViewCache> m_cache;
    std::unique_ptr<SiteConnection> m_connection;

    TimeRange lastDays(int days) const
    {
        const QDateTime now = m_sim->clock().now();
        const QTimeZone zone("Asia/Taipei");
        const QDate today = now.toTimeZone(zone).date();
        return TimeRange::custom(today.addDays(-days).startOfDay(zone), today.startOfDay(zone), zone);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<SimFixture>();
        QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->error()));
        m_settings = std::make_unique<SiteSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_cache = std::make_unique<ViewCache>(m_dir.filePath(QStringLiteral("cache")));
        m_connection = std::make_unique<SiteConnection>(*m_settings, m_cache.get());
        m_connection->setBaseUrl(m_sim->baseUrl());
        bool loggedIn = false;
        m_connection->logIn(m_sim->user(), m_sim->password(), false, this, [&](const ApiError &e) { loggedIn = !e.isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10'000);
    }

    void theTotalsAddUp()
    {
        ReportTotalsFeed feed(*m_connection);
        const TimeRange range = lastDays(5);
        std::optional<ReportTotals> totals;
        ApiError error;
        feed.fetch(range, [&](const ApiError &e, const ReportTotals &t) {
            error = e;
            totals = t;
        });
        QTRY_VERIFY_WITH_TIMEOUT(totals.has_value(), 30'000);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        for (const auto &value :
             {totals->solarKWh, totals->loadKWh, totals->importKWh, totals->exportKWh, totals->chargeKWh, totals->dischargeKWh})
            QVERIFY(value.has_value() && *value > 0);
        // import − export + solar + discharge − charge = load, within 1 %.
        const double gap = *totals->balanceGapKWh();
        QVERIFY2(std::abs(gap) < 0.01 * *totals->loadKWh,
                 qPrintable(QStringLiteral("off by %1 kWh of %2 kWh load").arg(gap).arg(*totals->loadKWh)));
        QVERIFY(*totals->selfConsumptionPercent() > 0 && *totals->selfConsumptionPercent() < 100);
        QVERIFY(totals->prPercent.has_value());
        QVERIFY(totals->peakImportW.has_value() && *totals->peakImportW > 1000);
        QVERIFY(totals->peakImportAtMs >= range.start.toMSecsSinceEpoch()
                && totals->peakImportAtMs < range.stop.toMSecsSinceEpoch());
        QVERIFY(totals->scheduleRuns.has_value() && *totals->scheduleRuns >= 4); // the default schedule runs daily
        QVERIFY(totals->scheduleRunsImportKWh + totals->scheduleRunsExportKWh > 0);
        // The table shows every figure.
        const QList<ReportFigure> rows = totals->figures(range.zone);
        QCOMPARE(rows.size(), 11);
        for (const ReportFigure &row : rows)
            QVERIFY2(row.value != QStringLiteral("—"), qPrintable(row.label));
    }

    void everyChartCoversThePeriodAsked()
    {
        ReportMaker maker(*m_connection, m_sim->clock());
        const TimeRange range = lastDays(4);
        const QString path = m_dir.filePath(
            ReportPeriod::fileName(ReportMaker::siteName(*m_connection), range, QStringLiteral("report"), QStringLiteral("pdf")));
        std::optional<ExportResult> result;
        maker.write(path, range, [&](const ExportResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
        QVERIFY2(result->ok, qPrintable(result->error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(maker.header().range.fromMs, range.start.toMSecsSinceEpoch());
        QCOMPARE(maker.header().range.toMs, range.stop.toMSecsSinceEpoch());
        QCOMPARE(maker.charts().size(), ReportMaker::definitions().size());
        // The power chart has data from the period's first hours to its last.
        const ReportChart &power = maker.charts().constFirst();
        QVERIFY(!power.series.isEmpty() && !power.series.constFirst().data.isEmpty());
        const TimeSeries &solar = power.series.constFirst().data;
        QVERIFY(solar.firstTime() >= range.start.toMSecsSinceEpoch());
        QVERIFY(solar.firstTime() < range.start.toMSecsSinceEpoch() + 3 * 3'600'000);
        QVERIFY(solar.lastTime() > range.stop.toMSecsSinceEpoch() - 3 * 3'600'000);

        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfinfo.isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30'000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        const int charts = int(ReportMaker::definitions().size());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(1 + (charts + 1) / 2))), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("K館")), qPrintable(out)); // the title names the site
    }

    void withATariffChosenTheReportHoldsTheGridCost()
    {
        // As the Energy page: what the grid cost, priced by the operator's plan, once there is one.
        m_settings->setTariffId(QStringLiteral("taipower-hv-three-period"));
        ReportMaker maker(*m_connection, m_sim->clock());
        const TimeRange range = lastDays(3);
        std::optional<ExportResult> result;
        maker.write(m_dir.filePath(QStringLiteral("with-cost.pdf")), range, [&](const ExportResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
        m_settings->setTariffId(QString());
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(maker.charts().size(), ReportMaker::definitions().size() + 1);
        const ReportChart &cost = maker.charts().constLast();
        QVERIFY2(cost.title.contains(QStringLiteral("Grid cost")), qPrintable(cost.title));
        double net = 0;
        for (const ChartSeries &s : cost.series) {
            if (s.name != QStringLiteral("Net cost"))
                continue;
            for (qsizetype i = 0; i < s.data.size(); ++i)
                net += s.data.isNullAt(i) ? 0.0 : s.data.value(i);
        }
        QVERIFY2(net > 0, qPrintable(QString::number(net)));
    }

    void fileNamesCarryTheSiteAndThePeriod()
    {
        const QTimeZone zone("Asia/Taipei");
        const Result<TimeRange> range = ReportPeriod::wholeDays(QStringLiteral("2026-11-07"), QStringLiteral("2026-12-06"), zone);
        QVERIFY2(range, qPrintable(range.error()));
        QCOMPARE(range->start, QDateTime(QDate(2026, 11, 7), QTime(0, 0), zone).toUTC());
        QCOMPARE(range->stop, QDateTime(QDate(2026, 12, 7), QTime(0, 0), zone).toUTC());
        QCOMPARE(ReportPeriod::fileName(QStringLiteral("K館"), *range, QStringLiteral("report"), QStringLiteral("pdf")),
                 QStringLiteral("K館_2026-11-07_2026-12-06_report.pdf"));
        QCOMPARE(ReportPeriod::fileName(QStringLiteral("K館"), *range, QStringLiteral("Building A main meter (HERMES_SM000010)"),
                                        QStringLiteral("csv")),
                 QStringLiteral("K館_2026-11-07_2026-12-06_Building A main meter (HERMES_SM000010).csv"));
        QCOMPARE(ReportPeriod::fileName(QStringLiteral("K館"), *range, QStringLiteral("Power: a/b"), QStringLiteral("png")),
                 QStringLiteral("K館_2026-11-07_2026-12-06_Power- a-b.png"));
        QVERIFY(!ReportPeriod::wholeDays(QStringLiteral("2026-12-06"), QStringLiteral("2026-11-07"), zone));
        QVERIFY(!ReportPeriod::wholeDays(QStringLiteral("yesterday"), QStringLiteral("2026-11-07"), zone));
        QCOMPARE(ReportPeriod::presetOf(QStringLiteral("30d")), TimeRange::Preset::Last30Days);
        QCOMPARE(ReportPeriod::presetOf(QStringLiteral("12mo")), TimeRange::Preset::Last12Months);
        QVERIFY(!ReportPeriod::presetOf(QStringLiteral("31d")));
    }
};

QTEST_MAIN(tst_ReportMaker)
#include "tst_ReportMaker.moc"
