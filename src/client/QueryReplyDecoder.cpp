#include "client/QueryReplyDecoder.h"

#include "core/UtcTime.h"

#include <QtConcurrent/QtConcurrentRun>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstring>
#include <limits>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

constexpr double kNull = TimeSeries::null();

enum class KeyKind { Table, Time, Value, Tag, Other };

// The columns that are group keys, never fields (aegis-api.md §5), and the three special ones.
KeyKind classify(std::string_view key)
{
    struct Known
    {
        std::string_view name;
        KeyKind kind;
    };
    static constexpr std::array<Known, 14> kKnown = {{
        {"table", KeyKind::Table},
        {"_time", KeyKind::Time},
        {"_value", KeyKind::Value},
        {"DeviceName", KeyKind::Tag},
        {"_field", KeyKind::Tag},
        {"_start", KeyKind::Tag},
        {"_stop", KeyKind::Tag},
        {"_measurement", KeyKind::Tag},
        {"result", KeyKind::Tag},
        {"domain_id", KeyKind::Tag},
        {"device_name", KeyKind::Tag},
        {"device_type_name", KeyKind::Tag},
        {"device_type_category_name", KeyKind::Tag},
        {"device_output_name", KeyKind::Tag},
    }};
    for (const Known &k : kKnown) {
        if (k.name.size() == key.size() && k.name == key)
            return k.kind;
    }
    return KeyKind::Other;
}

// A key or a value from the reply for a message: bounded, since the reply may be anything.
QString quoted(std::string_view text)
{
    constexpr size_t kMax = 60;
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), kMax)));
    if (text.size() > kMax)
        s += QStringLiteral("…");
    return s;
}

// Whether the bytes stop inside a string, an array or an object: a reply cut off in transit.
bool endsEarly(const QByteArray &body)
{
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return inString || depth > 0;
}

struct Group
{
    int table = 0;
    std::vector<std::pair<std::string, std::string>> tags;
    std::string field;
    QList<qint64> times;
    QList<double> values;
    QStringList texts;
    bool hasText = false;
    bool ordered = true;
};

// What rows with the same table number and tag values share: their groups, found once.
struct Shape
{
    int table = 0;
    bool pivoted = false;
    std::vector<std::pair<std::string, std::string>> tags; // as the row had them, `_field` included
    int valueGroup = -1;                                   // table shape: the group of `_value`
    std::vector<std::pair<std::string, int>> fieldGroups;  // pivoted: field name -> group
};

class Decoder
{
public:
    explicit Decoder(QueryResult &result)
        : m_result(result)
    {
    }

    // Empty on success, else the reason.
    QString readRows(const simdjson::dom::array &rows);

private:
    QString readRow(const element &row);
    QString appendValue(Group &group, qint64 time, const element &value, std::string_view key);
    QString rowError(const QString &text) const { return text.arg(m_row); }
    int shapeFor();
    int groupFor(const Shape &shape, std::string_view field);
    void appendSized(std::string_view text);
    void finish();

    QueryResult &m_result;
    qsizetype m_row = 0; // counted from 1 in messages

    // Per row, reused to avoid allocations: the tag columns and the other columns.
    std::vector<std::pair<std::string_view, element>> m_tags;
    std::vector<std::pair<std::string_view, element>> m_others;
    std::string m_signature; // shape marker, table and tags, length-prefixed

    std::vector<Shape> m_shapes;
    std::unordered_map<std::string, int> m_shapeIndex;
    std::string m_lastSignature;
    int m_lastShape = -1;

    std::vector<Group> m_groups;
    std::unordered_map<std::string, int> m_groupIndex;

    // Text values repeat ("Operating"); one shared QString each. Views point into the parser.
    std::unordered_map<std::string_view, QString> m_texts;
};

void Decoder::appendSized(std::string_view text)
{
    const quint32 n = quint32(text.size());
    m_signature.append(reinterpret_cast<const char *>(&n), sizeof n);
    m_signature.append(text);
}

QString Decoder::readRows(const simdjson::dom::array &rows)
{
    for (const element row : rows) {
        ++m_row;
        if (QString error = readRow(row); !error.isEmpty())
            return error;
    }
    m_result.rowCount = m_row;
    finish();
    return {};
}

