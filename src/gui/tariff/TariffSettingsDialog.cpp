#include "gui/tariff/TariffSettingsDialog.h"

#include "client/CfosClient.h"
#include "core/TariffFile.h"
#include "gui/common/AppPalette.h"
#include "gui/site/SiteSettings.h"
#include "gui/tariff/TariffPeriodsEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

QDoubleSpinBox *spin(QWidget *parent, const QString &name, double max, int decimals)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setAccelerated(true);
    return box;
}

} // namespace

QString TariffSettingsDialog::defaultPlansDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("tariffs"));
}

TariffSettingsDialog::TariffSettingsDialog(SiteSettings &settings, const QString &plansDirectory, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_library(plansDirectory)
    , m_planLabel(new QLabel(this))
    , m_plans(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_contractLabel(new QLabel(this))
    , m_contract(spin(this, QStringLiteral("contractKw"), TariffFile::kMaxKw, 1))
    , m_feedInLabel(new QLabel(this))
    , m_feedIn(spin(this, QStringLiteral("feedInRate"), 100, 4))
    , m_periods(new TariffPeriodsEditor(this))
    , m_save(new QPushButton(this))
    , m_gridTitle(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_connection(spin(this, QStringLiteral("connectionKw"), TariffFile::kMaxKw, 1))
    , m_availLabel(new QLabel(this))
    , m_avail(spin(this, QStringLiteral("availPercent"), 100, 0))
    , m_limitExport(new QCheckBox(this))
    , m_exportLimit(spin(this, QStringLiteral("exportLimitKw"), TariffFile::kMaxKw, 1))
    , m_importCap(new QLabel(this))
    , m_operatorTitle(new QLabel(this))
    , m_operatorUrlLabel(new QLabel(this))
    , m_operatorUrl(new QLineEdit(this))
    , m_operatorUserLabel(new QLabel(this))
    , m_operatorUser(new QLineEdit(this))
    , m_operatorPasswordLabel(new QLabel(this))
    , m_operatorPassword(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tariffSettings"));
    m_plans->setObjectName(QStringLiteral("tariffPlan"));
    m_name->setObjectName(QStringLiteral("tariffName"));
    m_save->setObjectName(QStringLiteral("tariffSave"));
    m_limitExport->setObjectName(QStringLiteral("limitExport"));
    m_message->setObjectName(QStringLiteral("tariffMessage"));
    m_importCap->setObjectName(QStringLiteral("importCap"));
    m_operatorUrl->setObjectName(QStringLiteral("gridOperatorUrl"));
    m_operatorUser->setObjectName(QStringLiteral("gridOperatorUser"));
    m_operatorPassword->setObjectName(QStringLiteral("gridOperatorPassword"));
    m_operatorPassword->setEchoMode(QLineEdit::Password);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();
    m_plans->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_plans->setMinimumContentsLength(30);

    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_planLabel);
    planRow->addWidget(m_plans, 1);
    auto *planForm = new QFormLayout;
    planForm->addRow(m_nameLabel, m_name);
    planForm->addRow(m_contractLabel, m_contract);
    planForm->addRow(m_feedInLabel, m_feedIn);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);

    auto *gridForm = new QFormLayout;
    gridForm->addRow(m_connectionLabel, m_connection);
    gridForm->addRow(m_availLabel, m_avail);
    gridForm->addRow(m_limitExport, m_exportLimit);
    gridForm->addRow(QString(), m_importCap);
    gridForm->addRow(m_operatorTitle);
    gridForm->addRow(m_operatorUrlLabel, m_operatorUrl);
    gridForm->addRow(m_operatorUserLabel, m_operatorUser);
    gridForm->addRow(m_operatorPasswordLabel, m_operatorPassword);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(planRow);
    layout->addWidget(m_source);
    layout->addLayout(planForm);
    layout->addWidget(m_periods, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_gridTitle);
    layout->addLayout(gridForm);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const GridLimits grid = settings.gridLimits();
    m_connection->setValue(grid.connectionKw.value_or(0));
    m_avail->setValue(grid.availPercent);
    m_limitExport->setChecked(grid.exportLimitKw.has_value());
    m_exportLimit->setValue(grid.exportLimitKw.value_or(0));
    m_exportLimit->setEnabled(grid.exportLimitKw.has_value());
    m_operatorUrl->setText(settings.gridOperatorUrl().toString());
    m_operatorUser->setText(settings.gridOperatorUser());

    connect(m_plans, &QComboBox::currentIndexChanged, this, &TariffSettingsDialog::showPlan);
    connect(m_name, &QLineEdit::textEdited, this, &TariffSettingsDialog::markEdited);
    connect(m_contract, &QDoubleSpinBox::valueChanged, this, &TariffSettingsDialog::markEdited);
    connect(m_feedIn, &QDoubleSpinBox::valueChanged, this, &TariffSettingsDialog::markEdited);
    connect(m_periods, &TariffPeriodsEditor::priceEdited, this, &TariffSettingsDialog::markEdited);
    connect(m_save, &QPushButton::clicked, this, &TariffSettingsDialog::savePlan);
    connect(m_limitExport, &QCheckBox::toggled, m_exportLimit, &QWidget::setEnabled);
    connect(m_connection, &QDoubleSpinBox::valueChanged, this, &TariffSettingsDialog::updateImportCap);
    connect(m_avail, &QDoubleSpinBox::valueChanged, this, &TariffSettingsDialog::updateImportCap);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TariffSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TariffSettingsDialog::reject);

    retranslate();
    fillPlans(settings.tariffId());
    resize(760, 640);
}

