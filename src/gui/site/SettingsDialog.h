#pragma once

#include <QDialog>
#include <memory>

class SiteSettings;
namespace Ui {
class SettingsDialog;
}

// Settings (issue: URL, organization/domain/scheduler ids, refresh interval, language,
// charge/discharge limits). A bad field is named inline and nothing is saved until all are fine.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(SiteSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    SiteSettings &m_settings;
};
