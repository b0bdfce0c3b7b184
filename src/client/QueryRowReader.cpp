#include "client/QueryRowReader.h"

#include "client/QueryReplyDecoder.h" // tr(): the reasons are the decoder's
#include "core/UtcTime.h"

#include <QStringList>

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

using Cell = QueryRowCell;
using Kind = QueryRowCell::Kind;

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

// The columns that are group keys, never fields (docs/aegis-api.md §5), and the three special ones.
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


// A QList appended to through a pointer: QList::append costs several times a store, and a
// std::vector would have to be copied into a QList at the end. It starts at the size its table
// will likely reach (groupFor), so it seldom grows, and then by doubling.
template <typename T>
class Column
{
public:
    Column() = default;
    Column(Column &&) noexcept = default;
    Column &operator=(Column &&) noexcept = default;
    Q_DISABLE_COPY(Column)

    bool isEmpty() const { return m_next == m_begin; }
    qsizetype size() const { return m_next - m_begin; }
    qsizetype capacity() const { return m_list.size(); }
    const T &last() const { return m_next[-1]; }
    const T &at(qsizetype i) const { return m_begin[i]; }
    Q_ALWAYS_INLINE void append(T v)
    {
        if (Q_UNLIKELY(m_next == m_limit))
            grow(2 * m_list.size());
        *m_next++ = v;
    }
    void resize(qsizetype n)
    {
        if (n > m_list.size())
            grow(n);
        m_next = m_begin + n;
    }
    void reserve(qsizetype n)
    {
        if (n > m_list.size())
            grow(n);
    }
    QList<T> take()
    {
        const qsizetype n = size();
        m_list.resize(n);
        if (m_list.capacity() - n > n / 8 + 16) // squeeze() copies: only when worth it
            m_list.squeeze();
        m_begin = m_next = m_limit = nullptr;
        return std::move(m_list);
    }

private:
    Q_NEVER_INLINE void grow(qsizetype capacity)
    {
        const qsizetype n = size();
        capacity = std::max<qsizetype>(16, capacity);
        m_list.reserve(capacity); // exactly: resize() alone would round up, for squeeze() to copy
        m_list.resize(capacity);
        m_begin = m_list.data();
        m_next = m_begin + n;
        m_limit = m_begin + m_list.size();
    }

    QList<T> m_list; // its size is the capacity; size() is what was appended
    T *m_begin = nullptr;
    T *m_next = nullptr;
    T *m_limit = nullptr;
};

struct Group
{
    int table = 0;
    std::vector<std::pair<std::string, std::string>> tags;
    std::string field;
    Column<qint64> times; // unless shared, below
    Column<double> values;
    // Texts as runs of equal ones (a null QString for numbers), since most repeat ("Operating"
    // × 10⁵): a point costs no QString copy, and equal lists are shared at the end.
    struct TextRun
    {
        qsizetype start;
        QString text;
    };
    std::vector<TextRun> textRuns; // empty until a text came
    bool ordered = true;
    // Pivoted rows give every field of a table the same times: while a field has a value in each
    // row of its shape, its times are the shape's (one list shared by all at the end).
    int sharedShape = -1;
    qsizetype sharedStart = 0;
    qsizetype expected = 0; // the size it will likely reach, for its columns' first allocation
    qsizetype layoutRow = 0; // the last row whose layout holds it (QueryRowReader::Rows::keepLayout)
    std::string lastText; // the last run's, as bytes
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
    Column<qint64> times;                                  // pivoted: of each row, for the groups sharing them
    bool ordered = true;
    QList<qint64> finishedTimes;
    bool finished = false;
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

