<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AegisCli</name>
    <message numerus="yes">
        <location filename="../src/app/CliCommands.cpp" line="+91"/>
        <source>%1: %n window(s) pass the checks; nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>Applied: the server holds the %n window(s) sent (read back at update_time %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
