#pragma once

#include "client/DeviceQuery.h"
#include "client/DomainQuery.h"

// The site a query is about: the organization and the domain every device and domain query
// names (docs/aegis-api.md §5–6). The one place the query prefix is built.
struct SiteScope
{
    int organizationId = 0;
    int domainId = 0;

    // A query that already carries organization_id and domain_id.
    DomainQuery domainQuery() const;
    DeviceQuery deviceQuery() const;
};
