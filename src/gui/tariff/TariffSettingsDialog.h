#pragma once

#include "client/CredentialStore.h"
#include "core/Tariff.h"
#include "core/TariffLibrary.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SiteSettings;
class TariffPeriodsEditor;

// Settings → Tariff and grid (docs/tariffs.md): the plan costs are priced by, chosen from the
// library (built-in or the operator's own), its figures edited and saved — a built-in plan as a
// copy — and what the grid connection allows (connection capacity, AVAIL, export limit), and
// the grid operator's cFos-compatible endpoint AVAIL and TARIF are read from: its address and
// user in the settings, its password in the keychain only. A save the library or the keychain
// refuses shows its reason and nothing is kept.
class TariffSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TariffSettingsDialog)

public:
    TariffSettingsDialog(SiteSettings &settings, const QString &plansDirectory, QWidget *parent = nullptr);

    // The operator's plans: the app's data location + "/tariffs".
    static QString defaultPlansDirectory();

    // The plan shown (its id) and whether its figures were edited since.
    QString currentPlanId() const;
    bool isEdited() const { return m_edited; }
    // Saves the edited figures: to the operator's plan shown, or a built-in plan to a new copy,
    // which is then chosen. False (and the reason shown) when the library refuses.
    bool savePlan();
    QString message() const;

    // The keychain the endpoint's password goes to (tests give their own service name).
    void setCredentials(const CredentialStore &credentials) { m_credentials = credentials; }
    // In the demo, the endpoint used while none is set (shown as the field's placeholder).
    void setDemoEndpoint(const QUrl &url);

    void accept() override;

private:
    void fillPlans(const QString &select);
    void showPlan();
    void markEdited();
    void showMessage(const QString &text, bool error);
    void updateImportCap();
    void retranslate();
    void changeEvent(QEvent *event) override;
    void saveAndClose();

    SiteSettings &m_settings;
    CredentialStore m_credentials;
    QUrl m_demoEndpoint;
    TariffLibrary m_library;
    Tariff m_plan; // as loaded
    bool m_planOk = false;
    bool m_edited = false;
    bool m_filling = false;

    QLabel *m_planLabel;
    QComboBox *m_plans;
    QLabel *m_source;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_contractLabel;
    QDoubleSpinBox *m_contract;
    QLabel *m_feedInLabel;
    QDoubleSpinBox *m_feedIn;
    TariffPeriodsEditor *m_periods;
    QPushButton *m_save;
    QLabel *m_gridTitle;
    QLabel *m_connectionLabel;
    QDoubleSpinBox *m_connection;
    QLabel *m_availLabel;
    QDoubleSpinBox *m_avail;
    QCheckBox *m_limitExport;
    QDoubleSpinBox *m_exportLimit;
    QLabel *m_importCap;
    QLabel *m_operatorTitle;
    QLabel *m_operatorUrlLabel;
    QLineEdit *m_operatorUrl;
    QLabel *m_operatorUserLabel;
    QLineEdit *m_operatorUser;
    QLabel *m_operatorPasswordLabel;
    QLineEdit *m_operatorPassword;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
