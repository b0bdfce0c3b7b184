#pragma once

#include <QAction>
#include <QKeySequence>

// Keys that work on every Linux desktop: Qt binds some standard keys only where the platform's
// guidelines name them (Preferences only on macOS, Redo as Ctrl+Shift+Z on GNOME), so the
// keys operators expect from other apps are added beside the platform's own.
namespace Shortcuts {

inline void set(QAction *action, QKeySequence::StandardKey standard, std::initializer_list<QKeySequence> also)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    for (const QKeySequence &key : also) {
        if (!keys.contains(key))
            keys.append(key);
    }
    action->setShortcuts(keys);
}

} // namespace Shortcuts
