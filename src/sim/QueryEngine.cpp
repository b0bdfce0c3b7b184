#include "sim/QueryEngine.h"

#include "core/Clock.h"
#include "core/QueryTime.h"
#include "core/TimeWindows.h"
#include "sim/JsonRows.h"
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
constexpr qsizetype kMaxWindows = 200'000;

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
                              .arg(p.value(QStringLiteral("organization_id"))).arg(SiteCatalog::kOrganizationId));
    scope.domains = catalog.subtree(SiteCatalog::kOrganizationId);
    if (p.has(QStringLiteral("domain_id"))) {
        bool ok = false;
        const int domainId = p.value(QStringLiteral("domain_id")).toInt(&ok);
        scope.domains = ok ? catalog.subtree(domainId) : QList<int>();
        if (scope.domains.isEmpty())
            return badRequest(QStringLiteral("domain_id %1 is not a domain of organization %2").arg(p.value(QStringLiteral("domain_id"))).arg(SiteCatalog::kOrganizationId));
    }
    scope.fields = p.list(QStringLiteral("fields"));
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
            return badRequest(QStringLiteral("timezone: unknown time zone \"%1\" (use an IANA name such as Asia/Taipei)").arg(QString::fromUtf8(id)));
        w.zone = QTimeZone(id);
    }
    if (p.has(QStringLiteral("time_function"))) {
        w.function = timeFunctionFromName(p.value(QStringLiteral("time_function")));
        if (!w.function)
            return badRequest(QStringLiteral("time_function: \"%1\" is not one of first, last, min, max, mean, median, count, sum, spread, integral")
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

// Points of one table in time order, differenced when asked (aegis-api.md §5).
struct Points
{
    std::vector<qint64> times;
    std::vector<double> values;
    std::vector<QString> texts;
    bool text = false;
};

Points materialize(const InputTable &table)
{
    Points out;
    for (const QueryEngine::Source &s : table.sources) {
        if (s.series->isText())
            out.text = true;
    }
    std::vector<std::pair<qint64, size_t>> order;
    for (const QueryEngine::Source &s : table.sources) {
        const StoredSeries &series = *s.series;
        for (qsizetype i = s.from; i < s.to; ++i) {
            if (table.differenceNonNegative) {
                // Each point becomes its value minus the previous one; the first has none.
                if (i == s.from)
                    continue;
                const double d = series.value(i) - series.value(i - 1);
                out.values.push_back(d >= 0 ? d : kNan);
            } else if (out.text) {
                out.texts.push_back(series.isText() ? series.text(i) : QString());
                out.values.push_back(kNan);
            } else {
                out.values.push_back(series.value(i));
            }
            out.times.push_back(series.time(i));
        }
    }
    if (table.sources.size() > 1) {
        // Merge the devices' points by time (stable, so equal times keep device order).
        std::vector<size_t> idx(out.times.size());
        for (size_t i = 0; i < idx.size(); ++i)
            idx[i] = i;
        std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return out.times[a] < out.times[b]; });
        Points sorted;
        sorted.text = out.text;
        for (size_t i : idx) {
            sorted.times.push_back(out.times[i]);
            sorted.values.push_back(out.values[i]);
            if (out.text)
                sorted.texts.push_back(out.texts[i]);
        }
        return sorted;
    }
    return out;
}

// One window's value over a table: straight from the stored column when the table is one
// plain series (the common, large case), else over materialised points.
struct TableView
{
    const InputTable *table = nullptr;
    bool direct = false;
    Points points;

    explicit TableView(const InputTable &t)
        : table(&t)
        , direct(t.sources.size() == 1 && !t.differenceNonNegative && !t.sources.first().series->isText())
    {
        if (!direct)
            points = materialize(t);
    }

    bool isText() const { return !direct && points.text; }

    std::pair<qsizetype, qsizetype> range(qint64 from, qint64 to) const
    {
        if (direct) {
            const QueryEngine::Source &s = table->sources.first();
            const qsizetype a = std::clamp(s.series->lowerBound(from), s.from, s.to);
            const qsizetype b = std::clamp(s.series->lowerBound(to), s.from, s.to);
            return {a, b};
        }
        const auto a = std::lower_bound(points.times.begin(), points.times.end(), from) - points.times.begin();
        const auto b = std::lower_bound(points.times.begin(), points.times.end(), to) - points.times.begin();
        return {qsizetype(a), qsizetype(b)};
    }

    std::optional<qint64> firstTime() const
    {
        if (direct) {
            const QueryEngine::Source &s = table->sources.first();
            return s.from < s.to ? std::optional<qint64>(s.series->time(s.from)) : std::nullopt;
        }
        return points.times.empty() ? std::nullopt : std::optional<qint64>(points.times.front());
    }

