#pragma once

#include "core/GridLimits.h"
#include "core/Tariff.h"
#include "gui/tariff/GridOperatorFeed.h"

#include <QTimeZone>
#include <QWidget>
#include <cmath>
#include <optional>

class Clock;
class ImportCapBar;
class QFormLayout;
class QLabel;

// The Overview's tariff and grid block (docs/product.md "Overview"): the tariff period now with
// its end and price ("reduced (grid operator)" while TARIF = 1), the import cap now (the
// connection × the grid operator's AVAIL, saying where each figure comes from), and grid import
// now against it as a bar. "No tariff chosen" offers Tools → Tariff and grid.
class TariffGridTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TariffGridTile)

public:
    explicit TariffGridTile(const Clock &clock, QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    // The plan costs are priced by; none (and why) when no plan is chosen or it cannot be read.
    // No plan: none chosen (`problem` empty), or the chosen one cannot be used, and why.
    void setPlan(const std::optional<Tariff> &plan, const QString &problem = {});
    // The settings' grid limits and, in the demo, the demo site's connection for when none is set.
    void setLimits(const GridLimits &limits, double fallbackConnectionKw = 0);
    void setGridOperator(const GridOperatorState &state);
    void setGridPower(double gridW); // > 0 import; NaN unknown
    // Greys the grid operator's figures when its last reading is older than this (or the
    // site's power, when `powerStale`).
    void updateStaleness(qint64 staleAfterSeconds, bool powerStale);
    // Re-reads the clock: the period ends while the page is shown.
    void showNow();

    // What is shown, for tests and the accessible description.
    bool hasPlan() const { return m_plan.has_value(); }
    QString periodText() const;
    QString priceText() const;
    double price() const; // NT$/kWh now; NaN without a plan
    TariffPrice tariffNow() const;
    double importCapKw() const; // infinity when no capacity is known
    QString capText() const;
    QString capSourceText() const;
    QString importText() const;
    double importShare() const; // % of the cap; NaN when unknown
    QString gridOperatorError() const { return m_operator.error(); }

signals:
    void tariffSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct CapBase
    {
        double kw = 0;
        QString what; // "connection", "contract", …
    };
    std::optional<CapBase> capBase() const;
    double availNow() const;
    QDateTime periodEnd(const TariffPrice &now) const;
    void showAll();
    void retranslate();

    const Clock &m_clock;
    QTimeZone m_zone;
    std::optional<Tariff> m_plan;
    QString m_problem;
    GridLimits m_limits;
    double m_fallbackConnectionKw = 0;
    GridOperatorState m_operator;
    double m_gridW = std::nan("");
    bool m_operatorStale = false;
    bool m_powerStale = false;

    QFormLayout *m_rows;
    QLabel *m_periodKey;
    QLabel *m_period;
    QLabel *m_noPlan;
    QLabel *m_capKey;
    QLabel *m_cap;
    QLabel *m_capSource;
    QLabel *m_importKey;
    ImportCapBar *m_bar;
    QLabel *m_import;
    QLabel *m_error;
};
