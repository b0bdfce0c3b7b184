#pragma once

#include <QWidget>
#include <memory>

class ChartPanel;
class GridCostPricing;
class QLabel;
class QPushButton;
class SiteSettings;
struct ChartDefinition;

// The Energy page's figures on money, above its cost chart (docs/product.md "Energy"): what the
// grid cost over the range (import cost − export credit), what the battery saved, and the
// range's peak 15-minute import against the plan's contract capacity, in the warning colour
// when over. Without a usable plan it says so, with a button to Tools → Tariff and grid, and
// the cost chart is hidden rather than drawn at zero.
class GridCostSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridCostSummary)

public:
    GridCostSummary(SiteSettings &settings, const QString &plansDirectory, QWidget *parent = nullptr);
    ~GridCostSummary() override;

    // The cost chart for the page, priced by this summary's plan.
    ChartDefinition chart() const;
    // The page's panel of chart(): its data is summed here, and it hides while no plan is usable.
    void attach(ChartPanel *panel);
    // Reads the chosen plan again; the chart is priced anew at its next load.
    void readPlan();
    const GridCostPricing &pricing() const { return *m_pricing; }

signals:
    void tariffSettingsRequested();

private:
    void showBill();
    void showPlanState();
    void retranslate();
    void changeEvent(QEvent *event) override;

    SiteSettings &m_settings;
    std::shared_ptr<GridCostPricing> m_pricing;
    ChartPanel *m_panel = nullptr;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_choose;
    QWidget *m_figures;
    QLabel *m_heading;
    QLabel *m_paidTitle;
    QLabel *m_paid;
    QLabel *m_paidDetail;
    QLabel *m_savedTitle;
    QLabel *m_saved;
    QLabel *m_savedDetail;
    QLabel *m_peakTitle;
    QLabel *m_peak;
    QLabel *m_peakDetail;
    QLabel *m_note;
};