void TariffSettingsDialog::fillPlans(const QString &select)
{
    m_filling = true;
    m_plans->clear();
    for (const TariffLibrary::Entry &entry : m_library.plans()) {
        QString text = entry.name.isEmpty() ? entry.id : entry.name;
        if (entry.builtIn)
            text = tr("%1 (built in)").arg(text);
        else if (!entry.error.isEmpty())
            text = tr("%1 (cannot be read)").arg(entry.id);
        m_plans->addItem(text, entry.id);
    }
    m_plans->setCurrentIndex(std::max(0, m_plans->findData(select)));
    m_filling = false;
    showPlan();
}

QString TariffSettingsDialog::currentPlanId() const
{
    return m_plans->currentData().toString();
}

void TariffSettingsDialog::showPlan()
{
    if (m_filling)
        return;
    m_filling = true;
    const Result<Tariff> plan = m_library.load(currentPlanId());
    m_planOk = plan.ok();
    m_plan = plan ? *plan : Tariff();
    m_name->setText(m_plan.name);
    m_contract->setValue(m_plan.contractKw);
    m_feedIn->setValue(m_plan.feedInRate);
    m_periods->setTariff(m_plan);
    const bool builtIn = TariffLibrary::builtInIds().contains(currentPlanId());
    m_source->setText(m_planOk ? (builtIn ? tr("%1 Editing a built-in plan saves a copy.").arg(m_plan.source) : m_plan.source)
                               : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_contract, m_feedIn, m_periods})
        w->setEnabled(m_planOk);
    m_edited = false;
    m_save->setEnabled(false);
    m_filling = false;
    if (m_planOk)
        m_message->hide();
    else
        showMessage(plan.error(), true);
}

void TariffSettingsDialog::markEdited()
{
    if (m_filling)
        return;
    m_edited = true;
    m_save->setEnabled(true);
}

bool TariffSettingsDialog::savePlan()
{
    if (!m_planOk)
        return false;
    Result<Tariff> edited = m_periods->edited(m_plan);
    if (!edited) {
        showMessage(edited.error(), true);
        return false;
    }
    edited.value().name = m_name->text().trimmed();
    edited.value().contractKw = m_contract->value();
    edited.value().feedInRate = m_feedIn->value();
    if (edited->name.isEmpty()) {
        showMessage(tr("The plan needs a name."), true);
        m_name->setFocus();
        return false;
    }
    const bool builtIn = TariffLibrary::builtInIds().contains(currentPlanId());
    const QString id = builtIn ? m_library.freeId(edited->name) : currentPlanId();
    const Result<QString> saved = m_library.save(id, *edited);
    if (!saved) {
        showMessage(tr("The plan was not saved: %1").arg(saved.error()), true);
        return false;
    }
    fillPlans(id);
    showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(*saved)), false);
    return true;
}

QString TariffSettingsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TariffSettingsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, AppPalette::color(error ? AppPalette::Role::Critical : AppPalette::Role::Good, pal));
    m_message->setPalette(pal);
    m_message->setProperty("error", error);
    m_message->show();
}

void TariffSettingsDialog::updateImportCap()
{
    if (m_connection->value() <= 0) {
        m_importCap->setText(tr("Import cap at this AVAIL: not known without the connection's capacity"));
        return;
    }
    const QLocale locale;
    m_importCap->setText(
        tr("Import cap at this AVAIL: %1 kW").arg(locale.toString(m_connection->value() * m_avail->value() / 100.0, 'f', 1)));
}

