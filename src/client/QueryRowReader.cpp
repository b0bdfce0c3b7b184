#include "client/QueryRowReader.h"

#include "client/QueryReplyDecoder.h" // tr(): the reasons are the decoder's
#include "client/QueryRowReaderRows.h"
#include "client/QueryTableAssembly.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace QueryRows;
using Cell = QueryRowCell;
using Kind = QueryRowCell::Kind;

QString QueryRowReader::quoted(std::string_view text)
{
    constexpr size_t kMax = 60;
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), kMax)));
    if (text.size() > kMax)
        s += QStringLiteral("…");
    return s;
}

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
    case Kind::List:
        return fail(rowText(QueryReplyDecoder::tr("row %1 is a list, not an object with _time and values.")));
    case Kind::Text:
        return fail(rowText(QueryReplyDecoder::tr("row %1 is a text, not an object with _time and values.")));
    case Kind::Null:
        return fail(rowText(QueryReplyDecoder::tr("row %1 is null, not an object with _time and values.")));
    default:
        return fail(rowText(QueryReplyDecoder::tr("row %1 is a single value, not an object with _time and values.")));
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
                return fail(rowText(QueryReplyDecoder::tr("row %1: _time \"%2\" is not an ISO-8601 time with a zone."))
                                .arg(quoted(field->text)));
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
    const bool hasFieldTag =
        shape.pivoted || std::any_of(shape.tags.begin(), shape.tags.end(), [](const auto &t) { return t.first == "_field"; });
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

void QueryRowReader::Rows::finish()
{
    m_result.rowCount = m_row;
    QueryTableAssembly().assemble(m_groups, m_shapes, m_result);
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