    Aggregate aggregateRange(TimeFunction f, qsizetype a, qsizetype b) const
    {
        if (direct) {
            const StoredSeries &s = *table->sources.first().series;
            if (s.kind() == StoredSeries::Kind::Counter)
                return aggregate<double>(f, PointView<double>{s.doubles().data(), s.firstMs(), s.stepMs(), nullptr}, a, b);
            return aggregate<float>(f, PointView<float>{s.floats().data(), s.firstMs(), s.stepMs(), nullptr}, a, b);
        }
        return aggregate<double>(f, PointView<double>{points.values.data(), 0, 0, points.times.data()}, a, b);
    }

    Row textRow(TimeFunction f, qsizetype a, qsizetype b) const
    {
        Row r;
        r.isText = true;
        if (f == TimeFunction::Count) {
            r.isText = false;
            r.value = double(b - a);
            return r;
        }
        const qsizetype i = f == TimeFunction::First ? a : b - 1;
        r.time = points.times[size_t(i)];
        r.text = points.texts[size_t(i)];
        return r;
    }

    void appendRaw(std::vector<Row> &rows) const
    {
        if (direct) {
            const QueryEngine::Source &s = table->sources.first();
            rows.reserve(rows.size() + size_t(s.to - s.from));
            for (qsizetype i = s.from; i < s.to; ++i)
                rows.push_back(Row{s.series->time(i), s.series->value(i), {}, false});
            return;
        }
        rows.reserve(rows.size() + points.times.size());
        for (size_t i = 0; i < points.times.size(); ++i) {
            if (points.text)
                rows.push_back(Row{points.times[i], kNan, points.texts[i], true});
            else
                rows.push_back(Row{points.times[i], points.values[i], {}, false});
        }
    }
};

// Windowing and the time function (aegis-api.md §5 evaluation order, step "window").
std::vector<Row> aggregateTable(const InputTable &table, const Window &w, QString &error)
{
    const TableView view(table);
    std::vector<Row> rows;
    if (!w.function) {
        view.appendRaw(rows);
        return rows;
    }
    const TimeFunction f = *w.function;
    if (view.isText() && f != TimeFunction::First && f != TimeFunction::Last && f != TimeFunction::Count) {
        error = QStringLiteral("time_function: a text field such as Status takes first, last or count only");
        return rows;
    }
    const auto emitWindow = [&](qint64 ws, qint64 we, bool whole) {
        const auto [a, b] = view.range(ws, we);
        const qint64 edge = w.timeSrcStart ? ws : we;
        if (a >= b) {
            if (w.createEmpty)
                rows.push_back(Row{edge, f == TimeFunction::Count ? 0.0 : kNan, {}, false});
            return;
        }
        if (view.isText()) {
            Row r = view.textRow(f, a, b);
            if (!whole || !isSelector(f))
                r.time = edge;
            rows.push_back(r);
            return;
        }
        const Aggregate agg = view.aggregateRange(f, a, b);
        rows.push_back(Row{whole && isSelector(f) && !std::isnan(agg.value) ? agg.pointTime : edge, agg.value, {}, false});
    };
    if (!w.every) {
        emitWindow(w.startMs, w.stopMs, true);
        return rows;
    }
    // "start: 0" means from the first point, not from 1970.
    qint64 from = w.startMs;
    const auto first = view.firstTime();
    if (w.fromBeginningOfData) {
        if (!first)
            return rows;
        from = std::max(from, *first);
    }
    const TimeWindows windows(*w.every, w.zone);
    qint64 ws = windows.windowStart(from);
    if (ws < w.startMs)
        ws = w.startMs;
    qsizetype count = 0;
    while (ws < w.stopMs) {
        const qint64 we = std::min(windows.windowEnd(windows.windowStart(ws)), w.stopMs);
        if (++count > kMaxWindows) {
            error = QStringLiteral("every: the range holds more than %1 windows; choose a longer every or a shorter range").arg(kMaxWindows);
            rows.clear();
            return rows;
        }
        emitWindow(ws, we, false);
        ws = we;
    }
    return rows;
}

