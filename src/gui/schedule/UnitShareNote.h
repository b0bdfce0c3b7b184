#pragma once

#include <QLabel>

class ScheduleModel;

// Under the windows table: how many Pomcube units share the site power and what each may carry,
// then a "⚠" line per window that would ask a unit for more (docs/aegis-api.md §4).
class UnitShareNote final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitShareNote)

public:
    explicit UnitShareNote(const ScheduleModel &model, QWidget *parent = nullptr);

    // Whether the number of units online has been reported (else only the limit is told).
    void setUnitsKnown(bool known);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showShare();

    const ScheduleModel &m_model;
    bool m_unitsKnown = false;
};
