#pragma once

#include "core/WindowEdits.h"

#include <QDialog>
#include <memory>

namespace Ui {
class WindowDialog;
}

// One window edited exactly (a double-click on the timeline): start, stop and power, checked
// against the other windows and the limits before it is taken; the reason shows inline.
class WindowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowDialog)

public:
    // `index` is the window's row in `edits`, or -1 for a new window.
    WindowDialog(const WindowEdits &edits, int index, const DailyWindow &window, QWidget *parent = nullptr);
    ~WindowDialog() override;

    DailyWindow window() const;
    void accept() override;

private:
    std::unique_ptr<Ui::WindowDialog> m_ui;
    const WindowEdits &m_edits;
    int m_index;
    DailyWindow m_window;
};
