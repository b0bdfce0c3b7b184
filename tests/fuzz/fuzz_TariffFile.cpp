// Fuzz target for the tariff plan files an operator writes or edits by hand (core/TariffFile,
// docs/tariffs.md "Files"). Any bytes give a plan or a reason; a plan that reads is written
// again and reads back the same, and every price lookup on it finds a period (FuzzTarget.h says
// how it is built; corpus/tariff_file/ its inputs).

#include "FuzzTarget.h"

#include "core/Tariff.h"
#include "core/TariffFile.h"

#include <QTimeZone>
#include <cmath>

namespace {

using Fuzz::require;

// Each day type of each season covers 00:00–24:00 once, in order, with finite prices.
bool coversTheDay(const QList<TariffPeriod> &periods)
{
    int minute = 0;
    for (const TariffPeriod &p : periods) {
        if (p.startMinute != minute || p.endMinute <= p.startMinute || !std::isfinite(p.price) || p.price < 0)
            return false;
        minute = p.endMinute;
    }
    return minute == 24 * 60;
}

void checkPlan(const Tariff &tariff, const QTimeZone &zone)
{
    for (const TariffSeason &season : tariff.seasons) {
        for (int type = 0; type < kTariffDayTypes; ++type)
            require(coversTheDay(tariff.periods(season.id, TariffDayType(type))));
    }
    // A day in every month of a year the calendar may know, and both edges of a day.
    for (int month = 1; month <= 12; ++month) {
        const QDate date(2026, month, month * 2);
        require(tariff.season(date) != nullptr);
        require(coversTheDay(tariff.periods(date)));
        for (const QTime time : {QTime(0, 0), QTime(9, 7), QTime(23, 59, 59)}) {
            const TariffPrice price = tariff.priceAt(QDateTime(date, time, zone), zone);
            require(std::isfinite(price.price()) && price.price() >= 0);
            const TariffPrice reduced = tariff.priceAt(QDateTime(date, time, zone), zone, TariffFlag::Reduced);
            require(reduced.price() <= price.price());
        }
        const double basic = tariff.basicCharge(date, 123.4);
        require(std::isfinite(basic) && basic >= 0);
    }
}

} // namespace

AEGIS_FUZZ_TARGET(tariff_file)
{
    Fuzz::ensureApplication();
    static const QTimeZone taipei("Asia/Taipei");
    const QByteArray json = Fuzz::bytes(data, size);
    const Result<Tariff> tariff = TariffFile::fromJson(json, QStringLiteral("plan.json"));
    require(tariff.ok() == tariff.error().isEmpty());
    if (!tariff) {
        require(tariff.error().startsWith(QStringLiteral("plan.json")));
        return 0;
    }
    checkPlan(*tariff, taipei);
    // Written again, the plan reads back exactly.
    const Result<Tariff> again = TariffFile::fromJson(TariffFile::toJson(*tariff), QStringLiteral("again.json"));
    require(again.ok());
    require(*again == *tariff);
    return 0;
}
