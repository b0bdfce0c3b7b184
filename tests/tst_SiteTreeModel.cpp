#include "gui/site/SiteTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class tst_SiteTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void holdsTheDomainTreeAndEveryDevice()
    {
        SiteTreeModel model(SiteLayout::buildingK());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QModelIndex domain = model.index(0, 0);
        QCOMPARE(domain.data().toString(), QStringLiteral("工研院綠能所"));
        // 182 → 183 → 186 → 187 (K館)
        for (int depth = 0; depth < 3; ++depth) {
            QCOMPARE(model.rowCount(domain), 1);
            domain = model.index(0, 0, domain);
        }
        QCOMPARE(domain.data().toString(), QStringLiteral("K館"));
        QCOMPARE(domain.data(SiteTreeModel::DomainIdRole).toInt(), 187);
        QCOMPARE(model.rowCount(domain), 20);
        const QModelIndex first = model.index(0, SiteTreeModel::NameColumn, domain);
        QCOMPARE(first.data().toString(), QStringLiteral("AA-70-2211-01-0078-938"));
        QCOMPARE(first.siblingAtColumn(SiteTreeModel::TypeColumn).data().toString(), QStringLiteral("Pomcube battery"));
        QCOMPARE(model.parent(first), domain);
        QCOMPARE(model.index(19, 0, domain).data(SiteTreeModel::DeviceNameRole).toString(), QStringLiteral("HERMES_SM000010"));
        QCOMPARE(model.index(19, 0, domain).data(SiteTreeModel::OutputRole).toString(), QStringLiteral("hermes_smartmeter_data"));
    }

    void statusUpdatesTheRow()
    {
        SiteTreeModel model(SiteLayout::buildingK());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QDateTime at(QDate(2024, 12, 9), QTime(9, 0), Qt::UTC);
        model.setStatus(QStringLiteral("HERMES_PV000001"), QStringLiteral("Operating"), at);
        QCOMPARE(changed.count(), 1);
        const QModelIndex device = model.indexOfDevice(QStringLiteral("HERMES_PV000001"));
        QCOMPARE(device.siblingAtColumn(SiteTreeModel::StatusColumn).data().toString(), QStringLiteral("Operating"));
        QCOMPARE(device.data(SiteTreeModel::UpdatedRole).toDateTime(), at);
        model.setStatus(QStringLiteral("HERMES_PV000001"), QStringLiteral("Operating"), at);
        QCOMPARE(changed.count(), 1); // nothing new, no signal
        model.setStatus(QStringLiteral("NO_SUCH_DEVICE"), QStringLiteral("x"), at);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(tst_SiteTreeModel)
#include "tst_SiteTreeModel.moc"
