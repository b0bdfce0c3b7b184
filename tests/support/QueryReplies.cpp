#include "support/QueryReplies.h"

#include "core/UtcTime.h"

#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace QueryReplies {

qint64 ms(const char *iso)
{
    return *UtcTime::parse(std::string_view(iso));
}

QString sameContent(const QueryTable &a, const QueryTable &b)
{
    if (a.tags != b.tags)
        return u"tags differ"_s;
    if (a.field != b.field)
        return u"fields differ: %1, %2"_s.arg(a.field, b.field);
    if (a.series.times() != b.series.times())
        return u"times differ in %1"_s.arg(a.field);
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const double x = a.series.value(i), y = b.series.value(i);
        if (!(x == y || (std::isnan(x) && std::isnan(y))))
            return u"value %1 of %2 differs: %3, %4"_s.arg(i).arg(a.field).arg(x).arg(y);
    }
    if (a.texts != b.texts)
        return u"texts differ in %1"_s.arg(a.field);
    return {};
}

QString sameBits(const Result<QueryResult> &a, const Result<QueryResult> &b)
{
    if (a.ok() != b.ok() || a.error() != b.error())
        return u"outcomes differ: %1 | %2"_s.arg(a.error(), b.error());
    if (!a)
        return {};
    if (a->rowCount != b->rowCount || a->tables.size() != b->tables.size())
        return u"%1 rows in %2 tables, %3 rows in %4 tables"_s.arg(a->rowCount)
            .arg(a->tables.size())
            .arg(b->rowCount)
            .arg(b->tables.size());
    for (qsizetype i = 0; i < a->tables.size(); ++i) {
        const QueryTable &x = a->tables.at(i);
        const QueryTable &y = b->tables.at(i);
        if (x.table != y.table)
            return u"table numbers differ at %1"_s.arg(i);
        const QString why = sameContent(x, y);
        if (!why.isEmpty())
            return why;
        for (qsizetype k = 0; k < x.series.size(); ++k) {
            const double u = x.series.value(k), v = y.series.value(k);
            if (std::memcmp(&u, &v, sizeof u) != 0 && !(std::isnan(u) && std::isnan(v)))
                return u"value %1 of %2: %3 and %4 differ in their bits"_s.arg(k).arg(x.field).arg(u).arg(v);
        }
        for (qsizetype k = 0; k < x.texts.size(); ++k) {
            if (x.texts.at(k).isNull() != y.texts.at(k).isNull())
                return u"text %1 of %2 is null in one only"_s.arg(k).arg(x.field);
        }
    }
    return {};
}

QByteArray variedReply(quint32 seed, int tables)
{
    QRandomGenerator random(seed);
    const QList<QByteArray> numbers = {"0",
                                       "-0",
                                       "-0.0",
                                       "0.0",
                                       "12",
                                       "-42",
                                       "3.0",
                                       "0.1",
                                       "4.35",
                                       "100",
                                       "7602.337890625",
                                       "221.85476684570312",
                                       "0.9264751672744751",
                                       "60.01731491088867",
                                       "78840.07210645474",
                                       "12345678.9",
                                       "9007199254740993",
                                       "9007199254740992.5",
                                       "9223372036854775807",
                                       "-9223372036854775808",
                                       "18446744073709551615",
                                       "123456789012345678",
                                       "1e5",
                                       "1E+2",
                                       "-1.5e-7",
                                       "2.2250738585072011e-308",
                                       "5e-324",
                                       "1.7976931348623157e308",
                                       "0.30000000000000004",
                                       "0.000001234567890123456789",
                                       "0.5000000000000000277",
                                       "1.00000000000000011102230246251565404236316680908203125",
                                       "2.675",
                                       "1.0000000000000002"};
    const QList<QByteArray> texts = {"\"Operating\"", "\"Fault\"", "\"\"",         "\"a \\\"q\\\" \\u00e9\\n\\/\"",
                                     "\"名稱\"",      "\"x},{y\"", "\"SM000001\"", "\"tab\\there\""};
    const auto value = [&]() -> QByteArray {
        const int kind = int(random.bounded(20));
        if (kind < 12)
            return numbers.at(qsizetype(random.bounded(quint32(numbers.size()))));
        if (kind < 13) { // 17 significant digits, as float32 readings are printed
            QByteArray digits = QByteArray::number(1 + random.bounded(9));
            for (int i = 0; i < 16; ++i)
                digits += char('0' + random.bounded(10));
            digits.insert(1 + int(random.bounded(7)), '.');
            return digits;
        }
        if (kind < 18)
            return texts.at(qsizetype(random.bounded(quint32(texts.size()))));
        return kind == 18 ? QByteArray("null") : random.bounded(2) ? QByteArray("true") : QByteArray("false");
    };
    QByteArray body = "[";
    qint64 t = ms("2024-07-03T00:00:00Z");
    for (int table = 0; table < tables; ++table) {
        const bool pivoted = table % 2 == 1;
        const QByteArray space = table % 4 == 2 ? " " : "";
        const QByteArray device = "\"D" + QByteArray::number(table % 3) + "\"";
        QList<QByteArray> previous(8, QByteArray("1"));
        const int rows = 30 + int(random.bounded(60));
        for (int row = 0; row < rows; ++row) {
            t += 60'000;
            QList<QPair<QByteArray, QByteArray>> cells = {{"table", QByteArray::number(table)},
                                                          {"_time", '"' + UtcTime::format(t).toLatin1() + '"'},
                                                          {"DeviceName", row % 41 == 40 ? QByteArray("\"D9\"") : device},
                                                          {"domain_id", "187"}};
            const int fields = pivoted ? 6 : 1;
            for (int f = 0; f < fields; ++f) {
                if (random.bounded(2)) // half the values change from row to row
                    previous[f] = value();
                cells.append({pivoted ? "F" + QByteArray::number(f) : QByteArray("_value"), previous.at(f)});
            }
            if (!pivoted)
                cells.append({"_field", "\"F" + QByteArray::number(table % 5) + "\""});
            if (row % 17 == 5)
                cells.removeAt(pivoted ? 6 : 3); // a row without a field, or without domain_id
            if (row % 19 == 7)
                cells.swapItemsAt(1, cells.size() - 1); // another key order
            if (row % 23 == 11)
                cells.append({QByteArray("comment"), QByteArray("\"note\"")}); // a group column in the table shape
            if (row % 31 == 13)
                cells.append({cells.at(cells.size() - 1).first, value()}); // a key twice: the last counts
            body += row == 0 && table == 0 ? "\n" : ",\n";
            body += '{';
            for (qsizetype c = 0; c < cells.size(); ++c)
                body += (c ? "," + space : QByteArray()) + '"' + cells.at(c).first + "\":" + space + cells.at(c).second;
            body += '}';
        }
    }
    return body + "\n]";
}

const QByteArray kVendorTable = R"([
    {"table": 0, "_time": "2024-07-03T08:57:01.303Z", "_value": 673, "DeviceName": "AA-70-2211-01-0217-874", "_field": "LoadPower"},
    {"table": 1, "_time": "2024-07-03T08:57:01.303Z", "_value": 863, "DeviceName": "AA-70-2211-01-0217-874", "_field": "SolarPower"}
])";
const QByteArray kVendorPivot = R"([
    {"table": 0, "_time": "2024-07-03T08:51:01.007Z", "DeviceName": "AA-70-2211-01-0217-874", "LoadPower": 655, "SolarPower": 539}
])";

} // namespace QueryReplies
