// Query reply decoding budget (issue "Client library": QueryReplyDecoder at least 10× faster
// than QJsonDocument on a ~40 MB device-query reply), and the decoder against simdjson's own
// ways of reading the same bytes: its DOM, and an On-Demand walk into the same rows. The reply
// is real emulator output from a site with 35 days of history: raw points of every field of
// every smart meter (numbers and texts) over as many of the last days as make ~40 MB, in the
// table and the pivoted shape. The baseline parses the same bytes with QJsonDocument and walks
// every row reading each value (and `_time` with the same fast parser), to be fair.
// Prints medians of interleaved runs (wall clock and this thread's CPU time, which other load on
// the machine does not inflate) and the ratios, after checking that the decoders give the same
// series bit for bit; run the release build. `bench_decode RUNS dom|ondemand|decode [pivoted]`
// runs one decoder alone, for a profiler.
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
#include <string>
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

// The same tables, bit for bit: table numbers, tags, fields, times, texts (null ones too) and
// the bits of every value (-0.0 is not 0.0).
bool sameBits(const QueryResult &a, const QueryResult &b)
{
    if (a.rowCount != b.rowCount || a.tables.size() != b.tables.size())
        return false;
    for (qsizetype i = 0; i < a.tables.size(); ++i) {
        const QueryTable &x = a.tables.at(i);
        const QueryTable &y = b.tables.at(i);
        if (x.table != y.table || x.tags != y.tags || x.field != y.field || x.texts != y.texts
            || x.series.times() != y.series.times() || x.series.size() != y.series.size())
            return false;
        for (qsizetype k = 0; k < x.series.size(); ++k) {
            const double u = x.series.value(k), v = y.series.value(k);
            if (std::memcmp(&u, &v, sizeof u) != 0 && !(std::isnan(u) && std::isnan(v)))
                return false;
        }
        for (qsizetype k = 0; k < x.texts.size(); ++k) {
            if (x.texts.at(k).isNull() != y.texts.at(k).isNull())
                return false;
        }
    }
    return true;
}

using Decode = Result<QueryResult> (*)(const QByteArray &);

struct Variant
{
    const char *name;
    Decode decode; // null: the QJsonDocument baseline
    Timing timing;
    QueryResult result; // of its last run
};

class Measurement
{
public:
    explicit Measurement(const QByteArray &body)
        : m_body(body)
    {
    }

    void run(Variant &v)
    {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        if (v.decode) {
            Result<QueryResult> r = v.decode(m_body);
            v.timing.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            v.timing.cpu.push_back(threadCpuMs() - cpu);
            if (!r) {
                std::fprintf(stderr, "%s failed: %s\n", v.name, qPrintable(r.error()));
                std::exit(1);
            }
            v.result = std::move(*r);
            for (const QueryTable &t : v.result.tables)
                m_sink += t.series.isEmpty() ? 0.0 : double(t.series.lastTime() % 7);
        } else {
            qsizetype rows = 0;
            m_sink += walkWithQJsonDocument(m_body, rows);
            v.timing.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            v.timing.cpu.push_back(threadCpuMs() - cpu);
            v.result.rowCount = rows;
        }
    }

    bool sane() const { return std::isfinite(m_sink); }

private:
    const QByteArray &m_body;
    double m_sink = 0;
};

void measure(const char *shape, const QByteArray &body, int runs)
{
    // Each decoder reads the same bytes; the last is the baseline.
    std::vector<Variant> variants = {{"QueryReplyDecoder::decode", &QueryReplyDecoder::decode, {}, {}},
                                     {"simdjson DOM", &QueryReplyDecoder::decodeInOnePiece, {}, {}},
                                     {"simdjson On-Demand", &QueryReplyDecoder::decodeOnDemand, {}, {}},
                                     {"QJsonDocument", nullptr, {}, {}}};
    Measurement m(body);
    // The first decode of the process: a new parser, nothing cached.
    Timing first;
    {
        Variant v{"first", &QueryReplyDecoder::decode, {}, {}};
        m.run(v);
        first = v.timing;
    }
    // Interleaved, each run in another order, so that all see the same load on the machine.
    for (int run = 0; run < runs; ++run) {
        for (size_t k = 0; k < variants.size(); ++k)
            m.run(variants[(k + size_t(run)) % variants.size()]);
    }
    if (!m.sane())
        std::exit(1);
    const QueryResult &reference = variants.front().result;
    for (const Variant &v : variants) {
        const bool same = v.decode ? sameBits(v.result, reference) : v.result.rowCount == reference.rowCount;
        if (!same) {
            std::fprintf(stderr, "%s: %s and %s read the reply differently\n", shape, v.name, variants.front().name);
            std::exit(1);
        }
    }

    qsizetype points = 0;
    for (const QueryTable &t : reference.tables)
        points += t.series.size();
    const double mb = double(body.size()) / 1e6;
    std::printf("%s: %.1f MB, %lld rows -> %lld tables, %lld points; identical series from all three decoders\n", shape, mb,
                static_cast<long long>(reference.rowCount), static_cast<long long>(reference.tables.size()),
                static_cast<long long>(points));
    const Timing &baseline = variants.back().timing;
    for (const Variant &v : variants) {
        std::printf("  %-26s wall %6.1f ms (%4.0f MB/s, %5.1fx QJsonDocument) | CPU %6.1f ms (%5.1fx)\n", v.name,
                    v.timing.wallMs(), mb / v.timing.wallMs() * 1e3, baseline.wallMs() / v.timing.wallMs(), v.timing.cpuMs(),
                    baseline.cpuMs() / v.timing.cpuMs());
    }
    const Timing &fast = variants[0].timing;
    const Timing &dom = variants[1].timing;
    const Timing &onDemand = variants[2].timing;
    std::printf("  decode vs On-Demand: %.2fx wall, %.2fx CPU; decode vs DOM: %.2fx wall, %.2fx CPU\n",
                onDemand.wallMs() / fast.wallMs(), onDemand.cpuMs() / fast.cpuMs(), dom.wallMs() / fast.wallMs(),
                dom.cpuMs() / fast.cpuMs());
    std::printf("  first decode of the process: wall %.1f ms, CPU %.1f ms\n", first.wallMs(), first.cpuMs());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const qint64 now = QDateTime(QDate(2025, 6, 20), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 origin = now - 35 * kDayMs;
    PowerScheduler scheduler(4, 187, QTimeZone("Asia/Taipei"), Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}}),
                             origin);
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
    std::printf("simdjson kernel: %s\n", qPrintable(QueryReplyDecoder::simdjsonKernel()));
    std::printf("raw points of all %lld fields of every smart meter over %.2f days of the 35-day history; %d runs, medians\n",
                static_cast<long long>(fields.size()), double(quarters) / 4, runs);
    if (argc > 2) { // for a profiler: one decoder, table shape, `runs` times
        const std::string only = argv[2];
        const Decode decode = only == "dom" ? &QueryReplyDecoder::decodeInOnePiece
            : only == "ondemand"            ? &QueryReplyDecoder::decodeOnDemand
                                            : &QueryReplyDecoder::decode;
        for (int run = 0; run < runs; ++run)
            std::printf("%lld rows\n",
                        static_cast<long long>(decode(argv[3] && std::string(argv[3]) == "pivoted" ? pivoted : table)->rowCount));
        return 0;
    }
    measure("table shape", table, runs);
    measure("pivoted shape", pivoted, runs);
    return 0;
}
