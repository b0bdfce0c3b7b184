#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Spans of time as the overview says them: a countdown ("2 h 14 min") and an age
// ("5 min ago"). Whole units, rounded down, so a countdown never runs ahead of the clock.
class TimeSpanText final
{
    Q_DECLARE_TR_FUNCTIONS(TimeSpanText)

public:
    // "3 d 4 h", "2 h 14 min", "14 min 5 s", "45 s"; negative spans count as 0.
    static QString span(qint64 seconds, const QLocale &locale = QLocale());
    // "just now" under a minute, then "5 min ago", "3 h ago", "2 d ago".
    static QString ago(qint64 seconds, const QLocale &locale = QLocale());
};
