#pragma once

#include "client/QueryRowReader.h"

#include <QtAlgorithms>
#include <QtEndian>
#include <array>
#include <bit>
#include <cfloat>
#include <utility>

// Part of QueryReplyScanner: JSON numbers read exactly as simdjson's DOM reads them, the same
// types and the same (correctly rounded) doubles. Most readings in a reply are float32 values
// printed in full (221.85476684570312), so the usual forms have an inline path of their own.
namespace QueryReplyNumber {

// Reads the number that starts at `p` into `cell` (Integer, Unsigned or Real) and returns
// where it ends; null when it is not a JSON number, or one of the rare forms left to simdjson
// (out of range, or more than 19 significant digits where no exact reading is at hand).
const char *read(const char *p, const char *end, QueryRowCell &cell);

namespace Detail {

inline constexpr quint64 kZeros = 0x3030303030303030ULL; // "00000000"

// Eight characters with the first in the lowest byte, whatever the machine's byte order.
inline quint64 load8(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

// Nonzero in the bytes of the eight characters that are not digits: a byte becomes 0x33 exactly
// when it is '0'..'9', and a carry can only spoil bytes above a non-digit, so the lowest is exact.
inline quint64 nonDigits(quint64 chunk)
{
    constexpr quint64 high = 0xF0F0F0F0F0F0F0F0ULL;
    return ((chunk & high) | (((chunk + 0x0606060606060606ULL) & high) >> 4)) ^ 0x3333333333333333ULL;
}

// The value of eight digits, in a few multiplications instead of eight dependent ones.
inline quint64 eightDigits(quint64 chunk)
{
    constexpr quint64 mask = 0x000000FF000000FFULL;
    constexpr quint64 mul1 = 100 + (1000000ULL << 32);
    constexpr quint64 mul2 = 1 + (10000ULL << 32);
    chunk -= kZeros;
    chunk = chunk * 10 + (chunk >> 8);
    return quint32((((chunk & mask) * mul1) + (((chunk >> 16) & mask) * mul2)) >> 32);
}

// The value of the first n (0..7) digits of the chunk: they become the end of an eight-digit
// number that starts with zeros.
inline quint64 firstDigits(quint64 chunk, int n)
{
    return eightDigits(((chunk << (63 - 8 * n)) << 1) | (kZeros >> (8 * n)));
}

inline constexpr quint64 kWholePowersOfTen[] = {1ULL,
                                                10ULL,
                                                100ULL,
                                                1000ULL,
                                                10000ULL,
                                                100000ULL,
                                                1000000ULL,
                                                10000000ULL,
                                                100000000ULL,
                                                1000000000ULL,
                                                10000000000ULL,
                                                100000000000ULL,
                                                1000000000000ULL,
                                                10000000000000ULL,
                                                100000000000000ULL,
                                                1000000000000000ULL,
                                                10000000000000000ULL,
                                                100000000000000000ULL,
                                                1000000000000000000ULL,
                                                10000000000000000000ULL};

// Exactly representable, so one multiplication or division by them rounds correctly.
inline constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                          1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

#ifdef __SIZEOF_INT128__
// Nearest to 10^-k, for a first estimate only.
inline constexpr double kInversePowersOfTen[] = {1e0,   1e-1,  1e-2,  1e-3,  1e-4,  1e-5,  1e-6,  1e-7,  1e-8,  1e-9,
                                                 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-19};

__extension__ typedef unsigned __int128 Wide;

// mantissa / 10^k for 1 <= k <= 19, correctly rounded: the nearest double to an estimate is
// checked against the exact quotient in 128-bit integers, and moved by an ulp when it is off.
// Most float32 readings printed in full (17 digits) come here; false on the rare rest.
inline bool exactQuotient(quint64 mantissa, int k, double &value)
{
    constexpr quint64 kHidden = quint64(1) << 52;
    const Wide scaled = Wide(kWholePowersOfTen[k]);
    const int mantissaBits = 64 - int(qCountLeadingZeroBits(mantissa));
    double d = double(mantissa) * kInversePowersOfTen[k]; // within two ulps
    for (int step = 0; step < 4; ++step) {
        const auto bits = std::bit_cast<quint64>(d);
        const quint64 m = (bits & (kHidden - 1)) | kHidden; // d = m × 2^(biased exponent - 1075)
        const int shift = 1076 - int(bits >> 52); // halfway points are (2m ± 1) × 2^-shift
        if (m == kHidden || shift < 0 || shift + mantissaBits > 127)
            return false; // next to a power of two, or beyond 128 bits
        // Compare mantissa / 10^k with (2m ± 1) / 2^shift: mantissa × 2^shift with (2m ± 1) × 10^k.
        const Wide x = Wide(mantissa) << shift;
        const Wide above = Wide(2 * m + 1) * scaled;
        const Wide below = above - 2 * scaled;
        const bool odd = (m & 1) != 0; // ties go to the even mantissa
        if (x > above || (x == above && odd)) {
            d = std::bit_cast<double>(bits + 1);
        } else if (x < below || (x == below && odd)) {
            d = std::bit_cast<double>(bits - 1);
        } else {
            value = d;
            return true;
        }
    }
    return false;
}

// 2^(63 + b) / 10^k rounded up, b the bit length of 10^k: a 64-bit reciprocal with its top bit set.
struct Reciprocal
{
    quint64 value = 0;
    int shift = 0; // 63 + b
};

constexpr Reciprocal reciprocalOfPowerOfTen(int k)
{
    Wide power = 1;
    for (int i = 0; i < k; ++i)
        power *= 10;
    int bits = 0;
    while ((Wide(1) << bits) <= power)
        ++bits;
    const Wide numerator = Wide(1) << (63 + bits);
    return {quint64((numerator + power - 1) / power), 63 + bits};
}

template <int... K> constexpr auto reciprocalsOfPowersOfTen(std::integer_sequence<int, K...>)
{
    return std::array<Reciprocal, sizeof...(K)>{reciprocalOfPowerOfTen(K)...};
}

inline constexpr auto kReciprocals = reciprocalsOfPowersOfTen(std::make_integer_sequence<int, 20>());

// mantissa / 10^k for 1 <= k <= 19 and mantissa >= 2, correctly rounded, from one 64 × 64-bit
// product with the reciprocal (the way of Eisel and Lemire): P = mantissa × R is the exact
// quotient scaled by 2^shift plus less than mantissa, so below the 53 bits kept and the rounding
// bit, ten more bits of P are exact enough to round by; false in the cases they cannot settle
// (about 1 in 500: the exact quotient then says).
inline bool productQuotient(quint64 mantissa, int k, double &value)
{
    const Reciprocal r = kReciprocals[size_t(k)];
    const Wide product = Wide(mantissa) * r.value;
    const auto high = quint64(product >> 64); // not 0: product >= mantissa × 2^63 >= 2^64
    const auto low = quint64(product);
    const int zeros = int(qCountLeadingZeroBits(high));
    const quint64 top = zeros == 0 ? high : (high << zeros) | (low >> (64 - zeros)); // P's top 64 bits
    // Bits 10..1 of `top`: the rounding bit and nine below it. All zero, or just the rounding
    // bit, leave the rounding to the error (less than mantissa <= 2^(bits(P) - 63)).
    const quint64 guard = (top >> 1) & 0x3FF;
    if (guard == 0 || guard == 0x200)
        return false;
    const quint64 rounded = (top >> 11) + (guard > 0x200 ? 1 : 0); // 53 bits, or 2^53 after a carry
    const int exponent = (128 - zeros) - 1 - r.shift; // value in [2^exponent, 2^(exponent + 1))
    // The hidden bit of `rounded` adds the 1 back to the exponent field, and a carry one more.
    value = std::bit_cast<double>((quint64(exponent + 1023 - 1) << 52) + rounded);
    return true;
}
#endif

// mantissa / 10^k (0 <= k <= 19), correctly rounded, when it can be had cheaply and exactly.
inline bool quickQuotient(quint64 mantissa, int k, double &value)
{
    if (mantissa == 0) {
        value = 0;
        return true;
    }
#ifdef __SIZEOF_INT128__
    if (k > 0 && mantissa >= 2 && productQuotient(mantissa, k, value))
        return true;
#endif
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0 // no wider intermediates to round twice
    // Both operands exact, so the one operation rounds correctly (Clinger's fast path).
    if (mantissa <= (quint64(1) << 53)) {
        value = double(mantissa) / kPowersOfTen[k];
        return true;
    }
#ifdef __SIZEOF_INT128__
    if (k > 0)
        return exactQuotient(mantissa, k, value);
#endif
#endif
    return false;
}

} // namespace Detail

// The usual forms inline: 12, 7602.337890625, 0.9264751672744751 (at most 7 digits before the
// point and 16 after, no exponent), with 32 bytes to read from p. Null for anything else, which
// read() then takes.
Q_ALWAYS_INLINE const char *readCommon(const char *p, QueryRowCell &cell)
{
    using namespace Detail;
    const bool negative = *p == '-';
    p += negative ? 1 : 0;
    const quint64 head = load8(p);
    const quint64 headNonDigits = nonDigits(head);
    if (headNonDigits == 0)
        return nullptr; // eight digits or more before any point
    const int wholeDigits = int(qCountTrailingZeroBits(headNonDigits) / 8);
    if (wholeDigits == 0 || (wholeDigits > 1 && *p == '0'))
        return nullptr; // no digit, or a leading zero: not JSON
    const quint64 whole = firstDigits(head, wholeDigits);
    p += wholeDigits;
    if (*p != '.') {
        if ((*p | 0x20) == 'e')
            return nullptr;
        cell.kind = QueryRowCell::Kind::Integer;
        cell.integer = negative ? -qint64(whole) : qint64(whole);
        return p;
    }
    ++p;
    const quint64 first = load8(p);
    const quint64 firstNonDigits = nonDigits(first);
    int fractionDigits = 0;
    quint64 fraction = 0;
    if (firstNonDigits != 0) {
        fractionDigits = int(qCountTrailingZeroBits(firstNonDigits) / 8);
        if (fractionDigits == 0)
            return nullptr; // "1." is not JSON
        fraction = firstDigits(first, fractionDigits);
    } else {
        const quint64 second = load8(p + 8);
        const quint64 secondNonDigits = nonDigits(second);
        if (secondNonDigits == 0 && unsigned(static_cast<unsigned char>(p[16])) - unsigned('0') < 10U)
            return nullptr; // more than 16 digits after the point
        const int more = secondNonDigits == 0 ? 8 : int(qCountTrailingZeroBits(secondNonDigits) / 8);
        fraction = eightDigits(first) * kWholePowersOfTen[more] + (more == 8 ? eightDigits(second) : firstDigits(second, more));
        fractionDigits = 8 + more;
    }
    p += fractionDigits;
    double value = 0;
    if ((*p | 0x20) == 'e' || wholeDigits + fractionDigits > 19
        || !quickQuotient(whole * kWholePowersOfTen[fractionDigits] + fraction, fractionDigits, value))
        return nullptr;
    cell.kind = QueryRowCell::Kind::Real;
    cell.real = negative ? -value : value;
    return p;
}

} // namespace QueryReplyNumber
