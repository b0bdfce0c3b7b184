#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

// A request's line and headers as SimConnections follows them from the socket, before
// QtHttpServer reads them (docs/emulator.md "Connections"): where the head ends and what it
// says of the body. The bytes come from anybody on the network, so this is fuzzed
// (tests/fuzz/fuzz_RequestHead.cpp).
namespace RequestHead {

// Where the head ends in `head`, just after its empty line (QtHttpServer takes LF line ends as
// well as CRLF); -1 while it has not ended. Bytes before `from` were searched already: a head
// that arrives in pieces is searched from two bytes before each new piece.
qsizetype end(QByteArrayView head, qsizetype from = 0);

// The value of the first header `name` (lower case, with its colon) after the request line,
// trimmed; empty when there is none.
QByteArray value(QByteArrayView head, QByteArrayView name);

struct Body
{
    bool chunked = false; // Transfer-Encoding names chunked: it ends when its last chunk does
    std::optional<qint64> length; // a Content-Length that reads as a whole number
};
Body body(QByteArrayView head);

} // namespace RequestHead
