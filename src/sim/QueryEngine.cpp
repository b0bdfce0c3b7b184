#include "sim/QueryEngine.h"

#include "core/Clock.h"
#include "core/QueryTime.h"
#include "sim/QueryTables.h"
#include "sim/SiteModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <map>

namespace {

using Key = QueryEngine::Key;
using Row = QueryEngine::Row;
using InputTable = QueryEngine::InputTable;
using OutputTable = QueryEngine::OutputTable;
using Window = QueryEngine::Window;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

const QString kDeviceName = QStringLiteral("DeviceName");
const QString kField = QStringLiteral("_field");

// The query string, read the way the contract writes it (lists comma-separated, spaces ignored).
class Params
{
public:
    explicit Params(const QUrlQuery &q)
        : m_query(q)
    {
    }
    bool has(const QString &name) const { return m_query.hasQueryItem(name) && !value(name).isEmpty(); }
    QString value(const QString &name) const { return m_query.queryItemValue(name, QUrl::FullyDecoded).trimmed(); }
    QStringList list(const QString &name) const
    {
        QStringList out;
        for (const QString &item : value(name).split(QLatin1Char(','))) {
            if (!item.trimmed().isEmpty())
                out.append(item.trimmed());
        }
        return out;
    }
    // "true"/"false"; absent = false.
    bool flag(const QString &name, QString &error) const
    {
        const QString v = value(name).toLower();
        if (v.isEmpty() || v == u"false")
            return false;
        if (v == u"true")
            return true;
        error = QStringLiteral("%1 must be \"true\" or \"false\", not \"%2\"").arg(name, value(name));
        return false;
    }

private:
    QUrlQuery m_query;
};

SimReply badRequest(const QString &message)
{
    return SimReply::error(400, message);
}

// What both queries name the same way: organization, domain subtree, fields, pivot.
struct Scope
{
    QList<int> domains;
    QStringList fields;
    bool pivot = false;
};

std::optional<SimReply> readScope(const Params &p, const SiteCatalog &catalog, Scope &scope)
{
    if (!p.has(QStringLiteral("organization_id")))
        return badRequest(QStringLiteral("organization_id is required"));
    if (p.value(QStringLiteral("organization_id")) != QString::number(SiteCatalog::kOrganizationId))
        return badRequest(QStringLiteral("organization_id %1 is not an organization on this server (building K is %2)")
                              .arg(p.value(QStringLiteral("organization_id")))
                              .arg(SiteCatalog::kOrganizationId));
    scope.domains = catalog.subtree(SiteCatalog::kOrganizationId);
    if (p.has(QStringLiteral("domain_id"))) {
        bool ok = false;
        const int domainId = p.value(QStringLiteral("domain_id")).toInt(&ok);
        scope.domains = ok ? catalog.subtree(domainId) : QList<int>();
        if (scope.domains.isEmpty())
            return badRequest(QStringLiteral("domain_id %1 is not a domain of organization %2")
                                  .arg(p.value(QStringLiteral("domain_id")))
                                  .arg(SiteCatalog::kOrganizationId));
    }
    scope.fields = p.list(QStringLiteral("fields"));
    // A field named twice is one column, as a database answers it.
    scope.fields.removeDuplicates();
    if (scope.fields.isEmpty())
        return badRequest(QStringLiteral("fields is required: a comma-separated list of field names"));
    scope.pivot = p.has(QStringLiteral("pivot_columns"));
    if (scope.pivot && p.value(QStringLiteral("pivot_columns")) != kField)
        return badRequest(QStringLiteral("pivot_columns: only _field can be pivoted"));
    return std::nullopt;
}

// The time frame and window settings both queries share.
std::optional<SimReply> readWindow(const Params &p, const Clock &clock, qint64 nowMs, Window &w, bool functionRequiredForEvery)
{
    if (!p.has(QStringLiteral("start")))
        return badRequest(QStringLiteral("start is required (ISO-8601, unix seconds, 0 or a relative time such as -1d)"));
    const Result<qint64> start = QueryTime::parseMs(p.value(QStringLiteral("start")), clock);
    if (!start)
        return badRequest(QStringLiteral("start: ") + start.error());
    w.startMs = *start;
    w.fromBeginningOfData = p.value(QStringLiteral("start")) == u"0";
    w.stopMs = nowMs;
    if (p.has(QStringLiteral("stop"))) {
        const Result<qint64> stop = QueryTime::parseMs(p.value(QStringLiteral("stop")), clock);
        if (!stop)
            return badRequest(QStringLiteral("stop: ") + stop.error());
        w.stopMs = *stop;
    }
    if (w.startMs >= w.stopMs)
        return badRequest(QStringLiteral("start must be before stop (start %1, stop %2)")
                              .arg(QDateTime::fromMSecsSinceEpoch(w.startMs, Qt::UTC).toString(Qt::ISODateWithMs),
                                   QDateTime::fromMSecsSinceEpoch(w.stopMs, Qt::UTC).toString(Qt::ISODateWithMs)));
    if (p.has(QStringLiteral("timezone"))) {
        const QByteArray id = p.value(QStringLiteral("timezone")).toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(id))
            return badRequest(QStringLiteral("timezone: unknown time zone \"%1\" (use an IANA name such as Asia/Taipei)")
                                  .arg(QString::fromUtf8(id)));
        w.zone = QTimeZone(id);
    }
    if (p.has(QStringLiteral("time_function"))) {
        w.function = timeFunctionFromName(p.value(QStringLiteral("time_function")));
        if (!w.function)
            return badRequest(
                QStringLiteral(
                    "time_function: \"%1\" is not one of first, last, min, max, mean, median, count, sum, spread, integral")
                    .arg(p.value(QStringLiteral("time_function"))));
    }
    if (p.has(QStringLiteral("every"))) {
        const Result<Duration> every = Duration::parse(p.value(QStringLiteral("every")));
        if (!every)
            return badRequest(QStringLiteral("every: ") + every.error());
        w.every = *every;
        if (functionRequiredForEvery && !w.function)
            return badRequest(QStringLiteral("every needs time_function (the function that makes one value of each window)"));
    }
    if (p.has(QStringLiteral("time_src"))) {
        const QString src = p.value(QStringLiteral("time_src"));
        if (src != u"_start" && src != u"_stop")
            return badRequest(QStringLiteral("time_src must be _start or _stop, not \"%1\"").arg(src));
        w.timeSrcStart = src == u"_start";
    }
    QString error;
    w.createEmpty = p.flag(QStringLiteral("create_empty"), error);
    if (!error.isEmpty())
        return badRequest(error);
    return std::nullopt;
}

