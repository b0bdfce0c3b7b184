#pragma once

#include "core/Result.h"
#include "core/Tariff.h"
#include "core/TariffLibrary.h"

#include <QByteArray>
#include <QString>

class CliOptions;

// `aegis-cli tariff list` and `tariff show NAME`, and the plan the cost commands price with:
// the built-in plans and the operator's files in --tariff-dir (by default the folder the app
// keeps them in, AppIdentity::tariffDirectory()).
namespace CliTariff {

// The plan the priced commands use when --tariff is not given (schedule suggest only).
inline QString defaultId()
{
    return QStringLiteral("taipower-hv-three-period");
}

QString directory(const CliOptions &options);
TariffLibrary library(const CliOptions &options);

QByteArray listJson(const QList<TariffLibrary::Entry> &plans);
QByteArray listText(const QList<TariffLibrary::Entry> &plans);
QByteArray showJson(const QString &id, const Tariff &tariff);
QByteArray showText(const QString &id, const Tariff &tariff);

// "HH:MM" of a minute of the day, 1440 as "24:00".
QString minuteText(int minute);

} // namespace CliTariff
