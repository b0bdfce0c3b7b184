#include "core/GridBill.h"

#include "core/DayProfile.h"

#include <algorithm>
#include <cmath>

namespace {

double orZero(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

QDate periodStart(const QDate &date, GridBill::Every every)
{
    return every == GridBill::Every::Month ? QDate(date.year(), date.month(), 1) : date;
}

} // namespace

QList<BillPeriod> GridBill::bill(const QList<MeteredStep> &steps, const Tariff &tariff, const QTimeZone &zone, Every every,
                                 const QDate &from, const QDate &to)
{
    QList<BillPeriod> periods;
    if (!from.isValid() || !to.isValid() || to < from)
        return periods;
    for (QDate d = periodStart(from, every); d <= to; d = every == Every::Month ? d.addMonths(1) : d.addDays(1)) {
        BillPeriod p;
        p.first = std::max(d, from);
        p.last = std::min(every == Every::Month ? d.addMonths(1).addDays(-1) : d, to);
        periods.append(p);
    }
    for (const MeteredStep &s : steps) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.startMs, zone);
        const QDate date = start.date();
        if (date < from || date > to)
            continue;
        const auto it = std::find_if(periods.begin(), periods.end(),
                                     [&date](const BillPeriod &p) { return date >= p.first && date <= p.last; });
        if (it == periods.end())
            continue;
        BillPeriod &p = *it;
        if (!std::isfinite(s.importKWh)) {
            ++p.missingSteps;
            continue;
        }
        const double price = tariff.priceAt(start, zone).price();
        const double import = std::max(0.0, s.importKWh);
        const double exported = std::max(0.0, orZero(s.exportKWh));
        const double charge = std::max(0.0, orZero(s.chargeKWh));
        const double discharge = std::max(0.0, orZero(s.dischargeKWh));
        ++p.steps;
        p.importKWh += import;
        p.exportKWh += exported;
        p.chargeKWh += charge;
        p.dischargeKWh += discharge;
        p.importCost += import * price;
        p.exportCredit += exported * tariff.feedInRate;
        if (import / kStepHours > p.peakImportKw) {
            p.peakImportKw = import / kStepHours;
            p.peakStartMs = s.startMs;
        }
        // Without the battery the site would have drawn what it discharged and not what it
        // charged: a discharge removed first takes back export, a charge removed first import.
        double importWithout = import;
        double exportWithout = exported;
        const double moreDrawn = discharge - charge;
        if (moreDrawn > 0) {
            const double fromExport = std::min(exportWithout, moreDrawn);
            exportWithout -= fromExport;
            importWithout += moreDrawn - fromExport;
        } else {
            const double fromImport = std::min(importWithout, -moreDrawn);
            importWithout -= fromImport;
            exportWithout += -moreDrawn - fromImport;
        }
        p.importKWhWithoutBattery += importWithout;
        p.exportKWhWithoutBattery += exportWithout;
        p.importCostWithoutBattery += importWithout * price;
        p.exportCreditWithoutBattery += exportWithout * tariff.feedInRate;
        p.peakImportKwWithoutBattery = std::max(p.peakImportKwWithoutBattery, importWithout / kStepHours);
    }
    return periods;
}

BillPeriod GridBill::total(const QList<BillPeriod> &periods)
{
    BillPeriod t;
    for (const BillPeriod &p : periods) {
        if (!t.first.isValid())
            t.first = p.first;
        t.last = p.last;
        t.steps += p.steps;
        t.missingSteps += p.missingSteps;
        t.importKWh += p.importKWh;
        t.exportKWh += p.exportKWh;
        t.chargeKWh += p.chargeKWh;
        t.dischargeKWh += p.dischargeKWh;
        t.importCost += p.importCost;
        t.exportCredit += p.exportCredit;
        if (p.peakImportKw > t.peakImportKw) {
            t.peakImportKw = p.peakImportKw;
            t.peakStartMs = p.peakStartMs;
        }
        t.importKWhWithoutBattery += p.importKWhWithoutBattery;
        t.exportKWhWithoutBattery += p.exportKWhWithoutBattery;
        t.importCostWithoutBattery += p.importCostWithoutBattery;
        t.exportCreditWithoutBattery += p.exportCreditWithoutBattery;
        t.peakImportKwWithoutBattery = std::max(t.peakImportKwWithoutBattery, p.peakImportKwWithoutBattery);
    }
    return t;
}
