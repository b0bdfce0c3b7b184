#include "gui/site/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "gui/site/SiteSettings.h"

SettingsDialog::SettingsDialog(SiteSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->url->setText(settings.baseUrl().toString());
    m_ui->organization->setValue(settings.organizationId());
    m_ui->domain->setValue(settings.domainId());
    m_ui->scheduler->setValue(settings.schedulerId());
    m_ui->refresh->setValue(settings.refreshSeconds());
    m_ui->language->addItem(tr("System language"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(settings.language())));
    const ScheduleLimits limits = settings.scheduleLimits();
    m_ui->maxCharge->setValue(limits.maxChargeW / 1000.0);
    m_ui->maxDischarge->setValue(limits.maxDischargeW / 1000.0);
    const BatteryLimits battery = settings.batteryLimits();
    m_ui->unitLimit->setValue(battery.unitLimitW / 1000.0);
    m_ui->socMin->setValue(battery.socMinPercent);
    m_ui->socMax->setValue(battery.socMaxPercent);
    m_ui->message->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    const QUrl url = QUrl::fromUserInput(m_ui->url->text().trimmed());
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        m_ui->message->setText(tr("The API base URL is not valid: write it as https://host:port/api."));
        m_ui->message->show();
        m_ui->url->setFocus();
        return;
    }
    if (m_ui->socMin->value() >= m_ui->socMax->value()) {
        m_ui->message->setText(tr("The lowest state of charge must be below the highest."));
        m_ui->message->show();
        m_ui->socMin->setFocus();
        return;
    }
    m_settings.setBaseUrl(url);
    m_settings.setOrganizationId(m_ui->organization->value());
    m_settings.setDomainId(m_ui->domain->value());
    m_settings.setSchedulerId(m_ui->scheduler->value());
    m_settings.setRefreshSeconds(m_ui->refresh->value());
    m_settings.setLanguage(m_ui->language->currentData().toString());
    m_settings.setScheduleLimits({m_ui->maxCharge->value() * 1000.0, m_ui->maxDischarge->value() * 1000.0});
    m_settings.setBatteryLimits({m_ui->socMin->value(), m_ui->socMax->value(), m_ui->unitLimit->value() * 1000.0});
    m_settings.sync();
    QDialog::accept();
}
