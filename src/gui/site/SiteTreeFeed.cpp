#include "gui/site/SiteTreeFeed.h"

#include "client/DeviceQuery.h"
#include "gui/common/Units.h"
#include "gui/site/QueryRunner.h"
#include "gui/site/SiteConnection.h"
#include "gui/site/SiteTreeModel.h"

SiteTreeFeed::SiteTreeFeed(SiteConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void SiteTreeFeed::refresh()
{
    fetch(QStringLiteral("pomcube_data"), {QStringLiteral("BatSoC")}, true);
    fetch(QStringLiteral("hermes_ess_data"), {QStringLiteral("BatSoC")}, true);
    fetch(QStringLiteral("hermes_pv_inverter_data"), {QStringLiteral("Status")}, false);
    fetch(QStringLiteral("hermes_sun_photometer_data"), {QStringLiteral("Status")}, false);
    // A meter's Type names what it measures (docs/aegis-api.md §4): its role in the tree and charts.
    fetch(QStringLiteral("hermes_smartmeter_data"), {QStringLiteral("Status"), QStringLiteral("Type")}, false);
}

void SiteTreeFeed::fetch(const QString &output, const QStringList &fields, bool soc)
{
    DeviceQuery q = m_connection.deviceQuery();
    q.output(output).fields(fields).start(QueryTimeArg::relative(QStringLiteral("-1h"))).timeFunction(QueryTimeFunction::Last);
    m_connection.queries().run(
        QStringLiteral("tree/") + output, DeviceQuery::path(), q.toQuery(), this,
        [this, field = fields.constFirst(), soc](const QueryRunner::Reply &reply) {
            if (reply.error.isError())
                return; // the banner shows the failures of the pages
            for (const QueryTable &t : reply.result.tables) {
                if (t.field == u"Type" && !t.series.isEmpty()) {
                    const QString type = t.text(t.series.size() - 1);
                    m_connection.learnMeterType(t.deviceName(), type);
                    emit meterTypeRead(t.deviceName(), type);
                    continue;
                }
                if (t.field != field || t.series.isEmpty())
                    continue;
                const QString status = soc ? tr("SoC %1").arg(Units::percent(t.series.lastValue().value_or(qQNaN())))
                                           : SiteTreeModel::statusName(t.text(t.series.size() - 1));
                emit statusRead(t.deviceName(), status, QDateTime::fromMSecsSinceEpoch(t.series.lastTime(), Qt::UTC));
            }
        });
}
