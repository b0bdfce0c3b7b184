#include "cli/CliTariff.h"

#include "cli/AegisCli.h"
#include "cli/CliOptions.h"
#include "core/AppIdentity.h"
#include "core/NumberText.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliTariff {

namespace {

QByteArray document(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

QString monthDay(int month, int day)
{
    return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

constexpr TariffDayType kDayTypes[] = {TariffDayType::Weekday, TariffDayType::Saturday, TariffDayType::Sunday};

} // namespace

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString directory(const CliOptions &options)
{
    return options.isSet(QStringLiteral("tariff-dir")) ? options.value(QStringLiteral("tariff-dir"))
                                                       : AppIdentity::tariffDirectory();
}

TariffLibrary library(const CliOptions &options)
{
    return TariffLibrary(directory(options));
}

QByteArray listJson(const QList<TariffLibrary::Entry> &plans)
{
    QJsonArray out;
    for (const TariffLibrary::Entry &e : plans) {
        out.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("name"), e.name.isEmpty() ? QJsonValue() : QJsonValue(e.name)},
                               {QStringLiteral("source"), e.builtIn ? QStringLiteral("built-in") : QStringLiteral("file")},
                               {QStringLiteral("path"), e.path.isEmpty() ? QJsonValue() : QJsonValue(e.path)},
                               {QStringLiteral("error"), e.error.isEmpty() ? QJsonValue() : QJsonValue(e.error)}});
    }
    return document(out);
}

QByteArray listText(const QList<TariffLibrary::Entry> &plans)
{
    QString out;
    for (const TariffLibrary::Entry &e : plans) {
        const QString where =
            e.builtIn ? AegisCli::tr("built-in") : AegisCli::tr("file %1").arg(QDir::toNativeSeparators(e.path));
        out += e.error.isEmpty() ? AegisCli::tr("%1\t%2\t%3").arg(e.id, e.name, where)
                                 : AegisCli::tr("%1\t(cannot be used: %2)\t%3").arg(e.id, e.error, where);
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray showJson(const QString &id, const Tariff &tariff)
{
    QJsonArray seasons;
    for (const TariffSeason &s : tariff.seasons) {
        QJsonObject season{{QStringLiteral("id"), s.id},
                           {QStringLiteral("from"), monthDay(s.fromMonth, s.fromDay)},
                           {QStringLiteral("to"), monthDay(s.toMonth, s.toDay)},
                           {QStringLiteral("basic_charge_ntd_per_kw_month"), s.basicChargePerKwMonth}};
        for (const TariffDayType type : kDayTypes) {
            QJsonArray periods;
            for (const TariffPeriod &p : s.days.at(size_t(type))) {
                periods.append(QJsonObject{{QStringLiteral("period"), p.kind},
                                           {QStringLiteral("from"), minuteText(p.startMinute)},
                                           {QStringLiteral("to"), minuteText(p.endMinute)},
                                           {QStringLiteral("price_ntd_per_kwh"), p.price}});
            }
            season.insert(Tariff::dayTypeKey(type), periods);
        }
        seasons.append(season);
    }
    QJsonObject offPeak;
    for (const int year : tariff.offPeakDays.years()) {
        QJsonArray days;
        for (const QDate &d : tariff.offPeakDays.days(year))
            days.append(d.toString(Qt::ISODate));
        offPeak.insert(QString::number(year), days);
    }
    return document(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), tariff.name},
                                {QStringLiteral("source"), tariff.source},
                                {QStringLiteral("effective"), tariff.effective.toString(Qt::ISODate)},
                                {QStringLiteral("feed_in_ntd_per_kwh"), tariff.feedInRate},
                                {QStringLiteral("contract_kw"), tariff.contractKw},
                                {QStringLiteral("seasons"), seasons},
                                {QStringLiteral("off_peak_days"), offPeak}});
}

QByteArray showText(const QString &id, const Tariff &tariff)
{
    QString out = AegisCli::tr("%1 (%2)\n").arg(tariff.name, id);
    out += AegisCli::tr("Source: %1\n").arg(tariff.source);
    out += AegisCli::tr("In force from: %1\n").arg(tariff.effective.toString(Qt::ISODate));
    out += AegisCli::tr("Feed-in: %1 NT$/kWh\n").arg(NumberText::shortest(tariff.feedInRate));
    out += tariff.contractKw > 0 ? AegisCli::tr("Contract: %1 kW\n").arg(NumberText::shortest(tariff.contractKw))
                                 : AegisCli::tr("Contract: not set\n");
    for (const TariffSeason &s : tariff.seasons) {
        out += AegisCli::tr("\nSeason %1, %2 to %3; basic charge %4 NT$/kW/month\n")
                   .arg(s.id, monthDay(s.fromMonth, s.fromDay), monthDay(s.toMonth, s.toDay),
                        NumberText::shortest(s.basicChargePerKwMonth));
        for (const TariffDayType type : kDayTypes) {
            out += QStringLiteral("  %1:\n").arg(Tariff::dayTypeName(type));
            for (const TariffPeriod &p : s.days.at(size_t(type)))
                out += AegisCli::tr("    %1–%2  %3  %4 NT$/kWh\n")
                           .arg(minuteText(p.startMinute), minuteText(p.endMinute), Tariff::periodName(p.kind),
                                NumberText::shortest(p.price));
        }
    }
    QStringList years;
    for (const int year : tariff.offPeakDays.years())
        years << AegisCli::tr("%1 (%n day(s))", nullptr, int(tariff.offPeakDays.days(year).size())).arg(year);
    out += years.isEmpty() ? AegisCli::tr("\nOff-peak days: none known; days are billed by the day of the week.\n")
                           : AegisCli::tr("\nOff-peak days known for: %1; other years are billed by the day of the week.\n")
                                 .arg(years.join(QStringLiteral(", ")));
    return out.toUtf8();
}

} // namespace CliTariff
