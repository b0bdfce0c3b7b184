#include "client/DeviceQuery.h"

using namespace QueryParameters;

namespace {

// A JSON string literal of `text` (quotes, backslashes and control characters escaped).
QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out.append(QStringLiteral("\\\""));
            break;
        case '\\':
            out.append(QStringLiteral("\\\\"));
            break;
        case '\n':
            out.append(QStringLiteral("\\n"));
            break;
        case '\r':
            out.append(QStringLiteral("\\r"));
            break;
        case '\t':
            out.append(QStringLiteral("\\t"));
            break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

} // namespace

DeviceQuery &DeviceQuery::organizationId(int id)
{
    m_common.organizationId = id;
    return *this;
}

DeviceQuery &DeviceQuery::output(QAnyStringView deviceOutputName)
{
    m_output = deviceOutputName.toString();
    return *this;
}

DeviceQuery &DeviceQuery::categories(const QStringList &categoryNames)
{
    m_categories = categoryNames;
    return *this;
}

DeviceQuery &DeviceQuery::categories(std::initializer_list<QAnyStringView> names)
{
    return categories(toList(names));
}

DeviceQuery &DeviceQuery::types(const QStringList &typeNames)
{
    m_types = typeNames;
    return *this;
}

DeviceQuery &DeviceQuery::types(std::initializer_list<QAnyStringView> names)
{
    return types(toList(names));
}

DeviceQuery &DeviceQuery::domainId(int id)
{
    m_common.domainId = id;
    return *this;
}

DeviceQuery &DeviceQuery::devices(const QStringList &deviceNames)
{
    m_devices = deviceNames;
    return *this;
}

DeviceQuery &DeviceQuery::devices(std::initializer_list<QAnyStringView> names)
{
    return devices(toList(names));
}

DeviceQuery &DeviceQuery::places(const QStringList &placeNames)
{
    m_places = placeNames;
    return *this;
}

DeviceQuery &DeviceQuery::places(std::initializer_list<QAnyStringView> names)
{
    return places(toList(names));
}

DeviceQuery &DeviceQuery::start(const QueryTimeArg &time)
{
    m_common.start = time;
    return *this;
}

DeviceQuery &DeviceQuery::stop(const QueryTimeArg &time)
{
    m_common.stop = time;
    return *this;
}

DeviceQuery &DeviceQuery::range(const QueryTimeArg &start, const QueryTimeArg &stop)
{
    m_common.start = start;
    m_common.stop = stop;
    return *this;
}

DeviceQuery &DeviceQuery::fields(const QStringList &fieldNames)
{
    m_common.fields = fieldNames;
    return *this;
}

DeviceQuery &DeviceQuery::fields(std::initializer_list<QAnyStringView> names)
{
    return fields(toList(names));
}

DeviceQuery &DeviceQuery::where(QAnyStringView tag, QAnyStringView value)
{
    const QString name = tag.toString();
    m_where.removeIf([&](const WhereFilter &f) { return f.tag == name; });
    m_where.append(WhereFilter{name, {value.toString()}, false});
    return *this;
}

DeviceQuery &DeviceQuery::where(QAnyStringView tag, const QStringList &values)
{
    const QString name = tag.toString();
    m_where.removeIf([&](const WhereFilter &f) { return f.tag == name; });
    m_where.append(WhereFilter{name, values, true});
    return *this;
}

DeviceQuery &DeviceQuery::differenceNonNegativeSource(bool on)
{
    m_differenceNonNegativeSource = on;
    return *this;
}

DeviceQuery &DeviceQuery::every(const Duration &window)
{
    m_common.every = window;
    return *this;
}

DeviceQuery &DeviceQuery::timeFunction(QueryTimeFunction function)
{
    m_common.timeFunction = function;
    return *this;
}

DeviceQuery &DeviceQuery::createEmpty(bool on)
{
    m_common.createEmpty = on;
    return *this;
}

DeviceQuery &DeviceQuery::timeSource(QueryTimeSource source)
{
    m_common.timeSource = source;
    return *this;
}

DeviceQuery &DeviceQuery::timezone(const QTimeZone &zone)
{
    m_common.timezone = zone;
    return *this;
}

DeviceQuery &DeviceQuery::difference(bool on)
{
    m_difference = on;
    return *this;
}

DeviceQuery &DeviceQuery::groupBy(const QList<GroupColumn> &columns)
{
    m_groupBy = columns;
    return *this;
}

DeviceQuery &DeviceQuery::groupFunction(QueryGroupFunction function)
{
    m_groupFunction = function;
    return *this;
}

DeviceQuery &DeviceQuery::pivotColumns(const QStringList &columns)
{
    m_common.pivotColumns = columns;
    return *this;
}

DeviceQuery &DeviceQuery::limit(int rowsPerTable)
{
    m_limit = rowsPerTable;
    return *this;
}

DeviceQuery &DeviceQuery::debug(bool on)
{
    m_debug = on;
    return *this;
}

