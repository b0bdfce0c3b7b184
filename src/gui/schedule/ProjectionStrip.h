#pragma once

#include "core/SocProjection.h"

#include <QTimeZone>
#include <QWidget>

// The projected SOC of the next 24 h drawn under the timeline on the same 24-hour axis
// (DayAxis): from the "now" marker to midnight is today, left of the marker (shaded and labelled)
// is tomorrow. The
// battery's SOC limits are marked, and where a window would find the battery empty or full the
// stretch it does less than asked is shaded.
class DayAxis;
class QPainter;

class ProjectionStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectionStrip)

public:
    explicit ProjectionStrip(QWidget *parent = nullptr);

    void setProjection(const SocProjectionResult &projection, const BatteryModel &battery, const QTimeZone &zone);
    // Why there is no projection (e.g. the SOC is unknown); shown instead of the curve.
    void setUnavailable(const QString &reason);
    const SocProjectionResult &projection() const { return m_projection; }
    // Hour labels over the plot, for where no timeline stands above it (the apply dialog).
    void setHourLabels(bool on);

    QString caption() const;
    // The labels of the two parts of the day: "Tomorrow, 2024-12-10" left of now, "Today, …" right.
    QStringList dayLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    double secondOfDay(qint64 ms) const;
    void paintDays(QPainter &p, const DayAxis &axis, qint64 nowMs) const;

    SocProjectionResult m_projection;
    BatteryModel m_battery;
    QTimeZone m_zone;
    QString m_unavailable;
    bool m_hourLabels = false;
};
