#include "client/SiteScope.h"

DomainQuery SiteScope::domainQuery() const
{
    DomainQuery q;
    q.organizationId(organizationId).domainId(domainId);
    return q;
}

DeviceQuery SiteScope::deviceQuery() const
{
    DeviceQuery q;
    q.organizationId(organizationId).domainId(domainId);
    return q;
}
