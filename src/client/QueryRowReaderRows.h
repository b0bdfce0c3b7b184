#pragma once

// Part of QueryRowReader (QueryRowReader.cpp): the reader's state, and how a value goes into a
// series. Only QueryRowReader.cpp includes it; the appending is inline there, in the hot loop.

#include "client/QueryRowGroups.h"
#include "client/QueryRowKeys.h"
#include "client/QueryRowReader.h"

#include <QString>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class QueryRowReader::Rows
{
public:
    using Cell = QueryRowCell;
    using Kind = QueryRowCell::Kind;
    using Group = QueryRows::Group;
    using Shape = QueryRows::Shape;
    using KeyKind = QueryRows::KeyKind;
    static constexpr double kNull = TimeSeries::null();

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
    std::vector<Place> m_layout; // by cell
    std::vector<Place> m_checks; // the cells a repeated row must check: table, time, tags, _value
    std::vector<Place> m_fields; // pivoted: the cells that go to series
    bool m_distinctFields = true; // no two field cells go to the same series
    bool m_layoutValid = false;
    QueryRows::TimeReader m_times;

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
            return a.known == b.known && QueryRows::sameBytes(a.value, b.value)
                && (a.known >= 0 || QueryRows::sameBytes(a.key, b.key));
        }
    };
    std::vector<TagText> m_previousTags;
    std::vector<TagText> m_rowTags;
    size_t m_sameTags = 0; // this row's tags so far equal the previous row's first ones
    bool m_tagsDiffer = false; // ... until one did not: then m_rowTags holds this row's
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

    // Text values repeat ("Operating"); one shared QString each. Views point into the parser,
    // so the map is emptied with each chunk.
    std::unordered_map<std::string_view, QString> m_texts;
};

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
Q_ALWAYS_INLINE bool QueryRowReader::Rows::appendField(Group &group, int shapeIndex, qint64 time, const Cell &value,
                                                       std::string_view key)
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
    const QueryRows::Column<qint64> &shared = m_shapes[size_t(group.sharedShape)].times;
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