QString Decoder::readRow(const element &row)
{
    simdjson::dom::object object;
    if (row.get_object().get(object) != simdjson::SUCCESS) {
        switch (row.type()) {
        case element_type::ARRAY: return rowError(QueryReplyDecoder::tr("row %1 is a list, not an object with _time and values."));
        case element_type::STRING: return rowError(QueryReplyDecoder::tr("row %1 is a text, not an object with _time and values."));
        case element_type::NULL_VALUE: return rowError(QueryReplyDecoder::tr("row %1 is null, not an object with _time and values."));
        default: return rowError(QueryReplyDecoder::tr("row %1 is a single value, not an object with _time and values."));
        }
    }

    m_tags.clear();
    m_others.clear();
    bool hasTable = false;
    int table = 0;
    bool hasTime = false;
    qint64 time = 0;
    bool hasValue = false;
    element value;
    for (const simdjson::dom::key_value_pair field : object) {
        switch (classify(field.key)) {
        case KeyKind::Table: {
            int64_t n = 0;
            if (field.value.get_int64().get(n) != simdjson::SUCCESS || n < std::numeric_limits<int>::min()
                || n > std::numeric_limits<int>::max())
                return rowError(QueryReplyDecoder::tr("row %1: table is not a whole number."));
            hasTable = true;
            table = int(n);
            break;
        }
        case KeyKind::Time: {
            std::string_view text;
            if (field.value.get_string().get(text) != simdjson::SUCCESS)
                return rowError(QueryReplyDecoder::tr("row %1: _time is not a text."));
            const std::optional<qint64> ms = UtcTime::parse(text);
            if (!ms)
                return rowError(QueryReplyDecoder::tr("row %1: _time \"%2\" is not an ISO-8601 time with a zone.")).arg(quoted(text));
            hasTime = true;
            time = *ms;
            break;
        }
        case KeyKind::Value:
            hasValue = true;
            value = field.value;
            break;
        case KeyKind::Tag:
            m_tags.emplace_back(field.key, field.value);
            break;
        case KeyKind::Other:
            m_others.emplace_back(field.key, field.value);
            break;
        }
    }
    if (!hasTable)
        return rowError(QueryReplyDecoder::tr("row %1: table is missing."));
    if (!hasTime)
        return rowError(QueryReplyDecoder::tr("row %1: _time is missing."));
    if (!hasValue && m_others.empty())
        return rowError(QueryReplyDecoder::tr("row %1 has neither _value nor any field."));

    // The signature identifies the row's groups; consecutive rows of a table share it, so
    // most rows cost one comparison here instead of building keys.
    m_signature.clear();
    m_signature.push_back(hasValue ? 'T' : 'P');
    m_signature.append(reinterpret_cast<const char *>(&table), sizeof table);
    const auto addTag = [&](std::string_view key, const element &v) -> QString {
        std::string_view text;
        char number[32];
        switch (v.type()) {
        case element_type::STRING:
            text = v.get_string().value_unsafe();
            break;
        case element_type::INT64:
        case element_type::UINT64:
        case element_type::DOUBLE: {
            // A numeric tag (domain_id 187) reads as its JSON text.
            std::to_chars_result r{};
            if (v.type() == element_type::INT64)
                r = std::to_chars(number, number + sizeof number, v.get_int64().value_unsafe());
            else if (v.type() == element_type::UINT64)
                r = std::to_chars(number, number + sizeof number, v.get_uint64().value_unsafe());
            else
                r = std::to_chars(number, number + sizeof number, v.get_double().value_unsafe());
            text = std::string_view(number, size_t(r.ptr - number));
            break;
        }
        case element_type::BOOL:
            text = v.get_bool().value_unsafe() ? std::string_view("true") : std::string_view("false");
            break;
        case element_type::NULL_VALUE:
            break;
        case element_type::ARRAY:
            return rowError(QueryReplyDecoder::tr("row %1: %2 is a list, not a name.")).arg(quoted(key));
        case element_type::OBJECT:
            return rowError(QueryReplyDecoder::tr("row %1: %2 is an object, not a name.")).arg(quoted(key));
        }
        appendSized(key);
        appendSized(text);
        return {};
    };
    for (const auto &[key, v] : m_tags) {
        if (QString error = addTag(key, v); !error.isEmpty())
            return error;
    }
    if (hasValue) {
        // Table shape: unknown text columns are group columns too (Flux puts every group key
        // in each row); unknown numbers are extra keys and ignored.
        for (const auto &[key, v] : m_others) {
            if (v.type() == element_type::STRING)
                addTag(key, v);
        }
    }
    Shape &shape = m_shapes[size_t(shapeFor())];

    if (hasValue) {
        if (shape.valueGroup < 0) {
            std::string_view field;
            for (const auto &[k, v] : shape.tags) {
                if (k == "_field")
                    field = v;
            }
            shape.valueGroup = groupFor(shape, field);
        }
        return appendValue(m_groups[size_t(shape.valueGroup)], time, value, "_value");
    }
    for (size_t i = 0; i < m_others.size(); ++i) {
        const std::string_view key = m_others[i].first;
        int group = -1;
        // Rows of a table list their fields in the same order: try the same position first.
        if (i < shape.fieldGroups.size() && shape.fieldGroups[i].first == key) {
            group = shape.fieldGroups[i].second;
        } else {
            for (const auto &[name, index] : shape.fieldGroups) {
                if (name == key) {
                    group = index;
                    break;
                }
            }
            if (group < 0) {
                group = groupFor(shape, key);
                shape.fieldGroups.emplace_back(std::string(key), group);
            }
        }
        if (QString error = appendValue(m_groups[size_t(group)], time, m_others[i].second, key); !error.isEmpty())
            return error;
    }
    return {};
}

