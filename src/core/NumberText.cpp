#include "core/NumberText.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

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
    const int exponent = std::atoi(p + 1); // "e-05", "e+250"
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

QString shortest(double value)
{
    QByteArray text;
    appendShortest(text, value);
    return QString::fromLatin1(text);
}

} // namespace NumberText
