#pragma once

#include <QLabel>

// The editor's line for what just happened: a refused edit or a failed save in the critical
// colour, a confirmed send in the good one; hidden when there is nothing to say.
class ScheduleMessageLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleMessageLine)

public:
    explicit ScheduleMessageLine(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool problem);
    // The message shown, empty when hidden.
    QString message() const { return isVisible() ? text() : QString(); }
};
