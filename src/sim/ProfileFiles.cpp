#include "sim/ProfileFiles.h"

#include "core/BemsCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

namespace {

constexpr int kMinutesPerDay = 1440;
constexpr int kApisDays = 365;
constexpr int kApisLeapDays = 366;
constexpr int kSolarValuesPerDay = 24;
constexpr int kLoadValuesPerHousehold = 48;
constexpr int kBemsStepMinutes = 15;
constexpr int kBemsSlotsPerDay = kMinutesPerDay / kBemsStepMinutes;
constexpr double kWattsPerKilowatt = 1000.0;

// A text file as lines, without what spreadsheets add: a UTF-8 BOM, CR before LF,
// blank lines at the end.
struct TextLines
{
    QString name; // the file name, for messages
    QStringList lines; // lines[i] is line i + 1
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

// "file:line: problem", the shape every reader error has.
QString at(const QString &file, qsizetype line, const QString &problem)
{
    return QStringLiteral("%1:%2: %3").arg(file, QString::number(line), problem);
}

// A file's bytes as lines; `name` stands for the file in messages.
Result<TextLines> linesOf(const QByteArray &bytes, const QString &name)
{
    TextLines text{name, {}};
    // fromUtf8 drops a leading UTF-8 BOM (tst_ProfileFiles checks that it stays so).
    text.lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (QString &line : text.lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!text.lines.isEmpty() && text.lines.constLast().trimmed().isEmpty())
        text.lines.removeLast();
    if (text.lines.isEmpty())
        return Result<TextLines>::failure(at(text.name, 1, ProfileFiles::tr("the file is empty")));
    return text;
}

Result<TextLines> readLines(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    if (name.isEmpty())
        name = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<TextLines>::failure(ProfileFiles::tr("%1: cannot open the file: %2").arg(name, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Result<TextLines>::failure(ProfileFiles::tr("%1: cannot read the file: %2").arg(name, file.errorString()));
    }
    return linesOf(bytes, name);
}

// Comma-separated fields, trimmed and unquoted; a blank line has none. Views into `line`,
// so a load file of 100 households does not allocate a string per value.
QList<QStringView> splitFields(const QString &line)
{
    if (line.trimmed().isEmpty())
        return {};
    QList<QStringView> fields = QStringView(line).split(QLatin1Char(','));
    for (QStringView &field : fields) {
        field = field.trimmed();
        if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
            field = field.sliced(1, field.size() - 2).trimmed();
    }
    return fields;
}

// A plain decimal number (C locale). std::from_chars, because QString::toDouble makes a
// 100-household load file (1.75 M values) take a second to read.
std::optional<double> toNumber(QStringView field)
{
    if (field.startsWith(QLatin1Char('+')))
        field = field.sliced(1);
    std::array<char, 64> ascii{};
    if (field.isEmpty() || field.size() > qsizetype(ascii.size()))
        return std::nullopt;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i).unicode() > 0x7F)
            return std::nullopt;
        ascii[i] = char(field.at(i).unicode());
    }
    double value = 0;
    const char *end = ascii.data() + field.size();
    const auto [stop, error] = std::from_chars(ascii.data(), end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

enum class Quantity { Irradiance, Load };

QString negativeProblem(Quantity quantity, const QString &column, const QString &field)
{
    if (quantity == Quantity::Irradiance) {
        //: %1 names the column ("column 5"), %2 is the value as written in the file
        return ProfileFiles::tr("%1: negative irradiance (%2)").arg(column, field);
    }
    //: %1 names the column ("column 5"), %2 is the value as written in the file
    return ProfileFiles::tr("%1: negative load (%2)").arg(column, field);
}

QString tooLargeProblem(const QString &column, QStringView field)
{
    //: %1 names the column ("column 5"), %2 is the value as written in the file
    return ProfileFiles::tr("%1: the value %2 is too large").arg(column, field.toString());
}

// One non-negative value; the error names the column, whose name is only made on error.
template <typename ColumnName> Result<double> readValue(QStringView field, ColumnName column, Quantity quantity)
{
    if (field.isEmpty())
        return Result<double>::failure(ProfileFiles::tr("%1: empty value").arg(column()));
    const std::optional<double> value = toNumber(field);
    if (!value) {
        //: %1 names the column ("column 5"), %2 is the text found there
        return Result<double>::failure(ProfileFiles::tr("%1: \"%2\" is not a number").arg(column(), field.toString()));
    }
    if (*value < 0)
        return Result<double>::failure(negativeProblem(quantity, column(), field.toString()));
    return *value;
}

QString columnName(qsizetype index)
{
    return ProfileFiles::tr("column %1").arg(index + 1);
}

// What tells the two apis-emulator files apart.
struct ApisFormat
{
    int valuesPerDay; // per household for load
    bool households; // columns continue per household
    int stepMinutes;
    double scale; // file unit to profile unit
    Quantity quantity;
};

QString rowCountProblem(qsizetype found)
{
    return ProfileFiles::tr("expected %1 rows (or %2 in a leap year), found %3").arg(kApisDays).arg(kApisLeapDays).arg(found);
}

// The first row fixes how many households a load file has.
Result<qsizetype> apisColumnCount(const TextLines &text, const ApisFormat &format)
{
    const qsizetype found = splitFields(text.lines.constFirst()).size();
    if (!format.households)
        return qsizetype(format.valuesPerDay);
    if (found == 0 || found % format.valuesPerDay != 0) {
        return Result<qsizetype>::failure(
            at(text.name, 1,
               ProfileFiles::tr("expected a multiple of %1 values (%1 half-hours per household), found %2")
                   .arg(format.valuesPerDay)
                   .arg(found)));
    }
    return found;
}

Result<FileProfile> readApis(const TextLines &text, const ApisFormat &format)
{
    const Result<qsizetype> columns = apisColumnCount(text, format);
    if (!columns)
        return Result<FileProfile>::failure(columns.error());
    const qsizetype rows = text.lines.size();
    FileProfile profile;
    profile.stepMinutes = format.stepMinutes;
    profile.source = text.name;
    for (qsizetype i = 0; i < rows; ++i) {
        if (i == kApisLeapDays)
            return Result<FileProfile>::failure(at(text.name, i + 1, rowCountProblem(rows)));
        const QList<QStringView> fields = splitFields(text.lines.at(i));
        if (fields.size() != *columns) {
            return Result<FileProfile>::failure(
                at(text.name, i + 1, ProfileFiles::tr("expected %1 values, found %2").arg(*columns).arg(fields.size())));
        }
        QList<double> day(format.valuesPerDay, 0.0);
        for (qsizetype c = 0; c < fields.size(); ++c) {
            const Result<double> value = readValue(
                fields.at(c), [c] { return columnName(c); }, format.quantity);
            if (!value)
                return Result<FileProfile>::failure(at(text.name, i + 1, value.error()));
            double &slot = day[c % format.valuesPerDay];
            slot += *value * format.scale;
            if (!std::isfinite(slot)) // kW as W, or households summed, beyond a double
                return Result<FileProfile>::failure(at(text.name, i + 1, tooLargeProblem(columnName(c), fields.at(c))));
        }
        profile.days.append(day);
    }
    if (rows < kApisDays)
        return Result<FileProfile>::failure(at(text.name, rows, rowCountProblem(rows)));
    return profile;
}

ApisFormat solarFormat()
{
    return {kSolarValuesPerDay, false, kMinutesPerDay / kSolarValuesPerDay, 1.0, Quantity::Irradiance};
}

ApisFormat loadFormat()
{
    return {kLoadValuesPerHousehold, true, kMinutesPerDay / kLoadValuesPerHousehold, kWattsPerKilowatt, Quantity::Load};
}

// The BEMS columns that matter, found by header name.
struct BemsColumns
{
    qsizetype time = -1;
    qsizetype load = -1;
    QString loadName;
    qsizetype count = 0;
};

qsizetype findColumn(const QList<QStringView> &header, QLatin1String name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Result<BemsColumns> bemsColumns(const TextLines &text)
{
    const QList<QStringView> header = splitFields(text.lines.constFirst());
    BemsColumns columns;
    columns.count = header.size();
    for (const QLatin1String name : {QLatin1String("TIME"), QLatin1String("inserted_at")}) {
        if (columns.time < 0)
            columns.time = findColumn(header, name);
    }
    // The load column in order of preference (the platform's powerdata examples).
    for (const QLatin1String name :
         {QLatin1String("total_load(kW)"), QLatin1String("grid_power"), QLatin1String("net_load(kW)")}) {
        if (columns.load < 0) {
            columns.load = findColumn(header, name);
            if (columns.load >= 0)
                columns.loadName = header.at(columns.load).toString();
        }
    }
    if (columns.time < 0) {
        return Result<BemsColumns>::failure(
            at(text.name, 1, ProfileFiles::tr("no time column (TIME or inserted_at) in the header")));
    }
    if (columns.load < 0) {
        return Result<BemsColumns>::failure(
            at(text.name, 1, ProfileFiles::tr("no load column (total_load(kW), grid_power or net_load(kW)) in the header")));
    }
    return columns;
}

// A 15-minute slot counted from the Julian day 0: day × 96 + slot of the day.
std::optional<qint64> parseSlot(const QString &field)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = re.match(field);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const int seconds = hour * 3600 + minute * 60 + second;
    // Nearest slot, so a reading stored a few seconds late still lands where it belongs.
    const qint64 slotOfDay = (seconds + kBemsStepMinutes * 30) / (kBemsStepMinutes * 60);
    return date.toJulianDay() * kBemsSlotsPerDay + slotOfDay;
}

QString slotText(qint64 slot)
{
    const QDate date = QDate::fromJulianDay(floorDiv(slot, kBemsSlotsPerDay));
    const QTime time = QTime(0, 0).addSecs(int(floorMod(slot, kBemsSlotsPerDay)) * kBemsStepMinutes * 60);
    return date.toString(QStringLiteral("yyyy/M/d")) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm"));
}

// Each row must follow the one before by exactly one step.
std::optional<QString> sequenceProblem(qint64 previous, qint64 slot)
{
    if (slot == previous)
        return ProfileFiles::tr("the time %1 repeats the row before").arg(slotText(slot));
    if (slot < previous)
        return ProfileFiles::tr("the time %1 is before the row before (%2)").arg(slotText(slot), slotText(previous));
    if (slot > previous + 1) {
        return ProfileFiles::tr("gap in the data: expected %1, found %2").arg(slotText(previous + 1), slotText(slot));
    }
    return std::nullopt;
}

// The rows' loads in W, one per slot from `firstSlot` on, without gaps.
struct BemsSeries
{
    qint64 firstSlot = 0;
    QList<double> watts;
};

Result<BemsSeries> readBemsRows(const TextLines &text, const BemsColumns &columns)
{
    if (text.lines.size() < 2)
        return Result<BemsSeries>::failure(at(text.name, 2, ProfileFiles::tr("no data rows after the header")));
    BemsSeries series;
    const QString timeName =
        ProfileFiles::tr("column \"%1\"").arg(splitFields(text.lines.constFirst()).at(columns.time).toString());
    const QString loadName = ProfileFiles::tr("column \"%1\"").arg(columns.loadName);
    for (qsizetype i = 1; i < text.lines.size(); ++i) {
        const QList<QStringView> fields = splitFields(text.lines.at(i));
        if (fields.size() != columns.count) {
            return Result<BemsSeries>::failure(
                at(text.name, i + 1, ProfileFiles::tr("expected %1 values, found %2").arg(columns.count).arg(fields.size())));
        }
        const QString time = fields.at(columns.time).toString();
        const std::optional<qint64> slot = parseSlot(time);
        if (!slot) {
            return Result<BemsSeries>::failure(
                at(text.name, i + 1, ProfileFiles::tr("%1: \"%2\" is not a time like 2020/5/2 00:15").arg(timeName, time)));
        }
        if (i == 1) {
            series.firstSlot = *slot;
        } else if (const auto problem = sequenceProblem(series.firstSlot + series.watts.size() - 1, *slot)) {
            return Result<BemsSeries>::failure(at(text.name, i + 1, *problem));
        }
        const Result<double> kw = readValue(
            fields.at(columns.load), [&loadName] { return loadName; }, Quantity::Load);
        if (!kw)
            return Result<BemsSeries>::failure(at(text.name, i + 1, kw.error()));
        const double watts = *kw * kWattsPerKilowatt;
        if (!std::isfinite(watts))
            return Result<BemsSeries>::failure(at(text.name, i + 1, tooLargeProblem(loadName, fields.at(columns.load))));
        series.watts.append(watts);
    }
    return series;
}

// Only whole days (00:00 to 23:45) become profile rows: logs often start and stop mid-day.
Result<FileProfile> bemsWholeDays(const TextLines &text, const BemsSeries &series)
{
    const qint64 endSlot = series.firstSlot + series.watts.size();
    const qint64 firstDay = floorDiv(series.firstSlot + kBemsSlotsPerDay - 1, kBemsSlotsPerDay);
    const qint64 endDay = floorDiv(endSlot, kBemsSlotsPerDay);
    if (endDay <= firstDay) {
        return Result<FileProfile>::failure(
            at(text.name, text.lines.size(),
               ProfileFiles::tr("no complete day: the rows must cover 00:00 to 23:45 of at least one day")));
    }
    FileProfile profile;
    profile.stepMinutes = kBemsStepMinutes;
    profile.source = text.name;
    profile.firstDayOfYear = QDate::fromJulianDay(firstDay).dayOfYear();
    for (qint64 day = firstDay; day < endDay; ++day)
        profile.days.append(series.watts.mid(day * kBemsSlotsPerDay - series.firstSlot, kBemsSlotsPerDay));
    return profile;
}

// The ABRI_BEMS form through core's reader: the whole days of total_load(kW), by date.
Result<FileProfile> readAbriBems(const TextLines &text)
{
    const Result<BemsCsv::Table> table = BemsCsv::parse(text.lines.join(QLatin1Char('\n')).toUtf8(), text.name);
    if (!table)
        return Result<FileProfile>::failure(table.error());
    BemsSeries series;
    const BemsCsv::Row &first = table->rows.constFirst();
    series.firstSlot = first.date.toJulianDay() * kBemsSlotsPerDay + first.minuteOfDay / kBemsStepMinutes;
    series.watts.reserve(table->rows.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const double watts = table->rows.at(i).totalLoadKw * kWattsPerKilowatt;
        if (!std::isfinite(watts)) {
            return Result<FileProfile>::failure(
                at(text.name, i + 2,
                   tooLargeProblem(QStringLiteral("total_load(kW)"), QString::number(table->rows.at(i).totalLoadKw))));
        }
        series.watts.append(watts);
    }
    Result<FileProfile> profile = bemsWholeDays(text, series);
    if (profile) {
        profile.value().dated = true;
        profile.value().stepwise = true;
        profile.value().firstJulianDay = floorDiv(series.firstSlot + kBemsSlotsPerDay - 1, kBemsSlotsPerDay);
    }
    return profile;
}

Result<FileProfile> readBems(const TextLines &text)
{
    if (BemsCsv::isHeader(text.lines.constFirst()))
        return readAbriBems(text);
    const Result<BemsColumns> columns = bemsColumns(text);
    if (!columns)
        return Result<FileProfile>::failure(columns.error());
    const Result<BemsSeries> series = readBemsRows(text, *columns);
    if (!series)
        return Result<FileProfile>::failure(series.error());
    return bemsWholeDays(text, *series);
}

// apis-emulator files start with numbers, BEMS files with a header.
bool isAllNumbers(const QString &line)
{
    const QList<QStringView> fields = splitFields(line);
    for (const QStringView field : fields) {
        if (!toNumber(field))
            return false;
    }
    return !fields.isEmpty();
}

// The readers over lines read, or the reason they could not be.
Result<FileProfile> readApis(const Result<TextLines> &text, const ApisFormat &format)
{
    if (!text)
        return Result<FileProfile>::failure(text.error());
    return readApis(*text, format);
}

Result<FileProfile> readBems(const Result<TextLines> &text)
{
    if (!text)
        return Result<FileProfile>::failure(text.error());
    return readBems(*text);
}

Result<FileProfile> readAnyLoad(const Result<TextLines> &text)
{
    if (!text)
        return Result<FileProfile>::failure(text.error());
    if (isAllNumbers(text->lines.constFirst()))
        return readApis(*text, loadFormat());
    return readBems(*text);
}

} // namespace

double FileProfile::valueAt(QDate localDate, double minuteOfDay) const
{
    if (days.isEmpty() || stepMinutes <= 0 || !localDate.isValid() || !std::isfinite(minuteOfDay))
        return 0.0;
    const qint64 perDay = kMinutesPerDay / stepMinutes;
    const qint64 total = perDay * days.size();
    const qint64 day = dated ? floorMod(localDate.toJulianDay() - firstJulianDay, days.size())
                             : floorMod(localDate.dayOfYear() - firstDayOfYear, days.size());
    if (stepwise) {
        const qint64 step = std::clamp<qint64>(qint64(std::floor(minuteOfDay / stepMinutes)), 0, perDay - 1);
        return days.at(day).value(step, 0.0);
    }
    const double position = minuteOfDay / stepMinutes - 0.5; // values sit mid-step
    const double below = std::floor(position);
    const double fraction = position - below;
    const qint64 first = floorMod(day * perDay + qint64(below), total);
    const qint64 second = (first + 1) % total;
    const auto value = [&](qint64 i) { return days.at(i / perDay).value(i % perDay, 0.0); };
    return value(first) * (1.0 - fraction) + value(second) * fraction;
}

Result<FileProfile> ProfileFiles::readApisSolar(const QString &path)
{
    return readApis(readLines(path), solarFormat());
}

Result<FileProfile> ProfileFiles::readApisLoad(const QString &path)
{
    return readApis(readLines(path), loadFormat());
}

Result<FileProfile> ProfileFiles::readBemsLoad(const QString &path)
{
    return readBems(readLines(path));
}

Result<FileProfile> ProfileFiles::readLoad(const QString &path)
{
    return readAnyLoad(readLines(path));
}

Result<FileProfile> ProfileFiles::parseApisSolar(const QByteArray &bytes, const QString &name)
{
    return readApis(linesOf(bytes, name), solarFormat());
}

Result<FileProfile> ProfileFiles::parseApisLoad(const QByteArray &bytes, const QString &name)
{
    return readApis(linesOf(bytes, name), loadFormat());
}

Result<FileProfile> ProfileFiles::parseBemsLoad(const QByteArray &bytes, const QString &name)
{
    return readBems(linesOf(bytes, name));
}

Result<FileProfile> ProfileFiles::parseLoad(const QByteArray &bytes, const QString &name)
{
    return readAnyLoad(linesOf(bytes, name));
}
