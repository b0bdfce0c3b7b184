#include "client/QueryReplyDecoder.h"

#include "client/QueryReplyScanner.h"
#include "client/QueryReplyWalk.h"
#include "client/QueryRowReader.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <simdjson.h>
#include <string>

namespace {

using simdjson::dom::element_type;

// Whether the bytes stop inside a string, an array or an object that was well formed so far:
// a reply cut off in transit rather than a broken one.
bool endsEarly(const QByteArray &body)
{
    std::string open;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            open.push_back(c);
        } else if (c == ']' || c == '}') {
            if (open.empty() || open.back() != (c == ']' ? '[' : '{'))
                return false;
            open.pop_back();
        }
    }
    return inString || !open.empty();
}

// The DOM parser of this thread, reused from reply to reply: a parser's buffers take a few
// times the size of what it parses, and mapping them afresh costs more than the parsing (page
// faults). It parses small replies, and large ones only to say why they failed, so a kept
// parser stays small; one that had to take a large reply is dropped afterwards. It goes with
// its thread.
class ParserLease
{
public:
    explicit ParserLease(qsizetype bodyBytes)
        : m_keep(bodyBytes <= kKeptBytes)
    {
        if (!slot())
            slot() = std::make_unique<simdjson::dom::parser>();
    }
    ~ParserLease()
    {
        if (!m_keep)
            slot().reset();
    }
    Q_DISABLE_COPY_MOVE(ParserLease)

    simdjson::dom::parser &parser() { return *slot(); }

private:
    static constexpr qsizetype kKeptBytes = 8 * 1024 * 1024;
    static std::unique_ptr<simdjson::dom::parser> &slot()
    {
        thread_local std::unique_ptr<simdjson::dom::parser> parser;
        return parser;
    }
    bool m_keep;
};

QString parseError(simdjson::error_code error, const QByteArray &body)
{
    switch (error) {
    case simdjson::UTF8_ERROR:
        return QueryReplyDecoder::tr("The reply is not valid UTF-8 text.");
    case simdjson::DEPTH_ERROR:
        return QueryReplyDecoder::tr("The reply is nested too deeply to be query data.");
    case simdjson::CAPACITY:
        return QueryReplyDecoder::tr("The reply is too large to read (%1 bytes).").arg(body.size());
    case simdjson::MEMALLOC:
        return QueryReplyDecoder::tr("There is not enough memory to read the reply (%1 bytes).").arg(body.size());
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        if (!endsEarly(body))
            return QueryReplyDecoder::tr("The reply holds a number that cannot be read (too large, or malformed).");
        break;
    default:
        break;
    }
    if (endsEarly(body))
        return QueryReplyDecoder::tr("The reply ends early: it was cut off after %1 bytes.").arg(body.size());
    return QueryReplyDecoder::tr("The reply is not valid JSON (%1).").arg(QString::fromLatin1(simdjson::error_message(error)));
}

// Large replies are walked a few megabytes at a time: the parser's output for one chunk stays
// in the processor's cache while the rows are read, instead of an index of several times the
// reply's size going out to memory and back, and the parser keeps buffers for a chunk rather
// than for the whole reply.
#ifndef AEGIS_QUERY_REPLY_CHUNK_BYTES // the fuzzer makes it tiny, to cross chunk edges often
#define AEGIS_QUERY_REPLY_CHUNK_BYTES (2 * 1024 * 1024)
#endif
constexpr qsizetype kChunkBytes = AEGIS_QUERY_REPLY_CHUNK_BYTES;

// The next row boundary at or after `from`: the '}' of "}," + '{' (JSON whitespace allowed
// between them), or null. A '}' inside a text value may look the same; the chunk ending
// there then fails to parse, and the whole reply is read in one piece instead.
const char *nextRowBoundary(const char *from, const char *end)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    for (const char *p = from; p < end;) {
        p = static_cast<const char *>(std::memchr(p, '}', size_t(end - p)));
        if (!p)
            return nullptr;
        const char *q = p + 1;
        while (q < end && isSpace(*q))
            ++q;
        if (q < end && *q == ',') {
            ++q;
            while (q < end && isSpace(*q))
                ++q;
            if (q < end && *q == '{')
                return p;
        }
        p = p + 1;
    }
    return nullptr;
}

// The reply walked On-Demand: in chunks when large, as above (the chunks also give the padding
// simdjson reads past the end), else in place when the body has room for the padding after it,
// or from a padded copy. Empty when anything is amiss, so that decodeWhole gives the reason.
std::optional<QueryResult> walkOnDemand(const QByteArray &body, const char *open)
{
    QueryResult result;
    QueryRowReader reader(result);
    QueryReplyWalk walk(reader);
    const char *end = body.constEnd();
    constexpr size_t padding = simdjson::SIMDJSON_PADDING;
    if (body.size() <= 2 * kChunkBytes) {
        QByteArray shared = body;
        const qsizetype room = shared.data_ptr().freeSpaceAtEnd();
        bool read = false;
        if (room >= qsizetype(padding)) {
            read = walk.readOnDemand(body.constData(), size_t(body.size()), size_t(body.size() + room));
        } else {
            std::string copy;
            copy.reserve(size_t(body.size()) + padding);
            copy.append(body.constData(), size_t(body.size()));
            read = walk.readOnDemand(copy.data(), copy.size(), copy.capacity());
        }
        if (!read)
            return std::nullopt;
        reader.finish();
        return result;
    }
    std::string chunk;
    for (const char *p = open + 1; p < end;) {
        const char *split = nextRowBoundary(p + std::min<qsizetype>(kChunkBytes, end - p), end);
        const size_t length = size_t((split ? split + 1 : end) - p);
        chunk.clear();
        chunk.reserve(length + 2 + padding);
        chunk.push_back('[');
        chunk.append(p, length);
        if (split)
            chunk.push_back(']'); // the last chunk keeps the reply's own ']'
        if (!walk.readOnDemand(chunk.data(), chunk.size(), chunk.capacity()))
            return std::nullopt;
        reader.endChunk();
        if (!split)
            break;
        p = static_cast<const char *>(std::memchr(split, '{', size_t(end - split)));
    }
    reader.finish();
    return result;
}

