#pragma once

#include <QList>
#include <QString>

// What the client knows of a site's layout. The AEGIS API has no route that lists devices, so
// building K's domains and devices are the vendor document's (docs/aegis-api.md §4).
struct SiteLayout
{
    struct Domain
    {
        int id = 0;
        int parentId = 0;
        QString name;
    };
    struct Device
    {
        QString name;
        QString description;
        QString category; // device_type_category_name
        QString type; // device_type_name
        QString output; // device_output_name
        int domainId = 0;
    };

    QList<Domain> domains;
    QList<Device> devices;

    static SiteLayout buildingK();
    const Device *device(const QString &name) const;
    QList<const Device *> devicesIn(int domainId) const;
    QList<const Device *> devicesWithOutput(const QString &output) const;
};
