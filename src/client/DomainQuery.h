#pragma once

#include "client/QueryParameters.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <initializer_list>

// A `GET domain_datas/query` (docs/aegis-api.md §6): site statistics of a domain subtree. Without
// time_function each field uses its default aggregation (§6 table), so every alone is fine.
//
//   DomainQuery().organizationId(182).domainId(187).fields({u"BatSoC"}).start(from)
//       .every(Duration(15, Duration::Unit::Minute)).timezone(QTimeZone("Asia/Taipei"))
class DomainQuery final
{
    Q_DECLARE_TR_FUNCTIONS(DomainQuery)

public:
    static QString path() { return QStringLiteral("domain_datas/query"); }

    DomainQuery &organizationId(int id); // organization_id
    DomainQuery &domainId(int id); // domain_id
    DomainQuery &start(const QueryTimeArg &time); // start
    DomainQuery &stop(const QueryTimeArg &time); // stop
    DomainQuery &range(const QueryTimeArg &start, const QueryTimeArg &stop);
    DomainQuery &fields(const QStringList &fieldNames); // fields
    DomainQuery &fields(std::initializer_list<QAnyStringView> names);
    DomainQuery &every(const Duration &window); // every
    DomainQuery &timezone(const QTimeZone &zone); // timezone
    DomainQuery &timeSource(QueryTimeSource source); // time_src
    DomainQuery &timeFunction(QueryTimeFunction function); // time_function
    DomainQuery &createEmpty(bool on = true); // create_empty
    DomainQuery &pivotColumns(const QStringList &columns); // pivot_columns
    DomainQuery &pivotByField() { return pivotColumns({QStringLiteral("_field")}); }

    const QStringList &fieldNames() const { return m_common.fields; }

    // What the server would refuse that can be seen here, translated; empty when fine.
    QString problem() const;
    QUrlQuery toQuery() const;

    friend bool operator==(const DomainQuery &a, const DomainQuery &b) { return a.toQuery() == b.toQuery(); }

private:
    CommonQueryParameters m_common;
};
