#pragma once

#include <QByteArray>
#include <QString>

// Fast appenders for the large JSON replies of the query routes: millions of numbers and
// timestamps are written without building a QJsonDocument.
namespace JsonRows {

// A number in its shortest form that reads back as exactly the same double; null for NaN or
// infinity.
void appendNumber(QByteArray &out, double value);
void appendString(QByteArray &out, QStringView text);
void appendTime(QByteArray &out, qint64 msSinceEpoch); // "2024-07-03T08:57:01.303Z" with quotes

} // namespace JsonRows
