#include "client/QueryReplyNumber.h"

#include <charconv>
#include <limits>
#include <system_error>

#if defined(__cpp_lib_to_chars) || (defined(_GLIBCXX_RELEASE) && _GLIBCXX_RELEASE >= 11)                                         \
    || (defined(_MSC_VER) && _MSC_VER >= 1924)
#define AEGIS_FLOAT_FROM_CHARS 1 // std::from_chars for double (not in Apple's libc++ yet)
#endif

namespace {

using Kind = QueryRowCell::Kind;
using namespace QueryReplyNumber::Detail;

inline bool isDigit(char c)
{
    return unsigned(static_cast<unsigned char>(c)) - unsigned('0') < 10U;
}

const char *skipDigits(const char *p, const char *end)
{
    while (end - p >= 8) {
        const quint64 flags = nonDigits(load8(p));
        if (flags != 0)
            return p + qCountTrailingZeroBits(flags) / 8;
        p += 8;
    }
    while (p < end && isDigit(*p))
        ++p;
    return p;
}

// The value of n <= 19 digits at p.
quint64 digitsValue(const char *p, qsizetype n, const char *end)
{
    quint64 v = 0;
    for (; n >= 8; n -= 8, p += 8)
        v = v * 100000000ULL + eightDigits(load8(p));
    if (n == 0)
        return v;
    if (end - p >= 8)
        return v * kWholePowersOfTen[n] + firstDigits(load8(p), int(n));
    for (; n > 0; --n, ++p)
        v = v * 10 + quint64(*p - '0');
    return v;
}

// mantissa × 10^exponent, correctly rounded, when it can be had cheaply and exactly.
bool quickDouble(quint64 mantissa, qint64 exponent, double &value)
{
    if (exponent <= 0 && exponent >= -19)
        return quickQuotient(mantissa, int(-exponent), value);
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    // Both operands exact, so the one multiplication rounds correctly (Clinger's fast path).
    if (mantissa <= (quint64(1) << 53) && exponent > 0 && exponent <= 22) {
        value = double(mantissa) * kPowersOfTen[exponent];
        return true;
    }
#endif
    if (mantissa == 0) {
        value = 0;
        return true;
    }
    return false;
}

// Anything else: the library's reading, correctly rounded; errors (out of range) go to simdjson.
bool slowDouble(const char *begin, const char *end, double &value)
{
#ifdef AEGIS_FLOAT_FROM_CHARS
    const std::from_chars_result r = std::from_chars(begin, end, value);
    return r.ec == std::errc() && r.ptr == end;
#else
    Q_UNUSED(begin);
    Q_UNUSED(end);
    Q_UNUSED(value);
    return false;
#endif
}

} // namespace

// Any JSON number, the slow way.
const char *QueryReplyNumber::read(const char *p, const char *end, QueryRowCell &cell)
{
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    const char *const wholeBegin = p;
    p = skipDigits(p, end);
    const qsizetype wholeDigits = p - wholeBegin;
    if (wholeDigits == 0 || (*wholeBegin == '0' && wholeDigits > 1))
        return nullptr; // no digits, or leading zeros (not JSON)
    bool integer = true;
    const char *fractionBegin = p;
    const char *fractionEnd = p;
    if (p < end && *p == '.') {
        integer = false;
        fractionBegin = p + 1;
        p = fractionEnd = skipDigits(fractionBegin, end);
        if (fractionEnd == fractionBegin)
            return nullptr;
    }
    qint64 exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        integer = false;
        ++p;
        const bool negativeExponent = p < end && *p == '-';
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= end || !isDigit(*p))
            return nullptr;
        for (; p < end && isDigit(*p); ++p) {
            if (exponent < 1'000'000) // far out of range already
                exponent = exponent * 10 + (*p - '0');
        }
        if (negativeExponent)
            exponent = -exponent;
    }

    if (integer) {
        // simdjson: qint64 when it fits, else quint64 when it fits, else an error.
        if (wholeDigits <= 19) {
            const quint64 magnitude = digitsValue(wholeBegin, wholeDigits, end);
            if (negative) {
                if (magnitude > quint64(1) << 63)
                    return nullptr;
                cell.kind = Kind::Integer;
                cell.integer = qint64(0 - magnitude); // modular, so -2^63 too
            } else if (magnitude <= quint64(std::numeric_limits<qint64>::max())) {
                cell.kind = Kind::Integer;
                cell.integer = qint64(magnitude);
            } else {
                cell.kind = Kind::Unsigned;
                cell.whole = magnitude;
            }
            return p;
        }
        quint64 whole = 0;
        const std::from_chars_result r = std::from_chars(wholeBegin, p, whole);
        if (negative || r.ec != std::errc() || r.ptr != p)
            return nullptr;
        cell.kind = Kind::Unsigned;
        cell.whole = whole;
        return p;
    }

    // The significant digits as one whole number: value = mantissa × 10^exponent.
    const char *significant = wholeBegin;
    qsizetype wholeCount = wholeDigits;
    if (*wholeBegin == '0') { // 0.000123: neither the 0 nor the zeros after the point count
        wholeCount = 0;
        significant = fractionBegin;
        while (significant < fractionEnd && *significant == '0')
            ++significant;
    }
    const qsizetype fractionCount = fractionEnd - (wholeCount > 0 ? fractionBegin : significant);
    double value = 0;
    bool done = false;
    if (wholeCount + fractionCount <= 19) {
        quint64 mantissa = 0;
        if (wholeCount > 0)
            mantissa = digitsValue(wholeBegin, wholeCount, end) * kWholePowersOfTen[fractionCount];
        mantissa += digitsValue(fractionEnd - fractionCount, fractionCount, end);
        done = quickDouble(mantissa, exponent - (fractionEnd - fractionBegin), value);
    }
    if (!done && !slowDouble(wholeBegin, p, value))
        return nullptr;
    cell.kind = Kind::Real;
    cell.real = negative ? -value : value;
    return p;
}
