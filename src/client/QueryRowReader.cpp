#include "client/QueryRowReader.h"

#include "client/QueryReplyDecoder.h" // tr(): the reasons are the decoder's
#include "core/UtcTime.h"

#include <QStringList>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <deque>
#include <limits>
#include <numeric>
#include <optional>
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

struct KeyClass
{
    KeyKind kind = KeyKind::Other;
    int tag = -1; // which known tag column, so rows compare tags without comparing names
};

// A comparison with a literal of known length, which the compiler turns into a few integer
// compares instead of a call.
template <size_t N>
bool is(std::string_view key, const char (&literal)[N])
{
    return std::memcmp(key.data(), literal, N - 1) == 0;
}

// The columns that are group keys, never fields (aegis-api.md §5), and the three special ones.
// By length first: this runs for every key of every row.
KeyClass classify(std::string_view key)
{
    switch (key.size()) {
    case 5:
        if (is(key, "table"))
            return {KeyKind::Table};
        if (is(key, "_time"))
            return {KeyKind::Time};
        if (is(key, "_stop"))
            return {KeyKind::Tag, 0};
        break;
    case 6:
        if (is(key, "_value"))
            return {KeyKind::Value};
        if (is(key, "_field"))
            return {KeyKind::Tag, 1};
        if (is(key, "_start"))
            return {KeyKind::Tag, 2};
        if (is(key, "result"))
            return {KeyKind::Tag, 3};
        break;
    case 9:
        if (is(key, "domain_id"))
            return {KeyKind::Tag, 4};
        break;
    case 10:
        if (is(key, "DeviceName"))
            return {KeyKind::Tag, 5};
        break;
    case 11:
        if (is(key, "device_name"))
            return {KeyKind::Tag, 6};
        break;
    case 12:
        if (is(key, "_measurement"))
            return {KeyKind::Tag, 7};
        break;
    case 16:
        if (is(key, "device_type_name"))
            return {KeyKind::Tag, 8};
        break;
    case 18:
        if (is(key, "device_output_name"))
            return {KeyKind::Tag, 9};
        break;
    case 25:
        if (is(key, "device_type_category_name"))
            return {KeyKind::Tag, 10};
        break;
    default:
        break;
    }
    return {};
}

// `_time` values: consecutive rows mostly share the date, so for the contract's own form
// ("2024-07-03T08:57:01.303Z") only the time of day is read again; anything else goes to
// UtcTime::parse.
class TimeReader
{
public:
    bool read(std::string_view s, qint64 &ms)
    {
        if (m_hasDate && s.size() == size_t(UtcTime::kFormattedLength) && std::memcmp(s.data(), m_date, 10) == 0 && s[10] == 'T'
            && s[13] == ':' && s[16] == ':' && s[19] == '.' && s[23] == 'Z') {
            const auto digit = [&](size_t i) { return unsigned(static_cast<unsigned char>(s[i])) - unsigned('0'); };
            const unsigned h1 = digit(11), h2 = digit(12), m1 = digit(14), m2 = digit(15), s1 = digit(17), s2 = digit(18);
            const unsigned f1 = digit(20), f2 = digit(21), f3 = digit(22);
            if (h1 < 3 && h2 < 10 && m1 < 6 && m2 < 10 && s1 < 6 && s2 < 10 && f1 < 10 && f2 < 10 && f3 < 10 && h1 * 10 + h2 < 24) {
                const qint64 seconds = qint64(h1 * 10 + h2) * 3600 + qint64(m1 * 10 + m2) * 60 + qint64(s1 * 10 + s2);
                ms = m_dayMs + seconds * 1000 + qint64(f1 * 100 + f2 * 10 + f3);
                return true;
            }
        }
        const std::optional<qint64> parsed = UtcTime::parse(s);
        m_hasDate = parsed && s.size() == size_t(UtcTime::kFormattedLength) && s[23] == 'Z';
        if (m_hasDate) {
            std::memcpy(m_date, s.data(), 10);
            m_dayMs = *parsed - ((*parsed % kDayMs) + kDayMs) % kDayMs;
        }
        if (parsed)
            ms = *parsed;
        return parsed.has_value();
    }

private:
    static constexpr qint64 kDayMs = 86'400'000;

    char m_date[10] = {};
    qint64 m_dayMs = 0;
    bool m_hasDate = false;
};

