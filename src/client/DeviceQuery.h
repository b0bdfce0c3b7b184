#pragma once

#include "client/QueryParameters.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <initializer_list>
#include <optional>

// A `GET device_datas/query` (docs/aegis-api.md §5), built with chainable setters and written out
// exactly as the contract spells each parameter; only parameters that were set are sent.
//
//   DeviceQuery().organizationId(182).devices({u"AA-70-2212-01-0028-070"}).output(u"pomcube_data")
//       .fields({u"SolarPower", u"LoadPower"}).range(from, to).every(Duration(1, Duration::Unit::Day))
//       .timeFunction(QueryTimeFunction::Mean).timezone(QTimeZone("Asia/Taipei"))
class DeviceQuery final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceQuery)

public:
    // One `where` filter: the tag equals `values[0]`, or (isList) is one of `values`.
    struct WhereFilter
    {
        QString tag;
        QStringList values;
        bool isList = false;
        friend bool operator==(const WhereFilter &, const WhereFilter &) = default;
    };

    static QString path() { return QStringLiteral("device_datas/query"); }

    DeviceQuery &organizationId(int id); // organization_id
    DeviceQuery &output(QAnyStringView deviceOutputName); // device_output_name
    DeviceQuery &categories(const QStringList &categoryNames); // device_type_category_name
    DeviceQuery &categories(std::initializer_list<QAnyStringView> names);
    DeviceQuery &types(const QStringList &typeNames); // device_type_name
    DeviceQuery &types(std::initializer_list<QAnyStringView> names);
    DeviceQuery &domainId(int id); // domain_id
    DeviceQuery &devices(const QStringList &deviceNames); // device_names
    DeviceQuery &devices(std::initializer_list<QAnyStringView> names);
    DeviceQuery &places(const QStringList &placeNames); // place_names
    DeviceQuery &places(std::initializer_list<QAnyStringView> names);
    DeviceQuery &start(const QueryTimeArg &time); // start
    DeviceQuery &stop(const QueryTimeArg &time); // stop
    DeviceQuery &range(const QueryTimeArg &start, const QueryTimeArg &stop);
    DeviceQuery &fields(const QStringList &fieldNames); // fields
    DeviceQuery &fields(std::initializer_list<QAnyStringView> names);
    DeviceQuery &where(QAnyStringView tag, QAnyStringView value); // where: tag == value
    DeviceQuery &where(QAnyStringView tag, const QStringList &values); // where: tag in values
    DeviceQuery &differenceNonNegativeSource(bool on = true); // differenceNonNegativeSource
    DeviceQuery &every(const Duration &window); // every
    DeviceQuery &timeFunction(QueryTimeFunction function); // time_function
    DeviceQuery &createEmpty(bool on = true); // create_empty
    DeviceQuery &timeSource(QueryTimeSource source); // time_src
    DeviceQuery &timezone(const QTimeZone &zone); // timezone
    DeviceQuery &difference(bool on = true); // difference
    DeviceQuery &groupBy(const QList<GroupColumn> &columns); // group_by
    DeviceQuery &groupFunction(QueryGroupFunction function); // group_function
    DeviceQuery &pivotColumns(const QStringList &columns); // pivot_columns
    DeviceQuery &pivotByField() { return pivotColumns({QStringLiteral("_field")}); }
    DeviceQuery &limit(int rowsPerTable); // limit
    DeviceQuery &debug(bool on = true); // debug

    const QStringList &fieldNames() const { return m_common.fields; }
    const QStringList &deviceNames() const { return m_devices; }
    const QList<WhereFilter> &whereFilters() const { return m_where; }

    // What the server would refuse that can be seen here, translated; empty when fine.
    QString problem() const;
    QUrlQuery toQuery() const;
    // The `where` value: a compact JSON object in the order the filters were added.
    QString whereJson() const;

    friend bool operator==(const DeviceQuery &a, const DeviceQuery &b) { return a.toQuery() == b.toQuery(); }

private:
    CommonQueryParameters m_common;
    std::optional<QString> m_output;
    QStringList m_categories;
    QStringList m_types;
    QStringList m_devices;
    QStringList m_places;
    QList<WhereFilter> m_where;
    std::optional<bool> m_differenceNonNegativeSource;
    std::optional<bool> m_difference;
    QList<GroupColumn> m_groupBy;
    std::optional<QueryGroupFunction> m_groupFunction;
    std::optional<int> m_limit;
    std::optional<bool> m_debug;
};
