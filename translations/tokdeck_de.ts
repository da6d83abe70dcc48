<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="28"/>
        <source>Crosspostify may have received this post before the connection failed (%1). Check the account on TikTok or in the Crosspostify dashboard, then mark it published or send it again.</source>
        <translation>Crosspostify hat diesen Beitrag möglicherweise erhalten, bevor die Verbindung abbrach (%1). Prüfen Sie das Konto auf TikTok oder im Crosspostify-Dashboard und markieren Sie den Beitrag dann als veröffentlicht oder senden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="39"/>
        <source> The server said: &quot;%1&quot;.</source>
        <translation> Der Server meldete: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="43"/>
        <source>The API address must start with https:// (plain http:// is allowed only for this computer). Correct it in Settings.</source>
        <translation>Die API-Adresse muss mit https:// beginnen (einfaches http:// ist nur für diesen Computer erlaubt). Korrigieren Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="46"/>
        <source>The file could not be read (%1). Check that it still exists and is readable.</source>
        <translation>Die Datei konnte nicht gelesen werden (%1). Prüfen Sie, ob sie noch existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="49"/>
        <source>Crosspostify refused the API key (HTTP %1). Paste a current key from your Crosspostify dashboard in Settings.</source>
        <translation>Crosspostify hat den API-Schlüssel abgelehnt (HTTP %1). Fügen Sie in den Einstellungen einen aktuellen Schlüssel aus Ihrem Crosspostify-Dashboard ein.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="54"/>
        <source>Crosspostify rejected the request (HTTP %1).</source>
        <translation>Crosspostify hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="55"/>
        <source> Check the post&apos;s fields and media.</source>
        <translation> Prüfen Sie die Felder und Medien des Beitrags.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="57"/>
        <source>Crosspostify does not know this address or item (HTTP 404). Check the API address in Settings.</source>
        <translation>Crosspostify kennt diese Adresse oder dieses Element nicht (HTTP 404). Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="61"/>
        <source>Crosspostify&apos;s rate limit was reached (HTTP 429). Tokdeck will wait and try again; posting fewer than 3 posts a minute per account avoids this.</source>
        <translation>Das Anfragelimit von Crosspostify wurde erreicht (HTTP 429). Tokdeck wartet und versucht es erneut; mit weniger als 3 Beiträgen pro Minute und Konto lässt sich das vermeiden.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="65"/>
        <source>Crosspostify had a server error (HTTP %1). Try again in a few minutes.</source>
        <translation>Bei Crosspostify ist ein Serverfehler aufgetreten (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="70"/>
        <source>Crosspostify answered with a redirect (HTTP %1), which Tokdeck does not follow with your key. Check the API address in Settings.</source>
        <translation>Crosspostify hat mit einer Weiterleitung geantwortet (HTTP %1), der Tokdeck mit Ihrem Schlüssel nicht folgt. Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="74"/>
        <source>Crosspostify gave an unexpected answer (HTTP %1).</source>
        <translation>Crosspostify hat unerwartet geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="76"/>
        <source>Crosspostify could not be reached (%1). Check the internet connection; Tokdeck keeps the post and tries again.</source>
        <translation>Crosspostify ist nicht erreichbar (%1). Prüfen Sie die Internetverbindung; Tokdeck behält den Beitrag und versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="80"/>
        <source>Crosspostify did not answer in time. Check the internet connection; Tokdeck keeps the post.</source>
        <translation>Crosspostify hat nicht rechtzeitig geantwortet. Prüfen Sie die Internetverbindung; Tokdeck behält den Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="83"/>
        <source>The secure connection to Crosspostify failed (%1). The network may be intercepting traffic; nothing was sent.</source>
        <translation>Die sichere Verbindung zu Crosspostify ist fehlgeschlagen (%1). Möglicherweise fängt das Netzwerk den Datenverkehr ab; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="87"/>
        <source>Crosspostify&apos;s answer could not be read (HTTP %1). Try again later.</source>
        <translation>Die Antwort von Crosspostify konnte nicht gelesen werden (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="89"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CliEnvironment</name>
    <message>
        <location filename="../app/cli/CliEnvironment.cpp" line="32"/>
        <source>API address %1: use https:// (plain http:// only for 127.0.0.1 or localhost).</source>
        <translation>API-Adresse %1: Verwenden Sie https:// (einfaches http:// nur für 127.0.0.1 oder localhost).</translation>
    </message>
</context>
<context>
    <name>ConflictRules</name>
    <message>
        <location filename="../app/rules/ConflictRules.cpp" line="30"/>
        <source>%1 posts twice within %2 minutes; TikTok may throttle or hide one.</source>
        <translation>%1 veröffentlicht zweimal innerhalb von %2 Minuten; TikTok drosselt oder verbirgt möglicherweise einen der Beiträge.</translation>
    </message>
    <message>
        <location filename="../app/rules/ConflictRules.cpp" line="42"/>
        <source>%1 has %2 posts on one day; TikTok caps around %3.</source>
        <translation>%1 hat %2 Beiträge an einem Tag; TikTok begrenzt bei etwa %3.</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../app/media/ContentHash.cpp" line="22"/>
        <source>%1 could not be opened (%2). Check that it still exists and can be read.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Prüfen Sie, ob die Datei noch existiert und lesbar ist.</translation>
    </message>
    <message>
        <location filename="../app/media/ContentHash.cpp" line="32"/>
        <source>%1 could not be read to its end (%2). Check the disk or copy the file again.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden (%2). Prüfen Sie den Datenträger oder kopieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>CsvPostImporter</name>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="48"/>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="58"/>
        <source>%1 is empty; it needs the header row media,caption,title,accounts,at,aigc.</source>
        <translation>%1 ist leer; die Datei braucht die Kopfzeile media,caption,title,accounts,at,aigc.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="73"/>
        <source>The header row lacks %1; it should read media,caption,title,accounts,at,aigc.</source>
        <translation>In der Kopfzeile fehlt %1; sie sollte media,caption,title,accounts,at,aigc lauten.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="96"/>
        <source>No such file (looked in %1).</source>
        <translation>Datei nicht gefunden (gesucht in %1).</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="107"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="107"/>
        <source>The media cell is empty; name a video or images.</source>
        <translation>Die Zelle „media“ ist leer; geben Sie ein Video oder Bilder an.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="114"/>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="115"/>
        <source>&quot;%1&quot; is not a time; use 2026-06-01T14:00:00Z or local 2026-06-01 14:00.</source>
        <translation>„%1“ ist keine Zeitangabe; verwenden Sie 2026-06-01T14:00:00Z oder lokal 2026-06-01 14:00.</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="122"/>
        <source>aigc</source>
        <translation>aigc</translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="122"/>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="67"/>
        <source>Line %1: a quoted field is never closed; add the missing &quot;.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen; ergänzen Sie das fehlende &quot;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="131"/>
        <source>The database %1 could not be switched to write-ahead logging (SQLite answered &quot;%2&quot;). Keep the data folder on a local disk.</source>
        <translation>Die Datenbank %1 konnte nicht auf Write-Ahead-Logging umgestellt werden (SQLite meldete „%2“). Legen Sie den Datenordner auf einem lokalen Datenträger ab.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="150"/>
        <source>Could not configure the database %1 (%2): %3</source>
        <translation>Die Datenbank %1 konnte nicht konfiguriert werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="156"/>
        <source>The database %1 does not enforce foreign keys (this SQLite build lacks them).</source>
        <translation>Die Datenbank %1 erzwingt keine Fremdschlüssel (diesem SQLite-Build fehlt die Unterstützung dafür).</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="181"/>
        <source>The database %1 is damaged and could not be moved aside to %2. Move it yourself, then start Tokdeck again.</source>
        <translation>Die Datenbank %1 ist beschädigt und konnte nicht nach %2 verschoben werden. Verschieben Sie sie selbst und starten Sie Tokdeck dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="205"/>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="208"/>
        <source>Could not open the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="216"/>
        <location filename="../app/storage/Database.cpp" line="251"/>
        <source>Could not read the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="239"/>
        <source>The database %1 was damaged (%2). It was kept as %3 and Tokdeck started a new, empty one. Your posts on Crosspostify are not affected.</source>
        <translation>Die Datenbank %1 war beschädigt (%2). Sie wurde als %3 aufbewahrt, und Tokdeck hat eine neue, leere Datenbank angelegt. Ihre Beiträge bei Crosspostify sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="245"/>
        <source>Could not create a new database %1: %2</source>
        <translation>Die neue Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="21"/>
        <source>export: use &quot;export ics FILE [--from DATE --to DATE]&quot;.</source>
        <translation>export: Verwenden Sie „export ics DATEI [--from DATUM --to DATUM]“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="47"/>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="50"/>
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n Beitrag nach %1 exportiert.</numerusform>
            <numerusform>%n Beiträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="58"/>
        <source>import: give the CSV file (header media,caption,title,accounts,at,aigc).</source>
        <translation>import: Geben Sie die CSV-Datei an (Kopfzeile media,caption,title,accounts,at,aigc).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="81"/>
        <source>line %1: %2%3</source>
        <translation>Zeile %1: %2%3</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="83"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="94"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="96"/>
        <source>%n post(s) queued; &quot;tokdeck-cli outbox run&quot; or the app sends them.</source>
        <translation>
            <numerusform>%n Beitrag eingereiht; „tokdeck-cli outbox run“ oder die App sendet ihn.</numerusform>
            <numerusform>%n Beiträge eingereiht; „tokdeck-cli outbox run“ oder die App sendet sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="98"/>
        <source>%n draft(s) created.</source>
        <translation>
            <numerusform>%n Entwurf erstellt.</numerusform>
            <numerusform>%n Entwürfe erstellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="12"/>
        <source>TikTok video</source>
        <translation>TikTok-Video</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="13"/>
        <source>TikTok photo</source>
        <translation>TikTok-Foto</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="14"/>
        <source>TikTok slideshow</source>
        <translation>TikTok-Diashow</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="90"/>
        <source>TikTok schedule (Tokdeck)</source>
        <translation>TikTok-Zeitplan (Tokdeck)</translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="101"/>
        <source>%1

Accounts: %2
State: %3</source>
        <translation>%1

Konten: %2
Status: %3</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="50"/>
        <source>Paste your Crosspostify API key and press Enter: </source>
        <translation>Fügen Sie Ihren Crosspostify-API-Schlüssel ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommand.cpp" line="68"/>
        <source>The key works for %1: %n TikTok account(s).</source>
        <translation>
            <numerusform>Der Schlüssel funktioniert für %1: %n TikTok-Konto.</numerusform>
            <numerusform>Der Schlüssel funktioniert für %1: %n TikTok-Konten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="97"/>
        <source>key set: no key on standard input.</source>
        <translation>key set: Kein Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="106"/>
        <source>The key was not stored: no system keychain is available.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: Es ist kein Systemschlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="110"/>
        <source>Stored in the system keychain for %1.</source>
        <translation>Im Systemschlüsselbund für %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="118"/>
        <source>No key for %1 is stored any more.</source>
        <translation>Für %1 ist kein Schlüssel mehr gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="121"/>
        <source>key: use &quot;key set&quot; (reads standard input), &quot;key check&quot; or &quot;key delete&quot;.</source>
        <translation>key: Verwenden Sie „key set“ (liest die Standardeingabe), „key check“ oder „key delete“.</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <location filename="../app/cli/KeySource.cpp" line="36"/>
        <source>No API key for %1: store one with &quot;tokdeck-cli key set&quot; (it reads the key from standard input) or set TOKDECK_API_KEY. Keys are never taken from the command line.</source>
        <translation>Kein API-Schlüssel für %1: Speichern Sie einen mit „tokdeck-cli key set“ (liest den Schlüssel von der Standardeingabe) oder setzen Sie TOKDECK_API_KEY. Schlüssel werden nie von der Befehlszeile übernommen.</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="63"/>
        <source>schedule: --from and --to take a date (2026-12-01) or a time like --at.</source>
        <translation>schedule: --from und --to erwarten ein Datum (2026-12-01) oder eine Zeitangabe wie bei --at.</translation>
    </message>
</context>
<context>
    <name>MediaInspector</name>
    <message>
        <location filename="../app/media/MediaInspector.cpp" line="37"/>
        <source>%1 was not inspected: the application is closing.</source>
        <translation>%1 wurde nicht untersucht: Die Anwendung wird beendet.</translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="39"/>
        <source>%1 does not exist. Check that the file was not moved or renamed.</source>
        <translation>%1 existiert nicht. Prüfen Sie, ob die Datei verschoben oder umbenannt wurde.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="48"/>
        <source>%1 could not be read (%2). Check its permissions.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="78"/>
        <source>%1 could not be read as a video: it may be damaged or incomplete. Export or copy it again.</source>
        <translation>%1 konnte nicht als Video gelesen werden: Die Datei ist möglicherweise beschädigt oder unvollständig. Exportieren oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="88"/>
        <source>%1 has no video track. Choose a video file.</source>
        <translation>%1 enthält keine Videospur. Wählen Sie eine Videodatei.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="96"/>
        <source>%1 ends early: it was probably cut off while being copied or downloaded. Copy the complete file again.</source>
        <translation>%1 endet vorzeitig: Die Datei wurde vermutlich beim Kopieren oder Herunterladen abgeschnitten. Kopieren Sie die vollständige Datei erneut.</translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="127"/>
        <source>%1 could not be read as an image: it may be damaged or incomplete. Export it again as JPEG.</source>
        <translation>%1 konnte nicht als Bild gelesen werden: Die Datei ist möglicherweise beschädigt oder unvollständig. Exportieren Sie sie erneut als JPEG.</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="30"/>
        <source>The file is empty (0 bytes). Choose the finished export of the video or image.</source>
        <translation>Die Datei ist leer (0 Bytes). Wählen Sie den fertigen Export des Videos oder Bildes.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="38"/>
        <source>This is not a video or image TikTok accepts (its content is not MP4, MOV, JPEG or PNG, whatever its name says). Export it as MP4 or JPEG and add it again.</source>
        <translation>Dies ist kein Video und kein Bild, das TikTok annimmt (der Inhalt ist weder MP4, MOV, JPEG noch PNG, unabhängig vom Dateinamen). Exportieren Sie die Datei als MP4 oder JPEG und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="49"/>
        <source>The video is %1 MB; Crosspostify takes videos up to %2 MB. Export it with a lower bitrate or trim it.</source>
        <translation>Das Video ist %1 MB groß; Crosspostify nimmt Videos bis %2 MB an. Exportieren Sie es mit niedrigerer Bitrate oder kürzen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="60"/>
        <source>The video codec is %1; TikTok takes H.264, H.265, VP8 or VP9. Export it as H.264.</source>
        <translation>Der Videocodec ist %1; TikTok nimmt H.264, H.265, VP8 oder VP9 an. Exportieren Sie das Video als H.264.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="65"/>
        <source>The video codec is %1; H.264 is the safest choice for TikTok.</source>
        <translation>Der Videocodec ist %1; H.264 ist für TikTok die sicherste Wahl.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="71"/>
        <source>The frame rate is %1 fps; TikTok takes 23 to 60 fps.</source>
        <translation>Die Bildrate beträgt %1 fps; TikTok nimmt 23 bis 60 fps an.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="79"/>
        <source>The video is %1×%2 px; each side must be between 360 and 4096 px.</source>
        <translation>Das Video hat %1×%2 px; jede Seite muss zwischen 360 und 4096 px liegen.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="84"/>
        <source>The video is %1×%2 px, below 720p; it will look soft on phones.</source>
        <translation>Das Video hat %1×%2 px, weniger als 720p; auf Smartphones wirkt es unscharf.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="90"/>
        <source>The video is %1×%2 px, not 9:16 (vertical); TikTok will show bars or crop it.</source>
        <translation>Das Video hat %1×%2 px, nicht 9:16 (hochkant); TikTok zeigt Balken an oder schneidet es zu.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="98"/>
        <source>The video lasts %1 s; at most 600 s (10 minutes) can be posted. Trim it.</source>
        <translation>Das Video dauert %1 s; höchstens 600 s (10 Minuten) können veröffentlicht werden. Kürzen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="102"/>
        <source>The video lasts %1 s; some accounts can only post 180 s and TikTok may trim it.</source>
        <translation>Das Video dauert %1 s; manche Konten können nur 180 s veröffentlichen, und TikTok kürzt es möglicherweise.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="107"/>
        <source>The video lasts under 3 s; TikTok may refuse very short videos.</source>
        <translation>Das Video dauert weniger als 3 s; TikTok lehnt sehr kurze Videos möglicherweise ab.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="119"/>
        <source>The image is %1; Crosspostify takes JPEG or PNG. Save it as JPEG.</source>
        <translation>Das Bild hat das Format %1; Crosspostify nimmt JPEG oder PNG an. Speichern Sie es als JPEG.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="125"/>
        <source>The image is %1 MB; Crosspostify takes images up to %2 MB. Save it with more compression.</source>
        <translation>Das Bild ist %1 MB groß; Crosspostify nimmt Bilder bis %2 MB an. Speichern Sie es mit stärkerer Komprimierung.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="131"/>
        <source>PNG images are converted by Crosspostify; TikTok&apos;s photo API takes JPEG, so JPEG keeps more control over quality.</source>
        <translation>PNG-Bilder werden von Crosspostify konvertiert; die Foto-API von TikTok nimmt JPEG an, daher behalten Sie mit JPEG mehr Kontrolle über die Qualität.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="138"/>
        <source>The image is %1×%2 px, below the recommended 720×1280.</source>
        <translation>Das Bild hat %1×%2 px, weniger als die empfohlenen 720×1280.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="143"/>
        <source>The image is %1×%2 px, above 1080p; TikTok will scale it down.</source>
        <translation>Das Bild hat %1×%2 px, mehr als 1080p; TikTok verkleinert es.</translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="149"/>
        <source>The image is %1×%2 px, not 9:16 (vertical).</source>
        <translation>Das Bild hat %1×%2 px, nicht 9:16 (hochkant).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="122"/>
        <source>The database %1 was written by a newer version of Tokdeck (schema %2; this version knows up to %3). Update Tokdeck to open it; the file was left untouched.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Tokdeck-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Tokdeck, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="136"/>
        <source>Could not read the schema version of the database %1: %2</source>
        <translation>Die Schemaversion der Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="150"/>
        <source>Could not upgrade the database %1 to version %2: %3</source>
        <translation>Die Datenbank %1 konnte nicht auf Version %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="178"/>
        <source>Could not upgrade the database %1 from version %2 to %3: %4</source>
        <translation>Die Datenbank %1 konnte nicht von Version %2 auf %3 aktualisiert werden: %4</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <location filename="../app/cli/OutboxCommand.cpp" line="16"/>
        <source>outbox: use &quot;outbox run&quot; or &quot;outbox run --once&quot;.</source>
        <translation>outbox: Verwenden Sie „outbox run“ oder „outbox run --once“.</translation>
    </message>
</context>
<context>
    <name>PostChipStyle</name>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="63"/>
        <source>Handed over to Crosspostify with its schedule: change it in the Crosspostify dashboard.</source>
        <translation>Mit seinem Zeitplan an Crosspostify übergeben: Ändern Sie ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="67"/>
        <source>Already published.</source>
        <translation>Bereits veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="69"/>
        <source>May have been published: resolve it in the composer first.</source>
        <translation>Wurde möglicherweise veröffentlicht: Klären Sie das zuerst im Beitragseditor.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="72"/>
        <source>Being sent to Crosspostify right now.</source>
        <translation>Wird gerade an Crosspostify gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="94"/>
        <source>%1 +%2</source>
        <extracomment>The first account of a post and how many more it goes to, e.g. &quot;@alice +2&quot;.</extracomment>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="28"/>
        <source>post: give the type (video, photo or slideshow) and at least one file.</source>
        <translation>post: Geben Sie den Typ (video, photo oder slideshow) und mindestens eine Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="34"/>
        <source>post: unknown type &quot;%1&quot;; use video, photo or slideshow.</source>
        <translation>post: Unbekannter Typ „%1“; verwenden Sie video, photo oder slideshow.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="40"/>
        <source>post: give at least one --account ID (see &quot;tokdeck-cli accounts&quot;).</source>
        <translation>post: Geben Sie mindestens einmal --account ID an (siehe „tokdeck-cli accounts“).</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="45"/>
        <source>post: --caption is required.</source>
        <translation>post: --caption ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="61"/>
        <source>--at &quot;%1&quot;: not a time; use 2025-06-01T14:00:00Z, an offset like +02:00, or local &quot;2025-06-01 14:00&quot;.</source>
        <translation>--at „%1“: keine Zeitangabe; verwenden Sie 2025-06-01T14:00:00Z, einen Versatz wie +02:00 oder lokal &quot;2025-06-01 14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="78"/>
        <source>No such file. Check the path.</source>
        <translation>Datei nicht gefunden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="97"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="194"/>
        <source>local-%1</source>
        <translation>local-%1</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="195"/>
        <source>Held locally: more than 30 days ahead, so Tokdeck hands it to Crosspostify once it is within 30 days. Keep Tokdeck or &quot;tokdeck-cli outbox run&quot; running then.</source>
        <translation>Lokal zurückgehalten: mehr als 30 Tage im Voraus, daher übergibt Tokdeck den Beitrag an Crosspostify, sobald er innerhalb von 30 Tagen liegt. Lassen Sie dann Tokdeck oder „tokdeck-cli outbox run“ laufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="207"/>
        <source>accepted (Crosspostify gave no ID)</source>
        <translation>angenommen (Crosspostify hat keine ID geliefert)</translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="214"/>
        <source>The post was not sent.</source>
        <translation>Der Beitrag wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="23"/>
        <location filename="../app/rules/PostRules.cpp" line="28"/>
        <location filename="../app/rules/PostRules.cpp" line="35"/>
        <location filename="../app/rules/PostRules.cpp" line="64"/>
        <location filename="../app/rules/PostRules.cpp" line="70"/>
        <location filename="../app/rules/PostRules.cpp" line="75"/>
        <location filename="../app/rules/PostRules.cpp" line="77"/>
        <location filename="../app/rules/PostRules.cpp" line="82"/>
        <location filename="../app/rules/PostRules.cpp" line="84"/>
        <location filename="../app/rules/PostRules.cpp" line="94"/>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="24"/>
        <source>Add a video, a photo or up to 10 images for a slideshow.</source>
        <translation>Fügen Sie ein Video, ein Foto oder bis zu 10 Bilder für eine Diashow hinzu.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="29"/>
        <source>A post holds either one video or images, not both. Remove the video or the images.</source>
        <translation>Ein Beitrag enthält entweder ein Video oder Bilder, nicht beides. Entfernen Sie das Video oder die Bilder.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="36"/>
        <source>A post holds one video; %1 were added. Make one post per video.</source>
        <translation>Ein Beitrag enthält ein Video; %1 wurden hinzugefügt. Erstellen Sie einen Beitrag pro Video.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="64"/>
        <source>A video post needs exactly one video file.</source>
        <translation>Ein Videobeitrag braucht genau eine Videodatei.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="70"/>
        <source>A photo post needs exactly one image.</source>
        <translation>Ein Fotobeitrag braucht genau ein Bild.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="75"/>
        <source>A slideshow needs 1 to 10 images.</source>
        <translation>Eine Diashow braucht 1 bis 10 Bilder.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="78"/>
        <source>A slideshow holds at most 10 images; %1 were added. Remove %2.</source>
        <translation>Eine Diashow enthält höchstens 10 Bilder; %1 wurden hinzugefügt. Entfernen Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="82"/>
        <source>A slideshow holds images only.</source>
        <translation>Eine Diashow enthält nur Bilder.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="85"/>
        <source>A slideshow of one image is better posted as a photo.</source>
        <translation>Eine Diashow mit nur einem Bild wird besser als Foto veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="95"/>
        <source>The images have different aspect ratios; TikTok shows a slideshow best when all have the same.</source>
        <translation>Die Bilder haben unterschiedliche Seitenverhältnisse; TikTok zeigt eine Diashow am besten an, wenn alle dasselbe haben.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="103"/>
        <source>AI-generated label</source>
        <translation>KI-Kennzeichnung</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="104"/>
        <source>The AI-generated label applies to video posts only; clear it for photos and slideshows.</source>
        <translation>Die KI-Kennzeichnung gilt nur für Videobeiträge; entfernen Sie sie bei Fotos und Diashows.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="109"/>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="110"/>
        <source>Choose at least one TikTok account to post to.</source>
        <translation>Wählen Sie mindestens ein TikTok-Konto, auf dem veröffentlicht werden soll.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="117"/>
        <source>This account is chosen twice; each account gets one post.</source>
        <translation>Dieses Konto ist doppelt ausgewählt; jedes Konto erhält einen Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="130"/>
        <source>caption for %1</source>
        <translation>Beschreibung für %1</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="130"/>
        <source>caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="133"/>
        <source>title for %1</source>
        <translation>Titel für %1</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="133"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="158"/>
        <source>No connected account has this ID. Run &quot;tokdeck-cli accounts&quot; to list them, or connect it in Crosspostify.</source>
        <translation>Kein verbundenes Konto hat diese ID. Führen Sie „tokdeck-cli accounts“ aus, um die Konten aufzulisten, oder verbinden Sie das Konto in Crosspostify.</translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="163"/>
        <source>This is a %1 account, not TikTok; choose a TikTok account.</source>
        <translation>Dies ist ein %1-Konto, kein TikTok-Konto; wählen Sie ein TikTok-Konto.</translation>
    </message>
</context>
<context>
    <name>PostState</name>
    <message>
        <location filename="../app/domain/PostState.cpp" line="66"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="68"/>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="70"/>
        <source>Held locally until hand-over</source>
        <translation>Lokal zurückgehalten bis zur Übergabe</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="72"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="74"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="76"/>
        <source>Scheduled on Crosspostify</source>
        <translation>Bei Crosspostify geplant</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="78"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="80"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="82"/>
        <source>Needs attention: may have been published</source>
        <translation>Braucht Aufmerksamkeit: wurde möglicherweise veröffentlicht</translation>
    </message>
</context>
<context>
    <name>PostStore</name>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="103"/>
        <source>%1: %2 (database %3)</source>
        <translation>%1: %2 (Datenbank %3)</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="128"/>
        <source>%1: the database %2 is not open.</source>
        <translation>%1: Die Datenbank %2 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="136"/>
        <source>Could not save the new post</source>
        <translation>Der neue Beitrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="137"/>
        <source>Could not save post %1</source>
        <translation>Beitrag %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="193"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="242"/>
        <source>it no longer exists (it was deleted).</source>
        <translation>Er existiert nicht mehr (er wurde gelöscht).</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="245"/>
        <source>its state is now &quot;%1&quot;, so it can no longer be changed here.</source>
        <translation>Sein Status ist jetzt „%1“, daher kann er hier nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="249"/>
        <source>it was changed elsewhere since it was opened (for example by the outbox). Reload it and apply the change again.</source>
        <translation>Er wurde seit dem Öffnen anderweitig geändert (zum Beispiel durch den Postausgang). Laden Sie ihn neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="251"/>
        <source>it was not found.</source>
        <translation>Er wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="320"/>
        <source>Could not delete post %1</source>
        <translation>Beitrag %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="340"/>
        <location filename="../app/storage/PostStore.cpp" line="374"/>
        <source>%1: there is no such post.</source>
        <translation>%1: Diesen Beitrag gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="358"/>
        <source>Could not mark post %1 as &quot;%2&quot;</source>
        <translation>Beitrag %1 konnte nicht als „%2“ markiert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="382"/>
        <source>Could not record the upload of media %1</source>
        <translation>Das Hochladen von Medium %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="391"/>
        <source>%1: there is no such media row.</source>
        <translation>%1: Diese Medienzeile gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="399"/>
        <source>Could not record the content hash of media %1</source>
        <translation>Der Inhalts-Hash von Medium %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="412"/>
        <source>Could not record an upload to %1</source>
        <translation>Das Hochladen zu %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="427"/>
        <location filename="../app/storage/PostStore.cpp" line="443"/>
        <location filename="../app/storage/PostStore.cpp" line="449"/>
        <source>Could not look up an earlier upload</source>
        <translation>Die Suche nach einem früheren Hochladen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="458"/>
        <source>Could not keep the list of accounts</source>
        <translation>Die Kontenliste konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="487"/>
        <source>Could not read the list of accounts</source>
        <translation>Die Kontenliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="507"/>
        <source>Could not collect earlier hashtags</source>
        <translation>Frühere Hashtags konnten nicht gesammelt werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="552"/>
        <source>Could not load post %1</source>
        <translation>Beitrag %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="563"/>
        <source>Could not load the posts from %1 to %2</source>
        <translation>Die Beiträge von %1 bis %2 konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="579"/>
        <source>Could not load the posts to send</source>
        <translation>Die zu sendenden Beiträge konnten nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="609"/>
        <source>Could not load the posts</source>
        <translation>Die Beiträge konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>RescheduleCommand</name>
    <message>
        <location filename="../ui/calendar/RescheduleCommand.cpp" line="23"/>
        <source>Move post to %1</source>
        <translation>Beitrag auf %1 verschieben</translation>
    </message>
    <message>
        <location filename="../ui/calendar/RescheduleCommand.cpp" line="36"/>
        <source>The post no longer exists.</source>
        <translation>Der Beitrag existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="18"/>
        <source>--port: give a number from 0 to 65535 (0 picks a free port).</source>
        <translation>--port: Geben Sie eine Zahl von 0 bis 65535 an (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="25"/>
        <source>The sandbox could not listen on port %1: %2. Pick another port with --port.</source>
        <translation>Die Sandbox konnte nicht auf Port %1 lauschen: %2. Wählen Sie mit --port einen anderen Port.</translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="34"/>
        <source>Sandbox running; stop it with Ctrl+C.</source>
        <translation>Die Sandbox läuft; beenden Sie sie mit Strg+C.</translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="26"/>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="34"/>
        <source>The scheduled time is not a valid date and time.</source>
        <translation>Der geplante Zeitpunkt ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="40"/>
        <source>%1 is too soon: schedule at least 10 minutes ahead (after %2), or post now.</source>
        <translation>%1 ist zu früh: Planen Sie mindestens 10 Minuten im Voraus (nach %2) oder veröffentlichen Sie sofort.</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="45"/>
        <source>%1 is more than 30 days ahead: Tokdeck keeps the post and hands it to Crosspostify once it is within 30 days (Tokdeck or &quot;tokdeck-cli outbox run&quot; must be running then).</source>
        <translation>%1 liegt mehr als 30 Tage in der Zukunft: Tokdeck behält den Beitrag und übergibt ihn an Crosspostify, sobald er innerhalb von 30 Tagen liegt (Tokdeck oder „tokdeck-cli outbox run“ muss dann laufen).</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="51"/>
        <source>%1 is too far ahead: Crosspostify schedules at most 30 days ahead (until %2).</source>
        <translation>%1 liegt zu weit in der Zukunft: Crosspostify plant höchstens 30 Tage im Voraus (bis %2).</translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="56"/>
        <source>%1 is only just over 10 minutes away; if sending takes a while it may be refused. Pick a later time to be safe.</source>
        <translation>%1 ist nur knapp mehr als 10 Minuten entfernt; dauert das Senden länger, wird der Beitrag möglicherweise abgelehnt. Wählen Sie sicherheitshalber einen späteren Zeitpunkt.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="22"/>
        <source>caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="26"/>
        <source>The caption is empty. TikTok needs a caption: write at least one word.</source>
        <translation>Die Beschreibung ist leer. TikTok braucht eine Beschreibung: Schreiben Sie mindestens ein Wort.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="31"/>
        <source>The caption is %1 characters long; TikTok allows at most %2 (emoji count as 2). Shorten it by %3.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; TikTok erlaubt höchstens %2 (Emoji zählen doppelt). Kürzen Sie sie um %3.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="40"/>
        <source>%1 hashtags: TikTok may treat hashtag stuffing as spam; 3 to 5 relevant ones work best.</source>
        <translation>%1 Hashtags: TikTok wertet zu viele Hashtags möglicherweise als Spam; 3 bis 5 passende funktionieren am besten.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="50"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="55"/>
        <source>Title and caption together are %1 characters; TikTok may cut them beyond %2.</source>
        <translation>Titel und Beschreibung haben zusammen %1 Zeichen; TikTok schneidet sie nach %2 möglicherweise ab.</translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="62"/>
        <source>The title is %1 characters long; photo and slideshow titles allow at most %2. Shorten it by %3.</source>
        <translation>Der Titel ist %1 Zeichen lang; Titel von Fotos und Diashows erlauben höchstens %2. Kürzen Sie ihn um %3.</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="83"/>
        <source>No preview could be made of %1: it may be damaged or in a format this computer cannot decode. Export it again as H.264 MP4.</source>
        <translation>Von %1 konnte keine Vorschau erstellt werden: Die Datei ist möglicherweise beschädigt oder in einem Format, das dieser Computer nicht dekodieren kann. Exportieren Sie sie erneut als H.264-MP4.</translation>
    </message>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="186"/>
        <source>No preview could be made of %1: it may be damaged or incomplete. Export it again as JPEG.</source>
        <translation>Von %1 konnte keine Vorschau erstellt werden: Die Datei ist möglicherweise beschädigt oder unvollständig. Exportieren Sie sie erneut als JPEG.</translation>
    </message>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="204"/>
        <source>%1 is neither a video nor an image, so there is nothing to preview.</source>
        <translation>%1 ist weder ein Video noch ein Bild, daher gibt es keine Vorschau.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="22"/>
        <source>Compose and schedule TikTok posts through Crosspostify.

Commands:
  accounts                           list TikTok accounts (ID, name, username)
  post video FILE [options]          post a video
  post photo FILE [options]          post one image
  post slideshow FILE FILE... [opts] post 1-10 images in order
  key set|check|delete               the API key in the system keychain (set reads stdin)
  drafts                             list drafts
  schedule [--from DATE --to DATE]   posts planned in a range, one a line
  outbox run [--once]                hand due posts to Crosspostify
  export ics FILE [--from --to]      the schedule as an iCalendar file
  import FILE.csv [--schedule]       drafts from CSV: media,caption,title,accounts,at,aigc
  sandbox [--port N]                 run the built-in stand-in of the API

The API key comes from TOKDECK_API_KEY or the keychain, never from the command line.
Posts and drafts live in $TOKDECK_DATA_DIR (default: the standard data folder).
Exit codes: 0 done, 2 usage, 3 input rejected locally, 4 API or network error,
5 may have been published (check before sending again).</source>
        <translation>TikTok-Beiträge über Crosspostify erstellen und planen.

Befehle:
  accounts                           TikTok-Konten auflisten (ID, Name, Benutzername)
  post video FILE [options]          ein Video veröffentlichen
  post photo FILE [options]          ein Bild veröffentlichen
  post slideshow FILE FILE... [opts] 1-10 Bilder in dieser Reihenfolge veröffentlichen
  key set|check|delete               der API-Schlüssel im Systemschlüsselbund (set liest stdin)
  drafts                             Entwürfe auflisten
  schedule [--from DATE --to DATE]   geplante Beiträge eines Zeitraums, einer pro Zeile
  outbox run [--once]                fällige Beiträge an Crosspostify übergeben
  export ics FILE [--from --to]      der Zeitplan als iCalendar-Datei
  import FILE.csv [--schedule]       Entwürfe aus CSV: media,caption,title,accounts,at,aigc
  sandbox [--port N]                 die eingebaute Nachbildung der API starten

Der API-Schlüssel kommt aus TOKDECK_API_KEY oder dem Schlüsselbund, nie von der Befehlszeile.
Beiträge und Entwürfe liegen in $TOKDECK_DATA_DIR (Standard: der übliche Datenordner).
Exit-Codes: 0 erledigt, 2 falscher Aufruf, 3 Eingabe lokal abgelehnt, 4 API- oder Netzwerkfehler,
5 möglicherweise veröffentlicht (vor erneutem Senden prüfen).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>accounts, post or sandbox</source>
        <translation>accounts, post oder sandbox</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>Crosspostify API address (default: $TOKDECK_API_URL, else the real API).</source>
        <translation>Crosspostify-API-Adresse (Standard: $TOKDECK_API_URL, sonst die echte API).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="51"/>
        <source>Account ID to post to (repeat for several).</source>
        <translation>ID des Kontos, auf dem veröffentlicht wird (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="53"/>
        <source>Caption (max 2,200).</source>
        <translation>Beschreibung (max. 2.200).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Optional title.</source>
        <translation>Optionaler Titel.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="58"/>
        <source>Label the video as AI-generated (video only).</source>
        <translation>Das Video als KI-generiert kennzeichnen (nur Videos).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Schedule: 2025-06-01T14:00:00Z, an ISO time with offset, or local &quot;yyyy-MM-dd HH:mm&quot;. Omit to post now.</source>
        <translation>Zeitplan: 2025-06-01T14:00:00Z, eine ISO-Zeit mit Versatz oder lokal &quot;yyyy-MM-dd HH:mm&quot;. Weglassen, um sofort zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>Sandbox port (0 = any free).</source>
        <translation>Sandbox-Port (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>Start of a range (date or time).</source>
        <translation>Beginn eines Zeitraums (Datum oder Zeit).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="67"/>
        <source>End of a range (date or time).</source>
        <translation>Ende eines Zeitraums (Datum oder Zeit).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>outbox run: process what is due, then exit.</source>
        <translation>outbox run: Fälliges verarbeiten, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>import: queue the good rows for sending at their time.</source>
        <translation>import: die gültigen Zeilen zum Senden zu ihrem Zeitpunkt einreihen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>Fixed key for the sandbox (default: random).</source>
        <translation>Fester Schlüssel für die Sandbox (Standard: zufällig).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>give a command; see --help.</source>
        <translation>Geben Sie einen Befehl an; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="120"/>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="29"/>
        <source>Compose and schedule TikTok posts.</source>
        <translation>TikTok-Beiträge erstellen und planen.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="33"/>
        <source>Start on the built-in sandbox: no key, nothing is really posted.</source>
        <translation>Mit der eingebauten Sandbox starten: kein Schlüssel, nichts wird wirklich veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountListModel</name>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="30"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="31"/>
        <source>TikTok account %1</source>
        <translation>TikTok-Konto %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountTargetsEditor</name>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="20"/>
        <source>Accounts to post to</source>
        <translation>Konten, auf denen veröffentlicht wird</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="24"/>
        <source>Own caption for this account</source>
        <translation>Eigene Beschreibung für dieses Konto</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="25"/>
        <source>Empty: use the shared caption</source>
        <translation>Leer: gemeinsame Beschreibung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="28"/>
        <source>Own title for this account</source>
        <translation>Eigener Titel für dieses Konto</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="29"/>
        <source>Empty: use the shared title</source>
        <translation>Leer: gemeinsamen Titel verwenden</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="32"/>
        <source>Caption:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="33"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="38"/>
        <source>&lt;b&gt;Post to&lt;/b&gt; (check one or more TikTok accounts)</source>
        <translation>&lt;b&gt;Veröffentlichen auf&lt;/b&gt; (ein oder mehrere TikTok-Konten auswählen)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="57"/>
        <source>Own text for %1 (optional)</source>
        <translation>Eigener Text für %1 (optional)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="58"/>
        <source>Own text for one account (optional)</source>
        <translation>Eigener Text für ein Konto (optional)</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountTargetsModel</name>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="115"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="117"/>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="119"/>
        <source>%1 (%2, not TikTok)</source>
        <translation>%1 (%2, nicht TikTok)</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="121"/>
        <source>%1 · own text</source>
        <translation>%1 · eigener Text</translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="132"/>
        <source>TikTok account %1</source>
        <translation>TikTok-Konto %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountsPanel</name>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="18"/>
        <source>&lt;b&gt;TikTok accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;TikTok-Konten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="22"/>
        <source>TikTok accounts</source>
        <translation>TikTok-Konten</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="27"/>
        <source>&amp;Refresh accounts</source>
        <translation>&amp;Konten aktualisieren</translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarGridView</name>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="239"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="244"/>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="247"/>
        <source>Cannot be moved: %1</source>
        <translation>Kann nicht verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarPanel</name>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="57"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="59"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="59"/>
        <source>Jump to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="60"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="62"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="62"/>
        <source>Month view</source>
        <translation>Monatsansicht</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="64"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="64"/>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="66"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="66"/>
        <source>Agenda list</source>
        <translation>Agenda-Liste</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="79"/>
        <source>Times in %1 (%2)</source>
        <translation>Zeiten in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="83"/>
        <source>Hover a post to see its time in UTC.</source>
        <translation>Bewegen Sie den Mauszeiger über einen Beitrag, um seine Zeit in UTC zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="177"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>tokdeck::CaptionEdit</name>
    <message>
        <location filename="../ui/widgets/CaptionEdit.cpp" line="33"/>
        <source>Hashtags used before</source>
        <translation>Bisher verwendete Hashtags</translation>
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
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="62"/>
        <source>It was published</source>
        <translation>Wurde veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="63"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="67"/>
        <source>Add &amp;media…</source>
        <translation>&amp;Medien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="70"/>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="71"/>
        <source>Caption with #hashtags and emoji (required)</source>
        <translation>Beschreibung mit #hashtags und Emoji (erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="75"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="76"/>
        <source>Optional title</source>
        <translation>Optionaler Titel</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="82"/>
        <source>Only videos carry TikTok&apos;s AI-generated label; photos and slideshows go without it.</source>
        <translation>Nur Videos tragen TikToks Kennzeichnung für KI-generierte Inhalte; Fotos und Diashows kommen ohne sie aus.</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="85"/>
        <source>Label videos that are realistically generated or significantly edited by AI (faces, voices, scenes). When in doubt, label it. Videos only.</source>
        <translation>Kennzeichnen Sie Videos, die realistisch wirkend von KI erzeugt oder wesentlich mit KI bearbeitet wurden (Gesichter, Stimmen, Szenen). Kennzeichnen Sie im Zweifel. Nur für Videos.</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="95"/>
        <location filename="../ui/compose/ComposerWidget.cpp" line="97"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="96"/>
        <source>Send now or at the chosen time (Ctrl+Return)</source>
        <translation>Jetzt oder zum gewählten Zeitpunkt senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="105"/>
        <source>Show what TikTok&apos;s buttons cover</source>
        <translation>Von TikTok verdeckte Bereiche zeigen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="118"/>
        <source>&amp;Caption:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="125"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="156"/>
        <source>Post editor</source>
        <translation>Beitragseditor</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="203"/>
        <source>Uploading %1 %</source>
        <translation>Wird hochgeladen: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="238"/>
        <location filename="../ui/compose/ComposerWidget.cpp" line="252"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="271"/>
        <source>youraccount</source>
        <translation>ihrkonto</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="298"/>
        <source>&lt;b&gt;✖&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;✖&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="299"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/ComposerWidget.cpp" line="302"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer Hinweis.</numerusform>
            <numerusform>…und %n weitere Hinweise.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="324"/>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="327"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="327"/>
        <source>Sending to Crosspostify…</source>
        <translation>Wird an Crosspostify gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="335"/>
        <source>Add media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="336"/>
        <source>Videos and images (*.mp4 *.mov *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Videos und Bilder (*.mp4 *.mov *.jpg *.jpeg *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="344"/>
        <source>The clipboard holds no files. Copy them in the file manager, then paste them here.</source>
        <translation>In der Zwischenablage sind keine Dateien. Kopieren Sie sie im Dateimanager und fügen Sie sie dann hier ein.</translation>
    </message>
</context>
<context>
    <name>tokdeck::ConnectDialog</name>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="20"/>
        <source>Connect to Crosspostify</source>
        <translation>Mit Crosspostify verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="25"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="30"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="32"/>
        <source>Paste the key from your Crosspostify dashboard</source>
        <translation>Fügen Sie den Schlüssel aus Ihrem Crosspostify-Dashboard ein</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="37"/>
        <source>&amp;Check and connect</source>
        <translation>&amp;Prüfen und verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="41"/>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="42"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="43"/>
        <source>The key is checked with Crosspostify, then kept only in your system keychain, never in Tokdeck&apos;s files.</source>
        <translation>Der Schlüssel wird bei Crosspostify geprüft und dann nur in Ihrem Systemschlüsselbund aufbewahrt, nie in den Dateien von Tokdeck.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="49"/>
        <source>Try the &amp;sandbox</source>
        <translation>Sa&amp;ndbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="51"/>
        <source>A built-in stand-in of Crosspostify: everything works, nothing is posted.</source>
        <translation>Eine eingebaute Nachbildung von Crosspostify: Alles funktioniert, aber nichts wird veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="53"/>
        <source>&amp;Delete stored key</source>
        <translation>Gespeicherten Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="96"/>
        <source>The API address must start with https:// (plain http:// only for this computer).</source>
        <translation>Die API-Adresse muss mit https:// beginnen (einfaches http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="100"/>
        <source>Paste your API key first; you find it in the Crosspostify dashboard.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein; Sie finden ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="106"/>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="115"/>
        <source>The key works, but no TikTok account is connected to it. Connect one in the Crosspostify dashboard, then check again.</source>
        <translation>Der Schlüssel funktioniert, aber mit ihm ist kein TikTok-Konto verbunden. Verbinden Sie eines im Crosspostify-Dashboard und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>tokdeck::ConnectionManager</name>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="39"/>
        <source>Connect Tokdeck to your Crosspostify account, or try the sandbox first.</source>
        <translation>Verbinden Sie Tokdeck mit Ihrem Crosspostify-Konto oder probieren Sie zuerst die Sandbox aus.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="59"/>
        <source>No API key for %1 is stored on this computer. Paste your Crosspostify API key to connect.</source>
        <translation>Auf diesem Computer ist kein API-Schlüssel für %1 gespeichert. Fügen Sie Ihren Crosspostify-API-Schlüssel ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="79"/>
        <source>The built-in sandbox could not start (%1). Try again, or connect to Crosspostify.</source>
        <translation>Die eingebaute Sandbox konnte nicht starten (%1). Versuchen Sie es erneut oder verbinden Sie sich mit Crosspostify.</translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="105"/>
        <source>The API key was deleted from this computer. Paste a key to connect again.</source>
        <translation>Der API-Schlüssel wurde von diesem Computer gelöscht. Fügen Sie einen Schlüssel ein, um sich erneut zu verbinden.</translation>
    </message>
</context>
<context>
    <name>tokdeck::DraftEditor</name>
    <message>
        <location filename="../ui/compose/DraftEditor.cpp" line="164"/>
        <source>%1 changed on disk since it was added to this post. Remove it and add it again to check it.</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit die Datei diesem Beitrag hinzugefügt wurde. Entfernen Sie sie und fügen Sie sie erneut hinzu, damit sie neu geprüft wird.</translation>
    </message>
    <message>
        <location filename="../ui/compose/DraftEditor.cpp" line="243"/>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location filename="../ui/compose/DraftEditor.cpp" line="244"/>
        <source>%1 were not added: %2</source>
        <translation>%1 wurden nicht hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>tokdeck::DraftsPanel</name>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="21"/>
        <source>Search captions and titles</source>
        <translation>Beschreibungen und Titel durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="22"/>
        <source>Search posts</source>
        <translation>Beiträge durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="25"/>
        <source>Show posts in state</source>
        <translation>Beiträge nach Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="29"/>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="30"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="31"/>
        <source>Waiting or sending</source>
        <translation>Wartend oder wird gesendet</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="34"/>
        <source>Scheduled or published</source>
        <translation>Geplant oder veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="36"/>
        <source>Needs attention or failed</source>
        <translation>Braucht Aufmerksamkeit oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="39"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>tokdeck::EmojiPickerButton</name>
    <message>
        <location filename="../ui/widgets/EmojiPickerButton.cpp" line="18"/>
        <location filename="../ui/widgets/EmojiPickerButton.cpp" line="19"/>
        <source>Insert an emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
</context>
<context>
    <name>tokdeck::ExportRangeDialog</name>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="15"/>
        <source>&amp;Posts between these days:</source>
        <translation>Beiträge &amp;zwischen diesen Tagen:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="16"/>
        <source>&amp;Everything (every post with a time)</source>
        <translation>&amp;Alles (jeder Beitrag mit Zeitpunkt)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="21"/>
        <source>Export schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="26"/>
        <source>First day to export</source>
        <translation>Erster zu exportierender Tag</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="27"/>
        <source>Last day to export</source>
        <translation>Letzter zu exportierender Tag</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="48"/>
        <source>Which posts go into the calendar file? Days are in your local time.</source>
        <translation>Welche Beiträge sollen in die Kalenderdatei? Die Tage gelten in Ihrer Ortszeit.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="52"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="53"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ExportRangeDialog.cpp" line="56"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>tokdeck::KeyStore</name>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="182"/>
        <source>The system keychain could not handle the API key for %1: %2</source>
        <translation>Der Systemschlüsselbund konnte den API-Schlüssel für %1 nicht verarbeiten: %2</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="189"/>
        <source>No API host was given for the API key.</source>
        <translation>Für den API-Schlüssel wurde kein API-Host angegeben.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="193"/>
        <source>The API key is empty, so it was not saved.</source>
        <translation>Der API-Schlüssel ist leer und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="196"/>
        <source>The API key contains a NUL character, so it was not saved. Paste it again.</source>
        <translation>Der API-Schlüssel enthält ein NUL-Zeichen und wurde daher nicht gespeichert. Fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="204"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be read. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher konnte der API-Schlüssel für %1 nicht gelesen werden. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="209"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be saved. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher konnte der API-Schlüssel für %1 nicht gespeichert werden. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="216"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be removed. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt oder hat den Zugriff verweigert, daher konnte der API-Schlüssel für %1 nicht entfernt werden. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="265"/>
        <source>No system keychain is available (Secret Service not running), so the API key is kept for this session only and you will be asked again next time. Install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (Secret Service läuft nicht), daher wird der API-Schlüssel nur für diese Sitzung aufbewahrt, und Sie werden beim nächsten Mal erneut gefragt. Installieren und entsperren Sie GNOME Keyring oder KWallet, um ihn dauerhaft zu speichern.</translation>
    </message>
</context>
<context>
    <name>tokdeck::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Tokdeck</source>
        <translation>Tokdeck</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;New draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Add media…</source>
        <translation>&amp;Medien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Export schedule (.ics)…</source>
        <translation>Zeitplan e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Import posts from CSV…</source>
        <translation>Beiträge aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Paste files into the post</source>
        <translation>Dateien in den Beitrag &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Refresh accounts</source>
        <translation>&amp;Konten aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Change where Tokdeck posts to: your Crosspostify account or the sandbox.</source>
        <translation>Legen Sie fest, wohin Tokdeck veröffentlicht: in Ihr Crosspostify-Konto oder in die Sandbox.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Posts are being sent</source>
        <translation>Beiträge werden gesendet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Tokdeck is still uploading or sending posts. Quit anyway? Nothing is lost: posts being sent continue the next time Tokdeck (or &quot;tokdeck-cli outbox run&quot;) starts, and files still uploading from the queue stay as drafts that upload when you publish them.</source>
        <translation>Tokdeck lädt noch hoch oder sendet Beiträge. Trotzdem beenden? Es geht nichts verloren: Beiträge, die gerade gesendet werden, gehen beim nächsten Start von Tokdeck (oder „tokdeck-cli outbox run“) weiter, und Dateien, die noch aus der Warteschlange hochgeladen werden, bleiben als Entwürfe erhalten und werden hochgeladen, sobald Sie sie veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>Sandbox (no real posts)</source>
        <translation>Sandbox (keine echten Beiträge)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>Crosspostify (%1)</source>
        <translation>Crosspostify (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>%1 · %n TikTok account(s)</source>
        <translation>
            <numerusform>%1 · %n TikTok-Konto</numerusform>
            <numerusform>%1 · %n TikTok-Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>Offline: %1 not reachable</source>
        <translation>Offline: %1 nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaListModel</name>
    <message>
        <location filename="../ui/models/MediaListModel.cpp" line="148"/>
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaStrip</name>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="77"/>
        <source>Media in display order</source>
        <translation>Medien in Anzeigereihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="79"/>
        <source>Drag to reorder, or use Alt+Left/Right. Delete removes the selected file.</source>
        <translation>Zum Umsortieren ziehen oder Alt+Links/Rechts verwenden. Entf entfernt die ausgewählte Datei.</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="171"/>
        <source>Drop a video, a photo or up to 10 images here.</source>
        <translation>Legen Sie hier ein Video, ein Foto oder bis zu 10 Bilder ab.</translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="173"/>
        <source>%1 / %2 images</source>
        <translation>%1 / %2 Bilder</translation>
    </message>
</context>
<context>
    <name>tokdeck::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="11"/>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/MonthView.cpp" line="108"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::Outbox</name>
    <message>
        <location filename="../app/publish/Outbox.cpp" line="36"/>
        <source>Tokdeck stopped while this post was being sent, so it may have been published. Check TikTok or the Crosspostify dashboard, then mark it published or send it again.</source>
        <translation>Tokdeck wurde beendet, während dieser Beitrag gesendet wurde, daher wurde er möglicherweise veröffentlicht. Prüfen Sie TikTok oder das Crosspostify-Dashboard und markieren Sie ihn dann als veröffentlicht oder senden Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>tokdeck::OutboxRun</name>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="61"/>
        <source>%1 is gone from %2. Put it back or remove it from the post.</source>
        <translation>%1 fehlt in %2. Legen Sie die Datei zurück oder entfernen Sie sie aus dem Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="64"/>
        <source>%1 changed on disk since it was added (%2 bytes, was %3). Add it again to check it.</source>
        <translation>%1 wurde seit dem Hinzufügen auf dem Datenträger geändert (%2 Bytes, vorher %3). Fügen Sie die Datei erneut hinzu, um sie zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="71"/>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="73"/>
        <source>%1 changed on disk since it was added. Add it again to check it.</source>
        <translation>%1 wurde seit dem Hinzufügen auf dem Datenträger geändert. Fügen Sie die Datei erneut hinzu, um sie zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="127"/>
        <location filename="../app/publish/OutboxRun.cpp" line="163"/>
        <source>Upload cancelled.</source>
        <translation>Hochladen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tokdeck::PhonePreview</name>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="44"/>
        <source>Phone preview</source>
        <translation>Smartphone-Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="45"/>
        <source>How the post may look in TikTok&apos;s feed. Tinted areas are covered by TikTok&apos;s own buttons and text: keep important content inside the dashed frame.</source>
        <translation>So könnte der Beitrag im TikTok-Feed aussehen. Getönte Bereiche werden von den Schaltflächen und Texten von TikTok verdeckt: Halten Sie wichtige Inhalte innerhalb des gestrichelten Rahmens.</translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="162"/>
        <source> more</source>
        <translation> mehr</translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="269"/>
        <source>Add a video or images to see them here</source>
        <translation>Fügen Sie ein Video oder Bilder hinzu, um sie hier zu sehen</translation>
    </message>
</context>
<context>
    <name>tokdeck::PostListModel</name>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="14"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="15"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="16"/>
        <source>Slideshow</source>
        <translation>Diashow</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="98"/>
        <source>(no caption yet)</source>
        <translation>(noch keine Beschreibung)</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="103"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="104"/>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="122"/>
        <source>%1
To %2</source>
        <translation>%1
An %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="126"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>tokdeck::PostNotifier</name>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="24"/>
        <source>A post without caption</source>
        <translation>Ein Beitrag ohne Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="28"/>
        <source>“%1”</source>
        <extracomment>A post named by the first words of its caption, in quotes.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="44"/>
        <source>Published on TikTok</source>
        <translation>Auf TikTok veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="44"/>
        <source>%1 is live.</source>
        <translation>%1 ist online.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="48"/>
        <source>its time</source>
        <translation>geplanten Termin</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="49"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="50"/>
        <source>Crosspostify will publish %1 at %2.</source>
        <translation>Crosspostify veröffentlicht %1 am %2.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="54"/>
        <source>A post failed</source>
        <translation>Ein Beitrag ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="55"/>
        <source>%1 was not posted: %2 Open it in Tokdeck to fix it and send it again.</source>
        <translation>%1 wurde nicht veröffentlicht: %2 Öffnen Sie den Beitrag in Tokdeck, um ihn zu korrigieren und erneut zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="56"/>
        <source>no reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="60"/>
        <source>A post needs attention</source>
        <translation>Ein Beitrag braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="61"/>
        <source>%1 may or may not have been published: %2 Check TikTok, then choose in Tokdeck.</source>
        <translation>%1 wurde möglicherweise veröffentlicht, vielleicht aber auch nicht: %2 Prüfen Sie TikTok und entscheiden Sie dann in Tokdeck.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="93"/>
        <source>Tokdeck</source>
        <translation>Tokdeck</translation>
    </message>
</context>
<context>
    <name>tokdeck::ScheduleExchange</name>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="65"/>
        <source>Export schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="68"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="93"/>
        <source>%1 could not be written (%2). Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="99"/>
        <source>%n post(s) exported to %1.</source>
        <translation>
            <numerusform>%n Beitrag nach %1 exportiert.</numerusform>
            <numerusform>%n Beiträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="108"/>
        <source>Import posts from CSV</source>
        <translation>Beiträge aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="109"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="140"/>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="224"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="155"/>
        <source>Import posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="156"/>
        <source>%n row(s) can become posts.</source>
        <translation>
            <numerusform>%n Zeile kann zu einem Beitrag werden.</numerusform>
            <numerusform>%n Zeilen können zu Beiträgen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="157"/>
        <source>No row of this file can become a post.</source>
        <translation>Keine Zeile dieser Datei kann zu einem Beitrag werden.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="164"/>
        <source>Create drafts to finish them in the composer, or schedule them too: the outbox then sends each one at its time (rows without a time right away).</source>
        <translation>Erstellen Sie Entwürfe, um sie im Editor fertigzustellen, oder planen Sie sie gleich mit: Der Postausgang sendet dann jeden Beitrag zu seiner Zeit (Zeilen ohne Zeit sofort).</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="177"/>
        <source>Create &amp;drafts</source>
        <translation>&amp;Entwürfe erstellen</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="179"/>
        <source>Create and &amp;schedule</source>
        <translation>Erstellen und &amp;planen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="202"/>
        <source>No post created: %n row(s) refused.</source>
        <translation>
            <numerusform>Kein Beitrag erstellt: %n Zeile abgelehnt.</numerusform>
            <numerusform>Kein Beitrag erstellt: %n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="235"/>
        <source>%n post(s) from the CSV handed to the outbox; each is sent at its time.</source>
        <translation>
            <numerusform>%n Beitrag aus der CSV-Datei an den Postausgang übergeben; er wird zu seiner Zeit gesendet.</numerusform>
            <numerusform>%n Beiträge aus der CSV-Datei an den Postausgang übergeben; jeder wird zu seiner Zeit gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="240"/>
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="170"/>
        <source>%n row(s) were refused; see the details.</source>
        <translation>
            <numerusform>%n Zeile wurde abgelehnt; siehe Details.</numerusform>
            <numerusform>%n Zeilen wurden abgelehnt; siehe Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="237"/>
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
        <location filename="../ui/compose/SchedulePicker.cpp" line="64"/>
        <source>Post &amp;now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="65"/>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="68"/>
        <source>In &amp;1 hour</source>
        <translation>In &amp;1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="69"/>
        <source>T&amp;omorrow %1</source>
        <translation>Mor&amp;gen %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="75"/>
        <source>Send the post to Crosspostify as soon as it is ready.</source>
        <translation>Den Beitrag an Crosspostify senden, sobald er bereit ist.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="77"/>
        <source>Publish at a date and time: at least 10 minutes ahead.</source>
        <translation>Zu einem bestimmten Datum und einer Uhrzeit veröffentlichen: mindestens 10 Minuten im Voraus.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="81"/>
        <source>Scheduled date and time (local time)</source>
        <translation>Geplantes Datum und Uhrzeit (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="88"/>
        <source>Scheduled time in UTC</source>
        <translation>Geplante Zeit in UTC</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="92"/>
        <source>Schedule one hour from now.</source>
        <translation>In einer Stunde planen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="94"/>
        <source>Schedule tomorrow morning at 9:00 local time.</source>
        <translation>Für morgen früh um 9:00 Uhr Ortszeit planen.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="97"/>
        <source>Schedule check</source>
        <translation>Prüfung des Zeitplans</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="101"/>
        <source>When Tokdeck hands the post to Crosspostify</source>
        <translation>Wann Tokdeck den Beitrag an Crosspostify übergibt</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="104"/>
        <source>Hand over to Crosspostify now (locks the post)</source>
        <translation>Jetzt an Crosspostify übergeben (sperrt den Beitrag)</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="107"/>
        <source>Crosspostify keeps the post from now on; change it in the Crosspostify dashboard.</source>
        <translation>Ab jetzt verwaltet Crosspostify den Beitrag; ändern Sie ihn im Crosspostify-Dashboard.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="110"/>
        <source>Keep editable in Tokdeck until an hour before (Tokdeck or `tokdeck-cli outbox run` must be running)</source>
        <translation>In Tokdeck bis eine Stunde vorher bearbeitbar lassen (Tokdeck oder `tokdeck-cli outbox run` muss laufen)</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="114"/>
        <source>You can still edit or move the post; Tokdeck sends it an hour before its time.</source>
        <translation>Sie können den Beitrag weiterhin bearbeiten oder verschieben; Tokdeck sendet ihn eine Stunde vor seinem Zeitpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="116"/>
        <source>Han&amp;d over:</source>
        <translation>Übe&amp;rgabe:</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="240"/>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="241"/>
        <source>Sent to Crosspostify as %1 (UTC).</source>
        <translation>Wird als %1 (UTC) an Crosspostify gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="252"/>
        <source>Held locally: %1</source>
        <translation>Lokal zurückgehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="260"/>
        <source>Choose &quot;Schedule&quot; to pick a date and time.</source>
        <translation>Wählen Sie „Planen“, um Datum und Uhrzeit festzulegen.</translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadProgressDelegate</name>
    <message>
        <location filename="../ui/queue/UploadProgressDelegate.cpp" line="266"/>
        <source>Cancel uploading %1</source>
        <translation>Hochladen von %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadProgressDelegate.cpp" line="267"/>
        <source>Retry uploading %1</source>
        <translation>%1 erneut hochladen</translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadQueue</name>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="145"/>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="149"/>
        <source>%1 is not a video or image TikTok accepts (MP4, MOV, JPEG, PNG).</source>
        <translation>%1 ist kein Video und kein Bild, das TikTok annimmt (MP4, MOV, JPEG, PNG).</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="158"/>
        <source>Same content as %1, already in the queue.</source>
        <translation>Gleicher Inhalt wie %1, bereits in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="198"/>
        <source>Already uploaded earlier; the new draft reuses it.</source>
        <translation>Bereits früher hochgeladen; der neue Entwurf verwendet die Datei erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="237"/>
        <location filename="../app/publish/UploadQueue.cpp" line="294"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="253"/>
        <source>The upload could not be recorded.</source>
        <translation>Das Hochladen konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadQueuePanel</name>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="23"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="25"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="27"/>
        <source>%1 % · %2/s</source>
        <translation>%1 % · %2/s</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="31"/>
        <source>uploaded · draft ready for a caption</source>
        <translation>hochgeladen · Entwurf bereit für eine Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="33"/>
        <source>duplicate: %1</source>
        <translation>Duplikat: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="35"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="37"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="50"/>
        <source>Cancel &amp;upload</source>
        <translation>&amp;Hochladen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="51"/>
        <source>Retr&amp;y upload</source>
        <translation>Erneut hoch&amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="55"/>
        <source>Upload queue</source>
        <translation>Warteschlange zum Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="65"/>
        <source>Cancel the upload of the selected file</source>
        <translation>Das Hochladen der ausgewählten Datei abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="67"/>
        <source>Upload the selected file again</source>
        <translation>Die ausgewählte Datei erneut hochladen</translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="70"/>
        <source>&lt;b&gt;Uploads&lt;/b&gt; (drop several videos or a folder on the window)</source>
        <translation>&lt;b&gt;Hochladen&lt;/b&gt; (mehrere Videos oder einen Ordner auf das Fenster ziehen)</translation>
    </message>
</context>
<context>
    <name>tokdeck::WeekView</name>
    <message>
        <location filename="../ui/calendar/WeekView.cpp" line="12"/>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
</context>
</TS>
