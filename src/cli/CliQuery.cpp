#include "cli/CliQuery.h"

#include "cli/AegisCli.h"
#include "cli/CliOptions.h"
#include "core/Duration.h"
#include "core/NumberText.h"
#include "core/UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n > 0 ? std::optional<int>(n) : std::nullopt;
}

// A `where` value from JSON as the text the filter compares with: 1 rather than 1.0.
std::optional<QString> tagValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return NumberText::shortest(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

// Adds the filters of one --where value: a JSON object or tag=value[,value...].
QString addWhere(DeviceQuery &query, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (!doc.isObject())
            return AegisCli::tr("--where: not a JSON object (%1)").arg(error.errorString());
        const QJsonObject filters = doc.object();
        for (auto it = filters.begin(); it != filters.end(); ++it) {
            if (it.value().isArray()) {
                QStringList values;
                for (const QJsonValue &item : it.value().toArray()) {
                    const std::optional<QString> value = tagValue(item);
                    if (!value)
                        return AegisCli::tr("--where: the values of \"%1\" must be strings or numbers").arg(it.key());
                    values.append(*value);
                }
                query.where(it.key(), values);
            } else if (const std::optional<QString> value = tagValue(it.value())) {
                query.where(it.key(), *value);
            } else {
                return AegisCli::tr("--where: \"%1\" needs a string, a number or a list").arg(it.key());
            }
        }
        return {};
    }
    const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return AegisCli::tr("--where needs a JSON object or tag=value, not \"%1\"").arg(text);
    const QString tag = trimmed.left(equals).trimmed();
    const QString value = trimmed.mid(equals + 1);
    if (value.contains(QLatin1Char(','))) {
        QStringList values;
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(item.trimmed());
        query.where(tag, values);
    } else {
        query.where(tag, value.trimmed());
    }
    return {};
}

} // namespace

Result<QueryTimeArg> CliQuery::timeArg(const QString &option, const QString &text)
{
    const QString t = text.trimmed();
    if (t == u"0")
        return QueryTimeArg::beginningOfData();
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
        const QueryTimeArg relative = QueryTimeArg::relative(t);
        if (const QString problem = relative.problem(); !problem.isEmpty())
            return Result<QueryTimeArg>::failure(QStringLiteral("--%1: %2").arg(option, problem));
        return relative;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(t).hasMatch())
        return QueryTimeArg::atMs(t.toLongLong() * 1000);
    if (const std::optional<qint64> ms = UtcTime::parse(t))
        return QueryTimeArg::atMs(*ms);
    return Result<QueryTimeArg>::failure(
        AegisCli::tr("--%1 needs ISO-8601 with Z or an offset (2024-07-03T08:00:00+08:00), unix seconds, a time "
                     "relative to now (-30m, -7d) or 0; not \"%2\"")
            .arg(option, text));
}

Result<CliQuery> CliQuery::fromOptions(const CliOptions &options)
{
    CliQuery q;
    q.m_isDevice = options.command() == CliCommand::QueryDevice;
    QString error = q.readCommon(options);
    if (error.isEmpty() && q.m_isDevice)
        error = q.readDeviceOnly(options);
    if (error.isEmpty())
        error = q.problem();
    if (!error.isEmpty())
        return Result<CliQuery>::failure(error);
    return q;
}

