<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AegisClient</name>
    <message>
        <location filename="../src/client/AegisClient.cpp" line="+295" />
        <source>no reply within %1 s</source>
        <translation>%1 秒內沒有回應</translation>
    </message>
    <message>
        <location line="+15" />
        <source>an unexpected redirect (HTTP %1)</source>
        <translation>意外的重新導向（HTTP %1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the reply is empty</source>
        <translation>回應是空的</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an HTML page instead of JSON</source>
        <translation>收到 HTML 網頁而不是 JSON</translation>
    </message>
    <message>
        <location line="+37" />
        <source>the login reply has no access_token</source>
        <translation>登入回應中沒有 access_token</translation>
    </message>
    <message>
        <location line="+35" />
        <source>not logged in</source>
        <translation>尚未登入</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location line="-293" />
        <source>an HTML error page instead of JSON</source>
        <translation>收到 HTML 錯誤網頁而不是 JSON</translation>
    </message>
    <message>
        <location filename="../src/client/ApiError.cpp" line="+18" />
        <source>The server did not accept the account or password.</source>
        <translation>伺服器不接受此帳號或密碼。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The session has expired and logging in again did not work. Please log in.</source>
        <translation>工作階段已過期，且重新登入失敗。請重新登入。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused the request as invalid.</source>
        <translation>伺服器認為請求無效而拒絕。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server refused the request: %1</source>
        <translation>伺服器拒絕了請求：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server does not know this address (HTTP 404). Check the API base URL in the settings.</source>
        <translation>伺服器不認得這個位址（HTTP 404）。請檢查設定中的 API 基礎 URL。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>伺服器發生問題（HTTP %1）。請稍後再試。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server did not answer in time.</source>
        <translation>伺服器未及時回應。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server cannot be reached. Check the network connection and the API base URL.</source>
        <translation>無法連上伺服器。請檢查網路連線與 API 基礎 URL。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The connection to the server broke off before the reply was complete.</source>
        <translation>與伺服器的連線在回應完成前中斷了。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server presents a certificate that no trusted authority vouches for. Compare its fingerprint with the one your administrator gave you before trusting it.</source>
        <translation>伺服器提供的憑證沒有受信任的機構擔保。信任之前，請先與管理員提供的指紋比對。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server's certificate is not the one you approved before. This can mean someone is intercepting the connection. Nothing was sent. Ask your administrator before going on.</source>
        <translation>伺服器的憑證與您先前核准的不同。這可能表示有人在攔截連線。沒有傳送任何資料。繼續之前請先詢問管理員。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server's certificate is not valid for this connection.</source>
        <translation>伺服器的憑證對此連線無效。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server's reply could not be read.</source>
        <translation>無法讀取伺服器的回應。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request was cancelled.</source>
        <translation>請求已取消。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <location filename="../src/client/CertificateTrust.cpp" line="+152" />
        <source>There is no server certificate to trust.</source>
        <translation>沒有可信任的伺服器憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create the folder %1 for trusted certificates.</source>
        <translation>無法建立存放受信任憑證的資料夾 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>Cannot save the trusted certificate to %1: %2</source>
        <translation>無法將受信任的憑證儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot remove the trusted certificate %1: %2</source>
        <translation>無法移除受信任的憑證 %1：%2</translation>
    </message>
</context>
<context>
    <name>CommonQueryParameters</name>
    <message>
        <location filename="../src/client/QueryParameters.cpp" line="+84" />
        <source>organization_id is missing: queries must name the organization from the login reply.</source>
        <translation>缺少 organization_id：查詢必須指定登入回應中的組織。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>start is missing: the server needs the beginning of the time range.</source>
        <translation>缺少 start：伺服器需要時間範圍的開始時間。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>start: %1</source>
        <translation>start：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>stop: %1</source>
        <translation>stop：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The time range is empty: start must be before stop.</source>
        <translation>時間範圍是空的：start 必須早於 stop。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>fields is empty: name at least one field to query.</source>
        <translation>fields 是空的：請至少指定一個要查詢的欄位。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>every must be a positive window length such as 15m, 1h or 1d.</source>
        <translation>every 必須是正的統計區間長度，例如 15m、1h 或 1d。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>timezone is not a valid time zone.</source>
        <translation>timezone 不是有效的時區。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../src/client/CredentialStore.cpp" line="+14" />
        <source>no system keyring (Secret Service or KWallet) is available in this session</source>
        <translation>此工作階段中沒有可用的系統金鑰圈（Secret Service 或 KWallet）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>access to the system keyring was refused</source>
        <translation>存取系統金鑰圈遭到拒絕</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the system keyring is locked or refused access</source>
        <translation>系統金鑰圈已鎖定或拒絕存取</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the system keyring could not be reached (%1); a keyring such as GNOME Keyring or KWallet must be running in this desktop session</source>
        <translation>無法連上系統金鑰圈（%1）；此桌面工作階段中必須執行 GNOME Keyring 或 KWallet 等金鑰圈</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The password was not saved, and it was not written anywhere else either: %1.</source>
        <translation>密碼沒有儲存，也沒有寫入其他任何地方：%1。</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+22" />
        <source>No password is saved for %1 on %2.</source>
        <translation>%2 上沒有為 %1 儲存的密碼。</translation>
    </message>
    <message>
        <location line="-19" />
        <source>The saved password could not be read: %1.</source>
        <translation>無法讀取已儲存的密碼：%1。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The saved password could not be removed: %1.</source>
        <translation>無法移除已儲存的密碼：%1。</translation>
    </message>
