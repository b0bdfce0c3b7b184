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

} // namespace NumberText
