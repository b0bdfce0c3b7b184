#include "sim/JsonRows.h"

#include "core/UtcTime.h"

#include <charconv>
#include <cmath>

namespace JsonRows {

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null", 4);
        return;
    }
    char buffer[32];
    // A reading stored as a float prints as that float when the short form reads back exactly.
    const float asFloat = float(value);
    if (double(asFloat) == value) {
        const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, asFloat);
        double back = 0;
        std::from_chars(buffer, r.ptr, back);
        if (back == value) {
            out.append(buffer, qsizetype(r.ptr - buffer));
            return;
        }
    }
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, qsizetype(r.ptr - buffer));
}

void appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\u%04x", static_cast<unsigned char>(c));
                out.append(esc, 6);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendTime(QByteArray &out, qint64 ms)
{
    char buffer[UtcTime::kFormattedLength + 2];
    buffer[0] = '"';
    UtcTime::formatTo(ms, buffer + 1);
    buffer[UtcTime::kFormattedLength + 1] = '"';
    out.append(buffer, qsizetype(sizeof buffer));
}

} // namespace JsonRows
