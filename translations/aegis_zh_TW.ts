<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CronsCodec</name>
    <message>
        <location filename="../src/core/CronsCodec.cpp" line="+20" />
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <location line="+3" />
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The schedule is not valid JSON: %1 at character %2.</source>
        <translation>排程不是有效的 JSON：%1（第 %2 個字元）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The schedule must be a JSON array of windows, but it is an object.</source>
        <translation>排程必須是時段組成的 JSON 陣列，但收到的是物件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Window %1 must be an object, but it is %2.</source>
        <translation>時段 %1 必須是物件，但收到的是%2。</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+13" />
        <source>Window %1 has no "%2".</source>
        <translation>時段 %1 缺少「%2」。</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Window %1: "%2" must be a number of seconds, but it is %3.</source>
        <translation>時段 %1：「%2」必須是秒數，但收到的是%3。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Window %1: "%2" must be a whole number of seconds, but it is %3.</source>
        <translation>時段 %1：「%2」必須是整數秒，但收到的是 %3。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Window %1: "power" must be a number of watts, but it is %2.</source>
        <translation>時段 %1：「power」必須是瓦數，但收到的是%2。</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../src/core/Duration.cpp" line="+47" />
        <source>The window length is empty; write a number and a unit such as 15m, 1h, 1d or 1mo.</source>
        <translation>統計區間長度是空的；請輸入數字加單位，例如 15m、1h、1d 或 1mo。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is not a window length; write a number and a unit (s, m, h, d, w, mo, y) such as 15m, 1h, 1d or 1mo.</source>
        <translation>「%1」不是有效的統計區間長度；請輸入數字加單位（s、m、h、d、w、mo、y），例如 15m、1h、1d 或 1mo。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is not a window length: the number must be positive and reasonable.</source>
        <translation>「%1」不是有效的統計區間長度：數字必須為正且在合理範圍內。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>"%1": a calendar length (d, w, mo, y) cannot be combined with other units.</source>
        <translation>「%1」：日曆單位（d、w、mo、y）不能與其他單位合併使用。</translation>
    </message>
</context>
<context>
    <name>ProfileFiles</name>
    <message>
        <location filename="../src/sim/ProfileFiles.cpp" line="+57" />
        <source>%1: cannot open the file: %2</source>
        <translation>%1：無法開啟檔案：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: cannot read the file: %2</source>
        <translation>%1：無法讀取檔案：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1: negative irradiance (%2)</source>
        <extracomment>%1 names the column ("column 5"), %2 is the value as written in the file</extracomment>
        <translation>%1：日照量為負值（%2）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: negative load (%2)</source>
        <extracomment>%1 names the column ("column 5"), %2 is the value as written in the file</extracomment>
        <translation>%1：負載為負值（%2）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: empty value</source>
        <translation>%1：值是空的</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: "%2" is not a number</source>
        <extracomment>%1 names the column ("column 5"), %2 is the text found there</extracomment>
        <translation>%1：「%2」不是數字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected %1 rows (or %2 in a leap year), found %3</source>
        <translation>應有 %1 列（閏年為 %2 列），實際為 %3 列</translation>
    </message>
    <message>
        <location line="+14" />
        <source>expected a multiple of %1 values (%1 half-hours per household), found %2</source>
        <translation>值的數量應為 %1 的倍數（每戶 %1 個半小時），實際為 %2 個</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+134" />
        <source>expected %1 values, found %2</source>
        <translation>應有 %1 個值，實際為 %2 個</translation>
    </message>
    <message>
        <location line="-69" />
        <source>no time column (TIME or inserted_at) in the header</source>
        <translation>標題列中沒有時間欄（TIME 或 inserted_at）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no load column (total_load(kW), grid_power or net_load(kW)) in the header</source>
        <translation>標題列中沒有負載欄（total_load(kW)、grid_power 或 net_load(kW)）</translation>
    </message>
    <message>
        <location line="+36" />
        <source>the time %1 repeats the row before</source>
        <translation>時間 %1 與上一列重複</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the time %1 is before the row before (%2)</source>
        <translation>時間 %1 早於上一列（%2）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>gap in the data: expected %1, found %2</source>
        <translation>資料有缺口：應為 %1，實際為 %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no data rows after the header</source>
        <translation>標題列之後沒有資料列</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+1" />
        <source>column "%1"</source>
        <translation>「%1」欄</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: "%2" is not a time like 2020/5/2 00:15</source>
        <translation>%1：「%2」不是像 2020/5/2 00:15 這樣的時間</translation>
    </message>
    <message>
        <location line="+23" />
        <source>no complete day: the rows must cover 00:00 to 23:45 of at least one day</source>
        <translation>沒有完整的一天：資料列必須至少涵蓋一天的 00:00 到 23:45</translation>
    </message>
