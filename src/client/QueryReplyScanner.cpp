#include "client/QueryReplyScanner.h"

#include "client/QueryReplyNumber.h"
#include "client/QueryRowReader.h"

#include <QtAlgorithms>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <deque>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#include <emmintrin.h>
#define AEGIS_SCANNER_SSE2 1
#endif

namespace {

using Cell = QueryRowCell;
using Kind = QueryRowCell::Kind;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

#ifdef AEGIS_SCANNER_SSE2
// Bit i set when byte i of the 16 at p is '"', '\\', a control character or 0x80 and up.
inline quint32 specialBits(const char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    // Signed: bytes from 0x80 up are negative, so one comparison finds them and controls.
    const __m128i special =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                     _mm_cmplt_epi8(v, _mm_set1_epi8(' ')));
    return quint32(_mm_movemask_epi8(special));
}
#endif

// The first byte at or after `p` that ends the plain run of a JSON string: '"', '\\', a control
// character (which JSON forbids raw) or a byte of a multi-byte character; `end` when none.
inline const char *findSpecial(const char *p, const char *end)
{
#ifdef AEGIS_SCANNER_SSE2
    // 32 bytes a step: keys, names and times end within the first, so the loop's exit does
    // not depend on their lengths, which the branch predictor could not guess.
    while (end - p >= 32) {
        const quint32 mask = specialBits(p) | (specialBits(p + 16) << 16);
        if (mask != 0)
            return p + qCountTrailingZeroBits(mask);
        p += 32;
    }
    if (end - p >= 16) {
        const quint32 mask = specialBits(p);
        if (mask != 0)
            return p + qCountTrailingZeroBits(mask);
        p += 16;
    }
#else
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        const quint64 v = qFromLittleEndian<quint64>(p); // the first byte lowest
        const quint64 quote = v ^ (ones * '"');
        const quint64 backslash = v ^ (ones * '\\');
        // A byte's high bit marks it when it was zero after the xor, below ' ', or 0x80 up.
        const quint64 special =
            (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((v - ones * ' ') & ~v) | v) & highs;
        if (special != 0) // the lowest mark is exact; marks above it may be borrows
            return p + qCountTrailingZeroBits(special) / 8;
        p += 8;
    }
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            return p;
    }
    return end;
}

inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One comparison in the common case: every structural byte is above ' '.
inline const char *skipSpace(const char *p, const char *end)
{
    while (p < end && static_cast<unsigned char>(*p) <= ' ' && isSpace(*p))
        ++p;
    return p;
}

// Past `c` at p, and the whitespace around it; null when something else comes first.
inline const char *expect(const char *p, const char *end, char c)
{
    if (p == end || *p != c) {
        p = skipSpace(p, end);
        if (p == end || *p != c)
            return nullptr;
    }
    ++p;
    if (p < end && static_cast<unsigned char>(*p) <= ' ')
        p = skipSpace(p, end);
    return p;
}

// A run of up to 24 bytes of the reply that the bytes at the same place of the next row are
// compared with in three masked word compares, without a branch on its length. Reads 24 bytes.
class Run
{
public:
    bool matches(const char *p) const
    {
        return (((load8le(p) ^ m_head) & m_headMask) | ((load8le(p + 8) ^ m_middle) & m_middleMask)
                | ((load8le(p + m_tailAt) ^ m_tail) & m_tailMask))
            == 0;
    }
    size_t size() const { return m_size; }
    char firstByte() const { return char(m_head & 0xFF); }
    void set(const char *p, size_t n)
    {
        if (n == 0 || n > 24) {
            *this = Run(); // never matches
            return;
        }
        const auto low = [](size_t bytes) { return bytes >= 8 ? ~quint64(0) : (quint64(1) << (8 * bytes)) - 1; };
        m_size = quint8(n);
        m_headMask = low(n);
        m_middleMask = n > 8 ? low(n - 8) : 0;
        m_tailAt = quint8(n > 16 ? n - 8 : 0);
        m_tailMask = n > 16 ? ~quint64(0) : 0;
        m_head = load8le(p) & m_headMask;
        m_middle = load8le(p + 8) & m_middleMask;
        m_tail = load8le(p + m_tailAt) & m_tailMask;
    }

private:
    static quint64 load8le(const char *p) { return qFromLittleEndian<quint64>(p); } // the first byte lowest
    // As constructed, it never matches: the first eight bytes would have to be 0 and ~0 at once.
    quint64 m_head = 0;
    quint64 m_middle = 0;
    quint64 m_tail = ~quint64(0);
    quint64 m_headMask = ~quint64(0);
    quint64 m_middleMask = 0;
    quint64 m_tailMask = ~quint64(0);
    quint8 m_size = 0;
    quint8 m_tailAt = 0;
};

