<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AegisCli</name>
    <message>
        <location filename="../src/app/cli_main.cpp" line="+33"/>
        <source>Try aegis-cli --help.</source>
        <translation>請執行 aegis-cli --help 查看說明。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCommands.cpp" line="+57"/>
        <source>--scheduler needs a positive whole number</source>
        <translation>--scheduler 需要正整數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--remember needs the keyring, which --no-keychain switches off</source>
        <translation>--remember 需要金鑰圈，但 --no-keychain 關閉了它</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the windows break the scheduler&apos;s rules; nothing was sent:
%2</source>
        <translation>%1：時段違反排程規則；沒有送出任何資料：
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--expect-update-time needs the update_time as schedule get printed it, such as 2024-12-06T10:25:38.178Z</source>
        <translation>--expect-update-time 需要 schedule get 印出的 update_time，例如 2024-12-06T10:25:38.178Z</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n window(s) pass the checks; nothing was sent.</source>
        <translation>
            <numerusform>%1：%n 個時段通過檢查；沒有送出任何資料。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>trust needs an https --url; %1 uses no certificate</source>
        <translation>trust 需要 https 的 --url；%1 不使用憑證</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trust needs --fingerprint with the 64 hex digits of the certificate&apos;s SHA-256 fingerprint (AB:CD:...)</source>
        <translation>trust 需要 --fingerprint，內容為憑證 SHA-256 指紋的 64 個十六進位數字（AB:CD:...）</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+178"/>
        <source>cannot write to stdout</source>
        <translation>無法寫入標準輸出</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>The saved password of %1 on %2 is removed.</source>
        <translation>已移除 %2 上 %1 的已儲存密碼。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the login reply names no organization; give --organization</source>
        <translation>登入回應中沒有組織；請提供 --organization</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Applied: the server holds the %n window(s) sent (read back at update_time %1).</source>
        <translation>
            <numerusform>已套用：伺服器保存了送出的 %n 個時段（於 update_time %1 讀回確認）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing was sent: the schedule changed on the server (update_time %1, not %2)</source>
        <translation>沒有送出任何資料：伺服器上的排程已變更（update_time 為 %1，而非 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server refused the schedule; nothing changed. %1</source>
        <translation>伺服器拒絕了排程；沒有任何變更。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applied: reading back shows other windows on the server than those sent:
%1</source>
        <translation>未套用：讀回顯示伺服器上的時段與送出的不同：
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whether the schedule was applied is unknown; check with aegis-cli schedule get, or send it again.</source>
        <translation>無法確定排程是否已套用；請以 aegis-cli schedule get 檢查，或重新送出。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliHelp.cpp" line="+14"/>
        <source>Command-line front of the AEGIS server for operators&apos; scripts.

Commands:
  login              check the account and password and print who is logged in
  forget             remove the password of --user on --url from the keyring
  query device       time series of single devices (aegis-api.md section 5)
  query domain       site statistics of a domain (aegis-api.md section 6)
  schedule get       the battery schedule&apos;s daily windows
  schedule set FILE  send new windows: checked first, confirmed by reading them back
  schedule history   the scheduler&apos;s events and energy totals
  trust              approve the server&apos;s self-signed certificate by its fingerprint
  tariff list        the tariff plans: built in, and the operator&apos;s files
  tariff show NAME   one plan: seasons, day types, periods and prices
  schedule cost [FILE]  what FILE&apos;s windows (or the server&apos;s) cost on a usual day
  schedule suggest   a few daily windows that cost least, from the tariff and the usual day
  cost               what the site paid per day or month, and what the battery saved
  export bems        the site&apos;s 15-minute load, PV and net load as the trading platform&apos;s CSV

Run aegis-cli COMMAND --help for the options of one command.</source>
        <translation>供操作人員腳本使用的 AEGIS 伺服器命令列工具。

指令：
  login              檢查帳號與密碼，並顯示登入者
  forget             從金鑰圈移除 --url 上 --user 的密碼
  query device       單一裝置的時間序列（aegis-api.md 第 5 節）
  query domain       網域的站點統計（aegis-api.md 第 6 節）
  schedule get       電池排程的每日時段
  schedule set FILE  送出新時段：先檢查，再讀回確認
  schedule history   排程的事件與能量總計
  trust              依指紋核准伺服器的自簽憑證
  tariff list        電價方案：內建的與操作人員的檔案
  tariff show NAME   單一方案：季節、日別、時段與價格
  schedule cost [FILE]  FILE（或伺服器）的時段在一般日子的電費
  schedule suggest   依電價與一般日子，建議電費最低的幾個每日時段
  cost               站點每日或每月支付的電費，以及電池省下的金額
  export bems        站點每 15 分鐘的負載、太陽能與淨負載，輸出為交易平台的 CSV

執行 aegis-cli COMMAND --help 以查看單一指令的選項。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Logs in and prints who is logged in: user, role, domain and organization (never the token).
Output: JSON, or CSV with a header line.</source>
        <translation>登入並印出登入者：使用者、角色、站點與組織（絕不印出權杖）。
輸出：JSON，或含標題列的 CSV。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the saved password of --user on --url from the keyring.</source>
        <translation>從金鑰圈移除 --url 上 --user 的已儲存密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Each option is one parameter of the query (its contract name in brackets); lists are comma-separated and list options may be repeated. --start and --fields are required.
Output: JSON is the server&apos;s reply as it came (checked to be readable). CSV starts with a header line naming each column with its unit and the time zone of the times (UTC unless --tz), e.g.
  time (UTC),DeviceName,field,value (W)
When the fields have different units, the value column is followed by a unit column. With --pivot there is one column per field: time (UTC),DeviceName,LoadPower (W),BatSoC (%). An empty cell is a null.</source>
        <translation>%1
每個選項對應查詢的一個參數（方括號內為合約中的名稱）；清單以逗號分隔，清單選項可重複。--start 與 --fields 為必填。
輸出：JSON 為伺服器原樣的回應（已確認可讀取）。CSV 以標題列開頭，標出每欄的單位與時間的時區（除非指定 --tz，否則為 UTC），例如
  time (UTC),DeviceName,field,value (W)
欄位單位不同時，數值欄後面會接一個單位欄。使用 --pivot 時每個欄位一欄：time (UTC),DeviceName,LoadPower (W),BatSoC (%)。空白儲存格代表 null。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queries time series of single devices (GET device_datas/query, aegis-api.md section 5).</source>
        <translation>查詢單一裝置的時間序列（GET device_datas/query，aegis-api.md 第 5 節）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries site statistics of a domain subtree (GET domain_datas/query, aegis-api.md section 6); without --time-function each field uses its default aggregation.</source>
        <translation>查詢站點子樹的統計資料（GET domain_datas/query，aegis-api.md 第 6 節）；未指定 --time-function 時，各欄位使用預設的彙總方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints the battery schedule (GET power_schedulers/ID).
Output: JSON {&quot;scheduler_id&quot;, &quot;timezone&quot;, &quot;update_time&quot;, &quot;enabled&quot;, &quot;running&quot;, &quot;start_time&quot;, &quot;stop_time&quot;, &quot;windows&quot;: [{&quot;start&quot;: &quot;17:00&quot;, &quot;stop&quot;: &quot;19:00&quot;, &quot;start_time&quot;: 61200, &quot;stop_time&quot;: 68400, &quot;power_w&quot;: -20000}], &quot;crons&quot;}, the form schedule set reads; or CSV: one line per window, start and stop in the scheduler&apos;s time zone, power in W (&gt; 0 charges, &lt; 0 discharges).</source>
        <translation>印出電池排程（GET power_schedulers/ID）。
輸出：JSON {&quot;scheduler_id&quot;, &quot;timezone&quot;, &quot;update_time&quot;, &quot;enabled&quot;, &quot;running&quot;, &quot;start_time&quot;, &quot;stop_time&quot;, &quot;windows&quot;: [{&quot;start&quot;: &quot;17:00&quot;, &quot;stop&quot;: &quot;19:00&quot;, &quot;start_time&quot;: 61200, &quot;stop_time&quot;: 68400, &quot;power_w&quot;: -20000}], &quot;crons&quot;}，即 schedule set 可讀取的格式；或 CSV：每個時段一行，開始與結束時間採用排程的時區，功率單位為 W（&gt; 0 充電，&lt; 0 放電）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replaces the battery schedule&apos;s windows with those in FILE (- reads stdin).
FILE holds the scheduler&apos;s crons array [{&quot;start_time&quot;: 61200, &quot;stop_time&quot;: 68400, &quot;power&quot;: -20000}], an object {&quot;crons&quot;: &quot;...&quot;}, or what schedule get prints: {&quot;windows&quot;: [{&quot;start&quot;: &quot;17:00&quot;, &quot;stop&quot;: &quot;19:00&quot;, &quot;power_w&quot;: -20000}]} (times in the scheduler&apos;s zone, 24:00 = end of day).
The windows are checked against the scheduler&apos;s rules first (inside the day, no overlap, power limits); a schedule that breaks them is refused with the reasons (exit 2) and nothing is sent. Then the windows are sent once and read back: exit 0 only when the server holds exactly them (the schedule is printed as by schedule get), exit 5 with the difference when it does not.</source>
        <translation>以 FILE 中的時段取代電池排程的時段（- 表示讀取標準輸入）。
FILE 內容為排程的 crons 陣列 [{&quot;start_time&quot;: 61200, &quot;stop_time&quot;: 68400, &quot;power&quot;: -20000}]、物件 {&quot;crons&quot;: &quot;...&quot;}，或 schedule get 印出的格式：{&quot;windows&quot;: [{&quot;start&quot;: &quot;17:00&quot;, &quot;stop&quot;: &quot;19:00&quot;, &quot;power_w&quot;: -20000}]}（時間採用排程的時區，24:00 = 一天結束）。
時段會先依排程規則檢查（在一天之內、不重疊、功率限制）；違反規則的排程會附上原因被拒絕（結束代碼 2），不送出任何資料。接著時段只送出一次並讀回：只有伺服器確實保存了這些時段才以 0 結束（並如 schedule get 般印出排程），否則以 5 結束並印出差異。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each window&apos;s power is split across the Pomcube units online (those whose SOC reached the server in the last 15 minutes, or --units); a window that would ask a unit for more than --unit-limit is refused the same way (exit 2), as the editor warns of it. With --dry-run the share is checked only when --units is given.</source>
        <translation>每個時段的功率由上線的 Pomcube 電池平均分擔（最近 15 分鐘內有 SOC 回報者，或以 --units 指定）；若某時段使每台電池承擔超過 --unit-limit，將同樣被拒絕（結束碼 2），與編輯器的警告一致。使用 --dry-run 時，只有指定 --units 才會檢查分擔。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prints the scheduler&apos;s events and energy totals (GET power_schedulers/ID/history; default the last 7 days).
Output: JSON {&quot;running&quot;, &quot;complete_count&quot;, &quot;purchase_energy&quot;, &quot;sell_energy&quot;, &quot;records&quot;: [{&quot;_time&quot;, &quot;type&quot;, &quot;data&quot;, &quot;message&quot;, &quot;purchase_energy&quot;, &quot;sell_energy&quot;}]} with data decoded from its JSON text; or CSV, one line per record. Energies in kWh.</source>
        <translation>印出排程的事件與電能總計（GET power_schedulers/ID/history；預設為最近 7 天）。
輸出：JSON {&quot;running&quot;, &quot;complete_count&quot;, &quot;purchase_energy&quot;, &quot;sell_energy&quot;, &quot;records&quot;: [{&quot;_time&quot;, &quot;type&quot;, &quot;data&quot;, &quot;message&quot;, &quot;purchase_energy&quot;, &quot;sell_energy&quot;}]}，其中 data 已由 JSON 文字解碼；或 CSV，每筆紀錄一行。電能單位為 kWh。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approves the self-signed certificate of the server at --url (https): connects, and saves the certificate as trusted only when its SHA-256 fingerprint equals --fingerprint (ask your administrator for it; any command prints the fingerprint the server shows). Nothing is sent but the TLS handshake. Approved certificates are kept in %1.</source>
        <translation>核准 --url（https）伺服器的自簽憑證：連線後，只有在憑證的 SHA-256 指紋等於 --fingerprint 時才將其儲存為受信任（請向管理員索取指紋；任何指令都會印出伺服器顯示的指紋）。除了 TLS 交握外不會送出任何資料。已核准的憑證存放在 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the tariff plans: Taipower&apos;s built in, then the operator&apos;s JSON files in --tariff-dir (the folder the app saves its plans in). A file that cannot be read is listed with the reason.
Output: JSON [{&quot;id&quot;, &quot;name&quot;, &quot;source&quot;: &quot;built-in&quot; or &quot;file&quot;, &quot;path&quot;, &quot;error&quot;}], or text, one plan per line.</source>
        <translation>列出電價方案：內建的台電方案，接著是 --tariff-dir 中操作人員的 JSON 檔（本程式儲存方案的資料夾）。無法讀取的檔案會連同原因列出。
輸出：JSON [{&quot;id&quot;, &quot;name&quot;, &quot;source&quot;: &quot;built-in&quot; 或 &quot;file&quot;, &quot;path&quot;, &quot;error&quot;}]，或文字，每行一個方案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows one plan by the id tariff list prints: its seasons, the periods of each day type with their prices (NT$/kWh), the feed-in rate, the contract capacity, the basic charge (NT$/kW/month) and the years whose off-peak days are known (docs/tariffs.md).
Output: JSON (the figures named with their units), or text.</source>
        <translation>依 tariff list 印出的 id 顯示一個方案：季節、各日別的時段與電價（NT$/kWh）、售電費率、契約容量、基本電費（NT$/kW/月），以及已知離峰日的年份（docs/tariffs.md）。
輸出：JSON（數值附單位名稱），或文字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the windows of FILE (any form schedule set reads), or the server&apos;s schedule without FILE, cost on one day: the usual day of --day-type (the mean load of that kind of day over the last four weeks, the mean solar; for --date the forecast where the server has one), the battery from its current SOC, the grid limits of --connection-kw, --avail and --export-limit-kw, priced by --tariff in the season of the day (docs/tariffs.md &quot;The cost of a schedule&quot;).
Output: JSON with the day&apos;s import and export (kWh), cost (NT$), peak (kW), cap cuts and overrun (kWh), SOC (%) and the month&apos;s estimate, each key naming its unit; CSV: the 96 quarter-hours; text: a summary.</source>
        <translation>FILE 的時段（schedule set 可讀的任何格式），或未給 FILE 時伺服器的排程，在一天內的電費：--day-type 的平常一天（過去四週該類日子的平均負載、平均太陽能；指定 --date 時使用伺服器的預測），電池從目前電量開始，市電限制取自 --connection-kw、--avail 與 --export-limit-kw，依當日季節以 --tariff 計價（docs/tariffs.md「排程的電費」）。
輸出：JSON，含當日購電與售電（kWh）、電費（NT$）、尖峰（kW）、上限削減與超量（kWh）、電量（%）及當月估計，每個鍵名都標示單位；CSV：96 個刻鐘；文字：摘要。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggests at most --max-windows daily windows that cost least on the usual day of --day-type (docs/suggest.md): a linear program over the 96 quarter-hours, cut into windows, costed by the same model as schedule cost, beside the server&apos;s schedule. Nothing is sent; --out writes the windows for schedule set.
Output: JSON {&quot;steps&quot;: 96 × {&quot;start&quot;, &quot;import_price&quot;, &quot;feedin_price&quot; (NT$/kWh), &quot;pv_w&quot;, &quot;load_w&quot;, &quot;import_cap_w&quot;, &quot;export_cap_w&quot; (null: none), &quot;plan_battery_w&quot; (&gt; 0 charges), &quot;soc_pct&quot;}, &quot;windows&quot;, &quot;cost&quot;: {&quot;plan_ntd&quot;, &quot;windows_ntd&quot;, &quot;server_schedule_ntd&quot;}, &quot;battery&quot;, &quot;violations&quot;: [{&quot;key&quot;, &quot;amount&quot;, &quot;unit&quot;}]}; or text.</source>
        <translation>在 --day-type 的平常一天，建議最多 --max-windows 個電費最低的每日時段（docs/suggest.md）：對 96 個刻鐘求解線性規劃，再切成時段，以與 schedule cost 相同的模型計算電費，並與伺服器的排程並列。不會送出任何資料；--out 將時段寫成 schedule set 可讀的檔案。
輸出：JSON {&quot;steps&quot;: 96 × {&quot;start&quot;, &quot;import_price&quot;, &quot;feedin_price&quot;（NT$/kWh）, &quot;pv_w&quot;, &quot;load_w&quot;, &quot;import_cap_w&quot;, &quot;export_cap_w&quot;（null：無）, &quot;plan_battery_w&quot;（&gt; 0 為充電）, &quot;soc_pct&quot;}, &quot;windows&quot;, &quot;cost&quot;: {&quot;plan_ntd&quot;, &quot;windows_ntd&quot;, &quot;server_schedule_ntd&quot;}, &quot;battery&quot;, &quot;violations&quot;: [{&quot;key&quot;, &quot;amount&quot;, &quot;unit&quot;}]}；或文字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the site paid, per local day (--every 1d, the default) or month (1mo) of [--start, --stop): the 15-minute grid import (GridEnergy) and export (the grid meter&apos;s OutputEnergy) priced by --tariff, and what the battery saved: the same quarter-hours priced without its charge and discharge. The basic charge is not included.
Output: JSON {&quot;periods&quot;: [{&quot;first&quot;, &quot;last&quot;, &quot;import_kwh&quot;, &quot;export_kwh&quot;, &quot;charge_kwh&quot;, &quot;discharge_kwh&quot;, &quot;net_cost_ntd&quot;, &quot;peak_import_kw&quot;, &quot;without_battery_net_cost_ntd&quot;, &quot;battery_saved_ntd&quot;, ...}], &quot;total&quot;}, or CSV, one line per period, or text.</source>
        <translation>站點在 [--start, --stop) 之間每個當地日（--every 1d，預設）或每月（1mo）付的電費：以 --tariff 計價每 15 分鐘的購電（GridEnergy）與售電（市電電表的 OutputEnergy），以及電池省下的金額：同樣的刻鐘扣除電池充放電後的電費差。不含基本電費。
輸出：JSON {&quot;periods&quot;: [{&quot;first&quot;, &quot;last&quot;, &quot;import_kwh&quot;, &quot;export_kwh&quot;, &quot;charge_kwh&quot;, &quot;discharge_kwh&quot;, &quot;net_cost_ntd&quot;, &quot;peak_import_kw&quot;, &quot;without_battery_net_cost_ntd&quot;, &quot;battery_saved_ntd&quot;, ...}], &quot;total&quot;}，或 CSV（每期一行），或文字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writes the site&apos;s quarter-hours of [--start, --stop) (default stop: now) in the energy-trading platform&apos;s ABRI_BEMS form (docs/tariffs.md &quot;BEMS export&quot;), to --out or stdout: the total load and the PV generation (15-minute means of LoadPower and SolarPower) and the net load, grid import minus export over the quarter-hour (GridEnergy and the grid meter&apos;s OutputEnergy), in kW to the watt. TIME is the start of the quarter-hour on the site&apos;s wall clock (the scheduler&apos;s zone; --tz does not apply), written as the platform&apos;s sample writes it:
  total_load(kW),PV_generate(kW),net_load(kW),TIME
  21.96,0,21.96,2020/5/2 00:15