// Equality of short texts (tag values such as device names) in a few word compares, without
// a call to memcmp: this runs for every tag of every row.
inline quint64 load8(const char *p)
{
    quint64 v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline quint32 load4(const char *p)
{
    quint32 v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline bool sameBytes(std::string_view a, std::string_view b)
{
    const size_t n = a.size();
    if (n != b.size())
        return false;
    const char *p = a.data();
    const char *q = b.data();
    if (n >= 8) {
        for (size_t i = 0; i + 8 <= n; i += 8) {
            if (load8(p + i) != load8(q + i))
                return false;
        }
        return load8(p + n - 8) == load8(q + n - 8); // the tail, overlapping
    }
    if (n >= 4)
        return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
    for (size_t i = 0; i < n; ++i) {
        if (p[i] != q[i])
            return false;
    }
    return true;
}


struct Group
{
    int table = 0;
    std::vector<std::pair<std::string, std::string>> tags;
    std::string field;
    // std::vector while reading: its push_back is a fraction of QList's append.
    std::vector<qint64> times;
    std::vector<double> values;
    QStringList texts;
    bool hasText = false;
    bool ordered = true;
    // The last text value, to share its QString with the next equal one ("Operating" × 10⁵).
    std::string lastText;
    QString lastTextString;
};

// What rows with the same table number and tag values share: their groups, found once.
struct Shape
{
    int table = 0;
    bool pivoted = false;
    std::vector<std::pair<std::string, std::string>> tags; // as the row had them, `_field` included
    int valueGroup = -1;                                   // table shape: the group of `_value`
    std::vector<std::pair<std::string, int>> fieldGroups;  // pivoted: field -> group, in row order
    std::unordered_map<std::string, int> fieldIndex;       // the same by name, for rows in other orders
};

} // namespace

QString QueryRowReader::quoted(std::string_view text)
{
    constexpr size_t kMax = 60;
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), kMax)));
    if (text.size() > kMax)
        s += QStringLiteral("…");
    return s;
}

class QueryRowReader::Rows
{
public:
    explicit Rows(QueryResult &result)
        : m_result(result)
    {
    }

    // The rows of one array (the whole reply, or one chunk of it); false with error() set.
    bool readRows(const simdjson::dom::array &rows);
    // Between chunks: nothing may point into the parser's strings any more.
    void endChunk();
    // Builds the result once every row was read.
    void finish();
    const QString &error() const { return m_error; }

private:
    // These return false after setting m_error: a QString returned per value costs time.
    bool readRow(const element &row);
    bool addTag(std::string_view key, int knownTag, const element &v);
    void divergeFromPreviousTags();
    std::string_view renderNumber(const element &v); // into m_number
    bool appendValue(Group &group, qint64 time, const element &value, std::string_view key);
    bool appendOther(Group &group, qint64 time, const element &value, std::string_view key);
    QString rowText(const QString &text) const { return text.arg(m_row); }
    bool fail(const QString &reason)
    {
        m_error = reason;
        return false;
    }
    int shapeFor();
    int groupFor(const Shape &shape, std::string_view field);
    void appendSized(std::string_view text);

    QueryResult &m_result;
    qsizetype m_row = 0; // counted from 1 in messages
    QString m_error;

    // Per row, reused to avoid allocations: the columns that are neither tags nor special.
    std::vector<std::pair<std::string_view, element>> m_others;
    TimeReader m_times;

    // The previous row's tags as text, and this row's when they differ. Views point into the
    // parser's strings, or into m_numberTexts for numeric tags (kept for the whole reply, and
    // written only when tags change).
    struct TagText
    {
        int known; // KeyClass::tag, -1 for other text columns
        std::string_view key;
        std::string_view value;
        friend bool operator==(const TagText &a, const TagText &b)
        {
            return a.known == b.known && sameBytes(a.value, b.value) && (a.known >= 0 || sameBytes(a.key, b.key));
        }
    };
    std::vector<TagText> m_previousTags;
    std::vector<TagText> m_rowTags;
    size_t m_sameTags = 0;      // this row's tags so far equal the previous row's first ones
    bool m_tagsDiffer = false;  // ... until one did not: then m_rowTags holds this row's
    std::deque<std::string> m_numberTexts;
    char m_number[32] = {};
    int m_previousTable = 0;
    bool m_previousPivoted = false;
    int m_previousShape = -1;

