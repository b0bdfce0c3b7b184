#include "client/QueryReplyWalk.h"

#include "client/QueryRowGroups.h"

#include <charconv>
#include <cstring>
#include <memory>
#include <simdjson.h>
#include <string_view>
#include <utility>

namespace {

using QueryRows::load8;
using QueryRows::sameBytes;
using Cell = QueryRowCell;
using Kind = QueryRowCell::Kind;
namespace ondemand = simdjson::ondemand;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Whether the JSON string starting at `quote` is followed, after spaces, by ',' or '}'. Stage 1
// has paired every quote of the reply, so the closing one is there before the padding.
inline bool stringEndsTheValue(const char *quote)
{
    const char *p = quote + 1;
    while (*p != '"')
        p += *p == '\\' ? 2 : 1;
    ++p;
    while (isSpace(*p))
        ++p;
    return *p == ',' || *p == '}';
}

// Whether a key or a text has an escape: eight bytes a step, without a call (they are short).
inline bool hasBackslash(std::string_view text)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    const char *p = text.data();
    size_t n = text.size();
    for (; n >= 8; p += 8, n -= 8) {
        const quint64 x = load8(p) ^ (ones * quint64('\\'));
        if (((x - ones) & ~x & (ones << 7)) != 0)
            return true;
    }
    for (; n > 0; ++p, --n) {
        if (*p == '\\')
            return true;
    }
    return false;
}

// Values inside a nested extra value, past this depth, are left to the DOM (which refuses deep
// nesting with its own reason).
constexpr int kMaxNesting = 64;

// Reads a nested value to its end: On-Demand checks only what it reads, and a reply the DOM
// refuses (a broken number deep in an ignored extra value) must not be read here.
bool readNested(ondemand::value &value, int depth)
{
    if (depth > kMaxNesting)
        return false;
    const std::string_view token = value.raw_json_token();
    switch (token.empty() ? '\0' : token.front()) {
    case '[': {
        ondemand::array list;
        if (value.get_array().get(list) != simdjson::SUCCESS)
            return false;
        for (auto item : list) {
            ondemand::value v;
            if (item.get(v) != simdjson::SUCCESS || !readNested(v, depth + 1))
                return false;
        }
        return true;
    }
    case '{': {
        ondemand::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS)
            return false;
        for (auto entry : object) {
            ondemand::field field;
            std::string_view key;
            if (std::move(entry).get(field) != simdjson::SUCCESS || field.unescaped_key().get(key) != simdjson::SUCCESS
                || !readNested(field.value(), depth + 1))
                return false;
        }
        return true;
    }
    case '"': {
        std::string_view text;
        return value.get_string().get(text) == simdjson::SUCCESS;
    }
    case 't':
    case 'f': {
        bool b = false;
        return value.get_bool().get(b) == simdjson::SUCCESS;
    }
    case 'n': {
        bool isNull = false;
        return value.is_null().get(isNull) == simdjson::SUCCESS && isNull;
    }
    default: {
        ondemand::number number;
        return value.get_number().get(number) == simdjson::SUCCESS;
    }
    }
}

