#pragma once

#include "gui/common/AppPalette.h"

#include <QWidget>
#include <limits>
#include <optional>

// A card with one of today's energies: a title ("Solar today"), the value in kWh, and an
// optional second line ("Exported 12.3 kWh"), with an optional accent stripe.
class EnergyTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnergyTile)

public:
    explicit EnergyTile(const QString &title = QString(), QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // NaN shows "—".
    void setValue(double kWh);
    // A share instead of an energy (self-consumption): the value reads "78 %".
    void setShare(double percent);
    double value() const { return m_kWh; }
    void setSecondary(const QString &text);
    QString secondary() const { return m_secondary; }
    // The stripe takes this role's colour in the current palette; none by default.
    void setAccent(std::optional<AppPalette::Role> role);
    void setStale(bool stale, qint64 ageSeconds);
    bool isStale() const { return m_stale; }

    QString valueText() const;
    QString describe() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont valueFont() const;
    QFont secondaryFont() const;
    void refresh();

    QString m_title;
    double m_kWh = std::numeric_limits<double>::quiet_NaN(); // or the percent of setShare()
    bool m_share = false;
    QString m_secondary;
    std::optional<AppPalette::Role> m_accent;
    bool m_stale = false;
    qint64 m_ageSeconds = 0;
};
