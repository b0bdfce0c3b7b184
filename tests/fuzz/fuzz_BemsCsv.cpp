// Fuzz target for the trading platform's ABRI_BEMS files (core/BemsCsv, docs/tariffs.md "BEMS
// files"), which `aegis-sim --load-csv` reads from wherever an operator got them. Any bytes give
// a table or a reason; a table that reads holds what the format promises, is written again and
// reads back to the same text (FuzzTarget.h says how it is built; corpus/bems_csv/ its inputs).

#include "FuzzTarget.h"

#include "core/BemsCsv.h"

#include <cmath>

namespace {

using Fuzz::require;

void checkTable(const BemsCsv::Table &table)
{
    require(!table.rows.isEmpty() && table.rows.size() <= BemsCsv::kMaxRows);
    require(table.amiCount >= 0 && table.amiCount <= BemsCsv::kMaxAmiColumns);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const BemsCsv::Row &row = table.rows.at(i);
        require(row.date.isValid());
        require(row.minuteOfDay >= 0 && row.minuteOfDay < 24 * 60 && row.minuteOfDay % BemsCsv::kStepMinutes == 0);
        require(row.amiKw.size() == table.amiCount);
        for (const double v : row.amiKw)
            require(std::isfinite(v));
        require(std::isfinite(row.totalLoadKw) && row.totalLoadKw >= 0);
        require(std::isfinite(row.pvKw) && row.pvKw >= 0);
        require(std::isfinite(row.netLoadKw));
        if (i > 0) {
            const BemsCsv::Row &before = table.rows.at(i - 1);
            const qint64 step =
                (row.date.toJulianDay() - before.date.toJulianDay()) * 24 * 60 + row.minuteOfDay - before.minuteOfDay;
            require(step == BemsCsv::kStepMinutes);
        }
    }
}

} // namespace

AEGIS_FUZZ_TARGET(bems_csv)
{
    Fuzz::ensureApplication();
    const QByteArray bytes = Fuzz::bytes(data, size);
    const Result<BemsCsv::Table> table = BemsCsv::parse(bytes, QStringLiteral("bems.csv"));
    require(table.ok() == table.error().isEmpty());
    if (!table) {
        require(table.error().startsWith(QStringLiteral("bems.csv")));
        return 0;
    }
    checkTable(*table);
    // Written again (to the watt), it reads back, and writing that gives the same text.
    const Result<QByteArray> text = BemsCsv::write(*table);
    require(text.ok());
    const Result<BemsCsv::Table> again = BemsCsv::parse(*text, QStringLiteral("again.csv"));
    require(again.ok());
    require(again->amiCount == table->amiCount && again->rows.size() == table->rows.size());
    const Result<QByteArray> textAgain = BemsCsv::write(*again);
    require(textAgain.ok() && *textAgain == *text);
    require(BemsCsv::isHeader(QString::fromUtf8(text->left(text->indexOf('\n')))));
    return 0;
}