// The last key and value read at a place of a row, as runs that the next row's cell at that place
// is compared with: the key from its opening quote with the ':' after it, the value with the ','
// or '}' after it (when nothing lies between). Escaped texts, numbers followed by spaces and runs
// longer than 24 bytes never match.
struct Source
{
    Run key;
    Run value;
    bool keyColon = false; // the key's run ends with the ':'
    char separator = 0; // the ',' or '}' that ends the value's run, or 0
    // The value is a number that differed from the row before's: a reading, which is read
    // without being compared first (whether it repeats is a guess the processor would often
    // get wrong). Saying it did not repeat is always safe: QueryRowReader then checks the row.
    bool changing = false;
};

// The literal `word` at p; what follows it must be a separator, which the row loop checks.
inline const char *readLiteral(const char *p, const char *end, std::string_view word)
{
    if (size_t(end - p) < word.size() || std::memcmp(p, word.data(), word.size()) != 0)
        return nullptr;
    return p + word.size();
}

class Scanner
{
public:
    Scanner(const QByteArray &body, QueryResult &result)
        : m_begin(body.constData())
        , m_end(body.constData() + body.size())
        , m_rows(result)
    {
    }

    bool read();

private:
    // Each returns where what it read ends, or null when it declines.
    const char *readRow(const char *p);
    const char *readValue(const char *p, Cell &cell);
    const char *readString(const char *p, std::string_view &text, bool &plain);
    const char *readRareString(const char *start, const char *p, std::string_view &text, bool &plain);
    bool unescape(std::string_view raw, std::string_view &text);

    const char *const m_begin;
    const char *const m_end;
    QueryRowReader m_rows;
    // The cells of the rows by place: what the last row had at each, so that a cell equal to the
    // one before it (most are) is compared and left as it is, not read and stored again.
    std::vector<Cell> m_cells;
    std::vector<Source> m_sources;
    size_t m_count = 0; // cells of the previous row
    std::deque<std::string> m_unescaped; // texts that had escapes: views into them live as long as the reply's
};

bool Scanner::read()
{
    const char *const end = m_end;
    const char *p = skipSpace(m_begin, end);
    if (p == end || *p != '[')
        return false;
    p = skipSpace(p + 1, end);
    if (p < end && *p == ']') {
        ++p;
    } else {
        for (;;) {
            if (p == end || *p != '{')
                return false;
            p = readRow(p);
            if (!p)
                return false;
            p = skipSpace(p, end);
            if (p == end)
                return false;
            const char c = *p++;
            if (c == ']')
                break;
            if (c != ',')
                return false;
            p = skipSpace(p, end);
        }
    }
    if (skipSpace(p, end) != end)
        return false;
    m_rows.finish();
    return true;
}

// The row whose '{' is at p.
const char *Scanner::readRow(const char *p)
{
    const char *const end = m_end;
    p = skipSpace(p + 1, end);
    Cell *cells = m_cells.data();
    Source *sources = m_sources.data();
    size_t places = m_cells.size();
    // Far enough from the end for the compares, which may read ahead.
    const char *const comparableEnd = end - std::min<qsizetype>(end - p, 64);
    size_t i = 0;
    bool sameKeys = true;
    if (p < end && *p == '}') {
        ++p;
    } else {
        for (;; ++i) {
            if (i == places) {
                places = 2 * places + 8;
                m_cells.resize(places);
                m_sources.resize(places);
                cells = m_cells.data();
                sources = m_sources.data();
            }
            Cell &cell = cells[i];
            Source &source = sources[i];
            const bool comparable = p < comparableEnd;

            // The key, and the ':' after it.
            if (comparable && source.key.matches(p)) {
                p += source.key.size();
                if (!source.keyColon && !(p = expect(p, end, ':')))
                    return nullptr;
            } else {
                sameKeys = false;
                if (p == end || *p != '"')
                    return nullptr;
                bool plain = false;
                const char *next = readString(p, cell.key, plain);
                if (!next)
                    return nullptr;
                source.keyColon = next < end && *next == ':';
                const size_t run = size_t(next - p) + (source.keyColon ? 1 : 0);
                source.key.set(p, comparable && plain ? run : 0);
                p = expect(next, end, ':');
                if (!p)
                    return nullptr;
            }
            if (p < end && static_cast<unsigned char>(*p) <= ' ')
                p = skipSpace(p, end);

            // The value, and the ',' or '}' after it. Compared only when it too starts far enough
            // from the end: a long key or spaces may have carried it close to the end.
            const bool valueComparable = p < comparableEnd;
            char separator = 0;
            const char *reading = valueComparable && source.changing ? QueryReplyNumber::readCommon(p, cell) : nullptr;
            if (reading && cell.kind == Kind::Real) {
                // Another reading where the row before had one (most cells of a pivoted reply).
                cell.sameValue = false;
                p = reading;
                if (*p == ',' || *p == '}')
                    separator = *p++;
            } else if (valueComparable && !source.changing && source.value.matches(p)) {
                cell.sameValue = true;
                p += source.value.size();
                separator = source.separator;
            } else {
                const bool wasNumber = source.value.size() != 0 && source.separator != 0 && source.value.firstByte() != '"';
                const char *next = readValue(p, cell);
                if (!next)
                    return nullptr;
                cell.sameValue = false;
                const char after = next < end ? *next : '\0';
                if (cell.kind == Kind::Real && (source.changing || wasNumber)) {
                    source.changing = true; // its runs stay as they were, unused
                } else {
                    source.changing = false;
                    source.separator = after == ',' || after == '}' ? after : 0;
                    // A number is comparable only with what ends it; an escaped text never.
                    const bool plain = cell.kind == Kind::Text ? cell.text.data() == p + 1 : source.separator != 0;
                    const size_t run = size_t(next - p) + (source.separator != 0 ? 1 : 0);
                    source.value.set(p, valueComparable && plain ? run : 0);
                }
                p = next;
                if (after == ',' || after == '}') {
                    separator = after;
                    ++p;
                }
            }
            if (separator == 0) {
                p = skipSpace(p, end);
                if (p == end)
                    return nullptr;
                separator = *p++;
            }
            if (separator == '}') {
                ++i;
                break;
            }
            if (separator != ',')
                return nullptr;
            if (p < end && static_cast<unsigned char>(*p) <= ' ')
                p = skipSpace(p, end);
        }
    }
    const bool sameCount = i == m_count;
    m_count = i;
    return m_rows.readRow(cells, i, sameKeys && sameCount) ? p : nullptr;
}

