// Fuzz target for how the emulator follows a request's head off the socket (sim/RequestHead,
// docs/emulator.md "Connections"): the bytes of a connection, arriving in pieces whose sizes
// the input's first byte picks. Searched piece by piece as SimConnections searches it, the
// head ends where a search of the whole finds it; what the head says of the body is read from
// the head alone (FuzzTarget.h says how it is built; corpus/request_head/ its inputs).

#include "FuzzTarget.h"

#include "sim/RequestHead.h"

AEGIS_FUZZ_TARGET(request_head)
{
    using Fuzz::require;
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 23;
    const QByteArray stream = Fuzz::bytes(data + 1, size - 1);

    const qsizetype whole = RequestHead::end(stream);
    require(whole == -1 || (whole >= 2 && whole <= stream.size() && stream.at(whole - 1) == '\n'));
    qsizetype found = -1;
    for (qsizetype before = 0; before < stream.size() && found < 0; before += piece) {
        const QByteArrayView arrived = QByteArrayView(stream).first(std::min(stream.size(), before + piece));
        found = RequestHead::end(arrived, before - 2);
    }
    require(found == whole);

    const QByteArrayView head = QByteArrayView(stream).first(whole < 0 ? stream.size() : whole);
    const RequestHead::Body body = RequestHead::body(head);
    const QByteArray length = RequestHead::value(head, "content-length:");
    require(body.length.has_value() == (!length.isEmpty() && [&] {
                bool ok = false;
                length.toLongLong(&ok);
                return ok;
            }()));
    require(QByteArrayView(head).indexOf(length) >= 0);
    return 0;
}
