#pragma once

#include "core/Schedule.h"
#include "core/SocProjection.h"

#include <QDialog>
#include <memory>

class QTableWidget;
namespace Ui {
class ApplyDialog;
}

// Asked before anything is sent (docs/product.md "Before sending"): what changes on the server,
// window by window, the projected SOC of the draft and its warnings. Nothing is sent unless
// the operator presses Send.
class ApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyDialog)

public:
    ApplyDialog(const Schedule &server, const Schedule &draft, const QString &zoneName, QWidget *parent = nullptr);
    ~ApplyDialog() override;

    void setProjection(const SocProjectionResult &projection, const BatteryModel &battery, const QTimeZone &zone);
    // Extra warnings (per-unit share, rules) shown above the buttons.
    void setWarnings(const QStringList &warnings);
    // What the draft costs against the server's windows, then what it runs into on the grid
    // and the bill (the schedule page's figures): the first line as said, the rest as warnings.
    void setCost(const QStringList &lines);
    QString costText() const;
    QTableWidget *changes() const;

private:
    std::unique_ptr<Ui::ApplyDialog> m_ui;
    QStringList m_warnings;
    QStringList m_projectionWarnings;
    QStringList m_costWarnings;
    void showWarnings();
};
