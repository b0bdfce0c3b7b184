#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The data model of building K (docs/aegis-api.md §4): domains, devices, and the fields of each
// device output. Names are exactly the vendor's.
class SiteCatalog
{
public:
    enum class FieldKind {
        Measure, // an instantaneous reading (float storage)
        Counter, // a cumulative kWh counter that never decreases (double storage)
        Text, // a string such as Status
    };

    struct Field
    {
        QString name;
        FieldKind kind = FieldKind::Measure;
        QString unit; // "W", "kWh", "%", ... empty for none
    };

    struct Output
    {
        QString name;
        QList<Field> fields;
        const Field *field(const QString &name) const;
        int fieldIndex(const QString &name) const; // -1 when absent
    };

    struct Domain
    {
        int id = 0;
        int parentId = 0; // 0 for the root
        QString name;
    };

    struct Device
    {
        QString name;
        QString description;
        QString category; // device_type_category_name
        QString type; // device_type_name
        QString output; // device_output_name of its readings
        int domainId = 0;
        bool hasPrediction = false; // also has the solar_prediction output
    };

    static constexpr int kOrganizationId = 182;
    static constexpr int kBuildingKDomainId = 187;

    SiteCatalog();

    const QList<Domain> &domains() const { return m_domains; }
    const QList<Output> &outputs() const { return m_outputs; }
    const Output *output(const QString &name) const;
    const Domain *domain(int id) const;
    // The domain and every domain below it.
    QList<int> subtree(int domainId) const;

    static QString predictionOutputName() { return QStringLiteral("solar_prediction"); }

    // The 20 devices of building K in the vendor's order.
    static QList<Device> buildingKDevices();

private:
    QList<Domain> m_domains;
    QList<Output> m_outputs;
};
