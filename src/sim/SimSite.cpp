#include "sim/SimSite.h"

#include "core/CronsCodec.h"
#include "core/QueryTime.h"
#include "sim/GridEvents.h"
#include "sim/PowerScheduler.h"
#include "sim/ProfileFiles.h"
#include "sim/QueryEngine.h"
#include "sim/SimClock.h"
#include "sim/SimLogging.h"
#include "sim/SiteModel.h"
#include "sim/WeatherModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <cmath>

namespace {

constexpr int kStateVersion = 1;

// The vendor document's example (docs/aegis-api.md §7): the backfilled history already holds runs.
Schedule vendorExampleSchedule()
{
    return Schedule({{61200, 68400, -20000, {}}, {3600, 10800, 10000, {}}});
}

} // namespace

struct SimSite::Private
{
    SimOptions options;
    std::unique_ptr<SimClock> clock;
    std::unique_ptr<PowerScheduler> scheduler;
    std::unique_ptr<SiteModel> site;
    std::unique_ptr<QueryEngine> engine;
    QTimer ticker;
};

SimSite::SimSite(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
    const qint64 now = options.startMs.value_or(QDateTime::currentMSecsSinceEpoch());
    d->clock = std::make_unique<SimClock>(now, options.acceleration);
}

SimSite::~SimSite() = default;

Result<bool> SimSite::start()
{
    std::optional<FileProfile> solar, load;
    if (!d->options.solarCsv.isEmpty()) {
        Result<FileProfile> r = ProfileFiles::readApisSolar(d->options.solarCsv);
        if (!r)
            return Result<bool>::failure(r.error());
        solar = std::move(r).value();
    }
    if (!d->options.loadCsv.isEmpty()) {
        Result<FileProfile> r = ProfileFiles::readLoad(d->options.loadCsv);
        if (!r)
            return Result<bool>::failure(r.error());
        load = std::move(r).value();
    }
    const qint64 now = d->clock->nowMs();
    const qint64 origin = now - qint64(d->options.historyDays) * 86'400'000LL;
    d->scheduler = std::make_unique<PowerScheduler>(kSchedulerId, SiteCatalog::kBuildingKDomainId, WeatherModel::siteZone(),
                                                    vendorExampleSchedule(), origin - origin % SiteModel::kStepMs);
    const SiteModel::GridConnection grid{d->options.connectionKw * 1000.0, d->options.exportLimitKw * 1000.0,
                                         d->options.gridEvents};
    d->site = std::make_unique<SiteModel>(d->options.seed, origin, WeatherModel(d->options.seed, solar),
                                          LoadModel(d->options.seed, load), d->scheduler.get(), grid);
    d->site->setExactForecast(d->options.exactForecast);
    d->engine = std::make_unique<QueryEngine>(*d->site, *d->clock);
    d->site->advanceTo(now);

    if (!d->options.statePath.isEmpty()) {
        const SimReply loaded = loadState(d->options.statePath);
        if (!loaded.ok())
            return Result<bool>::failure(QString::fromUtf8(
                QJsonDocument::fromJson(loaded.body).object().value(QStringLiteral("message")).toString().toUtf8()));
    }
    // Live progression: the site keeps simulating even when nobody asks.
    d->ticker.setInterval(1000);
    connect(&d->ticker, &QTimer::timeout, this, &SimSite::catchUp);
    d->ticker.start();
    return true;
}

SimClock &SimSite::clock()
{
    return *d->clock;
}

qint64 SimSite::nowMs() const
{
    return d->clock->nowMs();
}

void SimSite::catchUp()
{
    if (d->site)
        d->site->advanceTo(d->clock->nowMs());
}

SimReply SimSite::deviceQuery(const QUrlQuery &query)
{
    catchUp();
    return d->engine->deviceQuery(query);
}

SimReply SimSite::domainQuery(const QUrlQuery &query)
{
    catchUp();
    return d->engine->domainQuery(query);
}

SimReply SimSite::scheduler(int id)
{
    if (id != kSchedulerId)
        return SimReply::error(
            404, QStringLiteral("power scheduler %1 does not exist (building K's is %2)").arg(id).arg(kSchedulerId));
    catchUp();
    return SimReply::json(QJsonDocument(QJsonArray{d->scheduler->toJson(nowMs())}).toJson(QJsonDocument::Compact));
}

SimReply SimSite::patchScheduler(int id, const QByteArray &body)
{
    if (id != kSchedulerId)
        return SimReply::error(
            404, QStringLiteral("power scheduler %1 does not exist (building K's is %2)").arg(id).arg(kSchedulerId));
    catchUp();
    if (!m_patchNotApplied)
        return d->scheduler->patch(body, nowMs());
    // Accepted but not applied: the reply looks like success, the scheduler keeps its windows.
    PowerScheduler shadow(*d->scheduler);
    const SimReply reply = shadow.patch(body, nowMs());
    if (reply.ok())
        qCInfo(lcSimFaults) << "PATCH of the scheduler answered but not applied: patch_not_applied";
    return reply;
}

