#pragma once

#include <QColor>
#include <QWidget>
#include <limits>

// The battery's state of charge as an arc from 0 to 100 %, the value large in the middle,
// the energy left and the capacity below it, and the battery's SOC limits as marks.
class SocGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocGauge)

public:
    enum class Level { Unknown, Normal, Warning, Critical };
    static constexpr double kWarningBelowPercent = 20;
    static constexpr double kCriticalBelowPercent = 10;

    explicit SocGauge(QWidget *parent = nullptr);

    // NaN for what is not known.
    void setSoc(double percent, double remainingKWh, double capacityKWh);
    // The lowest and highest SOC the battery management allows; NaN hides a mark.
    void setLimits(double minPercent, double maxPercent);
    void setStale(bool stale, qint64 ageSeconds);

    double soc() const { return m_percent; }
    bool isStale() const { return m_stale; }
    Level level() const { return levelOf(m_percent); }
    static Level levelOf(double percent);
    // The colour the value is drawn in: by level, muted when stale or unknown.
    QColor levelColor() const;

    QString describe() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void paintTicks(QPainter &p, const QPointF &c, double radius, double thickness) const;
    void paintLimit(QPainter &p, const QPointF &c, double radius, double thickness, double percent) const;
    void refresh();

    double m_percent = std::numeric_limits<double>::quiet_NaN();
    double m_remainingKWh = std::numeric_limits<double>::quiet_NaN();
    double m_capacityKWh = std::numeric_limits<double>::quiet_NaN();
    double m_minPercent = std::numeric_limits<double>::quiet_NaN();
    double m_maxPercent = std::numeric_limits<double>::quiet_NaN();
    bool m_stale = false;
    qint64 m_ageSeconds = 0;
};