// Drop the `!` columns, merge tables that now share a key, combine rows of equal _time.
// Without `every` each table holds one value for the whole range; their rows then stand for
// the same window even when a selector kept each device's own point time.
QList<OutputTable> regroup(QList<OutputTable> tables, const QStringList &bang, std::optional<GroupFunction> fn, bool oneWindow)
{
    if (bang.isEmpty() && !fn)
        return tables;
    QList<OutputTable> merged;
    for (OutputTable &t : tables) {
        Key key;
        for (const auto &column : t.key) {
            if (!bang.contains(column.first))
                key.append(column);
        }
        auto it = std::find_if(merged.begin(), merged.end(), [&](const OutputTable &m) { return m.key == key; });
        if (it == merged.end()) {
            merged.append(OutputTable{key, {}});
            it = merged.end() - 1;
        }
        it->rows.insert(it->rows.end(), std::make_move_iterator(t.rows.begin()), std::make_move_iterator(t.rows.end()));
    }
    for (OutputTable &t : merged) {
        std::stable_sort(t.rows.begin(), t.rows.end(), [](const Row &a, const Row &b) { return a.time < b.time; });
        if (!fn)
            continue;
        std::vector<Row> combined;
        for (size_t i = 0; i < t.rows.size();) {
            size_t j = i;
            std::vector<double> values;
            while (j < t.rows.size() && (oneWindow || t.rows[j].time == t.rows[i].time))
                values.push_back(t.rows[j++].value);
            // One window: the combined value is as recent as the latest reading in it.
            combined.push_back(Row{t.rows[j - 1].time, combine(*fn, values), {}, false});
            i = j;
        }
        t.rows = std::move(combined);
    }
    return merged;
}

void applyDifference(QList<OutputTable> &tables)
{
    for (OutputTable &t : tables) {
        std::vector<Row> out;
        for (size_t i = 1; i < t.rows.size(); ++i)
            out.push_back(Row{t.rows[i].time, t.rows[i].value - t.rows[i - 1].value, {}, false});
        t.rows = std::move(out);
    }
}

void appendValue(QByteArray &out, const Row &r)
{
    if (r.isText)
        JsonRows::appendString(out, r.text);
    else
        JsonRows::appendNumber(out, r.value);
}

void appendKey(QByteArray &out, const Key &key, bool skipField)
{
    for (const auto &[column, value] : key) {
        if (skipField && column == kField)
            continue;
        out.append(',');
        JsonRows::appendString(out, column);
        out.append(':');
        JsonRows::appendString(out, value);
    }
}

QByteArray writeTables(const QList<OutputTable> &tables)
{
    QByteArray out;
    qsizetype rows = 0;
    for (const OutputTable &t : tables)
        rows += qsizetype(t.rows.size());
    out.reserve(rows * 110 + 2);
    out.append('[');
    bool first = true;
    for (qsizetype k = 0; k < tables.size(); ++k) {
        for (const Row &r : tables.at(k).rows) {
            out.append(first ? "{\"table\":" : ",{\"table\":");
            first = false;
            out.append(QByteArray::number(k));
            out.append(",\"_time\":");
            JsonRows::appendTime(out, r.time);
            out.append(",\"_value\":");
            appendValue(out, r);
            appendKey(out, tables.at(k).key, false);
            out.append('}');
        }
    }
    out.append(']');
    return out;
}

