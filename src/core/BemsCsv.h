#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The energy-trading platform's ABRI_BEMS powerdata file (docs/tariffs.md "BEMS files"): one
// row per quarter-hour, header `AMI_1,…,AMI_n,total_load(kW),PV_generate(kW),net_load(kW),TIME`,
// powers in kW, TIME the local wall-clock start of the quarter-hour written as the platform's
// sample writes it (`2020/5/2 00:15`: no leading zeros in month and day, two-digit hours).
// Reading is bounded (file size, rows, columns) and refuses a bad file with its line and reason.
class BemsCsv final
{
    Q_DECLARE_TR_FUNCTIONS(BemsCsv)

public:
    static constexpr qint64 kMaxFileBytes = 32LL * 1024 * 1024;
    static constexpr qsizetype kMaxRows = 10 * 366 * 96; // ten years of quarter-hours
    static constexpr int kMaxAmiColumns = 64;
    static constexpr int kStepMinutes = 15;

    struct Row
    {
        QDate date; // local wall clock
        int minuteOfDay = 0; // start of the quarter-hour: 0, 15, ..., 1425
        QList<double> amiKw; // AMI_1..AMI_n
        double totalLoadKw = 0;
        double pvKw = 0;
        double netLoadKw = 0; // total load − PV; below 0 when the site exports

        friend bool operator==(const Row &, const Row &) = default;
    };

    struct Table
    {
        int amiCount = 0; // n of AMI_1..AMI_n; every row has as many
        QList<Row> rows; // one quarter-hour apart, in time order

        friend bool operator==(const Table &, const Table &) = default;
    };

    // The file's text. Figures are written to the watt (three decimals of kW, trailing zeros
    // dropped). Refused: rows with another number of AMI values, times off the quarter-hour or
    // not one quarter-hour after the row before, non-finite figures.
    static Result<QByteArray> write(const Table &table);
    // Writes atomically (QSaveFile).
    static Result<bool> save(const QString &path, const Table &table);

    // Whether a first line is this format's header (AMI columns, the three kW columns, TIME).
    static bool isHeader(QStringView line);
    // `name` is the file name messages start with ("bems.csv:7: gap in the data: ...").
    static Result<Table> parse(const QByteArray &bytes, const QString &name);
    static Result<Table> read(const QString &path);

    // "2020/5/2 00:15".
    static QString timeText(QDate date, int minuteOfDay);
};
