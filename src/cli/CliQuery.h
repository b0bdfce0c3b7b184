#pragma once

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"
#include "client/FieldUnits.h"
#include "client/QueryParameters.h"
#include "core/Result.h"

#include <QString>
#include <QUrlQuery>
#include <optional>

class CliOptions;

// The query that `aegis-cli query device|domain` options describe: a DeviceQuery or a
// DomainQuery, plus what the CSV writer needs to know about the reply's shape and units.
class CliQuery final
{
public:
    // The query, or why the options do not make one (a usage error, translated). Without
    // --organization the query has no organization_id yet: the login reply supplies it.
    static Result<CliQuery> fromOptions(const CliOptions &options);
    // `--start`/`--stop` as the contract's start and stop (docs/aegis-api.md §5).
    static Result<QueryTimeArg> timeArg(const QString &option, const QString &text);

    bool hasOrganization() const { return m_organizationGiven; }
    void setOrganization(int id);

    QString path() const;
    QUrlQuery toQuery() const;

    FieldUnits::Scope scope() const { return m_isDevice ? FieldUnits::Scope::Device : FieldUnits::Scope::Domain; }
    std::optional<QueryTimeFunction> timeFunction() const { return m_timeFunction; }
    std::optional<QueryGroupFunction> groupFunction() const { return m_groupFunction; }
    bool pivoted() const { return m_pivoted; }

private:
    CliQuery() = default;
    QString readCommon(const CliOptions &options);
    QString readDeviceOnly(const CliOptions &options);
    QString problem() const;

    bool m_isDevice = true;
    DeviceQuery m_device;
    DomainQuery m_domain;
    bool m_organizationGiven = false;
    std::optional<QueryTimeFunction> m_timeFunction;
    std::optional<QueryGroupFunction> m_groupFunction;
    bool m_pivoted = false;
};