// pivot_columns=_field: one row per time and remaining key, one member per field.
QByteArray writePivoted(const QList<OutputTable> &tables, const QStringList &fieldOrder)
{
    struct PivotTable
    {
        Key key;
        std::map<qint64, std::map<QString, Row>> rows;
    };
    QList<PivotTable> pivoted;
    for (const OutputTable &t : tables) {
        Key key;
        QString field;
        for (const auto &column : t.key) {
            if (column.first == kField)
                field = column.second;
            else
                key.append(column);
        }
        auto it = std::find_if(pivoted.begin(), pivoted.end(), [&](const PivotTable &p) { return p.key == key; });
        if (it == pivoted.end()) {
            pivoted.append(PivotTable{key, {}});
            it = pivoted.end() - 1;
        }
        for (const Row &r : t.rows)
            it->rows[r.time].insert_or_assign(field.isEmpty() ? QStringLiteral("_value") : field, r);
    }
    QByteArray out = "[";
    bool first = true;
    for (qsizetype k = 0; k < pivoted.size(); ++k) {
        for (const auto &[time, byField] : pivoted.at(k).rows) {
            out.append(first ? "{\"table\":" : ",{\"table\":");
            first = false;
            out.append(QByteArray::number(k));
            out.append(",\"_time\":");
            JsonRows::appendTime(out, time);
            appendKey(out, pivoted.at(k).key, true);
            QStringList names = fieldOrder;
            for (const auto &entry : byField) {
                if (!names.contains(entry.first))
                    names.append(entry.first);
            }
            for (const QString &name : names) {
                const auto found = byField.find(name);
                if (found == byField.end())
                    continue;
                out.append(',');
                JsonRows::appendString(out, name);
                out.append(':');
                appendValue(out, found->second);
            }
            out.append('}');
        }
    }
    out.append(']');
    return out;
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
        return badRequest(QStringLiteral("device_output_name is required unless device_type_category_name or device_type_name selects the devices"));
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
            return badRequest(QStringLiteral("where must be a JSON object of tag filters such as {\"device_name\":[\"d1\",\"d2\"]}"));
        static const QStringList tags = {QStringLiteral("domain_id"), QStringLiteral("device_name"), QStringLiteral("device_type_name"),
                                         QStringLiteral("device_type_category_name"), QStringLiteral("device_output_name")};
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!tags.contains(it.key()))
                return badRequest(QStringLiteral("where: \"%1\" is not a tag (use %2)").arg(it.key(), tags.join(QStringLiteral(", "))));
            QStringList values;
            const auto add = [&](const QJsonValue &v) { values.append(v.isDouble() ? QString::number(v.toDouble()) : v.toString()); };
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
    static const QStringList groupable = {kDeviceName, kField, QStringLiteral("device_type_name"), QStringLiteral("device_type_category_name"),
                                          QStringLiteral("device_output_name"), QStringLiteral("domain_id")};
    QStringList groupColumns = {kDeviceName, kField};
    QStringList bang;
    if (p.has(QStringLiteral("group_by"))) {
        groupColumns.clear();
        for (QString column : p.list(QStringLiteral("group_by"))) {
            const bool isBang = column.startsWith(QLatin1Char('!'));
            if (isBang)
                column = column.mid(1).trimmed();
            if (!groupable.contains(column))
                return badRequest(QStringLiteral("group_by: \"%1\" is not a column (use %2)").arg(column, groupable.join(QStringLiteral(", "))));
            groupColumns.append(column);
            if (isBang)
                bang.append(column);
        }
    }
    std::optional<GroupFunction> groupFunction;
    if (p.has(QStringLiteral("group_function"))) {
        groupFunction = groupFunctionFromName(p.value(QStringLiteral("group_function")));
        if (!groupFunction)
            return badRequest(QStringLiteral("group_function: \"%1\" is not one of min, max, mean, median, count, sum").arg(p.value(QStringLiteral("group_function"))));
    }
    qsizetype limit = -1;
    if (p.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit <= 0)
            return badRequest(QStringLiteral("limit must be a positive whole number, not \"%1\"").arg(p.value(QStringLiteral("limit"))));
    }
    // Select devices, then one source per device and field (aegis-api.md §5 evaluation order).
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
    for (const InputTable &t : tables) {
        std::vector<Row> rows = aggregateTable(t, w, error);
        if (!error.isEmpty())
            return badRequest(error);
        results.append(OutputTable{t.key, std::move(rows)});
    }
    results = regroup(std::move(results), bang, groupFunction, w.function && !w.every);
    if (difference)
        applyDifference(results);
    if (limit > 0) {
        for (OutputTable &t : results) {
            if (qsizetype(t.rows.size()) > limit)
                t.rows.resize(size_t(limit));
        }
    }
    results.removeIf([](const OutputTable &t) { return t.rows.empty(); });
    return SimReply::json(scope.pivot ? writePivoted(results, fields) : writeTables(results));
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
    // The default aggregation of each field (aegis-api.md §6).
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
        {QStringLiteral("PredictionSolarEnergy"), {forecast(SiteModel::PredictionSolarPower), TimeFunction::Integral, false, 1.0 / 3.6e6}},
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
            return aggregateTable(t, sumWindow, error);
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
    for (const QString &field : fields) {
        std::vector<Row> rows;
        Window fw = w;
        if (field == u"PR" || field == u"CurtailmentRatio") {
            fw.createEmpty = w.createEmpty;
            rows = field == u"PR" ? ratio(SF::SolarEnergy, {SF::PhotometerEnergy}, fw, error)
                                  : ratio(SF::CurtailedEnergy, {SF::SolarEnergy, SF::CurtailedEnergy}, fw, error);
        } else {
            const auto plan = plans.find(field);
            if (plan == plans.end())
                return badRequest(QStringLiteral("fields: \"%1\" is not a domain field").arg(field));
            InputTable t{{}, {plan->second.source}, plan->second.counter};
            if (!fw.function)
                fw.function = plan->second.function;
            rows = aggregateTable(t, fw, error);
            for (Row &r : rows)
                r.value *= plan->second.scale;
        }
        if (!error.isEmpty())
            return badRequest(error);
        if (!rows.empty())
            results.append(OutputTable{{{kField, field}}, std::move(rows)});
    }
    return SimReply::json(scope.pivot ? writePivoted(results, fields) : writeTables(results));
}
