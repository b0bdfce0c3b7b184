#pragma once

#include "client/MeterRoles.h"
#include "client/SiteLayout.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

// The site as a tree: domains nested as the server has them, every device under its domain,
// with its type and latest status (docs/product.md "Site tree").
class SiteTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteTreeModel)

public:
    enum Column { NameColumn, TypeColumn, StatusColumn, ColumnCount };
    enum Role {
        DeviceNameRole = Qt::UserRole, // the device's name, empty for a domain
        DomainIdRole, // the domain's id, or the device's domain
        OutputRole, // device_output_name of a device
        UpdatedRole, // when the status was read (UTC), invalid when never
    };

    explicit SiteTreeModel(SiteLayout layout, QObject *parent = nullptr);

    const SiteLayout &layout() const { return m_layout; }
    // The latest status of a device, e.g. "Operating" or "SoC 41 %".
    void setStatus(const QString &deviceName, const QString &status, const QDateTime &at);
    // A smart meter's Type reading: its role shows beside its type ("Smart meter · grid connection").
    void setMeterType(const QString &deviceName, const QString &type);
    QModelIndex indexOfDevice(const QString &deviceName) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeName(const QString &deviceType);
    // A device's Status text (docs/aegis-api.md §4: Operating, Standby, Fault, Maintenance) in the
    // operator's language; other texts as the server sent them.
    static QString statusName(const QString &status);

private:
    // Nodes: domains first (by id), then devices; a node's children are indices into m_nodes.
    struct Node
    {
        int parent = -1;
        int row = 0;
        int domain = -1; // index into m_layout.domains
        int device = -1; // index into m_layout.devices
        QList<int> children;
    };
    const Node *nodeOf(const QModelIndex &index) const;

    SiteLayout m_layout;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_deviceNode;
    QHash<QString, QPair<QString, QDateTime>> m_status;
    MeterRoles m_meterRoles;
};