</context>
<context>
    <name>QueryTime</name>
    <message>
        <location filename="../src/core/QueryTime.cpp" line="+11" />
        <source>The time is empty.</source>
        <translation>時間是空的。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>"%1" reaches too far from now.</source>
        <translation>「%1」離現在太遠。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>"%1" has no time zone: end it with Z for UTC or an offset such as +08:00.</source>
        <translation>「%1」沒有時區：請在結尾加上 Z（UTC）或時差，例如 +08:00。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>"%1" is not a valid date and time.</source>
        <translation>「%1」不是有效的日期時間。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a time: use ISO-8601 with Z or an offset, unix seconds, 0, or a time relative to now such as -6h, -7d or -1mo.</source>
        <translation>「%1」不是時間：請使用帶 Z 或時差的 ISO-8601、Unix 秒數、0，或相對於現在的時間，例如 -6h、-7d 或 -1mo。</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <location filename="../src/core/ScheduleRules.cpp" line="+19" />
        <source>Window %1 starts at %2, outside the day: a start must lie from 00:00 up to, not including, 24:00.</source>
        <translation>時段 %1 開始於 %2，超出一天的範圍：開始時間必須介於 00:00 到 24:00 之間（不含 24:00）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Window %1 stops at %2, outside the day: a stop must lie after 00:00 and no later than 24:00.</source>
        <translation>時段 %1 結束於 %2，超出一天的範圍：結束時間必須晚於 00:00 且不晚於 24:00。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Window %1 starts at %2 but stops at %3: the start must come before the stop. A window across midnight is two windows, one ending at 24:00 and one starting at 00:00.</source>
        <translation>時段 %1 開始於 %2 卻結束於 %3：開始時間必須早於結束時間。跨越午夜的時段要分成兩段，一段結束於 24:00，另一段從 00:00 開始。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Window %1 has no valid power value.</source>
        <translation>時段 %1 沒有有效的功率值。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Window %1 has zero power and would do nothing: give it a charge (+) or discharge (−) power.</source>
        <translation>時段 %1 的功率為零，不會有任何動作：請設定充電（+）或放電（−）功率。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Window %1 charges at %2, above the site's charge limit of %3.</source>
        <translation>時段 %1 以 %2 充電，超過站點充電上限 %3。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Window %1 discharges at %2, above the site's discharge limit of %3.</source>
        <translation>時段 %1 以 %2 放電，超過站點放電上限 %3。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Window %1 (%2) overlaps window %3 (%4) from %5 to %6: windows may touch but not share time.</source>
        <translation>時段 %1（%2）與時段 %3（%4）在 %5 到 %6 重疊：時段可以相接，但不能重疊。</translation>
    </message>
</context>
<context>
    <name>ScheduleWindow</name>
    <message>
        <location filename="../src/core/ScheduleWindow.cpp" line="+32" />
        <source>%1–%2, %3</source>
        <translation>%1–%2，%3</translation>
    </message>
</context>
<context>
    <name>SimMain</name>
    <message>
        <location filename="../src/app/sim_main.cpp" line="+50" />
        <source>--host needs an IP address, not "%1"</source>
        <translation>--host 需要 IP 位址，而不是「%1」</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port 需要 0 到 65535 之間的數字</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--accel needs a number above 0 and at most 1000000</source>
        <translation>--accel 需要大於 0 且不超過 1000000 的數字</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--seed needs a non-negative integer</source>
        <translation>--seed 需要非負整數</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--history-days needs a number of days from 0 to 3660</source>
        <translation>--history-days 需要 0 到 3660 之間的天數</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--start needs an ISO-8601 time with a zone, such as 2024-07-03T08:00:00+08:00</source>
        <translation>--start 需要帶時區的 ISO-8601 時間，例如 2024-07-03T08:00:00+08:00</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--token-lifetime needs a number of seconds of at least 1</source>
        <translation>--token-lifetime 需要至少 1 的秒數</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Emulates the AEGIS server of building K on loopback. The first line of output is the base URL it listens on; the /sim/ control API lives under the same URL.</source>
        <translation>在本機迴路上模擬 K 館的 AEGIS 伺服器。輸出的第一行是它所監聽的基礎 URL；/sim/ 控制 API 也在同一個 URL 下。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>TCP port to listen on; 0 picks a free one.</source>
        <translation>要監聽的 TCP 連接埠；0 表示自動選擇空閒的連接埠。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Address to listen on. Anything but loopback must be asked for.</source>
        <translation>要監聽的位址。迴路以外的位址必須明確指定。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sim seconds per real second.</source>
        <translation>每一實際秒對應的模擬秒數。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>factor</source>
        <translation>倍數</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seed of the weather noise; equal seeds give equal sites.</source>
        <translation>天氣雜訊的種子；相同的種子產生相同的站點。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days of history behind the start time.</source>
        <translation>開始時間之前的歷史天數。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>days</source>
        <translation>天數</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sim time at start, ISO-8601 (default: now).</source>
        <translation>開始時的模擬時間，ISO-8601（預設：現在）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hourly irradiance profile in apis-emulator's format.</source>
        <translation>apis-emulator 格式的每小時日照量曲線。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <location line="+1" />
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Load profile in apis-emulator's or the BEMS format.</source>
        <translation>apis-emulator 或 BEMS 格式的負載曲線。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved state to resume from.</source>
        <translation>要從中恢復的已儲存狀態。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account that may log in.</source>
        <translation>可以登入的帳號。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password of that account.</source>
        <translation>該帳號的密碼。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seconds an access token stays valid.</source>
        <translation>存取權杖的有效秒數。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fault to inject, as in /sim/faults (repeatable), e.g. latency_ms=500 or error_503_share=0.2.</source>
        <translation>要注入的故障，格式同 /sim/faults（可重複），例如 latency_ms=500 或 error_503_share=0.2。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key=value</source>
        <translation>鍵=值</translation>
    </message>
    <message>
        <location line="+20" />
        <source>--fault %1: %2</source>
        <translation>--fault %1：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>listening beyond loopback; the /sim/ control API still answers loopback clients only</source>
        <translation>正在監聽迴路以外的位址；/sim/ 控制 API 仍只回應本機迴路的用戶端</translation>
    </message>
</context>
</TS>
