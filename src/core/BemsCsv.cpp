#include "core/BemsCsv.h"

#include "core/NumberText.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>
#include <cmath>
#include <optional>

namespace {

constexpr int kMinutesPerDay = 1440;
const QLatin1String kTotal("total_load(kW)");
const QLatin1String kPv("PV_generate(kW)");
const QLatin1String kNet("net_load(kW)");
const QLatin1String kTime("TIME");

QString at(const QString &file, qsizetype line, const QString &problem)
{
    return QStringLiteral("%1:%2: %3").arg(file, QString::number(line), problem);
}

// Comma-separated fields, trimmed and unquoted.
QList<QStringView> splitFields(QStringView line)
{
    QList<QStringView> fields = line.split(QLatin1Char(','));
    for (QStringView &field : fields) {
        field = field.trimmed();
        if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
            field = field.sliced(1, field.size() - 2).trimmed();
    }
    return fields;
}

// The number of AMI columns when `header` is the format's header.
std::optional<int> amiColumns(const QList<QStringView> &header)
{
    const qsizetype n = header.size() - 4;
    if (n < 0 || n > BemsCsv::kMaxAmiColumns)
        return std::nullopt;
    for (qsizetype i = 0; i < n; ++i) {
        if (header.at(i).compare(QStringLiteral("AMI_%1").arg(i + 1), Qt::CaseInsensitive) != 0)
            return std::nullopt;
    }
    const QLatin1String tail[] = {kTotal, kPv, kNet, kTime};
    for (int i = 0; i < 4; ++i) {
        if (header.at(n + i).compare(tail[i], Qt::CaseInsensitive) != 0)
            return std::nullopt;
    }
    return int(n);
}

std::optional<double> toNumber(QStringView field)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"));
    if (!pattern.match(field.toString()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = field.toString().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Quarter-hours since the Julian day 0: day × 96 + quarter of the day.
qint64 slotOf(QDate date, int minuteOfDay)
{
    return date.toJulianDay() * (kMinutesPerDay / BemsCsv::kStepMinutes) + minuteOfDay / BemsCsv::kStepMinutes;
}

QString slotText(qint64 slot)
{
    constexpr qint64 perDay = kMinutesPerDay / BemsCsv::kStepMinutes;
    const qint64 day = slot >= 0 ? slot / perDay : (slot - perDay + 1) / perDay;
    return BemsCsv::timeText(QDate::fromJulianDay(day), int(slot - day * perDay) * BemsCsv::kStepMinutes);
}

// Each row must follow the one before by exactly one quarter-hour.
std::optional<QString> sequenceProblem(qint64 previous, qint64 slot)
{
    if (slot == previous)
        return BemsCsv::tr("the time %1 repeats the row before").arg(slotText(slot));
    if (slot < previous)
        return BemsCsv::tr("the time %1 is before the row before (%2)").arg(slotText(slot), slotText(previous));
    if (slot > previous + 1)
        return BemsCsv::tr("gap in the data: expected %1, found %2").arg(slotText(previous + 1), slotText(slot));
    return std::nullopt;
}

struct LocalTime
{
    QDate date;
    int minuteOfDay = 0;
};

// "2020/5/2 00:15" (also "2020-05-02 0:15:00"); std::nullopt when it is no time at all.
std::optional<LocalTime> parseTime(QStringView field)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})[/-](\d{1,2})[/-](\d{1,2}) (\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    const QRegularExpressionMatch m = re.match(field.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return LocalTime{date, hour * 60 + minute + (second > 0 ? kMinutesPerDay : 0)}; // seconds: off the quarter
}

QString columnName(QStringView name)
{
    return BemsCsv::tr("column \"%1\"").arg(name.toString());
}

} // namespace

QString BemsCsv::timeText(QDate date, int minuteOfDay)
{
    // Four digits of year, as the reader wants them (a year before 1000 keeps its zeros).
    return QStringLiteral("%1/%2/%3 %4:%5")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month())
        .arg(date.day())
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

Result<QByteArray> BemsCsv::write(const Table &table)
{
    using R = Result<QByteArray>;
    if (table.amiCount < 0 || table.amiCount > kMaxAmiColumns)
        return R::failure(tr("a BEMS file has 0 to %1 AMI columns, not %2").arg(kMaxAmiColumns).arg(table.amiCount));
    QByteArray out;
    for (int i = 1; i <= table.amiCount; ++i)
        out += "AMI_" + QByteArray::number(i) + ',';
    out += "total_load(kW),PV_generate(kW),net_load(kW),TIME\n";
    const auto number = [&out](double kw) {
        // To the watt; beyond 1e12 kW a double holds no watts to round to, and kw × 1000 could
        // overflow to infinity, which no reader takes.
        const double rounded = std::abs(kw) < 1e12 ? std::round(kw * 1000.0) / 1000.0 : kw;
        NumberText::appendShortest(out, rounded == 0 ? 0.0 : rounded);
        out += ',';
    };
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const Row &row = table.rows.at(i);
        const QString when = timeText(row.date, row.minuteOfDay);
        if (!row.date.isValid() || row.minuteOfDay < 0 || row.minuteOfDay >= kMinutesPerDay
            || row.minuteOfDay % kStepMinutes != 0)
            return R::failure(tr("row %1: %2 is not the start of a quarter-hour").arg(i + 1).arg(when));
        if (row.amiKw.size() != table.amiCount)
            return R::failure(tr("row %1 (%2): %3 AMI values, the header has %4")
                                  .arg(i + 1)
                                  .arg(when)
                                  .arg(row.amiKw.size())
                                  .arg(table.amiCount));
        if (i > 0) {
            const Row &before = table.rows.at(i - 1);
            if (const auto problem = sequenceProblem(slotOf(before.date, before.minuteOfDay), slotOf(row.date, row.minuteOfDay)))
                return R::failure(tr("row %1: %2").arg(i + 1).arg(*problem));
        }
        QList<double> figures = row.amiKw;
        figures << row.totalLoadKw << row.pvKw << row.netLoadKw;
        for (const double kw : std::as_const(figures)) {
            if (!std::isfinite(kw))
                return R::failure(tr("row %1 (%2): a figure is not a finite number").arg(i + 1).arg(when));
            number(kw);
        }
        out += when.toLatin1() + '\n';
    }
    return out;
}

