#include "client/DomainQuery.h"

using namespace QueryParameters;

DomainQuery &DomainQuery::organizationId(int id)
{
    m_common.organizationId = id;
    return *this;
}

DomainQuery &DomainQuery::domainId(int id)
{
    m_common.domainId = id;
    return *this;
}

DomainQuery &DomainQuery::start(const QueryTimeArg &time)
{
    m_common.start = time;
    return *this;
}

DomainQuery &DomainQuery::stop(const QueryTimeArg &time)
{
    m_common.stop = time;
    return *this;
}

DomainQuery &DomainQuery::range(const QueryTimeArg &start, const QueryTimeArg &stop)
{
    m_common.start = start;
    m_common.stop = stop;
    return *this;
}

DomainQuery &DomainQuery::fields(const QStringList &fieldNames)
{
    m_common.fields = fieldNames;
    return *this;
}

DomainQuery &DomainQuery::fields(std::initializer_list<QAnyStringView> names)
{
    return fields(toList(names));
}

DomainQuery &DomainQuery::every(const Duration &window)
{
    m_common.every = window;
    return *this;
}

DomainQuery &DomainQuery::timezone(const QTimeZone &zone)
{
    m_common.timezone = zone;
    return *this;
}

DomainQuery &DomainQuery::timeSource(QueryTimeSource source)
{
    m_common.timeSource = source;
    return *this;
}

DomainQuery &DomainQuery::timeFunction(QueryTimeFunction function)
{
    m_common.timeFunction = function;
    return *this;
}

DomainQuery &DomainQuery::createEmpty(bool on)
{
    m_common.createEmpty = on;
    return *this;
}

DomainQuery &DomainQuery::pivotColumns(const QStringList &columns)
{
    m_common.pivotColumns = columns;
    return *this;
}

QString DomainQuery::problem() const
{
    // Domain queries aggregate by default (docs/aegis-api.md §6), so `every` needs no time_function.
    return m_common.problem();
}

QUrlQuery DomainQuery::toQuery() const
{
    // The order of docs/aegis-api.md §6's parameter list.
    QUrlQuery q;
    const CommonQueryParameters &c = m_common;
    if (c.organizationId)
        addItem(q, QStringLiteral("organization_id"), QString::number(*c.organizationId));
    if (c.domainId)
        addItem(q, QStringLiteral("domain_id"), QString::number(*c.domainId));
    if (c.start)
        addItem(q, QStringLiteral("start"), c.start->toString());
    if (c.stop)
        addItem(q, QStringLiteral("stop"), c.stop->toString());
    if (!c.fields.isEmpty())
        addItem(q, QStringLiteral("fields"), c.fields.join(QLatin1Char(',')));
    if (c.every)
        addItem(q, QStringLiteral("every"), c.every->toString());
    if (c.timezone)
        addItem(q, QStringLiteral("timezone"), QString::fromUtf8(c.timezone->id()));
    if (c.timeSource)
        addItem(q, QStringLiteral("time_src"), name(*c.timeSource));
    if (c.timeFunction)
        addItem(q, QStringLiteral("time_function"), name(*c.timeFunction));
    if (c.createEmpty)
        addItem(q, QStringLiteral("create_empty"), boolText(*c.createEmpty));
    if (!c.pivotColumns.isEmpty())
        addItem(q, QStringLiteral("pivot_columns"), c.pivotColumns.join(QLatin1Char(',')));
    return q;
}