// The value of a field as a cell, as the DOM would type it. Texts without escapes are views into
// the reply itself (stage 1 checked their UTF-8 and control characters); others are unescaped.
inline bool readValue(ondemand::value &value, Cell &cell)
{
    const std::string_view token = value.raw_json_token(); // up to the next ',' '}' or ']'
    switch (token.empty() ? '\0' : token.front()) {
    case '"': {
        // On-Demand does not look past a string it reads: `"k":"a":1` would pass as "k": "a".
        // A field's string must be followed by the row's next ',' or its closing '}'.
        if (!stringEndsTheValue(token.data()))
            return false;
        size_t end = token.size();
        while (end > 1 && isSpace(token[end - 1]))
            --end;
        const std::string_view raw = token.substr(1, end - 2);
        cell.kind = Kind::Text;
        if (end >= 2 && token[end - 1] == '"' && !hasBackslash(raw)) {
            cell.text = raw;
            return true;
        }
        return value.get_string().get(cell.text) == simdjson::SUCCESS;
    }
    case 't':
    case 'f': {
        bool b = false;
        if (value.get_bool().get(b) != simdjson::SUCCESS)
            return false;
        cell.kind = b ? Kind::True : Kind::False;
        return true;
    }
    case 'n': {
        bool isNull = false;
        cell.kind = Kind::Null;
        return value.is_null().get(isNull) == simdjson::SUCCESS && isNull;
    }
    case '[':
        cell.kind = Kind::List;
        return readNested(value, 0);
    case '{':
        cell.kind = Kind::Object;
        return readNested(value, 0);
    default: {
        // simdjson 3.0's On-Demand number readers go wrong on fractions of more than 19 digits
        // (get_number() gives 0, get_double() can give another number): long ones are typed
        // first (which checks their syntax), and fractions read exactly with std::from_chars.
        if (token.size() > 19) {
            ondemand::number_type type{};
            if (value.get_number_type().get(type) != simdjson::SUCCESS)
                return false;
            if (type == ondemand::number_type::floating_point_number) {
                cell.kind = Kind::Real;
                if (value.get_double().get(cell.real) != simdjson::SUCCESS)
                    return false;
                size_t end = token.size();
                while (end > 0 && isSpace(token[end - 1]))
                    --end;
                double exact = 0;
                const auto [stop, error] = std::from_chars(token.data(), token.data() + end, exact);
                if (error == std::errc() && stop == token.data() + end)
                    cell.real = exact; // out of range: get_double()'s reading, as the DOM's
                return true;
            }
        }
        ondemand::number number;
        if (value.get_number().get(number) != simdjson::SUCCESS)
            return false;
        switch (number.get_number_type()) {
        case ondemand::number_type::signed_integer:
            cell.kind = Kind::Integer;
            cell.integer = number.get_int64();
            break;
        case ondemand::number_type::unsigned_integer:
            cell.kind = Kind::Unsigned;
            cell.whole = number.get_uint64();
            break;
        default:
            cell.kind = Kind::Real;
            cell.real = number.get_double();
            break;
        }
        return true;
    }
    }
}

// The key of a field as a view into the reply, found back from its value: between the key's
// closing quote and the value lie only spaces and the ':'. Keys with escapes are unescaped.
inline bool readKey(ondemand::field &field, const char *valueStart, std::string_view &key)
{
    const char *begin = field.key().raw();
    const char *p = valueStart - 1;
    while (p > begin && isSpace(*p))
        --p;
    if (p > begin && *p == ':')
        --p;
    while (p > begin && isSpace(*p))
        --p;
    if (p >= begin && *p == '"') {
        key = std::string_view(begin, size_t(p - begin));
        if (!hasBackslash(key))
            return true;
    }
    return field.unescaped_key().get(key) == simdjson::SUCCESS;
}

inline bool sameValue(const Cell &a, const Cell &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case Kind::Text:
        return sameBytes(a.text, b.text);
    case Kind::Integer:
        return a.integer == b.integer;
    case Kind::Unsigned:
        return a.whole == b.whole;
    case Kind::Real:
        return std::memcmp(&a.real, &b.real, sizeof a.real) == 0; // -0.0 is not 0.0
    case Kind::List:
    case Kind::Object:
        return false;
    default:
        return true;
    }
}

// The parser of this thread for On-Demand walks, reused from reply to reply like the DOM's
// (QueryReplyDecoder): chunks keep it small; one grown for a large piece is dropped afterwards.
class OnDemandParser
{
public:
    explicit OnDemandParser(size_t bytes)
        : m_keep(bytes <= kKeptBytes)
    {
        if (!slot())
            slot() = std::make_unique<ondemand::parser>();
    }
    ~OnDemandParser()
    {
        if (!m_keep)
            slot().reset();
    }
    Q_DISABLE_COPY_MOVE(OnDemandParser)

