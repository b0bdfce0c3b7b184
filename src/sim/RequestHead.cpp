#include "sim/RequestHead.h"

#include <algorithm>

qsizetype RequestHead::end(QByteArrayView head, qsizetype from)
{
    from = std::clamp<qsizetype>(from, 0, head.size());
    const qsizetype crlf = head.indexOf(QByteArrayView("\n\r\n"), from);
    const qsizetype lf = head.indexOf(QByteArrayView("\n\n"), from);
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 3;
    return lf >= 0 ? lf + 2 : -1;
}

QByteArray RequestHead::value(QByteArrayView head, QByteArrayView name)
{
    qsizetype at = head.indexOf('\n');
    while (at >= 0 && at + 1 < head.size()) {
        const qsizetype next = head.indexOf('\n', at + 1);
        const QByteArrayView line = head.sliced(at + 1, (next < 0 ? head.size() : next) - at - 1);
        if (line.size() >= name.size() && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(name.size()).trimmed().toByteArray();
        at = next;
    }
    return {};
}

RequestHead::Body RequestHead::body(QByteArrayView head)
{
    Body b;
    b.chunked = value(head, "transfer-encoding:").toLower().contains("chunked");
    bool ok = false;
    const qint64 length = value(head, "content-length:").toLongLong(&ok);
    if (ok)
        b.length = length;
    return b;
}
