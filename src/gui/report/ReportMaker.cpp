#include "gui/report/ReportMaker.h"

#include "client/SiteLayout.h"
#include "core/Clock.h"
#include "gui/charts/SeriesPresentation.h"
#include "gui/cost/GridCostPricing.h"
#include "gui/report/ReportTotalsFeed.h"
#include "gui/site/MeterRoleText.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"
#include "gui/tariff/TariffSettingsDialog.h"

#include <memory>
#include <optional>

ReportMaker::ReportMaker(SiteConnection &connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_clock(clock)
    , m_totalsFeed(new ReportTotalsFeed(connection, this))
    , m_pricing(std::make_shared<GridCostPricing>(TariffSettingsDialog::defaultPlansDirectory()))
{
}

ReportMaker::~ReportMaker() = default;

QList<ChartDefinition> ReportMaker::definitions()
{
    return ChartCatalog::power() + ChartCatalog::battery() + ChartCatalog::solar() + ChartCatalog::energy()
        + ChartCatalog::meters();
}

QString ReportMaker::siteName(const SiteConnection &connection)
{
    const SiteLayout layout = SiteLayout::buildingK();
    for (const SiteLayout::Domain &domain : layout.domains) {
        if (domain.id == connection.domainId())
            return domain.name;
    }
    return tr("Domain %1").arg(connection.domainId());
}

void ReportMaker::write(const QString &path, const TimeRange &range, Done done)
{
    const quint64 generation = ++m_generation;
    m_done = std::move(done);
    m_path = path;
    m_range = range;
    m_error.clear();
    m_definitions = definitions();
    m_pricing->readPlan(m_connection.settings());
    if (m_pricing->plan() == GridCostPricing::Plan::Ready)
        m_definitions.append(GridCostPricing::chart(m_pricing));
    m_charts = QList<ReportChart>(m_definitions.size());
    m_totals = {};
    m_header = {};
    m_header.site = siteName(m_connection);
    m_header.title = tr("%1 energy report").arg(m_header.site);
    m_header.range = TimeInterval{range.start.toMSecsSinceEpoch(), range.stop.toMSecsSinceEpoch()};
    m_header.zone = range.zone;
    m_pending = int(m_definitions.size()) + 1;

    const ChartContext context = m_connection.scope();
    for (int i = 0; i < m_definitions.size(); ++i) {
        // A chart's second query (the grid meter's export beside the domain's energies) joins
        // its first, as on the chart pages.
        QList<ChartRequest> requests{m_definitions.at(i).request(range, context)};
        if (m_definitions.at(i).extraRequest)
            requests.append(m_definitions.at(i).extraRequest(range, context));
        auto parts = std::make_shared<QList<std::optional<QueryRunner::Reply>>>(requests.size());
        for (int part = 0; part < requests.size(); ++part) {
            const QString key = QStringLiteral("report/") + m_definitions.at(i).id
                + (part > 0 ? QStringLiteral("/") + QString::number(part) : QString());
            m_connection.queries().run(key, requests.at(part).path, requests.at(part).query, this,
                                       [this, i, generation, parts, part](const QueryRunner::Reply &reply) {
                                           if (generation != m_generation)
                                               return;
                                           (*parts)[part] = reply;
                                           QueryRunner::Reply all;
                                           for (const std::optional<QueryRunner::Reply> &r : std::as_const(*parts)) {
                                               if (!r)
                                                   return; // the other part is still on its way
                                               if (r->error.isError() && !all.error.isError())
                                                   all.error = r->error;
                                               all.result.tables.append(r->result.tables);
                                               all.result.rowCount += r->result.rowCount;
                                           }
                                           chartArrived(i, all);
                                       });
        }
    }
    m_totalsFeed->fetch(range, [this, generation](const ApiError &error, const ReportTotals &totals) {
        if (generation != m_generation)
            return;
        if (error.isError())
            fail(tr("Could not read the totals: %1").arg(error.message()));
        m_totals = totals;
        --m_pending;
        finishIfComplete();
    });
}

void ReportMaker::chartArrived(int index, const QueryRunner::Reply &reply)
{
    const ChartDefinition &definition = m_definitions.at(index);
    if (reply.error.isError()) {
        fail(tr("Could not load “%1”: %2").arg(definition.title(), reply.error.message()));
    } else {
        ReportChart &chart = m_charts[index];
        chart.title = definition.title();
        // As the chart pages show them: power in kW, the first point on its bucket, meters by
        // their roles, the fixed axes of the chart's look.
        chart.series = SeriesPresentation::forOperator(definition.series(reply.result, m_range), m_range.zone);
        for (ChartSeries &s : chart.series) {
            if (!s.device.isEmpty())
                s.name = MeterRoleText::label(m_connection.meterRoles(), s.device);
        }
        const ChartLook look = definition.look ? definition.look(reply.result) : ChartLook{};
        chart.left = look.left;
        chart.right = look.right;
        if (!look.message.isEmpty())
            chart.message = look.message;
        bool empty = true;
        for (const ChartSeries &s : std::as_const(chart.series))
            empty = empty && s.data.isEmpty();
        if (empty)
            chart.message = tr("No data in this range.");
    }
    --m_pending;
    finishIfComplete();
}

void ReportMaker::fail(const QString &message)
{
    // The first failure is the one reported; a report with a hole is not one to hand in.
    if (m_error.isEmpty())
        m_error = message;
}

void ReportMaker::finishIfComplete()
{
    if (m_pending != 0 || !m_done)
        return;
    ExportResult result = ExportResult::failure(m_error);
    if (m_error.isEmpty()) {
        m_header.generatedMs = m_clock.nowMs();
        result = ReportWriter::write(m_path, m_header, m_totals.figures(m_range.zone), m_charts);
    }
    std::exchange(m_done, {})(result);
}
