// Fuzz target for the emulator's reading of a query string (docs/aegis-api.md §5–7): the raw
// query of a request goes through the URL decoding SimServer does (SimRequest::formQuery) into
// the device query, the domain query and the scheduler history of a small simulated site. Any
// query gives a JSON reply: 200 with data, or 400/413 with a message (FuzzTarget.h says how it is
// built; corpus/sim_query/ its inputs, one raw query string each).

#include "FuzzTarget.h"

#include "core/UtcTime.h"
#include "sim/SimRequest.h"
#include "sim/SimSite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <string_view>

namespace {

using Fuzz::require;

// Two days of history at a fixed instant, with the clock standing still: every run of an input
// is the same, and no query has much to read.
SimSite &site()
{
    static SimSite *const site = [] {
        Fuzz::ensureApplication();
        SimOptions options;
        options.historyDays = 2;
        options.acceleration = 0;
        options.startMs = UtcTime::parse(std::string_view("2024-07-03T09:30:00.000Z"));
        auto *s = new SimSite(options);
        require(s->start().ok());
        return s;
    }();
    return *site;
}

void checkReply(const SimReply &reply)
{
    require(reply.status == 200 || reply.status == 400 || reply.status == 413);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    require(error.error == QJsonParseError::NoError);
    if (!reply.ok())
        require(!doc.object().value(QStringLiteral("message")).toString().isEmpty());
}

} // namespace

AEGIS_FUZZ_TARGET(sim_query)
{
    SimSite &sim = site();
    // As the server reads a request's target: the URL from its encoded bytes, then the query.
    const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("/api/device_datas/query?") + Fuzz::bytes(data, size));
    const QUrlQuery query = SimRequest::formQuery(url.query(QUrl::FullyEncoded));
    checkReply(sim.deviceQuery(query));
    checkReply(sim.domainQuery(query));
    checkReply(sim.schedulerHistory(SimSite::kSchedulerId, query));
    return 0;
}
