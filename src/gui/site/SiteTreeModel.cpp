#include "gui/site/SiteTreeModel.h"

#include "gui/common/DateText.h"
#include "gui/site/MeterRoleText.h"

#include <QLocale>

SiteTreeModel::SiteTreeModel(SiteLayout layout, QObject *parent)
    : QAbstractItemModel(parent)
    , m_layout(std::move(layout))
    , m_meterRoles(m_layout)
{
    QHash<int, int> domainNode;
    for (int i = 0; i < m_layout.domains.size(); ++i) {
        Node n;
        n.domain = i;
        domainNode.insert(m_layout.domains.at(i).id, int(m_nodes.size()));
        m_nodes.append(n);
    }
    for (int i = 0; i < m_layout.domains.size(); ++i) {
        const int node = domainNode.value(m_layout.domains.at(i).id);
        const int parentNode = domainNode.value(m_layout.domains.at(i).parentId, -1);
        m_nodes[node].parent = parentNode;
        QList<int> &siblings = parentNode < 0 ? m_roots : m_nodes[parentNode].children;
        m_nodes[node].row = int(siblings.size());
        siblings.append(node);
    }
    for (int i = 0; i < m_layout.devices.size(); ++i) {
        Node n;
        n.device = i;
        n.parent = domainNode.value(m_layout.devices.at(i).domainId, -1);
        QList<int> &siblings = n.parent < 0 ? m_roots : m_nodes[n.parent].children;
        n.row = int(siblings.size());
        siblings.append(int(m_nodes.size()));
        m_deviceNode.insert(m_layout.devices.at(i).name, int(m_nodes.size()));
        m_nodes.append(n);
    }
}

const SiteTreeModel::Node *SiteTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto i = qsizetype(index.internalId());
    return i >= 0 && i < m_nodes.size() ? &m_nodes.at(i) : nullptr;
}

QModelIndex SiteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeOf(parent);
    if (parent.isValid() && (!p || parent.column() != 0))
        return {};
    const QList<int> &children = p ? p->children : m_roots;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex SiteTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int SiteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = nodeOf(parent);
    return int(p ? p->children.size() : m_roots.size());
}

int SiteTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SiteTreeModel::typeName(const QString &deviceType)
{
    if (deviceType == u"pomcube")
        return tr("Pomcube battery");
    if (deviceType == u"ess_hermes")
        return tr("Hermes storage");
    if (deviceType == u"pv_inverter")
        return tr("PV inverter");
    if (deviceType == u"sun_photometer_hermes")
        return tr("Sun photometer");
    if (deviceType == u"smart_meter")
        return tr("Smart meter");
    return deviceType;
}

QVariant SiteTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    if (n->domain >= 0) {
        const SiteLayout::Domain &d = m_layout.domains.at(n->domain);
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return d.name;
        if (role == Qt::DisplayRole && index.column() == TypeColumn)
            return tr("Site area");
        if (role == DomainIdRole)
            return d.id;
        if (role == Qt::ToolTipRole)
            return tr("Domain %1").arg(d.id);
        return {};
    }
    const SiteLayout::Device &d = m_layout.devices.at(n->device);
    const auto status = m_status.value(d.name);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return d.name;
        if (index.column() == TypeColumn) {
            const QString role = MeterRoleText::roleName(m_meterRoles.role(d.name));
            return role.isEmpty() ? typeName(d.type) : tr("%1 · %2", "device type · meter role").arg(typeName(d.type), role);
        }
        return status.first.isEmpty() ? QStringLiteral("—") : status.first;
    case Qt::ToolTipRole:
        return status.second.isValid()
            ? tr("%1\n%2\nUpdated %3").arg(d.name, d.description, DateText::minutes(status.second, QTimeZone::systemTimeZone()))
            : tr("%1\n%2").arg(d.name, d.description);
    case DeviceNameRole:
        return d.name;
    case DomainIdRole:
        return d.domainId;
    case OutputRole:
        return d.output;
    case UpdatedRole:
        return status.second;
    default:
        return {};
    }
}

QVariant SiteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Device");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void SiteTreeModel::setStatus(const QString &deviceName, const QString &status, const QDateTime &at)
{
    const int node = m_deviceNode.value(deviceName, -1);
    if (node < 0)
        return;
    const auto current = m_status.value(deviceName);
    if (current.first == status && current.second == at)
        return;
    m_status.insert(deviceName, {status, at});
    const QModelIndex i = createIndex(m_nodes.at(node).row, StatusColumn, quintptr(node));
    emit dataChanged(i.siblingAtColumn(NameColumn), i);
}

void SiteTreeModel::setMeterType(const QString &deviceName, const QString &type)
{
    const int node = m_deviceNode.value(deviceName, -1);
    if (node < 0 || !m_meterRoles.learnType(deviceName, type))
        return;
    const QModelIndex i = createIndex(m_nodes.at(node).row, TypeColumn, quintptr(node));
    emit dataChanged(i, i);
}

QModelIndex SiteTreeModel::indexOfDevice(const QString &deviceName) const
{
    const int node = m_deviceNode.value(deviceName, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes.at(node).row, 0, quintptr(node));
}

QString SiteTreeModel::statusName(const QString &status)
{
    if (status == u"Operating")
        return tr("Operating");
    if (status == u"Standby")
        return tr("Standby");
    if (status == u"Fault")
        return tr("Fault");
    if (status == u"Maintenance")
        return tr("Maintenance");
    return status;
}
