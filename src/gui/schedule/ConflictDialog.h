#pragma once

#include "core/Schedule.h"

#include <QDateTime>
#include <QDialog>
#include <memory>

class QTableWidget;
namespace Ui {
class ConflictDialog;
}

// Someone changed the server's windows since the draft was loaded (its update_time moved):
// nothing was sent. The server's windows, the draft and the base it was made from side by side,
// and the operator chooses (docs/product.md "warn and show both before overwriting").
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice { KeepEditing, Overwrite, TakeServer };

    ConflictDialog(const Schedule &server, const QDateTime &serverUpdateTime, const Schedule &draft, const Schedule &base,
                   const QDateTime &baseUpdateTime, const QTimeZone &zone, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }
    QTableWidget *serverTable() const;
    QTableWidget *draftTable() const;
    QTableWidget *baseTable() const;

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    Choice m_choice = Choice::KeepEditing;
};
