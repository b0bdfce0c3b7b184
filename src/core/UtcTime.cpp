#include "core/UtcTime.h"

#include <algorithm>

namespace UtcTime {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void put2(char *p, unsigned v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

bool digits(std::string_view s, size_t pos, size_t count, int &value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    return true;
}

} // namespace

// Civil-date conversions in 400-year eras (the Gregorian cycle), valid for any year.
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = floorDiv(year, 400);
    const unsigned yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

void civilFromDays(qint64 days, qint64 &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const unsigned dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    day = dayOfYear - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = qint64(yearOfEra) + era * 400 + (month <= 2);
}

void formatTo(qint64 ms, char *out)
{
    const qint64 days = floorDiv(ms, 86'400'000);
    qint64 msOfDay = ms - days * 86'400'000;
    qint64 year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, year, month, day);
    const unsigned y = unsigned(std::clamp<qint64>(year, 0, 9999));
    put2(out, y / 100);
    put2(out + 2, y % 100);
    out[4] = '-';
    put2(out + 5, month);
    out[7] = '-';
    put2(out + 8, day);
    out[10] = 'T';
    const unsigned millis = unsigned(msOfDay % 1000);
    msOfDay /= 1000;
    put2(out + 11, unsigned(msOfDay / 3600));
    out[13] = ':';
    put2(out + 14, unsigned(msOfDay / 60 % 60));
    out[16] = ':';
    put2(out + 17, unsigned(msOfDay % 60));
    out[19] = '.';
    out[20] = char('0' + millis / 100);
    put2(out + 21, millis % 100);
    out[23] = 'Z';
}

QString format(qint64 ms)
{
    char buffer[kFormattedLength];
    formatTo(ms, buffer);
    return QString::fromLatin1(buffer, kFormattedLength);
}

std::optional<qint64> parse(std::string_view s)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, 0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' || !digits(s, 8, 2, day)
        || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, hour) || s[13] != ':' || !digits(s, 14, 2, minute) || s[16] != ':'
        || !digits(s, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    static constexpr int kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kMonthDays[month - 1] || (month == 2 && day == 29 && !leap))
        return std::nullopt;

    size_t pos = 19;
    int millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 3)
                millis = millis * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= s.size())
        return std::nullopt; // a time without a zone is ambiguous
    int offsetMinutes = 0;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!digits(s, pos + 1, 2, oh))
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && s[pos] == ':')
            ++pos;
        if (!digits(s, pos, 2, om))
            return std::nullopt;
        pos += 2;
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + qMin(second, 59) - qint64(offsetMinutes) * 60;
    return seconds * 1000 + millis;
}

std::optional<qint64> parse(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    return parse(std::string_view(latin.constData(), size_t(latin.size())));
}

} // namespace UtcTime