    ondemand::parser &parser() { return *slot(); }

private:
    static constexpr size_t kKeptBytes = 8 * 1024 * 1024;
    static std::unique_ptr<ondemand::parser> &slot()
    {
        thread_local std::unique_ptr<ondemand::parser> parser;
        return parser;
    }
    bool m_keep;
};

} // namespace

QueryReplyWalk::QueryReplyWalk(QueryRowReader &rows)
    : m_rows(rows)
{
}

bool QueryReplyWalk::readOnDemand(const char *json, size_t size, size_t capacity)
{
    OnDemandParser lease(size);
    ondemand::document document;
    ondemand::array rows;
    if (lease.parser().iterate(simdjson::padded_string_view(json, size, capacity)).get(document) != simdjson::SUCCESS
        || document.get_array().get(rows) != simdjson::SUCCESS)
        return false;
    m_previousCount = 0;
    for (auto &&item : rows) {
        ondemand::object row;
        if (item.get_object().get(row) != simdjson::SUCCESS)
            return false;
        size_t count = 0;
        bool sameKeys = true;
        // Results used in place, not copied out: a copy of a freshly written object stalls the
        // processor (its store cannot be forwarded to the wider load), once per key.
        for (auto &&entry : row) {
            if (entry.error() != simdjson::SUCCESS)
                return false;
            ondemand::field &field = entry.value_unsafe();
            if (count == m_cells.size())
                m_cells.resize(2 * count + 8);
            Cell &cell = m_cells[count];
            const Cell previous = cell;
            ondemand::value &value = field.value();
            if (!readKey(field, value.raw_json_token().data(), cell.key) || !readValue(value, cell))
                return false;
            sameKeys = sameKeys && count < m_previousCount && sameBytes(cell.key, previous.key);
            cell.sameValue = sameKeys && sameValue(cell, previous);
            ++count;
        }
        const bool sameCount = count == m_previousCount;
        m_previousCount = count;
        if (!m_rows.readRow(m_cells.data(), count, sameKeys && sameCount))
            return false;
    }
    // Anything after the list (On-Demand stops at its ']') makes the reply invalid JSON.
    const char *after = nullptr;
    return document.current_location().get(after) == simdjson::OUT_OF_BOUNDS;
}

bool QueryReplyWalk::readDom(const simdjson::dom::array &rows, QueryRowReader &reader)
{
    using simdjson::dom::element_type;
    std::vector<Cell> cells;
    for (const simdjson::dom::element row : rows) {
        simdjson::dom::object object;
        if (row.get_object().get(object) != simdjson::SUCCESS) {
            switch (row.type()) {
            case element_type::ARRAY:
                return reader.notARow(Kind::List);
            case element_type::STRING:
                return reader.notARow(Kind::Text);
            case element_type::NULL_VALUE:
                return reader.notARow(Kind::Null);
            default:
                return reader.notARow(Kind::Integer);
            }
        }
        cells.clear();
        for (const simdjson::dom::key_value_pair field : object) {
            Cell &cell = cells.emplace_back();
            cell.key = field.key;
            const simdjson::dom::element &v = field.value;
            switch (v.type()) {
            case element_type::NULL_VALUE:
                cell.kind = Kind::Null;
                break;
            case element_type::BOOL:
                cell.kind = v.get_bool().value_unsafe() ? Kind::True : Kind::False;
                break;
            case element_type::INT64:
                cell.kind = Kind::Integer;
                cell.integer = v.get_int64().value_unsafe();
                break;
            case element_type::UINT64:
                cell.kind = Kind::Unsigned;
                cell.whole = v.get_uint64().value_unsafe();
                break;
            case element_type::DOUBLE:
                cell.kind = Kind::Real;
                cell.real = v.get_double().value_unsafe();
                break;
            case element_type::STRING:
                cell.kind = Kind::Text;
                cell.text = v.get_string().value_unsafe();
                break;
            case element_type::ARRAY:
                cell.kind = Kind::List;
                break;
            case element_type::OBJECT:
                cell.kind = Kind::Object;
                break;
            }
        }
        if (!reader.readRow(cells.data(), cells.size()))
            return false;
    }
    return true;
}