void TariffSettingsDialog::setDemoEndpoint(const QUrl &url)
{
    m_demoEndpoint = url;
    retranslate();
}

void TariffSettingsDialog::accept()
{
    if (!m_planOk) {
        showMessage(tr("Choose a plan that can be read."), true);
        return;
    }
    if (!m_operatorUrl->text().trimmed().isEmpty()) {
        const QUrl typed(m_operatorUrl->text().trimmed());
        if (const QString problem = CfosClient::problem(typed); !problem.isEmpty()) {
            showMessage(problem, true);
            m_operatorUrl->setFocus();
            return;
        }
    }
    if (m_edited && !savePlan())
        return;
    const QString password = m_operatorPassword->text();
    if (password.isEmpty() || m_operatorUrl->text().trimmed().isEmpty()) {
        saveAndClose();
        return;
    }
    // The password goes to the keychain and nowhere else; the dialog stays open until it is kept.
    m_buttons->setEnabled(false);
    m_credentials.save(QUrl(m_operatorUrl->text().trimmed()), m_operatorUser->text().trimmed(), password, this,
                       [this](const CredentialResult &saved) {
                           m_buttons->setEnabled(true);
                           if (!saved.ok()) {
                               showMessage(tr("The password of the grid operator's endpoint was not saved: %1").arg(saved.error),
                                           true);
                               return;
                           }
                           m_operatorPassword->clear();
                           saveAndClose();
                       });
}

void TariffSettingsDialog::saveAndClose()
{
    GridLimits grid = m_settings.gridLimits();
    grid.connectionKw = m_connection->value() > 0 ? std::optional<double>(m_connection->value()) : std::nullopt;
    grid.exportLimitKw = m_limitExport->isChecked() ? std::optional<double>(m_exportLimit->value()) : std::nullopt;
    grid.setAvail(m_avail->value());
    m_settings.setGridLimits(grid);
    m_settings.setTariffId(currentPlanId());
    const QUrl url(m_operatorUrl->text().trimmed());
    const QString user = m_operatorUser->text().trimmed();
    const QUrl oldUrl = m_settings.gridOperatorUrl();
    const QString oldUser = m_settings.gridOperatorUser();
    // The password of an endpoint no longer used does not stay behind in the keychain.
    if (!oldUrl.isEmpty() && (oldUrl != url || oldUser != user))
        m_credentials.remove(oldUrl, oldUser, nullptr, {});
    m_settings.setGridOperator(url, user);
    m_settings.sync();
    QDialog::accept();
}

void TariffSettingsDialog::retranslate()
{
    setWindowTitle(tr("Tariff and grid"));
    m_planLabel->setText(tr("Plan:"));
    m_nameLabel->setText(tr("Name:"));
    m_contractLabel->setText(tr("Contract capacity:"));
    m_contract->setSuffix(tr(" kW"));
    m_contract->setSpecialValueText(tr("not set"));
    m_feedInLabel->setText(tr("Feed-in rate:"));
    m_feedIn->setSuffix(tr(" NT$/kWh"));
    m_save->setText(tr("Save plan"));
    m_save->setToolTip(tr("Save the figures; a built-in plan is saved as a copy"));
    m_gridTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Grid connection")));
    m_connectionLabel->setText(tr("Connection capacity:"));
    m_connection->setSuffix(tr(" kW"));
    m_connection->setSpecialValueText(tr("not known"));
    m_availLabel->setText(tr("Availability (AVAIL):"));
    m_avail->setSuffix(tr(" %"));
    m_limitExport->setText(tr("Export limit:"));
    m_exportLimit->setSuffix(tr(" kW"));
    m_avail->setToolTip(tr("Used while no grid operator endpoint is set; an endpoint's AVAIL takes its place"));
    m_operatorTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Grid operator's endpoint (cFos API)").toHtmlEscaped()));
    m_operatorUrlLabel->setText(tr("Address:"));
    m_operatorUrl->setPlaceholderText(m_demoEndpoint.isEmpty()
                                          ? tr("none: AVAIL and TARIF are not read, e.g. http://192.168.2.10")
                                          : tr("none: the demo site's own (%1)").arg(m_demoEndpoint.toString()));
    m_operatorUrl->setToolTip(tr("AVAIL and TARIF are read from <address>/cnf?cmd=get_cm_vars at every refresh"));
    m_operatorUserLabel->setText(tr("User:"));
    m_operatorPasswordLabel->setText(tr("Password:"));
    m_operatorPassword->setPlaceholderText(tr("kept in the system keyring; empty keeps the saved one"));
    updateImportCap();
}

void TariffSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