Result<bool> BemsCsv::save(const QString &path, const Table &table)
{
    const Result<QByteArray> text = write(table);
    if (!text)
        return Result<bool>::failure(text.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return Result<bool>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool BemsCsv::isHeader(QStringView line)
{
    if (line.startsWith(QChar(0xFEFF)))
        line = line.sliced(1);
    return amiColumns(splitFields(line.trimmed())).has_value();
}

Result<BemsCsv::Table> BemsCsv::parse(const QByteArray &bytes, const QString &name)
{
    using R = Result<Table>;
    if (bytes.size() > kMaxFileBytes)
        return R::failure(at(name, 1, tr("the file is %1 bytes; at most %2 are read").arg(bytes.size()).arg(kMaxFileBytes)));
    // fromUtf8 drops a leading UTF-8 BOM.
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return R::failure(at(name, 1, tr("the file is empty")));
    const QList<QStringView> header = splitFields(lines.constFirst());
    const std::optional<int> ami = amiColumns(header);
    if (!ami) {
        return R::failure(at(name, 1,
                             tr("not a BEMS header: expected AMI_1,…,AMI_n,total_load(kW),PV_generate(kW),net_load(kW),TIME "
                                "(n from 0 to %1)")
                                 .arg(kMaxAmiColumns)));
    }
    if (lines.size() < 2)
        return R::failure(at(name, 2, tr("no data rows after the header")));
    if (lines.size() - 1 > kMaxRows)
        return R::failure(at(name, kMaxRows + 2, tr("more than %1 rows; at most %1 are read").arg(kMaxRows)));

    Table table;
    table.amiCount = *ami;
    table.rows.reserve(lines.size() - 1);
    const qsizetype columns = header.size();
    qint64 previous = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QStringView> fields = splitFields(lines.at(i));
        if (fields.size() != columns)
            return R::failure(at(name, i + 1, tr("expected %1 values, found %2").arg(columns).arg(fields.size())));
        const QStringView timeField = fields.at(columns - 1);
        const std::optional<LocalTime> time = parseTime(timeField);
        if (!time) {
            return R::failure(at(name, i + 1,
                                 tr("%1: \"%2\" is not a time like 2020/5/2 00:15")
                                     .arg(columnName(header.at(columns - 1)), timeField.toString())));
        }
        if (time->minuteOfDay % kStepMinutes != 0 || time->minuteOfDay >= kMinutesPerDay)
            return R::failure(at(name, i + 1, tr("the time %1 is not the start of a quarter-hour").arg(timeField.toString())));
        const qint64 slot = slotOf(time->date, time->minuteOfDay);
        if (i > 1) {
            if (const auto problem = sequenceProblem(previous, slot))
                return R::failure(at(name, i + 1, *problem));
        }
        previous = slot;
        Row row;
        row.date = time->date;
        row.minuteOfDay = time->minuteOfDay;
        for (qsizetype c = 0; c + 1 < columns; ++c) {
            const QStringView field = fields.at(c);
            if (field.isEmpty())
                return R::failure(at(name, i + 1, tr("%1: empty value").arg(columnName(header.at(c)))));
            const std::optional<double> kw = toNumber(field);
            if (!kw) {
                return R::failure(
                    at(name, i + 1, tr("%1: \"%2\" is not a number").arg(columnName(header.at(c)), field.toString())));
            }
            if (c == *ami && *kw < 0)
                return R::failure(at(name, i + 1, tr("%1: negative load (%2)").arg(columnName(header.at(c)), field.toString())));
            if (c == *ami + 1 && *kw < 0)
                return R::failure(
                    at(name, i + 1, tr("%1: negative PV generation (%2)").arg(columnName(header.at(c)), field.toString())));
            if (c < *ami)
                row.amiKw.append(*kw);
            else if (c == *ami)
                row.totalLoadKw = *kw;
            else if (c == *ami + 1)
                row.pvKw = *kw;
            else
                row.netLoadKw = *kw;
        }
        table.rows.append(std::move(row));
    }
    return table;
}

Result<BemsCsv::Table> BemsCsv::read(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    if (name.isEmpty())
        name = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Table>::failure(tr("%1: cannot open the file: %2").arg(name, file.errorString()));
    if (file.size() > kMaxFileBytes) {
        return Result<Table>::failure(
            at(name, 1, tr("the file is %1 bytes; at most %2 are read").arg(file.size()).arg(kMaxFileBytes)));
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<Table>::failure(tr("%1: cannot read the file: %2").arg(name, file.errorString()));
    return parse(bytes, name);
}
