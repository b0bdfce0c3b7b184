// QueryReplyDecoder's readers (docs/aegis-api.md §5–6 replies): its scanner, simdjson's On-Demand
// walk and simdjson's DOM read every reply alike, bit for bit, or fail with the same reason;
// large replies read in chunks as whole; nothing is read past the end of the reply's bytes.

#include "client/QueryReplyDecoder.h"
#include "core/UtcTime.h"
#include "support/QueryReplies.h"

#include <QtTest>
#include <cmath>
#include <cstring>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace QueryReplies;

namespace {

QueryResult decodeOk(const QByteArray &body)
{
    const Result<QueryResult> r = QueryReplyDecoder::decode(body);
    if (!r)
        qWarning("unexpected failure: %s", qPrintable(r.error()));
    return r ? *r : QueryResult();
}

// The bytes of a reply at the very end of readable memory, followed by a page that may not be
// read: a reader that looks past the end crashes here, where a QByteArray's spare capacity
// would hide it.
class GuardedBytes
{
public:
    explicit GuardedBytes(const QByteArray &bytes)
    {
#ifdef Q_OS_UNIX
        const size_t page = size_t(sysconf(_SC_PAGESIZE));
        const size_t pages = (size_t(bytes.size()) + page - 1) / page + 1;
        m_length = (pages + 1) * page;
        void *map = mmap(nullptr, m_length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (map == MAP_FAILED)
            qFatal("mmap failed");
        m_map = static_cast<char *>(map);
        char *guard = m_map + pages * page;
        if (mprotect(guard, page, PROT_NONE) != 0)
            qFatal("mprotect failed");
        char *start = guard - bytes.size();
        std::memcpy(start, bytes.constData(), size_t(bytes.size()));
        m_bytes = QByteArray::fromRawData(start, bytes.size());
#else
        m_bytes = bytes;
#endif
    }
    ~GuardedBytes()
    {
#ifdef Q_OS_UNIX
        munmap(m_map, m_length);
#endif
    }
    Q_DISABLE_COPY_MOVE(GuardedBytes)

    const QByteArray &bytes() const
    {
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    char *m_map = nullptr;
    size_t m_length = 0;
};

} // namespace

class tst_QueryReplyReaders : public QObject
{
    Q_OBJECT

private slots:
    void neverCrashesOnCutOrFlippedBytes()
    {
        // Every prefix of a reply, and each byte replaced, decodes or fails cleanly.
        const QByteArray body =
            R"([{"table":0,"_time":"2024-07-03T08:57:01.303Z","_value":673,"DeviceName":"A","_field":"LoadPower"},)"
            R"({"table":1,"_time":"2024-07-03T08:51:01.007Z","DeviceName":"A","LoadPower":"x","SolarPower":null}])";
        for (qsizetype n = 0; n <= body.size(); ++n) {
            const Result<QueryResult> r = QueryReplyDecoder::decode(body.left(n));
            QVERIFY(r.ok() == r.error().isEmpty());
        }
        for (qsizetype i = 0; i < body.size(); ++i) {
            for (const char c : {'\0', '"', '{', '}', '[', ']', ',', ':', '1', 'x', '\x80'}) {
                QByteArray changed = body;
                changed[i] = c;
                const Result<QueryResult> r = QueryReplyDecoder::decode(changed);
                QVERIFY(r.ok() == r.error().isEmpty());
            }
        }
    }

