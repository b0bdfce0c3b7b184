// Query reply decoding budget (issue "Client library": QueryReplyDecoder at least 10× faster
// than QJsonDocument on a ~40 MB device-query reply). The reply is real emulator output from a
// site with 35 days of history: raw points of every field of every smart meter (numbers and
// texts) over as many of the last days as make ~40 MB, in the table and the pivoted shape. The
// baseline parses the same bytes with QJsonDocument and walks every row reading each value
// (and `_time` with the same fast parser), to be fair.
// Prints medians of several runs (wall clock and this thread's CPU time, which other load on
// the machine does not inflate) and the ratios; run the release build.
#include "client/DeviceQuery.h"
#include "client/QueryReplyDecoder.h"
#include "core/Clock.h"
#include "core/UtcTime.h"
#include "sim/PowerScheduler.h"
#include "sim/QueryEngine.h"
#include "sim/SiteModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr double kTargetBytes = 40e6;

// CPU time of this thread: other processes on a shared build machine do not count.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// What the decoder reads, the QJsonDocument way: parse, then every value of every row.
double walkWithQJsonDocument(const QByteArray &body, qsizetype &rows)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray array = doc.array();
    double sum = 0;
    rows = 0;
    for (const QJsonValue &rowValue : array) {
        const QJsonObject row = rowValue.toObject();
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            const QJsonValue v = it.value();
            if (v.isDouble()) {
                sum += v.toDouble();
            } else if (v.isString()) {
                const QString text = v.toString();
                if (it.key() == u"_time")
                    sum += double(UtcTime::parse(text).value_or(0) % 1000);
                else
                    sum += double(text.size());
            }
        }
        ++rows;
    }
    return sum;
}

// Medians of repeated runs: wall clock, and this thread's CPU time.
struct Timing
{
    std::vector<double> wall;
    std::vector<double> cpu;
    double wallMs() const { return median(wall); }
    double cpuMs() const { return median(cpu); }
};

class Measurement
{
public:
    explicit Measurement(const QByteArray &body)
        : m_body(body)
    {
    }

    void decode(Timing &timing)
    {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        const Result<QueryResult> r = QueryReplyDecoder::decode(m_body);
        timing.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        timing.cpu.push_back(threadCpuMs() - cpu);
        if (!r) {
            std::fprintf(stderr, "decode failed: %s\n", qPrintable(r.error()));
            std::exit(1);
        }
        rows = r->rowCount;
        tables = r->tables.size();
        points = 0;
        for (const QueryTable &t : r->tables) {
            points += t.series.size();
            m_sink += t.series.isEmpty() ? 0.0 : double(t.series.lastTime() % 7);
        }
    }

    void walkWithQJson(Timing &timing)
    {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        qsizetype n = 0;
        m_sink += walkWithQJsonDocument(m_body, n);
        timing.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        timing.cpu.push_back(threadCpuMs() - cpu);
        if (n != rows) {
            std::fprintf(stderr, "row counts differ: %lld vs %lld\n", static_cast<long long>(n), static_cast<long long>(rows));
            std::exit(1);
        }
    }

    bool sane() const { return std::isfinite(m_sink); }

    qsizetype rows = 0;
    qsizetype tables = 0;
    qsizetype points = 0;

private:
    const QByteArray &m_body;
    double m_sink = 0;
};

// After timing (so that the first decode stays the process's first): what was timed (the
// decoder's scanner) reads the reply exactly as simdjson's DOM does (decodeInOnePiece), down to
// the bits of every value.
bool sameAsSimdjson(const QByteArray &body)
{
    const Result<QueryResult> fast = QueryReplyDecoder::decode(body);
    const Result<QueryResult> dom = QueryReplyDecoder::decodeInOnePiece(body);
    if (!fast || !dom || fast->rowCount != dom->rowCount || fast->tables.size() != dom->tables.size())
        return false;
    for (qsizetype i = 0; i < fast->tables.size(); ++i) {
        const QueryTable &a = fast->tables.at(i);
        const QueryTable &b = dom->tables.at(i);
        if (a.table != b.table || a.tags != b.tags || a.field != b.field || a.texts != b.texts || a.series.times() != b.series.times()
            || a.series.size() != b.series.size())
            return false;
        for (qsizetype k = 0; k < a.series.size(); ++k) {
            const double x = a.series.value(k), y = b.series.value(k);
            if (std::memcmp(&x, &y, sizeof x) != 0 && !(std::isnan(x) && std::isnan(y)))
                return false;
        }
    }
    return true;
}

