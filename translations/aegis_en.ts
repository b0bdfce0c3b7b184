<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AegisCli</name>
    <message numerus="yes">
        <location filename="../src/app/CliCommands.cpp" line="+91"/>
        <source>%1: %n window(s) pass the checks; nothing was sent.</source>
        <translation>
            <numerusform>%1: %n window pass the checks; nothing was sent.</numerusform>
            <numerusform>%1: %n windows pass the checks; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>Applied: the server holds the %n window(s) sent (read back at update_time %1).</source>
        <translation>
            <numerusform>Applied: the server holds the %n window sent (read back at update_time %1).</numerusform>
            <numerusform>Applied: the server holds the %n windows sent (read back at update_time %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message numerus="yes">
        <location filename="../src/gui/SchedulePage.cpp" line="+124"/>
        <source>Last 7 days: %n complete run(s), bought %1, sold %2.</source>
        <translation>
            <numerusform>Last 7 days: %n complete run, bought %1, sold %2.</numerusform>
            <numerusform>Last 7 days: %n complete runs, bought %1, sold %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