    std::string m_signature; // shape marker, table and tags, length-prefixed
    std::vector<Shape> m_shapes;
    std::unordered_map<std::string, int> m_shapeIndex;

    std::vector<Group> m_groups;
    std::unordered_map<std::string, int> m_groupIndex;

    // Text values repeat ("Operating"); one shared QString each. Views point into the parser,
    // so the map is emptied with each chunk.
    std::unordered_map<std::string_view, QString> m_texts;
};

void QueryRowReader::Rows::appendSized(std::string_view text)
{
    const quint32 n = quint32(text.size());
    m_signature.append(reinterpret_cast<const char *>(&n), sizeof n);
    m_signature.append(text);
}

bool QueryRowReader::Rows::readRows(const simdjson::dom::array &rows)
{
    for (const element row : rows) {
        ++m_row;
        if (!readRow(row))
            return false;
    }
    return true;
}

void QueryRowReader::Rows::endChunk()
{
    m_previousTags.clear();
    m_previousShape = -1;
    m_texts.clear();
}

bool QueryRowReader::Rows::readRow(const element &row)
{
    simdjson::dom::object object;
    if (row.get_object().get(object) != simdjson::SUCCESS) {
        switch (row.type()) {
        case element_type::ARRAY: return fail(rowText(QueryReplyDecoder::tr("row %1 is a list, not an object with _time and values.")));
        case element_type::STRING: return fail(rowText(QueryReplyDecoder::tr("row %1 is a text, not an object with _time and values.")));
        case element_type::NULL_VALUE: return fail(rowText(QueryReplyDecoder::tr("row %1 is null, not an object with _time and values.")));
        default: return fail(rowText(QueryReplyDecoder::tr("row %1 is a single value, not an object with _time and values.")));
        }
    }

    m_others.clear();
    m_rowTags.clear();
    m_sameTags = 0;
    m_tagsDiffer = false;
    bool hasTable = false;
    int table = 0;
    bool hasTime = false;
    qint64 time = 0;
    bool hasValue = false;
    element value;
    for (const simdjson::dom::key_value_pair field : object) {
        const KeyClass key = classify(field.key);
        switch (key.kind) {
        case KeyKind::Table: {
            int64_t n = 0;
            if (field.value.get_int64().get(n) != simdjson::SUCCESS || n < std::numeric_limits<int>::min()
                || n > std::numeric_limits<int>::max())
                return fail(rowText(QueryReplyDecoder::tr("row %1: table is not a whole number.")));
            hasTable = true;
            table = int(n);
            break;
        }
        case KeyKind::Time: {
            std::string_view text;
            if (field.value.get_string().get(text) != simdjson::SUCCESS)
                return fail(rowText(QueryReplyDecoder::tr("row %1: _time is not a text.")));
            if (!m_times.read(text, time))
                return fail(rowText(QueryReplyDecoder::tr("row %1: _time \"%2\" is not an ISO-8601 time with a zone.")).arg(quoted(text)));
            hasTime = true;
            break;
        }
        case KeyKind::Value:
            hasValue = true;
            value = field.value;
            break;
        case KeyKind::Tag:
            // The common case inline: a text equal to the previous row's tag at this place.
            if (!m_tagsDiffer && m_sameTags < m_previousTags.size() && field.value.type() == element_type::STRING) {
                const TagText &previous = m_previousTags[m_sameTags];
                if (previous.known == key.tag && sameBytes(previous.value, field.value.get_string().value_unsafe())) {
                    ++m_sameTags;
                    break;
                }
            }
            if (!addTag(field.key, key.tag, field.value))
                return false;
            break;
        case KeyKind::Other:
            m_others.emplace_back(field.key, field.value);
            break;
        }
    }
    if (!hasTable)
        return fail(rowText(QueryReplyDecoder::tr("row %1: table is missing.")));
    if (!hasTime)
        return fail(rowText(QueryReplyDecoder::tr("row %1: _time is missing.")));
    if (!hasValue && m_others.empty())
        return fail(rowText(QueryReplyDecoder::tr("row %1 has neither _value nor any field.")));

    if (hasValue) {
        // Table shape: unknown text columns are group columns too (Flux puts every group key
        // in each row); unknown numbers are extra keys and ignored.
        for (const auto &[key, v] : m_others) {
            if (v.type() == element_type::STRING)
                addTag(key, -1, v);
        }
    }
    if (!m_tagsDiffer && m_sameTags != m_previousTags.size())
        divergeFromPreviousTags(); // fewer tags than the previous row
    const bool pivoted = !hasValue;
    int shapeIndex = m_previousShape;
    if (shapeIndex < 0 || table != m_previousTable || pivoted != m_previousPivoted || m_tagsDiffer) {
        if (m_tagsDiffer)
            m_previousTags.swap(m_rowTags);
        m_signature.clear();
        m_signature.push_back(pivoted ? 'P' : 'T');
        m_signature.append(reinterpret_cast<const char *>(&table), sizeof table);
        for (const TagText &tag : m_previousTags) {
            appendSized(tag.key);
            appendSized(tag.value);
        }
        shapeIndex = shapeFor();
    }
    m_previousTable = table;
    m_previousPivoted = pivoted;
    m_previousShape = shapeIndex;
    Shape &shape = m_shapes[size_t(shapeIndex)];

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
        if (i < shape.fieldGroups.size() && sameBytes(shape.fieldGroups[i].first, key)) {
            group = shape.fieldGroups[i].second;
        } else {
            std::string name(key);
            const auto found = shape.fieldIndex.find(name);
            if (found != shape.fieldIndex.end()) {
                group = found->second;
            } else {
                group = groupFor(shape, key);
                shape.fieldIndex.emplace(name, group);
                shape.fieldGroups.emplace_back(std::move(name), group);
            }
        }
        if (!appendValue(m_groups[size_t(group)], time, m_others[i].second, key))
            return false;
    }
    return true;
}