The range is cut to whole quarter-hours that are over, at most %1 days. A range that is empty or too long is refused (exit 2); quarter-hours without data at its ends are left out, a gap inside it is refused (exit 4). aegis-sim reads the file back as the site&apos;s load.</source>
        <translation>將站點 [--start, --stop)（stop 預設為現在）的各刻鐘以能源交易平台的 ABRI_BEMS 格式（docs/tariffs.md「BEMS export」）寫到 --out 或標準輸出：總負載與太陽能發電（LoadPower 與 SolarPower 的 15 分鐘平均），以及淨負載，即該刻鐘的購電減售電（GridEnergy 與市電電表的 OutputEnergy），單位 kW，精確到瓦。TIME 是該刻鐘在站點當地時間（排程時區；--tz 不適用）的起點，寫法與平台範例相同：
  total_load(kW),PV_generate(kW),net_load(kW),TIME
  21.96,0,21.96,2020/5/2 00:15
範圍會裁成已結束的完整刻鐘，最多 %1 天。空的或過長的範圍會被拒絕（結束代碼 2）；兩端沒有資料的刻鐘會省略，範圍中間的缺口會被拒絕（結束代碼 4）。aegis-sim 可將此檔讀回作為站點負載。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Password: from the environment variable AEGIS_PASSWORD, else from the keyring (saved by login --remember; --no-keychain skips it), else asked for on the terminal when stdin is one. There is no password option: other users can read command lines.
</source>
        <translation>密碼：取自環境變數 AEGIS_PASSWORD，否則取自金鑰圈（由 login --remember 儲存；--no-keychain 會略過），否則在標準輸入為終端機時詢問。沒有密碼選項：其他使用者可以看到命令列。
</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/cli/CliOptions.cpp" line="+49"/>
        <source>What to do; see the list above.</source>
        <translation>要執行的動作；請見上方清單。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliOptions.cpp" line="+76"/>
        <source>list</source>
        <translation>清單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL (default: $AEGIS_URL, else %1).</source>
        <translation>API 基礎 URL（預設：$AEGIS_URL，否則為 %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account to log in with (default: $AEGIS_USER).</source>
        <translation>登入帳號（預設：$AEGIS_USER）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: json or csv; text where a command&apos;s help offers it.</source>
        <translation>輸出格式：json 或 csv；指令說明有列出時也可用 text。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on a request after this many seconds.</source>
        <translation>請求超過此秒數即放棄。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse a reply larger than this many megabytes; ask for a narrower range or a coarser resolution instead.</source>
        <translation>拒絕大於此 MB 數的回覆；請改為查詢較窄的範圍或較粗的解析度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>megabytes</source>
        <translation>MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone of the times in CSV output, an IANA name such as Asia/Taipei; the header names it (default UTC).</source>
        <translation>CSV 輸出中時間的時區，為 IANA 名稱，例如 Asia/Taipei；標題列會標明（預設 UTC）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Neither read nor save the password in the keyring.</source>
        <translation>不從金鑰圈讀取密碼，也不儲存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a successful login, save the password in the keyring.</source>
        <translation>登入成功後，將密碼儲存到金鑰圈。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization id [organization_id] (default: the one of the login reply).</source>
        <translation>組織編號 [organization_id]（預設：登入回應中的組織）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+58"/>
        <source>id</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Domain id: the subtree to query [domain_id].</source>
        <translation>站點編號：要查詢的子樹 [domain_id]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device output, e.g. pomcube_data [device_output_name].</source>
        <translation>裝置輸出埠，例如 pomcube_data [device_output_name]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Device categories [device_type_category_name].</source>
        <translation>裝置類型群組 [device_type_category_name]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device types [device_type_name].</source>
        <translation>裝置類型 [device_type_name]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device names [device_names].</source>
        <translation>裝置名稱 [device_names]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place names [place_names].</source>
        <translation>位置名稱 [place_names]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of the range: ISO-8601 with Z or an offset, unix seconds, relative to now (-30m, -6h, -7d, -1mo) or 0 for the beginning of data [start].</source>
        <translation>範圍的開始：帶 Z 或時差的 ISO-8601、Unix 秒數、相對於現在（-30m、-6h、-7d、-1mo），或 0 表示資料的開頭 [start]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+49"/>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>End of the range, same forms (default: now) [stop].</source>
        <translation>範圍的結束，格式相同（預設：現在）[stop]。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field names, e.g. SolarPower,BatSoC [fields].</source>
        <translation>欄位名稱，例如 SolarPower,BatSoC [fields]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag filter: a JSON object such as {&quot;device_name&quot;:[&quot;d1&quot;,&quot;d2&quot;]}, or tag=value (tag=v1,v2 for a list); repeatable [where].</source>
        <translation>標籤篩選：JSON 物件，例如 {&quot;device_name&quot;:[&quot;d1&quot;,&quot;d2&quot;]}，或 tag=value（清單用 tag=v1,v2）；可重複 [where]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn cumulative counters into per-interval values before aggregating [differenceNonNegativeSource=true].</source>
        <translation>彙總前先將累計計數器轉為每區間的值 [differenceNonNegativeSource=true]。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window length: 15m, 1h, 1d, 1w, 1mo, 1y [every]; cost takes 1d or 1mo.</source>
        <translation>時間窗長度：15m、1h、1d、1w、1mo、1y [every]；cost 只接受 1d 或 1mo。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length</source>
        <translation>長度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first, last, min, max, mean, median, count, sum, spread or integral [time_function].</source>
        <translation>first、last、min、max、mean、median、count、sum、spread 或 integral [time_function]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>function</source>
        <translation>函式</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Windows without points give a null row [create_empty=true].</source>
        <translation>沒有資料點的區間產生 null 列 [create_empty=true]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window edge that becomes the time: _start or _stop [time_src].</source>
        <translation>作為時間的區間邊界：_start 或 _stop [time_src]。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zone whose local midnight starts d, w, mo and y windows [timezone]; for the zone of the printed times see --tz.</source>
        <translation>d、w、mo、y 區間以此時區的當地午夜起算 [timezone]；印出時間的時區請見 --tz。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each window minus the previous one [difference=true].</source>
        <translation>每個區間減去前一個區間 [difference=true]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group columns, e.g. DeviceName,_field; !Col groups only before the time function [group_by].</source>
        <translation>分組欄位，例如 DeviceName,_field；!Col 只在統計函式之前分組 [group_by]。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>min, max, mean, median, count or sum across groups [group_function].</source>
        <translation>跨群組的 min、max、mean、median、count 或 sum [group_function]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per time with one column per field [pivot_columns=_field].</source>
        <translation>每個時間一列，每個欄位一欄 [pivot_columns=_field]。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many rows per table [limit].</source>
        <translation>每個表格最多的列數 [limit]。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power scheduler id (4 is building K).</source>
        <translation>電力調度排程編號（K 館為 4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send only if the server&apos;s update_time is still this (as schedule get printed it); else exit 5 and send nothing.</source>
        <translation>只有在伺服器的 update_time 仍為此值（如 schedule get 所印）時才送出；否則以 5 結束且不送出任何資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One Pomcube unit&apos;s power limit, charge or discharge.</source>
        <translation>單台 Pomcube 電池的功率上限（充電或放電）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+7"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>How many Pomcube units share the power, instead of counting those online.</source>
        <translation>分擔功率的 Pomcube 電池台數，取代自動計算上線台數。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>台數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read and check FILE and print the windows; log in and send nothing.</source>
        <translation>讀取並檢查 FILE，印出時段；不登入也不送出任何資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of the operator&apos;s tariff plans, shared with the app (default: %1).</source>
        <translation>操作人員電價方案的資料夾，與本程式共用（預設：%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tariff plan by id, as tariff list prints it (default for schedule suggest: %1).</source>
        <translation>電價方案的 id，如 tariff list 所列（schedule suggest 的預設：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kind of day: weekday, saturday or sunday (default: that of --date, else of today).</source>
        <translation>日別：weekday、saturday 或 sunday（預設：--date 的日別，否則為今天的日別）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day, in the site&apos;s zone; its season and, with the forecast, its solar (default: today, or the next day of --day-type).</source>
        <translation>站點時區中的日期；決定季節，並以預測決定太陽能（預設：今天，或 --day-type 的下一天）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The battery&apos;s SOC at the start of the day (default: the server&apos;s SOC now).</source>
        <translation>一天開始時的電池電量（預設：伺服器目前的電量）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+17"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The lowest SOC the day may end at (default: the start SOC).</source>
        <translation>一天結束時的最低電量（預設：起始電量）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this many daily windows, 1 to %1.</source>
        <translation>每日時段的上限，1 到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the suggested windows to FILE in the form schedule set reads.</source>
        <translation>同時把建議的時段寫入 FILE，格式為 schedule set 可讀的形式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write; - or none writes to stdout.</source>
        <translation>要寫入的檔案；- 或不指定則寫到標準輸出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grid connection&apos;s import capacity (default: none, import is not limited).</source>
        <translation>市電併接點的購電容量（預設：無，購電不受限）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The grid operator&apos;s availability: import cap = --connection-kw × AVAIL / 100.</source>
        <translation>電網業者的可用度：購電上限 = --connection-kw × AVAIL / 100。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export (feed-in) limit; 0 is zero feed-in (default: not limited).</source>
        <translation>售電（饋網）上限；0 表示零饋網（預設：不受限）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint the certificate must have, as AB:CD:... (64 hex digits).</source>
        <translation>憑證必須具有的 SHA-256 指紋，格式為 AB:CD:...（64 個十六進位數字）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no command given</source>
        <translation>沒有指定指令</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>export needs bems: aegis-cli export bems --start ... --out FILE</source>
        <translation>export 需要 bems：aegis-cli export bems --start ... --out FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tariff needs list or show NAME</source>
        <translation>tariff 需要 list 或 show NAME</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>query needs device or domain: aegis-cli query device ..., aegis-cli query domain ...</source>
        <translation>query 需要 device 或 domain：aegis-cli query device ...、aegis-cli query domain ...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>schedule needs get, set FILE, history, cost [FILE] or suggest</source>
        <translation>schedule 需要 get、set FILE、history、cost [FILE] 或 suggest</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--format needs %1 or %2, not &quot;%3&quot;</source>
        <translation>--format 需要 %1 或 %2，而不是「%3」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format needs %1, not &quot;%2&quot;</source>
        <translation>--format 需要 %1，而不是「%2」</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知的指令「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tariff show needs the NAME of a plan, as tariff list prints it</source>
        <translation>tariff show 需要方案的 NAME，如 tariff list 所列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule set needs the FILE that holds the windows (- for stdin)</source>
        <translation>schedule set 需要存放時段的 FILE（- 表示標準輸入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot; after %2</source>
        <translation>%2 之後出現非預期的參數「%1」</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 不適用於 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--url needs an http or https URL such as https://host:20080/api, not &quot;%1&quot;</source>
        <translation>--url 需要 http 或 https 的 URL，例如 https://host:20080/api，而不是「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no account: give --user or set AEGIS_USER</source>
        <translation>沒有帳號：請提供 --user 或設定 AEGIS_USER</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--timeout needs a number of seconds above 0 and at most 86400</source>
        <translation>--timeout 需要大於 0 且不超過 86400 的秒數</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-reply-mb needs a number of megabytes above 0 and at most 4096</source>
        <translation>--max-reply-mb 需要大於 0 且不超過 4096 的 MB 數</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--tz needs an IANA time zone such as Asia/Taipei or UTC, not &quot;%1&quot;</source>
        <translation>--tz 需要 IANA 時區，例如 Asia/Taipei 或 UTC，而不是「%1」</translation>
    </message>
    <message>
        <location filename="../src/cli/CliHelp.cpp" line="+3"/>
        <source>The command.</source>
        <translation>指令。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: aegis-cli [options] %1</source>
        <translation>用法：aegis-cli [選項] %1</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCostOutput.cpp" line="+53"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../src/cli/CliOutput.cpp" line="+46"/>
        <source>start (%1)</source>
        <translation>開始（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>period</source>
        <translation>時段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import price (NT$/kWh)</source>
        <translation>購電電價（NT$/kWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solar (kW)</source>
        <translation>太陽能（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>load (kW)</source>
        <translation>負載（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scheduled (kW)</source>
        <translation>排程（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>battery (kW)</source>
        <translation>電池（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import (kW)</source>
        <translation>購電（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>export (kW)</source>
        <translation>售電（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curtailed (kW)</source>
        <translation>棄電（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cap cut (kW)</source>
        <translation>上限削減（kW）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overrun (kW)</source>
        <translation>超量（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOC at end (%)</source>
        <translation>結束電量（%）</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../src/cli/CliSuggestOutput.cpp" line="+116"/>
        <source>%1 (%2), %3 in %4, priced by %5
</source>
        <translation>%1（%2），%4 的 %3，以 %5 計價
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows (%1): %2
</source>
        <translation>時段（%1）：%2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s schedule</source>
        <translation>伺服器的排程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1 kWh, export %2 kWh, curtailed %3 kWh
</source>
        <translation>購電 %1 kWh，售電 %2 kWh，棄電 %3 kWh
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost %1 NT$ (import %2 NT$, export credit %3 NT$)
</source>
        <translation>電費 %1 NT$（購電 %2 NT$，售電收入 %3 NT$）
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak import %1 kW at %2
</source>
        <translation>最高購電 %1 kW，於 %2
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cut by the import cap %1 kWh, over the cap %2 kWh
</source>
        <translation>被購電上限削減 %1 kWh，超過上限 %2 kWh
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/CliSuggestOutput.cpp" line="+13"/>
        <source>SOC %1 % to %2 %
</source>
        <translation>電量 %1 % 到 %2 %
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month %1: %2 NT$ energy + %3 NT$ basic charge = %4 NT$
</source>
        <translation>%1 月：流動電費 %2 NT$ + 基本電費 %3 NT$ = %4 NT$
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>first (%1)</source>
        <translation>開始（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last (%1)</source>
        <translation>結束（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quarter-hours</source>
        <translation>刻鐘數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing quarter-hours</source>
        <translation>缺少的刻鐘數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import (kWh)</source>
        <translation>購電（kWh）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>export (kWh)</source>
        <translation>售電（kWh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charge (kWh)</source>
        <translation>充電（kWh）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discharge (kWh)</source>
        <translation>放電（kWh）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import cost (NT$)</source>
        <translation>購電電費（NT$）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export credit (NT$)</source>
        <translation>售電收入（NT$）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>net cost (NT$)</source>
        <translation>淨電費（NT$）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>peak import (kW)</source>
        <translation>最高購電（kW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net cost without battery (NT$)</source>
        <translation>無電池時的淨電費（NT$）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>battery saved (NT$)</source>
        <translation>電池省下（NT$）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Priced by %1 (%2)
</source>
        <translation>以 %1（%2）計價
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  import %2 kWh  export %3 kWh  cost %4 NT$  peak %5 kW  battery saved %6 NT$
</source>
        <translation>%1  購電 %2 kWh  售電 %3 kWh  電費 %4 NT$  尖峰 %5 kW  電池省下 %6 NT$
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../src/cli/CliOutput.cpp" line="+0"/>
        <source>stop (%1)</source>
        <translation>結束（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>scheduler&apos;s zone</source>
        <translation>排程時區</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../src/cli/QueryCsv.cpp" line="+50"/>
        <source>time (%1)</source>
        <translation>時間（%1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  server:   %1:%2
  subject:  %3
  issuer:   %4
  valid:    %5 to %6
  SHA-256:  %7
