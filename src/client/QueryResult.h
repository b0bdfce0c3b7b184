#pragma once

#include "core/TimeSeries.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One series of a query reply (docs/aegis-api.md §5–6): the rows of one reply table and one field,
// in time order. A pivoted reply (pivot_columns=_field) gives one QueryTable per field of each
// table, so both shapes of the same query decode to the same tables.
struct QueryTable
{
    int table = 0; // the reply's `table` number
    QMap<QString, QString> tags; // the group columns: DeviceName, _field, domain_id, ...
    QString field; // the `_field` (empty when the reply grouped fields together)
    TimeSeries series; // numbers; NaN for null and for text values
    QStringList texts; // text values (Status) parallel to series; empty when all are numbers

    QString deviceName() const { return tags.value(QStringLiteral("DeviceName"), tags.value(QStringLiteral("device_name"))); }
    bool hasTexts() const { return !texts.isEmpty(); }
    // The text at point i ("" for a numeric point).
    QString text(qsizetype i) const { return texts.value(i); }
};

// A decoded query reply, tables in the order they first appear.
struct QueryResult
{
    QList<QueryTable> tables;
    qsizetype rowCount = 0; // rows (objects) the reply held

    bool isEmpty() const { return tables.isEmpty(); }

    // The first table of `field` (and of `deviceName` when given); null when there is none.
    const QueryTable *find(QStringView field, QStringView deviceName = {}) const
    {
        for (const QueryTable &t : tables) {
            if (t.field == field && (deviceName.isEmpty() || t.deviceName() == deviceName))
                return &t;
        }
        return nullptr;
    }

    // Every table of `field`, e.g. one per device.
    QList<const QueryTable *> findAll(QStringView field) const
    {
        QList<const QueryTable *> out;
        for (const QueryTable &t : tables) {
            if (t.field == field)
                out.append(&t);
        }
        return out;
    }

    QStringList fields() const
    {
        QStringList out;
        for (const QueryTable &t : tables) {
            if (!out.contains(t.field))
                out.append(t.field);
        }
        return out;
    }

    QStringList deviceNames() const
    {
        QStringList out;
        for (const QueryTable &t : tables) {
            const QString name = t.deviceName();
            if (!name.isEmpty() && !out.contains(name))
                out.append(name);
        }
        return out;
    }
};
