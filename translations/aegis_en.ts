<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AegisCli</name>
    <message numerus="yes">
        <location filename="../src/cli/CliCommands.cpp" line="+110"/>
        <source>%1: %n window(s) pass the checks; nothing was sent.</source>
        <translation>
            <numerusform>%1: %n window pass the checks; nothing was sent.</numerusform>
            <numerusform>%1: %n windows pass the checks; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>Applied: the server holds the %n window(s) sent (read back at update_time %1).</source>
        <translation>
            <numerusform>Applied: the server holds the %n window sent (read back at update_time %1).</numerusform>
            <numerusform>Applied: the server holds the %n windows sent (read back at update_time %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliUnitCheck.cpp" line="+75"/>
        <source>%1: each of the %n unit(s) would carry %2, above its limit of %3.</source>
        <translation>
            <numerusform>%1: the %n unit would carry %2, above its limit of %3.</numerusform>
            <numerusform>%1: each of the %n units would carry %2, above its limit of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliTariff.cpp" line="+133"/>
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CliBemsExport.cpp" line="+98"/>
        <source>%1: %n quarter-hour(s), %2 to %3 (the site&apos;s local time).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/ApplyDialog.cpp" line="+33"/>
        <source>Sending replaces the scheduler&apos;s daily windows (times in %1). %n window(s) change. After sending, the schedule is read back to confirm the server holds exactly this draft.</source>
        <translation>
            <numerusform>Sending replaces the scheduler&apos;s daily windows (times in %1). %n window changes. After sending, the schedule is read back to confirm the server holds exactly this draft.</numerusform>
            <numerusform>Sending replaces the scheduler&apos;s daily windows (times in %1). %n windows change. After sending, the schedule is read back to confirm the server holds exactly this draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftCostLine</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/DraftCostLine.cpp" line="+153"/>
        <source>(%n more: see the tooltip)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridCostSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/cost/GridCostSummary.cpp" line="+215"/>
        <source>%n quarter-hour(s) without a reading are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRecordReading</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/HistoryRecordReading.cpp" line="+142"/>
        <source>%n window(s) set</source>
        <translation>
            <numerusform>%n window set</numerusform>
            <numerusform>%n windows set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleHistoryView</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/ScheduleHistoryView.cpp" line="+305"/>
        <source>Last 7 days: %n complete run(s), bought %1, sold %2.</source>
        <translation>
            <numerusform>Last 7 days: %n complete run, bought %1, sold %2.</numerusform>
            <numerusform>Last 7 days: %n complete runs, bought %1, sold %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/ScheduleModel.cpp" line="+312"/>
        <source>%1: each of the %n unit(s) would carry %2, above its limit of %3.</source>
        <translation>
            <numerusform>%1: the %n unit would carry %2, above its limit of %3.</numerusform>
            <numerusform>%1: each of the %n units would carry %2, above its limit of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/SchedulePage.cpp" line="+371"/>
        <source>Draft not sent (%n edit(s)); saved on this computer.</source>
        <translation>
            <numerusform>Draft not sent (%n edit); saved on this computer.</numerusform>
            <numerusform>Draft not sent (%n edits); saved on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message numerus="yes">
        <location filename="../src/core/ScheduleRules.cpp" line="+104"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/TimelineEditor.cpp" line="+76"/>
        <source>%n window(s): %1.</source>
        <translation>
            <numerusform>%n window: %1.</numerusform>
            <numerusform>%n windows: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitShareNote</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/UnitShareNote.cpp" line="+29"/>
        <source>%n Pomcube unit(s) online share the site power; each may carry %1.</source>
        <translation>
            <numerusform>%n Pomcube unit online takes the site power; it may carry %1.</numerusform>
            <numerusform>%n Pomcube units online share the site power; each may carry %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowEdits</name>
    <message numerus="yes">
        <location filename="../src/core/WindowEdits.cpp" line="+112"/>
        <location line="+22"/>
        <source>A window lasts at least %n minute(s).</source>
        <translation>
            <numerusform>A window lasts at least %n minute.</numerusform>
            <numerusform>A window lasts at least %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