</source>
        <translation>  伺服器：  %1:%2
  主體：    %3
  簽發者：  %4
  有效期：  %5 至 %6
  SHA-256： %7
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliQuery.cpp" line="+43"/>
        <source>--where: not a JSON object (%1)</source>
        <translation>--where：不是 JSON 物件（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--where: the values of &quot;%1&quot; must be strings or numbers</source>
        <translation>--where：「%1」的值必須是字串或數字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--where: &quot;%1&quot; needs a string, a number or a list</source>
        <translation>--where：「%1」需要字串、數字或清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--where needs a JSON object or tag=value, not &quot;%1&quot;</source>
        <translation>--where 需要 JSON 物件或 tag=value，而不是「%1」</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--%1 needs ISO-8601 with Z or an offset (2024-07-03T08:00:00+08:00), unix seconds, a time relative to now (-30m, -7d) or 0; not &quot;%2&quot;</source>
        <translation>--%1 需要帶 Z 或時差的 ISO-8601（2024-07-03T08:00:00+08:00）、Unix 秒數、相對於現在的時間（-30m、-7d）或 0；而不是「%2」</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--organization needs a positive whole number</source>
        <translation>--organization 需要正整數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--domain needs a positive whole number</source>
        <translation>--domain 需要正整數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--start is required: the beginning of the time range, e.g. --start -1d</source>
        <translation>--start 為必填：時間範圍的開始，例如 --start -1d</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--fields is required: name the fields, e.g. --fields SolarPower,LoadPower</source>
        <translation>--fields 為必填：請指定欄位，例如 --fields SolarPower,LoadPower</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--time-function needs first, last, min, max, mean, median, count, sum, spread or integral, not &quot;%1&quot;</source>
        <translation>--time-function 需要 first、last、min、max、mean、median、count、sum、spread 或 integral，而不是「%1」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--time-src needs _start or _stop, not &quot;%1&quot;</source>
        <translation>--time-src 需要 _start 或 _stop，而不是「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timezone needs an IANA time zone such as Asia/Taipei, not &quot;%1&quot;</source>
        <translation>--timezone 需要 IANA 時區，例如 Asia/Taipei，而不是「%1」</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--group-function needs min, max, mean, median, count or sum, not &quot;%1&quot;</source>
        <translation>--group-function 需要 min、max、mean、median、count 或 sum，而不是「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit needs a positive whole number of rows</source>
        <translation>--limit 需要正整數的列數</translation>
    </message>
    <message>
        <location filename="../src/cli/CliScheduleFile.cpp" line="+42"/>
        <source>window %1: &quot;%2&quot; needs a time of day such as &quot;17:00&quot; or &quot;24:00&quot;</source>
        <translation>時段 %1：「%2」需要一天中的時間，例如「17:00」或「24:00」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>window %1: &quot;%2&quot; needs a whole number of seconds after midnight</source>
        <translation>時段 %1：「%2」需要午夜後的整數秒數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>window %1: &quot;%2&quot; and &quot;%3&quot; disagree; give one of them</source>
        <translation>時段 %1：「%2」與「%3」不一致；請只提供其中一個</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>window %1 has no &quot;%2&quot;</source>
        <translation>時段 %1 缺少「%2」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>window %1: &quot;%2&quot; needs a number of watts</source>
        <translation>時段 %1：「%2」需要瓦數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window %1: &quot;power_w&quot; and &quot;power&quot; disagree; give one of them</source>
        <translation>時段 %1：「power_w」與「power」不一致；請只提供其中一個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>window %1 has no &quot;power_w&quot;</source>
        <translation>時段 %1 缺少「power_w」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>window %1 is not an object</source>
        <translation>時段 %1 不是物件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;windows&quot; must be an array</source>
        <translation>「windows」必須是陣列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the object holds neither &quot;windows&quot; nor &quot;crons&quot;</source>
        <translation>物件中既沒有「windows」也沒有「crons」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not JSON: %1 at character %2</source>
        <translation>不是 JSON：第 %2 個字元：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/CliUnitCheck.cpp" line="+83"/>
        <source>stdin</source>
        <translation>標準輸入</translation>
    </message>
    <message>
        <location filename="../src/cli/CliSession.cpp" line="+64"/>
        <source>Password for %1 on %2: </source>
        <translation>%2 上 %1 的密碼：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password for %1 on %2: set AEGIS_PASSWORD, save one with aegis-cli login --remember, or run on a terminal to be asked for it</source>
        <translation>沒有 %2 上 %1 的密碼：請設定 AEGIS_PASSWORD、以 aegis-cli login --remember 儲存，或在終端機上執行以便詢問</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(keyring: %1)</source>
        <translation>（金鑰圈：%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare this fingerprint with the one your administrator gave you. If they match, approve the certificate with:
  aegis-cli trust --url %1 --fingerprint %2</source>
        <translation>請將此指紋與管理員提供的指紋比對。若相符，以下列指令核准憑證：
  aegis-cli trust --url %1 --fingerprint %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password of %1 on %2 is saved in the keyring.</source>
        <translation>%2 上 %1 的密碼已儲存到金鑰圈。</translation>
    </message>
    <message>
        <location filename="../src/cli/CliTrust.cpp" line="+51"/>
        <source>The certificate of %1 is trusted already; nothing was changed.</source>
        <translation>%1 的憑證已受信任；沒有任何變更。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach %1: %2</source>
        <translation>無法連上 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not complete a TLS handshake in time</source>
        <translation>%1 未及時完成 TLS 交握</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the certificate of %1 is not valid, and approving it would not help: %2</source>
        <translation>%1 的憑證無效，核准它也沒有用：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server&apos;s certificate does not have the fingerprint you gave; nothing was saved. The server shows:</source>
        <translation>伺服器的憑證指紋與您提供的不同；沒有儲存任何資料。伺服器顯示：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new certificate of %1:%2 replaces the one approved before:</source>
        <translation>%1:%2 的新憑證取代先前核准的憑證：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1:%2 is now trusted:</source>
        <translation>%1:%2 的憑證現已受信任：</translation>
    </message>
    <message>
        <location filename="../src/cli/CliUnitCheck.cpp" line="-52"/>
        <source>--unit-limit needs one Pomcube unit&apos;s power in kW, above 0, such as 10</source>
        <translation>--unit-limit 需要單台 Pomcube 電池的功率（kW，大於 0），例如 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--units needs the number of Pomcube units online, 0 or more</source>
        <translation>--units 需要上線的 Pomcube 電池台數（0 或以上）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The login reply names no organization, so the Pomcube units online cannot be counted; give --units.</source>
        <translation>登入回應未指明組織，無法計算上線的 Pomcube 電池；請以 --units 指定。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: no Pomcube unit is online to carry it.</source>
        <translation>%1：沒有上線的 Pomcube 電池可以承擔。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: each of the %n unit(s) would carry %2, above its limit of %3.</source>
        <translation>
            <numerusform>%1：%n 台電池每台將承擔 %2，超過其上限 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a window asks the Pomcube units for more than they may carry; nothing was sent:
%2</source>
        <translation>%1：有時段要求 Pomcube 電池承擔超過其上限的功率；未送出任何內容：
%2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCostRequest.cpp" line="+26"/>
        <source>--%1 needs %2</source>
        <translation>--%1 需要%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 needs --tariff with a plan&apos;s id, as tariff list prints it</source>
        <translation>%1 需要 --tariff 加上方案 id，如 tariff list 所列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cost needs --start</source>
        <translation>cost 需要 --start</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBemsExport.cpp" line="+18"/>
        <source>export bems needs --start</source>
        <translation>export bems 需要 --start</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/cli/CliCostRequest.cpp" line="+10"/>
        <source>--stop must come after --start</source>
        <translation>--stop 必須晚於 --start</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%1: %n quarter-hour(s), %2 to %3 (the site&apos;s local time).</source>
        <translation>
            <numerusform>%1：%n 個刻鐘，%2 至 %3（站點當地時間）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CliCostRequest.cpp" line="+2"/>
        <source>cost covers at most %1 days at a time</source>
        <translation>cost 一次最多涵蓋 %1 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--every needs 1d or 1mo for cost, not &quot;%1&quot;</source>
        <translation>cost 的 --every 需要 1d 或 1mo，而不是「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--day-type needs weekday, saturday or sunday, not &quot;%1&quot;</source>
        <translation>--day-type 需要 weekday、saturday 或 sunday，而不是「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--date needs a day as YYYY-MM-DD, such as 2026-07-27</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，例如 2026-07-27</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>a percentage from 0 to 100</source>
        <translation> 0 到 100 的百分比</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>a power in kW, 0 or more</source>
        <translation> 0 以上的功率（kW）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--avail scales --connection-kw; give both</source>
        <translation>--avail 是 --connection-kw 的比例；請兩者都指定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--max-windows needs a whole number from 1 to %1</source>
        <translation>--max-windows 需要 1 到 %1 的整數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out needs a file name</source>
        <translation>--out 需要檔名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the windows break the scheduler&apos;s rules:
%2</source>
        <translation>%1：時段違反排程規則：
%2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliBemsExport.cpp" line="-39"/>
        <location filename="../src/cli/CliCostRun.cpp" line="+38"/>
        <source>the login reply names no organization, so the site cannot be queried</source>
        <translation>登入回應沒有指明組織，無法查詢站點</translation>
    </message>
    <message>
        <location filename="../src/cli/CliCostRun.cpp" line="+66"/>
        <source>the server reports no SOC for the batteries; give --soc-start</source>
        <translation>伺服器沒有回報電池電量；請指定 --soc-start</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no suggestion: %1</source>
        <translation>沒有建議：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/CliExit.cpp" line="+37"/>
        <source>Exit codes:
  0  done
  1  a local failure (the keyring could not save the password, output could not be written)
  2  usage: a bad option or argument, an unreadable FILE or tariff plan, or a schedule that
     breaks the scheduler&apos;s rules (refused before anything is sent)
  3  authentication: bad account or password, session expired, no password available
  4  the server refused the request (HTTP 400 with its message, 404), failed (5xx) or sent
     a reply that cannot be read; also a schedule the server refused, or no battery SOC
     to start a day from (give --soc-start)
  5  schedule set: the server does not hold the windows sent (the difference is printed),
     or the schedule changed since --expect-update-time
  6  network: the server cannot be reached, did not answer in time, or the connection broke
  7  TLS: the server&apos;s certificate is untrusted (see the trust command), changed or invalid
</source>
        <translation>結束代碼：
  0  完成
  1  本機失敗（金鑰圈無法儲存密碼，或無法寫出輸出）
  2  用法錯誤：選項或參數有誤、無法讀取 FILE 或電價方案，或排程違反
     排程規則（在送出任何資料前即拒絕）
  3  驗證：帳號或密碼錯誤、工作階段過期、沒有可用的密碼
  4  伺服器拒絕請求（HTTP 400 及其訊息、404）、發生錯誤（5xx）或送回
     無法讀取的回應；伺服器拒絕排程，或沒有電池電量可作為一天的起點
     （請指定 --soc-start）時也是此代碼
  5  schedule set：伺服器沒有保存送出的時段（會印出差異），
     或排程自 --expect-update-time 之後已變更
  6  網路：無法連上伺服器、未及時回應，或連線中斷
  7  TLS：伺服器憑證不受信任（請見 trust 指令）、已變更或無效
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliSuggestOutput.cpp" line="-10"/>
        <source>Suggested windows:
</source>
        <translation>建議的時段：
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none: the battery is best left idle
</source>
        <translation>  無：電池最好保持閒置
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost per day: %1 NT$ with these windows, %2 NT$ for the step plan</source>
        <translation>每日電費：這些時段 %1 NT$，逐刻鐘方案 %2 NT$</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 NT$ with the server&apos;s schedule</source>
        <translation>，伺服器的排程 %1 NT$</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not kept: %1
</source>
        <translation>未能遵守：%1
</translation>
    </message>
    <message>
        <location filename="../src/cli/CliTariff.cpp" line="+66"/>
        <source>built-in</source>
        <translation>內建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file %1</source>
        <translation>檔案 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1	%2	%3</source>
        <translation>%1	%2	%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1	(cannot be used: %2)	%3</source>
        <translation>%1	（無法使用：%2）	%3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 (%2)
</source>
        <translation>%1（%2）
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1
</source>
        <translation>來源：%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force from: %1
</source>
        <translation>生效日：%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed-in: %1 NT$/kWh
</source>
        <translation>售電費率：%1 NT$/kWh
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract: %1 kW
</source>
        <translation>契約容量：%1 kW
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract: not set
</source>
        <translation>契約容量：未設定
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Season %1, %2 to %3; basic charge %4 NT$/kW/month
</source>
        <translation>
季節 %1，%2 至 %3；基本電費 %4 NT$/kW/月
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    %1–%2  %3  %4 NT$/kWh
</source>
        <translation>    %1–%2  %3  %4 NT$/kWh
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Off-peak days: none known; days are billed by the day of the week.
</source>
        <translation>
離峰日：未知；依星期計價。
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Off-peak days known for: %1; other years are billed by the day of the week.
</source>
        <translation>
已知離峰日的年份：%1；其他年份依星期計價。
</translation>
    </message>
</context>
<context>
    <name>AegisClient</name>
    <message>
        <location filename="../src/client/AegisClient.cpp" line="+344"/>
        <source>no reply within %1 s</source>
        <translation>%1 秒內沒有回應</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>nothing arrived for %1 s</source>
        <translation>%1 秒內沒有收到任何資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply is larger than the limit of %1 MB; ask for a narrower time range or a coarser resolution</source>
        <translation>回覆超過 %1 MB 的上限；請縮小時間範圍或改用較粗的解析度</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an unexpected redirect (HTTP %1)</source>
        <translation>意外的重新導向（HTTP %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply is empty</source>
        <translation>回應是空的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML page instead of JSON</source>
        <translation>收到 HTML 網頁而不是 JSON</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the server asked to wait %1 s before trying again, longer than the timeout of %2 s</source>
        <translation>伺服器要求等待 %1 秒後再試，超過逾時時間 %2 秒</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the login reply has no access_token</source>
        <translation>登入回應中沒有 access_token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the access token in the login reply is too long (%1 characters, at most %2)</source>
        <translation>登入回覆中的存取權杖過長（%1 個字元，上限為 %2）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not logged in</source>
        <translation>尚未登入</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location line="-395"/>
        <source>an HTML error page instead of JSON</source>
        <translation>收到 HTML 錯誤網頁而不是 JSON</translation>
    </message>
    <message>
        <location filename="../src/client/ApiError.cpp" line="+20"/>
        <source>The server did not accept the account or password.</source>
        <translation>伺服器不接受此帳號或密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session has expired and logging in again did not work. Please log in.</source>
        <translation>工作階段已過期，且重新登入失敗。請重新登入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logging in again worked, but the server refused the new session token. Ask the server&apos;s administrator.</source>
        <translation>重新登入成功，但伺服器拒絕了新的工作階段權杖。請洽詢伺服器管理員。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request as invalid.</source>
        <translation>伺服器認為請求無效而拒絕。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request: %1</source>
        <translation>伺服器拒絕了請求：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not know this address (HTTP 404). Check the API base URL in the settings.</source>
        <translation>伺服器不認得這個位址（HTTP 404）。請檢查設定中的 API 基礎 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>伺服器發生問題（HTTP %1）。請稍後再試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>伺服器未及時回應。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Check the network connection and the API base URL.</source>
        <translation>無法連上伺服器。請檢查網路連線與 API 基礎 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server broke off before the reply was complete.</source>
        <translation>與伺服器的連線在回應完成前中斷了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server presents a certificate that no trusted authority vouches for. Compare its fingerprint with the one your administrator gave you before trusting it.</source>
        <translation>伺服器提供的憑證沒有受信任的機構擔保。信任之前，請先與管理員提供的指紋比對。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not the one you approved before. This can mean someone is intercepting the connection. Nothing was sent. Ask your administrator before going on.</source>
        <translation>伺服器的憑證與您先前核准的不同。這可能表示有人在攔截連線。沒有傳送任何資料。繼續之前請先詢問管理員。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not valid for this connection.</source>
        <translation>伺服器的憑證對此連線無效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s reply could not be read.</source>
        <translation>無法讀取伺服器的回應。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was cancelled.</source>
        <translation>請求已取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <location filename="../ui/ApplyDialog.ui" line="+9"/>
        <source>Send the schedule</source>
        <translation>送出排程</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/schedule/ApplyDialog.cpp" line="+33"/>
        <source>Sending replaces the scheduler&apos;s daily windows (times in %1). %n window(s) change. After sending, the schedule is read back to confirm the server holds exactly this draft.</source>
        <translation>
            <numerusform>送出後將取代排程的每日時段（時間以 %1 表示）。共有 %n 個時段變更。送出後會讀回排程，確認伺服器保存的內容與此草稿完全相同。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>目前伺服器上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After sending</source>
        <translation>送出後</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No windows</source>
        <translation>沒有時段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Send to the scheduler</source>
        <translation>送出至排程(&amp;S)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No projection: the battery&apos;s state of charge is not known.</source>
        <translation>無法預測：電池電量不明。</translation>
    </message>
</context>
<context>
    <name>BemsCsv</name>
    <message>
        <location filename="../src/core/BemsCsv.cpp" line="+85"/>
        <source>the time %1 repeats the row before</source>
        <translation>時間 %1 與前一列重複</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time %1 is before the row before (%2)</source>
        <translation>時間 %1 早於前一列（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gap in the data: expected %1, found %2</source>
        <translation>資料有缺口：應為 %1，卻是 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>column &quot;%1&quot;</source>
        <translation>欄位「%1」</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a BEMS file has 0 to %1 AMI columns, not %2</source>
        <translation>BEMS 檔有 0 到 %1 個 AMI 欄位，而不是 %2 個</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>row %1: %2 is not the start of a quarter-hour</source>
        <translation>第 %1 列：%2 不是刻鐘的起點</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 (%2): %3 AMI values, the header has %4</source>
        <translation>第 %1 列（%2）：有 %3 個 AMI 值，標題列有 %4 個</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 (%2): a figure is not a finite number</source>
        <translation>第 %1 列（%2）：有數值不是有限數</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+89"/>
        <source>the file is %1 bytes; at most %2 are read</source>
        <translation>檔案有 %1 位元組；最多只讀取 %2</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a BEMS header: expected AMI_1,…,AMI_n,total_load(kW),PV_generate(kW),net_load(kW),TIME (n from 0 to %1)</source>
        <translation>不是 BEMS 標題列：應為 AMI_1,…,AMI_n,total_load(kW),PV_generate(kW),net_load(kW),TIME（n 為 0 到 %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data rows after the header</source>
        <translation>標題列之後沒有資料列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 rows; at most %1 are read</source>
        <translation>超過 %1 列；最多只讀取 %1 列</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected %1 values, found %2</source>
        <translation>應有 %1 個值，卻有 %2 個</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a time like 2020/5/2 00:15</source>
        <translation>%1：「%2」不是像 2020/5/2 00:15 的時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 is not the start of a quarter-hour</source>
        <translation>時間 %1 不是刻鐘的起點</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: empty value</source>
        <translation>%1：空值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：「%2」不是數字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: negative load (%2)</source>
        <translation>%1：負載為負值（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: negative PV generation (%2)</source>
        <translation>%1：太陽能發電為負值（%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：無法開啟檔案：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：無法讀取檔案：%2</translation>
    </message>
</context>
<context>
    <name>BemsExport</name>
    <message>
        <location filename="../src/client/BemsExport.cpp" line="+40"/>
        <source>the end of the range must come after its start</source>
        <translation>範圍的結束必須晚於開始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a BEMS file covers at most %1 days at a time; export a longer range in parts</source>
        <translation>一個 BEMS 檔最多涵蓋 %1 天；較長的範圍請分段匯出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the range holds no quarter-hour that is over yet</source>
        <translation>範圍內還沒有已結束的刻鐘</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the server has no data for %1; export the parts before and after it</source>
        <translation>伺服器沒有 %1 的資料；請分別匯出其前後的部分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the site&apos;s clock changes at %1 (daylight saving); a BEMS file cannot hold it, so export the parts before and after it</source>
        <translation>站點時鐘在 %1 變更（日光節約時間）；BEMS 檔無法容納，請分別匯出其前後的部分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server has no data for this range</source>
        <translation>伺服器沒有此範圍的資料</translation>
    </message>
</context>
<context>
    <name>BemsExporter</name>
    <message>
        <location filename="../src/gui/report/BemsExporter.cpp" line="+20"/>
        <source>The BEMS file was not written: %1.</source>
        <translation>未寫入 BEMS 檔：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a BEMS file is being written already; try again when it is done</source>
        <translation>已經在寫入一個 BEMS 檔；請待其完成後再試</translation>
    </message>
</context>
<context>
    <name>CbcSolver</name>
    <message>
        <location filename="../src/optimize/CbcSolver.cpp" line="+95"/>
        <source>The solver found no plan that keeps every hard limit.</source>
        <translation>求解器找不到能遵守所有硬性限制的方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The solver stopped at its limit of %1 nodes.</source>
        <translation>求解器在節點上限 %1 個時停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The solver stopped at its time limit of %1 s.</source>
        <translation>求解器在時間上限 %1 秒時停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The solver failed (status %1).</source>
        <translation>求解器失敗（狀態 %1）。</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <location filename="../src/client/CertificateTrust.cpp" line="+165"/>
        <source>There is no server certificate to trust.</source>
        <translation>沒有可信任的伺服器憑證。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1 for trusted certificates.</source>
        <translation>無法建立存放受信任憑證的資料夾 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Cannot save the trusted certificate to %1: %2</source>
        <translation>無法將受信任的憑證儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot remove the trusted certificate %1: %2</source>
        <translation>無法移除受信任的憑證 %1：%2</translation>
    </message>
</context>
<context>
    <name>CfosClient</name>
    <message>
        <location filename="../src/client/CfosClient.cpp" line="+73"/>
        <source>The address of the grid operator&apos;s endpoint needs a host, e.g. http://192.168.2.10.</source>
        <translation>電網業者端點的位址需要主機，例如 http://192.168.2.10。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address of the grid operator&apos;s endpoint must start with http:// or https://.</source>
        <translation>電網業者端點的位址必須以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user and password in their own fields, not in the address.</source>
        <translation>請在各自的欄位填入使用者與密碼，不要寫在位址中。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no reply within %1 s</source>
        <translation>%1 秒內沒有回應</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply is larger than %1 KB</source>
        <translation>回應大於 %1 KB</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a redirect (HTTP %1), which is not followed</source>
        <translation>重新導向（HTTP %1），不會跟隨</translation>
    </message>
