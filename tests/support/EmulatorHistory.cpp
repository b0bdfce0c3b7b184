#include "support/EmulatorHistory.h"

#include "client/QueryReplyDecoder.h"
#include "sim/SimSite.h"

#include <QUrlQuery>
#include <utility>

Result<QueryResult> EmulatorHistory::fourWeeks(SimSite &site)
{
    QUrlQuery q;
    for (const auto &[k, v] : {std::pair{"organization_id", "182"},
                               {"domain_id", "187"},
                               {"start", "-28d"},
                               {"fields", "LoadPower,SolarPower"},
                               {"every", "15m"},
                               {"timezone", "Asia/Taipei"},
                               {"time_src", "_start"}})
        q.addQueryItem(QString::fromLatin1(k), QString::fromLatin1(v));
    return QueryReplyDecoder::decode(site.domainQuery(q).body);
}