// The tables as JSON, or 413 when the text would exceed the reply's limit.
SimReply reply(const QList<OutputTable> &tables, const Scope &scope)
{
    const std::optional<QByteArray> body =
        scope.pivot ? QueryTables::writePivoted(tables, scope.fields) : QueryTables::writeTables(tables);
    return body ? SimReply::json(*body) : QueryTables::tooLarge();
}

QueryEngine::Source sourceIn(const StoredSeries &s, const Window &w, qint64 nowMs)
{
    // Points exist only up to now, except forecasts.
    const bool forecast = s.stepMs() != SiteModel::kStepMs;
    const qint64 end = forecast ? w.stopMs : std::min(w.stopMs, nowMs + 1);
    return {&s, s.lowerBound(w.startMs), std::max(s.lowerBound(w.startMs), s.lowerBound(end))};
}

} // namespace

QueryEngine::QueryEngine(const SiteModel &site, const Clock &clock)
    : m_site(site)
    , m_clock(clock)
{
}

SimReply QueryEngine::deviceQuery(const QUrlQuery &query) const
{
    const Params p(query);
    const qint64 now = m_clock.nowMs();
    const SiteCatalog &catalog = m_site.catalog();

    Scope scope;
    if (auto error = readScope(p, catalog, scope))
        return *error;
    const QStringList &fields = scope.fields;
    const QString output = p.value(QStringLiteral("device_output_name"));
    const QStringList categories = p.list(QStringLiteral("device_type_category_name"));
    const QStringList types = p.list(QStringLiteral("device_type_name"));
    if (output.isEmpty() && categories.isEmpty() && types.isEmpty())
        return badRequest(QStringLiteral(
            "device_output_name is required unless device_type_category_name or device_type_name selects the devices"));
    const bool prediction = output == SiteCatalog::predictionOutputName();
    if (!output.isEmpty() && !catalog.output(output))
        return badRequest(QStringLiteral("device_output_name: unknown output \"%1\"").arg(output));

    const QStringList names = p.list(QStringLiteral("device_names"));
    for (const QString &name : names) {
        if (m_site.deviceIndex(name) < 0)
            return badRequest(QStringLiteral("device_names: no device is named \"%1\"").arg(name));
    }

    // where: tag filters, each an exact value or a list of values.
    QList<QPair<QString, QStringList>> where;
    if (p.has(QStringLiteral("where"))) {
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(QStringLiteral("where")).toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return badRequest(
                QStringLiteral("where must be a JSON object of tag filters such as {\"device_name\":[\"d1\",\"d2\"]}"));
        static const QStringList tags = {QStringLiteral("domain_id"), QStringLiteral("device_name"),
                                         QStringLiteral("device_type_name"), QStringLiteral("device_type_category_name"),
                                         QStringLiteral("device_output_name")};
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!tags.contains(it.key()))
                return badRequest(
                    QStringLiteral("where: \"%1\" is not a tag (use %2)").arg(it.key(), tags.join(QStringLiteral(", "))));
            QStringList values;
            const auto add = [&](const QJsonValue &v) {
                values.append(v.isDouble() ? QString::number(v.toDouble()) : v.toString());
            };
            if (it.value().isArray()) {
                for (const QJsonValue &v : it.value().toArray())
                    add(v);
            } else {
                add(it.value());
            }
            where.append({it.key(), values});
        }
    }

    Window w;
    if (auto error = readWindow(p, m_clock, now, w, true))
        return *error;

    QString error;
    InputTable proto;
    proto.differenceNonNegative = p.flag(QStringLiteral("differenceNonNegativeSource"), error);
    const bool difference = p.flag(QStringLiteral("difference"), error);
    if (!error.isEmpty())
        return badRequest(error);

    // Group columns; "!" ones group only before the time function.
    static const QStringList groupable = {kDeviceName,
                                          kField,
                                          QStringLiteral("device_type_name"),
                                          QStringLiteral("device_type_category_name"),
                                          QStringLiteral("device_output_name"),
                                          QStringLiteral("domain_id")};
    QStringList groupColumns = {kDeviceName, kField};
    QStringList bang;
    if (p.has(QStringLiteral("group_by"))) {
        groupColumns.clear();
        for (QString column : p.list(QStringLiteral("group_by"))) {
            const bool isBang = column.startsWith(QLatin1Char('!'));
            if (isBang)
                column = column.mid(1).trimmed();
            if (!groupable.contains(column))
                return badRequest(QStringLiteral("group_by: \"%1\" is not a column (use %2)")
                                      .arg(column, groupable.join(QStringLiteral(", "))));
            groupColumns.append(column);
            if (isBang)
                bang.append(column);
        }
    }
    std::optional<GroupFunction> groupFunction;
    if (p.has(QStringLiteral("group_function"))) {
        groupFunction = groupFunctionFromName(p.value(QStringLiteral("group_function")));
        if (!groupFunction)
            return badRequest(QStringLiteral("group_function: \"%1\" is not one of min, max, mean, median, count, sum")
                                  .arg(p.value(QStringLiteral("group_function"))));
    }
    qsizetype limit = -1;
    if (p.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit <= 0)
            return badRequest(
                QStringLiteral("limit must be a positive whole number, not \"%1\"").arg(p.value(QStringLiteral("limit"))));
    }
    // Select devices, then one source per device and field (docs/aegis-api.md §5 evaluation order).
    QList<InputTable> tables;
    QSet<QString> fieldsFound;
    for (const SiteModel::DeviceData &d : m_site.devices()) {
        const SiteCatalog::Device &spec = d.spec;
        if (!scope.domains.contains(spec.domainId) || (!names.isEmpty() && !names.contains(spec.name)))
            continue;
        if (!categories.isEmpty() && !categories.contains(spec.category))
            continue;
        if (!types.isEmpty() && !types.contains(spec.type))
            continue;
        if (prediction ? d.prediction.isEmpty() : (!output.isEmpty() && spec.output != output))
            continue;
        const QString deviceOutput = prediction ? output : spec.output;
        const QList<QPair<QString, QString>> tagValues = {{QStringLiteral("domain_id"), QString::number(spec.domainId)},
                                                          {QStringLiteral("device_name"), spec.name},
                                                          {QStringLiteral("device_type_name"), spec.type},
                                                          {QStringLiteral("device_type_category_name"), spec.category},
                                                          {QStringLiteral("device_output_name"), deviceOutput}};
        bool match = true;
        for (const auto &[tag, allowed] : where) {
            for (const auto &[t, v] : tagValues) {
                if (t == tag && !allowed.contains(v))
                    match = false;
            }
        }
        if (!match)
            continue;
        const SiteCatalog::Output *out = catalog.output(deviceOutput);
        const QList<StoredSeries> &series = prediction ? d.prediction : d.fields;
        for (const QString &field : fields) {
            const int fi = out->fieldIndex(field);
            if (fi < 0)
                continue;
            fieldsFound.insert(field);
            Key key;
            for (const QString &column : groupColumns) {
                if (column == kDeviceName)
                    key.append({column, spec.name});
                else if (column == kField)
                    key.append({column, field});
                else
                    for (const auto &[t, v] : tagValues) {
                        if (t == column)
                            key.append({column, v});
                    }
            }
            auto it = std::find_if(tables.begin(), tables.end(), [&](const InputTable &t) { return t.key == key; });
            if (it == tables.end()) {
                tables.append(InputTable{key, {}, proto.differenceNonNegative});
                it = tables.end() - 1;
            }
            it->sources.append(sourceIn(series.at(fi), w, now));
        }
    }
    for (const QString &field : fields) {
        if (!fieldsFound.contains(field))
            return badRequest(QStringLiteral("fields: no selected device has a field \"%1\"").arg(field));
    }

    QList<OutputTable> results;
    qsizetype budget = QueryTables::kMaxReplyRows;
    for (const InputTable &t : tables) {
        std::vector<Row> rows = QueryTables::aggregate(t, w, error, budget);
        if (!error.isEmpty())
            return badRequest(error);
        if (budget < 0)
            return QueryTables::tooLarge();
        results.append(OutputTable{t.key, std::move(rows)});
    }
    results = QueryTables::regroup(std::move(results), bang, groupFunction, w.function && !w.every);
    if (difference)
        QueryTables::applyDifference(results);
    if (limit > 0) {
        for (OutputTable &t : results) {
            if (qsizetype(t.rows.size()) > limit)
                t.rows.resize(size_t(limit));
        }
    }
    results.removeIf([](const OutputTable &t) { return t.rows.empty(); });
    return reply(results, scope);
}