int Decoder::shapeFor()
{
    if (m_lastShape >= 0 && m_signature == m_lastSignature)
        return m_lastShape;
    const auto found = m_shapeIndex.find(m_signature);
    int index = 0;
    if (found != m_shapeIndex.end()) {
        index = found->second;
    } else {
        Shape shape;
        shape.pivoted = m_signature[0] == 'P';
        std::memcpy(&shape.table, m_signature.data() + 1, sizeof shape.table);
        const auto readSized = [&](size_t &pos) {
            quint32 n = 0;
            std::memcpy(&n, m_signature.data() + pos, sizeof n);
            pos += sizeof n;
            std::string s = m_signature.substr(pos, n);
            pos += n;
            return s;
        };
        for (size_t pos = 1 + sizeof shape.table; pos < m_signature.size();) {
            std::string key = readSized(pos);
            std::string value = readSized(pos);
            shape.tags.emplace_back(std::move(key), std::move(value));
        }
        index = int(m_shapes.size());
        m_shapes.push_back(std::move(shape));
        m_shapeIndex.emplace(m_signature, index);
    }
    m_lastSignature = m_signature;
    m_lastShape = index;
    return index;
}

int Decoder::groupFor(const Shape &shape, std::string_view field)
{
    // Group identity: table, tags in key order (rows may order keys differently), field.
    std::vector<std::pair<std::string, std::string>> tags;
    for (const auto &tag : shape.tags) {
        if (tag.first != "_field")
            tags.push_back(tag);
    }
    const bool hasFieldTag = shape.pivoted || std::any_of(shape.tags.begin(), shape.tags.end(), [](const auto &t) { return t.first == "_field"; });
    if (hasFieldTag)
        tags.emplace_back("_field", std::string(field));
    std::stable_sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    std::string key(reinterpret_cast<const char *>(&shape.table), sizeof shape.table);
    for (const auto &[k, v] : tags) {
        for (const std::string *s : {&k, &v}) {
            const quint32 n = quint32(s->size());
            key.append(reinterpret_cast<const char *>(&n), sizeof n);
            key.append(*s);
        }
    }
    const quint32 n = quint32(field.size());
    key.append(reinterpret_cast<const char *>(&n), sizeof n);
    key.append(field);

    const auto found = m_groupIndex.find(key);
    if (found != m_groupIndex.end())
        return found->second;
    Group group;
    group.table = shape.table;
    group.tags = std::move(tags);
    group.field = std::string(field);
    const int index = int(m_groups.size());
    m_groups.push_back(std::move(group));
    m_groupIndex.emplace(std::move(key), index);
    return index;
}

QString Decoder::appendValue(Group &group, qint64 time, const element &value, std::string_view key)
{
    double number = kNull;
    std::string_view text;
    bool isText = false;
    switch (value.type()) {
    case element_type::INT64:
        number = double(value.get_int64().value_unsafe());
        break;
    case element_type::UINT64:
        number = double(value.get_uint64().value_unsafe());
        break;
    case element_type::DOUBLE:
        number = value.get_double().value_unsafe();
        break;
    case element_type::BOOL:
        number = value.get_bool().value_unsafe() ? 1.0 : 0.0;
        break;
    case element_type::NULL_VALUE:
        break;
    case element_type::STRING:
        text = value.get_string().value_unsafe();
        isText = true;
        break;
    case element_type::ARRAY:
        return rowError(QueryReplyDecoder::tr("row %1: %2 is a list, not a value.")).arg(quoted(key));
    case element_type::OBJECT:
        return rowError(QueryReplyDecoder::tr("row %1: %2 is an object, not a value.")).arg(quoted(key));
    }
    if (!group.times.isEmpty() && time < group.times.constLast())
        group.ordered = false;
    group.times.append(time);
    group.values.append(number);
    if (isText) {
        if (!group.hasText) {
            group.hasText = true;
            group.texts.resize(group.times.size() - 1);
        }
        auto cached = m_texts.find(text);
        if (cached == m_texts.end()) {
            const QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
            if (m_texts.size() >= 4096)
                group.texts.append(s);
            else
                cached = m_texts.emplace(text, s).first;
        }
        if (cached != m_texts.end())
            group.texts.append(cached->second);
    } else if (group.hasText) {
        group.texts.append(QString());
    }
    return {};
}