Result<QueryResult> decodeWhole(const QByteArray &body)
{
    using R = Result<QueryResult>;
    ParserLease lease(body.size());
    simdjson::dom::element root;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end; a body with that much spare
    // capacity is parsed in place, any other is copied into the parser's padded buffer.
    QByteArray shared = body;
    const bool padded = shared.data_ptr().freeSpaceAtEnd() >= qsizetype(simdjson::SIMDJSON_PADDING);
    if (const simdjson::error_code error = lease.parser().parse(body.constData(), size_t(body.size()), !padded).get(root))
        return R::failure(parseError(error, body));

    simdjson::dom::array rows;
    if (root.get_array().get(rows) != simdjson::SUCCESS) {
        switch (root.type()) {
        case element_type::OBJECT: {
            // The NestJS error shape (docs/aegis-api.md §3) with a 200: say what the server said.
            std::string_view message;
            if (root["message"].get_string().get(message) == simdjson::SUCCESS)
                return R::failure(QueryReplyDecoder::tr("The server answered with a message instead of data: %1")
                                      .arg(QueryRowReader::quoted(message)));
            return R::failure(QueryReplyDecoder::tr("The reply is a JSON object, not the list of rows a query returns."));
        }
        case element_type::STRING:
            return R::failure(QueryReplyDecoder::tr("The reply is a text, not the list of rows a query returns."));
        case element_type::NULL_VALUE:
            return R::failure(QueryReplyDecoder::tr("The reply is null, not the list of rows a query returns."));
        default:
            return R::failure(QueryReplyDecoder::tr("The reply is a single value, not the list of rows a query returns."));
        }
    }

    QueryResult result;
    QueryRowReader decoder(result);
    if (!QueryReplyWalk::readDom(rows, decoder))
        return R::failure(decoder.error());
    decoder.finish();
    return result;
}

// The first byte that is not white space, for the messages about empty bodies and web pages.
const char *firstVisible(const QByteArray &body)
{
    return std::find_if(body.cbegin(), body.cend(), [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
}

// The list of rows' '[' after JSON's white space only (RFC 8259 §2), or null: the chunked walk
// starts after it, so anything else before it (a vertical tab, a form feed) must leave the reply
// to the DOM, which refuses it.
const char *openingBracket(const QByteArray &body)
{
    const char *p = body.cbegin();
    while (p != body.cend() && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
    return p != body.cend() && *p == '[' ? p : nullptr;
}

} // namespace

Result<QueryResult> QueryReplyDecoder::decode(const QByteArray &body)
{
    const char *first = firstVisible(body);
    if (first == body.cend())
        return Result<QueryResult>::failure(tr("The reply is empty."));
    if (*first == '<')
        return Result<QueryResult>::failure(
            tr("The reply is a web page, not query data: the API base URL may be wrong, or a proxy answered."));
    if (const char *open = openingBracket(body)) {
        // The scanner first; what it declines, simdjson's On-Demand walk; the reason for any
        // failure, simdjson's DOM with the whole reply in view.
        QueryResult result;
        if (QueryReplyScanner::read(body, result))
            return result;
        if (std::optional<QueryResult> walked = walkOnDemand(body, open))
            return std::move(*walked);
    }
    return decodeWhole(body);
}

Result<QueryResult> QueryReplyDecoder::decodeInOnePiece(const QByteArray &body)
{
    const char *first = firstVisible(body);
    if (first == body.cend() || *first == '<')
        return decode(body); // the same reasons
    return decodeWhole(body);
}

Result<QueryResult> QueryReplyDecoder::decodeOnDemand(const QByteArray &body)
{
    const char *open = openingBracket(body);
    if (!open)
        return decode(body); // the same reasons
    if (std::optional<QueryResult> walked = walkOnDemand(body, open))
        return std::move(*walked);
    return decodeWhole(body);
}

QString QueryReplyDecoder::simdjsonKernel()
{
    const simdjson::implementation *active = simdjson::get_active_implementation();
    return QStringLiteral("%1 (%2); On-Demand walk compiled as %3")
        .arg(QString::fromStdString(active->name()), QString::fromStdString(active->description()),
             QString::fromStdString(simdjson::builtin_implementation()->name()));
}

QFuture<Result<QueryResult>> QueryReplyDecoder::decodeAsync(QByteArray body)
{
    return QtConcurrent::run([body = std::move(body)] { return decode(body); });
}
