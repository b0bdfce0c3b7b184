#include "sim/QueryTables.h"

#include "core/TimeWindows.h"
#include "sim/JsonRows.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace {

using Key = QueryEngine::Key;
using Row = QueryEngine::Row;
using InputTable = QueryEngine::InputTable;
using OutputTable = QueryEngine::OutputTable;
using Window = QueryEngine::Window;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
#ifndef AEGIS_SIM_MAX_WINDOWS // the fuzzer makes it small, to keep each query quick
#define AEGIS_SIM_MAX_WINDOWS 200'000
#endif
constexpr qsizetype kMaxWindows = AEGIS_SIM_MAX_WINDOWS;
const QString kField = QStringLiteral("_field");

// Points of one table in time order, differenced when asked (docs/aegis-api.md §5).
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

// Windowing and the time function (docs/aegis-api.md §5 evaluation order, step "window").
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

} // namespace

namespace QueryTables {

SimReply tooLarge()
{
    return SimReply::error(413,
                           QStringLiteral("the reply would hold more than %1 rows or %2 MB, the most one reply may hold: "
                                          "ask for a narrower range (start, stop) or a coarser every")
                               .arg(kMaxReplyRows)
                               .arg(kMaxReplyBytes / (1024 * 1024)));
}

std::vector<Row> aggregate(const InputTable &table, const Window &w, QString &error, qsizetype &budget)
{
    std::vector<Row> rows;
    if (!w.function) {
        // Raw points: counted before any is copied.
        qsizetype points = 0;
        for (const QueryEngine::Source &s : table.sources)
            points += s.to - s.from;
        if (points > budget) {
            budget = -1;
            return rows;
        }
        const TableView view(table);
        view.appendRaw(rows);
        budget -= qsizetype(rows.size());
        return rows;
    }
    const TableView view(table);
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
        budget -= qsizetype(rows.size());
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
            error = QStringLiteral("every: the range holds more than %1 windows; choose a longer every or a shorter range")
                        .arg(kMaxWindows);
            rows.clear();
            return rows;
        }
        emitWindow(ws, we, false);
        if (qsizetype(rows.size()) > budget) {
            budget = -1;
            rows.clear();
            return rows;
        }
        ws = we;
    }
    budget -= qsizetype(rows.size());
    return rows;
}

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

std::optional<QByteArray> writeTables(const QList<OutputTable> &tables)
{
    QByteArray out;
    qsizetype rows = 0;
    for (const OutputTable &t : tables)
        rows += qsizetype(t.rows.size());
    out.reserve(std::min(rows * 110 + 2, kMaxReplyBytes));
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
            if (out.size() > kMaxReplyBytes)
                return std::nullopt;
        }
    }
    out.append(']');
    return out;
}

std::optional<QByteArray> writePivoted(const QList<OutputTable> &tables, const QStringList &fieldOrder)
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
            if (out.size() > kMaxReplyBytes)
                return std::nullopt;
        }
    }
    out.append(']');
    return out;
}

} // namespace QueryTables
