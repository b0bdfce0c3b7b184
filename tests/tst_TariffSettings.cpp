// Settings → Tariff and grid: a built-in plan edited is saved as the operator's copy and chosen;
// a bad figure is refused with its reason and nothing is kept; the grid's limits persist.
#include "core/TariffLibrary.h"
#include "gui/site/SiteSettings.h"
#include "gui/tariff/TariffPeriodsEditor.h"
#include "gui/tariff/TariffSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

class tst_TariffSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString plansDir(const QString &name) const { return m_dir.filePath(name + QStringLiteral("/tariffs")); }

    static void typePrice(TariffSettingsDialog &dialog, int row, const QString &text)
    {
        auto *table = dialog.findChild<TariffPeriodsEditor *>(QStringLiteral("tariffPeriods"));
        QVERIFY(table);
        QVERIFY(row < table->rowCount());
        table->item(row, TariffPeriodsEditor::PriceColumn)->setText(text);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aBuiltInPlanIsSavedAsACopyAndChosen()
    {
        SiteSettings settings(m_dir.filePath(QStringLiteral("copy.ini")));
        QCOMPARE(settings.tariffId(), QStringLiteral("taipower-hv-three-period"));
        const QString dir = plansDir(QStringLiteral("copy"));
        TariffSettingsDialog dialog(settings, dir);
        QCOMPARE(dialog.currentPlanId(), QStringLiteral("taipower-hv-three-period"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("tariffName"));
        name->setText(QStringLiteral("Building K plan"));
        emit name->textEdited(name->text());
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("contractKw"))->setValue(320);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("feedInRate"))->setValue(4.25);
        typePrice(dialog, 0, QStringLiteral("2.71"));
        QVERIFY(dialog.isEdited());
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("connectionKw"))->setValue(400);
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("availPercent"))->setValue(60);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The copy is the operator's own file; the built-in plan is unchanged.
        const QString id = settings.tariffId();
        QCOMPARE(id, QStringLiteral("building-k-plan"));
        QVERIFY(QFile::exists(QDir(dir).filePath(id + QStringLiteral(".json"))));
        const Result<Tariff> copy = TariffLibrary(dir).load(id);
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QCOMPARE(copy->name, QStringLiteral("Building K plan"));
        QCOMPARE(copy->contractKw, 320.0);
        QCOMPARE(copy->feedInRate, 4.25);
        QCOMPARE(copy->seasons.at(0).days.at(0).at(0).price, 2.71);
        const Result<Tariff> builtIn = TariffLibrary::builtIn(QStringLiteral("taipower-hv-three-period"));
        QCOMPARE(builtIn->seasons.at(0).days.at(0).at(0).price, 2.53);
        QCOMPARE(copy->seasons.at(0).days.at(0).mid(1), builtIn->seasons.at(0).days.at(0).mid(1));

        const GridLimits grid = settings.gridLimits();
        QCOMPARE(grid.connectionKw, std::optional<double>(400));
        QCOMPARE(grid.availPercent, 60.0);
        QCOMPARE(grid.importCapKw(), 240.0);
        QVERIFY(!grid.exportLimitKw);

        // Opened again, the dialog shows the copy; saving it again keeps its id.
        TariffSettingsDialog again(settings, dir);
        QCOMPARE(again.currentPlanId(), id);
        typePrice(again, 0, QStringLiteral("2.80"));
        QVERIFY(again.savePlan());
        QCOMPARE(again.currentPlanId(), id);
        QCOMPARE(TariffLibrary(dir).load(id)->seasons.at(0).days.at(0).at(0).price, 2.80);
    }

    void aPriceThatIsNotANumberIsRefused()
    {
        SiteSettings settings(m_dir.filePath(QStringLiteral("text.ini")));
        const QString dir = plansDir(QStringLiteral("text"));
        TariffSettingsDialog dialog(settings, dir);
        typePrice(dialog, 1, QStringLiteral("cheap"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.message().contains(QStringLiteral("\"cheap\" is not a price")), qPrintable(dialog.message()));
        QVERIFY(!QDir(dir).exists() || QDir(dir).isEmpty());
        QCOMPARE(settings.tariffId(), QStringLiteral("taipower-hv-three-period"));
    }

    void aNegativePriceIsRefusedWithTheLibrarysReason()
    {
        SiteSettings settings(m_dir.filePath(QStringLiteral("negative.ini")));
        const QString dir = plansDir(QStringLiteral("negative"));
        TariffSettingsDialog dialog(settings, dir);
        typePrice(dialog, 0, QStringLiteral("-1.5"));
        QVERIFY(!dialog.savePlan());
        // TariffFile's check: the file name, the line and the reason.
        QVERIFY2(dialog.message().startsWith(QStringLiteral("The plan was not saved: ")), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral(":")), qPrintable(dialog.message()));
        QVERIFY(!QDir(dir).exists() || QDir(dir).isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(settings.tariffId(), QStringLiteral("taipower-hv-three-period"));
    }

    void theExportLimitPersists()
    {
        SiteSettings settings(m_dir.filePath(QStringLiteral("export.ini")));
        {
            TariffSettingsDialog dialog(settings, plansDir(QStringLiteral("export")));
            dialog.findChild<QCheckBox *>(QStringLiteral("limitExport"))->setChecked(true);
            dialog.findChild<QDoubleSpinBox *>(QStringLiteral("exportLimitKw"))->setValue(0);
            dialog.accept();
        }
        QCOMPARE(settings.gridLimits().exportLimitKw, std::optional<double>(0));
        QCOMPARE(settings.gridLimits().exportCapKw(), 0.0);
        QVERIFY(!settings.gridLimits().connectionKw);
    }
};

QTEST_MAIN(tst_TariffSettings)
#include "tst_TariffSettings.moc"
