#include "core/NumberText.h"

#include <charconv>
#include <cmath>

namespace NumberText {

void appendShortest(QByteArray &out, double value)
{
    if (std::isnan(value))
        return;
    if (value == 0) {
        out.append('0'); // -0 is noise in a file
        return;
    }
    if (std::isinf(value)) {
        out.append(value < 0 ? "-inf" : "inf");
        return;
    }
    // The shortest digits that read back as the value, laid out without an exponent. (to_chars'
    // fixed form is not it: above 2^53 it writes every binary digit, 1e23 as 99999999999999991611392.)
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (error != std::errc())
        return;
    const char *p = buffer;
    if (*p == '-') {
        out.append('-');
        ++p;
    }
    char digits[20];
    int count = 0;
    for (; p != end && *p != 'e'; ++p) {
        if (*p != '.')
            digits[count++] = *p;
    }
    // "e-05", "e+250": read up to `end` only, since to_chars writes no terminator and what
    // follows in the buffer is left over from before.
    int exponent = 0;
    const char *e = p + 1;
    const bool negative = e != end && *e == '-';
    if (e != end && (*e == '-' || *e == '+'))
        ++e;
    for (; e != end; ++e)
        exponent = exponent * 10 + (*e - '0');
    if (negative)
        exponent = -exponent;
    const int whole = exponent + 1; // digits before the decimal point
    if (whole <= 0) {
        out.append("0.");
        out.append(-whole, '0');
        out.append(digits, count);
    } else if (whole >= count) {
        out.append(digits, count);
        out.append(whole - count, '0');
    } else {
        out.append(digits, whole);
        out.append('.');
        out.append(digits + whole, count - whole);
    }
}

double rounded(double value, int decimals)
{
    if (decimals < 0 || !std::isfinite(value) || decimals > 15)
        return value;
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return std::isfinite(r) ? r : value; // a value too large to scale keeps all its digits
}

void appendRounded(QByteArray &out, double value, int decimals)
{
    appendShortest(out, rounded(value, decimals));
}

QString shortest(double value)
{
    QByteArray text;
    appendShortest(text, value);
    return QString::fromLatin1(text);
}

} // namespace NumberText