// Adds one tag column of the row as text; an object or a list cannot be a group key.
bool QueryRowReader::Rows::addTag(std::string_view key, int knownTag, const element &v)
{
    std::string_view text;
    bool rendered = false;
    switch (v.type()) {
    case element_type::STRING:
        text = v.get_string().value_unsafe();
        break;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        // A numeric tag (domain_id 187) reads as its JSON text.
        text = renderNumber(v);
        rendered = true;
        break;
    case element_type::BOOL:
        text = v.get_bool().value_unsafe() ? std::string_view("true") : std::string_view("false");
        break;
    case element_type::NULL_VALUE:
        break;
    case element_type::ARRAY:
        return fail(rowText(QueryReplyDecoder::tr("row %1: %2 is a list, not a name.")).arg(quoted(key)));
    case element_type::OBJECT:
        return fail(rowText(QueryReplyDecoder::tr("row %1: %2 is an object, not a name.")).arg(quoted(key)));
    }
    // Consecutive rows of a table carry the same tags: compared as they are read, most rows
    // store nothing, and only a new combination builds a signature to look up (readRow).
    const TagText tag{knownTag, key, text};
    if (!m_tagsDiffer) {
        if (m_sameTags < m_previousTags.size() && m_previousTags[m_sameTags] == tag) {
            ++m_sameTags;
            return true;
        }
        divergeFromPreviousTags();
    }
    m_rowTags.push_back(tag);
    if (rendered) // the rendering is overwritten by the next number: keep a copy
        m_rowTags.back().value = m_numberTexts.emplace_back(text);
    return true;
}

std::string_view QueryRowReader::Rows::renderNumber(const element &v)
{
    std::to_chars_result r{};
    char *const end = m_number + sizeof m_number;
    if (v.type() == element_type::INT64)
        r = std::to_chars(m_number, end, v.get_int64().value_unsafe());
    else if (v.type() == element_type::UINT64)
        r = std::to_chars(m_number, end, v.get_uint64().value_unsafe());
    else
        r = std::to_chars(m_number, end, v.get_double().value_unsafe());
    return std::string_view(m_number, size_t(r.ptr - m_number));
}

void QueryRowReader::Rows::divergeFromPreviousTags()
{
    m_tagsDiffer = true;
    m_rowTags.assign(m_previousTags.begin(), m_previousTags.begin() + std::ptrdiff_t(m_sameTags));
}

int QueryRowReader::Rows::shapeFor()
{
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
    return index;
}

int QueryRowReader::Rows::groupFor(const Shape &shape, std::string_view field)
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

