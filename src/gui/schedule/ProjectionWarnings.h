#pragma once

#include <QLabel>

class ScheduleProjection;

// The projection's warnings under the strip, one "⚠" line per window that will do less than
// asked; hidden when there is none.
class ProjectionWarnings final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectionWarnings)

public:
    explicit ProjectionWarnings(const ScheduleProjection &projection, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showWarnings();

    const ScheduleProjection &m_projection;
};