// A list or an object as a value makes the scanner decline the reply (simdjson reads it): rows
// rarely hold one, and mostly to be refused.
const char *Scanner::readValue(const char *p, Cell &cell)
{
    if (p == m_end)
        return nullptr;
    switch (*p) {
    case '"': {
        cell.kind = Kind::Text;
        bool plain = false;
        return readString(p, cell.text, plain);
    }
    case 't':
        cell.kind = Kind::True;
        return readLiteral(p, m_end, "true");
    case 'f':
        cell.kind = Kind::False;
        return readLiteral(p, m_end, "false");
    case 'n':
        cell.kind = Kind::Null;
        return readLiteral(p, m_end, "null");
    default:
        if (m_end - p >= 32) {
            if (const char *next = QueryReplyNumber::readCommon(p, cell))
                return next;
        }
        return QueryReplyNumber::read(p, m_end, cell);
    }
}

// The text whose opening quote is at p; inline for the common case, plain ASCII. `plain`: the
// text is the reply's bytes (no escapes).
inline const char *Scanner::readString(const char *p, std::string_view &text, bool &plain)
{
    const char *const start = p + 1;
    p = findSpecial(start, m_end);
    if (p < m_end && *p == '"') {
        text = std::string_view(start, size_t(p - start));
        plain = true;
        return p + 1;
    }
    return readRareString(start, p, text, plain);
}

// Text with escapes or characters beyond ASCII, from `start` (after the quote); p is at the
// first such byte.
const char *Scanner::readRareString(const char *start, const char *p, std::string_view &text, bool &plain)
{
    bool escaped = false;
    bool ascii = true;
    for (;;) {
        if (p >= m_end)
            return nullptr;
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            p += 2; // the escaped byte cannot end the text; unescape() checks what it is
            if (p > m_end)
                return nullptr;
        } else if (c < 0x20) {
            return nullptr;
        } else if (c >= 0x80) {
            ascii = false;
            ++p;
        }
        p = findSpecial(p, m_end);
    }
    const std::string_view raw(start, size_t(p - start));
    // Escapes are ASCII and never split a character, so the raw text validates as a whole.
    if (!ascii && !simdjson::validate_utf8(raw.data(), raw.size()))
        return nullptr;
    plain = !escaped;
    if (!escaped)
        text = raw;
    else if (!unescape(raw, text))
        return nullptr;
    return p + 1;
}

// JSON escapes; \u escapes of surrogates (characters beyond the BMP, or broken ones) are left
// to simdjson, whose reading of broken ones this would otherwise have to copy.
bool Scanner::unescape(std::string_view raw, std::string_view &text)
{
    std::string &out = m_unescaped.emplace_back();
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            out.push_back(raw[i]);
            continue;
        }
        ++i; // a backslash is never the last byte of raw (readRareString)
        switch (raw[i]) {
        case '"':
        case '\\':
        case '/':
            out.push_back(raw[i]);
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            if (raw.size() - i < 5)
                return false;
            int code = 0;
            for (size_t k = 1; k <= 4; ++k) {
                const int digit = hexDigit(raw[i + k]);
                if (digit < 0)
                    return false;
                code = code * 16 + digit;
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                return false;
            if (code < 0x80) {
                out.push_back(char(code));
            } else if (code < 0x800) {
                out.push_back(char(0xC0 | (code >> 6)));
                out.push_back(char(0x80 | (code & 0x3F)));
            } else {
                out.push_back(char(0xE0 | (code >> 12)));
                out.push_back(char(0x80 | ((code >> 6) & 0x3F)));
                out.push_back(char(0x80 | (code & 0x3F)));
            }
            i += 4;
            break;
        }
        default:
            return false;
        }
    }
    text = out;
    return true;
}

} // namespace

bool QueryReplyScanner::read(const QByteArray &body, QueryResult &result)
{
    Scanner scanner(body, result);
    return scanner.read();
}