</context>
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
    <name>DeviceQuery</name>
    <message>
        <location filename="../src/client/DeviceQuery.cpp" line="+219" />
        <source>device_output_name is missing: name the output, or select the devices by category or type.</source>
        <translation>缺少 device_output_name：請指定輸出埠，或依類型群組或類型選擇裝置。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>every needs time_function: choose how each window becomes one value (mean, sum, last, ...).</source>
        <translation>every 需要 time_function：請選擇每個區間如何合成一個值（mean、sum、last 等）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>where holds a filter without a tag name.</source>
        <translation>where 中有一個沒有標籤名稱的篩選條件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>where: the filter on %1 allows no value at all.</source>
        <translation>where：%1 的篩選條件不允許任何值。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>group_by: "%1" is not a column name.</source>
        <translation>group_by：「%1」不是欄位名稱。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>limit must be a positive number of rows.</source>
        <translation>limit 必須是正的列數。</translation>
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
    <name>QueryParameters</name>
    <message>
        <location filename="../src/client/QueryParameters.cpp" line="-31" />
        <source>%1 holds an empty name.</source>
        <translation>%1 含有空白的名稱。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: "%2" contains a comma, which the list cannot carry.</source>
        <translation>%1：「%2」含有逗號，清單無法容納。</translation>
    </message>
</context>
<context>
    <name>QueryReplyDecoder</name>
    <message>
        <location filename="../src/client/QueryReplyDecoder.cpp" line="+181" />
        <source>row %1 is a list, not an object with _time and values.</source>
        <translation>第 %1 列是清單，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>row %1 is a text, not an object with _time and values.</source>
        <translation>第 %1 列是文字，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>row %1 is null, not an object with _time and values.</source>
        <translation>第 %1 列是 null，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>row %1 is a single value, not an object with _time and values.</source>
        <translation>第 %1 列是單一數值，而不是含 _time 與數值的物件。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>row %1: table is not a whole number.</source>
        <translation>第 %1 列：table 不是整數。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>row %1: _time is not a text.</source>
        <translation>第 %1 列：_time 不是文字。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>row %1: _time "%2" is not an ISO-8601 time with a zone.</source>
        <translation>第 %1 列：_time「%2」不是帶時區的 ISO-8601 時間。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>row %1: table is missing.</source>
        <translation>第 %1 列：缺少 table。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>row %1: _time is missing.</source>
        <translation>第 %1 列：缺少 _time。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>row %1 has neither _value nor any field.</source>
        <translation>第 %1 列既沒有 _value 也沒有任何欄位。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>row %1: %2 is a list, not a name.</source>
        <translation>第 %1 列：%2 是清單，而不是名稱。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>row %1: %2 is an object, not a name.</source>
        <translation>第 %1 列：%2 是物件，而不是名稱。</translation>
    </message>
    <message>
        <location line="+152" />
        <source>row %1: %2 is a list, not a value.</source>
        <translation>第 %1 列：%2 是清單，而不是數值。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>row %1: %2 is an object, not a value.</source>
        <translation>第 %1 列：%2 是物件，而不是數值。</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The reply is not valid UTF-8 text.</source>
        <translation>回應不是有效的 UTF-8 文字。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reply is nested too deeply to be query data.</source>
        <translation>回應的巢狀層次太深，不像查詢資料。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reply is too large to read (%1 bytes).</source>
        <translation>回應太大，無法讀取（%1 位元組）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is not enough memory to read the reply (%1 bytes).</source>
        <translation>記憶體不足，無法讀取回應（%1 位元組）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The reply holds a number that cannot be read (too large, or malformed).</source>
        <translation>回應中有無法讀取的數字（太大或格式錯誤）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The reply ends early: it was cut off after %1 bytes.</source>
        <translation>回應提早結束：在 %1 位元組後被截斷。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reply is not valid JSON (%1).</source>
        <translation>回應不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The reply is empty.</source>
        <translation>回應是空的。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reply is a web page, not query data: the API base URL may be wrong, or a proxy answered.</source>
        <translation>回應是網頁而不是查詢資料：API 基礎 URL 可能有誤，或是由代理伺服器回應。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The server answered with a message instead of data: %1</source>
        <translation>伺服器回覆了訊息而不是資料：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reply is a JSON object, not the list of rows a query returns.</source>
        <translation>回應是 JSON 物件，而不是查詢應傳回的資料列清單。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The reply is a text, not the list of rows a query returns.</source>
        <translation>回應是文字，而不是查詢應傳回的資料列清單。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reply is null, not the list of rows a query returns.</source>
        <translation>回應是 null，而不是查詢應傳回的資料列清單。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The reply is a single value, not the list of rows a query returns.</source>
        <translation>回應是單一數值，而不是查詢應傳回的資料列清單。</translation>
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
    <name>QueryTimeArg</name>
    <message>
        <location filename="../src/client/QueryTimeArg.cpp" line="+61" />
        <source>The time is not a valid date and time.</source>
        <translation>此時間不是有效的日期時間。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The time lies outside the years 0000 to 9999.</source>
        <translation>此時間超出 0000 到 9999 年的範圍。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is not a time relative to now; write a sign, a number and a unit, such as -30m, -6h, -7d or -1mo.</source>
        <translation>「%1」不是相對於現在的時間；請寫出正負號、數字與單位，例如 -30m、-6h、-7d 或 -1mo。</translation>
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
    <name>SchedulerApi</name>
    <message>
        <location filename="../src/client/SchedulerApi.cpp" line="+55" />
        <source>The schedule was changed on the server at %1, after your draft was started.</source>
        <translation>伺服器上的排程在 %1 被修改了，晚於您開始編輯草稿的時間。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>sent but not on the server: %1</source>
        <translation>已送出但伺服器上沒有：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>on the server but not sent: %1</source>
        <translation>伺服器上有但未送出：%1</translation>
    </message>
