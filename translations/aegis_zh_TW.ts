<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CronsCodec</name>
    <message>
        <location filename="../src/core/CronsCodec.cpp" line="+20"/>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The schedule is not valid JSON: %1 at character %2.</source>
        <translation>排程不是有效的 JSON：%1（第 %2 個字元）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schedule must be a JSON array of windows, but it is an object.</source>
        <translation>排程必須是時段組成的 JSON 陣列，但收到的是物件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Window %1 must be an object, but it is %2.</source>
        <translation>時段 %1 必須是物件，但收到的是%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Window %1 has no &quot;%2&quot;.</source>
        <translation>時段 %1 缺少「%2」。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Window %1: &quot;%2&quot; must be a number of seconds, but it is %3.</source>
        <translation>時段 %1：「%2」必須是秒數，但收到的是%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window %1: &quot;%2&quot; must be a whole number of seconds, but it is %3.</source>
        <translation>時段 %1：「%2」必須是整數秒，但收到的是 %3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window %1: &quot;power&quot; must be a number of watts, but it is %2.</source>
        <translation>時段 %1：「power」必須是瓦數，但收到的是%2。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../src/core/Duration.cpp" line="+47"/>
        <source>The window length is empty; write a number and a unit such as 15m, 1h, 1d or 1mo.</source>
        <translation>統計區間長度是空的；請輸入數字加單位，例如 15m、1h、1d 或 1mo。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a window length; write a number and a unit (s, m, h, d, w, mo, y) such as 15m, 1h, 1d or 1mo.</source>
        <translation>「%1」不是有效的統計區間長度；請輸入數字加單位（s、m、h、d、w、mo、y），例如 15m、1h、1d 或 1mo。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a window length: the number must be positive and reasonable.</source>
        <translation>「%1」不是有效的統計區間長度：數字必須為正且在合理範圍內。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot;: a calendar length (d, w, mo, y) cannot be combined with other units.</source>
        <translation>「%1」：日曆單位（d、w、mo、y）不能與其他單位合併使用。</translation>
    </message>
</context>
<context>
    <name>QueryTime</name>
    <message>
        <location filename="../src/core/QueryTime.cpp" line="+11"/>
        <source>The time is empty.</source>
        <translation>時間是空的。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; reaches too far from now.</source>
        <translation>「%1」離現在太遠。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; has no time zone: end it with Z for UTC or an offset such as +08:00.</source>
        <translation>「%1」沒有時區：請在結尾加上 Z（UTC）或時差，例如 +08:00。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a valid date and time.</source>
        <translation>「%1」不是有效的日期時間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time: use ISO-8601 with Z or an offset, unix seconds, 0, or a time relative to now such as -6h, -7d or -1mo.</source>
        <translation>「%1」不是時間：請使用帶 Z 或時差的 ISO-8601、Unix 秒數、0，或相對於現在的時間，例如 -6h、-7d 或 -1mo。</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <location filename="../src/core/ScheduleRules.cpp" line="+19"/>
        <source>Window %1 starts at %2, outside the day: a start must lie from 00:00 up to, not including, 24:00.</source>
        <translation>時段 %1 開始於 %2，超出一天的範圍：開始時間必須介於 00:00 到 24:00 之間（不含 24:00）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window %1 stops at %2, outside the day: a stop must lie after 00:00 and no later than 24:00.</source>
        <translation>時段 %1 結束於 %2，超出一天的範圍：結束時間必須晚於 00:00 且不晚於 24:00。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window %1 starts at %2 but stops at %3: the start must come before the stop. A window across midnight is two windows, one ending at 24:00 and one starting at 00:00.</source>
        <translation>時段 %1 開始於 %2 卻結束於 %3：開始時間必須早於結束時間。跨越午夜的時段要分成兩段，一段結束於 24:00，另一段從 00:00 開始。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window %1 has no valid power value.</source>
        <translation>時段 %1 沒有有效的功率值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window %1 has zero power and would do nothing: give it a charge (+) or discharge (−) power.</source>
        <translation>時段 %1 的功率為零，不會有任何動作：請設定充電（+）或放電（−）功率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window %1 charges at %2, above the site&apos;s charge limit of %3.</source>
        <translation>時段 %1 以 %2 充電，超過站點充電上限 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window %1 discharges at %2, above the site&apos;s discharge limit of %3.</source>
        <translation>時段 %1 以 %2 放電，超過站點放電上限 %3。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Window %1 (%2) overlaps window %3 (%4) from %5 to %6: windows may touch but not share time.</source>
        <translation>時段 %1（%2）與時段 %3（%4）在 %5 到 %6 重疊：時段可以相接，但不能重疊。</translation>
    </message>
</context>
<context>
    <name>ScheduleWindow</name>
    <message>
        <location filename="../src/core/ScheduleWindow.cpp" line="+32"/>
        <source>%1–%2, %3</source>
        <translation>%1–%2，%3</translation>
    </message>
</context>
</TS>