    bool notARow(Kind kind);
    bool readRow(const Cell *cells, size_t count, bool sameKeys)
    {
        if (sameKeys && m_layoutValid && count == m_layout.size()) {
            const Repeat r = readRepeatedRow(cells);
            if (r != Repeat::No)
                return r == Repeat::Read;
        }
        return readNewRow(cells, count);
    }
    // Between chunks: nothing may point into the parser's strings any more.
    void endChunk();
    // Builds the result once every row was read.
    void finish();
    const QString &error() const { return m_error; }

private:
    enum class Repeat { Read, Failed, No };
    Repeat readRepeatedRow(const Cell *cells);
    void keepLayout(bool pivoted);
    // These return false after setting m_error: a QString returned per value costs time.
    bool readNewRow(const Cell *cells, size_t count);
    bool addTag(std::string_view key, int knownTag, const Cell &v);
    void divergeFromPreviousTags();
    std::string_view renderNumber(const Cell &v); // into m_number
    bool appendValue(Group &group, qint64 time, const Cell &value, std::string_view key);
    bool appendField(Group &group, int shapeIndex, qint64 time, const Cell &value, std::string_view key);
    void appendShapeTime(Shape &shape, qint64 time);
    bool appendPoint(Group &group, const Cell &value, std::string_view key);
    bool appendOtherPoint(Group &group, const Cell &value, std::string_view key);
    void unshare(Group &group);
    QStringList textsOf(const Group &g, qsizetype n, bool shareable);
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
    std::vector<const Cell *> m_others;

    // What the previous row's cells were, by place, for rows with the same keys: most rows of
    // a table repeat the keys and tag values of the row before (readRepeatedRow).
    struct Place
    {
        KeyKind kind = KeyKind::Other;
        int group = -1; // the series a field cell went to
        int cell = 0;
        // Pivoted: the series, and whether its times are its shape's up to the last row, so that
        // the next row's value only has to be appended (until readNewRow rebuilds the layout).
        Group *series = nullptr;
        bool inStep = false;
    };
    std::vector<Place> m_layout;  // by cell
    std::vector<Place> m_checks;  // the cells a repeated row must check: table, time, tags, _value
    std::vector<Place> m_fields;  // pivoted: the cells that go to series
    bool m_distinctFields = true; // no two field cells go to the same series
    bool m_layoutValid = false;
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
    // Rows of the current run of one shape, and of the run before: the size a new group is
    // likely to reach (tables come one after another), so that its columns rarely regrow.
    // Bounded, since a small table may follow a large one: larger tables grow by doubling.
    int m_runShape = -1;
    qsizetype m_runRows = 0;
    qsizetype m_lastRunRows = 0;
    qsizetype expectedRows() const { return std::min<qsizetype>(m_lastRunRows + m_lastRunRows / 32, qsizetype(1) << 16); }

    std::string m_signature; // shape marker, table and tags, length-prefixed
    std::vector<Shape> m_shapes;
    std::unordered_map<std::string, int> m_shapeIndex;