    void largeRepliesReadInChunksAsWhole()
    {
        // Over 4 MB, so the reply is read in chunks; text values that look like row edges
        // ("},{") make some chunk edges fall inside strings, which must not change anything.
        QByteArray body = "[\n";
        const int rows = 60'000;
        for (int i = 0; i < rows; ++i) {
            const char *device = i % 3 == 0 ? "HERMES_SM000001" : i % 3 == 1 ? "HERMES_SM000002" : "AA-70-2211-01-0078-938";
            const qint64 t = ms("2024-07-03T00:00:00Z") + qint64(i / 3) * 60'000 - (i % 997 == 5 ? 3'600'000 : 0);
            const QByteArray status = i % 2 == 0 ? R"(x},{\"table\":9,\"_time\":\"y\"},{z)"
                : i % 77 == 0                    ? "a}, {b"
                                                 : "Operating";
            body += "  {\"table\": " + QByteArray::number(i % 3) + ", \"_time\": \"" + UtcTime::format(t).toLatin1()
                + "\", \"DeviceName\": \"" + device + "\", \"Status\": \"" + status + "\", \"Power\": "
                + (i % 11 == 0 ? QByteArray("null") : QByteArray::number(i * 0.5)) + "}" + (i + 1 < rows ? ",\n" : "\n");
        }
        body += "]\n";
        QVERIFY(body.size() > 5'000'000);
        const Result<QueryResult> chunked = QueryReplyDecoder::decode(body);
        const Result<QueryResult> whole = QueryReplyDecoder::decodeInOnePiece(body);
        QVERIFY2(chunked.ok(), qPrintable(chunked.error()));
        QVERIFY2(whole.ok(), qPrintable(whole.error()));
        QCOMPARE(chunked->rowCount, rows);
        QCOMPARE(chunked->tables.size(), 6);
        QCOMPARE(whole->tables.size(), 6);
        for (qsizetype i = 0; i < 6; ++i) {
            QCOMPARE(chunked->tables.at(i).table, whole->tables.at(i).table);
            const QString why = sameContent(chunked->tables.at(i), whole->tables.at(i));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        QCOMPARE(chunked->find(u"Status", u"HERMES_SM000001")->text(0), u"x},{\"table\":9,\"_time\":\"y\"},{z"_s);

        // A bad row far into the reply, and a reply cut short: the same reasons either way.
        QByteArray bad = body;
        bad.replace("\"Power\": 25000}", "\"Power\": {}}");
        QCOMPARE(QueryReplyDecoder::decode(bad).error(), u"row 50001: Power is an object, not a value."_s);
        QCOMPARE(QueryReplyDecoder::decodeInOnePiece(bad).error(), QueryReplyDecoder::decode(bad).error());
        const QByteArray cut = body.left(body.size() * 2 / 3);
        QVERIFY(QueryReplyDecoder::decode(cut).error().contains(u"cut off"_s));
        QCOMPARE(QueryReplyDecoder::decodeInOnePiece(cut).error(), QueryReplyDecoder::decode(cut).error());
    }

    void fastPathReadsAsSimdjsonDoes()
    {
        // decode() reads most replies with a scanner of its own and leaves anything else to
        // simdjson (On-Demand, then the DOM for reasons): it must read as simdjson's DOM
        // (decodeInOnePiece) does, bit for bit.
        for (const quint32 seed : {1U, 2U, 3U}) {
            const QByteArray body = variedReply(seed, 16);
            QVERIFY(body.size() > 50'000);
            const Result<QueryResult> fast = QueryReplyDecoder::decode(body);
            QVERIFY2(fast.ok(), qPrintable(fast.error()));
            QVERIFY(fast->tables.size() > 40);
            const QString why = sameBits(fast, QueryReplyDecoder::decodeInOnePiece(body));
            QVERIFY2(why.isEmpty(), qPrintable(u"seed %1: "_s.arg(seed) + why));
        }
        // Changed bytes anywhere: the same tables or the same reason.
        QRandomGenerator random(7);
        const QByteArray body = variedReply(4, 4);
        for (int i = 0; i < 300; ++i) {
            QByteArray changed = body;
            const qsizetype at = qsizetype(random.bounded(quint32(body.size())));
            changed[at] = "\"{}[],:0-.eE\\ xn\x80\x01"[random.bounded(18)];
            if (i % 10 == 0)
                changed.truncate(at);
            const QString why = sameBits(QueryReplyDecoder::decode(changed), QueryReplyDecoder::decodeInOnePiece(changed));
            QVERIFY2(why.isEmpty(), qPrintable(u"byte %1: "_s.arg(at) + why));
        }
    }

    void largeRepliesTheScannerLeavesToSimdjson()
    {
        // A nested extra value (ignored in the table shape) is not for the scanner: a reply of
        // over 4 MB with one is walked On-Demand in chunks, as the DOM reads it whole, and fails alike.
        QByteArray body = "[";
        const int rows = 50'000;
        for (int i = 0; i < rows; ++i) {
            body += "{\"table\":" + QByteArray::number(i % 4) + ",\"_time\":\""
                + UtcTime::format(ms("2024-07-03T00:00:00Z") + i * 1000).toLatin1()
                + "\",\"_value\":" + (i % 7 == 0 ? QByteArray("\"x},{y\"") : QByteArray::number(i * 0.25))
                + ",\"_field\":\"Power\",\"DeviceName\":\"HERMES_SM00000" + QByteArray::number(i % 4) + "\",\"extra\":{\"n\":["
                + QByteArray::number(i) + "]}}" + (i + 1 < rows ? ",\n" : "\n");
        }
        body += "]";
        QVERIFY(body.size() > 5'000'000);
        const Result<QueryResult> chunked = QueryReplyDecoder::decode(body);
        QVERIFY2(chunked.ok(), qPrintable(chunked.error()));
        QCOMPARE(chunked->rowCount, rows);
        QCOMPARE(chunked->tables.size(), 4);
        QString why = sameBits(chunked, QueryReplyDecoder::decodeInOnePiece(body));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        body.replace("\"_value\":250,", "\"_value\":[250],");
        QCOMPARE(QueryReplyDecoder::decode(body).error(), u"row 1001: _value is a list, not a value."_s);
        why = sameBits(QueryReplyDecoder::decode(body), QueryReplyDecoder::decodeInOnePiece(body));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void largeRepliesAfterBytesThatAreNotJsonSpace()
    {
        // A fuzzer's find (64-byte chunks there): the chunked walk starts after the list's '[',
        // so a vertical tab or form feed before it, white space to C but not to JSON, went
        // unread. The DOM refuses the reply, and so must the other readers.
        QByteArray rows = "[";
        for (int i = 0; rows.size() < 5'000'000; ++i) {
            rows += (i ? ",\n" : "") + "{\"table\":0,\"_time\":\""_ba
                + UtcTime::format(ms("2024-07-03T00:00:00Z") + i * 1000).toLatin1()
                + "\",\"_value\":" + QByteArray::number(229.5 + i % 7) + ",\"_field\":\"Voltage\",\"extra\":{\"n\":["
                + QByteArray::number(i) + "]}}";
        }
        rows += "]";
        QVERIFY(QueryReplyDecoder::decode(rows).ok());
        for (const QByteArray &before : {"\v"_ba, "\f"_ba, " \n\v\t"_ba}) {
            const QByteArray body = before + rows;
            const Result<QueryResult> whole = QueryReplyDecoder::decodeInOnePiece(body);
            QVERIFY(!whole.ok());
            QString why = sameBits(QueryReplyDecoder::decode(body), whole);
            QVERIFY2(why.isEmpty(), qPrintable(u"decode: "_s + why));
            why = sameBits(QueryReplyDecoder::decodeOnDemand(body), whole);
            QVERIFY2(why.isEmpty(), qPrintable(u"On-Demand: "_s + why));
        }
    }

    void decodesInPlaceAndFromRawData()
    {
        // Spare capacity lets the parser read in place; raw data (no capacity) is copied.
        QByteArray roomy = kVendorTable;
        roomy.reserve(kVendorTable.size() + 4096);
        QCOMPARE(decodeOk(roomy).tables.size(), 2);
        const QByteArray raw = QByteArray::fromRawData(kVendorTable.constData(), kVendorTable.size());
        QCOMPARE(decodeOk(raw).tables.size(), 2);
    }

    void decodesOffTheGuiThread()
    {
        QFuture<Result<QueryResult>> future = QueryReplyDecoder::decodeAsync(kVendorPivot);
        future.waitForFinished();
        QVERIFY(future.result().ok());
        QCOMPARE(future.result()->tables.size(), 2);
        QFuture<Result<QueryResult>> failed = QueryReplyDecoder::decodeAsync("{}");
        failed.waitForFinished();
        QVERIFY(!failed.result().ok());
    }

    // ---- against the emulator ----
    void onDemandReadsAsTheDomDoes()
    {
        // The On-Demand walk (what the scanner declines) against simdjson's DOM: the same tables
        // bit for bit, or the same reason.
        for (const quint32 seed : {1U, 2U, 3U}) {
            const QByteArray body = variedReply(seed, 16);
            const Result<QueryResult> walked = QueryReplyDecoder::decodeOnDemand(body);
            QVERIFY2(walked.ok(), qPrintable(walked.error()));
            QVERIFY(walked->tables.size() > 40);
            const QString why = sameBits(walked, QueryReplyDecoder::decodeInOnePiece(body));
            QVERIFY2(why.isEmpty(), qPrintable(u"seed %1: "_s.arg(seed) + why));
        }
        QRandomGenerator random(11);
        const QByteArray body = variedReply(5, 4);
        for (int i = 0; i < 300; ++i) {
            QByteArray changed = body;
            const qsizetype at = qsizetype(random.bounded(quint32(body.size())));
            changed[at] = "\"{}[],:0-.eE\\ xn\x80\x01"[random.bounded(18)];
            if (i % 10 == 0)
                changed.truncate(at);
            const QString why =
                sameBits(QueryReplyDecoder::decodeOnDemand(changed), QueryReplyDecoder::decodeInOnePiece(changed));
            QVERIFY2(why.isEmpty(), qPrintable(u"byte %1: "_s.arg(at) + why));
        }
        // What On-Demand alone would not check, in values the rows do not use: the DOM's verdict.
        const QByteArray row = R"({"table":0,"_time":"2024-07-03T00:00:00Z","_value":1,"_field":"a","extra":)";
        for (const QByteArray &extra : {QByteArray("[1,,2]"), QByteArray("{\"a\":tru}"), QByteArray("[-]"),
                                        QByteArray("[\"\\q\"]"), QByteArray("{\"k\":[1,{\"n\":nul}]}"), QByteArray("[[[]]]")}) {
            const QByteArray reply = "[" + row + extra + "}]";
            const QString why = sameBits(QueryReplyDecoder::decodeOnDemand(reply), QueryReplyDecoder::decodeInOnePiece(reply));
            QVERIFY2(why.isEmpty(), qPrintable(QString::fromLatin1(extra) + u": "_s + why));
        }
        for (const QByteArray &reply : {QByteArray("[] []"), QByteArray("[]]"), QByteArray("[" + row + "1}] x")}) {
            const QString why = sameBits(QueryReplyDecoder::decodeOnDemand(reply), QueryReplyDecoder::decodeInOnePiece(reply));
            QVERIFY2(why.isEmpty(), qPrintable(QString::fromLatin1(reply) + u": "_s + why));
            QVERIFY(!QueryReplyDecoder::decodeOnDemand(reply).ok());
        }
    }

    void theDecodersAgreeOnExtremeNumbers()
    {
        // A fuzzer's find: the smallest int64, the largest uint64, 2^53 + 1 and a fraction of
        // more digits than a double holds, in one row.
        const QByteArray reply = R"([{"table":0,"_time":"2024-07-03T00:00:00Z","i":-9223372036854775808,)"
                                 R"("u":18446744073709551615,"big":9007199254740993,"d":0.7923456789012345678901234567890}])";
        const Result<QueryResult> whole = QueryReplyDecoder::decodeInOnePiece(reply);
        QString why = sameBits(QueryReplyDecoder::decodeOnDemand(reply), whole);
        QVERIFY2(why.isEmpty(), qPrintable(u"On-Demand: "_s + why));
        why = sameBits(QueryReplyDecoder::decode(reply), whole);
        QVERIFY2(why.isEmpty(), qPrintable(u"decode: "_s + why));
    }

    void theDecodersAgreeOnAMangledRow()
    {
        const QByteArray reply = QByteArray::fromBase64(
            "W3siX2ZpZWxkIjoiR3JpZFBvd2VyIiwicmVzdWx0IjoiX3Jlc3VsdCIsImV2aWNlTl92YWx1ZSI6LTEuNWUzLCJfc3RhcnQiOiIyMDI0LTA3LTAzVDAw"
            "OjAwOjAwWiIsInRhYmxlIjowLCJjb21tZW50IjoieCIsInJhbmsiOjMsImZsYWciOnRydWUsImZsYWciOiJhIjpbMSx7ImIiOm51bGx9XX0sIl90aW1l"
            "IjoiMjAyNC0wNy0wM1QwMDowMDowMFoiLCJkb21haW5fODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODhfdmFsdWUiOmZh"
            "bHNlLCJfZmllbGQiOiJHcmlkUG93ZXIifV0=");
        const Result<QueryResult> whole = QueryReplyDecoder::decodeInOnePiece(reply);
        QString why = sameBits(QueryReplyDecoder::decodeOnDemand(reply), whole);
        QVERIFY2(why.isEmpty(), qPrintable(u"On-Demand: "_s + why));
        why = sameBits(QueryReplyDecoder::decode(reply), whole);
        QVERIFY2(why.isEmpty(), qPrintable(u"decode: "_s + why));
    }

    void largeRepliesWalkedInChunksAsWhole()
    {
        // Over 4 MB: walked On-Demand chunk by chunk, the same as the DOM reads it whole.
        QByteArray body = "[";
        for (int i = 0; body.size() < 5'000'000; ++i) {
            body += (i ? ",\n" : "") + variedReply(quint32(100 + i), 8).mid(1).chopped(2);
        }
        body += "]";
        const Result<QueryResult> walked = QueryReplyDecoder::decodeOnDemand(body);
        QVERIFY2(walked.ok(), qPrintable(walked.error()));
        const QString why = sameBits(walked, QueryReplyDecoder::decodeInOnePiece(body));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void nothingIsReadPastTheEnd_data()
    {
        QTest::addColumn<QByteArray>("body");
        // Rows whose last key is long and whose values change from row to row, so that the last
        // value lies close to the end while its key began far from it.
        for (const int keyLength : {1, 8, 23, 24, 25, 31, 32, 33, 40, 47, 60, 64, 70}) {
            const QByteArray key(keyLength, 'k');
            for (const QByteArray &last : {QByteArray("2.5"), QByteArray("0.9264751672744751"), QByteArray("12"),
                                           QByteArray("\"Fault\""), QByteArray("null"), QByteArray("-7602.337890625")}) {
                QByteArray body = "[";
                for (int row = 0; row < 4; ++row) {
                    // (no raw string literals here: moc misreads these)
                    body += "{\"table\":0,\"_time\":\"2024-07-03T00:0" + QByteArray::number(row) + ":00Z\",\"" + key
                        + "\":" + (row == 3 ? last : QByteArray::number(row * 1.5 + 0.25)) + "}";
                    body += row == 3 ? "]" : ",";
                }
                QTest::addRow("key %d, last %s", keyLength, last.constData()) << body;
            }
        }
        QTest::addRow("vendor table") << kVendorTable;
        QTest::addRow("vendor pivot") << kVendorPivot;
        QTest::addRow("varied") << variedReply(9, 6);
    }

    void nothingIsReadPastTheEnd()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs mmap");
#endif
        QFETCH(QByteArray, body);
        // Every prefix too: cut replies end anywhere.
        for (qsizetype n = body.size(); n >= 0 && n + 200 >= body.size(); --n) {
            const GuardedBytes guarded(body.left(n));
            const Result<QueryResult> fast = QueryReplyDecoder::decode(guarded.bytes());
            const QString why = sameBits(fast, QueryReplyDecoder::decodeInOnePiece(guarded.bytes()));
            QVERIFY2(why.isEmpty(), qPrintable(u"%1 bytes: "_s.arg(n) + why));
            QVERIFY(sameBits(QueryReplyDecoder::decodeOnDemand(guarded.bytes()), fast).isEmpty());
            if (n == body.size())
                QVERIFY2(fast.ok(), qPrintable(fast.error()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_QueryReplyReaders)
#include "tst_QueryReplyReaders.moc"