SimReply QueryEngine::domainQuery(const QUrlQuery &query) const
{
    const Params p(query);
    const qint64 now = m_clock.nowMs();
    Scope scope;
    if (auto error = readScope(p, m_site.catalog(), scope))
        return *error;
    const QStringList &fields = scope.fields;
    Window w;
    if (auto error = readWindow(p, m_clock, now, w, false))
        return *error;

    using SF = SiteModel::SiteField;
    const auto site = [&](SF f) { return sourceIn(m_site.siteSeries(f), w, now); };
    const auto forecast = [&](SiteModel::ForecastField f) { return sourceIn(m_site.forecastSeries(f), w, now); };
    // The default aggregation of each field (docs/aegis-api.md §6).
    struct Plan
    {
        QueryEngine::Source source;
        TimeFunction function = TimeFunction::Mean;
        bool counter = false; // sum of non-negative counter differences
        double scale = 1.0;
    };
    const auto energy = [&](SF f) { return Plan{site(f), TimeFunction::Sum, true}; };
    const std::map<QString, Plan> plans = {
        {QStringLiteral("SolarPower"), {site(SF::SolarPower)}},
        {QStringLiteral("LoadPower"), {site(SF::LoadPower)}},
        {QStringLiteral("GridPower"), {site(SF::GridPower)}},
        {QStringLiteral("GenPower"), {site(SF::GenPower)}},
        {QStringLiteral("BatSoC"), {site(SF::BatSoC)}},
        {QStringLiteral("BatRemainEnergy"), {site(SF::BatRemainEnergy)}},
        {QStringLiteral("BatCapacity"), {site(SF::BatCapacity), TimeFunction::Last}},
        {QStringLiteral("Irradiance"), {site(SF::Irradiance)}},
        {QStringLiteral("SolarEffArea"), {site(SF::SolarEffArea), TimeFunction::Last}},
        {QStringLiteral("PhotometerSolarPower"), {site(SF::PhotometerSolarPower)}},
        {QStringLiteral("PredictionIrradiance"), {forecast(SiteModel::PredictionIrradiance)}},
        {QStringLiteral("PredictionSolarPower"), {forecast(SiteModel::PredictionSolarPower)}},
        {QStringLiteral("PredictionSolarEnergy"),
         {forecast(SiteModel::PredictionSolarPower), TimeFunction::Integral, false, 1.0 / 3.6e6}},
        {QStringLiteral("SolarEnergy"), energy(SF::SolarEnergy)},
        {QStringLiteral("LoadEnergy"), energy(SF::LoadEnergy)},
        {QStringLiteral("GridEnergy"), energy(SF::GridImportEnergy)},
        {QStringLiteral("BatteryChargeEnergy"), energy(SF::BatteryChargeEnergy)},
        {QStringLiteral("BatteryDischargeEnergy"), energy(SF::BatteryDischargeEnergy)},
    };
    // Ratios of the window's sums: numerator, denominator parts, threshold below which "no sun".
    const auto ratio = [&](SF numerator, QList<SF> denominator, const Window &win, QString &error) {
        const auto sums = [&](SF f) {
            InputTable t{{}, {site(f)}, true};
            Window sumWindow = win;
            sumWindow.function = TimeFunction::Sum;
            qsizetype budget = QueryTables::kMaxReplyRows;
            return QueryTables::aggregate(t, sumWindow, error, budget);
        };
        std::vector<Row> rows = sums(numerator);
        std::vector<std::vector<Row>> parts;
        for (SF f : denominator)
            parts.push_back(sums(f));
        for (size_t i = 0; i < rows.size(); ++i) {
            double total = 0;
            for (const auto &part : parts)
                total += i < part.size() && !std::isnan(part[i].value) ? part[i].value : 0.0;
            const double num = std::isnan(rows[i].value) ? 0.0 : rows[i].value;
            rows[i].value = total > 0.01 ? 100.0 * num / total : kNan;
        }
        return rows;
    };

    QList<OutputTable> results;
    QString error;
    qsizetype budget = QueryTables::kMaxReplyRows;
    for (const QString &field : fields) {
        std::vector<Row> rows;
        Window fw = w;
        if (field == u"PR" || field == u"CurtailmentRatio") {
            fw.createEmpty = w.createEmpty;
            rows = field == u"PR" ? ratio(SF::SolarEnergy, {SF::PhotometerEnergy}, fw, error)
                                  : ratio(SF::CurtailedEnergy, {SF::SolarEnergy, SF::CurtailedEnergy}, fw, error);
            budget -= qsizetype(rows.size());
        } else {
            const auto plan = plans.find(field);
            if (plan == plans.end())
                return badRequest(QStringLiteral("fields: \"%1\" is not a domain field").arg(field));
            InputTable t{{}, {plan->second.source}, plan->second.counter};
            if (!fw.function)
                fw.function = plan->second.function;
            rows = QueryTables::aggregate(t, fw, error, budget);
            for (Row &r : rows)
                r.value *= plan->second.scale;
        }
        if (!error.isEmpty())
            return badRequest(error);
        if (budget < 0)
            return QueryTables::tooLarge();
        if (!rows.empty())
            results.append(OutputTable{{{kField, field}}, std::move(rows)});
    }
    return reply(results, scope);
}
