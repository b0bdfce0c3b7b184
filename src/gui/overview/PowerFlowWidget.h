#pragma once

#include <QWidget>
#include <limits>

class QVariantAnimation;

// The site's power at one instant (docs/aegis-api.md §6), in W; NaN where not known.
struct PowerFlow
{
    static constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

    double solarW = kUnknown;
    double loadW = kUnknown;
    double gridW = kUnknown; // > 0 imports from the grid, < 0 exports to it
    double batteryW = kUnknown; // > 0 charges the battery, < 0 discharges it
    double generatorW = kUnknown;
};

// The power flow of the overview: solar, grid, battery and load (and the generator while it
// runs) around the site's bus, each with its power and direction, with moving chevrons on
// the lines that carry power.
class PowerFlowWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PowerFlowWidget)

public:
    enum class Node { Solar, Grid, Battery, Load, Generator };
    enum class Direction { Unknown, Idle, IntoBus, OutOfBus };

    // Below this a node is idle: meters read a few watts of noise at rest.
    static constexpr double kIdleW = 50;

    explicit PowerFlowWidget(QWidget *parent = nullptr);
    ~PowerFlowWidget() override;

    void setFlow(const PowerFlow &flow);
    const PowerFlow &flow() const { return m_flow; }
    // Stale: the last values are older than they should be; everything greys and says how old.
    void setStale(bool stale, qint64 ageSeconds);
    bool isStale() const { return m_stale; }
    // The power at which a line is drawn at full strength; 50 kW unless told.
    void setFullScale(double watts);

    // The facts the diagram shows, as text (also the accessible description).
    QString describe() const;
    bool isAnimating() const;

    double watts(Node node) const;
    static Direction direction(Node node, double watts);
    static QString nodeName(Node node);
    // "importing", "charging", "idle", ... ; empty when unknown.
    static QString directionText(Node node, Direction direction);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry;
    Geometry layout() const;
    bool showsGenerator() const;
    void paintLine(QPainter &p, const Geometry &g, Node node) const;
    void paintNode(QPainter &p, const Geometry &g, Node node) const;
    QColor accent(Node node) const;
    double strength(double watts) const;
    void refresh();

    PowerFlow m_flow;
    bool m_stale = false;
    qint64 m_ageSeconds = 0;
    double m_fullScaleW = 50'000;
    QVariantAnimation *m_phase = nullptr;
};