    std::vector<Group> m_groups;
    std::unordered_map<std::string, int> m_groupIndex;
    std::unordered_map<std::string, QStringList> m_finishedTexts; // by their runs (textsOf)

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

bool QueryRowReader::Rows::notARow(Kind kind)
{
    ++m_row;
    switch (kind) {
    case Kind::List: return fail(rowText(QueryReplyDecoder::tr("row %1 is a list, not an object with _time and values.")));
    case Kind::Text: return fail(rowText(QueryReplyDecoder::tr("row %1 is a text, not an object with _time and values.")));
    case Kind::Null: return fail(rowText(QueryReplyDecoder::tr("row %1 is null, not an object with _time and values.")));
    default: return fail(rowText(QueryReplyDecoder::tr("row %1 is a single value, not an object with _time and values.")));
    }
}

void QueryRowReader::Rows::endChunk()
{
    m_layoutValid = false;
    m_previousTags.clear();
    m_previousShape = -1;
    m_texts.clear();
}

// A row with the keys of the previous one: when its table and tag values are the same too, its
// values go where the previous row's went, without classifying keys or comparing tags.
QueryRowReader::Rows::Repeat QueryRowReader::Rows::readRepeatedRow(const Cell *cells)
{
    qint64 time = 0;
    const Cell *value = nullptr;
    for (const Place &place : m_checks) {
        const Cell &cell = cells[place.cell];
        switch (place.kind) {
        case KeyKind::Table:
            if (!cell.sameValue && (cell.kind != Kind::Integer || cell.integer != m_previousTable))
                return Repeat::No;
            break;
        case KeyKind::Time:
            if (cell.kind != Kind::Text || !m_times.read(cell.text, time))
                return Repeat::No; // readNewRow says why
            break;
        case KeyKind::Value:
            value = &cell;
            break;
        case KeyKind::Tag:
        case KeyKind::Other: // in the table shape a text here is a group column, a number is ignored
            if (!cell.sameValue)
                return Repeat::No;
            break;
        }
    }
    ++m_row;
    ++m_runRows;
    if (!m_previousPivoted) {
        const int group = m_shapes[size_t(m_previousShape)].valueGroup;
        return appendValue(m_groups[size_t(group)], time, *value, "_value") ? Repeat::Read : Repeat::Failed;
    }
    appendShapeTime(m_shapes[size_t(m_previousShape)], time);
    for (const Place &place : m_fields) {
        Group &group = *place.series;
        const Cell &cell = cells[place.cell];
        if (Q_LIKELY(place.inStep)) {
            // The common cases inline: a number, and the same text as this field's last one.
            if (cell.kind == Kind::Real && group.textRuns.empty()) {
                group.values.append(cell.real);
                continue;
            }
            if (cell.kind == Kind::Text && cell.sameValue && m_distinctFields && !group.textRuns.empty()
                && !group.textRuns.back().text.isNull()) {
                group.values.append(kNull);
                continue;
            }
            if (!appendPoint(group, cell, cell.key))
                return Repeat::Failed;
        } else if (!appendField(group, m_previousShape, time, cell, cell.key)) {
            return Repeat::Failed;
        }
    }
    return Repeat::Read;
}

// After a row read the long way: what the next rows with the same keys need to check and where
// their values go.
void QueryRowReader::Rows::keepLayout(bool pivoted)
{
    m_checks.clear();
    m_fields.clear();
    m_distinctFields = true;
    for (size_t i = 0; i < m_layout.size(); ++i) {
        Place place = m_layout[i];
        place.cell = int(i);
        if (place.kind == KeyKind::Other && pivoted) {
            Group &group = m_groups[size_t(place.group)];
            m_distinctFields = m_distinctFields && group.layoutRow != m_row;
            group.layoutRow = m_row;
            m_fields.push_back(place);
        } else {
            m_checks.push_back(place);
        }
    }
    if (pivoted) {
        const qsizetype rows = m_shapes[size_t(m_previousShape)].times.size();
        for (Place &place : m_fields) {
            place.series = &m_groups[size_t(place.group)];
            // Each repeated row adds one time to the shape and one value to each field.
            place.inStep = m_distinctFields && place.series->sharedShape == m_previousShape
                && place.series->sharedStart + place.series->values.size() == rows;
        }
    }
    m_layoutValid = true;
}

bool QueryRowReader::Rows::readNewRow(const Cell *cells, size_t count)
{
    ++m_row;
    m_layoutValid = false;
    m_layout.resize(count);
    m_others.clear();
    m_rowTags.clear();
    m_sameTags = 0;
    m_tagsDiffer = false;
    bool hasTable = false;
    int table = 0;
    bool hasTime = false;
    qint64 time = 0;
    const Cell *value = nullptr;
    for (const Cell *field = cells; field != cells + count; ++field) {
        const KeyClass key = classify(field->key);
        m_layout[size_t(field - cells)].kind = key.kind;
        switch (key.kind) {
        case KeyKind::Table:
            if (field->kind != Kind::Integer || field->integer < std::numeric_limits<int>::min()
                || field->integer > std::numeric_limits<int>::max())
                return fail(rowText(QueryReplyDecoder::tr("row %1: table is not a whole number.")));
            hasTable = true;
            table = int(field->integer);
            break;
        case KeyKind::Time:
            if (field->kind != Kind::Text)
                return fail(rowText(QueryReplyDecoder::tr("row %1: _time is not a text.")));
            if (!m_times.read(field->text, time))
                return fail(rowText(QueryReplyDecoder::tr("row %1: _time \"%2\" is not an ISO-8601 time with a zone.")).arg(quoted(field->text)));
            hasTime = true;
            break;
        case KeyKind::Value:
            value = field;
            break;
        case KeyKind::Tag:
            // The common case inline: a text equal to the previous row's tag at this place.
            if (!m_tagsDiffer && m_sameTags < m_previousTags.size() && field->kind == Kind::Text) {
                const TagText &previous = m_previousTags[m_sameTags];
                if (previous.known == key.tag && sameBytes(previous.value, field->text)) {
                    ++m_sameTags;
                    break;
                }
            }
            if (!addTag(field->key, key.tag, *field))
                return false;
            break;
        case KeyKind::Other:
            m_others.push_back(field);
            break;
        }
    }
    const bool hasValue = value != nullptr;
    if (!hasTable)
        return fail(rowText(QueryReplyDecoder::tr("row %1: table is missing.")));
    if (!hasTime)
        return fail(rowText(QueryReplyDecoder::tr("row %1: _time is missing.")));
    if (!hasValue && m_others.empty())
        return fail(rowText(QueryReplyDecoder::tr("row %1 has neither _value nor any field.")));

    if (hasValue) {
        // Table shape: unknown text columns are group columns too (Flux puts every group key
        // in each row); unknown numbers are extra keys and ignored.
        for (const Cell *other : m_others) {
            if (other->kind == Kind::Text)
                addTag(other->key, -1, *other);
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
    if (shapeIndex != m_runShape) {
        m_lastRunRows = m_runRows;
        m_runShape = shapeIndex;
        m_runRows = 0;
    }
    ++m_runRows;
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
        keepLayout(false);
        return appendValue(m_groups[size_t(shape.valueGroup)], time, *value, "_value");
    }
    appendShapeTime(shape, time);
    for (size_t i = 0; i < m_others.size(); ++i) {
        const std::string_view key = m_others[i]->key;
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
        m_layout[size_t(m_others[i] - cells)].group = group;
        if (!appendField(m_groups[size_t(group)], shapeIndex, time, *m_others[i], key))
            return false;
    }
    keepLayout(true);
    return true;
}

// Adds one tag column of the row as text; an object or a list cannot be a group key.
bool QueryRowReader::Rows::addTag(std::string_view key, int knownTag, const Cell &v)
{
    std::string_view text;
    bool rendered = false;
    switch (v.kind) {
    case Kind::Text:
        text = v.text;
        break;
    case Kind::Integer:
    case Kind::Unsigned:
    case Kind::Real:
        // A numeric tag (domain_id 187) reads as its JSON text.
        text = renderNumber(v);
        rendered = true;
        break;
    case Kind::True:
        text = std::string_view("true");
        break;
    case Kind::False:
        text = std::string_view("false");
        break;
    case Kind::Null:
        break;
    case Kind::List:
        return fail(rowText(QueryReplyDecoder::tr("row %1: %2 is a list, not a name.")).arg(quoted(key)));
    case Kind::Object:
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

std::string_view QueryRowReader::Rows::renderNumber(const Cell &v)
{
    std::to_chars_result r{};
    char *const end = m_number + sizeof m_number;
    if (v.kind == Kind::Integer)
        r = std::to_chars(m_number, end, v.integer);
    else if (v.kind == Kind::Unsigned)
        r = std::to_chars(m_number, end, v.whole);
    else
        r = std::to_chars(m_number, end, v.real);
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
    group.expected = expectedRows();
    group.values.reserve(group.expected);
    const int index = int(m_groups.size());
    m_groups.push_back(std::move(group));
    m_groupIndex.emplace(std::move(key), index);
    return index;
}

// A time and a value, the time in the group's own column.
Q_ALWAYS_INLINE bool QueryRowReader::Rows::appendValue(Group &group, qint64 time, const Cell &value, std::string_view key)
{
    if (group.sharedShape >= 0)
        unshare(group);
    if (group.times.capacity() == 0)
        group.times.reserve(group.expected);
    if (!group.times.isEmpty() && time < group.times.last())
        group.ordered = false;
    group.times.append(time);
    return appendPoint(group, value, key);
}

// A field of a pivoted row, whose time is already the last of its shape's times.
Q_ALWAYS_INLINE bool QueryRowReader::Rows::appendField(Group &group, int shapeIndex, qint64 time, const Cell &value, std::string_view key)
{
    const qsizetype row = m_shapes[size_t(shapeIndex)].times.size() - 1;
    if (group.sharedShape == shapeIndex && group.sharedStart + group.values.size() == row)
        return appendPoint(group, value, key);
    if (group.sharedShape < 0 && group.values.isEmpty() && group.times.isEmpty()) {
        group.sharedShape = shapeIndex;
        group.sharedStart = row;
        return appendPoint(group, value, key);
    }
    return appendValue(group, time, value, key); // a row without this field, or another shape
}

void QueryRowReader::Rows::appendShapeTime(Shape &shape, qint64 time)
{
    if (shape.times.capacity() == 0)
        shape.times.reserve(expectedRows());
    if (!shape.times.isEmpty() && time < shape.times.last())
        shape.ordered = false;
    shape.times.append(time);
}

// The group's times become a column of its own.
void QueryRowReader::Rows::unshare(Group &group)
{
    const Column<qint64> &shared = m_shapes[size_t(group.sharedShape)].times;
    const qsizetype n = group.values.size();
    group.times.reserve(std::max(group.expected, n + n / 2 + 16));
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 time = shared.at(group.sharedStart + i);
        if (i > 0 && time < group.times.last())
            group.ordered = false;
        group.times.append(time);
    }
    group.sharedShape = -1;
}

// Inline for numbers, the common case; texts and errors go through appendOtherPoint.
Q_ALWAYS_INLINE bool QueryRowReader::Rows::appendPoint(Group &group, const Cell &value, std::string_view key)
{
    double number = kNull;
    switch (value.kind) {
    case Kind::Real:
        number = value.real;
        break;
    case Kind::Integer:
        number = double(value.integer);
        break;
    case Kind::Null:
        break;
    default:
        return appendOtherPoint(group, value, key);
    }
    if (!group.textRuns.empty() && !group.textRuns.back().text.isNull())
        group.textRuns.push_back({group.values.size(), QString()});
    group.values.append(number);
    return true;
}

bool QueryRowReader::Rows::appendOtherPoint(Group &group, const Cell &value, std::string_view key)
{
    double number = kNull;
    std::string_view text;
    bool isText = false;
    switch (value.kind) {
    case Kind::Unsigned:
        number = double(value.whole);
        break;
    case Kind::True:
        number = 1.0;
        break;
    case Kind::False:
        number = 0.0;
        break;
    case Kind::Text:
        text = value.text;
        isText = true;
        break;
    case Kind::List:
        return fail(rowText(QueryReplyDecoder::tr("row %1: %2 is a list, not a value.")).arg(quoted(key)));
    case Kind::Object:
        return fail(rowText(QueryReplyDecoder::tr("row %1: %2 is an object, not a value.")).arg(quoted(key)));
    default: // numbers and null take the inline path
        break;
    }
    if (isText) {
        if (group.textRuns.empty()) {
            if (!group.values.isEmpty())
                group.textRuns.push_back({0, QString()});
            group.lastText.clear();
        }
        if (group.textRuns.empty() || group.textRuns.back().text.isNull() || !sameBytes(text, group.lastText)) {
            QString string;
            auto cached = m_texts.find(text);
            if (cached != m_texts.end()) {
                string = cached->second;
            } else {
                string = QString::fromUtf8(text.data(), qsizetype(text.size()));
                if (m_texts.size() < 4096) // a bound for replies of ever new texts
                    m_texts.emplace(text, string);
            }
            group.textRuns.push_back({group.values.size(), std::move(string)});
            group.lastText.assign(text);
        }
    } else if (!group.textRuns.empty() && !group.textRuns.back().text.isNull()) {
        group.textRuns.push_back({group.values.size(), QString()});
    }
    group.values.append(number);
    return true;
}

// The texts of a group as a list, the same list as an earlier group's when they are equal (all
// devices' Type "Grid"): the lists share one copy. Lists of many runs are not worth looking up.
QStringList QueryRowReader::Rows::textsOf(const Group &g, qsizetype n, bool shareable)
{
    if (g.textRuns.empty())
        return {};
    std::string key;
    if (shareable && g.textRuns.size() <= 16) {
        const auto add = [&key](const void *data, size_t size) { key.append(static_cast<const char *>(data), size); };
        add(&n, sizeof n);
        for (const Group::TextRun &run : g.textRuns) {
            const qsizetype size = run.text.size();
            add(&run.start, sizeof run.start);
            add(&size, sizeof size);
            add(run.text.constData(), size_t(size) * sizeof(QChar));
            key.push_back(run.text.isNull() ? 'n' : 't');
        }
        const auto found = m_finishedTexts.find(key);
        if (found != m_finishedTexts.end())
            return found->second;
    }
    QStringList texts;
    texts.reserve(n);
    for (size_t r = 0; r < g.textRuns.size(); ++r) {
        const qsizetype end = r + 1 < g.textRuns.size() ? g.textRuns[r + 1].start : n;
        for (qsizetype i = g.textRuns[r].start; i < end; ++i)
            texts.append(g.textRuns[r].text);
    }
    if (!key.empty())
        m_finishedTexts.emplace(std::move(key), texts);
    return texts;
}

void QueryRowReader::Rows::finish()
{
    m_result.rowCount = m_row;
    m_result.tables.reserve(qsizetype(m_groups.size()));
    for (Group &g : m_groups) {
        QList<qint64> times;
        bool ordered = g.ordered;
        if (g.sharedShape >= 0) {
            Shape &shape = m_shapes[size_t(g.sharedShape)];
            if (!shape.finished) {
                shape.finishedTimes = shape.times.take();
                shape.finished = true;
            }
            const qsizetype n = g.values.size();
            times = g.sharedStart == 0 && n == shape.finishedTimes.size() ? shape.finishedTimes : shape.finishedTimes.mid(g.sharedStart, n);
            ordered = shape.ordered;
        } else {
            times = g.times.take();
        }
        QStringList texts = textsOf(g, g.values.size(), ordered);
        QList<double> values = g.values.take();
        if (!ordered) {
            const qsizetype n = times.size();
            // Stable, so rows with the same time keep the reply's order.
            std::vector<qsizetype> order(size_t(n), 0);
            std::iota(order.begin(), order.end(), qsizetype(0));
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return times.at(a) < times.at(b); });
            QList<qint64> sortedTimes;
            QList<double> sortedValues;
            QStringList sortedTexts;
            sortedTimes.reserve(n);
            sortedValues.reserve(n);
            if (!texts.isEmpty())
                sortedTexts.reserve(n);
            for (const qsizetype i : order) {
                sortedTimes.append(times.at(i));
                sortedValues.append(values.at(i));
                if (!texts.isEmpty())
                    sortedTexts.append(texts.at(i));
            }
            times = std::move(sortedTimes);
            values = std::move(sortedValues);
            texts = std::move(sortedTexts);
        }
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

bool QueryRowReader::notARow(QueryRowCell::Kind kind)
{
    return d->notARow(kind);
}

bool QueryRowReader::readRow(const QueryRowCell *cells, size_t count, bool sameKeys)
{
    return d->readRow(cells, count, sameKeys);
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