QString DeviceQuery::problem() const
{
    if (const QString p = m_common.problem(); !p.isEmpty())
        return p;
    // docs/aegis-api.md §5 [decided]: the output may be left out only when a category or type selects.
    if ((!m_output || m_output->trimmed().isEmpty()) && m_categories.isEmpty() && m_types.isEmpty())
        return tr("device_output_name is missing: name the output, or select the devices by category or type.");
    for (const auto &[parameter, list] :
         {std::pair{QStringLiteral("device_type_category_name"), &m_categories},
          std::pair{QStringLiteral("device_type_name"), &m_types}, std::pair{QStringLiteral("device_names"), &m_devices},
          std::pair{QStringLiteral("place_names"), &m_places}}) {
        if (const QString p = listProblem(parameter, *list); !p.isEmpty())
            return p;
    }
    if (m_common.every && !m_common.timeFunction)
        return tr("every needs time_function: choose how each window becomes one value (mean, sum, last, ...).");
    for (const WhereFilter &f : m_where) {
        if (f.tag.trimmed().isEmpty())
            return tr("where holds a filter without a tag name.");
        if (f.isList && f.values.isEmpty())
            return tr("where: the filter on %1 allows no value at all.").arg(f.tag);
    }
    for (const GroupColumn &c : m_groupBy) {
        if (c.name.trimmed().isEmpty() || c.name.contains(QLatin1Char(',')) || c.name.startsWith(QLatin1Char('!')))
            return tr("group_by: \"%1\" is not a column name.").arg(c.name);
    }
    if (m_limit && *m_limit <= 0)
        return tr("limit must be a positive number of rows.");
    return {};
}

QString DeviceQuery::whereJson() const
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < m_where.size(); ++i) {
        const WhereFilter &f = m_where.at(i);
        if (i > 0)
            out.append(QLatin1Char(','));
        out.append(jsonString(f.tag) + QLatin1Char(':'));
        if (!f.isList) {
            out.append(jsonString(f.values.value(0)));
            continue;
        }
        out.append(QLatin1Char('['));
        for (qsizetype k = 0; k < f.values.size(); ++k)
            out.append((k > 0 ? QStringLiteral(",") : QString()) + jsonString(f.values.at(k)));
        out.append(QLatin1Char(']'));
    }
    out.append(QLatin1Char('}'));
    return out;
}

QUrlQuery DeviceQuery::toQuery() const
{
    // The order of docs/aegis-api.md §5's table, so that logged URLs read like the contract.
    QUrlQuery q;
    const CommonQueryParameters &c = m_common;
    const QChar comma = QLatin1Char(',');
    if (c.organizationId)
        addItem(q, QStringLiteral("organization_id"), QString::number(*c.organizationId));
    if (m_output)
        addItem(q, QStringLiteral("device_output_name"), *m_output);
    if (!m_categories.isEmpty())
        addItem(q, QStringLiteral("device_type_category_name"), m_categories.join(comma));
    if (!m_types.isEmpty())
        addItem(q, QStringLiteral("device_type_name"), m_types.join(comma));
    if (c.domainId)
        addItem(q, QStringLiteral("domain_id"), QString::number(*c.domainId));
    if (!m_devices.isEmpty())
        addItem(q, QStringLiteral("device_names"), m_devices.join(comma));
    if (!m_places.isEmpty())
        addItem(q, QStringLiteral("place_names"), m_places.join(comma));
    if (c.start)
        addItem(q, QStringLiteral("start"), c.start->toString());
    if (c.stop)
        addItem(q, QStringLiteral("stop"), c.stop->toString());
    if (!c.fields.isEmpty())
        addItem(q, QStringLiteral("fields"), c.fields.join(comma));
    if (!m_where.isEmpty())
        addItem(q, QStringLiteral("where"), whereJson());
    if (m_differenceNonNegativeSource)
        addItem(q, QStringLiteral("differenceNonNegativeSource"), boolText(*m_differenceNonNegativeSource));
    if (c.every)
        addItem(q, QStringLiteral("every"), c.every->toString());
    if (c.timeFunction)
        addItem(q, QStringLiteral("time_function"), name(*c.timeFunction));
    if (c.createEmpty)
        addItem(q, QStringLiteral("create_empty"), boolText(*c.createEmpty));
    if (c.timeSource)
        addItem(q, QStringLiteral("time_src"), name(*c.timeSource));
    if (c.timezone)
        addItem(q, QStringLiteral("timezone"), QString::fromUtf8(c.timezone->id()));
    if (m_difference)
        addItem(q, QStringLiteral("difference"), boolText(*m_difference));
    if (!m_groupBy.isEmpty()) {
        QStringList columns;
        for (const GroupColumn &column : m_groupBy)
            columns.append(column.toString());
        addItem(q, QStringLiteral("group_by"), columns.join(comma));
    }
    if (m_groupFunction)
        addItem(q, QStringLiteral("group_function"), name(*m_groupFunction));
    if (!c.pivotColumns.isEmpty())
        addItem(q, QStringLiteral("pivot_columns"), c.pivotColumns.join(comma));
    if (m_limit)
        addItem(q, QStringLiteral("limit"), QString::number(*m_limit));
    if (m_debug)
        addItem(q, QStringLiteral("debug"), boolText(*m_debug));
    return q;
}
