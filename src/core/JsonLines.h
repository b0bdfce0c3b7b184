#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Where each value of a JSON text starts, by its path ("seasons/0/weekday/2/to"), so that a
// file the operator edits by hand can be refused with the line that is wrong. QJsonDocument
// keeps no positions. Meant for text QJsonDocument already accepted; on anything else it
// records what it can and never reads past the end. Paths deeper than kMaxDepth are not kept.
class JsonLines final
{
public:
    static constexpr int kMaxDepth = 32;

    explicit JsonLines(const QByteArray &json);

    // The 1-based line of the value at `path`; of its nearest recorded ancestor when the
    // path itself was not seen (a missing key is reported at its object); 1 for "".
    int line(const QString &path) const;

private:
    QHash<QString, int> m_lines;
};