// Inline for numbers, the common case; texts and errors go through appendOther.
Q_ALWAYS_INLINE bool QueryRowReader::Rows::appendValue(Group &group, qint64 time, const element &value, std::string_view key)
{
    double number = kNull;
    switch (value.type()) {
    case element_type::DOUBLE:
        number = value.get_double().value_unsafe();
        break;
    case element_type::INT64:
        number = double(value.get_int64().value_unsafe());
        break;
    case element_type::NULL_VALUE:
        break;
    default:
        return appendOther(group, time, value, key);
    }
    if (!group.times.empty() && time < group.times.back())
        group.ordered = false;
    group.times.push_back(time);
    group.values.push_back(number);
    if (group.hasText)
        group.texts.append(QString());
    return true;
}

bool QueryRowReader::Rows::appendOther(Group &group, qint64 time, const element &value, std::string_view key)
{
    double number = kNull;
    std::string_view text;
    bool isText = false;
    switch (value.type()) {
    case element_type::UINT64:
        number = double(value.get_uint64().value_unsafe());
        break;
    case element_type::BOOL:
        number = value.get_bool().value_unsafe() ? 1.0 : 0.0;
        break;
    case element_type::STRING:
        text = value.get_string().value_unsafe();
        isText = true;
        break;
    case element_type::ARRAY:
        return fail(rowText(QueryReplyDecoder::tr("row %1: %2 is a list, not a value.")).arg(quoted(key)));
    case element_type::OBJECT:
        return fail(rowText(QueryReplyDecoder::tr("row %1: %2 is an object, not a value.")).arg(quoted(key)));
    default: // numbers and null take the inline path
        break;
    }
    if (!group.times.empty() && time < group.times.back())
        group.ordered = false;
    group.times.push_back(time);
    group.values.push_back(number);
    if (isText) {
        if (!group.hasText) {
            group.hasText = true;
            group.texts.resize(qsizetype(group.times.size()) - 1);
        }
        if (group.lastTextString.isNull() || !sameBytes(text, group.lastText)) {
            auto cached = m_texts.find(text);
            if (cached != m_texts.end()) {
                group.lastTextString = cached->second;
            } else {
                group.lastTextString = QString::fromUtf8(text.data(), qsizetype(text.size()));
                if (m_texts.size() < 4096) // a bound for replies of ever new texts
                    m_texts.emplace(text, group.lastTextString);
            }
            group.lastText.assign(text);
        }
        group.texts.append(group.lastTextString);
    } else if (group.hasText) {
        group.texts.append(QString());
    }
    return true;
}

void QueryRowReader::Rows::finish()
{
    m_result.rowCount = m_row;
    m_result.tables.reserve(qsizetype(m_groups.size()));
    for (Group &g : m_groups) {
        QList<qint64> times;
        QList<double> values;
        QStringList texts;
        const size_t n = g.times.size();
        if (g.ordered) {
            times = QList<qint64>(g.times.data(), g.times.data() + n);
            values = QList<double>(g.values.data(), g.values.data() + n);
            texts = std::move(g.texts);
        } else {
            times.reserve(qsizetype(n));
            values.reserve(qsizetype(n));
            // Stable, so rows with the same time keep the reply's order.
            std::vector<size_t> order(n);
            std::iota(order.begin(), order.end(), size_t(0));
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return g.times[a] < g.times[b]; });
            if (g.hasText)
                texts.reserve(qsizetype(n));
            for (const size_t i : order) {
                times.append(g.times[i]);
                values.append(g.values[i]);
                if (g.hasText)
                    texts.append(g.texts[qsizetype(i)]);
            }
        }
        // The raw vectors go now: the result would otherwise briefly hold everything twice.
        std::vector<qint64>().swap(g.times);
        std::vector<double>().swap(g.values);
        QueryTable t;
        t.table = g.table;
        for (const auto &[k, v] : g.tags)
            t.tags.insert(QString::fromStdString(k), QString::fromStdString(v));
        t.field = QString::fromStdString(g.field);
        t.series = TimeSeries(std::move(times), std::move(values));
        t.texts = std::move(texts);
        m_result.tables.append(std::move(t));
    }
}

QueryRowReader::QueryRowReader(QueryResult &result)
    : d(std::make_unique<Rows>(result))
{
}

QueryRowReader::~QueryRowReader() = default;

bool QueryRowReader::readRows(const simdjson::dom::array &rows)
{
    return d->readRows(rows);
}

void QueryRowReader::endChunk()
{
    d->endChunk();
}

void QueryRowReader::finish()
{
    d->finish();
}

const QString &QueryRowReader::error() const
{
    return d->error();
}