QString CliQuery::readCommon(const CliOptions &options)
{
    // Both query types have the same setters for the parameters they share.
    const auto both = [this](auto &&set) {
        if (m_isDevice)
            set(m_device);
        else
            set(m_domain);
    };
    if (options.isSet(QStringLiteral("organization"))) {
        const std::optional<int> id = positiveInt(options.value(QStringLiteral("organization")));
        if (!id)
            return AegisCli::tr("--organization needs a positive whole number");
        setOrganization(*id);
    }
    if (options.isSet(QStringLiteral("domain"))) {
        const std::optional<int> id = positiveInt(options.value(QStringLiteral("domain")));
        if (!id)
            return AegisCli::tr("--domain needs a positive whole number");
        both([&](auto &query) { query.domainId(*id); });
    }
    if (!options.isSet(QStringLiteral("start")))
        return AegisCli::tr("--start is required: the beginning of the time range, e.g. --start -1d");
    for (const QString &name : {QStringLiteral("start"), QStringLiteral("stop")}) {
        if (!options.isSet(name))
            continue;
        const Result<QueryTimeArg> time = timeArg(name, options.value(name));
        if (!time)
            return time.error();
        if (name == u"start")
            both([&](auto &query) { query.start(*time); });
        else
            both([&](auto &query) { query.stop(*time); });
    }
    const QStringList fields = options.listValue(QStringLiteral("fields"));
    if (fields.isEmpty())
        return AegisCli::tr("--fields is required: name the fields, e.g. --fields SolarPower,LoadPower");
    both([&](auto &query) { query.fields(fields); });
    if (options.isSet(QStringLiteral("every"))) {
        const Result<Duration> every = Duration::parse(options.value(QStringLiteral("every")).trimmed());
        if (!every)
            return QStringLiteral("--every: ") + every.error();
        both([&](auto &query) { query.every(*every); });
    }
    if (options.isSet(QStringLiteral("time-function"))) {
        const QString name = options.value(QStringLiteral("time-function")).trimmed();
        m_timeFunction = QueryParameters::timeFunctionFromName(name);
        if (!m_timeFunction)
            return AegisCli::tr("--time-function needs first, last, min, max, mean, median, count, sum, spread or "
                                "integral, not \"%1\"")
                .arg(name);
        both([&](auto &query) { query.timeFunction(*m_timeFunction); });
    }
    if (options.isSet(QStringLiteral("create-empty")))
        both([](auto &query) { query.createEmpty(true); });
    if (options.isSet(QStringLiteral("time-src"))) {
        const QString edge = options.value(QStringLiteral("time-src")).trimmed();
        QueryTimeSource source = QueryTimeSource::WindowStop;
        if (edge == u"_start" || edge == u"start")
            source = QueryTimeSource::WindowStart;
        else if (edge != u"_stop" && edge != u"stop")
            return AegisCli::tr("--time-src needs _start or _stop, not \"%1\"").arg(edge);
        both([&](auto &query) { query.timeSource(source); });
    }
    if (options.isSet(QStringLiteral("timezone"))) {
        const QString id = options.value(QStringLiteral("timezone")).trimmed();
        const QTimeZone zone(id.toUtf8());
        if (!zone.isValid())
            return AegisCli::tr("--timezone needs an IANA time zone such as Asia/Taipei, not \"%1\"").arg(id);
        both([&](auto &query) { query.timezone(zone); });
    }
    if (options.isSet(QStringLiteral("pivot"))) {
        m_pivoted = true;
        both([](auto &query) { query.pivotByField(); });
    }
    return {};
}

QString CliQuery::readDeviceOnly(const CliOptions &options)
{
    DeviceQuery &q = m_device;
    if (options.isSet(QStringLiteral("output")))
        q.output(options.value(QStringLiteral("output")).trimmed());
    if (const QStringList v = options.listValue(QStringLiteral("category")); !v.isEmpty())
        q.categories(v);
    if (const QStringList v = options.listValue(QStringLiteral("type")); !v.isEmpty())
        q.types(v);
    if (const QStringList v = options.listValue(QStringLiteral("devices")); !v.isEmpty())
        q.devices(v);
    if (const QStringList v = options.listValue(QStringLiteral("places")); !v.isEmpty())
        q.places(v);
    for (const QString &where : options.values(QStringLiteral("where"))) {
        if (const QString error = addWhere(q, where); !error.isEmpty())
            return error;
    }
    if (options.isSet(QStringLiteral("difference-non-negative")))
        q.differenceNonNegativeSource(true);
    if (options.isSet(QStringLiteral("difference")))
        q.difference(true);
    if (const QStringList columns = options.listValue(QStringLiteral("group-by")); !columns.isEmpty()) {
        QList<GroupColumn> groupBy;
        for (const QString &column : columns) {
            const bool beforeOnly = column.startsWith(QLatin1Char('!'));
            groupBy.append(GroupColumn(beforeOnly ? column.mid(1).trimmed() : column, beforeOnly));
        }
        q.groupBy(groupBy);
    }
    if (options.isSet(QStringLiteral("group-function"))) {
        const QString name = options.value(QStringLiteral("group-function")).trimmed();
        m_groupFunction = QueryParameters::groupFunctionFromName(name);
        if (!m_groupFunction)
            return AegisCli::tr("--group-function needs min, max, mean, median, count or sum, not \"%1\"").arg(name);
        q.groupFunction(*m_groupFunction);
    }
    if (options.isSet(QStringLiteral("limit"))) {
        const std::optional<int> rows = positiveInt(options.value(QStringLiteral("limit")));
        if (!rows)
            return AegisCli::tr("--limit needs a positive whole number of rows");
        q.limit(*rows);
    }
    return {};
}

QString CliQuery::problem() const
{
    // The library checks need an organization, which the login reply may only supply later;
    // any positive id stands in for it here.
    if (m_isDevice) {
        DeviceQuery q = m_device;
        if (!m_organizationGiven)
            q.organizationId(1);
        return q.problem();
    }
    DomainQuery q = m_domain;
    if (!m_organizationGiven)
        q.organizationId(1);
    return q.problem();
}

void CliQuery::setOrganization(int id)
{
    m_organizationGiven = true;
    m_device.organizationId(id);
    m_domain.organizationId(id);
}

QString CliQuery::path() const
{
    return m_isDevice ? DeviceQuery::path() : DomainQuery::path();
}

QUrlQuery CliQuery::toQuery() const
{
    return m_isDevice ? m_device.toQuery() : m_domain.toQuery();
}