SimReply SimSite::schedulerHistory(int id, const QUrlQuery &query)
{
    if (id != kSchedulerId)
        return SimReply::error(
            404, QStringLiteral("power scheduler %1 does not exist (building K's is %2)").arg(id).arg(kSchedulerId));
    catchUp();
    const qint64 now = nowMs();
    qint64 from = now - 7 * 86'400'000LL;
    qint64 to = now + 1;
    for (const auto &[name, target] :
         {std::pair<QString, qint64 *>{QStringLiteral("start"), &from}, {QStringLiteral("stop"), &to}}) {
        const QString text = query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
        if (text.isEmpty())
            continue;
        const Result<qint64> t = QueryTime::parseMs(text, *d->clock);
        if (!t)
            return SimReply::error(400, name + QStringLiteral(": ") + t.error());
        *target = *t;
    }
    if (from >= to)
        return SimReply::error(400, QStringLiteral("start must be before stop"));
    return SimReply::json(QJsonDocument(d->scheduler->historyJson(from, to, now)).toJson(QJsonDocument::Compact));
}

double SimSite::acceleration() const
{
    return d->clock->acceleration();
}

void SimSite::setAcceleration(double factor)
{
    catchUp();
    d->clock->setAcceleration(factor);
}

SimReply SimSite::addEssUnit()
{
    catchUp();
    const QString name = d->site->addPomcube();
    return SimReply::json(QJsonDocument(QJsonObject{{QStringLiteral("added"), name}}).toJson(QJsonDocument::Compact));
}

SimReply SimSite::removeEssUnit()
{
    catchUp();
    QString name;
    if (!d->site->removePomcube(&name))
        return SimReply::error(400, QStringLiteral("the last scheduled battery unit cannot be removed"));
    return SimReply::json(QJsonDocument(QJsonObject{{QStringLiteral("removed"), name}}).toJson(QJsonDocument::Compact));
}

SimReply SimSite::saveState(const QString &path) const
{
    const QJsonObject state{
        {QStringLiteral("version"), kStateVersion},
        {QStringLiteral("seed"), QString::number(d->options.seed)},
        {QStringLiteral("sim_now"), QDateTime::fromMSecsSinceEpoch(d->clock->nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("acceleration"), d->clock->acceleration()},
        {QStringLiteral("scheduler"), d->scheduler->saveState()},
        {QStringLiteral("site"), d->site->saveState()}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0 || !file.commit())
        return SimReply::error(400, QStringLiteral("cannot write the state to %1: %2").arg(path, file.errorString()));
    return SimReply::json(QJsonDocument(QJsonObject{{QStringLiteral("saved"), path}}).toJson(QJsonDocument::Compact));
}

SimReply SimSite::loadState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SimReply::error(400, QStringLiteral("cannot read the state file %1: %2").arg(path, file.errorString()));
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return SimReply::error(400, QStringLiteral("%1 is not a saved emulator state: %2").arg(path, e.errorString()));
    const QJsonObject state = doc.object();
    if (state.value(QStringLiteral("version")).toInt() != kStateVersion)
        return SimReply::error(400,
                               QStringLiteral("%1 has state version %2; this emulator reads version %3")
                                   .arg(path)
                                   .arg(state.value(QStringLiteral("version")).toInt())
                                   .arg(kStateVersion));
    catchUp();
    // Check both parts on copies first, so a bad file changes nothing.
    QString why;
    PowerScheduler scheduler(*d->scheduler);
    if (!scheduler.loadState(state.value(QStringLiteral("scheduler")).toObject(), &why))
        return SimReply::error(400, QStringLiteral("%1: scheduler: %2").arg(path, why));
    if (!d->site->loadState(state.value(QStringLiteral("site")).toObject(), &why))
        return SimReply::error(400, QStringLiteral("%1: site: %2").arg(path, why));
    *d->scheduler = scheduler;
    if (const auto simNow = QueryTime::parseMs(state.value(QStringLiteral("sim_now")).toString(), *d->clock))
        d->clock->jumpTo(*simNow);
    d->clock->setAcceleration(state.value(QStringLiteral("acceleration")).toDouble(d->clock->acceleration()));
    catchUp();
    return SimReply::json(QJsonDocument(QJsonObject{{QStringLiteral("loaded"), path}}).toJson(QJsonDocument::Compact));
}

void SimSite::editScheduleBehindTheClientsBack()
{
    catchUp();
    Schedule changed = d->scheduler->schedule();
    // Another operator adds a midday charge, or nudges the first window when midday is taken.
    const ScheduleWindow midday{12 * 3600, 13 * 3600, 5000, {}};
    const bool free = std::none_of(changed.windows().cbegin(), changed.windows().cend(),
                                   [&](const ScheduleWindow &w) { return w.overlaps(midday); });
    if (free) {
        changed.append(midday);
    } else if (!changed.isEmpty()) {
        ScheduleWindow first = changed.at(0);
        first.powerW += first.powerW > 0 ? -1000 : 1000;
        if (first.powerW == 0)
            first.powerW = 1000;
        changed.replace(0, first);
    }
    qCInfo(lcSimFaults).noquote() << "windows changed behind the client's back:" << CronsCodec::encode(changed);
    d->scheduler->replaceBehindTheClientsBack(changed, nowMs());
}