void printRatio(const char *how, const Timing &decoder, const Timing &qjson)
{
    std::printf("  %-18s wall: QueryReplyDecoder %5.1f ms, QJsonDocument parse + walk %6.1f ms, ratio %4.1fx | "
                "CPU: %5.1f ms, %6.1f ms, ratio %4.1fx (budget 10x)\n",
                how, decoder.wallMs(), qjson.wallMs(), qjson.wallMs() / decoder.wallMs(), decoder.cpuMs(), qjson.cpuMs(),
                qjson.cpuMs() / decoder.cpuMs());
}

void measure(const char *shape, const QByteArray &body, int runs)
{
    Measurement m(body);
    // The first decode of the process: a new parser, nothing cached.
    Timing first;
    m.decode(first);
    // Alternating, so that both see the same load on the machine; then each in a row, as an
    // app decoding reply after reply would.
    Timing alternatingDecoder, alternatingQJson, decoderInARow, qjsonInARow;
    for (int run = 0; run < runs; ++run) {
        m.walkWithQJson(alternatingQJson);
        m.decode(alternatingDecoder);
    }
    for (int run = 0; run < runs; ++run)
        m.decode(decoderInARow);
    for (int run = 0; run < runs; ++run)
        m.walkWithQJson(qjsonInARow);
    if (!m.sane())
        std::exit(1);
    if (!sameAsSimdjson(body)) {
        std::fprintf(stderr, "%s: the decoder and simdjson's DOM read the reply differently\n", shape);
        std::exit(1);
    }

    const double mb = double(body.size()) / 1e6;
    std::printf("%s: %.1f MB, %lld rows -> %lld tables, %lld points; decoder %.0f MB/s\n", shape, mb,
                static_cast<long long>(m.rows), static_cast<long long>(m.tables), static_cast<long long>(m.points),
                mb / decoderInARow.wallMs() * 1e3);
    printRatio("alternating:", alternatingDecoder, alternatingQJson);
    printRatio("each in a row:", decoderInARow, qjsonInARow);
    std::printf("  %-18s wall: QueryReplyDecoder %5.1f ms (%.1fx QJsonDocument in a row) | CPU: %5.1f ms (%.1fx)\n",
                "first decode:", first.wallMs(), qjsonInARow.wallMs() / first.wallMs(), first.cpuMs(),
                qjsonInARow.cpuMs() / first.cpuMs());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const qint64 now = QDateTime(QDate(2025, 6, 20), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 origin = now - 35 * kDayMs;
    PowerScheduler scheduler(4, 187, QTimeZone("Asia/Taipei"), Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}}), origin);
    SiteModel model(1, origin, WeatherModel(1), LoadModel(1), &scheduler);
    model.advanceTo(now);
    const TestClock clock(now);
    const QueryEngine engine(model, clock);

    QStringList fields;
    for (const SiteCatalog::Field &f : SiteCatalog().output(QStringLiteral("hermes_smartmeter_data"))->fields)
        fields.append(f.name);
    // Raw points of the last `quarters` quarter days, in the table or the pivoted shape.
    const auto reply = [&](qint64 quarters, bool pivoted) {
        DeviceQuery q = DeviceQuery()
                            .organizationId(182)
                            .output(u"hermes_smartmeter_data")
                            .fields(fields)
                            .range(QueryTimeArg::atMs(now - quarters * kDayMs / 4), QueryTimeArg::atMs(now));
        if (pivoted)
            q.pivotByField();
        const SimReply r = engine.deviceQuery(q.toQuery());
        if (r.status != 200) {
            std::fprintf(stderr, "query failed: %s\n", r.body.constData());
            std::exit(1);
        }
        return r.body;
    };
    // As many quarter days as make about 40 MB.
    const qint64 quarters = std::clamp<qint64>(std::llround(kTargetBytes / double(reply(4, false).size()) * 4), 1, 4 * 35);
    const QByteArray table = reply(quarters, false);
    const QByteArray pivoted = reply(quarters, true);
    std::printf("raw points of all %lld fields of every smart meter over %.2f days of the 35-day history; %d runs, medians\n",
                static_cast<long long>(fields.size()), double(quarters) / 4, runs);
    measure("table shape", table, runs);
    measure("pivoted shape", pivoted, runs);
    return 0;
}
