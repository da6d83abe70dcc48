<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCache</name>
    <message>
        <location filename="../app/storage/AccountCache.cpp" line="21"/>
        <source>Could not keep the list of accounts</source>
        <translation>Die Kontenliste konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/AccountCache.cpp" line="47"/>
        <source>Could not read the list of accounts</source>
        <translation>Die Kontenliste konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <location filename="../app/cli/AccountsCommand.cpp" line="23"/>
        <source>Lists the TikTok accounts the API key can post to, one a line: ID, name and username (tab-separated); these IDs go to &quot;post --account&quot;.</source>
        <translation>Listet die TikTok-Konten, in die der API-Schlüssel posten kann, eines pro Zeile: ID, Name und Benutzername (durch Tabulatoren getrennt); diese IDs gehören zu „post --account“.</translation>
    </message>
</context>
<context>
    <name>ApiCallLedger</name>
    <message>
        <location filename="../app/storage/ApiCallLedger.cpp" line="33"/>
        <source>Could not count the calls made to %1</source>
        <translation>Die Aufrufe an %1 konnten nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="63"/>
        <source>Crosspostify may have received this post, but its answer did not arrive (%1). Check the account on TikTok or in the Crosspostify dashboard, then mark it published or send it again.</source>
        <translation>Crosspostify hat diesen Beitrag möglicherweise erhalten, aber die Antwort kam nicht an (%1). Prüfen Sie das Konto auf TikTok oder im Crosspostify-Dashboard und markieren Sie den Beitrag dann als veröffentlicht oder senden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="75"/>
        <source>the connection failed: %1</source>
        <translation>die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/api/ApiError.cpp" line="78"/>
        <source>nothing arrived for %n s</source>
        <translation>
            <numerusform>%n s lang kam nichts an</numerusform>
            <numerusform>%n s lang kam nichts an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/api/ApiError.cpp" line="79"/>
        <source>no complete answer within %n s</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n s</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="81"/>
        <source>server error HTTP %1</source>
        <translation>Serverfehler HTTP %1</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="83"/>
        <source>the answer to %1 was larger than %2</source>
        <translation>die Antwort auf %1 war größer als %2</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="93"/>
        <source> The server said: &quot;%1&quot;.</source>
        <translation> Der Server meldete: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="94"/>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="99"/>
        <source>The API address must start with https:// (plain http:// is allowed only for this computer). Correct it in Settings.</source>
        <translation>Die API-Adresse muss mit https:// beginnen (einfaches http:// ist nur für diesen Computer erlaubt). Korrigieren Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="102"/>
        <source>The file could not be read (%1). Check that it still exists and is readable.</source>
        <translation>Die Datei konnte nicht gelesen werden (%1). Prüfen Sie, ob sie noch existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="105"/>
        <source>Crosspostify refused the API key (HTTP %1). Paste a current key from your Crosspostify dashboard in Settings.</source>
        <translation>Crosspostify hat den API-Schlüssel abgelehnt (HTTP %1). Fügen Sie in den Einstellungen einen aktuellen Schlüssel aus Ihrem Crosspostify-Dashboard ein.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="110"/>
        <source>The API key contains a line break, tab or other character no API key has (%1), so nothing was sent. Copy the key again from your Crosspostify dashboard, without anything around it.</source>
        <translation>Der API-Schlüssel enthält einen Zeilenumbruch, einen Tabulator oder ein anderes Zeichen, das in keinem API-Schlüssel vorkommt (%1), daher wurde nichts gesendet. Kopieren Sie den Schlüssel erneut aus Ihrem Crosspostify-Dashboard, ohne etwas davor oder dahinter.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="115"/>
        <source>Crosspostify rejected the request (HTTP %1).</source>
        <translation>Crosspostify hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="116"/>
        <source> Check the post&apos;s fields and media.</source>
        <translation> Prüfen Sie die Felder und Medien des Beitrags.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="118"/>
        <source>Crosspostify does not know this address or item (HTTP 404). Check the API address in Settings.</source>
        <translation>Crosspostify kennt diese Adresse oder dieses Element nicht (HTTP 404). Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="123"/>
        <source>Crosspostify&apos;s rate limit was reached (HTTP 429); it accepts %1 again from %2. Try again then; posting fewer than 3 posts a minute per account avoids this.</source>
        <translation>Das Anfragelimit von Crosspostify wurde erreicht (HTTP 429); %1 wird ab %2 wieder angenommen. Versuchen Sie es dann erneut; mit weniger als 3 Beiträgen pro Minute und Konto lässt sich das vermeiden.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="129"/>
        <source>Crosspostify&apos;s rate limit was reached (HTTP 429). Wait a minute, then try again; posting fewer than 3 posts a minute per account avoids this.</source>
        <translation>Das Anfragelimit von Crosspostify wurde erreicht (HTTP 429). Warten Sie eine Minute und versuchen Sie es dann erneut; mit weniger als 3 Beiträgen pro Minute und Konto lässt sich das vermeiden.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="144"/>
        <source>Crosspostify could not be reached (%1). Check the internet connection, then try again.</source>
        <translation>Crosspostify ist nicht erreichbar (%1). Prüfen Sie die Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="149"/>
        <source>Crosspostify did not answer in time. Check the internet connection, then try again.</source>
        <translation>Crosspostify hat nicht rechtzeitig geantwortet. Prüfen Sie die Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="153"/>
        <source>Crosspostify sent nothing for %1 s while answering %2. Check the internet connection, then try again.</source>
        <translation>Crosspostify hat %1 s lang nichts gesendet, während es auf %2 antwortete. Prüfen Sie die Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="158"/>
        <source>Crosspostify did not finish answering %1 within %2 s, so Tokdeck gave up. The connection or the server is too slow; try again later.</source>
        <translation>Crosspostify hat die Antwort auf %1 nicht innerhalb von %2 s abgeschlossen, daher hat Tokdeck aufgegeben. Die Verbindung oder der Server ist zu langsam; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="163"/>
        <source>Crosspostify&apos;s answer to %1 was larger than %2, the most Tokdeck accepts there, so Tokdeck stopped reading it. Check the API address in Settings; a wrong server or proxy may be answering.</source>
        <translation>Die Antwort von Crosspostify auf %1 war größer als %2, das Maximum, das Tokdeck dort annimmt, daher hat Tokdeck das Lesen abgebrochen. Prüfen Sie die API-Adresse in den Einstellungen; möglicherweise antwortet ein falscher Server oder Proxy.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="133"/>
        <source>Crosspostify had a server error (HTTP %1). Try again in a few minutes.</source>
        <translation>Bei Crosspostify ist ein Serverfehler aufgetreten (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="138"/>
        <source>Crosspostify answered with a redirect (HTTP %1), which Tokdeck does not follow with your key. Check the API address in Settings.</source>
        <translation>Crosspostify hat mit einer Weiterleitung geantwortet (HTTP %1), der Tokdeck mit Ihrem Schlüssel nicht folgt. Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="142"/>
        <source>Crosspostify gave an unexpected answer (HTTP %1).</source>
        <translation>Crosspostify hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="168"/>
        <source>The secure connection to Crosspostify failed (%1). The network may be intercepting traffic; nothing was sent.</source>
        <translation>Die sichere Verbindung zu Crosspostify ist fehlgeschlagen (%1). Möglicherweise fängt das Netzwerk den Datenverkehr ab; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="172"/>
        <source>Crosspostify&apos;s answer could not be read (HTTP %1). Try again later.</source>
        <translation>Die Antwort von Crosspostify konnte nicht gelesen werden (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="175"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CliEnvironment</name>
    <message>
        <location filename="../app/cli/CliEnvironment.cpp" line="35"/>
        <source>API address %1: use https:// (plain http:// only for 127.0.0.1 or localhost).</source>
        <translation>API-Adresse %1: Verwenden Sie https:// (einfaches http:// nur für 127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliEnvironment.cpp" line="66"/>
        <source>TOKDECK_NOW is not an ISO 8601 time (%1): unset it, or write it like 2026-12-31T17:00:00Z.</source>
        <translation>TOKDECK_NOW ist keine ISO-8601-Zeitangabe (%1): Entfernen Sie die Variable oder schreiben Sie sie wie 2026-12-31T17:00:00Z.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="60"/>
        <source>The data folder %1 could not be read or written (%2). Free some disk space or check that the folder can be written (or set TOKDECK_DATA_DIR to another one), then try again.</source>
        <translation>Der Datenordner %1 konnte nicht gelesen oder beschrieben werden (%2). Geben Sie Speicherplatz frei oder prüfen Sie, ob der Ordner beschreibbar ist (oder setzen Sie TOKDECK_DATA_DIR auf einen anderen), und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="89"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="94"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="96"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="108"/>
        <source>there is no command &quot;%1&quot;; &quot;tokdeck-cli --help&quot; lists them.</source>
        <translation>Einen Befehl „%1“ gibt es nicht; „tokdeck-cli --help“ listet alle auf.</translation>
    </message>
</context>
<context>
    <name>ConflictRules</name>
    <message>
        <location filename="../app/rules/ConflictRules.cpp" line="37"/>
        <source>%1 posts twice within %2 minutes; TikTok may throttle or hide one.</source>
        <translation>%1 veröffentlicht zweimal innerhalb von %2 Minuten; TikTok drosselt oder verbirgt möglicherweise einen der Beiträge.</translation>
    </message>
    <message>
        <location filename="../app/rules/ConflictRules.cpp" line="106"/>
        <source>%1 has %2 posts from %3 to %4; TikTok allows %5 in any 24 hours. Move some out of that window or unschedule them.</source>
        <translation>%1 hat %2 Beiträge von %3 bis %4; TikTok erlaubt %5 in beliebigen 24 Stunden. Verschieben Sie einige aus diesem Zeitraum oder nehmen Sie ihre Planung zurück.</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../app/media/ContentHash.cpp" line="33"/>
        <source>%1 could not be read to its end (%2). Check the disk or copy the file again.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie den Datenträger oder kopieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>CsvPostImporter</name>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="259"/>
        <source>%1 is empty; it needs the header row media,caption,title,accounts,at,aigc.</source>
        <translation>%1 ist leer; die Datei braucht die Kopfzeile media,caption,title,accounts,at,aigc.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="111"/>
        <source>The header row lacks %1; it should read media,caption,title,accounts,at,aigc.</source>
        <translation>In der Kopfzeile fehlt %1; sie sollte media,caption,title,accounts,at,aigc lauten.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="75"/>
        <source>%1 is larger than %2 MiB. Split it into smaller files and import them one by one.</source>
        <translation>%1 ist größer als %2 MiB. Teilen Sie die Datei in kleinere Dateien auf und importieren Sie diese einzeln.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="119"/>
        <source>%1 has more than %2 rows (line %3). Split it into files of at most %2 rows and import them one by one.</source>
        <translation>%1 hat mehr als %2 Zeilen (Zeile %3). Teilen Sie die Datei in Dateien mit höchstens %2 Zeilen auf und importieren Sie diese einzeln.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="145"/>
        <source>No such file (looked in %1).</source>
        <translation>Datei nicht gefunden (gesucht in %1).</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="166"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="167"/>
        <source>The media cell is empty; name a video or images.</source>
        <translation>Die Zelle „media“ ist leer; geben Sie ein Video oder Bilder an.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="176"/>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="218"/>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="177"/>
        <source>&quot;%1&quot; is not a time; use 2026-06-01T14:00:00Z or local 2026-06-01 14:00.</source>
        <translation>„%1“ ist keine Zeitangabe; verwenden Sie 2026-06-01T14:00:00Z oder lokal 2026-06-01 14:00.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="186"/>
        <source>aigc</source>
        <translation>aigc</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="187"/>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="213"/>
        <source>This import cannot use the queue; give the row a time.</source>
        <translation>Dieser Import kann die Warteschlange nicht verwenden; geben Sie der Zeile einen Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="236"/>
        <source>%1 could not be read to its end (%2). Check the disk or copy the file again.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie den Datenträger oder kopieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="245"/>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="252"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="25"/>
        <source>Line %1 is not UTF-8 text (the file is probably saved as Latin-1, Windows-1252 or UTF-16). Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text (die Datei ist vermutlich als Latin-1, Windows-1252 oder UTF-16 gespeichert). Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="44"/>
        <source>Line %1 contains a NUL character: the file is probably UTF-16. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Zeile %1 enthält ein NUL-Zeichen: Die Datei ist vermutlich UTF-16. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="92"/>
        <source>Line %1: a field is longer than %2 characters. Shorten it (a caption takes at most 2,200) and import again.</source>
        <translation>Zeile %1: Ein Feld ist länger als %2 Zeichen. Kürzen Sie es (eine Beschreibung hat höchstens 2.200) und importieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="127"/>
        <source>Line %1 is not UTF-8 text (it ends inside a character). Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text (sie endet mitten in einem Zeichen). Speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="134"/>
        <source>Line %1: a quoted field is never closed; add the missing &quot;.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen; ergänzen Sie das fehlende &quot;.</translation>
    </message>
</context>
<context>
    <name>DailyCap</name>
    <message>
        <location filename="../app/planning/DailyCap.cpp" line="49"/>
        <source>%1 already has %2 posts between %3 and %4; TikTok allows %5 per 24 hours. Pick a time outside that window.</source>
        <translation>%1 hat bereits %2 Beiträge zwischen %3 und %4; TikTok erlaubt %5 pro 24 Stunden. Wählen Sie einen Zeitpunkt außerhalb dieses Zeitraums.</translation>
    </message>
    <message>
        <location filename="../app/planning/PlanningData.cpp" line="112"/>
        <source>The 24-hour cap of the post&apos;s accounts could not be checked (%1). Try again.</source>
        <translation>Die 24-Stunden-Grenze der Konten des Beitrags konnte nicht geprüft werden (%1). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="150"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert (unter Debian: das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="157"/>
        <source>The address is not of the form postgresql://user@host:port/database.</source>
        <translation>Die Adresse hat nicht die Form postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="190"/>
        <source>The team database at %1 is not on this computer, so Tokdeck connects to it only with TLS and a checked certificate. Remove sslmode=%2 from the address (or use sslmode=verify-full).</source>
        <translation>Die Teamdatenbank auf %1 liegt nicht auf diesem Computer, daher verbindet sich Tokdeck mit ihr nur über TLS und mit einem geprüften Zertifikat. Entfernen Sie sslmode=%2 aus der Adresse (oder verwenden Sie sslmode=verify-full).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="232"/>
        <source>The database %1 could not be switched to write-ahead logging (SQLite answered &quot;%2&quot;). Keep the data folder on a local disk.</source>
        <translation>Die Datenbank %1 konnte nicht auf Write-Ahead-Logging umgestellt werden (SQLite meldete „%2“). Legen Sie den Datenordner auf einem lokalen Datenträger ab.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="252"/>
        <location filename="../app/storage/Database.cpp" line="394"/>
        <source>Could not configure the database %1 (%2): %3</source>
        <translation>Die Datenbank %1 konnte nicht konfiguriert werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="258"/>
        <source>The database %1 does not enforce foreign keys (this SQLite build lacks them).</source>
        <translation>Die Datenbank %1 erzwingt keine Fremdschlüssel (diesem SQLite-Build fehlt die Unterstützung dafür).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="283"/>
        <source>The database %1 is damaged and could not be moved aside to %2. Move it yourself, then start Tokdeck again.</source>
        <translation>Die Datenbank %1 ist beschädigt und konnte nicht nach %2 verschoben werden. Verschieben Sie sie selbst und starten Sie Tokdeck dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="310"/>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="317"/>
        <source>Could not open the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="329"/>
        <location filename="../app/storage/Database.cpp" line="366"/>
        <location filename="../app/storage/Database.cpp" line="399"/>
        <source>Could not read the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="353"/>
        <source>The database %1 was damaged (%2). It was kept as %3 and Tokdeck started a new, empty one. Your posts on Crosspostify are not affected.</source>
        <translation>Die Datenbank %1 war beschädigt (%2). Sie wurde als %3 aufbewahrt, und Tokdeck hat eine neue, leere Datenbank angelegt. Ihre Beiträge bei Crosspostify sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="359"/>
        <source>Could not create a new database %1: %2</source>
        <translation>Die neue Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="387"/>
        <source>Could not connect to the database %1: %2</source>
        <translation>Keine Verbindung zur Datenbank %1: %2</translation>
    </message>
</context>
<context>
    <name>DecodeLimits</name>
    <message>
        <location filename="../app/media/DecodeLimits.cpp" line="15"/>
        <source>%1 is %2×%3 px, larger than Tokdeck reads (at most %4 px a side and %5 megapixels). Scale it down, for example to 1080×1920, and add it again.</source>
        <translation>%1 hat %2×%3 px, mehr als Tokdeck liest (höchstens %4 px pro Seite und %5 Megapixel). Verkleinern Sie das Bild, zum Beispiel auf 1080×1920, und fügen Sie es erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>DeletePostCommand</name>
    <message>
        <location filename="../ui/actions/DeletePostCommand.cpp" line="78"/>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <location filename="../ui/actions/DeletePostCommand.cpp" line="78"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DuplicateContent</name>
    <message>
        <location filename="../app/planning/DuplicateContent.cpp" line="60"/>
        <source>Same caption</source>
        <translation>Gleiche Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/planning/DuplicateContent.cpp" line="61"/>
        <source>Same video</source>
        <translation>Gleiches Video</translation>
    </message>
    <message>
        <location filename="../app/planning/DuplicateContent.cpp" line="62"/>
        <source>Same photos</source>
        <translation>Gleiche Fotos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/planning/DuplicateContent.cpp" line="64"/>
        <source>%1 for %2 within %n hour(s): TikTok may treat it as duplicate content. Stagger the accounts (each its own post, an hour apart).</source>
        <translation>
            <numerusform>%1 für %2 innerhalb von %n Stunde: TikTok könnte das als doppelten Inhalt werten. Staffeln Sie die Konten (jedes ein eigener Beitrag, eine Stunde auseinander).</numerusform>
            <numerusform>%1 für %2 innerhalb von %n Stunden: TikTok könnte das als doppelten Inhalt werten. Staffeln Sie die Konten (jedes ein eigener Beitrag, eine Stunde auseinander).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="26"/>
        <source>Writes the planned posts in a range as an iCalendar file for any calendar app.</source>
        <translation>Schreibt die geplanten Beiträge eines Zeitraums als iCalendar-Datei für jede Kalender-App.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="33"/>
        <source>Creates one draft per row of a UTF-8 CSV file with the columns media, caption, title, accounts, at, aigc (at may be &quot;queue&quot;: the next free posting slot); rows that break a rule are reported and skipped. --fix fixes media first.</source>
        <translation>Legt je Zeile einer UTF-8-CSV-Datei mit den Spalten media, caption, title, accounts, at, aigc einen Entwurf an (at darf „queue“ sein: das nächste freie Zeitfenster); Zeilen, die gegen eine Regel verstoßen, werden gemeldet und übersprungen. --fix korrigiert zuerst die Medien.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="43"/>
        <source>export: use &quot;export ics FILE [--from DATE --to DATE]&quot;.</source>
        <translation>export: Verwenden Sie „export ics DATEI [--from DATUM --to DATUM]“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="72"/>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="76"/>
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n Beitrag nach %1 exportiert.</numerusform>
            <numerusform>%n Beiträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="86"/>
        <source>import: give the CSV file (header media,caption,title,accounts,at,aigc).</source>
        <translation>import: Geben Sie die CSV-Datei an (Kopfzeile media,caption,title,accounts,at,aigc).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="102"/>
        <source>%n row(s) checked</source>
        <translation>
            <numerusform>%n Zeile geprüft</numerusform>
            <numerusform>%n Zeilen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="118"/>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="124"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="131"/>
        <source>%1: fixed copy %2</source>
        <translation>%1: korrigierte Kopie %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="150"/>
        <source>line %1: %2%3</source>
        <translation>Zeile %1: %2%3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="152"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="165"/>
        <source>line %1 was not saved, so the import stopped there; %n earlier row(s) were saved.</source>
        <translation>
            <numerusform>Zeile %1 wurde nicht gespeichert, daher wurde der Import dort beendet; %n vorherige Zeile wurde gespeichert.</numerusform>
            <numerusform>Zeile %1 wurde nicht gespeichert, daher wurde der Import dort beendet; %n vorherige Zeilen wurden gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="175"/>
        <source>%n post(s) saved</source>
        <translation>
            <numerusform>%n Beitrag gespeichert</numerusform>
            <numerusform>%n Beiträge gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="178"/>
        <source>%n post(s) queued; &quot;tokdeck-cli outbox run&quot; or the app sends them.</source>
        <translation>
            <numerusform>%n Beitrag eingereiht; „tokdeck-cli outbox run“ oder die App sendet ihn.</numerusform>
            <numerusform>%n Beiträge eingereiht; „tokdeck-cli outbox run“ oder die App sendet sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="180"/>
        <source>%n draft(s) created.</source>
        <translation>
            <numerusform>%n Entwurf erstellt.</numerusform>
            <numerusform>%n Entwürfe erstellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixProbe</name>
    <message>
        <location filename="../app/transcode/FixProbe.cpp" line="142"/>
        <source>%1 could not be read as a HEIC photo: it may be damaged. Export it again from the phone&apos;s gallery.</source>
        <translation>%1 konnte nicht als HEIC-Foto gelesen werden: Die Datei ist möglicherweise beschädigt. Exportieren Sie sie erneut aus der Galerie des Smartphones.</translation>
    </message>
</context>
<context>
    <name>HashtagIndex</name>
    <message>
        <location filename="../app/storage/HashtagIndex.cpp" line="22"/>
        <source>Could not collect earlier hashtags</source>
        <translation>Frühere Hashtags konnten nicht gesammelt werden</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="40"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="43"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="45"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="46"/>
        <source>&amp;About Tokdeck</source>
        <translation>Ü&amp;ber Tokdeck</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="63"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="82"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="82"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="101"/>
        <source>About Tokdeck</source>
        <translation>Über Tokdeck</translation>
    </message>
    <message>
        <location filename="../ui/app/HelpMenu.cpp" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Tokdeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compose TikTok posts and schedule them through Crosspostify.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later): &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/tokdeck/tokdeck&quot;&gt;github.com/tokdeck/tokdeck&lt;/a&gt;: source, news and where to report a problem.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tokdeck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;TikTok-Beiträge erstellen und über Crosspostify planen.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later): &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;die Lizenz&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/tokdeck/tokdeck&quot;&gt;github.com/tokdeck/tokdeck&lt;/a&gt;: Quellcode, Neuigkeiten und die Stelle, um ein Problem zu melden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="18"/>
        <source>TikTok video</source>
        <translation>TikTok-Video</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="20"/>
        <source>TikTok photo</source>
        <translation>TikTok-Foto</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="22"/>
        <source>TikTok slideshow</source>
        <translation>TikTok-Diashow</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="142"/>
        <source>TikTok schedule (Tokdeck)</source>
        <translation>TikTok-Zeitplan (Tokdeck)</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="154"/>
        <source>%1

Accounts: %2
State: %3</source>
        <translation>%1

Konten: %2
Status: %3</translation>
    </message>
</context>
<context>
    <name>ImageFixer</name>
    <message>
        <location filename="../app/transcode/ImageFixer.cpp" line="95"/>
        <source>%1 could not be read as an image: it may be damaged. Export it again as JPEG.</source>
        <translation>%1 konnte nicht als Bild gelesen werden: Die Datei ist möglicherweise beschädigt. Exportieren Sie sie erneut als JPEG.</translation>
    </message>
    <message>
        <location filename="../app/transcode/ImageFixer.cpp" line="123"/>
        <source>The fixed copy of %1 could not be written (%2). Check that there is free space in %3.</source>
        <translation>Die korrigierte Kopie von %1 konnte nicht geschrieben werden (%2). Prüfen Sie, ob in %3 genug Speicherplatz frei ist.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="26"/>
        <source>The API key in the system keychain: &quot;set&quot; reads it from stdin (never from the command line), &quot;check&quot; asks Crosspostify whether it works, &quot;delete&quot; removes it. TOKDECK_API_KEY, when set, is used instead of the keychain.</source>
        <translation>Der API-Schlüssel im Systemschlüsselbund: „set“ liest ihn von stdin (nie von der Befehlszeile), „check“ fragt Crosspostify, ob er funktioniert, „delete“ entfernt ihn. Ist TOKDECK_API_KEY gesetzt, gilt er statt des Schlüsselbunds.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="62"/>
        <source>Paste your Crosspostify API key and press Enter: </source>
        <translation>Fügen Sie Ihren Crosspostify-API-Schlüssel ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommand.cpp" line="80"/>
        <source>The key works for %1: %n TikTok account(s).</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert für %1: %n TikTok-Konto.</numerusform>
            <numerusform>Der Schlüssel funktioniert für %1: %n TikTok-Konten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="110"/>
        <source>key set: no key on standard input.</source>
        <translation>key set: Kein Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="120"/>
        <source>The key was not stored: no system keychain is available.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Es ist kein Systemschlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="124"/>
        <source>Stored in the system keychain for %1.</source>
        <translation>Im Systemschlüsselbund für %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="132"/>
        <source>No key for %1 is stored any more.</source>
        <translation>Für %1 ist kein Schlüssel mehr gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="136"/>
        <source>key: use &quot;key set&quot; (reads standard input), &quot;key check&quot; or &quot;key delete&quot;.</source>
        <translation>key: Verwenden Sie „key set“ (liest die Standardeingabe), „key check“ oder „key delete“.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <location filename="../app/cli/KeySource.cpp" line="40"/>
        <source>The API key in %1 contains %2, which no API key has. Set it again with the key alone, copied from your Crosspostify dashboard; nothing was sent.</source>
        <translation>Der API-Schlüssel aus %1 enthält %2, was in keinem API-Schlüssel vorkommt. Setzen Sie ihn erneut, nur mit dem Schlüssel selbst, kopiert aus Ihrem Crosspostify-Dashboard; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeySource.cpp" line="53"/>
        <source>the keychain (for %1)</source>
        <translation>dem Schlüsselbund (für %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/KeySource.cpp" line="55"/>
        <source>No API key for %1: store one with &quot;tokdeck-cli key set&quot; (it reads the key from standard input) or set TOKDECK_API_KEY. Keys are never taken from the command line.</source>
        <translation>Kein API-Schlüssel für %1: Speichern Sie einen mit „tokdeck-cli key set“ (liest den Schlüssel von der Standardeingabe) oder setzen Sie TOKDECK_API_KEY. Schlüssel werden nie von der Befehlszeile übernommen.</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="61"/>
        <source>Lists the drafts, one a line: ID, state, type and the start of the caption (tab-separated).</source>
        <translation>Listet die Entwürfe, einen pro Zeile: ID, Status, Art und der Anfang der Beschreibung (durch Tabulatoren getrennt).</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="69"/>
        <source>Lists every post in any state, one a line, with the reason for those that need you: may have been published (see &quot;tokdeck-cli resolve&quot;), failed, held locally.</source>
        <translation>Listet jeden Beitrag in jedem Status, einen pro Zeile, mit dem Grund bei denen, die Sie brauchen: vielleicht veröffentlicht (siehe „tokdeck-cli resolve“), fehlgeschlagen, lokal zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="79"/>
        <source>Lists the posts planned in a range (default: from yesterday, 31 days), one a line: local time, state, type, accounts and the start of the caption.</source>
        <translation>Listet die in einem Zeitraum geplanten Beiträge (Standard: ab gestern, 31 Tage), einen pro Zeile: Ortszeit, Status, Art, Konten und der Anfang der Beschreibung.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="94"/>
        <source>posts: unknown state &quot;%1&quot;; use one of %2.</source>
        <translation>posts: unbekannter Status „%1“; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="105"/>
        <source>posts: --from and --to take a date (2026-12-01) or a time like --at.</source>
        <translation>posts: --from und --to nehmen ein Datum (2026-12-01) oder eine Zeit wie --at.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="131"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="173"/>
        <source>schedule: --from and --to take a date (2026-12-01) or a time like --at.</source>
        <translation>schedule: --from und --to erwarten ein Datum (2026-12-01) oder eine Zeitangabe wie bei --at.</translation>
    </message>
</context>
<context>
    <name>LocalFileCheck</name>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="26"/>
        <source>a pipe (FIFO), not a file</source>
        <translation>eine Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="27"/>
        <source>%1 is a pipe (FIFO), not a file. Name the media file itself.</source>
        <translation>%1 ist eine Pipe (FIFO), keine Datei. Geben Sie die Mediendatei selbst an.</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="31"/>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="32"/>
        <source>%1 is a folder, not a file. Choose a file inside it.</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="34"/>
        <source>a device, not a file</source>
        <translation>ein Gerät, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="35"/>
        <source>%1 is a device, not a file. Choose a media file.</source>
        <translation>%1 ist ein Gerät, keine Datei. Wählen Sie eine Mediendatei.</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="37"/>
        <source>a socket, not a file</source>
        <translation>ein Socket, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="38"/>
        <source>%1 is a socket, not a file. Choose a media file.</source>
        <translation>%1 ist ein Socket, keine Datei. Wählen Sie eine Mediendatei.</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="39"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="40"/>
        <source>%1 is not a regular file. Choose a media file.</source>
        <translation>%1 ist keine reguläre Datei. Wählen Sie eine Mediendatei.</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="46"/>
        <source>it does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="47"/>
        <source>%1 does not exist. Check that the file was not moved or renamed.</source>
        <translation>%1 existiert nicht. Prüfen Sie, ob die Datei verschoben oder umbenannt wurde.</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="51"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="52"/>
        <source>%1 cannot be read: permission denied. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../app/media/LocalFileCheck.cpp" line="55"/>
        <location filename="../app/media/LocalFileCheck.cpp" line="108"/>
        <source>%1 could not be opened (%2). Check that it still exists and can be read.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Prüfen Sie, ob die Datei noch existiert und lesbar ist.</translation>
    </message>
</context>
<context>
    <name>MediaCommand</name>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="24"/>
        <source>&quot;check&quot; says what in each file breaks a TikTok rule; &quot;fix&quot; writes fixed copies (the originals stay as they are).</source>
        <translation>„check“ sagt, was in jeder Datei gegen eine TikTok-Regel verstößt; „fix“ schreibt korrigierte Kopien (die Originale bleiben, wie sie sind).</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="46"/>
        <source>media: use &quot;media check FILE...&quot; or &quot;media fix FILE... [-o DIR]&quot;.</source>
        <translation>media: Verwenden Sie „media check DATEI...“ oder „media fix DATEI... [-o ORDNER]“.</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="66"/>
        <source>%1: blocks: HEIC photos are not taken by TikTok; JPEG is.</source>
        <translation>%1: blockiert: TikTok nimmt keine HEIC-Fotos an, wohl aber JPEG.</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="69"/>
        <source>%1: blocks: %2</source>
        <translation>%1: blockiert: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="69"/>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="73"/>
        <source>%1: can fix: %2</source>
        <translation>%1: korrigierbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="75"/>
        <source>%1: cannot fix: %2</source>
        <translation>%1: nicht korrigierbar: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="79"/>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="104"/>
        <source>%1 needs no fix.</source>
        <translation>%1 muss nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="114"/>
        <source>, %1:%2 left</source>
        <translation>, noch %1:%2</translation>
    </message>
    <message>
        <location filename="../app/cli/MediaCommand.cpp" line="115"/>
        <source>%1: %2 %3%%4</source>
        <translation>%1: %2 %3 %%4</translation>
    </message>
</context>
<context>
    <name>MediaFixPlan</name>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="53"/>
        <source>%1 is not a video or image Tokdeck can convert. Export it as MP4 or JPEG.</source>
        <translation>%1 ist kein Video und kein Bild, das Tokdeck umwandeln kann. Exportieren Sie die Datei als MP4 oder JPEG.</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="72"/>
        <source>Convert to JPEG</source>
        <translation>In JPEG umwandeln</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="74"/>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="180"/>
        <source>Turn upright</source>
        <translation>Aufrecht drehen</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="80"/>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="148"/>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="171"/>
        <source>Shrink to %1×%2</source>
        <translation>Auf %1×%2 verkleinern</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="85"/>
        <source>Compress to under %1 MB</source>
        <translation>Auf unter %1 MB komprimieren</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="102"/>
        <source>%1 lasts %2 s; at most 600 s can be posted. Trim it in a video editor: Tokdeck does not choose what to cut.</source>
        <translation>%1 dauert %2 s; höchstens 600 s können veröffentlicht werden. Kürzen Sie das Video in einem Videoeditor: Tokdeck entscheidet nicht, was wegfällt.</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="108"/>
        <source>%1 is %2×%3 px; each side must be at least 360 px. Export it again at a higher resolution: enlarging it here would only blur it.</source>
        <translation>%1 hat %2×%3 px; jede Seite muss mindestens 360 px lang sein. Exportieren Sie die Datei erneut in höherer Auflösung: Hier vergrößert würde sie nur unscharf.</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="122"/>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="133"/>
        <source>Convert to H.264</source>
        <translation>In H.264 umwandeln</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="126"/>
        <source>Convert HDR to SDR</source>
        <translation>HDR in SDR umwandeln</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="141"/>
        <source>Make the frame rate a constant %1 fps</source>
        <translation>Bildrate auf konstant %1 fps setzen</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="162"/>
        <source>Compress to %1 MB</source>
        <translation>Auf %1 MB komprimieren</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="183"/>
        <source>Convert to MP4 (no re-encode)</source>
        <translation>In MP4 umwandeln (ohne Neukodierung)</translation>
    </message>
    <message>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="189"/>
        <location filename="../app/transcode/MediaFixPlan.cpp" line="194"/>
        <source>Convert the sound to AAC</source>
        <translation>Ton in AAC umwandeln</translation>
    </message>
</context>
<context>
    <name>MediaFixer</name>
    <message>
        <location filename="../app/transcode/MediaFixer.cpp" line="76"/>
        <source>Fixing %1 was cancelled; add it again to fix it.</source>
        <translation>Das Korrigieren von %1 wurde abgebrochen; fügen Sie die Datei erneut hinzu, um sie zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>MediaInspector</name>
    <message>
        <location filename="../app/media/MediaInspector.cpp" line="40"/>
        <source>%1 was not inspected: the application is closing.</source>
        <translation>%1 wurde nicht untersucht: Die Anwendung wird beendet.</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <location filename="../app/storage/MediaLibrary.cpp" line="46"/>
        <source>Could not list the media library</source>
        <translation>Die Medienbibliothek konnte nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/storage/MediaLibrary.cpp" line="109"/>
        <source>Could not remove &quot;%1&quot; from the media library</source>
        <translation>„%1“ konnte nicht aus der Medienbibliothek entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/MediaLibrary.cpp" line="134"/>
        <source>%1: %n post(s) still use it. Delete those posts or give them another file first.</source>
        <translation>
            <numerusform>%1: %n Beitrag verwendet die Datei noch. Löschen Sie diesen Beitrag zuerst oder geben Sie ihm eine andere Datei.</numerusform>
            <numerusform>%1: %n Beiträge verwenden die Datei noch. Löschen Sie diese Beiträge zuerst oder geben Sie ihnen eine andere Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="53"/>
        <source>%1 could not be read (%2). Check the disk or copy the file again.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Prüfen Sie den Datenträger oder kopieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="84"/>
        <source>%1 could not be read as a video: it may be damaged or incomplete. Export or copy it again.</source>
        <translation>%1 konnte nicht als Video gelesen werden: Die Datei ist möglicherweise beschädigt oder unvollständig. Exportieren oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="95"/>
        <source>%1 has no video track. Choose a video file.</source>
        <translation>%1 enthält keine Videospur. Wählen Sie eine Videodatei.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="105"/>
        <source>%1 ends early: it was probably cut off while being copied or downloaded. Copy the complete file again.</source>
        <translation>%1 endet vorzeitig: Die Datei wurde vermutlich beim Kopieren oder Herunterladen abgeschnitten. Kopieren Sie die vollständige Datei erneut.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="136"/>
        <source>%1 could not be read as an image: it may be damaged or incomplete. Export it again as JPEG.</source>
        <translation>%1 konnte nicht als Bild gelesen werden: Die Datei ist möglicherweise beschädigt oder unvollständig. Exportieren Sie sie erneut als JPEG.</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="33"/>
        <source>The file is empty (0 bytes). Choose the finished export of the video or image.</source>
        <translation>Die Datei ist leer (0 Bytes). Wählen Sie den fertigen Export des Videos oder Bildes.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="44"/>
        <source>This is not a video or image TikTok accepts (its content is not MP4, MOV, JPEG or PNG, whatever its name says). Export it as MP4 or JPEG and add it again.</source>
        <translation>Dies ist kein Video und kein Bild, das TikTok annimmt (der Inhalt ist weder MP4, MOV, JPEG noch PNG, unabhängig vom Dateinamen). Exportieren Sie die Datei als MP4 oder JPEG und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="55"/>
        <source>The video is %1 MB; Crosspostify takes videos up to %2 MB. Export it with a lower bitrate or trim it.</source>
        <translation>Das Video ist %1 MB groß; Crosspostify nimmt Videos bis %2 MB an. Exportieren Sie es mit niedrigerer Bitrate oder kürzen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="66"/>
        <source>The video codec is %1; TikTok takes H.264, H.265, VP8 or VP9. Export it as H.264.</source>
        <translation>Der Videocodec ist %1; TikTok nimmt H.264, H.265, VP8 oder VP9 an. Exportieren Sie das Video als H.264.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="72"/>
        <source>The video codec is %1; H.264 is the safest choice for TikTok.</source>
        <translation>Der Videocodec ist %1; H.264 ist für TikTok die sicherste Wahl.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="77"/>
        <source>The frame rate is %1 fps; TikTok takes 23 to 60 fps.</source>
        <translation>Die Bildrate beträgt %1 fps; TikTok nimmt 23 bis 60 fps an.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="85"/>
        <source>The video is %1×%2 px; each side must be between 360 and 4096 px.</source>
        <translation>Das Video hat %1×%2 px; jede Seite muss zwischen 360 und 4096 px liegen.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="90"/>
        <source>The video is %1×%2 px, below 720p; it will look soft on phones.</source>
        <translation>Das Video hat %1×%2 px, weniger als 720p; auf Smartphones wirkt es unscharf.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="96"/>
        <source>The video is %1×%2 px, not 9:16 (vertical); TikTok will show bars or crop it.</source>
        <translation>Das Video hat %1×%2 px, nicht 9:16 (hochkant); TikTok zeigt Balken an oder schneidet es zu.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="105"/>
        <source>The video lasts %1 s; at most 600 s (10 minutes) can be posted. Trim it.</source>
        <translation>Das Video dauert %1 s; höchstens 600 s (10 Minuten) können veröffentlicht werden. Kürzen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="109"/>
        <source>The video lasts %1 s; some accounts can only post 180 s and TikTok may trim it.</source>
        <translation>Das Video dauert %1 s; manche Konten können nur 180 s veröffentlichen, und TikTok kürzt es möglicherweise.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="114"/>
        <source>The video lasts under 3 s; TikTok may refuse very short videos.</source>
        <translation>Das Video dauert weniger als 3 s; TikTok lehnt sehr kurze Videos möglicherweise ab.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="126"/>
        <source>The image is %1; Crosspostify takes JPEG or PNG. Save it as JPEG.</source>
        <translation>Das Bild hat das Format %1; Crosspostify nimmt JPEG oder PNG an. Speichern Sie es als JPEG.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="132"/>
        <source>The image is %1 MB; Crosspostify takes images up to %2 MB. Save it with more compression.</source>
        <translation>Das Bild ist %1 MB groß; Crosspostify nimmt Bilder bis %2 MB an. Speichern Sie es mit stärkerer Komprimierung.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="138"/>
        <source>PNG images are converted by Crosspostify; TikTok&apos;s photo API takes JPEG, so JPEG keeps more control over quality.</source>
        <translation>PNG-Bilder werden von Crosspostify konvertiert; die Foto-API von TikTok nimmt JPEG an, daher behalten Sie mit JPEG mehr Kontrolle über die Qualität.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="145"/>
        <source>The image is %1×%2 px, below the recommended 720×1280.</source>
        <translation>Das Bild hat %1×%2 px, weniger als die empfohlenen 720×1280.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="150"/>
        <source>The image is %1×%2 px, above 1080p; TikTok will scale it down.</source>
        <translation>Das Bild hat %1×%2 px, mehr als 1080p; TikTok verkleinert es.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="156"/>
        <source>The image is %1×%2 px, not 9:16 (vertical).</source>
        <translation>Das Bild hat %1×%2 px, nicht 9:16 (hochkant).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="319"/>
        <source>The database %1 was written by a newer version of Tokdeck (schema %2; this version knows up to %3). Update Tokdeck to open it; the file was left untouched.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Tokdeck-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Tokdeck, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="332"/>
        <source>Could not read the schema version of the database %1: %2</source>
        <translation>Die Schemaversion der Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="362"/>
        <source>Could not upgrade the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="377"/>
        <source>Could not upgrade the database %1 to version %2: %3</source>
        <translation>Die Datenbank %1 konnte nicht auf Version %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="405"/>
        <source>Could not upgrade the database %1 from version %2 to %3: %4</source>
        <translation>Die Datenbank %1 konnte nicht von Version %2 auf %3 aktualisiert werden: %4</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <location filename="../app/cli/OutboxCommand.cpp" line="23"/>
        <source>Hands the due posts to Crosspostify, like the open app does, and keeps looking every 30 seconds; with --once it stops when nothing due is left.</source>
        <translation>Übergibt die fälligen Beiträge an Crosspostify, wie es die offene App tut, und sieht alle 30 Sekunden wieder nach; mit --once endet es, sobald nichts Fälliges mehr da ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/OutboxCommand.cpp" line="31"/>
        <source>outbox: use &quot;outbox run&quot; or &quot;outbox run --once&quot;.</source>
        <translation>outbox: Verwenden Sie „outbox run“ oder „outbox run --once“.</translation>
    </message>
</context>
<context>
    <name>PostActionsCommand</name>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="21"/>
        <source>Deletes a post that Crosspostify does not have yet (a draft, ready, failed or held locally).</source>
        <translation>Löscht einen Beitrag, den Crosspostify noch nicht hat (einen Entwurf, bereit, fehlgeschlagen oder lokal zurückgehalten).</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="29"/>
        <source>Copies a post, in any state, as a new draft; prints the new draft&apos;s ID.</source>
        <translation>Kopiert einen Beitrag in jedem Status als neuen Entwurf; gibt die ID des neuen Entwurfs aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="36"/>
        <source>Moves a ready or failed post back to draft, so nothing sends it.</source>
        <translation>Macht einen bereiten oder fehlgeschlagenen Beitrag wieder zum Entwurf, damit nichts ihn sendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="43"/>
        <source>Your answer for a post that may have been published: &quot;published&quot; when you found it on TikTok or in the Crosspostify dashboard, &quot;send-again&quot; when you checked it was not (the next outbox run sends it). After the hand-over: &quot;live URL&quot; with the TikTok link once you saw it, &quot;failed REASON&quot; when it never showed (then send-again sends it to the accounts that did not take it).</source>
        <translation>Ihre Antwort für einen Beitrag, der vielleicht veröffentlicht ist: „published“, wenn Sie ihn auf TikTok oder im Crosspostify-Dashboard gefunden haben, „send-again“, wenn Sie geprüft haben, dass er es nicht ist (der nächste Outbox-Lauf sendet ihn). Nach der Übergabe: „live URL“ mit dem TikTok-Link, sobald Sie ihn gesehen haben, „failed GRUND“, wenn er nie erschienen ist (dann sendet send-again ihn an die Konten, die ihn nicht angenommen haben).</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="61"/>
        <source>%1: give one post id (a number, as `tokdeck-cli drafts` or `schedule` list them).</source>
        <translation>%1: Geben Sie eine Beitrags-ID an (eine Zahl, wie `tokdeck-cli drafts` oder `schedule` sie auflisten).</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="85"/>
        <location filename="../app/cli/PostActionsCommand.cpp" line="173"/>
        <source>there is no post %1; `tokdeck-cli drafts` lists the drafts.</source>
        <translation>Es gibt keinen Beitrag %1; `tokdeck-cli drafts` listet die Entwürfe auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="110"/>
        <source>post %1 is already with Crosspostify (&quot;%2&quot;): delete it in the Crosspostify dashboard; to forget it in Tokdeck as well, use Delete → Forget it here in the app.</source>
        <translation>Beitrag %1 liegt bereits bei Crosspostify („%2“): Löschen Sie ihn im Crosspostify-Dashboard; um ihn auch in Tokdeck zu vergessen, wählen Sie in der App Löschen → Hier vergessen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="184"/>
        <source>it is a draft already; nothing to do.</source>
        <translation>Er ist bereits ein Entwurf; nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="186"/>
        <source>it is being sent right now; cancel its upload in the app, or wait until it has failed, then move it back.</source>
        <translation>Er wird gerade gesendet; brechen Sie das Hochladen in der App ab oder warten Sie, bis er fehlgeschlagen ist, und machen Sie ihn dann wieder zum Entwurf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="189"/>
        <source>it is already with Crosspostify; change or delete it in the Crosspostify dashboard.</source>
        <translation>Er liegt bereits bei Crosspostify; ändern oder löschen Sie ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="191"/>
        <source>post %1 is &quot;%2&quot;, so it cannot go back to draft: %3</source>
        <translation>Beitrag %1 hat den Status „%2“ und kann daher nicht wieder zum Entwurf werden: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="236"/>
        <source>resolve: use &quot;tokdeck-cli resolve ID published&quot; when you found a post that needed attention on TikTok, &quot;resolve ID send-again&quot; when you checked it was not published (or it failed on TikTok), &quot;resolve ID live URL&quot; with the post&apos;s TikTok link once you saw it live, or &quot;resolve ID failed REASON&quot; when TikTok did not show it.</source>
        <translation>resolve: Verwenden Sie „tokdeck-cli resolve ID published“, wenn Sie einen Beitrag, der Aufmerksamkeit brauchte, auf TikTok gefunden haben, „resolve ID send-again“, wenn Sie geprüft haben, dass er nicht veröffentlicht ist (oder auf TikTok fehlgeschlagen ist), „resolve ID live URL“ mit dem TikTok-Link des Beitrags, sobald Sie ihn live gesehen haben, oder „resolve ID failed GRUND“, wenn TikTok ihn nicht angezeigt hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="248"/>
        <source>resolve: &quot;%1&quot; is not a TikTok link; paste the post&apos;s https://www.tiktok.com/… address (TikTok: Share → Copy link).</source>
        <translation>resolve: „%1“ ist kein TikTok-Link; fügen Sie die Adresse https://www.tiktok.com/… des Beitrags ein (TikTok: Teilen → Link kopieren).</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="269"/>
        <source>post %1 is ready again; &quot;tokdeck-cli outbox run&quot; or the app sends it (only to the accounts that did not take it).</source>
        <translation>Beitrag %1 ist wieder bereit; „tokdeck-cli outbox run“ oder die App sendet ihn (nur an die Konten, die ihn nicht angenommen haben).</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="285"/>
        <source>post %1 is &quot;%2&quot;, so &quot;%3&quot; does not apply; it is for a post that is %4.</source>
        <translation>Beitrag %1 ist „%2“, daher trifft „%3“ nicht zu; das gilt für einen Beitrag, der %4 ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="288"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../app/cli/PostActionsCommand.cpp" line="275"/>
        <source>there is no post %1; `tokdeck-cli posts` lists every post.</source>
        <translation>Einen Beitrag %1 gibt es nicht; `tokdeck-cli posts` listet alle Beiträge auf.</translation>
    </message>
</context>
<context>
    <name>PostChipStyle</name>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="198"/>
        <source>Handed over to Crosspostify with its schedule: change it in the Crosspostify dashboard.</source>
        <translation>Mit seinem Zeitplan an Crosspostify übergeben: Ändern Sie ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="127"/>
        <source>Post %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="140"/>
        <source>“%1” is with Crosspostify and can&apos;t be moved here: change it in the Crosspostify dashboard.</source>
        <translation>„%1“ liegt bei Crosspostify und kann hier nicht verschoben werden: Ändern Sie ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="145"/>
        <source>“%1” is already published and can&apos;t be moved: it stays on the calendar as history.</source>
        <translation>„%1“ ist bereits veröffentlicht und kann nicht verschoben werden: Er bleibt als Verlauf im Kalender.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="150"/>
        <source>“%1” may have been published and can&apos;t be moved: resolve it in the composer first.</source>
        <translation>„%1“ wurde möglicherweise veröffentlicht und kann nicht verschoben werden: Klären Sie das zuerst im Beitragseditor.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="155"/>
        <source>“%1” is being sent to Crosspostify and can&apos;t be moved: wait until it is done, or cancel it first.</source>
        <translation>„%1“ wird gerade an Crosspostify gesendet und kann nicht verschoben werden: Warten Sie, bis das erledigt ist, oder brechen Sie es zuerst ab.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="163"/>
        <source>“%1” can&apos;t be moved there: %2</source>
        <translation>„%1“ kann nicht dorthin verschoben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="176"/>
        <source>A post with “%1” can&apos;t be planned there: %2</source>
        <translation>Ein Beitrag mit „%1“ kann dort nicht geplant werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="202"/>
        <source>Already handed to Crosspostify: it publishes it on TikTok.</source>
        <translation>Bereits an Crosspostify übergeben: Crosspostify veröffentlicht ihn auf TikTok.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="205"/>
        <source>Already live on TikTok.</source>
        <translation>Bereits live auf TikTok.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="207"/>
        <source>Failed on TikTok: move it back to draft to fix it and send it again.</source>
        <translation>Auf TikTok fehlgeschlagen: Machen Sie ihn wieder zum Entwurf, um ihn zu korrigieren und erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="211"/>
        <source>May have been published: resolve it in the composer first.</source>
        <translation>Wurde möglicherweise veröffentlicht: Klären Sie das zuerst im Beitragseditor.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="214"/>
        <source>In review: an approver decides on it; it cannot move meanwhile.</source>
        <translation>In Prüfung: Eine freigabeberechtigte Person entscheidet darüber; er kann währenddessen nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="217"/>
        <source>Being sent to Crosspostify right now.</source>
        <translation>Wird gerade an Crosspostify gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="240"/>
        <source>%1 +%2</source>
        <extracomment>The first account of a post and how many more it goes to, e.g. &quot;@alice +2&quot;.</extracomment>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="71"/>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="77"/>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="110"/>
        <source>Posts a video, one image (photo) or 1-10 images in order (slideshow). Files, texts and time are checked first: if anything is refused, nothing is sent. Prints the post&apos;s ID; without --at it is posted now. --repeat &quot;every 1 week x 4&quot; then adds the further posts of the series (see &quot;repeat&quot;), one ID a line.</source>
        <translation>Veröffentlicht ein Video, ein Bild (photo) oder 1-10 Bilder in dieser Reihenfolge (slideshow). Dateien, Texte und Zeit werden zuerst geprüft: Wird etwas abgelehnt, wird nichts gesendet. Gibt die ID des Beitrags aus; ohne --at wird er sofort veröffentlicht. --repeat „every 1 week x 4“ legt dann die weiteren Beiträge der Serie an (siehe „repeat“), eine ID pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="124"/>
        <source>post: give the type (video, photo or slideshow) and at least one file.</source>
        <translation>post: Geben Sie den Typ (video, photo oder slideshow) und mindestens eine Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="131"/>
        <source>post: unknown type &quot;%1&quot;; use video, photo or slideshow.</source>
        <translation>post: Unbekannter Typ „%1“; verwenden Sie video, photo oder slideshow.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="136"/>
        <source>post: give at least one --account ID (see &quot;tokdeck-cli accounts&quot;).</source>
        <translation>post: Geben Sie mindestens einmal --account ID an (siehe „tokdeck-cli accounts“).</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="141"/>
        <source>post: --caption is required.</source>
        <translation>post: --caption ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="157"/>
        <source>--at &quot;%1&quot;: not a time; use 2025-06-01T14:00:00Z, an offset like +02:00, or local &quot;2025-06-01 14:00&quot;.</source>
        <translation>--at „%1“: keine Zeitangabe; verwenden Sie 2025-06-01T14:00:00Z, einen Versatz wie +02:00 oder lokal &quot;2025-06-01 14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="194"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="207"/>
        <source>post: give --at or --queue, not both.</source>
        <translation>post: Geben Sie --at oder --queue an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="221"/>
        <source>post: --repeat needs --at or --queue: a series repeats a dated post.</source>
        <translation>post: --repeat braucht --at oder --queue: Eine Serie wiederholt einen Beitrag mit Datum.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="288"/>
        <source>The further posts were not made; once post %1 is sent, run: tokdeck-cli repeat %1 &quot;%2&quot;</source>
        <translation>Die weiteren Beiträge wurden nicht angelegt; sobald Beitrag %1 gesendet ist, führen Sie aus: tokdeck-cli repeat %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="363"/>
        <location filename="../app/cli/PostCommand.cpp" line="370"/>
        <source>local-%1</source>
        <translation>local-%1</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="365"/>
        <source>Another Tokdeck runner (the app or &quot;tokdeck-cli outbox run&quot;) took this post and is sending it; it is now &quot;%1&quot;. See &quot;tokdeck-cli schedule&quot;.</source>
        <translation>Ein anderer Tokdeck-Prozess (die App oder „tokdeck-cli outbox run“) hat diesen Beitrag übernommen und sendet ihn; sein Status ist jetzt „%1“. Siehe „tokdeck-cli schedule“.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="373"/>
        <source>%1 Keep Tokdeck or &quot;tokdeck-cli outbox run&quot; running then.</source>
        <translation>%1 Lassen Sie Tokdeck oder „tokdeck-cli outbox run“ dann laufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="378"/>
        <source>Held locally: more than 30 days ahead, so Tokdeck hands it to Crosspostify once it is within 30 days. Keep Tokdeck or &quot;tokdeck-cli outbox run&quot; running then.</source>
        <translation>Lokal zurückgehalten: mehr als 30 Tage im Voraus, daher übergibt Tokdeck den Beitrag an Crosspostify, sobald er innerhalb von 30 Tagen liegt. Lassen Sie dann Tokdeck oder „tokdeck-cli outbox run“ laufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="391"/>
        <source>accepted (Crosspostify gave no ID)</source>
        <translation>angenommen (Crosspostify hat keine ID geliefert)</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="398"/>
        <source>The post was not sent.</source>
        <translation>Der Beitrag wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>PostLifecycle</name>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="50"/>
        <source>Could not mark post %1 as &quot;%2&quot;</source>
        <translation>Beitrag %1 konnte nicht als „%2“ markiert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="69"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="74"/>
        <source>your team requires approval: submit post %1 for review, and an approver makes it ready.</source>
        <translation>Ihr Team verlangt eine Freigabe: Reichen Sie Beitrag %1 zur Prüfung ein, dann macht eine freigabeberechtigte Person ihn sendebereit.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="157"/>
        <source>Could not claim post %1 for sending</source>
        <translation>Beitrag %1 konnte nicht zum Senden reserviert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="192"/>
        <source>Could not renew the claim on post %1</source>
        <translation>Die Reservierung von Beitrag %1 konnte nicht erneuert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="208"/>
        <source>Could not recover posts left by a stopped runner</source>
        <translation>Beiträge eines beendeten Tokdeck-Prozesses konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="233"/>
        <source>Tokdeck stopped while this post was being sent, so it may have been published. Check TikTok or the Crosspostify dashboard, then mark it published or send it again.</source>
        <translation>Tokdeck wurde beendet, während dieser Beitrag gesendet wurde, daher wurde er möglicherweise veröffentlicht. Prüfen Sie TikTok oder das Crosspostify-Dashboard und markieren Sie ihn dann als veröffentlicht oder senden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="250"/>
        <source>its runner stopped renewing its claim</source>
        <translation>Sein Tokdeck-Prozess hat die Reservierung nicht mehr erneuert</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="265"/>
        <source>Could not set when post %1 is sent again</source>
        <translation>Es konnte nicht gespeichert werden, wann Beitrag %1 erneut gesendet wird</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="278"/>
        <source>Could not read which posts wait for a rate limit</source>
        <translation>Es konnte nicht gelesen werden, welche Beiträge auf ein Ratenlimit warten</translation>
    </message>
    <message>
        <location filename="../app/storage/PostLifecycle.cpp" line="294"/>
        <location filename="../app/storage/PostLifecycle.cpp" line="298"/>
        <source>Could not read the claim on post %1</source>
        <translation>Die Reservierung von Beitrag %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="97"/>
        <location filename="../app/rules/PostRules.cpp" line="30"/>
        <location filename="../app/rules/PostRules.cpp" line="37"/>
        <location filename="../app/rules/PostRules.cpp" line="65"/>
        <location filename="../app/rules/PostRules.cpp" line="71"/>
        <location filename="../app/rules/PostRules.cpp" line="78"/>
        <location filename="../app/rules/PostRules.cpp" line="83"/>
        <location filename="../app/rules/PostRules.cpp" line="89"/>
        <location filename="../app/rules/PostRules.cpp" line="91"/>
        <location filename="../app/rules/PostRules.cpp" line="101"/>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="66"/>
        <source>Add a video, a photo or up to 10 images for a slideshow.</source>
        <translation>Fügen Sie ein Video, ein Foto oder bis zu 10 Bilder für eine Diashow hinzu.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="31"/>
        <source>A post holds either one video or images, not both. Remove the video or the images.</source>
        <translation>Ein Beitrag enthält entweder ein Video oder Bilder, nicht beides. Entfernen Sie das Video oder die Bilder.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="38"/>
        <source>A post holds one video; %1 were added. Make one post per video.</source>
        <translation>Ein Beitrag enthält ein Video; %1 wurden hinzugefügt. Erstellen Sie einen Beitrag pro Video.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="72"/>
        <source>A video post needs exactly one video file.</source>
        <translation>Ein Videobeitrag braucht genau eine Videodatei.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="78"/>
        <source>A photo post needs exactly one image.</source>
        <translation>Ein Fotobeitrag braucht genau ein Bild.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="84"/>
        <source>A slideshow holds at most 10 images; %1 were added. Remove %2.</source>
        <translation>Eine Diashow enthält höchstens 10 Bilder; %1 wurden hinzugefügt. Entfernen Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="89"/>
        <source>A slideshow holds images only.</source>
        <translation>Eine Diashow enthält nur Bilder.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="92"/>
        <source>A slideshow of one image is better posted as a photo.</source>
        <translation>Eine Diashow mit nur einem Bild wird besser als Foto veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="102"/>
        <source>The images have different aspect ratios; TikTok shows a slideshow best when all have the same.</source>
        <translation>Die Bilder haben unterschiedliche Seitenverhältnisse; TikTok zeigt eine Diashow am besten an, wenn alle dasselbe haben.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="111"/>
        <source>AI-generated label</source>
        <translation>KI-Kennzeichnung</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="112"/>
        <source>The AI-generated label applies to video posts only; clear it for photos and slideshows.</source>
        <translation>Die KI-Kennzeichnung gilt nur für Videobeiträge; entfernen Sie sie bei Fotos und Diashows.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="117"/>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="118"/>
        <source>Choose at least one TikTok account to post to.</source>
        <translation>Wählen Sie mindestens ein TikTok-Konto, auf dem veröffentlicht werden soll.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="130"/>
        <source>This account is chosen twice; each account gets one post.</source>
        <translation>Dieses Konto ist doppelt ausgewählt; jedes Konto erhält einen Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="143"/>
        <source>caption for %1</source>
        <translation>Beschreibung für %1</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="143"/>
        <source>caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="146"/>
        <source>title for %1</source>
        <translation>Titel für %1</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="146"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="178"/>
        <source>No connected account has this ID. Run &quot;tokdeck-cli accounts&quot; to list them, or connect it in Crosspostify.</source>
        <translation>Kein verbundenes Konto hat diese ID. Führen Sie „tokdeck-cli accounts“ aus, um die Konten aufzulisten, oder verbinden Sie das Konto in Crosspostify.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="183"/>
        <source>This is a %1 account, not TikTok; choose a TikTok account.</source>
        <translation>Dies ist ein %1-Konto, kein TikTok-Konto; wählen Sie ein TikTok-Konto.</translation>
    </message>
</context>
<context>
    <name>PostState</name>
    <message>
        <location filename="../app/domain/PostState.cpp" line="81"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="83"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="85"/>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="87"/>
        <source>Kept on this computer until hand-over</source>
        <translation>Bis zur Übergabe auf diesem Computer zurückgehalten</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="94"/>
        <source>Handed to Crosspostify</source>
        <translation>An Crosspostify übergeben</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="96"/>
        <source>Due on TikTok — not confirmed</source>
        <translation>Auf TikTok fällig — nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="98"/>
        <source>Handed to Crosspostify — not confirmed</source>
        <translation>An Crosspostify übergeben — nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="104"/>
        <source>Live on TikTok</source>
        <translation>Live auf TikTok</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="106"/>
        <source>Failed on TikTok</source>
        <translation>Auf TikTok fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="89"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="91"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="100"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="102"/>
        <source>Needs attention: may have been published</source>
        <translation>Braucht Aufmerksamkeit: wurde möglicherweise veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/domain/Post.cpp" line="106"/>
        <location filename="../app/domain/Post.cpp" line="249"/>
        <source>%1: %2</source>
        <extracomment>One account of a post and what Crosspostify said, e.g. &quot;Pixel &amp; Pine: queued&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/domain/Post.cpp" line="107"/>
        <source>%1: did not take it (send it again)</source>
        <translation>%1: hat ihn nicht angenommen (erneut senden)</translation>
    </message>
    <message>
        <location filename="../app/domain/Post.cpp" line="239"/>
        <source>%1 · due %2</source>
        <extracomment>A post handed over with its time, e.g. &quot;Handed to Crosspostify · due Tue 14:05&quot;.</extracomment>
        <translation>%1 · fällig %2</translation>
    </message>
</context>
<context>
    <name>PostStore</name>
    <message numerus="yes">
        <location filename="../app/storage/PostSaveMany.cpp" line="14"/>
        <source>Could not save %n post(s)</source>
        <translation>
            <numerusform>%n Beitrag konnte nicht gespeichert werden</numerusform>
            <numerusform>%n Beiträge konnten nicht gespeichert werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/PostSaveMany.cpp" line="22"/>
        <location filename="../app/storage/PostStore.cpp" line="36"/>
        <source>Could not save the new post</source>
        <translation>Der neue Beitrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostSaveMany.cpp" line="23"/>
        <location filename="../app/storage/PostStore.cpp" line="37"/>
        <source>Could not save post %1</source>
        <translation>Beitrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="102"/>
        <location filename="../app/storage/PostStore.cpp" line="156"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="141"/>
        <source>Could not move post %1</source>
        <translation>Beitrag %1 konnte nicht verschoben werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="171"/>
        <location filename="../app/storage/PostStore.cpp" line="211"/>
        <source>it no longer exists (it was deleted).</source>
        <translation>Er existiert nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="174"/>
        <source>its state is now &quot;%1&quot;, so it can no longer be moved.</source>
        <translation>Sein Status ist jetzt „%1“, daher kann er nicht mehr verschoben werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="177"/>
        <source>it was moved elsewhere meanwhile (in another window or by tokdeck-cli).</source>
        <translation>Er wurde inzwischen anderweitig verschoben (in einem anderen Fenster oder durch tokdeck-cli).</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="192"/>
        <source>post %1 is in review, so it is locked for editing. Ask an approver of your team to approve it or to reject it (it comes back as a draft), or withdraw it from review to edit it again.</source>
        <translation>Beitrag %1 ist in Prüfung und daher für die Bearbeitung gesperrt. Bitten Sie eine freigabeberechtigte Person Ihres Teams, ihn freizugeben oder abzulehnen (dann wird er wieder zum Entwurf), oder ziehen Sie ihn aus der Prüfung zurück, um ihn wieder zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="196"/>
        <source>post %1 is in review (submitted by %2), so it is locked for editing. Ask an approver of your team to approve it or to reject it (it comes back as a draft), or ask %2 to withdraw it from review.</source>
        <translation>Beitrag %1 ist in Prüfung (eingereicht von %2) und daher für die Bearbeitung gesperrt. Bitten Sie eine freigabeberechtigte Person Ihres Teams, ihn freizugeben oder abzulehnen (dann wird er wieder zum Entwurf), oder bitten Sie %2, ihn aus der Prüfung zurückzuziehen.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="216"/>
        <source>its state is now &quot;%1&quot;, so it can no longer be changed here.</source>
        <translation>Sein Status ist jetzt „%1“, daher kann er hier nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="224"/>
        <source>it was changed elsewhere since it was opened (for example by the outbox). Reload it and apply the change again.</source>
        <translation>Er wurde seit dem Öffnen anderweitig geändert (zum Beispiel durch den Postausgang). Laden Sie ihn neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="226"/>
        <source>it was not found.</source>
        <translation>Er wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="299"/>
        <source>Could not delete post %1</source>
        <translation>Beitrag %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="323"/>
        <location filename="../app/storage/PostStore.cpp" line="346"/>
        <source>%1: there is no such post.</source>
        <translation>%1: Diesen Beitrag gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="328"/>
        <source>%1: it is being sent to Crosspostify right now (&quot;%2&quot;). Cancel its upload, or wait until it is scheduled or has failed, then delete it.</source>
        <translation>%1: Er wird gerade an Crosspostify gesendet („%2“). Brechen Sie das Hochladen ab oder warten Sie, bis er geplant oder fehlgeschlagen ist, und löschen Sie ihn dann.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="342"/>
        <source>Could not duplicate post %1</source>
        <translation>Beitrag %1 konnte nicht dupliziert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/storage/PostQueries.cpp" line="31"/>
        <source>Could not load %n post(s)</source>
        <translation>
            <numerusform>%n Beitrag konnte nicht geladen werden</numerusform>
            <numerusform>%n Beiträge konnten nicht geladen werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/storage/PostQueries.cpp" line="37"/>
        <source>Could not load post %1</source>
        <translation>Beitrag %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostQueries.cpp" line="48"/>
        <source>Could not load the posts from %1 to %2</source>
        <translation>Die Beiträge von %1 bis %2 konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostQueries.cpp" line="68"/>
        <source>Could not load the calendar from %1 to %2</source>
        <translation>Der Kalender von %1 bis %2 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostQueries.cpp" line="85"/>
        <source>Could not load the posts to send</source>
        <translation>Die zu sendenden Beiträge konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostQueries.cpp" line="102"/>
        <source>Could not load the planned posts</source>
        <translation>Die geplanten Beiträge konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostQueries.cpp" line="202"/>
        <source>Could not load the posts</source>
        <translation>Die Beiträge konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostQueries.cpp" line="194"/>
        <location filename="../app/storage/PostQueries.cpp" line="208"/>
        <source>Could not search the posts</source>
        <translation>Die Beiträge konnten nicht durchsucht werden</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageWorker.cpp" line="291"/>
        <source>Could not move post %1: it no longer exists (it was deleted).</source>
        <translation>Beitrag %1 konnte nicht verschoben werden: Er existiert nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageWorker.cpp" line="296"/>
        <source>Could not move post %1: it was moved elsewhere meanwhile (in another window or by tokdeck-cli).</source>
        <translation>Beitrag %1 konnte nicht verschoben werden: Er wurde inzwischen anderweitig verschoben (in einem anderen Fenster oder durch tokdeck-cli).</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageWorker.cpp" line="322"/>
        <source>Could not change post %1: it no longer exists (it was deleted).</source>
        <translation>Beitrag %1 konnte nicht geändert werden: Er existiert nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <location filename="../app/storage/PostChangedBy.cpp" line="12"/>
        <source>%1 changed this post since you opened it. Reload theirs, or keep yours as a copy.</source>
        <translation>%1 hat diesen Beitrag geändert, seit Sie ihn geöffnet haben. Laden Sie die geänderte Fassung neu oder behalten Sie Ihre als Kopie.</translation>
    </message>
</context>
<context>
    <name>PostingSlots</name>
    <message>
        <location filename="../app/planning/PostingSlots.cpp" line="79"/>
        <source>&quot;%1&quot; is not a time zone this system knows; use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt; verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <location filename="../app/planning/PostingSlots.cpp" line="89"/>
        <source>The posting slots need a valid time zone, such as Europe/Berlin.</source>
        <translation>Die Zeitfenster brauchen eine gültige Zeitzone, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../app/planning/PostingSlots.cpp" line="103"/>
        <source>&quot;%1&quot; should be days then times, such as &quot;Mon-Fri 09:00,18:00&quot;; separate groups with &quot;;&quot;.</source>
        <translation>„%1“ sollte aus Tagen und dann Uhrzeiten bestehen, etwa „Mon-Fri 09:00,18:00“; trennen Sie Gruppen mit „;“.</translation>
    </message>
    <message>
        <location filename="../app/planning/PostingSlots.cpp" line="116"/>
        <source> (in &quot;%1&quot;)</source>
        <translation> (in „%1“)</translation>
    </message>
    <message>
        <location filename="../app/planning/PostingSlots.cpp" line="117"/>
        <source>&quot;%1&quot;%2 is not a day; use Mon, Tue, Wed, Thu, Fri, Sat, Sun or a range like Mon-Fri.</source>
        <translation>„%1“%2 ist kein Tag; verwenden Sie Mon, Tue, Wed, Thu, Fri, Sat, Sun oder einen Bereich wie Mon-Fri.</translation>
    </message>
    <message>
        <location filename="../app/planning/PostingSlots.cpp" line="133"/>
        <source>&quot;%1&quot; is not a 24-hour time; write it like 09:00 or 18:30.</source>
        <translation>„%1“ ist keine 24-Stunden-Uhrzeit; schreiben Sie sie wie 09:00 oder 18:30.</translation>
    </message>
    <message>
        <location filename="../app/planning/PostingSlots.cpp" line="149"/>
        <source>No posting times given; write them like &quot;Mon-Fri 09:00,18:00; Sat 11:00&quot;.</source>
        <translation>Keine Posting-Zeiten angegeben; schreiben Sie sie wie „Mon-Fri 09:00,18:00; Sat 11:00“.</translation>
    </message>
</context>
<context>
    <name>QueueAssigner</name>
    <message>
        <location filename="../app/planning/QueueAssigner.cpp" line="23"/>
        <source>The posting slots and planned posts could not be read; check the data folder, then try again.</source>
        <translation>Die Zeitfenster und geplanten Beiträge konnten nicht gelesen werden; prüfen Sie den Datenordner und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>QueueOps</name>
    <message>
        <location filename="../app/planning/QueueOps.cpp" line="104"/>
        <source>post %1 is &quot;%2&quot;, so it can no longer be moved.</source>
        <translation>Beitrag %1 ist „%2“ und kann daher nicht mehr verschoben werden.</translation>
    </message>
    <message>
        <location filename="../app/planning/QueueOps.cpp" line="107"/>
        <source>post %1 has no time to move on from.</source>
        <translation>Beitrag %1 hat keinen Zeitpunkt, von dem aus er weitergeschoben werden könnte.</translation>
    </message>
</context>
<context>
    <name>QueuePlanner</name>
    <message>
        <location filename="../app/planning/QueuePlanner.cpp" line="28"/>
        <source>tokdeck-cli slots set %1 &quot;Mon-Fri 09:00,18:00; Sat 11:00&quot; --tz Europe/Berlin</source>
        <translation>tokdeck-cli slots set %1 &quot;Mon-Fri 09:00,18:00; Sat 11:00&quot; --tz Europe/Berlin</translation>
    </message>
    <message>
        <location filename="../app/planning/QueuePlanner.cpp" line="35"/>
        <source>Choose at least one account before adding the post to the queue.</source>
        <translation>Wählen Sie mindestens ein Konto, bevor Sie den Beitrag in die Warteschlange stellen.</translation>
    </message>
    <message>
        <location filename="../app/planning/QueuePlanner.cpp" line="40"/>
        <source>%1 has no posting slots, so it has no queue. Set them first, for example: %2</source>
        <translation>%1 hat keine Zeitfenster und daher keine Warteschlange. Legen Sie sie zuerst fest, zum Beispiel: %2</translation>
    </message>
    <message>
        <location filename="../app/planning/QueuePlanner.cpp" line="64"/>
        <source>Every posting slot of %1 in the coming year is taken or over TikTok&apos;s cap of posts per 24 hours. Add more times with %2</source>
        <translation>Jedes Zeitfenster von %1 im kommenden Jahr ist belegt oder über der TikTok-Grenze an Beiträgen pro 24 Stunden. Fügen Sie weitere Zeiten hinzu mit %2</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="66"/>
        <source>e.g. &quot;every 1 week until 2027-03-01&quot; or &quot;every 2 days x 5&quot;</source>
        <translation>z. B. „every 1 week until 2027-03-01“ oder „every 2 days x 5“</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="68"/>
        <source>&quot;%1&quot;: a repeat rule starts with &quot;every&quot;, %2.</source>
        <translation>„%1“: Eine Wiederholungsregel beginnt mit „every“, %2.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="85"/>
        <source>&quot;%1&quot;: say how often, days or weeks, %2.</source>
        <translation>„%1“: Geben Sie an, wie oft, in Tagen oder Wochen, %2.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="86"/>
        <source>&quot;%1&quot; is not days or weeks; %2.</source>
        <translation>„%1“ sind weder Tage noch Wochen; %2.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="91"/>
        <source>&quot;every %1&quot;: give a number from 1 to %2 %3.</source>
        <translation>„every %1“: Geben Sie eine Zahl von 1 bis %2 an (%3).</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="94"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="94"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="100"/>
        <source>&quot;on&quot; days only go with weeks, e.g. &quot;every 1 week on Mon,Thu x 6&quot;; &quot;every N days&quot; repeats on any day.</source>
        <translation>„on“-Tage gibt es nur mit Wochen, z. B. „every 1 week on Mon,Thu x 6“; „every N days“ wiederholt an jedem beliebigen Tag.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="116"/>
        <source>&quot;on %1&quot;: name the days, e.g. &quot;on Mon,Thu&quot;.</source>
        <translation>„on %1“: Nennen Sie die Tage, z. B. „on Mon,Thu“.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="126"/>
        <source>&quot;until %1&quot;: not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.</source>
        <translation>„until %1“: kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2027-03-01.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="137"/>
        <source>&quot;x %1&quot;: give how many posts in all, from 2 (the post and one more) to %2.</source>
        <translation>„x %1“: Geben Sie an, wie viele Beiträge insgesamt, von 2 (der Beitrag und einer mehr) bis %2.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="145"/>
        <source>&quot;%1&quot;: say when it ends: add &quot;until YYYY-MM-DD&quot; or &quot;x N&quot; (N posts in all).</source>
        <translation>„%1“: Geben Sie an, wann sie endet: Fügen Sie „until JJJJ-MM-TT“ oder „x N“ (N Beiträge insgesamt) hinzu.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="148"/>
        <source>&quot;%1&quot; is not understood here; end the rule with &quot;until YYYY-MM-DD&quot; or &quot;x N&quot;.</source>
        <translation>„%1“ wird hier nicht verstanden; beenden Sie die Regel mit „until JJJJ-MM-TT“ oder „x N“.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="153"/>
        <source>&quot;%1&quot;: nothing may follow the end of the rule; remove it.</source>
        <translation>„%1“: Nach dem Ende der Regel darf nichts folgen; entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="209"/>
        <source>Stopped at %1: a series reaches at most one year past its first post.</source>
        <translation>Bei %1 angehalten: Eine Serie reicht höchstens ein Jahr über ihren ersten Beitrag hinaus.</translation>
    </message>
    <message>
        <location filename="../app/planning/Recurrence.cpp" line="216"/>
        <source>Stopped after %1 posts: a series holds at most %1.</source>
        <translation>Nach %1 Beiträgen angehalten: Eine Serie umfasst höchstens %1.</translation>
    </message>
</context>
<context>
    <name>RepeatCommand</name>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="22"/>
        <source>Repeats a dated post: one more post per occurrence of RULE (&quot;every N days|weeks [on Mon,Thu] until YYYY-MM-DD&quot; or &quot;... x N&quot;, N posts in all, at most 100 and one year), each at the post&apos;s wall-clock time in ZONE (default: the system&apos;s). Copies of a draft are drafts, of any other post ready posts the outbox sends when due. Occurrences past, too soon or over TikTok&apos;s 24-hour cap are left out and named. Prints each new post&apos;s ID.</source>
        <translation>Wiederholt einen Beitrag mit Datum: ein weiterer Beitrag je Vorkommen von RULE („every N days|weeks [on Mon,Thu] until YYYY-MM-DD“ oder „... x N“, N Beiträge insgesamt, höchstens 100 und ein Jahr), jeweils zur Uhrzeit des Beitrags in ZONE (Standard: die des Systems). Kopien eines Entwurfs sind Entwürfe, Kopien jedes anderen Beitrags bereite Beiträge, die der Postausgang zu ihrer Zeit sendet. Vorkommen, die vorbei, zu früh oder über der 24-Stunden-Grenze von TikTok sind, werden ausgelassen und genannt. Gibt die ID jedes neuen Beitrags aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="38"/>
        <source>--repeat: %1</source>
        <translation>--repeat: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="51"/>
        <source>--tz &quot;%1&quot; is not a time zone this system knows; use an IANA name such as Europe/Berlin.</source>
        <translation>--tz „%1“ ist keine Zeitzone, die dieses System kennt; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="74"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="80"/>
        <source>&quot;%1&quot; adds no post after post %2: nothing was repeated.</source>
        <translation>„%1“ fügt nach Beitrag %2 keinen Beitrag hinzu: Es wurde nichts wiederholt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="86"/>
        <source>local-%1</source>
        <translation>local-%1</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="100"/>
        <source>repeat: give one post id and the rule in quotes, e.g. repeat 12 &quot;every 1 week x 4&quot;.</source>
        <translation>repeat: Geben Sie eine Beitrags-ID und die Regel in Anführungszeichen an, z. B. repeat 12 &quot;every 1 week x 4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="106"/>
        <source>repeat: %1</source>
        <translation>repeat: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RepeatCommand.cpp" line="123"/>
        <source>there is no post %1; `tokdeck-cli posts` lists them.</source>
        <translation>Einen Beitrag %1 gibt es nicht; `tokdeck-cli posts` listet sie auf.</translation>
    </message>
</context>
<context>
    <name>RescheduleCommand</name>
    <message>
        <location filename="../ui/calendar/RescheduleCommand.cpp" line="23"/>
        <source>Move post to %1</source>
        <translation>Beitrag auf %1 verschieben</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="93"/>
        <source>Team review of a post: submit a draft for review (it is locked for editing meanwhile), approve it (an approver: it becomes ready and the outbox sends it), reject it with a comment (it comes back as a draft), or withdraw your own submission. audit lists who changed the post&apos;s state, when, and why.</source>
        <translation>Prüfung eines Beitrags im Team: einen Entwurf zur Prüfung einreichen (er ist währenddessen für die Bearbeitung gesperrt), ihn freigeben (eine freigabeberechtigte Person: Er wird bereit, und der Postausgang sendet ihn), ihn mit einem Kommentar ablehnen (er wird wieder zum Entwurf) oder die eigene Einreichung zurückziehen. audit listet auf, wer den Status des Beitrags wann und warum geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="108"/>
        <source>post %1: give one post id (a number, as `tokdeck-cli posts` lists them).</source>
        <translation>post %1: Geben Sie eine Beitrags-ID an (eine Zahl, wie `tokdeck-cli posts` sie auflistet).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="115"/>
        <source>post reject: say why with --comment TEXT; its editor reads it in the audit.</source>
        <translation>post reject: Geben Sie mit --comment TEXT einen Grund an; wer den Beitrag bearbeitet, liest ihn im Statusprotokoll (audit).</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="141"/>
        <source>post %1 is approved and ready; &quot;tokdeck-cli outbox run&quot; or the app sends it at its time.</source>
        <translation>Beitrag %1 ist freigegeben und bereit; „tokdeck-cli outbox run“ oder die App sendet ihn zu seiner Zeit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="147"/>
        <source>there is no post %1; `tokdeck-cli posts` lists every post.</source>
        <translation>Einen Beitrag %1 gibt es nicht; `tokdeck-cli posts` listet alle Beiträge auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="155"/>
        <source>post %1: %2</source>
        <translation>Beitrag %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="160"/>
        <source>post %1 is &quot;%2&quot;, so it cannot be %3: that is for a post that is &quot;%4&quot;.</source>
        <translation>Beitrag %1 ist „%2“, daher kann er nicht %3 werden: Das geht nur bei einem Beitrag, der „%4“ ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="163"/>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="164"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="165"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/ReviewCommand.cpp" line="166"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="19"/>
        <source>Runs the built-in stand-in of the Crosspostify API on 127.0.0.1 until stopped (Ctrl+C); prints its address and key. Nothing reaches TikTok.</source>
        <translation>Startet die eingebaute Nachbildung der Crosspostify-API auf 127.0.0.1, bis sie beendet wird (Strg+C); gibt ihre Adresse und ihren Schlüssel aus. Nichts erreicht TikTok.</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="32"/>
        <source>--port: give a number from 0 to 65535 (0 picks a free port).</source>
        <translation>--port: Geben Sie eine Zahl von 0 bis 65535 an (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="39"/>
        <source>The sandbox could not listen on port %1: %2. Pick another port with --port.</source>
        <translation>Die Sandbox konnte nicht auf Port %1 lauschen: %2. Wählen Sie mit --port einen anderen Port.</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="48"/>
        <source>Sandbox running; stop it with Ctrl+C.</source>
        <translation>Die Sandbox läuft; beenden Sie sie mit Strg+C.</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="30"/>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="42"/>
        <source>The scheduled time is not a valid date and time.</source>
        <translation>Der geplante Zeitpunkt ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="48"/>
        <source>%1 has already passed: schedule at %2 or later (10 minutes from now), or post now.</source>
        <translation>%1 ist bereits vorbei: Planen Sie für %2 oder später (in 10 Minuten) oder veröffentlichen Sie sofort.</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="53"/>
        <source>%1 is too soon: the earliest is %2 (10 minutes from now); pick that or later, or post now.</source>
        <translation>%1 ist zu früh: Frühestens möglich ist %2 (in 10 Minuten); wählen Sie diesen Zeitpunkt oder später oder veröffentlichen Sie sofort.</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="66"/>
        <source>%1 is too far ahead: the latest is %2, as Crosspostify schedules at most 30 days ahead.</source>
        <translation>%1 liegt zu weit in der Zukunft: Spätestens möglich ist %2, da Crosspostify höchstens 30 Tage im Voraus plant.</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="59"/>
        <source>%1 is more than 30 days ahead: Tokdeck keeps the post and hands it to Crosspostify once it is within 30 days (Tokdeck or &quot;tokdeck-cli outbox run&quot; must be running then).</source>
        <translation>%1 liegt mehr als 30 Tage in der Zukunft: Tokdeck behält den Beitrag und übergibt ihn an Crosspostify, sobald er innerhalb von 30 Tagen liegt (Tokdeck oder „tokdeck-cli outbox run“ muss dann laufen).</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="71"/>
        <source>%1 is only just over 10 minutes away; if sending takes a while it may be refused. Pick a later time to be safe.</source>
        <translation>%1 ist nur knapp mehr als 10 Minuten entfernt; dauert das Senden länger, wird der Beitrag möglicherweise abgelehnt. Wählen Sie sicherheitshalber einen späteren Zeitpunkt.</translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message>
        <location filename="../app/planning/SeriesPlanner.cpp" line="38"/>
        <source>%1 (post %2 of the series) was left out: %3</source>
        <translation>%1 (Beitrag %2 der Serie) wurde ausgelassen: %3</translation>
    </message>
    <message>
        <location filename="../app/planning/SeriesPlanner.cpp" line="61"/>
        <source>There is no post %1; see &quot;tokdeck-cli posts&quot; for the IDs.</source>
        <translation>Einen Beitrag %1 gibt es nicht; die IDs finden Sie mit „tokdeck-cli posts“.</translation>
    </message>
    <message>
        <location filename="../app/planning/SeriesPlanner.cpp" line="66"/>
        <source>Post %1 has no date: give it a time first, the series repeats it from there.</source>
        <translation>Beitrag %1 hat kein Datum: Geben Sie ihm zuerst einen Zeitpunkt, die Serie wiederholt ihn von dort aus.</translation>
    </message>
    <message>
        <location filename="../app/planning/SeriesPlanner.cpp" line="101"/>
        <source>TikTok may treat a video posted again as duplicate content and show it to fewer people. Vary the caption or the video of the copies to be safe.</source>
        <translation>TikTok könnte ein erneut veröffentlichtes Video als doppelten Inhalt werten und weniger Leuten zeigen. Ändern Sie sicherheitshalber die Beschreibung oder das Video der Kopien.</translation>
    </message>
</context>
<context>
    <name>SeriesStore</name>
    <message>
        <location filename="../app/storage/SeriesStore.cpp" line="23"/>
        <source>Could not repeat post %1</source>
        <translation>Beitrag %1 konnte nicht wiederholt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/SeriesStore.cpp" line="27"/>
        <source>%1: the copies of a series start as drafts or ready posts.</source>
        <translation>%1: Die Kopien einer Serie beginnen als Entwürfe oder bereite Beiträge.</translation>
    </message>
    <message>
        <location filename="../app/storage/SeriesStore.cpp" line="40"/>
        <source>%1: there is no such post; see &quot;tokdeck-cli posts&quot; for the IDs.</source>
        <translation>%1: Diesen Beitrag gibt es nicht; die IDs finden Sie mit „tokdeck-cli posts“.</translation>
    </message>
    <message>
        <location filename="../app/storage/SeriesStore.cpp" line="103"/>
        <source>Could not read the series of the posts</source>
        <translation>Die Serien der Beiträge konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/SeriesStore.cpp" line="133"/>
        <source>Could not read series %1</source>
        <translation>Serie %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SlotStore</name>
    <message>
        <location filename="../app/storage/SlotStore.cpp" line="20"/>
        <source>Could not save the posting slots of %1</source>
        <translation>Die Zeitfenster von %1 konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/SlotStore.cpp" line="42"/>
        <source>Could not read the posting slots of %1</source>
        <translation>Die Zeitfenster von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/SlotStore.cpp" line="56"/>
        <source>Could not read the posting slots</source>
        <translation>Die Zeitfenster konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SlotsCommand</name>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="62"/>
        <source>Another tokdeck-cli is planning a post in %1 and did not finish within 15 seconds. Try again; if it keeps happening, remove %2.</source>
        <translation>Ein anderes tokdeck-cli plant gerade einen Beitrag in %1 und ist nicht innerhalb von 15 Sekunden fertig geworden. Versuchen Sie es erneut; falls das immer wieder passiert, entfernen Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="80"/>
        <source>Posting slots per account: weekly wall-clock times in the account&apos;s time zone, e.g. &quot;Mon-Fri 09:00,18:00; Sat 11:00&quot;. post --queue and CSV rows with at = queue take the next slot that is free on every chosen account.</source>
        <translation>Zeitfenster pro Konto: wöchentliche Uhrzeiten in der Zeitzone des Kontos, z. B. „Mon-Fri 09:00,18:00; Sat 11:00“. post --queue und CSV-Zeilen mit at = queue nehmen das nächste Zeitfenster, das auf jedem gewählten Konto frei ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="95"/>
        <source>slots: use &quot;slots set ACCOUNT \&quot;Mon-Fri 09:00,18:00\&quot; [--tz ZONE]&quot;, &quot;slots clear ACCOUNT&quot; or &quot;slots show [--json]&quot;.</source>
        <translation>slots: Verwenden Sie „slots set ACCOUNT \&quot;Mon-Fri 09:00,18:00\&quot; [--tz ZONE]“, „slots clear ACCOUNT“ oder „slots show [--json]“.</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="107"/>
        <source>slots clear: give the account ID, e.g. slots clear acc_tiktok_1.</source>
        <translation>slots clear: Geben Sie die Konto-ID an, z. B. slots clear acc_tiktok_1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="108"/>
        <source>slots set: give the account and the times in quotes, e.g. slots set acc_tiktok_1 &quot;Mon-Fri 09:00,18:00; Sat 11:00&quot; --tz Europe/Berlin.</source>
        <translation>slots set: Geben Sie das Konto und die Zeiten in Anführungszeichen an, z. B. slots set acc_tiktok_1 &quot;Mon-Fri 09:00,18:00; Sat 11:00&quot; --tz Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="121"/>
        <source>slots set: %1</source>
        <translation>slots set: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="139"/>
        <source>slots: &quot;%1&quot; is not one of the accounts Crosspostify listed; see &quot;tokdeck-cli accounts&quot; for their IDs.</source>
        <translation>slots: „%1“ ist keines der Konten, die Crosspostify aufgelistet hat; die IDs finden Sie mit „tokdeck-cli accounts“.</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="157"/>
        <source>%1: no posting slots any more.</source>
        <translation>%1: keine Zeitfenster mehr.</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="209"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="211"/>
        <source>  %1 %2	(%3 local)</source>
        <translation>  %1 %2	(%3 Ortszeit)</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="220"/>
        <source>No posting slots are set. Set them with %1</source>
        <translation>Es sind keine Zeitfenster festgelegt. Legen Sie sie fest mit %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="250"/>
        <source>post --queue: %1</source>
        <translation>post --queue: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SlotsCommand.cpp" line="262"/>
        <source>Queued for %1 %2 (%3), the next free slot of %4.</source>
        <translation>Eingereiht für %1 %2 (%3), das nächste freie Zeitfenster von %4.</translation>
    </message>
</context>
<context>
    <name>StoreBase</name>
    <message>
        <location filename="../app/storage/StoreBase.cpp" line="29"/>
        <source>%1: %2 (database %3)</source>
        <translation>%1: %2 (Datenbank %3)</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreBase.cpp" line="61"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/StoreBase.cpp" line="66"/>
        <source>%1: the database %2 is not open.</source>
        <translation>%1: Die Datenbank %2 ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="26"/>
        <source>Team mode on a PostgreSQL database. init brings the database up to date and sets up the roles (run it again after an upgrade; it changes nothing twice). add-member creates a login in a role: viewers read, editors write and submit for review, approvers also approve and reject, admins also manage the team. show lists the members. require-approval on: a draft becomes ready only once an approver approved it. Except init, on the database of TOKDECK_DATABASE_URL.</source>
        <translation>Teammodus auf einer PostgreSQL-Datenbank. init bringt die Datenbank auf den neuesten Stand und richtet die Rollen ein (führen Sie es nach einem Update erneut aus; es ändert nichts doppelt). add-member legt ein Login mit einer Rolle an: „viewer“ liest, „editor“ schreibt und reicht zur Prüfung ein, „approver“ gibt außerdem frei und lehnt ab, „admin“ verwaltet außerdem das Team. show listet die Mitglieder auf. require-approval on: Ein Entwurf wird erst bereit, wenn eine freigabeberechtigte Person ihn freigegeben hat. Alles außer init wirkt auf die Datenbank aus TOKDECK_DATABASE_URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="42"/>
        <source>team: set TOKDECK_DATABASE_URL to the team&apos;s postgresql://… address first (team mode needs PostgreSQL; see `tokdeck-cli team init`).</source>
        <translation>team: Setzen Sie zuerst TOKDECK_DATABASE_URL auf die postgresql://…-Adresse des Teams (der Teammodus braucht PostgreSQL; siehe `tokdeck-cli team init`).</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="70"/>
        <source>team init: give the team database&apos;s address, postgresql://USER@HOST:PORT/DATABASE (USER may create roles).</source>
        <translation>team init: Geben Sie die Adresse der Teamdatenbank an, postgresql://USER@HOST:PORT/DATABASE (USER muss Rollen anlegen dürfen).</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="92"/>
        <source>Team mode is set up (schema version %1). Add members with `tokdeck-cli team add-member NAME ROLE`; each sets TOKDECK_DATABASE_URL to postgresql://NAME@HOST/DATABASE.</source>
        <translation>Der Teammodus ist eingerichtet (Schemaversion %1). Fügen Sie Mitglieder mit `tokdeck-cli team add-member NAME ROLE` hinzu; jedes Mitglied setzt TOKDECK_DATABASE_URL auf postgresql://NAME@HOST/DATABASE.</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="103"/>
        <source>team add-member: give a name and a role: viewer, editor, approver or admin.</source>
        <translation>team add-member: Geben Sie einen Namen und eine Rolle an: viewer, editor, approver oder admin.</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="113"/>
        <source>team add-member: --password-stdin read no password.</source>
        <translation>team add-member: --password-stdin hat kein Passwort gelesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="174"/>
        <source>Approval required: yes</source>
        <translation>Freigabe erforderlich: ja</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="175"/>
        <source>Approval required: no</source>
        <translation>Freigabe erforderlich: nein</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="179"/>
        <source>	(no login)</source>
        <translation>	(kein Login)</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="188"/>
        <source>team require-approval: give on or off.</source>
        <translation>team require-approval: Geben Sie on oder off an.</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommand.cpp" line="224"/>
        <source>team: use init, add-member, show or require-approval; see `tokdeck-cli team --help`.</source>
        <translation>team: Verwenden Sie init, add-member, show oder require-approval; siehe `tokdeck-cli team --help`.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <location filename="../app/storage/TeamSchema.cpp" line="116"/>
        <source>Team mode needs a PostgreSQL database (postgresql://…); an SQLite file belongs to one person.</source>
        <translation>Der Teammodus braucht eine PostgreSQL-Datenbank (postgresql://…); eine SQLite-Datei gehört einer einzelnen Person.</translation>
    </message>
    <message>
        <location filename="../app/storage/TeamSchema.cpp" line="175"/>
        <source>Could not set up team mode on %1: %2</source>
        <translation>Der Teammodus konnte auf %1 nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/TeamSchema.cpp" line="183"/>
        <source>&quot;%1&quot; is not a member name Tokdeck accepts: lower-case letters, digits and _, starting with a letter, not starting with tokdeck_ or pg_.</source>
        <translation>„%1“ ist kein Mitgliedsname, den Tokdeck akzeptiert: Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben, nicht mit tokdeck_ oder pg_.</translation>
    </message>
    <message>
        <location filename="../app/storage/TeamSchema.cpp" line="220"/>
        <source>Could not add %1 as %2: %3</source>
        <translation>%1 konnte nicht als %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/TeamSchema.cpp" line="233"/>
        <source>Could not read the team&apos;s members: %1</source>
        <translation>Die Mitglieder des Teams konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <location filename="../app/storage/TeamStore.cpp" line="39"/>
        <source>Could not read whether the team requires approval</source>
        <translation>Es konnte nicht gelesen werden, ob das Team eine Freigabe verlangt</translation>
    </message>
    <message>
        <location filename="../app/storage/TeamStore.cpp" line="45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/TeamStore.cpp" line="51"/>
        <source>Could not change whether the team requires approval</source>
        <translation>Es konnte nicht geändert werden, ob das Team eine Freigabe verlangt</translation>
    </message>
    <message>
        <location filename="../app/storage/TeamStore.cpp" line="65"/>
        <source>Could not read the audit trail of post %1</source>
        <translation>Das Statusprotokoll von Beitrag %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="39"/>
        <source>caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="44"/>
        <source>The caption is empty. TikTok needs a caption: write at least one word.</source>
        <translation>Die Beschreibung ist leer. TikTok braucht eine Beschreibung: Schreiben Sie mindestens ein Wort.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="49"/>
        <source>The caption is %1 characters long; TikTok allows at most %2 (emoji count as 2). Shorten it by %3.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; TikTok erlaubt höchstens %2 (Emoji zählen doppelt). Kürzen Sie sie um %3.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="58"/>
        <source>%1 hashtags: TikTok may treat hashtag stuffing as spam; 3 to 5 relevant ones work best.</source>
        <translation>%1 Hashtags: TikTok wertet zu viele Hashtags möglicherweise als Spam; 3 bis 5 passende funktionieren am besten.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="68"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="73"/>
        <source>Title and caption together are %1 characters; TikTok may cut them beyond %2.</source>
        <translation>Titel und Beschreibung haben zusammen %1 Zeichen; TikTok schneidet sie nach %2 möglicherweise ab.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="80"/>
        <source>The title is %1 characters long; photo and slideshow titles allow at most %2. Shorten it by %3.</source>
        <translation>Der Titel ist %1 Zeichen lang; Titel von Fotos und Diashows erlauben höchstens %2. Kürzen Sie ihn um %3.</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="89"/>
        <source>No preview could be made of %1: it may be damaged or in a format this computer cannot decode. Export it again as H.264 MP4.</source>
        <translation>Von %1 konnte keine Vorschau erstellt werden: Die Datei ist möglicherweise beschädigt oder in einem Format, das dieser Computer nicht dekodieren kann. Exportieren Sie sie erneut als H.264-MP4.</translation>
    </message>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="218"/>
        <source>No preview could be made of %1: it may be damaged or incomplete. Export it again as JPEG.</source>
        <translation>Von %1 konnte keine Vorschau erstellt werden: Die Datei ist möglicherweise beschädigt oder unvollständig. Exportieren Sie sie erneut als JPEG.</translation>
    </message>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="236"/>
        <source>%1 is neither a video nor an image, so there is nothing to preview.</source>
        <translation>%1 ist weder ein Video noch ein Bild, daher gibt es keine Vorschau.</translation>
    </message>
</context>
<context>
    <name>UploadLedger</name>
    <message>
        <location filename="../app/storage/UploadLedger.cpp" line="21"/>
        <source>Could not record the upload of media %1</source>
        <translation>Das Hochladen von Medium %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/UploadLedger.cpp" line="30"/>
        <source>%1: there is no such media row.</source>
        <translation>%1: Diese Medienzeile gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/UploadLedger.cpp" line="38"/>
        <source>Could not record the content hash of media %1</source>
        <translation>Der Inhalts-Hash von Medium %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/UploadLedger.cpp" line="51"/>
        <source>Could not record an upload to %1</source>
        <translation>Das Hochladen zu %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/UploadLedger.cpp" line="67"/>
        <location filename="../app/storage/UploadLedger.cpp" line="83"/>
        <location filename="../app/storage/UploadLedger.cpp" line="89"/>
        <source>Could not look up an earlier upload</source>
        <translation>Die Suche nach einem früheren Hochladen ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>VersionStore</name>
    <message>
        <location filename="../app/storage/VersionStore.cpp" line="21"/>
        <source>Could not read the version history of post %1</source>
        <translation>Der Versionsverlauf von Beitrag %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Compose and schedule TikTok posts through Crosspostify.

Commands:
  accounts                           list TikTok accounts (ID, name, username)
  post video FILE [options]          post a video
  post photo FILE [options]          post one image
  post slideshow FILE FILE... [opts] post 1-10 images in order
  key set|check|delete               the API key in the system keychain (set reads stdin)
  drafts                             list drafts
  posts [--state S] [--from --to] [--json]  every post with its state and reason
  resolve ID published|send-again|live URL|failed REASON  what became of a post
  delete ID                          delete a post not yet with Crosspostify
  duplicate ID                       copy a post as a new draft; prints its id
  repeat ID &quot;RULE&quot;                   more posts like it, e.g. &quot;every 1 week x 4&quot;
  unschedule ID                      move a ready or failed post back to draft
  schedule [--from DATE --to DATE]   posts planned in a range, one a line
  outbox run [--once]                hand due posts to Crosspostify
  export ics FILE [--from --to]      the schedule as an iCalendar file
  import FILE.csv [--schedule] [--fix] drafts from CSV: media,caption,title,accounts,at,aigc
  media check|fix FILE... [-o DIR]   what breaks a rule; write fixed copies
  sandbox [--port N]                 run the built-in stand-in of the API
  slots set ACCOUNT &quot;SPEC&quot; [--tz Z]  posting slots, e.g. &quot;Mon-Fri 09:00,18:00&quot;; also: slots clear ACCOUNT, slots show [--json]
  team init URL|add-member NAME ROLE|show|require-approval on|off  team mode (PostgreSQL)
  post submit|approve|withdraw ID, post reject ID --comment TEXT, post audit ID  team review (help review)

The API key comes from TOKDECK_API_KEY or the keychain, never from the command line.
Posts and drafts live in $TOKDECK_DATA_DIR (default: the standard data folder).
Exit codes: 0 done, 2 usage, 3 input rejected locally, 4 API or network error,
5 may have been published (check before sending again),
6 the data folder could not be read or written.</source>
        <translation>TikTok-Beiträge über Crosspostify erstellen und planen.

Befehle:
  accounts                           TikTok-Konten auflisten (ID, Name, Benutzername)
  post video FILE [options]          ein Video veröffentlichen
  post photo FILE [options]          ein Bild veröffentlichen
  post slideshow FILE FILE... [opts] 1-10 Bilder in dieser Reihenfolge veröffentlichen
  key set|check|delete               der API-Schlüssel im Systemschlüsselbund (set liest stdin)
  drafts                             Entwürfe auflisten
  posts [--state S] [--from --to] [--json]  alle Beiträge mit Status und Grund
  resolve ID published|send-again|live URL|failed REASON  was aus einem Beitrag geworden ist
  delete ID                          einen Beitrag löschen, der noch nicht bei Crosspostify liegt
  duplicate ID                       einen Beitrag als neuen Entwurf kopieren; gibt dessen ID aus
  repeat ID &quot;RULE&quot;                   weitere Beiträge wie dieser, z. B. &quot;every 1 week x 4&quot;
  unschedule ID                      einen bereiten oder fehlgeschlagenen Beitrag wieder zum Entwurf machen
  schedule [--from DATE --to DATE]   geplante Beiträge eines Zeitraums, einer pro Zeile
  outbox run [--once]                fällige Beiträge an Crosspostify übergeben
  export ics FILE [--from --to]      der Zeitplan als iCalendar-Datei
  import FILE.csv [--schedule] [--fix] Entwürfe aus CSV: media,caption,title,accounts,at,aigc
  media check|fix FILE... [-o DIR]   was gegen eine Regel verstößt; korrigierte Kopien schreiben
  sandbox [--port N]                 die eingebaute Nachbildung der API starten
  slots set ACCOUNT &quot;SPEC&quot; [--tz Z]  Zeitfenster, z. B. &quot;Mon-Fri 09:00,18:00&quot;; außerdem: slots clear ACCOUNT, slots show [--json]
  team init URL|add-member NAME ROLE|show|require-approval on|off  Teammodus (PostgreSQL)
  post submit|approve|withdraw ID, post reject ID --comment TEXT, post audit ID  Prüfung im Team (help review)

Der API-Schlüssel kommt aus TOKDECK_API_KEY oder dem Schlüsselbund, nie von der Befehlszeile.
Beiträge und Entwürfe liegen in $TOKDECK_DATA_DIR (Standard: der übliche Datenordner).
Exit-Codes: 0 erledigt, 2 falscher Aufruf, 3 Eingabe lokal abgelehnt, 4 API- oder Netzwerkfehler,
5 möglicherweise veröffentlicht (vor erneutem Senden prüfen),
6 der Datenordner konnte nicht gelesen oder beschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="74"/>
        <source>accounts, post or sandbox</source>
        <translation>accounts, post oder sandbox</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77"/>
        <source>Crosspostify API address (default: $TOKDECK_API_URL, else the real API).</source>
        <translation>Crosspostify-API-Adresse (Standard: $TOKDECK_API_URL, sonst die echte API).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>Account ID to post to (repeat for several).</source>
        <translation>ID des Kontos, auf dem veröffentlicht wird (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>Caption (max 2,200).</source>
        <translation>Beschreibung (max. 2.200).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Optional title.</source>
        <translation>Optionaler Titel.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="88"/>
        <source>Label the video as AI-generated (video only).</source>
        <translation>Das Video als KI-generiert kennzeichnen (nur Videos).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="90"/>
        <source>Schedule: 2025-06-01T14:00:00Z, an ISO time with offset, or local &quot;yyyy-MM-dd HH:mm&quot;. Omit to post now.</source>
        <translation>Zeitplan: 2025-06-01T14:00:00Z, eine ISO-Zeit mit Versatz oder lokal &quot;yyyy-MM-dd HH:mm&quot;. Weglassen, um sofort zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="95"/>
        <source>post: take the first account&apos;s next free posting slot (see slots).</source>
        <translation>post: das nächste freie Zeitfenster des ersten Kontos nehmen (siehe slots).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="98"/>
        <source>post: also the further posts of a series, e.g. &quot;every 1 week x 4&quot; or &quot;every 2 days until 2027-03-01&quot; (see repeat).</source>
        <translation>post: auch die weiteren Beiträge einer Serie, z. B. „every 1 week x 4“ oder „every 2 days until 2027-03-01“ (siehe repeat).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="103"/>
        <source>slots set, repeat: IANA time zone of the times (default: the system&apos;s).</source>
        <translation>slots set, repeat: IANA-Zeitzone der Zeiten (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="107"/>
        <source>Sandbox port (0 = any free).</source>
        <translation>Sandbox-Port (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="109"/>
        <source>Start of a range (date or time).</source>
        <translation>Beginn eines Zeitraums (Datum oder Zeit).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="112"/>
        <source>End of a range (date or time).</source>
        <translation>Ende eines Zeitraums (Datum oder Zeit).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>posts: only these states (comma-separated: draft, ready, failed, needs_attention, ...).</source>
        <translation>posts: nur diese Status (durch Kommas getrennt: draft, ready, failed, needs_attention, …).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>One JSON array instead of lines (ids as strings).</source>
        <translation>Ein JSON-Array statt Zeilen (IDs als Zeichenketten).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>outbox run: process what is due, then exit.</source>
        <translation>outbox run: Fälliges verarbeiten, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="123"/>
        <source>import: queue the good rows for sending at their time.</source>
        <translation>import: die gültigen Zeilen zum Senden zu ihrem Zeitpunkt einreihen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>media fix: folder for the fixed copies (default: fixed/ in the data folder).</source>
        <translation>media fix: Ordner für die korrigierten Kopien (Standard: fixed/ im Datenordner).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="130"/>
        <source>post, import: fix what can be fixed first (fixed copies in fixed/ in the data folder).</source>
        <translation>post, import: zuerst korrigieren, was sich korrigieren lässt (korrigierte Kopien in fixed/ im Datenordner).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="133"/>
        <source>post reject: why, for the post&apos;s editor.</source>
        <translation>post reject: Der Grund, für die Person, die den Beitrag bearbeitet.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="136"/>
        <source>team add-member: read the member&apos;s password from the first line of stdin.</source>
        <translation>team add-member: Das Passwort des Mitglieds aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="139"/>
        <source>Fixed key for the sandbox (default: random).</source>
        <translation>Fester Schlüssel für die Sandbox (Standard: zufällig).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="220"/>
        <source>give a command; see --help.</source>
        <translation>Geben Sie einen Befehl an; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="221"/>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="65"/>
        <source>Compose and schedule TikTok posts.</source>
        <translation>TikTok-Beiträge erstellen und planen.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="69"/>
        <source>Start on the built-in sandbox: no key, nothing is really posted.</source>
        <translation>Mit der eingebauten Sandbox starten: kein Schlüssel, nichts wird wirklich veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="74"/>
        <source>Start without the window and hand over scheduled posts (at login, for &quot;Keep handing over posts when Tokdeck is closed&quot;); the tray icon opens the window.</source>
        <translation>Ohne Fenster starten und geplante Beiträge übergeben (bei der Anmeldung, für „Beiträge auch bei geschlossenem Tokdeck übergeben“); das Symbol im Infobereich öffnet das Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="80"/>
        <source>Videos, images or folders to open in the composer.</source>
        <translation>Videos, Bilder oder Ordner, die im Editor geöffnet werden sollen.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="92"/>
        <source>Tokdeck is already running: handed over to it.</source>
        <translation>Tokdeck läuft bereits: an die laufende Instanz übergeben.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="146"/>
        <source>Tokdeck: handing over posts</source>
        <translation>Tokdeck: Beiträge werden übergeben</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="152"/>
        <source>&amp;Open Tokdeck</source>
        <translation>Tokdeck ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="153"/>
        <source>&amp;Quit Tokdeck</source>
        <translation>Tokdeck &amp;beenden</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountListModel</name>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="35"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="37"/>
        <source>TikTok account %1</source>
        <translation>TikTok-Konto %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountTargetsEditor</name>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="29"/>
        <source>Accounts to post to</source>
        <translation>Konten, auf denen veröffentlicht wird</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="33"/>
        <source>Own caption for this account</source>
        <translation>Eigene Beschreibung für dieses Konto</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="34"/>
        <source>Empty: use the shared caption</source>
        <translation>Leer: gemeinsame Beschreibung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="37"/>
        <source>Own title for this account</source>
        <translation>Eigener Titel für dieses Konto</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="38"/>
        <source>Empty: use the shared title</source>
        <translation>Leer: gemeinsamen Titel verwenden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="48"/>
        <source>Caption:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="49"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="55"/>
        <source>&lt;b&gt;Post to&lt;/b&gt; (check one or more TikTok accounts)</source>
        <translation>&lt;b&gt;Veröffentlichen auf&lt;/b&gt; (ein oder mehrere TikTok-Konten auswählen)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="97"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="99"/>
        <source>&lt;b&gt;Own text for %1&lt;/b&gt; (optional)</source>
        <translation>&lt;b&gt;Eigener Text für %1&lt;/b&gt; (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="100"/>
        <source>&lt;b&gt;Own text&lt;/b&gt;: check %1 above to give it a caption and title of its own.</source>
        <translation>&lt;b&gt;Eigener Text&lt;/b&gt;: Haken Sie oben %1 an, um dem Konto eine eigene Beschreibung und einen eigenen Titel zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="103"/>
        <source>&lt;b&gt;Own text&lt;/b&gt;: check an account above, then click its name to give it a caption and title of its own.</source>
        <translation>&lt;b&gt;Eigener Text&lt;/b&gt;: Haken Sie oben ein Konto an und klicken Sie dann auf seinen Namen, um ihm eine eigene Beschreibung und einen eigenen Titel zu geben.</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountTargetsModel</name>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="127"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="129"/>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="131"/>
        <source>%1 (%2, not TikTok)</source>
        <translation>%1 (%2, nicht TikTok)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="133"/>
        <source>%1 · own text</source>
        <translation>%1 · eigener Text</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="146"/>
        <source>TikTok account %1</source>
        <translation>TikTok-Konto %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountsPanel</name>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="25"/>
        <source>&lt;b&gt;TikTok accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;TikTok-Konten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="29"/>
        <source>TikTok accounts</source>
        <translation>TikTok-Konten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="34"/>
        <source>&amp;Refresh accounts</source>
        <translation>&amp;Konten aktualisieren</translation>
    </message>
</context>
<context>
    <name>tokdeck::AgendaModel</name>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="24"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="26"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="28"/>
        <source>ddd d MMM</source>
        <extracomment>An agenda day&apos;s header: short weekday, day, short month (&quot;Thu 3 Dec&quot;).</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="41"/>
        <source>Needs you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/AgendaModel.cpp" line="147"/>
        <source>%1: %n this week</source>
        <extracomment>Posts going to one account in the coming seven days, e.g. &quot;Pixel &amp; Pine: 3 this week&quot;.</extracomment>
        <translation>
            <numerusform>%1: %n diese Woche</numerusform>
            <numerusform>%1: %n diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="164"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="169"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="172"/>
        <source>(sent with Post now)</source>
        <translation>(mit „Jetzt veröffentlichen“ gesendet)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/AgendaModel.cpp" line="175"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="48"/>
        <source>a line feed (LF)</source>
        <translation>einen Zeilenumbruch (LF)</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="51"/>
        <source>a carriage return (CR)</source>
        <translation>einen Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="54"/>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="57"/>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="60"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="63"/>
        <source>the character U+%1</source>
        <translation>das Zeichen U+%1</translation>
    </message>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="66"/>
        <source>%1 at character %2 of %3</source>
        <translation>%1 an Stelle %2 von %3</translation>
    </message>
</context>
<context>
    <name>tokdeck::ApplyToSelectedDialog</name>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="21"/>
        <source>Set the &amp;caption</source>
        <translation>&amp;Beschreibung festlegen</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="23"/>
        <source>Set the &amp;schedule</source>
        <translation>&amp;Zeitplan festlegen</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="25"/>
        <source>Set the &amp;accounts</source>
        <translation>&amp;Konten festlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="30"/>
        <source>Apply to %n selected draft(s)</source>
        <translation>
            <numerusform>Auf %n ausgewählten Entwurf anwenden</numerusform>
            <numerusform>Auf %n ausgewählte Entwürfe anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="31"/>
        <source>Tick what to set on all %n selected draft(s); what you leave unticked stays as each draft has it.</source>
        <translation>
            <numerusform>Haken Sie an, was Sie für den %n ausgewählten Entwurf festlegen möchten; was Sie nicht anhaken, bleibt, wie es ist.</numerusform>
            <numerusform>Haken Sie an, was Sie für alle %n ausgewählten Entwürfe festlegen möchten; was Sie nicht anhaken, bleibt in jedem Entwurf, wie es ist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="38"/>
        <source>Caption for the selected drafts</source>
        <translation>Beschreibung für die ausgewählten Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="39"/>
        <source>The caption every selected draft gets</source>
        <translation>Die Beschreibung, die jeder ausgewählte Entwurf erhält</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="45"/>
        <source>Accounts for the selected drafts</source>
        <translation>Konten für die ausgewählten Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="57"/>
        <source>No TikTok accounts known yet: connect to Crosspostify (Settings → Connection…) to choose accounts here.</source>
        <translation>Noch keine TikTok-Konten bekannt: Verbinden Sie sich mit Crosspostify (Einstellungen → Verbindung…), um hier Konten zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="60"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="116"/>
        <source>Tick at least one of caption, schedule or accounts.</source>
        <translation>Haken Sie mindestens eines an: Beschreibung, Zeitplan oder Konten.</translation>
    </message>
    <message>
        <location filename="../ui/queue/ApplyToSelectedDialog.cpp" line="118"/>
        <source>Pick a time the schedule accepts (see the message under the date).</source>
        <translation>Wählen Sie einen Zeitpunkt, den der Zeitplan annimmt (siehe die Meldung unter dem Datum).</translation>
    </message>
</context>
<context>
    <name>tokdeck::BackgroundSending</name>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="57"/>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="61"/>
        <source>%1 could not be written (%2)</source>
        <translation>%1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="75"/>
        <source>&amp;Keep handing over posts when Tokdeck is closed</source>
        <translation>&amp;Beiträge auch bei geschlossenem Tokdeck übergeben</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="81"/>
        <source>Scheduled posts are handed over to Crosspostify every minute, also while Tokdeck&apos;s window is closed.</source>
        <translation>Geplante Beiträge werden jede Minute an Crosspostify übergeben, auch während das Tokdeck-Fenster geschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="135"/>
        <source>tokdeck-cli was not found beside Tokdeck or on the PATH; reinstall Tokdeck</source>
        <translation>tokdeck-cli wurde weder neben Tokdeck noch im PATH gefunden; installieren Sie Tokdeck neu</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="139"/>
        <source>the unit templates are missing from this build</source>
        <translation>diesem Build fehlen die Unit-Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="193"/>
        <source>Posts are now handed over every minute, also while Tokdeck is closed (systemd timer %1).</source>
        <translation>Beiträge werden jetzt jede Minute übergeben, auch während Tokdeck geschlossen ist (systemd-Timer %1).</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="206"/>
        <source>Posts cannot be handed over while Tokdeck is closed: the systemd timer failed (%1) and the autostart entry too (%2). Keep Tokdeck open, or run &quot;tokdeck-cli outbox run&quot; yourself.</source>
        <translation>Beiträge können nicht übergeben werden, während Tokdeck geschlossen ist: Der systemd-Timer ist fehlgeschlagen (%1), der Autostart-Eintrag ebenfalls (%2). Lassen Sie Tokdeck geöffnet oder führen Sie „tokdeck-cli outbox run“ selbst aus.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="212"/>
        <source>The systemd timer is not available (%1), so Tokdeck will start in the background when you log in and hand over posts from there (%2).</source>
        <translation>Der systemd-Timer ist nicht verfügbar (%1), daher startet Tokdeck bei der Anmeldung im Hintergrund und übergibt die Beiträge von dort (%2).</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="224"/>
        <location filename="../ui/settings/BackgroundSending.cpp" line="235"/>
        <source>Posts are handed over only while Tokdeck runs.</source>
        <translation>Beiträge werden nur übergeben, während Tokdeck läuft.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="238"/>
        <source>The timer&apos;s files are removed, but systemd could not stop it (%1). Run &quot;systemctl --user disable --now %2&quot; or log out and in again.</source>
        <translation>Die Dateien des Timers wurden entfernt, aber systemd konnte ihn nicht anhalten (%1). Führen Sie „systemctl --user disable --now %2“ aus oder melden Sie sich ab und wieder an.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="249"/>
        <source>systemctl was not found</source>
        <translation>systemctl wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="271"/>
        <source>systemctl exited with code %1</source>
        <translation>systemctl wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackgroundSending.cpp" line="275"/>
        <source>systemctl could not be run: %1</source>
        <translation>systemctl konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::BulkPostActions</name>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="46"/>
        <source>post %1 is &quot;%2&quot;, so it can no longer be moved.</source>
        <translation>Beitrag %1 ist „%2“ und kann daher nicht mehr verschoben werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="91"/>
        <source> %n post(s) skipped: %1</source>
        <translation>
            <numerusform> %n Beitrag übersprungen: %1</numerusform>
            <numerusform> %n Beiträge übersprungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="93"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="115"/>
        <source>post %1 has no planned time (it is sent with Post now); give it one in the composer.</source>
        <translation>Beitrag %1 hat keinen geplanten Zeitpunkt (er wird mit „Jetzt veröffentlichen“ gesendet); geben Sie ihm im Editor einen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="124"/>
        <source>Move %n post(s) by %1 day(s)</source>
        <translation>
            <numerusform>%n Beitrag um %1 Tag(e) verschieben</numerusform>
            <numerusform>%n Beiträge um %1 Tag(e) verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="125"/>
        <source>by %n day(s)</source>
        <translation>
            <numerusform>um %n Tag</numerusform>
            <numerusform>um %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="136"/>
        <source>Re-slot %n post(s) into the queue</source>
        <translation>
            <numerusform>%n Beitrag neu in die Warteschlange einreihen</numerusform>
            <numerusform>%n Beiträge neu in die Warteschlange einreihen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="137"/>
        <source>into the queue</source>
        <translation>in die Warteschlange</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="149"/>
        <source>Move %n post(s) to the next slot</source>
        <translation>
            <numerusform>%n Beitrag ins nächste Zeitfenster verschieben</numerusform>
            <numerusform>%n Beiträge ins nächste Zeitfenster verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="150"/>
        <source>to the next slot</source>
        <translation>ins nächste Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="158"/>
        <source>No post was moved.</source>
        <translation>Es wurde kein Beitrag verschoben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="165"/>
        <source>Moved %n post(s) back.</source>
        <translation>
            <numerusform>%n Beitrag zurückverschoben.</numerusform>
            <numerusform>%n Beiträge zurückverschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="168"/>
        <source>Moved %n post(s) %1. Undo (Ctrl+Z) moves them back.</source>
        <translation>
            <numerusform>%n Beitrag %1 verschoben. Rückgängig (Strg+Z) verschiebt ihn zurück.</numerusform>
            <numerusform>%n Beiträge %1 verschoben. Rückgängig (Strg+Z) verschiebt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="181"/>
        <source>Nothing was duplicated: the posts no longer exist.</source>
        <translation>Nichts wurde dupliziert: Die Beiträge existieren nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="186"/>
        <source>Duplicate %n post(s)</source>
        <translation>
            <numerusform>%n Beitrag duplizieren</numerusform>
            <numerusform>%n Beiträge duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="198"/>
        <source>Removed %n duplicate(s).</source>
        <translation>
            <numerusform>%n Duplikat entfernt.</numerusform>
            <numerusform>%n Duplikate entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="199"/>
        <source>%n duplicate(s) are back.</source>
        <translation>
            <numerusform>%n Duplikat ist wieder da.</numerusform>
            <numerusform>%n Duplikate sind wieder da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="203"/>
        <source>Duplicated %n post(s) as new drafts.</source>
        <translation>
            <numerusform>%n Beitrag als neuer Entwurf dupliziert.</numerusform>
            <numerusform>%n Beiträge als neue Entwürfe dupliziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="204"/>
        <source> %n post(s) no longer exist and were skipped.</source>
        <translation>
            <numerusform> %n Beitrag existiert nicht mehr und wurde übersprungen.</numerusform>
            <numerusform> %n Beiträge existieren nicht mehr und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="243"/>
        <source>post %1 is &quot;%2&quot; and is changed in the Crosspostify dashboard.</source>
        <translation>Beitrag %1 ist „%2“ und wird im Crosspostify-Dashboard geändert.</translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="261"/>
        <source>No post was changed.</source>
        <translation>Es wurde kein Beitrag geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="265"/>
        <source>Change accounts of %n post(s)</source>
        <translation>
            <numerusform>Konten von %n Beitrag ändern</numerusform>
            <numerusform>Konten von %n Beiträgen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="268"/>
        <source>%n post(s) have their old accounts again.</source>
        <translation>
            <numerusform>%n Beitrag hat wieder seine alten Konten.</numerusform>
            <numerusform>%n Beiträge haben wieder ihre alten Konten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="269"/>
        <source>%n post(s) now go to the accounts you chose. Undo (Ctrl+Z) gives them their old ones.</source>
        <translation>
            <numerusform>%n Beitrag geht jetzt an die gewählten Konten. Rückgängig (Strg+Z) gibt ihm seine alten zurück.</numerusform>
            <numerusform>%n Beiträge gehen jetzt an die gewählten Konten. Rückgängig (Strg+Z) gibt ihnen ihre alten zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="292"/>
        <source> %n post(s) being sent or already with Crosspostify were kept: delete those one at a time.</source>
        <translation>
            <numerusform> %n Beitrag, der gerade gesendet wird oder bereits bei Crosspostify liegt, wurde behalten: Löschen Sie solche Beiträge einzeln.</numerusform>
            <numerusform> %n Beiträge, die gerade gesendet werden oder bereits bei Crosspostify liegen, wurden behalten: Löschen Sie solche Beiträge einzeln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkPostActions.cpp" line="297"/>
        <source>No post was deleted.</source>
        <translation>Es wurde kein Beitrag gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="301"/>
        <source>Delete %n post(s)</source>
        <translation>
            <numerusform>%n Beitrag löschen</numerusform>
            <numerusform>%n Beiträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="310"/>
        <source>%n post(s) are back, as new posts.</source>
        <translation>
            <numerusform>%n Beitrag ist wieder da, als neuer Beitrag.</numerusform>
            <numerusform>%n Beiträge sind wieder da, als neue Beiträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="311"/>
        <source>Deleted %n post(s). Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n Beitrag gelöscht. Rückgängig (Strg+Z) holt ihn zurück.</numerusform>
            <numerusform>%n Beiträge gelöscht. Rückgängig (Strg+Z) holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkPostActions.cpp" line="314"/>
        <source> %n could not be deleted: %1</source>
        <translation>
            <numerusform> %n konnte nicht gelöscht werden: %1</numerusform>
            <numerusform> %n konnten nicht gelöscht werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarFilterBar</name>
    <message>
        <location filename="../ui/calendar/CalendarFilterBar.cpp" line="22"/>
        <source>Show the posts of</source>
        <translation>Die Beiträge anzeigen von</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFilterBar.cpp" line="23"/>
        <source>Show only the posts going to this account</source>
        <translation>Nur die Beiträge an dieses Konto anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFilterBar.cpp" line="24"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFilterBar.cpp" line="26"/>
        <source>Show the posts that are</source>
        <translation>Die Beiträge anzeigen mit Status</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFilterBar.cpp" line="27"/>
        <source>Show only the posts in this state</source>
        <translation>Nur die Beiträge mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFilterBar.cpp" line="28"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarFilterBar.cpp" line="35"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarGridView</name>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="300"/>
        <source>Sent with Post now at %1 UTC</source>
        <translation>Mit „Jetzt veröffentlichen“ gesendet am %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="301"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="306"/>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="309"/>
        <source>Cannot be moved: %1</source>
        <translation>Kann nicht verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarLegend</name>
    <message>
        <location filename="../ui/calendar/CalendarLegend.cpp" line="50"/>
        <source>Locked: with Crosspostify or being sent, so it can&apos;t be dragged here; change it in the Crosspostify dashboard. Faded chips were sent with Post now (history).</source>
        <translation>Gesperrt: liegt bei Crosspostify oder wird gerade gesendet, kann also nicht hierher gezogen werden; ändern Sie den Beitrag im Crosspostify-Dashboard. Blasse Chips wurden mit „Jetzt veröffentlichen“ gesendet (Verlauf).</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarLegend.cpp" line="58"/>
        <source>Calendar legend</source>
        <translation>Kalenderlegende</translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarPanel</name>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="68"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="70"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="70"/>
        <source>Jump to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="71"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="73"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="73"/>
        <source>Month view</source>
        <translation>Monatsansicht</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="75"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="75"/>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="77"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="77"/>
        <source>Agenda list</source>
        <translation>Agenda-Liste</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="90"/>
        <source>Times in %1 (%2)</source>
        <translation>Zeiten in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="94"/>
        <source>Hover a post to see its time in UTC.</source>
        <translation>Bewegen Sie den Mauszeiger über einen Beitrag, um seine Zeit in UTC zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="115"/>
        <source>Shuffle</source>
        <translation>Mischen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="116"/>
        <source>Shuffle an account&apos;s queue</source>
        <translation>Die Warteschlange eines Kontos mischen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="251"/>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="253"/>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="259"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanelQueue.cpp" line="27"/>
        <location filename="../ui/calendar/CalendarPanelQueue.cpp" line="64"/>
        <source>Shuffle the queue of %1</source>
        <translation>Die Warteschlange von %1 mischen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanelQueue.cpp" line="32"/>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanelQueue.cpp" line="58"/>
        <source>Nothing to shuffle: %1 has no two posts of its own on its posting slots that are still here and not locked.</source>
        <translation>Nichts zu mischen: %1 hat keine zwei eigenen Beiträge in seinen Zeitfenstern, die noch hier und nicht gesperrt sind.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanelQueue.cpp" line="67"/>
        <source>The queue of %1 is back in its order.</source>
        <translation>Die Warteschlange von %1 ist wieder in ihrer Reihenfolge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/CalendarPanelQueue.cpp" line="68"/>
        <source>Shuffled %n post(s) of %1. Undo (Ctrl+Z) puts them back.</source>
        <translation>
            <numerusform>%n Beitrag von %1 gemischt. Rückgängig (Strg+Z) stellt ihn zurück.</numerusform>
            <numerusform>%n Beiträge von %1 gemischt. Rückgängig (Strg+Z) stellt sie zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::CapCheck</name>
    <message>
        <location filename="../ui/compose/CapCheck.cpp" line="67"/>
        <source>24-hour cap</source>
        <translation>24-Stunden-Grenze</translation>
    </message>
    <message>
        <location filename="../ui/compose/CapCheck.cpp" line="68"/>
        <source>The posts already planned could not be read to check TikTok&apos;s 24-hour cap (%1). Try again.</source>
        <translation>Die bereits geplanten Beiträge konnten nicht gelesen werden, um die 24-Stunden-Grenze von TikTok zu prüfen (%1). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tokdeck::CaptionEdit</name>
    <message>
        <location filename="../ui/widgets/CaptionEdit.cpp" line="36"/>
        <source>Hashtags used before</source>
        <translation>Bisher verwendete Hashtags</translation>
    </message>
</context>
<context>
    <name>tokdeck::ChangeAccountsDialog</name>
    <message numerus="yes">
        <location filename="../ui/actions/BulkDialogs.cpp" line="57"/>
        <source>Change accounts of %n post(s)</source>
        <translation>
            <numerusform>Konten von %n Beitrag ändern</numerusform>
            <numerusform>Konten von %n Beiträgen ändern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkDialogs.cpp" line="60"/>
        <source>No accounts are known yet. Connect to Crosspostify (Settings) so Tokdeck can list your accounts, then try again.</source>
        <translation>Es sind noch keine Konten bekannt. Verbinden Sie sich mit Crosspostify (Einstellungen), damit Tokdeck Ihre Konten auflisten kann, und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkDialogs.cpp" line="63"/>
        <source>The %n post(s) will go to the accounts ticked here. Posts already with Crosspostify are not changed.</source>
        <translation>
            <numerusform>Der %n Beitrag geht an die hier angehakten Konten. Beiträge, die bereits bei Crosspostify liegen, werden nicht geändert.</numerusform>
            <numerusform>Die %n Beiträge gehen an die hier angehakten Konten. Beiträge, die bereits bei Crosspostify liegen, werden nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkDialogs.cpp" line="77"/>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>tokdeck::ChangedByBanner</name>
    <message>
        <location filename="../ui/compose/ChangedByBanner.cpp" line="15"/>
        <source>Reload theirs</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/compose/ChangedByBanner.cpp" line="16"/>
        <source>Keep mine as a copy</source>
        <translation>Meine als Kopie behalten</translation>
    </message>
    <message>
        <location filename="../ui/compose/ChangedByBanner.cpp" line="19"/>
        <source>Changed by another team member</source>
        <translation>Von einem anderen Teammitglied geändert</translation>
    </message>
    <message>
        <location filename="../ui/compose/ChangedByBanner.cpp" line="30"/>
        <source>Show their version; your edits here are dropped</source>
        <translation>Die geänderte Fassung anzeigen; Ihre Änderungen hier werden verworfen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ChangedByBanner.cpp" line="32"/>
        <source>Save your edits as a new draft; their post stays as they left it</source>
        <translation>Ihre Änderungen als neuen Entwurf speichern; der geänderte Beitrag bleibt, wie er ist</translation>
    </message>
    <message>
        <location filename="../ui/compose/ChangedByBanner.cpp" line="44"/>
        <source>%1 changed this post.</source>
        <translation>%1 hat diesen Beitrag geändert.</translation>
    </message>
</context>
<context>
    <name>tokdeck::ComposerFooter</name>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="41"/>
        <source>Upload progress</source>
        <translation>Fortschritt beim Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="47"/>
        <source>Show the list of problems</source>
        <translation>Die Liste der Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="53"/>
        <source>Send now or at the chosen time (Ctrl+Return)</source>
        <translation>Jetzt oder zum gewählten Zeitpunkt senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="86"/>
        <source>1 problem blocks publishing</source>
        <translation>1 Problem verhindert das Veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/ComposerFooter.cpp" line="88"/>
        <source>%n problems block publishing</source>
        <translation>
            <numerusform>%n Problem verhindert das Veröffentlichen</numerusform>
            <numerusform>%n Probleme verhindern das Veröffentlichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="90"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/ComposerFooter.cpp" line="92"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="105"/>
        <source>Schedule for %1</source>
        <translation>Für %1 planen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="106"/>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="130"/>
        <source>Draft · saved</source>
        <translation>Entwurf · gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="131"/>
        <source>Draft · saving…</source>
        <translation>Entwurf · wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="132"/>
        <source>Draft · not saved yet</source>
        <translation>Entwurf · noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="136"/>
        <source>Ready · kept on this computer until %1, then handed to Crosspostify</source>
        <translation>Bereit · bis %1 auf diesem Computer zurückgehalten, dann an Crosspostify übergeben</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="139"/>
        <source>Ready · being handed to Crosspostify</source>
        <translation>Bereit · wird an Crosspostify übergeben</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="142"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="145"/>
        <source>Sending to Crosspostify…</source>
        <translation>Wird an Crosspostify gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="150"/>
        <source>Handed to Crosspostify · due on TikTok %1</source>
        <translation>An Crosspostify übergeben · auf TikTok fällig %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="160"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="163"/>
        <source>In review · waiting for an approver</source>
        <translation>In Prüfung · wartet auf Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerFooter.cpp" line="166"/>
        <source>Needs attention: may have been published</source>
        <translation>Braucht Aufmerksamkeit: wurde möglicherweise veröffentlicht</translation>
    </message>
</context>
<context>
    <name>tokdeck::ComposerWidget</name>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="52"/>
        <source>AI-generated content</source>
        <translation>KI-generierter Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="61"/>
        <source>Add &amp;media…</source>
        <translation>&amp;Medien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="68"/>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="69"/>
        <source>Caption with #hashtags and emoji (required)</source>
        <translation>Beschreibung mit #hashtags und Emoji (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="73"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="74"/>
        <source>Optional title</source>
        <translation>Optionaler Titel</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="80"/>
        <source>Only videos carry TikTok&apos;s AI-generated label; photos and slideshows go without it.</source>
        <translation>Nur Videos tragen TikToks Kennzeichnung für KI-generierte Inhalte; Fotos und Diashows kommen ohne sie aus.</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="83"/>
        <source>Label videos that are realistically generated or significantly edited by AI (faces, voices, scenes). When in doubt, label it. Videos only.</source>
        <translation>Kennzeichnen Sie Videos, die realistisch wirkend von KI erzeugt oder wesentlich mit KI bearbeitet wurden (Gesichter, Stimmen, Szenen). Kennzeichnen Sie im Zweifel. Nur für Videos.</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="418"/>
        <source>Handed to the outbox — scheduling…</source>
        <translation>An den Postausgang übergeben — wird geplant…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="419"/>
        <source>Handed to the outbox — uploading…</source>
        <translation>An den Postausgang übergeben — wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="58"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="92"/>
        <source>Show what TikTok&apos;s buttons cover</source>
        <translation>Von TikTok verdeckte Bereiche zeigen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="104"/>
        <source>&amp;Caption:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="140"/>
        <source>Post editor</source>
        <translation>Beitragseditor</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="361"/>
        <source>Uploading %1 %</source>
        <translation>Wird hochgeladen: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="255"/>
        <location filename="../ui/compose/ComposerWidget.cpp" line="269"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="295"/>
        <source>youraccount</source>
        <translation>ihrkonto</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="320"/>
        <source>&lt;b&gt;✖&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;✖&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="321"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/ComposerWidget.cpp" line="324"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer Hinweis.</numerusform>
            <numerusform>…und %n weitere Hinweise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidgetMedia.cpp" line="37"/>
        <source>Add media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidgetMedia.cpp" line="38"/>
        <source>Videos and images (*.mp4 *.mov *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Videos und Bilder (*.mp4 *.mov *.jpg *.jpeg *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidgetMedia.cpp" line="50"/>
        <source>The clipboard holds no files. Copy them in the file manager, then paste them here.</source>
        <translation>In der Zwischenablage sind keine Dateien. Kopieren Sie sie im Dateimanager und fügen Sie sie dann hier ein.</translation>
    </message>
</context>
<context>
    <name>tokdeck::ConnectDialog</name>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="27"/>
        <source>%1 refused this key (HTTP %2). Copy the key again from your Crosspostify dashboard and paste it here.</source>
        <translation>%1 hat diesen Schlüssel abgelehnt (HTTP %2). Kopieren Sie den Schlüssel erneut aus Ihrem Crosspostify-Dashboard und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="32"/>
        <source>%1 could not be reached (%2). Check the API address and this computer&apos;s internet connection, then check again.</source>
        <translation>%1 war nicht erreichbar (%2). Prüfen Sie die API-Adresse und die Internetverbindung dieses Computers und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="36"/>
        <source>%1 did not answer in time. Check the API address and this computer&apos;s internet connection, then check again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die API-Adresse und die Internetverbindung dieses Computers und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="43"/>
        <source>%1 does not answer like Crosspostify&apos;s API (%2). Check the API address: it is normally %3.</source>
        <translation>%1 antwortet nicht wie die API von Crosspostify (%2). Prüfen Sie die API-Adresse: Normalerweise lautet sie %3.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="67"/>
        <source>Connect to Crosspostify</source>
        <translation>Mit Crosspostify verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="72"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="78"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="80"/>
        <source>Paste the key from your Crosspostify dashboard</source>
        <translation>Fügen Sie den Schlüssel aus Ihrem Crosspostify-Dashboard ein</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="90"/>
        <source>No key yet? &lt;a href=&quot;%1&quot;&gt;Get one in the Crosspostify dashboard&lt;/a&gt;.</source>
        <translation>Noch keinen Schlüssel? &lt;a href=&quot;%1&quot;&gt;Holen Sie sich einen im Crosspostify-Dashboard&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="99"/>
        <source>&amp;Check and connect</source>
        <translation>&amp;Prüfen und verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="103"/>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="104"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="107"/>
        <source>The key is checked with Crosspostify, then kept only in your system keychain, never in Tokdeck&apos;s files.</source>
        <translation>Der Schlüssel wird bei Crosspostify geprüft und dann nur in Ihrem Systemschlüsselbund aufbewahrt, nie in den Dateien von Tokdeck.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="114"/>
        <source>Try the &amp;sandbox</source>
        <translation>Sa&amp;ndbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="117"/>
        <source>A built-in stand-in of Crosspostify: everything works, nothing is posted.</source>
        <translation>Eine eingebaute Nachbildung von Crosspostify: Alles funktioniert, aber nichts wird veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="120"/>
        <source>&amp;Delete stored key</source>
        <translation>Gespeicherten Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="156"/>
        <source>Now connected to %1, with no TikTok account.</source>
        <translation>Jetzt mit %1 verbunden, ohne TikTok-Konto.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="157"/>
        <source>Now connected to %1, with %2.</source>
        <translation>Jetzt mit %1 verbunden, mit %2.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="206"/>
        <source>The API address must start with https:// (plain http:// only for this computer).</source>
        <translation>Die API-Adresse muss mit https:// beginnen (einfaches http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="211"/>
        <source>Paste your API key first; you find it in the Crosspostify dashboard.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein; Sie finden ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="218"/>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="228"/>
        <source>The key works, but no TikTok account is connected to it. Connect one in the Crosspostify dashboard, then check again.</source>
        <translation>Der Schlüssel funktioniert, aber mit ihm ist kein TikTok-Konto verbunden. Verbinden Sie eines im Crosspostify-Dashboard und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>tokdeck::ConnectionManager</name>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="45"/>
        <source>Connect Tokdeck to your Crosspostify account, or try the sandbox first.</source>
        <translation>Verbinden Sie Tokdeck mit Ihrem Crosspostify-Konto oder probieren Sie zuerst die Sandbox aus.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="70"/>
        <source>No API key for %1 is stored on this computer. Paste your Crosspostify API key to connect.</source>
        <translation>Auf diesem Computer ist kein API-Schlüssel für %1 gespeichert. Fügen Sie Ihren Crosspostify-API-Schlüssel ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="93"/>
        <source>The built-in sandbox could not start (%1). Try again, or connect to Crosspostify.</source>
        <translation>Die eingebaute Sandbox konnte nicht starten (%1). Versuchen Sie es erneut oder verbinden Sie sich mit Crosspostify.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="121"/>
        <source>The API key was deleted from this computer. Paste a key to connect again.</source>
        <translation>Der API-Schlüssel wurde von diesem Computer gelöscht. Fügen Sie einen Schlüssel ein, um sich erneut zu verbinden.</translation>
    </message>
</context>
<context>
    <name>tokdeck::DesktopNotifications</name>
    <message>
        <location filename="../ui/notifications/DesktopNotifications.cpp" line="58"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/notifications/DesktopNotifications.cpp" line="69"/>
        <source>The desktop did not show a notification (%1). Tokdeck&apos;s window still shows every post&apos;s state.</source>
        <translation>Der Desktop hat keine Benachrichtigung angezeigt (%1). Das Tokdeck-Fenster zeigt weiterhin den Status jedes Beitrags.</translation>
    </message>
</context>
<context>
    <name>tokdeck::DraftEditor</name>
    <message>
        <location filename="../ui/compose/DraftEditor.cpp" line="185"/>
        <source>%1 changed on disk since it was added to this post. Remove it and add it again to check it.</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit die Datei diesem Beitrag hinzugefügt wurde. Entfernen Sie sie und fügen Sie sie erneut hinzu, damit sie neu geprüft wird.</translation>
    </message>
    <message>
        <location filename="../ui/compose/DraftEditor.cpp" line="260"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/DraftEditor.cpp" line="261"/>
        <source>%1 were not added: %2</source>
        <translation>%1 wurden nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/DraftEditorFix.cpp" line="36"/>
        <source>Only a post that can still be edited and goes to several accounts can be staggered.</source>
        <translation>Nur ein Beitrag, der noch bearbeitet werden kann und an mehrere Konten geht, lässt sich staffeln.</translation>
    </message>
    <message>
        <location filename="../ui/compose/DraftEditorFix.cpp" line="46"/>
        <source>The post could not be saved, so it was not split. Try again.</source>
        <translation>Der Beitrag konnte nicht gespeichert werden und wurde daher nicht aufgeteilt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tokdeck::DraftsPanel</name>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="32"/>
        <source>Search captions and titles</source>
        <translation>Beschreibungen und Titel durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="33"/>
        <source>Search posts</source>
        <translation>Beiträge durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="36"/>
        <source>Show posts in state</source>
        <translation>Beiträge nach Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="40"/>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="41"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="43"/>
        <source>Waiting or sending</source>
        <translation>Wartend oder wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="47"/>
        <source>Scheduled or published</source>
        <translation>Geplant oder veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="50"/>
        <source>Needs attention or failed</source>
        <translation>Braucht Aufmerksamkeit oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="53"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>tokdeck::EmojiPickerButton</name>
    <message>
        <location filename="../ui/widgets/EmojiPickerButton.cpp" line="25"/>
        <location filename="../ui/widgets/EmojiPickerButton.cpp" line="26"/>
        <source>Insert an emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
</context>
<context>
    <name>tokdeck::ExportRangeDialog</name>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="18"/>
        <source>&amp;Posts between these days:</source>
        <translation>Beiträge &amp;zwischen diesen Tagen:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="19"/>
        <source>&amp;Everything (every post with a time)</source>
        <translation>&amp;Alles (jeder Beitrag mit Zeitpunkt)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="24"/>
        <source>Export schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="29"/>
        <source>First day to export</source>
        <translation>Erster zu exportierender Tag</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="30"/>
        <source>Last day to export</source>
        <translation>Letzter zu exportierender Tag</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="51"/>
        <source>Which posts go into the calendar file? Days are in your local time.</source>
        <translation>Welche Beiträge sollen in die Kalenderdatei? Die Tage gelten in Ihrer Ortszeit.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="55"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="56"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="59"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>tokdeck::KeyStore</name>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="196"/>
        <source>The system keychain could not handle the API key for %1: %2</source>
        <translation>Der Systemschlüsselbund konnte den API-Schlüssel für %1 nicht verarbeiten: %2</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="204"/>
        <source>No API host was given for the API key.</source>
        <translation>Für den API-Schlüssel wurde kein API-Host angegeben.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="208"/>
        <source>The API key is empty, so it was not saved.</source>
        <translation>Der API-Schlüssel ist leer und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="211"/>
        <source>The API key contains a NUL character, so it was not saved. Paste it again.</source>
        <translation>Der API-Schlüssel enthält ein NUL-Zeichen und wurde daher nicht gespeichert. Fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="220"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be read. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher konnte der API-Schlüssel für %1 nicht gelesen werden. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="225"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be saved. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher konnte der API-Schlüssel für %1 nicht gespeichert werden. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="232"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be removed. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher konnte der API-Schlüssel für %1 nicht entfernt werden. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="284"/>
        <source>No system keychain is available (Secret Service not running), so the API key is kept for this session only and you will be asked again next time. Install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (Secret Service läuft nicht), daher wird der API-Schlüssel nur für diese Sitzung aufbewahrt, und Sie werden beim nächsten Mal erneut gefragt. Installieren und entsperren Sie GNOME Keyring oder KWallet, um ihn dauerhaft zu speichern.</translation>
    </message>
</context>
<context>
    <name>tokdeck::LockBanner</name>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="20"/>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="21"/>
        <source>It was published</source>
        <translation>Wurde veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="22"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="46"/>
        <source>You found it on TikTok: record it as published, send nothing</source>
        <translation>Sie haben ihn auf TikTok gefunden: als veröffentlicht vermerken, nichts senden</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="48"/>
        <source>It is not on TikTok: send it to Crosspostify once more</source>
        <translation>Er ist nicht auf TikTok: noch einmal an Crosspostify senden</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="73"/>
        <source>Uploading: this post cannot be changed while it is sent. Cancel the upload to edit it.</source>
        <translation>Wird hochgeladen: Dieser Beitrag kann nicht geändert werden, während er gesendet wird. Brechen Sie das Hochladen ab, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="76"/>
        <source>Being handed to Crosspostify: wait for its answer, a moment; the post cannot be changed meanwhile.</source>
        <translation>Wird an Crosspostify übergeben: Warten Sie einen Moment auf die Antwort; der Beitrag kann währenddessen nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="79"/>
        <source>About to be handed to Crosspostify: move it back to draft (Post menu) to edit it.</source>
        <translation>Wird gleich an Crosspostify übergeben: Machen Sie ihn wieder zum Entwurf (Menü „Beitrag“), um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="82"/>
        <source>Handed to Crosspostify with a date: change or delete it in the Crosspostify dashboard. Duplicate it (Post menu) to post something similar.</source>
        <translation>Mit Datum an Crosspostify übergeben: Ändern oder löschen Sie ihn im Crosspostify-Dashboard. Duplizieren Sie ihn (Menü „Beitrag“), um etwas Ähnliches zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="85"/>
        <source>Handed to Crosspostify to post now: it cannot be changed any more. Check it on TikTok, then mark it live or failed (Post menu); duplicate it to post something similar.</source>
        <translation>Zum sofortigen Veröffentlichen an Crosspostify übergeben: Er kann nicht mehr geändert werden. Prüfen Sie ihn auf TikTok und markieren Sie ihn dann als live oder fehlgeschlagen (Menü „Beitrag“); duplizieren Sie ihn, um etwas Ähnliches zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="89"/>
        <source>Live on TikTok: it cannot be changed any more. Duplicate it (Post menu) to post something similar.</source>
        <translation>Live auf TikTok: Er kann nicht mehr geändert werden. Duplizieren Sie ihn (Menü „Beitrag“), um etwas Ähnliches zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="92"/>
        <source>Failed on TikTok: move it back to draft (Post menu) to fix it, or send it again to the accounts that did not take it.</source>
        <translation>Auf TikTok fehlgeschlagen: Machen Sie ihn wieder zum Entwurf (Menü „Beitrag“), um ihn zu korrigieren, oder senden Sie ihn erneut an die Konten, die ihn nicht angenommen haben.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="95"/>
        <source>May have been published: check TikTok, then mark it published or send it again.</source>
        <translation>Wurde möglicherweise veröffentlicht: Prüfen Sie TikTok und markieren Sie ihn dann als veröffentlicht oder senden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="98"/>
        <source>In review: an approver decides on it now. Ask them to reject it (it comes back as a draft), or withdraw it from review (Post menu) to edit it.</source>
        <translation>In Prüfung: Eine freigabeberechtigte Person entscheidet jetzt darüber. Bitten Sie sie, ihn abzulehnen (dann wird er wieder zum Entwurf), oder ziehen Sie ihn aus der Prüfung zurück (Menü „Beitrag“), um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="104"/>
        <source>This post cannot be changed now.</source>
        <translation>Dieser Beitrag kann jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="131"/>
        <source>Nothing can be added to this post while it is locked; start a new draft (File menu) for other media.</source>
        <translation>Zu diesem Beitrag kann nichts hinzugefügt werden, solange er gesperrt ist; beginnen Sie für andere Medien einen neuen Entwurf (Menü „Datei“).</translation>
    </message>
    <message>
        <location filename="../ui/compose/LockBanner.cpp" line="133"/>
        <source>Not added: %1. This post is locked; start a new draft (File menu) for them.</source>
        <translation>Nicht hinzugefügt: %1. Dieser Beitrag ist gesperrt; beginnen Sie für diese Dateien einen neuen Entwurf (Menü „Datei“).</translation>
    </message>
</context>
<context>
    <name>tokdeck::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Tokdeck</source>
        <translation>Tokdeck</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Paste your Crosspostify API key to post for real.</source>
        <translation>Fügen Sie Ihren Crosspostify-API-Schlüssel ein, um wirklich zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>The edits kept on this computer are saved to the team calendar.</source>
        <translation>Die auf diesem Computer aufbewahrten Änderungen sind jetzt im Teamkalender gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Connected to %1 · %n TikTok account(s)</source>
        <translation>
            <numerusform>Verbunden mit %1 · %n TikTok-Konto</numerusform>
            <numerusform>Verbunden mit %1 · %n TikTok-Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="36"/>
        <source>&amp;New draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="39"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="42"/>
        <source>&amp;Add media…</source>
        <translation>&amp;Medien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="43"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="46"/>
        <source>&amp;Upload several videos…</source>
        <translation>Mehrere Videos &amp;hochladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="53"/>
        <source>&amp;Export schedule (.ics)…</source>
        <translation>Zeitplan e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="56"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>Beiträge aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="61"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="65"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="73"/>
        <source>&amp;Paste files into the post</source>
        <translation>Dateien in den Beitrag &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="75"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="83"/>
        <source>P&amp;ost</source>
        <translation>Be&amp;itrag</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="116"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="118"/>
        <source>&amp;Refresh accounts</source>
        <translation>&amp;Konten aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="121"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="121"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="123"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="123"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="125"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="125"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="133"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="134"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="136"/>
        <source>Change where Tokdeck posts to: your Crosspostify account or the sandbox.</source>
        <translation>Legen Sie fest, wohin Tokdeck veröffentlicht: in Ihr Crosspostify-Konto oder in die Sandbox.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Posts are being sent</source>
        <translation>Beiträge werden gesendet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Tokdeck is still uploading or sending posts. Quit anyway? Nothing is lost: posts being sent continue the next time Tokdeck (or &quot;tokdeck-cli outbox run&quot;) starts, and files still uploading from the queue stay as drafts that upload when you publish them.</source>
        <translation>Tokdeck lädt noch hoch oder sendet Beiträge. Trotzdem beenden? Es geht nichts verloren: Beiträge, die gerade gesendet werden, gehen beim nächsten Start von Tokdeck (oder „tokdeck-cli outbox run“) weiter, und Dateien, die noch aus der Warteschlange hochgeladen werden, bleiben als Entwürfe erhalten und werden hochgeladen, sobald Sie sie veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>Offline: %1 not reachable</source>
        <translation>Offline: %1 nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaFixPanel</name>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="40"/>
        <source>JPEG, %1, about %2 MB</source>
        <translation>JPEG, %1, etwa %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="44"/>
        <source>MP4, the same picture, %1, about %2 MB</source>
        <translation>MP4, dasselbe Bild, %1, etwa %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="49"/>
        <source>MP4 (H.264), %1, about %2 MB</source>
        <translation>MP4 (H.264), %1, etwa %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="50"/>
        <source>MP4 (H.264), %1, at most %2 MB</source>
        <translation>MP4 (H.264), %1, höchstens %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="66"/>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="67"/>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="78"/>
        <source>Tokdeck can fix these files (the originals stay as they are):</source>
        <translation>Tokdeck kann diese Dateien korrigieren (die Originale bleiben, wie sie sind):</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="80"/>
        <source>Fix &amp;all</source>
        <translation>Alle &amp;korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="85"/>
        <source>Fix every file listed here, one after another</source>
        <translation>Jede hier aufgeführte Datei korrigieren, eine nach der anderen</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="189"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="192"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="193"/>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="195"/>
        <source>Fix %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="199"/>
        <source>Fixing %1</source>
        <translation>%1 wird korrigiert</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="204"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="206"/>
        <source>Cancel fixing %1</source>
        <translation>Korrigieren von %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaFixPanel.cpp" line="228"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaLibraryModel</name>
    <message>
        <location filename="../ui/library/MediaLibraryModel.cpp" line="166"/>
        <source>Not used in any post</source>
        <translation>In keinem Beitrag verwendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/MediaLibraryModel.cpp" line="167"/>
        <source>Used in %n post(s)</source>
        <translation>
            <numerusform>In %n Beitrag verwendet</numerusform>
            <numerusform>In %n Beiträgen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryModel.cpp" line="193"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryModel.cpp" line="201"/>
        <source>Missing: there is no file at %1 any more.</source>
        <translation>Fehlt: Unter %1 gibt es keine Datei mehr.</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryModel.cpp" line="212"/>
        <source>Missing file</source>
        <translation>Fehlende Datei</translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaLibraryPanel</name>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="33"/>
        <source>&amp;Remove from Library</source>
        <translation>Aus der Bibliothek &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="41"/>
        <source>Search file names</source>
        <translation>Dateinamen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="42"/>
        <source>Search the media library</source>
        <translation>Die Medienbibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="45"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="46"/>
        <source>Show the files as thumbnails or as a list</source>
        <translation>Die Dateien als Vorschaubilder oder als Liste anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="49"/>
        <source>Media files</source>
        <translation>Mediendateien</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="162"/>
        <source>Media library</source>
        <translation>Medienbibliothek</translation>
    </message>
    <message>
        <location filename="../ui/library/MediaLibraryPanel.cpp" line="169"/>
        <source>Media &amp;library</source>
        <translation>Medien&amp;bibliothek</translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaListModel</name>
    <message>
        <location filename="../ui/models/MediaListModel.cpp" line="171"/>
        <source>%1
(fixed copy, from %2)</source>
        <translation>%1
(korrigierte Kopie, von %2)</translation>
    </message>
    <message>
        <location filename="../ui/models/MediaListModel.cpp" line="178"/>
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaStrip</name>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="80"/>
        <source>Media in display order</source>
        <translation>Medien in Anzeigereihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="82"/>
        <source>Drag to reorder, or use Alt+Left/Right. Delete removes the selected file.</source>
        <translation>Zum Umsortieren ziehen oder Alt+Links/Rechts verwenden. Entf entfernt die ausgewählte Datei.</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="174"/>
        <source>Drop a video, a photo or up to 10 images here.</source>
        <translation>Legen Sie hier ein Video, ein Foto oder bis zu 10 Bilder ab.</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="176"/>
        <source>%1 / %2 images</source>
        <translation>%1 / %2 Bilder</translation>
    </message>
</context>
<context>
    <name>tokdeck::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="21"/>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/MonthView.cpp" line="78"/>
        <source>%n free slot(s)</source>
        <translation>
            <numerusform>%n freies Zeitfenster</numerusform>
            <numerusform>%n freie Zeitfenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/MonthView.cpp" line="175"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::MoveByDaysDialog</name>
    <message numerus="yes">
        <location filename="../ui/actions/BulkDialogs.cpp" line="21"/>
        <source>Move %n post(s)</source>
        <translation>
            <numerusform>%n Beitrag verschieben</numerusform>
            <numerusform>%n Beiträge verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions/BulkDialogs.cpp" line="22"/>
        <source>Move the %n post(s) by this many days (a negative number moves them earlier). Each keeps its time of day; posts that cannot move are skipped, and the message says why.</source>
        <translation>
            <numerusform>Den %n Beitrag um so viele Tage verschieben (eine negative Zahl verschiebt ihn nach vorn). Er behält seine Uhrzeit; kann er nicht verschoben werden, wird er übersprungen, und die Meldung sagt, warum.</numerusform>
            <numerusform>Die %n Beiträge um so viele Tage verschieben (eine negative Zahl verschiebt sie nach vorn). Jeder behält seine Uhrzeit; Beiträge, die nicht verschoben werden können, werden übersprungen, und die Meldung sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkDialogs.cpp" line="32"/>
        <source> day(s)</source>
        <translation> Tag(e)</translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkDialogs.cpp" line="33"/>
        <source>Days to move by</source>
        <translation>Tage, um die verschoben wird</translation>
    </message>
    <message>
        <location filename="../ui/actions/BulkDialogs.cpp" line="34"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>tokdeck::Outbox</name>
    <message>
        <location filename="../app/publish/Outbox.cpp" line="161"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../app/publish/Outbox.cpp" line="162"/>
        <source>The post was not changed: it is now &quot;%1&quot; (changed elsewhere, for example by another Tokdeck window or tokdeck-cli).</source>
        <translation>Der Beitrag wurde nicht geändert: Er ist jetzt „%1“ (anderweitig geändert, zum Beispiel in einem anderen Tokdeck-Fenster oder durch tokdeck-cli).</translation>
    </message>
</context>
<context>
    <name>tokdeck::OutboxRun</name>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="141"/>
        <source>%1 is gone from %2. Put it back or remove it from the post.</source>
        <translation>%1 fehlt in %2. Legen Sie die Datei zurück oder entfernen Sie sie aus dem Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="145"/>
        <source>%1 changed on disk since it was added (%2 bytes, was %3). Add it again to check it.</source>
        <translation>%1 wurde seit dem Hinzufügen auf dem Datenträger geändert (%2 Bytes, vorher %3). Fügen Sie die Datei erneut hinzu, um sie zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="155"/>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="158"/>
        <source>%1 changed on disk since it was added. Add it again to check it.</source>
        <translation>%1 wurde seit dem Hinzufügen auf dem Datenträger geändert. Fügen Sie die Datei erneut hinzu, um sie zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="216"/>
        <location filename="../app/publish/OutboxRun.cpp" line="263"/>
        <source>Upload cancelled.</source>
        <translation>Hochladen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="335"/>
        <source>Crosspostify&apos;s rate limit was reached; Tokdeck sends it again at %1 (local time).</source>
        <translation>Das Ratenlimit von Crosspostify wurde erreicht; Tokdeck sendet den Beitrag um %1 (Ortszeit) erneut.</translation>
    </message>
</context>
<context>
    <name>tokdeck::PhonePreview</name>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="49"/>
        <source>Phone preview</source>
        <translation>Smartphone-Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="50"/>
        <source>How the post may look in TikTok&apos;s feed. Tinted areas are covered by TikTok&apos;s own buttons and text: keep important content inside the dashed frame.</source>
        <translation>So könnte der Beitrag im TikTok-Feed aussehen. Getönte Bereiche werden von den Schaltflächen und Texten von TikTok verdeckt: Halten Sie wichtige Inhalte innerhalb des gestrichelten Rahmens.</translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="170"/>
        <source> more</source>
        <translation> mehr</translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="278"/>
        <source>Add a video or images to see them here</source>
        <translation>Fügen Sie ein Video oder Bilder hinzu, um sie hier zu sehen</translation>
    </message>
</context>
<context>
    <name>tokdeck::PostActions</name>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="28"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="29"/>
        <location filename="../ui/actions/PostActions.cpp" line="186"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="30"/>
        <source>Move back to &amp;draft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="31"/>
        <location filename="../ui/actions/PostActions.cpp" line="185"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="32"/>
        <source>Mark as &amp;live…</source>
        <translation>Als live &amp;markieren…</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="33"/>
        <source>Mark as &amp;failed on TikTok…</source>
        <translation>Als auf TikTok fehl&amp;geschlagen markieren…</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="41"/>
        <source>Move the selected posts by a number of days, keeping their times (Ctrl+Z moves them back).</source>
        <translation>Die ausgewählten Beiträge um eine Anzahl von Tagen verschieben, mit ihren Uhrzeiten (Strg+Z verschiebt sie zurück).</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="44"/>
        <source>Choose the accounts the selected posts go to.</source>
        <translation>Die Konten wählen, an die die ausgewählten Beiträge gehen.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="46"/>
        <source>Give each selected post the next free posting slot of its first account.</source>
        <translation>Jedem ausgewählten Beitrag das nächste freie Zeitfenster seines ersten Kontos geben.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="53"/>
        <source>Move each selected post to the next free posting slot of its first account after its time (Ctrl+Z moves it back).</source>
        <translation>Jeden ausgewählten Beitrag in das nächste freie Zeitfenster seines ersten Kontos nach seinem Zeitpunkt verschieben (Strg+Z verschiebt ihn zurück).</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="58"/>
        <source>Open the post in the composer.</source>
        <translation>Den Beitrag im Editor öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="60"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="61"/>
        <source>Make a new draft with the same content and files.</source>
        <translation>Einen neuen Entwurf mit demselben Inhalt und denselben Dateien anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="64"/>
        <source>Keep a ready or failed post here as a draft instead of handing it to Crosspostify.</source>
        <translation>Einen bereiten oder fehlgeschlagenen Beitrag hier als Entwurf behalten, statt ihn an Crosspostify zu übergeben.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="68"/>
        <source>Delete the post (Ctrl+Z brings it back).</source>
        <translation>Den Beitrag löschen (Strg+Z holt ihn zurück).</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="70"/>
        <source>You saw it on TikTok: paste its link. Tokdeck cannot see TikTok, so it never says a post is live on its own.</source>
        <translation>Sie haben ihn auf TikTok gesehen: Fügen Sie seinen Link ein. Tokdeck kann TikTok nicht sehen und meldet daher nie von selbst, dass ein Beitrag live ist.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="73"/>
        <source>It did not appear on TikTok: say why, then move it back to draft to fix it and send it again.</source>
        <translation>Er ist nicht auf TikTok erschienen: Geben Sie den Grund an und machen Sie ihn dann wieder zum Entwurf, um ihn zu korrigieren und erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="185"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="187"/>
        <source>Mo&amp;ve by days…</source>
        <translation>Um Tage &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="188"/>
        <source>C&amp;hange accounts…</source>
        <translation>&amp;Konten ändern…</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="189"/>
        <source>Re-slot into the &amp;queue</source>
        <translation>Neu in die &amp;Warteschlange einreihen</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="190"/>
        <source>Move to &amp;next slot</source>
        <translation>Ins &amp;nächste Zeitfenster verschieben</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="206"/>
        <source>D&amp;uplicate %1 posts</source>
        <translation>%1 Beiträge &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="207"/>
        <source>&amp;Delete %1 posts</source>
        <translation>%1 Beiträge &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="208"/>
        <source>Mo&amp;ve %1 posts by days…</source>
        <translation>%1 Beiträge um Tage &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="209"/>
        <source>C&amp;hange accounts of %1 posts…</source>
        <translation>&amp;Konten von %1 Beiträgen ändern…</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="210"/>
        <source>Re-slot %1 posts into the &amp;queue</source>
        <translation>%1 Beiträge neu in die &amp;Warteschlange einreihen</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="211"/>
        <source>Move %1 posts to the &amp;next slot</source>
        <translation>%1 Beiträge ins &amp;nächste Zeitfenster verschieben</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="218"/>
        <source>post %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="235"/>
        <source>Duplicated as a new draft: %1. Edit it in the composer, then publish it.</source>
        <translation>Als neuer Entwurf dupliziert: %1. Bearbeiten Sie ihn im Editor und veröffentlichen Sie ihn dann.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="254"/>
        <source>%1 is a draft again: it stays here until you publish it.</source>
        <translation>%1 ist wieder ein Entwurf: Er bleibt hier, bis Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="257"/>
        <source>%1 could not go back to draft: it is &quot;%2&quot; now. Only a ready or failed post can; one with Crosspostify is changed in the Crosspostify dashboard.</source>
        <translation>%1 konnte nicht wieder zum Entwurf werden: Sein Status ist jetzt „%2“. Das geht nur bei bereiten oder fehlgeschlagenen Beiträgen; einen Beitrag bei Crosspostify ändern Sie im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="263"/>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="276"/>
        <source>%1 is being sent right now and cannot be deleted. Cancel its upload, or wait until it is scheduled or has failed.</source>
        <translation>%1 wird gerade gesendet und kann nicht gelöscht werden. Brechen Sie das Hochladen ab oder warten Sie, bis der Beitrag geplant oder fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="290"/>
        <source>%1 is back, as a new post.</source>
        <translation>%1 ist wieder da, als neuer Beitrag.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="291"/>
        <source>Deleted %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 gelöscht. Rückgängig (Strg+Z) holt den Beitrag zurück.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="300"/>
        <source>Post already with Crosspostify</source>
        <translation>Beitrag liegt bereits bei Crosspostify</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="301"/>
        <source>%1 is already with Crosspostify (&quot;%2&quot;), and Tokdeck cannot delete it there: remove it in the Crosspostify dashboard.

&quot;Forget it here&quot; only removes it from Tokdeck; this cannot be undone.</source>
        <translation>%1 liegt bereits bei Crosspostify („%2“), und Tokdeck kann den Beitrag dort nicht löschen: Entfernen Sie ihn im Crosspostify-Dashboard.

„Hier vergessen“ entfernt ihn nur aus Tokdeck; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="306"/>
        <source>Forget it here</source>
        <translation>Hier vergessen</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="315"/>
        <source>Tokdeck forgot %1; Crosspostify still has it.</source>
        <translation>Tokdeck hat %1 vergessen; bei Crosspostify ist der Beitrag noch vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="324"/>
        <source>Paste the link of %1 on TikTok (Share → Copy link):</source>
        <translation>Fügen Sie den Link von %1 auf TikTok ein (Teilen → Link kopieren):</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="327"/>
        <source>Mark as live on TikTok</source>
        <translation>Als live auf TikTok markieren</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="335"/>
        <source>&quot;%1&quot; is not a TikTok link. Paste an https://www.tiktok.com/… address (Share → Copy link in TikTok):</source>
        <translation>„%1“ ist kein TikTok-Link. Fügen Sie eine Adresse https://www.tiktok.com/… ein (in TikTok: Teilen → Link kopieren):</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="347"/>
        <source>Mark as failed on TikTok</source>
        <translation>Als auf TikTok fehlgeschlagen markieren</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="348"/>
        <source>Why did %1 not appear on TikTok? (for example: removed for music rights)</source>
        <translation>Warum ist %1 nicht auf TikTok erschienen? (zum Beispiel: wegen Musikrechten entfernt)</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="354"/>
        <source>No reason given.</source>
        <translation>Kein Grund angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="371"/>
        <source>%1 is marked live on TikTok.</source>
        <translation>%1 ist als live auf TikTok markiert.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="372"/>
        <source>%1 is marked failed on TikTok. Move it back to draft to fix it and send it again.</source>
        <translation>%1 ist als auf TikTok fehlgeschlagen markiert. Machen Sie ihn wieder zum Entwurf, um ihn zu korrigieren und erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="377"/>
        <source>%1 was not changed: it is &quot;%2&quot; now (changed elsewhere).</source>
        <translation>%1 wurde nicht geändert: Er ist jetzt „%2“ (anderweitig geändert).</translation>
    </message>
    <message>
        <location filename="../ui/actions/PostActions.cpp" line="381"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>tokdeck::PostListModel</name>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="19"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="21"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="23"/>
        <source>Slideshow</source>
        <translation>Diashow</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="155"/>
        <source>%1 · no caption yet</source>
        <translation>%1 · noch keine Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="157"/>
        <source>(no caption yet)</source>
        <translation>(noch keine Beschreibung)</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="162"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="163"/>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="184"/>
        <source>%1
No account chosen yet</source>
        <translation>%1
Noch kein Konto gewählt</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="185"/>
        <source>%1
To %2</source>
        <translation>%1
An %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="191"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>tokdeck::PostNotifier</name>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="30"/>
        <source>A post without caption</source>
        <translation>Ein Beitrag ohne Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="34"/>
        <source>“%1”</source>
        <extracomment>A post named by the first words of its caption, in quotes.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="74"/>
        <source>its time</source>
        <translation>geplanten Termin</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="90"/>
        <source>A post failed</source>
        <translation>Ein Beitrag ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="91"/>
        <source>%1 was not posted: %2 Open it in Tokdeck to fix it and send it again.</source>
        <translation>%1 wurde nicht veröffentlicht: %2 Öffnen Sie den Beitrag in Tokdeck, um ihn zu korrigieren und erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="86"/>
        <location filename="../ui/notifications/PostNotifier.cpp" line="92"/>
        <source>no reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="69"/>
        <location filename="../ui/notifications/PostNotifier.cpp" line="75"/>
        <source>Handed to Crosspostify</source>
        <translation>An Crosspostify übergeben</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="70"/>
        <source>%1 was handed over; Tokdeck can&apos;t see TikTok — check it there.</source>
        <translation>%1 wurde übergeben; Tokdeck kann TikTok nicht sehen — prüfen Sie es dort.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="76"/>
        <source>%1 is due on TikTok at %2.</source>
        <translation>%1 ist um %2 auf TikTok fällig.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="79"/>
        <source>Live on TikTok</source>
        <translation>Live auf TikTok</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="80"/>
        <source>%1 is live on TikTok, as you marked it.</source>
        <translation>%1 ist live auf TikTok, wie Sie markiert haben.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="83"/>
        <source>Failed on TikTok</source>
        <translation>Auf TikTok fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="84"/>
        <source>%1 did not appear on TikTok: %2 Move it back to draft in Tokdeck to fix it and send it again.</source>
        <translation>%1 ist nicht auf TikTok erschienen: %2 Machen Sie ihn in Tokdeck wieder zum Entwurf, um ihn zu korrigieren und erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="96"/>
        <source>A post needs attention</source>
        <translation>Ein Beitrag braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="97"/>
        <source>%1 may or may not have been published: %2 Check TikTok, then choose in Tokdeck.</source>
        <translation>%1 wurde möglicherweise veröffentlicht, vielleicht aber auch nicht: %2 Prüfen Sie TikTok und entscheiden Sie dann in Tokdeck.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="161"/>
        <source>Tokdeck</source>
        <translation>Tokdeck</translation>
    </message>
</context>
<context>
    <name>tokdeck::QueueButton</name>
    <message>
        <location filename="../ui/compose/QueueButton.cpp" line="16"/>
        <source>Add to &amp;queue</source>
        <translation>In die &amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/compose/QueueButton.cpp" line="22"/>
        <source>Schedule the post in the next free posting slot of its first account (set the slots with tokdeck-cli slots set).</source>
        <translation>Den Beitrag im nächsten freien Zeitfenster seines ersten Kontos planen (die Zeitfenster legen Sie mit tokdeck-cli slots set fest).</translation>
    </message>
    <message>
        <location filename="../ui/compose/QueueButton.cpp" line="35"/>
        <source>Choose at least one account, then add the post to the queue.</source>
        <translation>Wählen Sie mindestens ein Konto und stellen Sie den Beitrag dann in die Warteschlange.</translation>
    </message>
    <message>
        <location filename="../ui/compose/QueueButton.cpp" line="50"/>
        <source>The posting slots could not be read (%1).</source>
        <translation>Die Zeitfenster konnten nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>tokdeck::Reconnect</name>
    <message>
        <location filename="../app/storage/Reconnect.cpp" line="30"/>
        <source>the team calendar on %1 cannot be reached; Tokdeck keeps trying to reconnect.</source>
        <translation>Der Teamkalender auf %1 ist nicht erreichbar; Tokdeck versucht weiter, die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Reconnect.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tokdeck::RecoveryBanner</name>
    <message>
        <location filename="../ui/team/RecoveryBanner.cpp" line="24"/>
        <source>Kept edit</source>
        <translation>Aufbewahrte Änderung</translation>
    </message>
    <message>
        <location filename="../ui/team/RecoveryBanner.cpp" line="28"/>
        <source>Restore as a draft</source>
        <translation>Als Entwurf wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/team/RecoveryBanner.cpp" line="30"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/team/RecoveryBanner.cpp" line="51"/>
        <source>An edit that could not be saved to the team calendar was kept on this computer.</source>
        <translation>Eine Änderung, die nicht im Teamkalender gespeichert werden konnte, wurde auf diesem Computer aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/team/RecoveryBanner.cpp" line="53"/>
        <source>An edit that could not be saved to the team calendar was kept on this computer: “%1”.</source>
        <translation>Eine Änderung, die nicht im Teamkalender gespeichert werden konnte, wurde auf diesem Computer aufbewahrt: „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/team/RecoveryBanner.cpp" line="74"/>
        <source>The kept edit could not be restored: %1 It stays on this computer; try again when the team calendar answers.</source>
        <translation>Die aufbewahrte Änderung konnte nicht wiederhergestellt werden: %1 Sie bleibt auf diesem Computer; versuchen Sie es erneut, wenn der Teamkalender antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/team/RecoveryBanner.cpp" line="80"/>
        <source>The kept edit is restored as a new draft.</source>
        <translation>Die aufbewahrte Änderung ist als neuer Entwurf wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>tokdeck::RepeatDialog</name>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="36"/>
        <source>&amp;Posts in all:</source>
        <translation>Beiträge &amp;insgesamt:</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="38"/>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="44"/>
        <location filename="../ui/compose/RepeatDialog.cpp" line="195"/>
        <location filename="../ui/compose/RepeatDialog.cpp" line="207"/>
        <source>Repeat post</source>
        <translation>Beitrag wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="49"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="50"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="65"/>
        <source>Resulting times</source>
        <translation>Sich ergebende Zeitpunkte</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="77"/>
        <source>&amp;Every:</source>
        <translation>A&amp;lle:</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="85"/>
        <source>Posts (times in %1):</source>
        <translation>Beiträge (Zeiten in %1):</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="140"/>
        <source>Give the post a date first: the series repeats it from there.</source>
        <translation>Geben Sie dem Beitrag zuerst ein Datum: Die Serie wiederholt ihn von dort aus.</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="149"/>
        <source>%1 (this post)</source>
        <translation>%1 (dieser Beitrag)</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="153"/>
        <source>The rule ends before a second post; pick a later date or more posts.</source>
        <translation>Die Regel endet vor einem zweiten Beitrag; wählen Sie ein späteres Datum oder mehr Beiträge.</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="174"/>
        <source>The posts were not made: %1</source>
        <translation>Die Beiträge wurden nicht angelegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="178"/>
        <source>No post was made: %1</source>
        <translation>Es wurde kein Beitrag angelegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="189"/>
        <source>&amp;Repeat…</source>
        <translation>Wieder&amp;holen…</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="191"/>
        <source>Make more posts like this one: every N days or weeks</source>
        <translation>Weitere Beiträge wie diesen anlegen: alle N Tage oder Wochen</translation>
    </message>
    <message>
        <location filename="../ui/compose/RepeatDialog.cpp" line="196"/>
        <source>Save the post with a date first: the series repeats it from that date and time.</source>
        <translation>Speichern Sie den Beitrag zuerst mit einem Datum: Die Serie wiederholt ihn ab diesem Datum und dieser Uhrzeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/RepeatDialog.cpp" line="208"/>
        <source>%n post(s) made. Left out:</source>
        <translation>
            <numerusform>%n Beitrag angelegt. Ausgelassen:</numerusform>
            <numerusform>%n Beiträge angelegt. Ausgelassen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::ReviewActions</name>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="24"/>
        <source>Submit for &amp;review</source>
        <translation>Zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="25"/>
        <source>A&amp;pprove</source>
        <translation>Freige&amp;ben</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="26"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="27"/>
        <source>&amp;Withdraw from review</source>
        <translation>Aus der Prüfung &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="28"/>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Statusprotokoll…</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="31"/>
        <source>Ask an approver of your team to approve this draft; it is locked for editing meanwhile.</source>
        <translation>Eine freigabeberechtigte Person Ihres Teams bitten, diesen Entwurf freizugeben; er ist währenddessen für die Bearbeitung gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="34"/>
        <source>Approve the post: it becomes ready and is sent at its time (approvers only).</source>
        <translation>Den Beitrag freigeben: Er wird bereit und zu seiner Zeit gesendet (nur für Freigabeberechtigte).</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="37"/>
        <source>Send the post back to its editor as a draft, saying why.</source>
        <translation>Den Beitrag mit einer Begründung als Entwurf an die bearbeitende Person zurückgeben.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="39"/>
        <source>Take the post out of review to edit it again.</source>
        <translation>Den Beitrag aus der Prüfung nehmen, um ihn wieder zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="41"/>
        <source>Who changed this post&apos;s state, when, and why.</source>
        <translation>Wer den Status dieses Beitrags wann und warum geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="105"/>
        <source>Post %1 is in review: an approver of your team decides on it.</source>
        <translation>Beitrag %1 ist in Prüfung: Eine freigabeberechtigte Person Ihres Teams entscheidet darüber.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="109"/>
        <source>Post %1 is approved and ready to send.</source>
        <translation>Beitrag %1 ist freigegeben und bereit zum Senden.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="110"/>
        <source>Post %1 is a draft again.</source>
        <translation>Beitrag %1 ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="112"/>
        <source>Post %1 was not changed: %2</source>
        <translation>Beitrag %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="114"/>
        <source>Post %1 was not changed: it is &quot;%2&quot; now, not &quot;%3&quot;.</source>
        <translation>Beitrag %1 wurde nicht geändert: Er ist jetzt „%2“, nicht „%3“.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="118"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="130"/>
        <source>Reject post %1</source>
        <translation>Beitrag %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="131"/>
        <source>Why? Its editor reads this in the audit trail (for example: the title promises a date we cannot keep).</source>
        <translation>Warum? Wer den Beitrag bearbeitet, liest das im Statusprotokoll (zum Beispiel: Der Titel verspricht einen Termin, den wir nicht halten können).</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="139"/>
        <source>Post %1 was not rejected: say why, so its editor knows what to fix.</source>
        <translation>Beitrag %1 wurde nicht abgelehnt: Geben Sie einen Grund an, damit die bearbeitende Person weiß, was zu korrigieren ist.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="149"/>
        <source>No state changes recorded yet.</source>
        <translation>Noch keine Statusänderungen aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="152"/>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="157"/>
        <source> — “%1”</source>
        <translation> — „%1“</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="174"/>
        <source>Audit trail of post %1</source>
        <translation>Statusprotokoll von Beitrag %1</translation>
    </message>
    <message>
        <location filename="../ui/actions/ReviewActions.cpp" line="175"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>tokdeck::SandboxBanner</name>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="23"/>
        <source>Connect a real key…</source>
        <translation>Echten Schlüssel verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="26"/>
        <source>Connection warning</source>
        <translation>Verbindungswarnung</translation>
    </message>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="32"/>
        <source>Paste your Crosspostify API key to post to TikTok for real.</source>
        <translation>Fügen Sie Ihren Crosspostify-API-Schlüssel ein, um wirklich auf TikTok zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="47"/>
        <source>the built-in sandbox</source>
        <translation>die eingebaute Sandbox</translation>
    </message>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="49"/>
        <source>a local test server at %1:%2</source>
        <translation>ein lokaler Testserver unter %1:%2</translation>
    </message>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="50"/>
        <source>Crosspostify (%1)</source>
        <translation>Crosspostify (%1)</translation>
    </message>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="74"/>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; nothing is posted to TikTok. Posts and uploads go to Tokdeck&apos;s built-in stand-in of Crosspostify.</source>
        <translation>&lt;b&gt;Sandbox:&lt;/b&gt; Nichts wird auf TikTok veröffentlicht. Beiträge und Uploads gehen an die eingebaute Nachbildung von Crosspostify in Tokdeck.</translation>
    </message>
    <message>
        <location filename="../ui/connection/SandboxBanner.cpp" line="77"/>
        <source>&lt;b&gt;Not Crosspostify:&lt;/b&gt; connected to %1; nothing is posted to TikTok.</source>
        <translation>&lt;b&gt;Nicht Crosspostify:&lt;/b&gt; verbunden mit %1; nichts wird auf TikTok veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>tokdeck::ScheduleExchange</name>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="68"/>
        <source>Export schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="71"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="96"/>
        <source>%1 could not be written (%2). Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="102"/>
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n Beitrag nach %1 exportiert.</numerusform>
            <numerusform>%n Beiträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="111"/>
        <source>Import posts from CSV</source>
        <translation>Beiträge aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="112"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="143"/>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="227"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="158"/>
        <source>Import posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="159"/>
        <source>%n row(s) can become posts.</source>
        <translation>
            <numerusform>%n Zeile kann zu einem Beitrag werden.</numerusform>
            <numerusform>%n Zeilen können zu Beiträgen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="160"/>
        <source>No row of this file can become a post.</source>
        <translation>Keine Zeile dieser Datei kann zu einem Beitrag werden.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="167"/>
        <source>Create drafts to finish them in the composer, or schedule them too: the outbox then sends each one at its time (rows without a time right away).</source>
        <translation>Erstellen Sie Entwürfe, um sie im Editor fertigzustellen, oder planen Sie sie gleich mit: Der Postausgang sendet dann jeden Beitrag zu seiner Zeit (Zeilen ohne Zeit sofort).</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="180"/>
        <source>Create &amp;drafts</source>
        <translation>&amp;Entwürfe erstellen</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="182"/>
        <source>Create and &amp;schedule</source>
        <translation>Erstellen und &amp;planen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="205"/>
        <source>No post created: %n row(s) refused.</source>
        <translation>
            <numerusform>Kein Beitrag erstellt: %n Zeile abgelehnt.</numerusform>
            <numerusform>Kein Beitrag erstellt: %n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="238"/>
        <source>%n post(s) from the CSV handed to the outbox; each is sent at its time.</source>
        <translation>
            <numerusform>%n Beitrag aus der CSV-Datei an den Postausgang übergeben; er wird zu seiner Zeit gesendet.</numerusform>
            <numerusform>%n Beiträge aus der CSV-Datei an den Postausgang übergeben; jeder wird zu seiner Zeit gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="243"/>
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="173"/>
        <source>%n row(s) were refused; see the details.</source>
        <translation>
            <numerusform>%n Zeile wurde abgelehnt; siehe Details.</numerusform>
            <numerusform>%n Zeilen wurden abgelehnt; siehe Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="240"/>
        <source>%n draft(s) created from the CSV.</source>
        <translation>
            <numerusform>%n Entwurf aus der CSV-Datei erstellt.</numerusform>
            <numerusform>%n Entwürfe aus der CSV-Datei erstellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::SchedulePicker</name>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="53"/>
        <source>%1 today</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="55"/>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="56"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="84"/>
        <source>Post &amp;now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="85"/>
        <source>Schedu&amp;le</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="89"/>
        <source>In &amp;1 hour</source>
        <translation>In &amp;1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="90"/>
        <source>Tomorro&amp;w %1</source>
        <translation>Mor&amp;gen %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="96"/>
        <source>Send the post to Crosspostify as soon as it is ready.</source>
        <translation>Den Beitrag an Crosspostify senden, sobald er bereit ist.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="98"/>
        <source>Publish at a date and time: at least 10 minutes ahead.</source>
        <translation>Zu einem bestimmten Datum und einer Uhrzeit veröffentlichen: mindestens 10 Minuten im Voraus.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="102"/>
        <source>Scheduled date and time (local time)</source>
        <translation>Geplantes Datum und Uhrzeit (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="108"/>
        <source>Scheduled time in UTC</source>
        <translation>Geplante Zeit in UTC</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="115"/>
        <source>Schedule one hour from now.</source>
        <translation>In einer Stunde planen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="117"/>
        <source>Schedule tomorrow morning at 9:00 local time.</source>
        <translation>Für morgen früh um 9:00 Uhr Ortszeit planen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="120"/>
        <source>Schedule check</source>
        <translation>Prüfung des Zeitplans</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="124"/>
        <source>When Tokdeck hands the post to Crosspostify</source>
        <translation>Wann Tokdeck den Beitrag an Crosspostify übergibt</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="127"/>
        <source>Hand over to Crosspostify now (locks the post)</source>
        <translation>Jetzt an Crosspostify übergeben (sperrt den Beitrag)</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="130"/>
        <source>Crosspostify keeps the post from now on; change it in the Crosspostify dashboard.</source>
        <translation>Ab jetzt verwaltet Crosspostify den Beitrag; ändern Sie ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="133"/>
        <source>Keep editable in Tokdeck until an hour before (Tokdeck or `tokdeck-cli outbox run` must be running)</source>
        <translation>In Tokdeck bis eine Stunde vorher bearbeitbar lassen (Tokdeck oder `tokdeck-cli outbox run` muss laufen)</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="137"/>
        <source>You can still edit or move the post; Tokdeck sends it an hour before its time.</source>
        <translation>Sie können den Beitrag weiterhin bearbeiten oder verschieben; Tokdeck sendet ihn eine Stunde vor seinem Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="139"/>
        <source>Han&amp;d over:</source>
        <translation>Übe&amp;rgabe:</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="270"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="271"/>
        <source>Sent to Crosspostify as %1 (UTC).</source>
        <translation>Wird als %1 (UTC) an Crosspostify gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="279"/>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="280"/>
        <source>&quot;%1&quot; is not a date and time Tokdeck can read, so the schedule stays at %2. Type a date and time the same way.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit, das Tokdeck lesen kann, daher bleibt der Zeitplan bei %2. Geben Sie Datum und Uhrzeit im gleichen Format ein.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="290"/>
        <source>Held locally: %1</source>
        <translation>Lokal zurückgehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="299"/>
        <source>Choose &quot;Schedule&quot; to pick a date and time.</source>
        <translation>Wählen Sie „Planen“, um Datum und Uhrzeit festzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="312"/>
        <source>From %1 to %2; further out is kept on this computer and handed over later.</source>
        <translation>Von %1 bis %2; was weiter in der Zukunft liegt, wird auf diesem Computer zurückgehalten und später übergeben.</translation>
    </message>
</context>
<context>
    <name>tokdeck::SingleInstance</name>
    <message>
        <location filename="../ui/app/SingleInstance.cpp" line="104"/>
        <source>Tokdeck cannot create its data folder %1. Check that you may write there, or set TOKDECK_DATA_DIR to another folder.</source>
        <translation>Tokdeck kann seinen Datenordner %1 nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen, oder setzen Sie TOKDECK_DATA_DIR auf einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/app/SingleInstance.cpp" line="116"/>
        <source>Tokdeck cannot create the lock file %1. Check that you may write to the data folder.</source>
        <translation>Tokdeck kann die Sperrdatei %1 nicht anlegen. Prüfen Sie, ob Sie in den Datenordner schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/app/SingleInstance.cpp" line="127"/>
        <source>Another Tokdeck holds the data folder %1 but does not answer. Close it and start Tokdeck again.</source>
        <translation>Eine andere Tokdeck-Instanz belegt den Datenordner %1, antwortet aber nicht. Schließen Sie sie und starten Sie Tokdeck erneut.</translation>
    </message>
    <message>
        <location filename="../ui/app/SingleInstance.cpp" line="140"/>
        <source>Tokdeck cannot listen for later starts on %1: %2. Close other Tokdeck windows and start it again.</source>
        <translation>Tokdeck kann auf %1 nicht auf spätere Starts warten: %2. Schließen Sie andere Tokdeck-Fenster und starten Sie Tokdeck erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/SingleInstance.cpp" line="158"/>
        <source>%n files are too many to hand over to the running Tokdeck (at most %1). Drop their folder on its window instead.</source>
        <translation>
            <numerusform>%n Datei ist zu viel, um sie an die laufende Tokdeck-Instanz zu übergeben (höchstens %1). Ziehen Sie stattdessen ihren Ordner auf deren Fenster.</numerusform>
            <numerusform>%n Dateien sind zu viele, um sie an die laufende Tokdeck-Instanz zu übergeben (höchstens %1). Ziehen Sie stattdessen ihren Ordner auf deren Fenster.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/SingleInstance.cpp" line="165"/>
        <source>The file names are too long to hand over to the running Tokdeck. Drop the files on its window instead.</source>
        <translation>Die Dateinamen sind zu lang, um sie an die laufende Tokdeck-Instanz zu übergeben. Ziehen Sie die Dateien stattdessen auf deren Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/app/SingleInstance.cpp" line="188"/>
        <source>The running Tokdeck for %1 did not answer in time. It may be busy: try again in a moment, or close it and start again.</source>
        <translation>Die laufende Tokdeck-Instanz für %1 hat nicht rechtzeitig geantwortet. Sie ist möglicherweise beschäftigt: Versuchen Sie es gleich noch einmal, oder schließen Sie sie und starten Sie Tokdeck erneut.</translation>
    </message>
    <message>
        <location filename="../ui/app/SingleInstance.cpp" line="216"/>
        <source>The running Tokdeck did not understand this start. Use the same Tokdeck version for both.</source>
        <translation>Die laufende Tokdeck-Instanz hat diesen Start nicht verstanden. Verwenden Sie für beide dieselbe Tokdeck-Version.</translation>
    </message>
</context>
<context>
    <name>tokdeck::StaggerButton</name>
    <message>
        <location filename="../ui/compose/StaggerButton.cpp" line="19"/>
        <source>Sta&amp;gger the accounts</source>
        <translation>Konten &amp;staffeln</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/StaggerButton.cpp" line="24"/>
        <source>Make one post per account, each %n hour(s) after the one before, so TikTok does not see the same content at once.</source>
        <translation>
            <numerusform>Einen Beitrag pro Konto anlegen, jeden %n Stunde nach dem vorigen, damit TikTok nicht gleichzeitig denselben Inhalt sieht.</numerusform>
            <numerusform>Einen Beitrag pro Konto anlegen, jeden %n Stunden nach dem vorigen, damit TikTok nicht gleichzeitig denselben Inhalt sieht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/StaggerButton.cpp" line="63"/>
        <source>Split into %n post(s), one per account, an hour apart.</source>
        <translation>
            <numerusform>In %n Beitrag aufteilen, einen pro Konto, eine Stunde auseinander.</numerusform>
            <numerusform>In %n Beiträge aufteilen, einen pro Konto, eine Stunde auseinander.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::TeamBanner</name>
    <message>
        <location filename="../ui/team/TeamBanner.cpp" line="18"/>
        <source>Team calendar unreachable</source>
        <translation>Teamkalender nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/team/TeamBanner.cpp" line="22"/>
        <source>The team calendar on %1 is unreachable. Your edits are kept on this computer and saved when it is back.</source>
        <translation>Der Teamkalender auf %1 ist nicht erreichbar. Ihre Änderungen werden auf diesem Computer aufbewahrt und gespeichert, sobald er wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>tokdeck::TranscodeJob</name>
    <message>
        <location filename="../app/transcode/TranscodeJob.cpp" line="68"/>
        <source>%1 needs no fix.</source>
        <translation>%1 muss nicht korrigiert werden.</translation>
    </message>
    <message>
        <location filename="../app/transcode/TranscodeJob.cpp" line="70"/>
        <source>The fixed copy of %1 would be written next to the original. Choose another folder for fixed copies.</source>
        <translation>Die korrigierte Kopie von %1 würde neben das Original geschrieben. Wählen Sie einen anderen Ordner für korrigierte Kopien.</translation>
    </message>
    <message>
        <location filename="../app/transcode/TranscodeJob.cpp" line="119"/>
        <source>The folder for fixed copies, %1, could not be created. Check its permissions.</source>
        <translation>Der Ordner für korrigierte Kopien, %1, konnte nicht angelegt werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../app/transcode/TranscodeJob.cpp" line="134"/>
        <source>%1 could not be converted (%2). Export it again as MP4 (H.264) and add it again.</source>
        <translation>%1 konnte nicht umgewandelt werden (%2). Exportieren Sie die Datei erneut als MP4 (H.264) und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/transcode/TranscodeJob.cpp" line="154"/>
        <source>The fixed copy of %1 could not be saved in %2. Check free space and permissions.</source>
        <translation>Die korrigierte Kopie von %1 konnte nicht in %2 gespeichert werden. Prüfen Sie den freien Speicherplatz und die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../app/transcode/TranscodeJob.cpp" line="187"/>
        <source>%1 could not be compressed under %2 MB. Trim it, then fix it again.</source>
        <translation>%1 konnte nicht auf unter %2 MB komprimiert werden. Kürzen Sie die Datei und korrigieren Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadProgressDelegate</name>
    <message>
        <location filename="../ui/queue/UploadProgressDelegate.cpp" line="269"/>
        <source>Cancel uploading %1</source>
        <translation>Hochladen von %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadProgressDelegate.cpp" line="270"/>
        <source>Retry uploading %1</source>
        <translation>%1 erneut hochladen</translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadQueue</name>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="165"/>
        <source>Fixed copy of %1</source>
        <translation>Korrigierte Kopie von %1</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="169"/>
        <source>%1 could not be read (%2). Check that the file is still there and readable, then add it again.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Prüfen Sie, ob die Datei noch da und lesbar ist, und fügen Sie sie dann erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="174"/>
        <source>%1 is not a video or image TikTok accepts (MP4, MOV, JPEG, PNG). Convert it, or turn on &quot;Fix what can be fixed&quot;, then add it again.</source>
        <translation>%1 ist kein Video und kein Bild, das TikTok annimmt (MP4, MOV, JPEG, PNG). Wandeln Sie die Datei um oder schalten Sie „Korrigieren, was sich korrigieren lässt“ ein, und fügen Sie sie dann erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="185"/>
        <source>Same content as %1, already in the queue.</source>
        <translation>Gleicher Inhalt wie %1, bereits in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="225"/>
        <source>Already uploaded earlier; the new draft reuses it.</source>
        <translation>Bereits früher hochgeladen; der neue Entwurf verwendet die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="266"/>
        <location filename="../app/publish/UploadQueue.cpp" line="342"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="282"/>
        <source>The upload could not be recorded.</source>
        <translation>Das Hochladen konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadQueuePanel</name>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="35"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="37"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="39"/>
        <source>%1 % · %2/s</source>
        <translation>%1 % · %2/s</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="43"/>
        <source>uploaded · draft ready for a caption</source>
        <translation>hochgeladen · Entwurf bereit für eine Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="45"/>
        <source>duplicate: %1</source>
        <translation>Duplikat: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="49"/>
        <source>cannot be uploaded: %1</source>
        <translation>kann nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="50"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="52"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="65"/>
        <source>Cancel &amp;upload</source>
        <translation>Hochladen abbreche&amp;n</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="66"/>
        <source>Retr&amp;y upload</source>
        <translation>Erneut hoch&amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="67"/>
        <source>Apply to selected…</source>
        <translation>Auf Auswahl anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="72"/>
        <source>Upload queue</source>
        <translation>Warteschlange zum Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="83"/>
        <source>Cancel the upload of the selected file</source>
        <translation>Das Hochladen der ausgewählten Datei abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="85"/>
        <source>Upload the selected file again</source>
        <translation>Die ausgewählte Datei erneut hochladen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="87"/>
        <source>Set one caption, schedule or accounts on the drafts of all the selected files (select several with Shift or Ctrl)</source>
        <translation>Eine Beschreibung, einen Zeitplan oder Konten für die Entwürfe aller ausgewählten Dateien festlegen (mehrere wählen Sie mit Umschalt oder Strg aus)</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="94"/>
        <source>&lt;b&gt;Uploads&lt;/b&gt; (drop several videos or a folder on the window); double-click a file to open its draft</source>
        <translation>&lt;b&gt;Hochladen&lt;/b&gt; (mehrere Videos oder einen Ordner auf das Fenster ziehen); Doppelklick auf eine Datei öffnet ihren Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="99"/>
        <source>Fix what can be fixed</source>
        <translation>Korrigieren, was sich korrigieren lässt</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="101"/>
        <source>Before a file becomes a draft, make a fixed copy in Tokdeck&apos;s data folder of what TikTok would refuse (MOV, HDR, too large, HEIC); the originals stay as they are</source>
        <translation>Bevor eine Datei zum Entwurf wird, im Datenordner von Tokdeck eine korrigierte Kopie von dem anlegen, was TikTok ablehnen würde (MOV, HDR, zu groß, HEIC); die Originale bleiben, wie sie sind</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="154"/>
        <source>Upload several videos</source>
        <translation>Mehrere Videos hochladen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="156"/>
        <source>Videos and images (*.mp4 *.mov *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Videos und Bilder (*.mp4 *.mov *.jpg *.jpeg *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="160"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="196"/>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="199"/>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="202"/>
        <source>Changed %n draft(s).</source>
        <translation>
            <numerusform>%n Entwurf geändert.</numerusform>
            <numerusform>%n Entwürfe geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="204"/>
        <source>%n skipped: not a draft any more (published, being sent or deleted meanwhile).</source>
        <translation>
            <numerusform>%n übersprungen: kein Entwurf mehr (inzwischen veröffentlicht, wird gesendet oder gelöscht).</numerusform>
            <numerusform>%n übersprungen: keine Entwürfe mehr (inzwischen veröffentlicht, werden gesendet oder gelöscht).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::VersionHistoryDialog</name>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="37"/>
        <source>(no caption or title)</source>
        <translation>(keine Beschreibung und kein Titel)</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="58"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="90"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="93"/>
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="95"/>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="97"/>
        <source>Changes a restore would make</source>
        <translation>Änderungen, die ein Wiederherstellen vornehmen würde</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="101"/>
        <source>Put this caption and title back into the post</source>
        <translation>Diese Beschreibung und diesen Titel wieder in den Beitrag übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="107"/>
        <source>Restoring the version selected changes the current text so: struck-through text goes, underlined text comes back.</source>
        <translation>Das Wiederherstellen der ausgewählten Version ändert den aktuellen Text so: Durchgestrichener Text fällt weg, unterstrichener Text kommt zurück.</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="162"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="171"/>
        <source>No version of this post has been kept yet.</source>
        <translation>Von diesem Beitrag wurde noch keine Version aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="194"/>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="195"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="215"/>
        <source>This post is locked (being sent, or sent): its texts can no longer be restored.</source>
        <translation>Dieser Beitrag ist gesperrt (wird gesendet oder wurde gesendet): Seine Texte können nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="218"/>
        <source>This version is the current text.</source>
        <translation>Diese Version ist der aktuelle Text.</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="249"/>
        <source>Version his&amp;tory…</source>
        <translation>Ve&amp;rsionsverlauf…</translation>
    </message>
    <message>
        <location filename="../ui/compose/VersionHistoryDialog.cpp" line="251"/>
        <source>Earlier captions and titles of this post, to compare and restore</source>
        <translation>Frühere Beschreibungen und Titel dieses Beitrags, zum Vergleichen und Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>tokdeck::WeekView</name>
    <message>
        <location filename="../ui/calendar/WeekView.cpp" line="21"/>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <location filename="../ui/calendar/WeekView.cpp" line="197"/>
        <source>Free posting slot of %1 at %2: drop a post here to move it to this time.</source>
        <translation>Freies Zeitfenster von %1 um %2: Legen Sie hier einen Beitrag ab, um ihn auf diese Uhrzeit zu verschieben.</translation>
    </message>
</context>
</TS>