SimReply SimSite::status() const
{
    QJsonArray units;
    for (const SiteModel::Battery &b : d->site->batteries()) {
        units.append(QJsonObject{{QStringLiteral("device"), d->site->devices().at(b.device).spec.name},
                                 {QStringLiteral("soc"), b.soc},
                                 {QStringLiteral("capacity_kwh"), b.capacityKWh},
                                 {QStringLiteral("scheduled"), b.scheduled},
                                 {QStringLiteral("online"), b.online}});
    }
    const QJsonObject o{
        {QStringLiteral("now"), QDateTime::fromMSecsSinceEpoch(d->clock->nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("acceleration"), d->clock->acceleration()},
        {QStringLiteral("history_start"),
         QDateTime::fromMSecsSinceEpoch(d->site->originMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("batteries"), units},
        {QStringLiteral("running"), d->scheduler->running(d->clock->nowMs())},
        {QStringLiteral("crons"), CronsCodec::encode(d->scheduler->schedule())},
        {QStringLiteral("patch_not_applied"), m_patchNotApplied}};
    return SimReply::json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<bool> SimSite::setGridVariables(const QList<CfosVariables::Variable> &variables, bool clear)
{
    catchUp();
    const Result<bool> set = m_gridVariables.set(variables, clear);
    if (set)
        d->site->setLiveAvail(m_gridVariables.value(u"AVAIL"));
    return set;
}

SimReply SimSite::gridStatus()
{
    catchUp();
    const qint64 now = nowMs();
    const SiteModel::LimitsInForce limits = d->site->limitsAt(now);
    const auto iso = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    const auto kw = [](double w) { return std::round(w) / 1000.0; };
    QJsonArray events;
    if (d->options.gridEvents) {
        const QTimeZone zone = WeatherModel::siteZone();
        const QDate first = QDateTime::fromMSecsSinceEpoch(d->site->originMs(), zone).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(now, zone).date().addDays(3);
        for (QDate date = first; date <= last; date = date.addDays(1)) {
            const qint64 day = QDate(1970, 1, 1).daysTo(date);
            for (const GridEvents::Event &e : GridEvents::onDay(day)) {
                const QDateTime from(date.addDays(e.fromMinute / 1440), QTime(0, 0).addSecs(e.fromMinute % 1440 * 60), zone);
                const QDateTime to(date.addDays(e.toMinute / 1440), QTime(0, 0).addSecs(e.toMinute % 1440 * 60), zone);
                QJsonObject o{{QStringLiteral("kind"), GridEvents::kindName(e.kind)},
                              {QStringLiteral("start"), iso(from.toMSecsSinceEpoch())},
                              {QStringLiteral("stop"), iso(to.toMSecsSinceEpoch())}};
                if (e.kind == GridEvents::Kind::ImportCap) {
                    o.insert(QStringLiteral("avail_percent"), e.value);
                    o.insert(QStringLiteral("import_cap_kw"), kw(d->options.connectionKw * 1000.0 * e.value / 100.0));
                } else {
                    o.insert(QStringLiteral("export_limit_kw"), e.value);
                }
                events.append(o);
            }
        }
    }
    QJsonArray overruns;
    for (const SiteModel::Overrun &o : d->site->overruns()) {
        overruns.append(QJsonObject{{QStringLiteral("start"), iso(o.startMs)},
                                    {QStringLiteral("stop"), iso(o.stopMs)},
                                    {QStringLiteral("import_cap_kw"), kw(o.capW)},
                                    {QStringLiteral("peak_import_kw"), kw(o.peakW)},
                                    {QStringLiteral("energy_above_cap_kwh"), std::round(o.energyKWh * 1000.0) / 1000.0}});
    }
    const std::optional<double> avail = d->site->liveAvail();
    const std::optional<double> tarif = m_gridVariables.value(u"TARIF");
    const QJsonObject o{{QStringLiteral("now"), iso(now)},
                        {QStringLiteral("connection_kw"), d->options.connectionKw},
                        {QStringLiteral("export_limit_kw"), d->options.exportLimitKw},
                        {QStringLiteral("events_enabled"), d->options.gridEvents},
                        {QStringLiteral("avail"), avail ? QJsonValue(*avail) : QJsonValue()},
                        {QStringLiteral("tarif"), tarif ? QJsonValue(*tarif) : QJsonValue()},
                        {QStringLiteral("import_cap_kw_now"), kw(limits.importCapW)},
                        {QStringLiteral("export_limit_kw_now"), kw(limits.exportLimitW)},
                        {QStringLiteral("variables"), m_gridVariables.toJson().value(QStringLiteral("vars"))},
                        {QStringLiteral("events"), events},
                        {QStringLiteral("overruns"), overruns}};
    return SimReply::json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
