#pragma once

#include "core/UtcTime.h"

#include <QtGlobal>
#include <cstring>
#include <optional>
#include <string_view>

// Part of QueryRowReader: what the keys of a reply row are (docs/aegis-api.md §5), and the
// reading of their `_time` values. Inline: this runs for every key of every row.
namespace QueryRows {

enum class KeyKind { Table, Time, Value, Tag, Other };

struct KeyClass
{
    KeyKind kind = KeyKind::Other;
    int tag = -1; // which known tag column, so rows compare tags without comparing names
};

// A comparison with a literal of known length, which the compiler turns into a few integer
// compares instead of a call.
template <size_t N> bool is(std::string_view key, const char (&literal)[N])
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
            if (h1 < 3 && h2 < 10 && m1 < 6 && m2 < 10 && s1 < 6 && s2 < 10 && f1 < 10 && f2 < 10 && f3 < 10
                && h1 * 10 + h2 < 24) {
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

} // namespace QueryRows
