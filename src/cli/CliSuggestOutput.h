#pragma once

#include "optimize/ScheduleSuggester.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTimeZone>

// What `schedule suggest` found, and the day it was asked for.
struct SuggestReport
{
    QString tariffId;
    QString tariffName;
    double feedInRate = 0;
    QTimeZone zone;
    QDate date;
    SuggestRequest request;
    Suggestion suggestion;
};

// `schedule suggest`'s output (issue 15's contract, docs/suggest.md): JSON that carries every
// figure it decided from, so that its costs can be recomputed from its own steps with the cost
// model of docs/suggest.md; or text for a person.
namespace CliSuggestOutput {

QByteArray json(const SuggestReport &report);
QByteArray text(const SuggestReport &report);

} // namespace CliSuggestOutput
