// aegis-sim budgets (issue: startup with 35 days of history ≤ 1 s, resident memory ≤ 200 MB;
// a daily-mean query over every numeric field of every device within 3× of a plain loop
// summing the same stored values). Prints its figures; run the release build.
#include "core/Clock.h"
#include "sim/PowerScheduler.h"
#include "sim/QueryEngine.h"
#include "sim/SimSite.h"
#include "sim/SiteModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 now = QDateTime(QDate(2025, 6, 20), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
    const double rssBefore = residentMegabytes();

    // 1. Startup: what `aegis-sim` and `aegis-console --demo` do before serving.
    QElapsedTimer timer;
    timer.start();
    SimOptions options;
    options.startMs = now;
    options.acceleration = 0;
    SimSite site(options);
    if (!site.start().ok())
        return 1;
    const double startupMs = double(timer.nsecsElapsed()) / 1e6;
    const double rss = residentMegabytes();
    std::printf("startup with %d days of history: %.0f ms (budget 1000 ms)\n", options.historyDays, startupMs);
    std::printf("resident memory after startup: %.0f MB (process before: %.0f MB; budget 200 MB)\n", rss, rssBefore);

    // 2. Daily means of every numeric field of every device against a plain summing loop.
    const qint64 origin = now - 35 * 86'400'000LL;
    PowerScheduler scheduler(4, 187, QTimeZone("Asia/Taipei"), Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}}),
                             origin);
    SiteModel model(1, origin, WeatherModel(1), LoadModel(1), &scheduler);
    model.advanceTo(now);
    const TestClock clock(now);
    const QueryEngine engine(model, clock);

    const SiteCatalog catalog;
    QList<QUrlQuery> queries;
    qint64 values = 0;
    for (const char *output :
         {"pomcube_data", "hermes_ess_data", "hermes_pv_inverter_data", "hermes_sun_photometer_data", "hermes_smartmeter_data"}) {
        QStringList fields;
        for (const SiteCatalog::Field &f : catalog.output(QString::fromLatin1(output))->fields) {
            if (f.kind != SiteCatalog::FieldKind::Text)
                fields.append(f.name);
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("organization_id"), QStringLiteral("182"));
        q.addQueryItem(QStringLiteral("device_output_name"), QString::fromLatin1(output));
        q.addQueryItem(QStringLiteral("fields"), fields.join(QLatin1Char(',')));
        q.addQueryItem(QStringLiteral("start"), QStringLiteral("-35d"));
        q.addQueryItem(QStringLiteral("every"), QStringLiteral("1d"));
        q.addQueryItem(QStringLiteral("timezone"), QStringLiteral("Asia/Taipei"));
        q.addQueryItem(QStringLiteral("time_function"), QStringLiteral("mean"));
        queries.append(q);
    }
    for (const SiteModel::DeviceData &d : model.devices()) {
        for (const StoredSeries &s : d.fields)
            values += s.isText() ? 0 : s.size();
    }

    std::vector<double> queryRuns, loopRuns;
    double sink = 0;
    qsizetype replyBytes = 0;
    for (int run = 0; run < 15; ++run) {
        timer.restart();
        replyBytes = 0;
        for (const QUrlQuery &q : queries) {
            const SimReply r = engine.deviceQuery(q);
            if (r.status != 200) {
                std::fprintf(stderr, "query failed: %s\n", r.body.constData());
                return 1;
            }
            replyBytes += r.body.size();
        }
        queryRuns.push_back(double(timer.nsecsElapsed()) / 1e6);

        // The floor: read every stored value once and add it up.
        timer.restart();
        double total = 0;
        for (const SiteModel::DeviceData &d : model.devices()) {
            for (const StoredSeries &s : d.fields) {
                if (s.kind() == SiteCatalog::FieldKind::Counter) {
                    for (double v : s.doubles())
                        total += v == v ? v : 0.0;
                } else if (s.kind() == SiteCatalog::FieldKind::Measure) {
                    for (float v : s.floats())
                        total += v == v ? double(v) : 0.0;
                }
            }
        }
        loopRuns.push_back(double(timer.nsecsElapsed()) / 1e6);
        sink += total;
    }
    const double queryMs = median(queryRuns);
    const double loopMs = median(loopRuns);
    std::printf(
        "daily means of %lld stored values (all numeric fields, all devices, 35 days): query %.1f ms, plain loop %.1f ms, "
        "ratio %.2f (budget 3.0); reply %lld bytes\n",
        static_cast<long long>(values), queryMs, loopMs, queryMs / loopMs, static_cast<long long>(replyBytes));
    return std::isfinite(sink) ? 0 : 1;
}
