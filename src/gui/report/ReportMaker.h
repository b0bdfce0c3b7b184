#pragma once

#include "gui/charts/ChartDefinition.h"
#include "gui/report/ReportTotals.h"
#include "gui/site/QueryRunner.h"
#include "gui/timechart/ReportWriter.h"

#include <QObject>
#include <functional>
#include <memory>

class Clock;
class GridCostPricing;
class ReportTotalsFeed;
class SiteConnection;

// Makes the PDF report of a period (docs/product.md "The report"): asks for every chart of the
// chart pages and the totals over exactly that period, whatever the pages show, then writes the
// file. The window's *File → Export report* and the headless `aegis-console --report` use it.
class ReportMaker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportMaker)

public:
    ReportMaker(SiteConnection &connection, const Clock &clock, QObject *parent = nullptr);
    ~ReportMaker() override;

    using Done = std::function<void(const ExportResult &)>;
    // `done` once, when the file is written or could not be.
    void write(const QString &path, const TimeRange &range, Done done);
    bool isBusy() const { return bool(m_done); }

    // What the last report held (tests).
    const QList<ReportChart> &charts() const { return m_charts; }
    const ReportTotals &totals() const { return m_totals; }
    const ReportWriter::Header &header() const { return m_header; }

    // The charts a report holds: those of the Power, Battery, Solar, Energy and Meters pages;
    // and the Energy page's grid cost after them once the operator has chosen a tariff plan
    // that can be read.
    static QList<ChartDefinition> definitions();
    // The site's name for titles and file names: the domain's ("K館").
    static QString siteName(const SiteConnection &connection);

private:
    void chartArrived(int index, const QueryRunner::Reply &reply);
    void finishIfComplete();
    void fail(const QString &message);

    SiteConnection &m_connection;
    const Clock &m_clock;
    ReportTotalsFeed *m_totalsFeed;
    std::shared_ptr<GridCostPricing> m_pricing; // the plan the grid cost chart is priced by
    QList<ChartDefinition> m_definitions;
    QList<ReportChart> m_charts;
    ReportTotals m_totals;
    ReportWriter::Header m_header;
    TimeRange m_range;
    QString m_path;
    QString m_error;
    Done m_done;
    int m_pending = 0;
    quint64 m_generation = 0;
};