</context>
<context>
    <name>CfosReading</name>
    <message>
        <location line="-183"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The grid operator&apos;s endpoint did not accept the user or password (HTTP %1). Check them in Tools → Tariff and grid.</source>
        <translation>電網業者端點不接受此使用者或密碼（HTTP %1）。請在「工具 → 電價與電網」檢查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The grid operator&apos;s endpoint did not answer in time.</source>
        <translation>電網業者端點未及時回應。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid operator&apos;s endpoint cannot be reached.</source>
        <translation>無法連線到電網業者端點。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the grid operator&apos;s endpoint broke off.</source>
        <translation>與電網業者端點的連線中斷了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid operator&apos;s endpoint sent a reply that cannot be read.</source>
        <translation>電網業者端點送來無法讀取的回應。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The grid operator&apos;s endpoint has no cFos variables at this address (HTTP 404). Check the URL in Tools → Tariff and grid.</source>
        <translation>此位址上的電網業者端點沒有 cFos 變數（HTTP 404）。請在「工具 → 電價與電網」檢查網址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid operator&apos;s endpoint: %1</source>
        <translation>電網業者端點：%1</translation>
    </message>
</context>
<context>
    <name>CfosVarsReply</name>
    <message>
        <location filename="../src/client/CfosVarsReply.cpp" line="+33"/>
        <source>the reply is %1 bytes, more than the %2 a list of variables may take</source>
        <translation>回應有 %1 位元組，超過變數清單上限 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply is not JSON (%1 at byte %2)</source>
        <translation>回應不是 JSON（第 %2 位元組：%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the reply is not a list of variables ({&quot;vars&quot;: [...]})</source>
        <translation>回應不是變數清單（{&quot;vars&quot;: [...]}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reply lists %1 variables, more than %2</source>
        <translation>回應列出 %1 個變數，超過 %2 個</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>variable %1 of the reply is not an object</source>
        <translation>回應的第 %1 個變數不是物件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is listed twice</source>
        <translation>%1 列出了兩次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no numeric value</source>
        <translation>%1 沒有數值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AVAIL is %1; a share of the connection from 0 to 100 was expected</source>
        <translation>AVAIL 為 %1；應為併接容量的 0 到 100 比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TARIF is %1; 0 (normal) or 1 (reduced) was expected</source>
        <translation>TARIF 為 %1；應為 0（一般）或 1（優惠）</translation>
    </message>
</context>
<context>
    <name>ChartCatalog</name>
    <message>
        <location filename="../src/gui/charts/ChartCatalog.cpp" line="+183"/>
        <source>Site power</source>
        <translation>站點功率</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+107"/>
        <location line="+141"/>
        <location line="+114"/>
        <location line="+5"/>
        <source>Solar</source>
        <translation>太陽能</translation>
    </message>
    <message>
        <location line="-359"/>
        <location line="+100"/>
        <location line="+144"/>
        <location line="+111"/>
        <source>Load</source>
        <translation>負載</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>Grid (import +)</source>
        <translation>市電（購電為正）</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>Generator</source>
        <translation>發電機</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>All %1 units (the same SOC)</source>
        <translation>全部 %1 台（電量相同）</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+247"/>
        <source>Grid import</source>
        <translation>市電購電</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+246"/>
        <source>Battery discharge</source>
        <translation>電池放電</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+244"/>
        <source>Grid export</source>
        <translation>市電售電</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+244"/>
        <source>Battery charge</source>
        <translation>電池充電</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Power today</source>
        <translation>今日功率</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Battery (charging +)</source>
        <translation>電池（充電為正）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State of charge of each Pomcube unit</source>
        <translation>各 Pomcube 電池的電量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Battery state of charge</source>
        <translation>電池電量</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+226"/>
        <source>State of charge</source>
        <translation>電池電量</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Energy left</source>
        <translation>剩餘電量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Battery power: charge and discharge of the site&apos;s batteries</source>
        <translation>電池功率：站點電池的充電與放電</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No curtailment in this range: all the solar power was used or exported.</source>
        <translation>此範圍內沒有棄電：太陽能全數自用或售出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solar power: forecast and actual</source>
        <translation>太陽能功率：預測與實際</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Irradiance and the power it promises</source>
        <translation>日照量與預期發電功率</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+152"/>
        <source>Irradiance</source>
        <translation>日照量</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Expected from the photometers</source>
        <translation>依日照計預期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced</source>
        <translation>實際發電</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance ratio (daily)</source>
        <translation>效能比（每日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Grid, PV and battery circuits (negative: delivered)</source>
        <translation>市電、太陽能與電池迴路（負值：輸出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building K&apos;s load circuits</source>
        <translation>K館的負載迴路</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Curtailment ratio (daily)</source>
        <translation>棄電比（每日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curtailed</source>
        <translation>棄電</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Energy: sources above zero, where it went below</source>
        <translation>能量：來源在零之上，去向在零之下</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Energy</source>
        <translation>電能</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+76"/>
        <source>Active power</source>
        <translation>有功功率</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Building A energy per day</source>
        <translation>A 棟每日用電</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voltage</source>
        <translation>電壓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readings of %1</source>
        <translation>%1 的讀數</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../src/gui/timechart/ChartExporter.cpp" line="+43"/>
        <source>Cannot export to %1: use a .png, .svg, .pdf or .csv file name.</source>
        <translation>無法匯出到 %1：請使用 .png、.svg、.pdf 或 .csv 檔名。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot export %1: the chart has no size.</source>
        <translation>無法匯出 %1：圖表沒有尺寸。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+19"/>
        <location line="+42"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Exported from AEGIS Console</source>
        <translation>由 AEGIS Console 匯出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: the SVG could not be started.</source>
        <translation>無法寫入 %1：無法開始建立 SVG。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>無法寫入 %1：無法開始建立 PDF。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time (%1)</source>
        <translation>時間（%1）</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../src/gui/charts/ChartPanel.cpp" line="+275"/>
        <source>No data in this range.</source>
        <translation>此範圍內沒有資料。</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+163"/>
        <source>Saved data from %1</source>
        <translation>%1的已儲存資料</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>No data in this part of the range.</source>
        <translation>範圍的這一段沒有資料。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Data from %1</source>
        <translation>%1的資料</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the data of this chart as a table</source>
        <translation>以表格顯示此圖表的資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as PNG, SVG or PDF, or its data as CSV</source>
        <translation>將此圖表存為 PNG、SVG 或 PDF，或將資料存為 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset zoom</source>
        <translation>重設縮放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole range again (or double-click the chart)</source>
        <translation>重新顯示整個範圍（或雙擊圖表）</translation>
    </message>