void Decoder::finish()
{
    m_result.tables.reserve(qsizetype(m_groups.size()));
    for (Group &g : m_groups) {
        if (!g.ordered) {
            // Stable, so rows with the same time keep the reply's order.
            std::vector<qsizetype> order(size_t(g.times.size()));
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return g.times[a] < g.times[b]; });
            QList<qint64> times;
            QList<double> values;
            QStringList texts;
            times.reserve(g.times.size());
            values.reserve(g.times.size());
            texts.reserve(g.texts.size());
            for (const qsizetype i : order) {
                times.append(g.times[i]);
                values.append(g.values[i]);
                if (g.hasText)
                    texts.append(g.texts[i]);
            }
            g.times = std::move(times);
            g.values = std::move(values);
            g.texts = std::move(texts);
        }
        QueryTable t;
        t.table = g.table;
        for (const auto &[k, v] : g.tags)
            t.tags.insert(QString::fromStdString(k), QString::fromStdString(v));
        t.field = QString::fromStdString(g.field);
        t.series = TimeSeries(std::move(g.times), std::move(g.values));
        t.texts = std::move(g.texts);
        m_result.tables.append(std::move(t));
    }
}

QString parseError(simdjson::error_code error, const QByteArray &body)
{
    switch (error) {
    case simdjson::UTF8_ERROR:
        return QueryReplyDecoder::tr("The reply is not valid UTF-8 text.");
    case simdjson::DEPTH_ERROR:
        return QueryReplyDecoder::tr("The reply is nested too deeply to be query data.");
    case simdjson::CAPACITY:
        return QueryReplyDecoder::tr("The reply is too large to read (%1 bytes).").arg(body.size());
    case simdjson::MEMALLOC:
        return QueryReplyDecoder::tr("There is not enough memory to read the reply (%1 bytes).").arg(body.size());
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        if (!endsEarly(body))
            return QueryReplyDecoder::tr("The reply holds a number that cannot be read (too large, or malformed).");
        break;
    default:
        break;
    }
    if (endsEarly(body))
        return QueryReplyDecoder::tr("The reply ends early: it was cut off after %1 bytes.").arg(body.size());
    return QueryReplyDecoder::tr("The reply is not valid JSON (%1).").arg(QString::fromLatin1(simdjson::error_message(error)));
}

} // namespace

Result<QueryResult> QueryReplyDecoder::decode(const QByteArray &body)
{
    using R = Result<QueryResult>;
    const auto first = std::find_if(body.cbegin(), body.cend(), [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
    if (first == body.cend())
        return R::failure(tr("The reply is empty."));
    if (*first == '<')
        return R::failure(tr("The reply is a web page, not query data: the API base URL may be wrong, or a proxy answered."));

    simdjson::dom::parser parser;
    simdjson::dom::element root;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; a body with that much spare
    // capacity is parsed in place, any other is copied into a padded buffer.
    QByteArray shared = body;
    const bool padded = shared.data_ptr().freeSpaceAtEnd() >= qsizetype(simdjson::SIMDJSON_PADDING);
    if (const simdjson::error_code error = parser.parse(body.constData(), size_t(body.size()), !padded).get(root))
        return R::failure(parseError(error, body));

    simdjson::dom::array rows;
    if (root.get_array().get(rows) != simdjson::SUCCESS) {
        switch (root.type()) {
        case element_type::OBJECT: {
            // The NestJS error shape (aegis-api.md §3) with a 200: say what the server said.
            std::string_view message;
            if (root["message"].get_string().get(message) == simdjson::SUCCESS)
                return R::failure(tr("The server answered with a message instead of data: %1").arg(quoted(message)));
            return R::failure(tr("The reply is a JSON object, not the list of rows a query returns."));
        }
        case element_type::STRING:
            return R::failure(tr("The reply is a text, not the list of rows a query returns."));
        case element_type::NULL_VALUE:
            return R::failure(tr("The reply is null, not the list of rows a query returns."));
        default:
            return R::failure(tr("The reply is a single value, not the list of rows a query returns."));
        }
    }

    QueryResult result;
    Decoder decoder(result);
    if (QString error = decoder.readRows(rows); !error.isEmpty())
        return R::failure(std::move(error));
    return result;
}

QFuture<Result<QueryResult>> QueryReplyDecoder::decodeAsync(QByteArray body)
{
    return QtConcurrent::run([body = std::move(body)] { return decode(body); });
}