</context>
<context>
    <name>SchedulerDecoder</name>
    <message>
        <location filename="../src/client/SchedulerDecoder.cpp" line="+16" />
        <source>the reply is empty</source>
        <translation>回應是空的</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the reply is not valid JSON (%1 at character %2)</source>
        <translation>回應不是有效的 JSON（第 %2 個字元：%1）</translation>
    </message>
    <message>
        <location line="+61" />
        <source>the scheduler reply should be an array of one object, but it holds %1 items</source>
        <translation>排程回應應為只含一個物件的陣列，但含有 %1 個項目</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the scheduler reply has no power_scheduler_id</source>
        <translation>排程回應中沒有 power_scheduler_id</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the scheduler's crons should be a JSON text, but it is missing or of another type</source>
        <translation>排程的 crons 應為 JSON 文字，但它缺少或類型不同</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the scheduler's windows cannot be read: %1</source>
        <translation>無法讀取排程的時段：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the scheduler's %1 is not a time: %2</source>
        <translation>排程的 %1 不是時間：%2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the history reply should be an object</source>
        <translation>歷史紀錄回應應為物件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the history reply has no list of records</source>
        <translation>歷史紀錄回應中沒有紀錄清單</translation>
    </message>
    <message>
        <location line="+12" />
        <source>history record %1 has no valid _time</source>
        <translation>歷史紀錄第 %1 筆沒有有效的 _time</translation>
    </message>
    <message>
        <location line="+3" />
        <source>history record %1 has no type</source>
        <translation>歷史紀錄第 %1 筆沒有 type</translation>
    </message>
</context>
<context>
    <name>SimMain</name>
    <message>
        <location filename="../src/app/sim_main.cpp" line="+51" />
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
        <location line="+13" />
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert 與 --tls-key 必須一起使用：兩個檔案都提供或都不提供</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <location line="+22" />
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
        <location line="+10" />
        <location line="+2" />
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="-14" />
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
        <location line="+2" />
        <source>Serve HTTPS with this PEM certificate (needs --tls-key); the URL then starts with https.</source>
        <translation>以此 PEM 憑證提供 HTTPS（需要 --tls-key）；URL 將以 https 開頭。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unencrypted PEM private key of the --tls-cert certificate.</source>
        <translation>--tls-cert 憑證的未加密 PEM 私鑰。</translation>
    </message>
    <message>
        <location line="+21" />
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