</context>
<context>
    <name>CommonQueryParameters</name>
    <message>
        <location filename="../src/client/QueryParameters.cpp" line="+84"/>
        <source>organization_id is missing: queries must name the organization from the login reply.</source>
        <translation>缺少 organization_id：查詢必須指定登入回應中的組織。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start is missing: the server needs the beginning of the time range.</source>
        <translation>缺少 start：伺服器需要時間範圍的開始時間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start: %1</source>
        <translation>start：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stop: %1</source>
        <translation>stop：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time range is empty: start must be before stop.</source>
        <translation>時間範圍是空的：start 必須早於 stop。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fields is empty: name at least one field to query.</source>
        <translation>fields 是空的：請至少指定一個要查詢的欄位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every must be a positive window length such as 15m, 1h or 1d.</source>
        <translation>every 必須是正的統計區間長度，例如 15m、1h 或 1d。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timezone is not a valid time zone.</source>
        <translation>timezone 不是有效的時區。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.ui" line="+9"/>
        <source>The server&apos;s schedule changed</source>
        <translation>伺服器上的排程已變更</translation>
    </message>
    <message>
        <location filename="../src/gui/schedule/ConflictDialog.cpp" line="+36"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent. The scheduler&apos;s windows were changed at %1 (%2), after you loaded them at %3. Compare the three and choose: send your draft over the server&apos;s windows, take the server&apos;s windows into the editor, or keep editing.</source>
        <translation>沒有送出任何資料。排程的時段在 %1（%2）被修改，晚於您在 %3 載入它們的時間。請比較這三者後選擇：以您的草稿覆蓋伺服器的時段、將伺服器的時段載入編輯器，或繼續編輯。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the server now</source>
        <translation>目前伺服器上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your draft</source>
        <translation>您的草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you loaded it</source>
        <translation>您載入時</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Window</source>
        <translation>時段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my draft anyway…</source>
        <translation>仍要送出我的草稿(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take the server&apos;s windows</source>
        <translation>採用伺服器的時段(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep editing</source>
        <translation>繼續編輯(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../src/app/console_main.cpp" line="+39"/>
        <source>Monitoring and battery scheduling for building K.</source>
        <translation>K 館的監看與電池排程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the built-in demo site instead of a server.</source>
        <translation>開啟內建的示範站點，而不連線到伺服器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo site: sim seconds per real second (default 1).</source>
        <translation>示範站點：每一實際秒對應的模擬秒數（預設 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor</source>
        <translation>倍數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo site: the solar forecast is the PV the site will make, so that a suggested schedule bills as projected.</source>
        <translation>示範站點：太陽能預測即為站點實際將產生的發電量，讓建議的排程依預估計費。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print when the window first painted and when the Overview first showed data.</source>
        <translation>印出視窗首次繪製及總覽首次顯示資料的時間。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the PDF report of a period to file and exit, with no window (needs no display). Uses the saved site and the password in the keychain, or --demo. Exit status 0 when written, 1 when it could not be, 2 for wrong options.</source>
        <translation>將一段期間的 PDF 報表寫入檔案後結束，不開視窗（不需要顯示器）。使用已儲存的站點與鑰匙圈中的密碼，或搭配 --demo。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --report: today, 24h, 7d, 30d, month or 12mo (default 30d).</source>
        <translation>搭配 --report：today、24h、7d、30d、month 或 12mo（預設 30d）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --report and --to: the first day (yyyy-MM-dd) in the site&apos;s zone.</source>
        <translation>搭配 --report 與 --to：站點時區的第一天（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>With --report and --from: the last day (yyyy-MM-dd), included.</source>
        <translation>搭配 --report 與 --from：最後一天（yyyy-MM-dd），含當日。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--accel needs a number above 0 and at most 100000</source>
        <translation>--accel 需要大於 0 且不超過 100000 的數字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--range, --from and --to go with --report</source>
        <translation>--range、--from 與 --to 須搭配 --report</translation>
    </message>
</context>
<context>
    <name>ConsoleStartup</name>
    <message>
        <location filename="../src/gui/site/ConsoleStartup.cpp" line="+118"/>
        <source>No password is saved in the system keyring for this account on this server. Enter it to log in.</source>
        <translation>系統鑰匙圈中沒有此伺服器上此帳號的密碼。請輸入密碼以登入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The server was not asked. Enter the password to log in; it will not be remembered unless you tick &quot;Remember&quot; again.</source>
        <translation>%1 尚未詢問伺服器。請輸入密碼以登入；除非再次勾選「記住」，否則不會記住密碼。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <source>Demo site</source>
        <translation>示範站點</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The demo site did not start: %1</source>
        <translation>示範站點無法啟動：%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Password not remembered</source>
        <translation>未記住密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

&quot;Remember the password&quot; has been turned off: the password will be asked for at the next start.</source>
        <translation>%1

已關閉「記住密碼」：下次啟動時會再詢問密碼。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../src/client/CredentialStore.cpp" line="+15"/>
        <source>no system keyring (Secret Service or KWallet) is available in this session</source>
        <translation>此工作階段中沒有可用的系統金鑰圈（Secret Service 或 KWallet）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access to the system keyring was refused</source>
        <translation>存取系統金鑰圈遭到拒絕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keyring is locked or refused access</source>
        <translation>系統金鑰圈已鎖定或拒絕存取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keyring could not be reached (%1); a keyring such as GNOME Keyring or KWallet must be running in this desktop session</source>
        <translation>無法連上系統金鑰圈（%1）；此桌面工作階段中必須執行 GNOME Keyring 或 KWallet 等金鑰圈</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The password was not saved, and it was not written anywhere else either: %1.</source>
        <translation>密碼沒有儲存，也沒有寫入其他任何地方：%1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+21"/>
        <source>No password is saved for %1 on %2.</source>
        <translation>%2 上沒有為 %1 儲存的密碼。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The saved password could not be read: %1.</source>
        <translation>無法讀取已儲存的密碼：%1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The saved password could not be removed: %1.</source>
        <translation>無法移除已儲存的密碼：%1。</translation>
    </message>
</context>
<context>
    <name>CronsCodec</name>
    <message>
        <location filename="../src/core/CronsCodec.cpp" line="+104"/>
        <source>The schedule has %1 windows, more than the %2 a schedule may hold.</source>
        <translation>此排程有 %1 個時段，超過一個排程最多可有的 %2 個。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>陣列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>The schedule is not valid JSON: %1 at character %2.</source>
        <translation>排程不是有效的 JSON：%1（第 %2 個字元）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule must be a JSON array of windows, but it is an object.</source>
        <translation>排程必須是時段組成的 JSON 陣列，但收到的是物件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window %1 must be an object, but it is %2.</source>
        <translation>時段 %1 必須是物件，但收到的是%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Window %1 has no &quot;%2&quot;.</source>
        <translation>時段 %1 缺少「%2」。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Window %1: &quot;%2&quot; must be a number of seconds, but it is %3.</source>
        <translation>時段 %1：「%2」必須是秒數，但收到的是%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window %1: &quot;%2&quot; must be a whole number of seconds, but it is %3.</source>
        <translation>時段 %1：「%2」必須是整數秒，但收到的是 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Window %1: &quot;power&quot; must be a number of watts, but it is %2.</source>
        <translation>時段 %1：「power」必須是瓦數，但收到的是%2。</translation>
    </message>
</context>
<context>
    <name>DayPlanner</name>
    <message>
        <location filename="../src/optimize/DayPlanner.cpp" line="+166"/>
        <source>The battery&apos;s capacity and efficiencies must be known to plan.</source>
        <translation>必須知道電池容量與效率才能規劃。</translation>
    </message>
</context>
<context>
    <name>DeviceQuery</name>
    <message>
        <location filename="../src/client/DeviceQuery.cpp" line="+229"/>
        <source>device_output_name is missing: name the output, or select the devices by category or type.</source>
        <translation>缺少 device_output_name：請指定輸出埠，或依類型群組或類型選擇裝置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every needs time_function: choose how each window becomes one value (mean, sum, last, ...).</source>
        <translation>every 需要 time_function：請選擇每個區間如何合成一個值（mean、sum、last 等）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where holds a filter without a tag name.</source>
        <translation>where 中有一個沒有標籤名稱的篩選條件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where: the filter on %1 allows no value at all.</source>
        <translation>where：%1 的篩選條件不允許任何值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group_by: &quot;%1&quot; is not a column name.</source>
        <translation>group_by：「%1」不是欄位名稱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>limit must be a positive number of rows.</source>
        <translation>limit 必須是正的列數。</translation>
    </message>
</context>
<context>
    <name>DraftCostLine</name>
    <message>
        <location filename="../src/gui/schedule/DraftCostLine.cpp" line="+79"/>
        <source>no tariff plan is chosen yet (Tools → Tariff and grid).</source>
        <translation>尚未選擇電價方案（工具 → 電價與電網）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No costs: %1</source>
        <translation>無法計算電費：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a usual %1 (%2)</source>
        <extracomment>%1 the kind of day (&quot;weekday&quot;), %2 the season (&quot;Non-summer&quot;)</extracomment>
        <translation>一般的%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On %1 the scheduler&apos;s windows cost %2.</source>
        <translation>在%1，排程的時段電費為 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1: the scheduler&apos;s windows %2, the draft %3 — a difference of %4 a day, %5 this month.</source>
        <translation>在%1：排程的時段 %2，草稿 %3——每日相差 %4，本月相差 %5。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(%n more: see the tooltip)</source>
        <translation>
            <numerusform>（另有 %n 項：請見提示）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../src/core/Duration.cpp" line="+57"/>
        <source>The window length is empty; write a number and a unit such as 15m, 1h, 1d or 1mo.</source>
        <translation>統計區間長度是空的；請輸入數字加單位，例如 15m、1h、1d 或 1mo。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a window length; write a number and a unit (s, m, h, d, w, mo, y) such as 15m, 1h, 1d or 1mo.</source>
        <translation>「%1」不是有效的統計區間長度；請輸入數字加單位（s、m、h、d、w、mo、y），例如 15m、1h、1d 或 1mo。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a window length: the number must be positive and reasonable.</source>
        <translation>「%1」不是有效的統計區間長度：數字必須為正且在合理範圍內。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot;: a calendar length (d, w, mo, y) cannot be combined with other units.</source>
        <translation>「%1」：日曆單位（d、w、mo、y）不能與其他單位合併使用。</translation>
    </message>
</context>
<context>
    <name>EnergyTile</name>
    <message>
        <location filename="../src/gui/overview/EnergyTile.cpp" line="+78"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last update %1</source>
        <translation>最後更新 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last update %1</source>
        <translation>最後更新：%1</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../src/gui/report/ExportNotice.cpp" line="+62"/>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder of the saved file</source>
        <translation>顯示已儲存檔案所在的資料夾</translation>
    </message>
</context>
<context>
    <name>GridCostPricing</name>
    <message>
        <location filename="../src/gui/cost/GridCostPricing.cpp" line="+65"/>
        <source>Grid cost: import cost, export credit, net cost and what the battery saved</source>
        <translation>電網電費：購電費用、售電收入、淨電費與電池省下的金額</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import cost</source>
        <translation>購電費用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export credit</source>
        <translation>售電收入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net cost</source>
        <translation>淨電費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by the battery</source>
        <translation>電池省下</translation>
    </message>
</context>
<context>
    <name>GridCostSummary</name>
    <message>
        <location filename="../src/gui/cost/GridCostSummary.cpp" line="+140"/>
        <source>&lt;b&gt;Grid cost:&lt;/b&gt; no tariff plan is chosen, so what the site paid and what the battery saved cannot be priced.</source>
        <translation>&lt;b&gt;電網電費：&lt;/b&gt;尚未選擇電價方案，因此無法計算站點支付的電費與電池省下的金額。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Grid cost:&lt;/b&gt; the tariff plan “%1” cannot be used: %2</source>
        <translation>&lt;b&gt;電網電費：&lt;/b&gt;無法使用電價方案「%1」：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Grid cost&lt;/b&gt;, priced by %1</source>
        <translation>&lt;b&gt;電網電費&lt;/b&gt;，依 %1 計價</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No metered energy in this range.</source>
        <translation>此範圍沒有計量的電能。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <comment>a span of dates</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Grid cost&lt;/b&gt; %1, priced by %2</source>
        <translation>&lt;b&gt;電網電費&lt;/b&gt; %1，依 %2 計價</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import %1 − export credit %2</source>
        <translation>購電 %1 − 售電收入 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the battery cost money: without it %1</source>
        <translation>電池反而花了錢：沒有電池時為 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without the battery %1</source>
        <translation>沒有電池時為 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at %1; the plan sets no contract capacity</source>
        <translation>於 %1；方案未設定契約容量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at %1: over the contract of %2 by %3</source>
        <translation>於 %1：超過契約容量 %2 達 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at %1, within the contract of %2 (%3)</source>
        <translation>於 %1，在契約容量 %2 之內（%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan sets no feed-in rate, so export earns nothing here; set one in Tools → Tariff and grid.</source>
        <translation>方案未設定售電費率，因此售電在此不計收入；請在「工具 → 電價與電網」設定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The range has no readings before %1.</source>
        <translation>此範圍在 %1 之前沒有讀數。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n quarter-hour(s) without a reading are left out.</source>
        <translation>
            <numerusform>已略過 %n 個沒有讀數的刻鐘。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a tariff plan…</source>
        <translation>選擇電價方案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Tools → Tariff and grid</source>
        <translation>開啟「工具 → 電價與電網」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for the grid</source>
        <translation>支付的電網電費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import at the plan&apos;s price of each quarter-hour, less export at its feed-in rate. The basic charge on the contract capacity is not included.</source>
        <translation>各刻鐘的購電以方案價格計價，減去以售電費率計的售電。不含契約容量的基本電費。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved by the battery</source>
        <translation>電池省下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same quarter-hours priced as if the battery had neither charged nor discharged, less what was paid. Below zero, the battery cost money.</source>
        <translation>同樣的刻鐘假設電池既未充電也未放電時的電費，減去實際支付的電費。低於零表示電池反而花了錢。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak 15-minute import</source>
        <translation>15 分鐘最高購電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest import of one quarter-hour in the range, as a mean power, against the contract capacity the plan&apos;s basic charge is billed on.</source>
        <translation>範圍內單一刻鐘的最大購電（以平均功率計），與方案基本電費所依據的契約容量相比。</translation>
    </message>
</context>
<context>
    <name>GridOperatorState</name>
    <message>
        <location filename="../src/gui/tariff/GridOperatorFeed.cpp" line="+10"/>
        <source>The system keyring did not give the password of the grid operator&apos;s endpoint: %1</source>
        <translation>系統金鑰圈未提供電網業者端點的密碼：%1</translation>
    </message>
</context>
<context>
    <name>HeadlessReport</name>
    <message>
        <location filename="../src/gui/report/HeadlessReport.cpp" line="+15"/>
        <source>--report needs the name of the PDF file to write</source>
        <translation>--report 需要要寫入的 PDF 檔名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --range or --from and --to, not both</source>
        <translation>請擇一指定 --range 或 --from 與 --to，不可同時使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from and --to go together</source>
        <translation>--from 與 --to 須一起使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--range takes one of %1, not “%2”</source>
        <translation>--range 只接受 %1 其中之一，不接受「%2」</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not log in: %1</source>
        <translation>無法登入：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo site did not start: %1</source>
        <translation>示範站點未能啟動：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No saved site: log in once in the app with “Remember the password in the system keyring” checked, or use --demo.</source>
        <translation>沒有已儲存的站點：請先在程式中勾選「在系統鑰匙圈記住密碼」登入一次，或使用 --demo。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No saved password could be read: %1</source>
        <translation>無法讀取已儲存的密碼：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing is saved for this account</source>
        <translation>此帳號沒有已儲存的密碼</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Report written to %1 (%2, %3)</source>
        <translation>報表已寫入 %1（%2，%3）</translation>
    </message>
</context>
<context>
    <name>HistoryRecordReading</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/HistoryRecordReading.cpp" line="+142"/>
        <source>%n window(s) set</source>
        <translation>
            <numerusform>設定了 %n 個時段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.ui" line="+9"/>
        <source>Log in to AEGIS</source>
        <translation>登入 AEGIS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log in to the AEGIS server of your site.</source>
        <translation>登入您站點的 AEGIS 伺服器。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>API base &amp;URL:</source>
        <translation>API 基礎 &amp;URL：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Account:</source>
        <translation>帳號(&amp;A)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>將密碼記在系統金鑰圈中(&amp;R)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open the built-in &amp;demo site</source>
        <translation>開啟內建示範站點(&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Log in</source>
        <translation>登入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/site/LoginDialog.cpp" line="+60"/>
        <source>The API base URL is not valid: write it as https://host:port/api.</source>
        <translation>API 基礎 URL 無效：請寫成 https://host:port/api。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the account to log in with.</source>
        <translation>請輸入登入帳號。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logging in to %1 …</source>
        <translation>正在登入 %1 …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+280"/>
        <source>About AEGIS Console</source>
        <translation>關於 AEGIS Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AEGIS Console %1
Monitoring and battery scheduling for building K of the Shalun green-energy campus.</source>
        <translation>AEGIS Console %1
沙崙智慧綠能科學城 K 館的監看與電池排程。</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Could not update: %1 The data shown is from the last successful update.</source>
        <translation>無法更新：%1 顯示的是上次成功更新的資料。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last update %1 (%2, stale)</source>
        <translation>最後更新 %1（%2，資料過舊）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update %1 (%2)</source>
        <translation>最後更新 %1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data yet</source>
        <translation>尚無資料</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 圖片 (*.png);;SVG 圖檔 (*.svg);;PDF 文件 (*.pdf);;CSV 資料 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export “%1”</source>
        <translation>匯出「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Save the report of all charts</source>
        <translation>儲存所有圖表的報告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report failed</source>
        <translation>報告失敗</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new server address is used the next time you log in.</source>
        <translation>新的伺服器位址將在下次登入時使用。</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A report is being written already; try again when it is done.</source>
        <translation>已有報表正在寫入；完成後再試一次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the report…</source>
        <translation>正在寫入報表…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the site&apos;s 15-minute data for the trading platform (BEMS)</source>
        <translation>匯出站點的 15 分鐘資料給交易平台（BEMS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BEMS CSV file (*.csv)</source>
        <translation>BEMS CSV 檔（*.csv）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the BEMS file…</source>
        <translation>正在寫入 BEMS 檔…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Building K (demo site)</source>
        <translation>K館（示範站點）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Building K</source>
        <translation>K館</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battery</source>
        <translation>電池</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solar</source>
        <translation>太陽能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>電能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meters</source>
        <translation>電表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report of all charts (PDF)…</source>
        <translation>匯出所有圖表的報告(&amp;R)（PDF）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;BEMS CSV…</source>
        <translation>匯出 BEMS CSV(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the site&apos;s load, PV and net load of the range, every 15 minutes, in the energy-trading platform&apos;s BEMS form</source>
        <translation>以能源交易平台的 BEMS 格式，儲存此範圍內站點每 15 分鐘的負載、太陽能與淨負載</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh now</source>
        <translation>立即更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site &amp;tree</source>
        <translation>站點樹(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tariff and grid…</source>
        <translation>電價與電網(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About AEGIS Console</source>
        <translation>關於 AEGIS Console(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>站點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server: built-in demo site (%1)</source>
        <translation>伺服器：內建示範站點（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>使用者：%1</translation>
    </message>
</context>
<context>
    <name>MeterRoleText</name>
    <message>
        <location filename="../src/gui/site/MeterRoleText.cpp" line="+7"/>
        <source>grid connection</source>
        <translation>市電併接點</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PV strings</source>
        <translation>太陽能組串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>battery circuit</source>
        <translation>電池迴路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>air conditioning circuit</source>
        <translation>空調迴路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lighting circuit</source>
        <translation>照明迴路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load circuit</source>
        <translation>負載迴路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>building A main meter</source>
        <translation>A棟總電表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <comment>meter role (ID)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 (%3)</source>
        <comment>circuit · meter role (ID)</comment>
        <translation>%1 · %2（%3）</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="+138"/>
        <location line="+38"/>
        <source>Discharged %1</source>
        <translation>放電 %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Solar today</source>
        <translation>今日太陽能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load today</source>
        <translation>今日用電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought today</source>
        <translation>今日購電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold today</source>
        <translation>今日售電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-consumption</source>
        <translation>自發自用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of solar used on site</source>
        <translation>太陽能於站內使用的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged today</source>
        <translation>今日充電</translation>
    </message>
</context>
<context>
    <name>PlanViolation</name>
    <message>
        <location filename="../src/optimize/DayPlanner.cpp" line="-136"/>
        <source>Import passes the grid cap by up to %1 kW from %2 (%3 kWh over the day): the load alone needs more than the cap allows.</source>
        <translation>自 %2 起購電超過市電上限最多 %1 kW（全日共 %3 kWh）：僅負載本身就超過上限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The battery stays up to %1 points below its lowest SOC from %2: it starts below it and cannot be charged sooner.</source>
        <translation>自 %2 起電池電量最多低於最低電量 %1 個百分點：起始即低於最低電量，無法更早充電。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The day ends %1 points below the SOC asked for: the battery cannot be charged that far within the limits.</source>
        <translation>當日結束時電量比要求低 %1 個百分點：在限制內無法充到那麼高。</translation>
    </message>
</context>
<context>
    <name>PowerFlowWidget</name>
    <message>
        <location filename="../src/gui/overview/PowerFlowWidget.cpp" line="+101"/>
        <location line="+172"/>
        <source>Power flow</source>
        <translation>電力潮流</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Solar</source>
        <translation>太陽能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid</source>
        <translation>市電</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery</source>
        <translation>電池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>負載</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generator</source>
        <translation>發電機</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>idle</source>
        <translation>閒置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>importing</source>
        <translation>購電中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discharging</source>
        <translation>放電中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feeding back</source>
        <translation>回送中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>producing</source>
        <translation>發電中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exporting</source>
        <translation>售電中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consuming</source>
        <translation>用電中</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: no data.</source>
        <translation>%1：無資料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not current, last update %1.</source>
        <translation>資料非即時，最後更新 %1。</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Last update %1</source>
        <translation>最後更新：%1</translation>
    </message>
</context>
<context>
    <name>ProfileFiles</name>
    <message>
        <location filename="../src/sim/ProfileFiles.cpp" line="+75"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：無法開啟檔案：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：無法讀取檔案：%2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: negative irradiance (%2)</source>
        <extracomment>%1 names the column (&quot;column 5&quot;), %2 is the value as written in the file</extracomment>
        <translation>%1：日照量為負值（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: negative load (%2)</source>
        <extracomment>%1 names the column (&quot;column 5&quot;), %2 is the value as written in the file</extracomment>
        <translation>%1：負載為負值（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the value %2 is too large</source>
        <extracomment>%1 names the column (&quot;column 5&quot;), %2 is the value as written in the file</extracomment>
        <translation>%1：數值 %2 太大</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: empty value</source>
        <translation>%1：值是空的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <extracomment>%1 names the column (&quot;column 5&quot;), %2 is the text found there</extracomment>
        <translation>%1：「%2」不是數字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 rows (or %2 in a leap year), found %3</source>
        <translation>應有 %1 列（閏年為 %2 列），實際為 %3 列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a multiple of %1 values (%1 half-hours per household), found %2</source>
        <translation>值的數量應為 %1 的倍數（每戶 %1 個半小時），實際為 %2 個</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+136"/>
        <source>expected %1 values, found %2</source>
        <translation>應有 %1 個值，實際為 %2 個</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>no time column (TIME or inserted_at) in the header</source>
        <translation>標題列中沒有時間欄（TIME 或 inserted_at）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no load column (total_load(kW), grid_power or net_load(kW)) in the header</source>
        <translation>標題列中沒有負載欄（total_load(kW)、grid_power 或 net_load(kW)）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the time %1 repeats the row before</source>
        <translation>時間 %1 與上一列重複</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time %1 is before the row before (%2)</source>
        <translation>時間 %1 早於上一列（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gap in the data: expected %1, found %2</source>
        <translation>資料有缺口：應為 %1，實際為 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no data rows after the header</source>
        <translation>標題列之後沒有資料列</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>column &quot;%1&quot;</source>
        <translation>「%1」欄</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a time like 2020/5/2 00:15</source>
        <translation>%1：「%2」不是像 2020/5/2 00:15 這樣的時間</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no complete day: the rows must cover 00:00 to 23:45 of at least one day</source>
        <translation>沒有完整的一天：資料列必須至少涵蓋一天的 00:00 到 23:45</translation>
    </message>
</context>
<context>
    <name>ProjectionStrip</name>
    <message>
        <location filename="../src/gui/schedule/ProjectionStrip.cpp" line="+58"/>
        <source>Projected state of charge, next 24 h</source>
        <translation>預估電量，未來 24 小時</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tomorrow, %1</source>
        <translation>明天，%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No projection yet: waiting for the battery&apos;s state of charge.</source>
        <translation>尚無預測：正在等待電池電量資料。</translation>
    </message>
</context>
<context>
    <name>QueryParameters</name>
    <message>
        <location filename="../src/client/QueryParameters.cpp" line="-31"/>
        <source>%1 holds an empty name.</source>
        <translation>%1 含有空白的名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; contains a comma, which the list cannot carry.</source>
        <translation>%1：「%2」含有逗號，清單無法容納。</translation>
    </message>
</context>
<context>
    <name>QueryReplyDecoder</name>
    <message>
        <location filename="../src/client/QueryRowReader.cpp" line="+41"/>
        <source>row %1 is a list, not an object with _time and values.</source>
        <translation>第 %1 列是清單，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 is a text, not an object with _time and values.</source>
        <translation>第 %1 列是文字，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 is null, not an object with _time and values.</source>
        <translation>第 %1 列是 null，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 is a single value, not an object with _time and values.</source>
        <translation>第 %1 列是單一數值，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>row %1: table is not a whole number.</source>
        <translation>第 %1 列：table 不是整數。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1: _time is not a text.</source>
        <translation>第 %1 列：_time 不是文字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: _time &quot;%2&quot; is not an ISO-8601 time with a zone.</source>
        <translation>第 %1 列：_time「%2」不是帶時區的 ISO-8601 時間。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>row %1: table is missing.</source>
        <translation>第 %1 列：缺少 table。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: _time is missing.</source>
        <translation>第 %1 列：缺少 _time。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 has neither _value nor any field.</source>
        <translation>第 %1 列既沒有 _value 也沒有任何欄位。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>row %1: %2 is a list, not a name.</source>
        <translation>第 %1 列：%2 是清單，而不是名稱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: %2 is an object, not a name.</source>
        <translation>第 %1 列：%2 是物件，而不是名稱。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>row %1: %2 is a list, not a value.</source>
        <translation>第 %1 列：%2 是清單，而不是數值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: %2 is an object, not a value.</source>
        <translation>第 %1 列：%2 是物件，而不是數值。</translation>
    </message>
    <message>
        <location filename="../src/client/QueryReplyDecoder.cpp" line="+85"/>
        <source>The reply is not valid UTF-8 text.</source>
        <translation>回應不是有效的 UTF-8 文字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply is nested too deeply to be query data.</source>
        <translation>回應的巢狀層次太深，不像查詢資料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply is too large to read (%1 bytes).</source>
        <translation>回應太大，無法讀取（%1 位元組）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough memory to read the reply (%1 bytes).</source>
        <translation>記憶體不足，無法讀取回應（%1 位元組）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply holds a number that cannot be read (too large, or malformed).</source>
        <translation>回應中有無法讀取的數字（太大或格式錯誤）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply ends early: it was cut off after %1 bytes.</source>
        <translation>回應提早結束：在 %1 位元組後被截斷。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply is not valid JSON (%1).</source>
        <translation>回應不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The reply is empty.</source>
        <translation>回應是空的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply is a web page, not query data: the API base URL may be wrong, or a proxy answered.</source>
        <translation>回應是網頁而不是查詢資料：API 基礎 URL 可能有誤，或是由代理伺服器回應。</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The server answered with a message instead of data: %1</source>
        <translation>伺服器回覆了訊息而不是資料：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply is a JSON object, not the list of rows a query returns.</source>
        <translation>回應是 JSON 物件，而不是查詢應傳回的資料列清單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply is a text, not the list of rows a query returns.</source>
        <translation>回應是文字，而不是查詢應傳回的資料列清單。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply is null, not the list of rows a query returns.</source>
        <translation>回應是 null，而不是查詢應傳回的資料列清單。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply is a single value, not the list of rows a query returns.</source>
        <translation>回應是單一數值，而不是查詢應傳回的資料列清單。</translation>
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
        <location line="+29"/>
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
    <name>QueryTimeArg</name>
    <message>
        <location filename="../src/client/QueryTimeArg.cpp" line="+61"/>
        <source>The time is not a valid date and time.</source>
        <translation>此時間不是有效的日期時間。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time lies outside the years 0000 to 9999.</source>
        <translation>此時間超出 0000 到 9999 年的範圍。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a time relative to now; write a sign, a number and a unit, such as -30m, -6h, -7d or -1mo.</source>
        <translation>「%1」不是相對於現在的時間；請寫出正負號、數字與單位，例如 -30m、-6h、-7d 或 -1mo。</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <location filename="../src/gui/report/ReportMaker.cpp" line="+40"/>
        <source>Domain %1</source>
        <translation>區域 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 energy report</source>
        <translation>%1 能源報表</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not read the totals: %1</source>
        <translation>無法讀取總計：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load “%1”: %2</source>
        <translation>無法載入「%1」：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No data in this range.</source>
        <translation>此範圍內沒有資料。</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../src/gui/report/ReportPeriod.cpp" line="+44"/>
        <source>--from needs a date as yyyy-MM-dd, not “%1”</source>
        <translation>--from 需要 yyyy-MM-dd 格式的日期，而不是「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to needs a date as yyyy-MM-dd, not “%1”</source>
        <translation>--to 需要 yyyy-MM-dd 格式的日期，而不是「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早於 --from（%2）</translation>
    </message>
</context>
<context>
    <name>ReportTotals</name>
    <message>
        <location filename="../src/gui/report/ReportTotals.cpp" line="+13"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Solar energy used</source>
        <translation>太陽能使用量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PV after curtailment</source>
        <translation>扣除棄電後的太陽能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>負載</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought from the grid (import)</source>
        <translation>向市電購電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold to the grid (export)</source>
        <translation>售電給市電</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grid-connection meter HERMES_SM000001 (Ma1)</source>
        <translation>市電併接點電表 HERMES_SM000001（Ma1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery charged</source>
        <translation>電池充電量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery discharged</source>
        <translation>電池放電量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-consumption</source>
        <translation>自發自用率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>share of the solar energy used on site</source>
        <translation>太陽能於站內使用的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance ratio (PR)</source>
        <translation>效能比（PR）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curtailment</source>
        <translation>棄電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not produced</source>
        <translation>%1 未發電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak 15-minute import</source>
        <translation>15 分鐘最高購電</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battery schedule runs</source>
        <translation>電池排程執行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bought %1, sold %2 while running</source>
        <translation>執行期間購電 %1，售電 %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../src/gui/timechart/ReportWriter.cpp" line="+68"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated %1 (%2)</source>
        <translation>產生於 %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 頁</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Site</source>
        <translation>站點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>產生時間</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Totals of the period</source>
        <translation>期間總計</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 report</source>
        <translation>%1 報表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>無法寫入 %1：無法開始建立 PDF。</translation>
    </message>
</context>
<context>
    <name>ScheduleCostCheck</name>
    <message>
        <location filename="../src/core/ScheduleCostCheck.cpp" line="+51"/>
        <source>weekday</source>
        <comment>a kind of day inside a sentence</comment>
        <translation>平日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <comment>a kind of day inside a sentence</comment>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday or off-peak day</source>
        <comment>a kind of day inside a sentence</comment>
        <translation>週日或離峰日</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The import cap of %3 kW cuts %2 kWh from the window %1: the load leaves it less room to charge.</source>
        <extracomment>%1 a window (&quot;00:00–06:00, +20 kW&quot;), %2 kWh, %3 the import cap in kW</extracomment>
        <translation>%3 kW 的購電上限會從時段 %1 削減 %2 kWh：負載使它可充電的空間變少。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The load alone passes the import cap of %1 kW from %2 (%3 kWh over the day); discharging then would keep the import inside it.</source>
        <extracomment>%1 the import cap in kW, %2 a time (&quot;18:00&quot;), %3 kWh</extracomment>
        <translation>光是負載就從 %2 起超過 %1 kW 的購電上限（全日超出 %3 kWh）；在那時放電可讓購電保持在上限內。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The 15-minute import peaks at %1 kW at %2 while the window %4 charges, above the contract&apos;s %3 kW: the excess is billed at two to three times the basic charge.</source>
        <extracomment>%1 kW, %2 a time, %3 the contract capacity in kW, %4 a window</extracomment>
        <translation>15 分鐘購電在 %2 達到最高 %1 kW（此時時段 %4 正在充電），超過契約容量 %3 kW：超出部分以兩到三倍的基本電費計收。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 15-minute import peaks at %1 kW at %2, above the contract&apos;s %3 kW: the excess is billed at two to three times the basic charge.</source>
        <translation>15 分鐘購電在 %2 達到最高 %1 kW，超過契約容量 %3 kW：超出部分以兩到三倍的基本電費計收。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On a usual %1 these windows cost %2 more than leaving the battery idle.</source>
        <extracomment>%1 the kind of day (&quot;Weekday&quot;), %2 an amount (&quot;NT$ 35&quot;)</extracomment>
        <translation>在一般的%1，這些時段比讓電池閒置多花 %2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 more on a %2</source>
        <extracomment>%1 an amount (&quot;NT$ 25&quot;), %2 a kind of day (&quot;Saturday&quot;)</extracomment>
        <translation>在%2多花 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scheduler runs these windows every day: they save about %2 on a usual %1 but cost %3 than an idle battery.</source>
        <extracomment>%1 a kind of day, %2 an amount, %3 &quot;NT$ 25 more on a Saturday&quot; (and &quot;, NT$ 26 more on a Sunday…&quot;)</extracomment>
        <translation>排程每天都會執行這些時段：在一般的%1約可省下 %2，但與閒置的電池相比，%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ScheduleDraftFile</name>
    <message>
        <location filename="../src/core/ScheduleDraftFile.cpp" line="+118"/>
        <source>The draft of scheduler %1 on %2 cannot be saved as the draft of scheduler %3 on %4.</source>
        <translation>%2 上排程 %1 的草稿不能儲存為 %4 上排程 %3 的草稿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the saved draft %1: %2.</source>
        <translation>無法讀取已儲存的草稿 %1：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved draft %1 cannot be used: %2.</source>
        <translation>無法使用已儲存的草稿 %1：%2。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation>不是有效的 JSON（第 %2 個字元：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds no JSON object</source>
        <translation>其中沒有 JSON 物件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not in format %1</source>
        <translation>不是格式 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it does not say which scheduler it belongs to</source>
        <translation>未註明屬於哪一個排程</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>it is the draft of scheduler %1 on %2</source>
        <translation>這是 %2 上排程 %1 的草稿</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&quot;%1&quot; is not a time</source>
        <translation>「%1」不是時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an array of windows</source>
        <translation>「%1」不是時段陣列</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot remove the saved draft %1: %2.</source>
        <translation>無法移除已儲存的草稿 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ScheduleDraftKeeper</name>
    <message>
        <location filename="../src/gui/schedule/ScheduleDraftKeeper.cpp" line="+46"/>
        <source>Saved draft</source>
        <translation>已儲存的草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved draft could not be read:
%1

It was kept as %2.</source>
        <translation>無法讀取已儲存的草稿：
%1

已另存為 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved draft could not be read:
%1

It stays at %2 and will not be saved over.</source>
        <translation>無法讀取已儲存的草稿：
%1

檔案仍在 %2，不會被覆寫。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no windows</source>
        <translation>沒有時段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsent draft</source>
        <translation>未送出的草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft of the schedule that was not sent was found (saved %1):

%2

Keep it to go on editing, or discard it and start from the server&apos;s windows?</source>
        <translation>找到一份尚未送出的排程草稿（儲存於 %1）：

%2

要保留它繼續編輯，還是捨棄它並從伺服器的時段重新開始？</translation>
    </message>
</context>
<context>
    <name>ScheduleFile</name>
    <message>
        <location filename="../src/core/ScheduleFile.cpp" line="+147"/>
        <source>&quot;aegis_schedule&quot; must be an object, but it is %1.</source>
        <translation>「aegis_schedule」必須是物件，但收到的是%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;aegis_schedule&quot; has no &quot;format&quot;.</source>
        <translation>「aegis_schedule」缺少「format」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;aegis_schedule&quot;: &quot;format&quot; must be a whole number, but it is %1.</source>
        <translation>「aegis_schedule」：「format」必須是整數，但收到的是%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule was written in format %1 by a newer AEGIS Console; this version reads format %2.</source>
        <translation>此排程是由較新版的 AEGIS Console 以格式 %1 寫成；此版本讀取的是格式 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;aegis_schedule&quot;: format %1 does not exist; this version reads format %2.</source>
        <translation>「aegis_schedule」：格式 %1 不存在；此版本讀取的是格式 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;aegis_schedule&quot;: &quot;%1&quot; must be text, but it is %2.</source>
        <translation>「aegis_schedule」：「%1」必須是文字，但收到的是%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;aegis_schedule&quot; has no &quot;windows&quot;.</source>
        <translation>「aegis_schedule」缺少「windows」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;aegis_schedule&quot;: &quot;windows&quot; must be an array, but it is %1.</source>
        <translation>「aegis_schedule」：「windows」必須是陣列，但收到的是%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In &quot;aegis_schedule&quot;: %1</source>
        <translation>在「aegis_schedule」中：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be an array, but it is %2.</source>
        <translation>「%1」必須是陣列，但收到的是%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; entry %2 must be an object, but it is %3.</source>
        <translation>「%1」的第 %2 筆必須是物件，但收到的是%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; entry %2 has no &quot;timestamp&quot;.</source>
        <translation>「%1」的第 %2 筆缺少「timestamp」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; entry %2: &quot;timestamp&quot; must be an RFC 3339 time such as &quot;2024-12-09T16:00:00Z&quot;, but it is %3.</source>
        <translation>「%1」的第 %2 筆：「timestamp」必須是 RFC 3339 時間，例如「2024-12-09T16:00:00Z」，但收到的是 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; entry %2 is earlier than the entry before it; the time series must be in time order.</source>
        <translation>「%1」的第 %2 筆早於前一筆；時間序列必須依時間先後排列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; entry %2 has no &quot;limits_to_root&quot;.</source>
        <translation>「%1」的第 %2 筆缺少「limits_to_root」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; entry %2: &quot;limits_to_root&quot; must be an object, but it is %3.</source>
        <translation>「%1」的第 %2 筆：「limits_to_root」必須是物件，但收到的是%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; entry %2 has no &quot;limits_to_root&quot;.&quot;total_power_W&quot;; only power limits can be read as windows.</source>
        <translation>「%1」的第 %2 筆缺少「limits_to_root」.「total_power_W」；只有功率限制能讀成時段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; entry %2: &quot;total_power_W&quot; must be a number of watts, but it is %3.</source>
        <translation>「%1」的第 %2 筆：「total_power_W」必須是瓦數，但收到的是%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; entry %2: &quot;total_power_W&quot; must not be negative, but it is %3.</source>
        <translation>「%1」的第 %2 筆：「total_power_W」不能為負值，但收到的是 %3。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The EVerest time series &quot;schedule_import&quot; and &quot;schedule_export&quot; hold no entries.</source>
        <translation>EVerest 時間序列「schedule_import」與「schedule_export」中沒有任何資料。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At %1 both &quot;schedule_import&quot; and &quot;schedule_export&quot; allow power, so it is not clear whether the battery charges or discharges.</source>
        <translation>在 %1，「schedule_import」與「schedule_export」都允許功率，因此無法判斷電池是充電還是放電。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON: %1 at character %2.</source>
        <translation>檔案不是有效的 JSON：%1（第 %2 個字元）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file must hold a JSON object, but it holds an array.</source>
        <translation>檔案必須包含 JSON 物件，但其中是陣列。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file holds no schedule: it has neither &quot;aegis_schedule&quot; nor the EVerest time series &quot;schedule_import&quot; and &quot;schedule_export&quot;.</source>
        <translation>檔案中沒有排程：既沒有「aegis_schedule」，也沒有 EVerest 時間序列「schedule_import」與「schedule_export」。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1: %2.</source>
        <translation>無法開啟 %1：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a schedule file (%2 bytes).</source>
        <translation>%1 太大，不可能是排程檔（%2 位元組）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot write %1: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>ScheduleHistoryView</name>
    <message>
        <location filename="../src/gui/schedule/ScheduleHistoryView.cpp" line="+145"/>
        <source>Schedule created</source>
        <translation>排程已建立</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule changed</source>
        <translation>排程已變更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run started</source>
        <translation>開始執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running (4 min after start)</source>
        <translation>執行中（開始後 4 分鐘）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run stopped</source>
        <translation>停止執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped (4 min after stop)</source>
        <translation>已停止（停止後 4 分鐘）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disabled on the server</source>
        <translation>已在伺服器上停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatching since %1</source>
        <translation>自 %1 起排程執行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle: no window is running</source>
        <translation>待機：目前沒有執行中的時段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>still running</source>
        <translation>仍在執行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counted when the run stops</source>
        <translation>執行停止時才計算</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop %1</source>
        <translation>停止 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At the start: %1</source>
        <translation>開始時：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the stop: %1</source>
        <translation>停止時：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s report of the last run could not be read.</source>
        <translation>無法讀取伺服器關於上次執行的報告。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Last 7 days: %n complete run(s), bought %1, sold %2.</source>
        <translation>
            <numerusform>最近 7 天：完成 %n 次執行，購電 %1，售電 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A run is in progress.</source>
        <translation>目前正在執行。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>charge %1</source>
        <translation>充電 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discharge %1</source>
        <translation>放電 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1–%2</source>
        <comment>a range of SOC</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s message:
%1</source>
        <translation>伺服器的訊息：
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site state of charge</source>
        <translation>站點電池電量</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last run (%1)</source>
        <translation>上次執行（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler:</source>
        <translation>排程：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped:</source>
        <translation>停止：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought from the grid:</source>
        <translation>向市電購電：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold to the grid:</source>
        <translation>售電給市電：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>SOC</source>
        <translation>電量</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Solar</source>
        <translation>太陽能</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Grid</source>
        <translation>市電</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Grid power: positive when the site imports</source>
        <translation>市電功率：站點購電時為正值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (%1)</source>
        <translation>時間（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battery</source>
        <translation>電池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought</source>
        <translation>購電</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>售電</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The power a run was started with</source>
        <translation>執行開始時的功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of charge of the scheduled units: lowest–highest</source>
        <translation>排程電池的電量：最低–最高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solar power of the scheduled units together</source>
        <translation>排程電池合計的太陽能功率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid power of the scheduled units together: positive when they import</source>
        <translation>排程電池合計的市電功率：購電時為正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site state of charge, last 7 days</source>
        <translation>站點電池電量（最近 7 天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of charge</source>
        <translation>電池電量</translation>
    </message>
</context>
<context>
    <name>ScheduleLibrary</name>
    <message>
        <location filename="../src/gui/schedule/ScheduleLibrary.cpp" line="+27"/>
        <location line="+56"/>
        <source>Schedules</source>
        <translation>排程</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>These windows break the scheduler&apos;s rules; the draft is unchanged:
%1</source>
        <translation>這些時段違反排程規則；草稿未變更：
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The template could not be saved:
%1</source>
        <translation>無法儲存範本：
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The templates file was damaged; it was kept as %1 and a new one was started.</source>
        <translation>範本檔已損壞；已將它保留為 %1，並建立新的範本檔。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no template named “%1”.</source>
        <translation>沒有名為「%1」的範本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load template “%1”</source>
        <translation>載入範本「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The template could not be deleted:
%1</source>
        <translation>無法刪除範本：
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be imported; the draft is unchanged:
%1</source>
        <translation>無法匯入檔案；草稿未變更：
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s windows are in %1 but the scheduler runs in %2. Take the same clock times in %2?</source>
        <translation>檔案中的時段採用 %1 時區，但排程在 %2 時區執行。要在 %2 沿用相同的鐘點時間嗎？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The schedule could not be exported:
%1</source>
        <translation>無法匯出排程：
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Save as template</source>
        <translation>另存為範本</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Template name:</source>
        <translation>範本名稱：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the template “%1”?</source>
        <translation>要取代範本「%1」嗎？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a schedule</source>
        <translation>匯入排程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules (*.json);;All files (*)</source>
        <translation>排程 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the schedule</source>
        <translation>匯出排程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules (*.json)</source>
        <translation>排程 (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save draft as template…</source>
        <translation>將草稿另存為範本…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No templates yet</source>
        <translation>尚無範本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load “%1”</source>
        <translation>載入「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete template</source>
        <translation>刪除範本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from file…</source>
        <translation>從檔案匯入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to file…</source>
        <translation>匯出至檔案…</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../src/gui/schedule/ScheduleModel.cpp" line="+61"/>
        <source>%1 (next day)</source>
        <translation>%1（隔天）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charge</source>
        <translation>充電</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discharge</source>
        <translation>放電</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no unit online</source>
        <translation>沒有上線的電池</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each unit would carry %1, above its limit of %2.</source>
        <translation>每台電池將承擔 %1，超過其上限 %2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per unit</source>
        <translation>每台電池</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set start of %1</source>
        <translation>設定時段 %1 的開始時間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set stop of %1</source>
        <translation>設定時段 %1 的結束時間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set power of %1</source>
        <translation>設定時段 %1 的功率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a valid value.</source>
        <translation>不是有效的值。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Remove %1</source>
        <translation>移除時段 %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: no Pomcube unit is online to carry it.</source>
        <translation>%1：沒有上線的 Pomcube 電池可以承擔。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: each of the %n unit(s) would carry %2, above its limit of %3.</source>
        <translation>
            <numerusform>%1：%n 台電池每台將承擔 %2，超過其上限 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../src/gui/schedule/SchedulePage.cpp" line="+191"/>
        <source>The draft could not be saved: %1</source>
        <translation>無法儲存草稿：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Undo: %1</source>
        <translation>復原：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reload from the server</source>
        <translation>從伺服器重新載入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the draft and load the server&apos;s windows?</source>
        <translation>要捨棄草稿並載入伺服器的時段嗎？</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No projection: the battery&apos;s state of charge is not known.</source>
        <translation>無法預測：電池電量不明。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the scheduler&apos;s windows…</source>
        <translation>正在載入排程的時段…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The editor shows the scheduler&apos;s windows. Edits stay a draft until you send them.</source>
        <translation>編輯器顯示的是排程的時段。編輯內容在您送出之前都只是草稿。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Draft not sent (%n edit(s)); saved on this computer.</source>
        <translation>
            <numerusform>草稿尚未送出（%n 項編輯）；已儲存在這台電腦上。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft not sent, restored from an earlier session; saved on this computer.</source>
        <translation>草稿尚未送出，已從先前的工作階段還原；已儲存在這台電腦上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s windows changed since you loaded them; sending will show both.</source>
        <translation>伺服器上的時段在您載入後已變更；送出時會同時顯示兩者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the windows and reading them back…</source>
        <translation>正在送出時段並讀回確認…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Daily windows</source>
        <translation>每日時段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs and history</source>
        <translation>執行與歷史紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to:</source>
        <translation>貼齊：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+1"/>
        <location line="+195"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+1"/>
        <location line="+192"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload from server</source>
        <translation>從伺服器重新載入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the scheduler&apos;s windows again, discarding the draft</source>
        <translation>重新載入排程的時段，並捨棄草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates and files</source>
        <translation>範本與檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest…</source>
        <translation>建議…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest windows from the tariff, the grid limits and the usual day; the result becomes a draft</source>
        <translation>依電價、電網限制與平常的一天建議時段；結果會成為草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to scheduler…</source>
        <translation>送出至排程…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the changes and the projection, then send the draft</source>
        <translation>檢視變更與預測，然後送出草稿</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <location filename="../src/core/ScheduleRules.cpp" line="+20"/>
        <source>Window %1 starts at %2, outside the day: a start must lie from 00:00 up to, not including, 24:00.</source>
        <translation>時段 %1 開始於 %2，超出一天的範圍：開始時間必須介於 00:00 到 24:00 之間（不含 24:00）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window %1 stops at %2, outside the day: a stop must lie after 00:00 and no later than 24:00.</source>
        <translation>時段 %1 結束於 %2，超出一天的範圍：結束時間必須晚於 00:00 且不晚於 24:00。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window %1 starts at %2 but stops at %3: the start must come before the stop. A window across midnight is two windows, one ending at 24:00 and one starting at 00:00.</source>
        <translation>時段 %1 開始於 %2 卻結束於 %3：開始時間必須早於結束時間。跨越午夜的時段要分成兩段，一段結束於 24:00，另一段從 00:00 開始。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window %1 has no valid power value.</source>
        <translation>時段 %1 沒有有效的功率值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window %1 has zero power and would do nothing: give it a charge (+) or discharge (−) power.</source>
        <translation>時段 %1 的功率為零，不會有任何動作：請設定充電（+）或放電（−）功率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window %1 charges at %2, above the site&apos;s charge limit of %3.</source>
        <translation>時段 %1 以 %2 充電，超過站點充電上限 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window %1 discharges at %2, above the site&apos;s discharge limit of %3.</source>
        <translation>時段 %1 以 %2 放電，超過站點放電上限 %3。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Window %1 (%2) overlaps window %3 (%4) from %5 to %6: windows may touch but not share time.</source>
        <translation>時段 %1（%2）與時段 %3（%4）在 %5 到 %6 重疊：時段可以相接，但不能重疊。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>…另有 %n 項。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleSender</name>
    <message>
        <location filename="../src/gui/schedule/ScheduleSender.cpp" line="+38"/>
        <location line="+47"/>
        <source>Send the schedule</source>
        <translation>送出排程</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The draft breaks the scheduler&apos;s rules and cannot be sent:
%1</source>
        <translation>草稿違反排程規則，無法送出：
%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sent and confirmed: the scheduler holds exactly these windows.</source>
        <translation>已送出並確認：排程保存的正是這些時段。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was sent: the server&apos;s windows had changed.</source>
        <translation>沒有送出任何資料：伺服器上的時段已變更。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was sent; the editor now holds the server&apos;s windows.</source>
        <translation>沒有送出任何資料；編輯器現在顯示的是伺服器的時段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was sent: the server&apos;s windows had changed since you loaded them.</source>
        <translation>沒有送出任何資料：伺服器上的時段在您載入後已變更。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server answered, but reading the schedule back shows other windows than were sent:
%1

Your draft is kept; check the server&apos;s windows before sending again.</source>
        <translation>伺服器已回應，但讀回的排程顯示的時段與送出的不同：
%1

您的草稿已保留；再次送出前，請先檢查伺服器的時段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applied: the server holds other windows than were sent.</source>
        <translation>未套用：伺服器保存的時段與送出的不同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the windows; nothing changed:
%1</source>
        <translation>伺服器拒絕了這些時段；沒有任何變更：
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server: %1</source>
        <translation>遭伺服器拒絕：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending failed and the schedule could not be read back, so it is not known whether the server took the windows:
%1

Your draft is kept. Reload to see the server&apos;s windows.</source>
        <translation>送出失敗，且無法讀回排程，因此無法確定伺服器是否已接受這些時段：
%1

您的草稿已保留。請重新載入以查看伺服器的時段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown whether the windows were taken: %1</source>
        <translation>無法確定時段是否已被接受：%1</translation>
    </message>
</context>
<context>
    <name>ScheduleTemplates</name>
    <message>
        <location filename="../src/core/ScheduleTemplates.cpp" line="+44"/>
        <source>Cannot read the templates file %1: %2.</source>
        <translation>無法讀取範本檔 %1：%2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation>不是有效的 JSON（第 %2 個字元：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds no JSON object</source>
        <translation>其中沒有 JSON 物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no &quot;format&quot; number</source>
        <translation>缺少「format」編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is in format %1, and this version reads format %2</source>
        <translation>其格式為 %1，而此版本讀取的是格式 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no &quot;templates&quot; object</source>
        <translation>缺少「templates」物件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the template &quot;%1&quot; is not an array of windows</source>
        <translation>範本「%1」不是時段陣列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the template &quot;%1&quot;: %2</source>
        <translation>範本「%1」：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The templates file %1 is damaged: %2. It has been left as it is; before a template is next saved it will be moved to %3.</source>
        <translation>範本檔 %1 已損壞：%2。檔案已保留原狀；下次儲存範本之前，會先將它移至 %3。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+27"/>
        <source>A template needs a name.</source>
        <translation>範本需要名稱。</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+16"/>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的範本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation>已有名為「%1」的範本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The damaged templates file %1 could not be moved to %2, so nothing was saved: %3.</source>
        <translation>無法將損壞的範本檔 %1 移至 %2，因此沒有儲存任何資料：%3。</translation>
    </message>
</context>
<context>
    <name>ScheduleWindow</name>
    <message>
        <location filename="../src/core/DailyWindow.cpp" line="+24"/>
        <location filename="../src/core/ScheduleTimeline.cpp" line="+26"/>
        <location filename="../src/core/ScheduleWindow.cpp" line="+31"/>
        <source>%1–%2, %3</source>
        <translation>%1–%2，%3</translation>
    </message>
</context>
<context>
    <name>SchedulerApi</name>
    <message>
        <location filename="../src/client/SchedulerApi.cpp" line="+57"/>
        <source>The schedule was changed on the server at %1, after your draft was started.</source>
        <translation>伺服器上的排程在 %1 被修改了，晚於您開始編輯草稿的時間。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>sent but not on the server: %1</source>
        <translation>已送出但伺服器上沒有：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on the server but not sent: %1</source>
        <translation>伺服器上有但未送出：%1</translation>
    </message>
</context>
<context>
    <name>SchedulerDecoder</name>
    <message>
        <location filename="../src/client/SchedulerDecoder.cpp" line="+17"/>
        <source>the reply is empty</source>
        <translation>回應是空的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reply is not valid JSON (%1 at character %2)</source>
        <translation>回應不是有效的 JSON（第 %2 個字元：%1）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the scheduler reply should be an array of one object, but it holds %1 items</source>
        <translation>排程回應應為只含一個物件的陣列，但含有 %1 個項目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the scheduler reply has no power_scheduler_id</source>
        <translation>排程回應中沒有 power_scheduler_id</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the scheduler&apos;s crons should be a JSON text, but it is missing or of another type</source>
        <translation>排程的 crons 應為 JSON 文字，但它缺少或類型不同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scheduler&apos;s windows cannot be read: %1</source>
        <translation>無法讀取排程的時段：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the scheduler&apos;s %1 is not a time: %2</source>
        <translation>排程的 %1 不是時間：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the history reply should be an object</source>
        <translation>歷史紀錄回應應為物件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history reply has no list of records</source>
        <translation>歷史紀錄回應中沒有紀錄清單</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>history record %1 has no valid _time</source>
        <translation>歷史紀錄第 %1 筆沒有有效的 _time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>history record %1 has no type</source>
        <translation>歷史紀錄第 %1 筆沒有 type</translation>
    </message>
</context>
<context>
    <name>SchedulerStatusWidget</name>
    <message>
        <location filename="../src/gui/schedule/SchedulerStatusWidget.cpp" line="+82"/>
        <source>Battery schedule</source>
        <translation>電池排程</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatching</source>
        <translation>排程執行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>待機</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle, schedule disabled</source>
        <translation>待機，排程已停用</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: %2, %3.</source>
        <translation>%1：%2，%3。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>charge %1</source>
        <translation>充電 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discharge %1</source>
        <translation>放電 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>ends in %1</source>
        <translation>%1後結束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1</source>
        <translation>%1後開始</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Last run</source>
        <translation>上次執行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid energy</source>
        <translation>市電電量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended %1</source>
        <translation>結束於 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bought %1, sold %2</source>
        <translation>購電 %1，售電 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last update %1</source>
        <translation>最後更新：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times in %1</source>
        <translation>時間以 %1 表示</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next</source>
        <translation>下一時段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No windows in the schedule</source>
        <translation>排程中沒有時段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>目前時段</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>None in the next three days</source>
        <translation>未來三天沒有時段</translation>
    </message>
</context>
<context>
    <name>SeriesReadout</name>
    <message>
        <location filename="../src/gui/timechart/SeriesReadout.cpp" line="+61"/>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In %1 = out %2</source>
        <comment>energy balance at the cursor</comment>
        <translation>流入 %1 = 流出 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1, out %2</source>
        <comment>energy balance at the cursor, not adding up</comment>
        <translation>流入 %1，流出 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <comment>series name: value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="+9"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API base &amp;URL:</source>
        <translation>API 基礎 &amp;URL：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Organization ID:</source>
        <translation>組織編號(&amp;O)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the login reply</source>
        <translation>取自登入回應</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Domain ID:</source>
        <translation>站點編號(&amp;D)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Scheduler ID:</source>
        <translation>排程編號(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh every:</source>
        <translation>更新間隔(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default (5 s demo, 60 s server)</source>
        <translation>預設（示範 5 秒，伺服器 60 秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Battery limits</source>
        <translation>電池限制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maximum &amp;charge power:</source>
        <translation>最大充電功率(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+14"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Maximum d&amp;ischarge power:</source>
        <translation>最大放電功率(&amp;I)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Power per Pomcube &amp;unit:</source>
        <translation>每台 Pomcube 電池功率(&amp;U)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Lowest state of charge:</source>
        <translation>最低電池電量(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Highest state of charge:</source>
        <translation>最高電池電量(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../src/gui/site/SettingsDialog.cpp" line="+18"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The API base URL is not valid: write it as https://host:port/api.</source>
        <translation>API 基礎 URL 無效：請寫成 https://host:port/api。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lowest state of charge must be below the highest.</source>
        <translation>最低電池電量必須低於最高電池電量。</translation>
    </message>
</context>
<context>
    <name>SimMain</name>
    <message>
        <location filename="../src/app/sim_main.cpp" line="+53"/>
        <source>--host needs an IP address, not &quot;%1&quot;</source>
        <translation>--host 需要 IP 位址，而不是「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port 需要 0 到 65535 之間的數字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--accel needs a number above 0 and at most 1000000</source>
        <translation>--accel 需要大於 0 且不超過 1000000 的數字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed 需要非負整數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--history-days needs a number of days from 0 to 3660</source>
        <translation>--history-days 需要 0 到 3660 之間的天數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--start needs an ISO-8601 time with a zone, such as 2024-07-03T08:00:00+08:00</source>
        <translation>--start 需要帶時區的 ISO-8601 時間，例如 2024-07-03T08:00:00+08:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--token-lifetime needs a number of seconds of at least 1</source>
        <translation>--token-lifetime 需要至少 1 的秒數</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--cfos-user needs a name without &quot;:&quot;</source>
        <translation>--cfos-user 需要不含「:」的名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--connection-kw needs a power in kW above 0 and at most 100000</source>
        <translation>--connection-kw 需要大於 0 且最多 100000 的功率（kW）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-limit-kw needs a power in kW from 0 to 100000</source>
        <translation>--export-limit-kw 需要 0 到 100000 的功率（kW）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert 與 --tls-key 必須一起使用：兩個檔案都提供或都不提供</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Emulates the AEGIS server of building K on loopback. The first line of output is the base URL it listens on; the /sim/ control API lives under the same URL.</source>
        <translation>在本機迴路上模擬 K 館的 AEGIS 伺服器。輸出的第一行是它所監聽的基礎 URL；/sim/ 控制 API 也在同一個 URL 下。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TCP port to listen on; 0 picks a free one.</source>
        <translation>要監聽的 TCP 連接埠；0 表示自動選擇空閒的連接埠。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address to listen on. Anything but loopback must be asked for.</source>
        <translation>要監聽的位址。迴路以外的位址必須明確指定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sim seconds per real second.</source>
        <translation>每一實際秒對應的模擬秒數。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>factor</source>
        <translation>倍數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the weather noise; equal seeds give equal sites.</source>
        <translation>天氣雜訊的種子；相同的種子產生相同的站點。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Days of history behind the start time.</source>
        <translation>開始時間之前的歷史天數。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>天數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sim time at start, ISO-8601 (default: now).</source>
        <translation>開始時的模擬時間，ISO-8601（預設：現在）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly irradiance profile in apis-emulator&apos;s format.</source>
        <translation>apis-emulator 格式的每小時日照量曲線。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+2"/>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Load profile in apis-emulator&apos;s or the BEMS format.</source>
        <translation>apis-emulator 或 BEMS 格式的負載曲線。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved state to resume from.</source>
        <translation>要從中恢復的已儲存狀態。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed control token for the /sim/ API, for scripts (default: a random one per run).</source>
        <translation>/sim/ API 的固定控制權杖，供腳本使用（預設：每次執行隨機產生）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation>權杖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account that may log in.</source>
        <translation>可以登入的帳號。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Password of that account.</source>
        <translation>該帳號的密碼。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Seconds an access token stays valid.</source>
        <translation>存取權杖的有效秒數。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Seconds a request&apos;s line and headers may take to arrive; a later request&apos;s from its first byte.</source>
        <translation>請求行與標頭送達的秒數上限；後續請求從其第一個位元組起算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds a request&apos;s body may take after its headers.</source>
        <translation>請求本文在標頭之後送達的秒數上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds a kept-alive connection may stay silent or leave a reply unread before it is closed.</source>
        <translation>保持連線的連線在關閉前可以沉默或不讀取回應的秒數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connections open at once; beyond them a new one gets a 503 and is closed.</source>
        <translation>同時開啟的連線數；超過時新連線會收到 503 並被關閉。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account of the grid operator&apos;s cFos-compatible API at /cnf (default: %1).</source>
        <translation>電網業者在 /cnf 的 cFos 相容 API 帳號（預設：%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of that account (default: %1, as in cFos&apos;s examples).</source>
        <translation>該帳號的密碼（預設：%1，與 cFos 範例相同）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import capacity of the grid connection in kW; AVAIL is a share of it.</source>
        <translation>市電併接點的購電容量（kW）；AVAIL 是其比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export (feed-in) limit in kW; PV beyond it is curtailed.</source>
        <translation>售電（饋網）上限（kW）；超過部分的太陽能會被棄電。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grid-operator import or export caps in the history and ahead.</source>
        <translation>歷史與未來都不加入電網業者的購電或售電上限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solar forecast is the PV the site will make, without a forecast&apos;s error.</source>
        <translation>太陽能預測即為站點實際將產生的發電量，沒有預測誤差。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault to inject, as in /sim/faults (repeatable), e.g. latency_ms=500 or error_503_share=0.2.</source>
        <translation>要注入的故障，格式同 /sim/faults（可重複），例如 latency_ms=500 或 error_503_share=0.2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value</source>
        <translation>鍵=值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key); the URL then starts with https.</source>
        <translation>以此 PEM 憑證提供 HTTPS（需要 --tls-key）；URL 將以 https 開頭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unencrypted PEM private key of the --tls-cert certificate.</source>
        <translation>--tls-cert 憑證的未加密 PEM 私鑰。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--fault %1: %2</source>
        <translation>--fault %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>listening beyond loopback; the /sim/ control API still answers loopback clients only</source>
        <translation>正在監聽迴路以外的位址；/sim/ 控制 API 仍只回應本機迴路的用戶端</translation>
    </message>
</context>
<context>
    <name>SiteTreeFeed</name>
    <message>
        <location filename="../src/gui/site/SiteTreeFeed.cpp" line="+43"/>
        <source>SoC %1</source>
        <translation>電量 %1</translation>
    </message>
</context>
<context>
    <name>SiteTreeModel</name>
    <message>
        <location filename="../src/gui/site/SiteTreeModel.cpp" line="+85"/>
        <source>Pomcube battery</source>
        <translation>Pomcube 電池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hermes storage</source>
        <translation>Hermes 儲能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PV inverter</source>
        <translation>太陽能逆變器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sun photometer</source>
        <translation>日照計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smart meter</source>
        <translation>智慧電表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Site area</source>
        <translation>區域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain %1</source>
        <translation>站點 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <comment>device type · meter role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2
Updated %3</source>
        <translation>%1
%2
更新於 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Operating</source>
        <translation>運轉中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standby</source>
        <translation>待機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <translation>維護中</translation>
    </message>
</context>
<context>
    <name>SocGauge</name>
    <message>
        <location filename="../src/gui/overview/SocGauge.cpp" line="+106"/>
        <source>Not current, last update %1.</source>
        <translation>資料非即時，最後更新 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State of charge: no data.</source>
        <translation>電池電量：無資料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State of charge %1, %2 of %3 left.</source>
        <translation>電池電量 %1，剩餘 %2，共 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critically low.</source>
        <translation>電量極低。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low.</source>
        <translation>電量偏低。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits %1 to %2.</source>
        <translation>限制 %1 至 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Battery state of charge</source>
        <translation>電池電量</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last update %1</source>
        <translation>最後更新：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits %1–%2</source>
        <translation>限制 %1–%2</translation>
    </message>
</context>
<context>
    <name>SocProjection</name>
    <message>
        <location filename="../src/core/SocProjection.cpp" line="+232"/>
        <source>The battery is empty from %1 (%2); %3 will deliver %L4 kWh less.</source>
        <translation>電池自 %1（%2）起電量耗盡；時段 %3 將少放電 %L4 kWh。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The battery is full from %1 (%2); %3 will charge %L4 kWh less.</source>
        <translation>電池自 %1（%2）起已充滿；時段 %3 將少充電 %L4 kWh。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Today (%1), the battery is empty from %2 (%3); %4 will deliver %L5 kWh less.</source>
        <translation>今天（%1），電池自 %2（%3）起沒電；%4 將少放 %L5 kWh。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow (%1), the battery is empty from %2 (%3); %4 will deliver %L5 kWh less.</source>
        <translation>明天（%1），電池自 %2（%3）起沒電；%4 將少放 %L5 kWh。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today (%1), the battery is full from %2 (%3); %4 will charge %L5 kWh less.</source>
        <translation>今天（%1），電池自 %2（%3）起充滿；%4 將少充 %L5 kWh。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow (%1), the battery is full from %2 (%3); %4 will charge %L5 kWh less.</source>
        <translation>明天（%1），電池自 %2（%3）起充滿；%4 將少充 %L5 kWh。</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../src/gui/schedule/SuggestDialog.cpp" line="+167"/>
        <source>The last four weeks of load and solar could not be read: %1</source>
        <translation>無法讀取過去四週的負載與太陽能：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the last four weeks of load and solar…</source>
        <translation>正在讀取過去四週的負載與太陽能…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The tariff plan &quot;%1&quot; cannot be used: %2 Choose another in Tools → Tariff and grid.</source>
        <translation>無法使用電價方案「%1」：%2 請在「工具 → 電價與電網」選擇其他方案。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Working out a suggestion…</source>
        <translation>正在計算建議…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NT$ %1</source>
        <translation>NT$ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No suggestion: %1</source>
        <translation>沒有建議：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Under this plan the battery is best left idle on such a day.</source>
        <translation>在此方案下，這樣的一天電池最好保持閒置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows suggested: %1. Nothing is sent until you send the draft.</source>
        <translation>建議的時段：%1。在您送出草稿之前不會送出任何資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solar from the forecast for %1.</source>
        <translation>太陽能取自 %1 的預測。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Solar from the usual day of the last four weeks: no forecast covers a whole day of this kind yet.</source>
        <translation>太陽能取自過去四週的一般日：目前尚無預測涵蓋此類日的一整天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No load history of this kind of day in the last four weeks: the load is taken as zero.</source>
        <translation>過去四週沒有這類日子的負載紀錄：負載以零計。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>The battery&apos;s state of charge is not known: the day starts at 50 %.</source>
        <translation>電池電量未知：一天從 50 % 開始。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Load suggested windows</source>
        <translation>載入建議的時段</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Suggest windows</source>
        <translation>建議時段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priced by: %1</source>
        <translation>計價方案：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day type:</source>
        <translation>日別：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Season:</source>
        <translation>季節：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most windows:</source>
        <translation>最多時段數：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End of day SOC:</source>
        <translation>一天結束時的電量：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no lower than the start</source>
        <translation>不低於起始電量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day starts at the battery&apos;s state of charge now, %1.</source>
        <translation>一天從電池目前的電量 %1 開始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOC at start</source>
        <translation>開始電量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOC at end</source>
        <translation>結束電量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Suggested windows, on a usual day:</source>
        <translation>建議的時段，一般日：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server&apos;s schedule, on a usual day:</source>
        <translation>伺服器的排程，一般日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current draft, on a usual day:</source>
        <translation>目前的草稿，一般日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested windows, on %1:</source>
        <translation>建議的時段，%1：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server&apos;s schedule, on %1:</source>
        <translation>伺服器的排程，%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current draft, on %1:</source>
        <translation>目前的草稿，%1：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost of simplicity (windows − step plan):</source>
        <translation>簡化的代價（時段 − 逐刻鐘方案）：</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Shading: the plan&apos;s periods, darker is dearer. Bars: the windows, charge up. Line: the projected SOC.</source>
        <translation>底色：方案的時段，越深越貴。長條：時段，充電向上。線：預估電量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as draft</source>
        <translation>作為草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the draft with these windows (one undo step); nothing is sent</source>
        <translation>以這些時段取代草稿（一個復原步驟）；不會送出任何資料</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <location filename="../src/core/Tariff.cpp" line="+105"/>
        <source>peak</source>
        <translation>尖峰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semi-peak</source>
        <translation>半尖峰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off-peak</source>
        <translation>離峰</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weekday</source>
        <translation>平日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saturday</source>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunday or off-peak day</source>
        <translation>週日或離峰日</translation>
    </message>
</context>
<context>
    <name>TariffDayChooser</name>
    <message>
        <location filename="../src/gui/tariff/TariffDayChooser.cpp" line="+121"/>
        <source>NT$/kWh</source>
        <extracomment>after the periods and their prices: &quot;■ Peak 9.39 ■ Off-peak 2.53 NT$/kWh&quot;</extracomment>
        <translation>NT$/kWh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices of:</source>
        <translation>電價：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of day the costs and the shading behind the windows are for. The scheduler runs the same windows on every kind of day.</source>
        <translation>電費與時段後方底色所依據的日別。排程在每一種日子都執行相同的時段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <extracomment>a kind of day and a season of the tariff: &quot;Weekday · Summer&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TariffFile</name>
    <message>
        <location filename="../src/core/TariffFile.cpp" line="+49"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的鍵「%1」</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+96"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少「%1」</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>「%1」必須是文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is longer than 500 characters</source>
        <translation>「%1」超過 500 個字元</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>「%1」必須是數字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must lie between 0 and %2</source>
        <translation>「%1」必須介於 0 與 %2 之間</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a time of day from 00:00 to 24:00, not &quot;%2&quot;</source>
        <translation>「%1」必須是 00:00 到 24:00 之間的時間，而不是「%2」</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; must be a day of the year as MM-DD, not &quot;%2&quot;</source>
        <translation>「%1」必須是 MM-DD 格式的日期，而不是「%2」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the periods of a day must be a list</source>
        <translation>一天的時段必須是清單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a day needs between 1 and %1 periods</source>
        <translation>一天需要 1 到 %1 個時段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a period must be an object</source>
        <translation>時段必須是物件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a period needs a name</source>
        <translation>時段需要名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period %1–%2 ends before it starts</source>
        <translation>時段 %1–%2 的結束早於開始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no price from %1 to %2</source>
        <translation>%1 到 %2 沒有電價</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two periods both price %1–%2</source>
        <translation>有兩個時段都為 %1–%2 定價</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no price from %1 to 24:00</source>
        <translation>%1 到 24:00 沒有電價</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a season must be an object</source>
        <translation>季節必須是物件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a season needs an id</source>
        <translation>季節需要 id</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no season covers %1</source>
        <translation>沒有季節涵蓋 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 lies in more than one season</source>
        <translation>%1 屬於不只一個季節</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;offPeakDays&quot; must map years to lists of dates</source>
        <translation>「offPeakDays」必須是年份對應日期清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a year</source>
        <translation>「%1」不是年份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the off-peak days of a year must be a list of at most %1 dates</source>
        <translation>一年的離峰日必須是最多 %1 個日期的清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) in %2</source>
        <translation>「%1」不是 %2 年的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this is not a tariff file (&quot;format&quot; is &quot;%1&quot;)</source>
        <translation>這不是電價檔（「format」為「%1」）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version %1 is not one this program reads (it reads %2)</source>
        <translation>本程式無法讀取版本 %1（可讀取版本 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the plan needs a name</source>
        <translation>電價方案需要名稱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;effective&quot; must be a date (YYYY-MM-DD), not &quot;%1&quot;</source>
        <translation>「effective」必須是日期（YYYY-MM-DD），而不是「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;seasons&quot; must be a list of 1 to %1 seasons</source>
        <translation>「seasons」必須是 1 到 %1 個季節的清單</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>two seasons are called &quot;%1&quot;</source>
        <translation>有兩個季節都叫「%1」</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+84"/>
        <source>%1: too large to be a tariff file (%2 bytes).</source>
        <translation>%1：太大，不可能是電價檔（%2 位元組）。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>%1:%2: not valid JSON: %3.</source>
        <translation>%1:%2：不是有效的 JSON：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:1: a tariff file holds one JSON object.</source>
        <translation>%1:1：電價檔應包含一個 JSON 物件。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot open %1: %2.</source>
        <translation>無法開啟 %1：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2.</source>
        <translation>無法讀取 %1：%2。</translation>
    </message>
</context>
<context>
    <name>TariffGridTile</name>
    <message>
        <location filename="../src/gui/overview/TariffGridTile.cpp" line="+196"/>
        <source>Reduced (grid operator)</source>
        <translation>優惠（電網業者）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 tomorrow</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 until %2</source>
        <translation>%1，至 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NT$ %1/kWh (%2, %3)</source>
        <translation>NT$ %1/kWh（%2，%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>connection</source>
        <translation>併接容量</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>contract</source>
        <translation>契約容量</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the connection capacity in Tools → Tariff and grid.</source>
        <translation>請在「工具 → 電價與電網」設定併接容量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 × AVAIL %3 set by hand</source>
        <translation>%1 %2 × 手動設定的 AVAIL %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %2: no grid operator endpoint</source>
        <translation>%2：沒有電網業者端點</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2, AVAIL not read yet</source>
        <translation>%1 %2，尚未讀到 AVAIL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 × AVAIL %3</source>
        <translation>%1 %2 × AVAIL %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole %2: no AVAIL set</source>
        <translation>整個%2：未設定 AVAIL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(stale: read %1)</source>
        <translation>（過時：讀取於 %1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>exporting %1</source>
        <translation>售電中 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, above a cap of 0 kW</source>
        <translation>%1，超過 0 kW 的上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: over the cap</source>
        <translation>%1，%2：超過上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · NT$ %2/kWh</source>
        <translation>%1 · NT$ %2/kWh</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1. AVAIL and TARIF are read from %2</source>
        <translation>%1。AVAIL 與 TARIF 讀取自 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid import now against the import cap</source>
        <translation>目前購電與購電上限的比較</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import cap now: %1</source>
        <translation>目前購電上限：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tariff now</source>
        <translation>目前電價</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cap</source>
        <translation>購電上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import now</source>
        <translation>目前購電</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tariff chosen. &lt;a href=&quot;tariff&quot;&gt;Choose one in Tools → Tariff and grid…&lt;/a&gt;</source>
        <translation>尚未選擇電價。&lt;a href=&quot;tariff&quot;&gt;請在「工具 → 電價與電網」選擇…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tariff plan cannot be used: %1 &lt;a href=&quot;tariff&quot;&gt;Choose another in Tools → Tariff and grid…&lt;/a&gt;</source>
        <translation>無法使用電價方案：%1 &lt;a href=&quot;tariff&quot;&gt;請在「工具 → 電價與電網」選擇其他方案…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>TariffLibrary</name>
    <message>
        <location filename="../src/core/TariffLibrary.cpp" line="+62"/>
        <source>There is no built-in plan &quot;%1&quot;.</source>
        <translation>沒有內建方案「%1」。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>沒有方案「%1」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no plan &quot;%1&quot; in %2.</source>
        <translation>%2 中沒有方案「%1」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is a built-in plan; save the copy under another name.</source>
        <translation>「%1」是內建方案；請以其他名稱儲存副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; cannot name a plan: use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>「%1」不能作為方案名稱：請使用字母、數字、「-」與「_」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot make the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
</context>
<context>
    <name>TariffPeriodsEditor</name>
    <message>
        <location filename="../src/gui/tariff/TariffPeriodsEditor.cpp" line="+43"/>
        <source>Summer</source>
        <translation>夏月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-summer</source>
        <translation>非夏月</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The table no longer matches the plan; choose the plan again.</source>
        <translation>表格已與方案不符；請重新選擇方案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2, %3–%4: &quot;%5&quot; is not a price in NT$/kWh.</source>
        <translation>%1，%2，%3–%4：「%5」不是以 NT$/kWh 計的電價。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Season</source>
        <translation>季節</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>日別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>時段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price (NT$/kWh)</source>
        <translation>電價（NT$/kWh）</translation>
    </message>
</context>
<context>
    <name>TariffSettingsDialog</name>
    <message>
        <location filename="../src/gui/tariff/TariffSettingsDialog.cpp" line="+159"/>
        <source>%1 (built in)</source>
        <translation>%1（內建）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (cannot be read)</source>
        <translation>%1（無法讀取）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 Editing a built-in plan saves a copy.</source>
        <translation>%1 編輯內建方案會另存副本。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The plan needs a name.</source>
        <translation>方案需要名稱。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan was not saved: %1</source>
        <translation>方案未儲存：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as %1.</source>
        <translation>已儲存為 %1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cap at this AVAIL: not known without the connection&apos;s capacity</source>
        <translation>此 AVAIL 下的購電上限：不知契約容量則無從得知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cap at this AVAIL: %1 kW</source>
        <translation>此 AVAIL 下的購電上限：%1 kW</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a plan that can be read.</source>
        <translation>請選擇可讀取的方案。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The password of the grid operator&apos;s endpoint was not saved: %1</source>
        <translation>未儲存電網業者端點的密碼：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tariff and grid</source>
        <translation>電價與電網</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract capacity:</source>
        <translation>契約容量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+5"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed-in rate:</source>
        <translation>售電費率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> NT$/kWh</source>
        <translation> NT$/kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save plan</source>
        <translation>儲存方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the figures; a built-in plan is saved as a copy</source>
        <translation>儲存數值；內建方案會另存為副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid connection</source>
        <translation>市電併接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection capacity:</source>
        <translation>併接容量：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability (AVAIL):</source>
        <translation>可用度（AVAIL）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export limit:</source>
        <translation>售電上限：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used while no grid operator endpoint is set; an endpoint&apos;s AVAIL takes its place</source>
        <translation>未設定電網業者端點時使用；設定端點後由其 AVAIL 取代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid operator&apos;s endpoint (cFos API)</source>
        <translation>電網業者端點（cFos API）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>位址：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: AVAIL and TARIF are not read, e.g. http://192.168.2.10</source>
        <translation>無：不讀取 AVAIL 與 TARIF，例如 http://192.168.2.10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the demo site&apos;s own (%1)</source>
        <translation>無：使用示範站點自己的（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVAIL and TARIF are read from &lt;address&gt;/cnf?cmd=get_cm_vars at every refresh</source>
        <translation>每次更新時從 &lt;位址&gt;/cnf?cmd=get_cm_vars 讀取 AVAIL 與 TARIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keyring; empty keeps the saved one</source>
        <translation>保存在系統金鑰圈；留空則保留已儲存的密碼</translation>
    </message>
</context>
<context>
    <name>TariffShading</name>
    <message>
        <location filename="../src/gui/tariff/TariffShading.cpp" line="+54"/>
        <source>%1 %2–%3, NT$ %4/kWh</source>
        <extracomment>%1 a period (&quot;Peak&quot;), %2 and %3 times, %4 the price in NT$/kWh</extracomment>
        <translation>%1 %2–%3，NT$ %4/kWh</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <location filename="../src/gui/timechart/ChartValueAxes.cpp" line="+111"/>
        <source>%1 (%2)</source>
        <comment>axis quantity (unit)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/timechart/ChartTimeAxis.cpp" line="+34"/>
        <source>Time (%1)</source>
        <translation>時間（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/timechart/TimeChart.cpp" line="+147"/>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No series shown.</source>
        <translation>未顯示任何數列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from %2 to %3.</source>
        <translation>%1，自 %2 至 %3。</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>No data for this time range</source>
        <translation>此時間範圍沒有資料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stale data</source>
        <translation>資料過舊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale data: %1</source>
        <translation>資料過舊：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/timechart/ChartLegendItem.cpp" line="+46"/>
        <source>Zero throughout: %1</source>
        <translation>全程為零：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <location filename="../src/gui/charts/TimeRange.cpp" line="+118"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24 h</source>
        <translation>24 小時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12 months</source>
        <translation>12 個月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <location filename="../src/gui/charts/TimeRangeBar.cpp" line="+112"/>
        <location line="+71"/>
        <source>Last day (in %1)</source>
        <translation>最後一天（%1）</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The last day must not come before the first.</source>
        <translation>最後一天不可早於第一天。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier: step back by the span on show</source>
        <translation>較早：依顯示的時間長度往前移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later: step forward by the span on show</source>
        <translation>較晚：依顯示的時間長度往後移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (in %1)</source>
        <translation>第一天（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times in %1</source>
        <translation>時間以 %1 表示</translation>
    </message>
</context>
<context>
    <name>TimeSeriesTableModel</name>
    <message>
        <location filename="../src/gui/timechart/TimeSeriesTableModel.cpp" line="+146"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time (%1)</source>
        <translation>時間（%1）</translation>
    </message>
</context>
<context>
    <name>TimeSpanText</name>
    <message>
        <location filename="../src/gui/common/TimeSpanText.cpp" line="+19"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <location filename="../src/gui/schedule/TimelineEditor.cpp" line="+70"/>
        <source>Battery schedule timeline</source>
        <translation>電池排程時間軸</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No windows: the battery idles all day.</source>
        <translation>沒有時段：電池整天閒置。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n window(s): %1.</source>
        <translation>
            <numerusform>%n 個時段：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Add charge window</source>
        <translation>新增充電時段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add discharge window</source>
        <translation>新增放電時段</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+85"/>
        <source>Move %1</source>
        <translation>移動時段 %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Change start of %1</source>
        <translation>變更時段 %1 的開始時間</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+74"/>
        <source>Change stop of %1</source>
        <translation>變更時段 %1 的結束時間</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+79"/>
        <source>Set power of %1</source>
        <translation>設定時段 %1 的功率</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1
Drag to move it; double-click to edit it exactly.</source>
        <translation>%1
拖曳可移動；雙擊可精確編輯。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to change when %1 starts.</source>
        <translation>拖曳以變更時段 %1 的開始時間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to change when %1 stops.</source>
        <translation>拖曳以變更時段 %1 的結束時間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to set the power of %1.</source>
        <translation>拖曳以設定時段 %1 的功率。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag right or left to add a charge window from %1.</source>
        <translation>向右或向左拖曳，從 %1 新增充電時段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag right or left to add a discharge window from %1.</source>
        <translation>向右或向左拖曳，從 %1 新增放電時段。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge ↑</source>
        <translation>充電 ↑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge ↓</source>
        <translation>放電 ↓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times in %1</source>
        <translation>時間以 %1 表示</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>running now</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Past today: runs next tomorrow</source>
        <translation>今天已過：下次於明天執行</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No windows: the batteries idle all day.
Drag on the timeline to add one: above the zero line to charge, below it to discharge.</source>
        <translation>沒有時段：電池整天待機。
在時間軸上拖曳即可新增時段：零線以上為充電，零線以下為放電。</translation>
    </message>
</context>
<context>
    <name>UnitShareNote</name>
    <message numerus="yes">
        <location filename="../src/gui/schedule/UnitShareNote.cpp" line="+29"/>
        <source>%n Pomcube unit(s) online share the site power; each may carry %1.</source>
        <translation>
            <numerusform>%n 台上線的 Pomcube 電池分擔站點功率；每台最多可承擔 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each Pomcube unit may carry %1.</source>
        <translation>每台 Pomcube 電池最多可承擔 %1。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../src/gui/common/Units.cpp" line="+35"/>
        <location line="+1"/>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MWh</source>
        <translation>%1 MWh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>−NT$ %1</source>
        <extracomment>an amount of New Taiwan dollars; %1 is the number</extracomment>
        <translation>−NT$ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NT$ %1</source>
        <translation>NT$ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 W/m²</source>
        <translation>%1 W/m²</translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <location filename="../ui/WindowDialog.ui" line="+9"/>
        <source>Battery window</source>
        <translation>電池時段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;top:</source>
        <translation>結束(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Power:</source>
        <translation>功率(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Positive power charges the batteries, negative power discharges them. A stop before the start runs past midnight.</source>
        <translation>正功率為電池充電，負功率讓電池放電。結束時間早於開始時間時，時段會跨過午夜。</translation>
    </message>
    <message>
        <location filename="../src/gui/schedule/WindowDialog.cpp" line="+19"/>
        <source>New battery window</source>
        <translation>新增電池時段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Battery window %1</source>
        <translation>電池時段 %1</translation>
    </message>
</context>
<context>
    <name>WindowDialogEdits</name>
    <message>
        <location filename="../src/gui/schedule/WindowDialogEdits.cpp" line="+18"/>
        <source>Edit %1</source>
        <translation>編輯時段 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The windows changed while the dialog was open; nothing was taken. Please edit again.</source>
        <translation>對話框開啟期間時段已變更；未套用任何內容，請重新編輯。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add %1</source>
        <translation>新增時段 %1</translation>
    </message>
</context>
<context>
    <name>WindowEdits</name>
    <message>
        <location filename="../src/core/WindowEdits.cpp" line="+81"/>
        <source>Windows may not overlap: stopped at %1.</source>
        <translation>時段不能重疊：已停在時段 %1 的邊界。</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <location line="+22"/>
        <source>A window lasts at least %n minute(s).</source>
        <translation>
            <numerusform>時段至少須持續 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+22"/>
        <location line="+104"/>
        <source>A window lasts at most 24 hours.</source>
        <translation>時段最長為 24 小時。</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The site charges at most %1.</source>
        <translation>站點最多以 %1 充電。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site discharges at most %1.</source>
        <translation>站點最多以 %1 放電。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A discharge window stays below the zero line; delete it to remove it.</source>
        <translation>放電時段必須保持在零線以下；若要移除，請刪除該時段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A charge window stays above the zero line; delete it to remove it.</source>
        <translation>充電時段必須保持在零線以上；若要移除，請刪除該時段。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The window must stop after it starts.</source>
        <translation>時段的結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows may not overlap: %1 shares time with %2.</source>
        <translation>時段不能重疊：%1 與 %2 的時間重疊。</translation>
    </message>
</context>
<context>
    <name>ZonedTimeFormat</name>
    <message>
        <location filename="../src/gui/timechart/ZonedTimeFormat.cpp" line="+113"/>
        <source>%1, UTC%2</source>
        <translation>%1，UTC%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, UTC%2/%3</source>
        <translation>%1，UTC%2/%3</translation>
    </message>
</context>
</TS>
