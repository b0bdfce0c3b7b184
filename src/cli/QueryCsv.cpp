#include "cli/QueryCsv.h"

#include "cli/AegisCli.h"
#include "cli/CliOutput.h"
#include "core/CsvWriter.h"

#include <QMap>
#include <algorithm>
#include <set>

namespace {

const QString kFieldTag = QStringLiteral("_field");

// The group columns of all tables but `_field` (which has a column of its own, or becomes the
// column names when pivoted), in the order they first appear.
QStringList tagColumns(const QueryResult &result)
{
    QStringList columns;
    for (const QueryTable &table : result.tables) {
        for (auto it = table.tags.cbegin(); it != table.tags.cend(); ++it) {
            if (it.key() != kFieldTag && !columns.contains(it.key()))
                columns.append(it.key());
        }
    }
    return columns;
}

QString unitOf(const QString &field, const QueryCsv::Shape &shape)
{
    return FieldUnits::afterAggregation(FieldUnits::unitOf(field, shape.scope), shape.timeFunction, shape.groupFunction);
}

QString withUnit(const QString &name, const QString &unit)
{
    return unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit);
}

// A text value as text (the writer neutralises what a spreadsheet would run), a number as a number.
void addCell(CsvWriter &csv, const QueryTable &table, qsizetype i)
{
    if (table.hasTexts() && !table.text(i).isEmpty())
        csv.text(table.text(i));
    else
        csv.number(table.series.value(i));
}

QString timeHeader(const QueryCsv::Shape &shape)
{
    return AegisCli::tr("time (%1)").arg(CliOutput::zoneName(shape.zone));
}

} // namespace

QByteArray QueryCsv::write(const QueryResult &result, const Shape &shape)
{
    return shape.pivoted ? pivotedShape(result, shape) : tableShape(result, shape);
}

QByteArray QueryCsv::tableShape(const QueryResult &result, const Shape &shape)
{
    const QStringList tags = tagColumns(result);
    std::set<QString> units;
    for (const QString &field : result.fields())
        units.insert(unitOf(field, shape));
    // One unit for all rows goes into the header; several need a column of their own.
    const bool unitColumn = units.size() > 1;

    QStringList header{timeHeader(shape)};
    header += tags;
    header.append(QStringLiteral("field"));
    if (unitColumn) {
        header.append(QStringLiteral("value"));
        header.append(QStringLiteral("unit"));
    } else {
        header.append(withUnit(QStringLiteral("value"), units.empty() ? QString() : *units.begin()));
    }

    CsvWriter csv(CsvWriter::Style::Script);
    csv.textRow(header);
    for (const QueryTable &table : result.tables) {
        QStringList fixed;
        for (const QString &tag : tags)
            fixed.append(table.tags.value(tag));
        fixed.append(table.field);
        const QString unit = unitOf(table.field, shape);
        for (qsizetype i = 0; i < table.series.size(); ++i) {
            csv.text(CliOutput::formatTime(table.series.time(i), shape.zone));
            for (const QString &text : std::as_const(fixed))
                csv.text(text);
            addCell(csv, table, i);
            if (unitColumn)
                csv.text(unit);
            csv.endRow();
        }
    }
    return csv.take();
}

QByteArray QueryCsv::pivotedShape(const QueryResult &result, const Shape &shape)
{
    const QStringList tags = tagColumns(result);
    const QStringList fields = result.fields();

    // A pivoted reply decodes to one table per field of each reply table: gather them again.
    struct Row
    {
        QMap<QString, QString> tags;
        int table = 0;
        QList<const QueryTable *> byField; // parallel to `fields`
    };
    QList<Row> groups;
    for (const QueryTable &table : result.tables) {
        QMap<QString, QString> key = table.tags;
        key.remove(kFieldTag);
        auto group =
            std::find_if(groups.begin(), groups.end(), [&](const Row &r) { return r.table == table.table && r.tags == key; });
        if (group == groups.end()) {
            groups.append(Row{key, table.table, QList<const QueryTable *>(fields.size(), nullptr)});
            group = groups.end() - 1;
        }
        group->byField[fields.indexOf(table.field)] = &table;
    }

    QStringList header{timeHeader(shape)};
    header += tags;
    for (const QString &field : fields)
        header.append(withUnit(field, unitOf(field, shape)));
    CsvWriter csv(CsvWriter::Style::Script);
    csv.textRow(header);

    for (const Row &group : groups) {
        std::set<qint64> times;
        for (const QueryTable *table : group.byField) {
            if (table)
                times.insert(table->series.times().cbegin(), table->series.times().cend());
        }
        for (const qint64 t : times) {
            csv.text(CliOutput::formatTime(t, shape.zone));
            for (const QString &tag : tags)
                csv.text(group.tags.value(tag));
            for (const QueryTable *table : group.byField) {
                const qsizetype i = table ? table->series.lowerBound(t) : -1;
                if (table && i < table->series.size() && table->series.time(i) == t)
                    addCell(csv, *table, i);
                else
                    csv.empty();
            }
            csv.endRow();
        }
    }
    return csv.take();
}
