#pragma once

#include <QByteArray>
#include <QString>

// Numbers as files and scripts read them: the shortest text that reads back as the same double
// (0.1 + 0.2 is "0.30000000000000004", 1000.5 is "1000.5"), '.' whatever the locale, never in
// exponent form (100000 W is "100000", not Qt's "1e+05"), -0 as "0", infinities as "inf" and
// "-inf". NaN is this project's null (TimeSeries::null()): it has no text.
// The one number writer of the CSV exports and of aegis-cli.
namespace NumberText {

QString shortest(double value);
void appendShortest(QByteArray &out, double value);
// The value rounded half away from zero to `decimals` places (-1: as it is), for files that
// should not carry a measurement's float noise: 3.2239999999999998 kW to 3 places is "3.224".
double rounded(double value, int decimals);
void appendRounded(QByteArray &out, double value, int decimals);

} // namespace NumberText
