<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="28"/>
        <source>Crosspostify may have received this post before the connection failed (%1). Check the account on TikTok or in the Crosspostify dashboard, then mark it published or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="39"/>
        <source> The server said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="43"/>
        <source>The API address must start with https:// (plain http:// is allowed only for this computer). Correct it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="46"/>
        <source>The file could not be read (%1). Check that it still exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="49"/>
        <source>Crosspostify refused the API key (HTTP %1). Paste a current key from your Crosspostify dashboard in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="54"/>
        <source>Crosspostify rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="55"/>
        <source> Check the post&apos;s fields and media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="57"/>
        <source>Crosspostify does not know this address or item (HTTP 404). Check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="61"/>
        <source>Crosspostify&apos;s rate limit was reached (HTTP 429). Tokdeck will wait and try again; posting fewer than 3 posts a minute per account avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="65"/>
        <source>Crosspostify had a server error (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="70"/>
        <source>Crosspostify answered with a redirect (HTTP %1), which Tokdeck does not follow with your key. Check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="74"/>
        <source>Crosspostify gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="76"/>
        <source>Crosspostify could not be reached (%1). Check the internet connection; Tokdeck keeps the post and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="80"/>
        <source>Crosspostify did not answer in time. Check the internet connection; Tokdeck keeps the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="83"/>
        <source>The secure connection to Crosspostify failed (%1). The network may be intercepting traffic; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="87"/>
        <source>Crosspostify&apos;s answer could not be read (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/api/ApiError.cpp" line="89"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliEnvironment</name>
    <message>
        <location filename="../app/cli/CliEnvironment.cpp" line="32"/>
        <source>API address %1: use https:// (plain http:// only for 127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRules</name>
    <message>
        <location filename="../app/rules/ConflictRules.cpp" line="27"/>
        <source>%1 posts twice within %2 minutes; TikTok may throttle or hide one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/ConflictRules.cpp" line="41"/>
        <source>%1 has %2 posts on one day; TikTok caps around %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../app/media/ContentHash.cpp" line="22"/>
        <source>%1 could not be opened (%2). Check that it still exists and can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/ContentHash.cpp" line="32"/>
        <source>%1 could not be read to its end (%2). Check the disk or copy the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvPostImporter</name>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="48"/>
        <source>%1 could not be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="58"/>
        <source>%1 is empty; it needs the header row media,caption,title,accounts,at,aigc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="73"/>
        <source>The header row lacks %1; it should read media,caption,title,accounts,at,aigc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="96"/>
        <source>No such file (looked in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="107"/>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="107"/>
        <source>The media cell is empty; name a video or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="114"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="115"/>
        <source>&quot;%1&quot; is not a time; use 2026-06-01T14:00:00Z or local 2026-06-01 14:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="122"/>
        <source>aigc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/CsvPostImporter.cpp" line="122"/>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="67"/>
        <source>Line %1: a quoted field is never closed; add the missing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="131"/>
        <source>The database %1 could not be switched to write-ahead logging (SQLite answered &quot;%2&quot;). Keep the data folder on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="150"/>
        <source>Could not configure the database %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="156"/>
        <source>The database %1 does not enforce foreign keys (this SQLite build lacks them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="181"/>
        <source>The database %1 is damaged and could not be moved aside to %2. Move it yourself, then start Tokdeck again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="205"/>
        <source>not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="208"/>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="216"/>
        <location filename="../app/storage/Database.cpp" line="251"/>
        <source>Could not read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="239"/>
        <source>The database %1 was damaged (%2). It was kept as %3 and Tokdeck started a new, empty one. Your posts on Crosspostify are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Database.cpp" line="245"/>
        <source>Could not create a new database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="21"/>
        <source>export: use &quot;export ics FILE [--from DATE --to DATE]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="47"/>
        <source>%1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="50"/>
        <source>%n post(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="58"/>
        <source>import: give the CSV file (header media,caption,title,accounts,at,aigc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="81"/>
        <source>line %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="83"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="94"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="96"/>
        <source>%n post(s) queued; &quot;tokdeck-cli outbox run&quot; or the app sends them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExchangeCommands.cpp" line="98"/>
        <source>%n draft(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="12"/>
        <source>TikTok video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="13"/>
        <source>TikTok photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="14"/>
        <source>TikTok slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="90"/>
        <source>TikTok schedule (Tokdeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/IcsWriter.cpp" line="101"/>
        <source>%1

Accounts: %2
State: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="50"/>
        <source>Paste your Crosspostify API key and press Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommand.cpp" line="68"/>
        <source>The key works for %1: %n TikTok account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="97"/>
        <source>key set: no key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="106"/>
        <source>The key was not stored: no system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="110"/>
        <source>Stored in the system keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="118"/>
        <source>No key for %1 is stored any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommand.cpp" line="121"/>
        <source>key: use &quot;key set&quot; (reads standard input), &quot;key check&quot; or &quot;key delete&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <location filename="../app/cli/KeySource.cpp" line="36"/>
        <source>No API key for %1: store one with &quot;tokdeck-cli key set&quot; (it reads the key from standard input) or set TOKDECK_API_KEY. Keys are never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <location filename="../app/cli/ListCommands.cpp" line="63"/>
        <source>schedule: --from and --to take a date (2026-12-01) or a time like --at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaInspector</name>
    <message>
        <location filename="../app/media/MediaInspector.cpp" line="37"/>
        <source>%1 was not inspected: the application is closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaProbe</name>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="39"/>
        <source>%1 does not exist. Check that the file was not moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="48"/>
        <source>%1 could not be read (%2). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="78"/>
        <source>%1 could not be read as a video: it may be damaged or incomplete. Export or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="88"/>
        <source>%1 has no video track. Choose a video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="96"/>
        <source>%1 ends early: it was probably cut off while being copied or downloaded. Copy the complete file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/MediaProbe.cpp" line="127"/>
        <source>%1 could not be read as an image: it may be damaged or incomplete. Export it again as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="30"/>
        <source>The file is empty (0 bytes). Choose the finished export of the video or image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="38"/>
        <source>This is not a video or image TikTok accepts (its content is not MP4, MOV, JPEG or PNG, whatever its name says). Export it as MP4 or JPEG and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="49"/>
        <source>The video is %1 MB; Crosspostify takes videos up to %2 MB. Export it with a lower bitrate or trim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="60"/>
        <source>The video codec is %1; TikTok takes H.264, H.265, VP8 or VP9. Export it as H.264.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="65"/>
        <source>The video codec is %1; H.264 is the safest choice for TikTok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="71"/>
        <source>The frame rate is %1 fps; TikTok takes 23 to 60 fps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="79"/>
        <source>The video is %1×%2 px; each side must be between 360 and 4096 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="84"/>
        <source>The video is %1×%2 px, below 720p; it will look soft on phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="90"/>
        <source>The video is %1×%2 px, not 9:16 (vertical); TikTok will show bars or crop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="98"/>
        <source>The video lasts %1 s; at most 600 s (10 minutes) can be posted. Trim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="102"/>
        <source>The video lasts %1 s; some accounts can only post 180 s and TikTok may trim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="107"/>
        <source>The video lasts under 3 s; TikTok may refuse very short videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="119"/>
        <source>The image is %1; Crosspostify takes JPEG or PNG. Save it as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="125"/>
        <source>The image is %1 MB; Crosspostify takes images up to %2 MB. Save it with more compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="131"/>
        <source>PNG images are converted by Crosspostify; TikTok&apos;s photo API takes JPEG, so JPEG keeps more control over quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="138"/>
        <source>The image is %1×%2 px, below the recommended 720×1280.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="143"/>
        <source>The image is %1×%2 px, above 1080p; TikTok will scale it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/MediaRules.cpp" line="149"/>
        <source>The image is %1×%2 px, not 9:16 (vertical).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="122"/>
        <source>The database %1 was written by a newer version of Tokdeck (schema %2; this version knows up to %3). Update Tokdeck to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="136"/>
        <source>Could not read the schema version of the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="150"/>
        <source>Could not upgrade the database %1 to version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/Migrations.cpp" line="178"/>
        <source>Could not upgrade the database %1 from version %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <location filename="../app/cli/OutboxCommand.cpp" line="16"/>
        <source>outbox: use &quot;outbox run&quot; or &quot;outbox run --once&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostChipStyle</name>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="63"/>
        <source>Handed over to Crosspostify with its schedule: change it in the Crosspostify dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="67"/>
        <source>Already published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="69"/>
        <source>May have been published: resolve it in the composer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="72"/>
        <source>Being sent to Crosspostify right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/PostChipStyle.cpp" line="94"/>
        <source>%1 +%2</source>
        <extracomment>The first account of a post and how many more it goes to, e.g. &quot;@alice +2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostCommand</name>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="28"/>
        <source>post: give the type (video, photo or slideshow) and at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="34"/>
        <source>post: unknown type &quot;%1&quot;; use video, photo or slideshow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="40"/>
        <source>post: give at least one --account ID (see &quot;tokdeck-cli accounts&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="45"/>
        <source>post: --caption is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="61"/>
        <source>--at &quot;%1&quot;: not a time; use 2025-06-01T14:00:00Z, an offset like +02:00, or local &quot;2025-06-01 14:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="78"/>
        <source>No such file. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="97"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="194"/>
        <source>local-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="195"/>
        <source>Held locally: more than 30 days ahead, so Tokdeck hands it to Crosspostify once it is within 30 days. Keep Tokdeck or &quot;tokdeck-cli outbox run&quot; running then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="207"/>
        <source>accepted (Crosspostify gave no ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/PostCommand.cpp" line="214"/>
        <source>The post was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostRules</name>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="23"/>
        <location filename="../app/rules/PostRules.cpp" line="28"/>
        <location filename="../app/rules/PostRules.cpp" line="34"/>
        <location filename="../app/rules/PostRules.cpp" line="63"/>
        <location filename="../app/rules/PostRules.cpp" line="69"/>
        <location filename="../app/rules/PostRules.cpp" line="75"/>
        <location filename="../app/rules/PostRules.cpp" line="77"/>
        <location filename="../app/rules/PostRules.cpp" line="82"/>
        <location filename="../app/rules/PostRules.cpp" line="85"/>
        <location filename="../app/rules/PostRules.cpp" line="95"/>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="24"/>
        <source>Add a video, a photo or up to 10 images for a slideshow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="29"/>
        <source>A post holds either one video or images, not both. Remove the video or the images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="35"/>
        <source>A post holds one video; %1 were added. Make one post per video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="64"/>
        <source>A video post needs exactly one video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="70"/>
        <source>A photo post needs exactly one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="75"/>
        <source>A slideshow needs 1 to 10 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="78"/>
        <source>A slideshow holds at most 10 images; %1 were added. Remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="83"/>
        <source>A slideshow holds images only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="86"/>
        <source>A slideshow of one image is better posted as a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="96"/>
        <source>The images have different aspect ratios; TikTok shows a slideshow best when all have the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="104"/>
        <source>AI-generated label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="105"/>
        <source>The AI-generated label applies to video posts only; clear it for photos and slideshows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="110"/>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="111"/>
        <source>Choose at least one TikTok account to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="118"/>
        <source>This account is chosen twice; each account gets one post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="129"/>
        <source>caption for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="130"/>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="132"/>
        <source>title for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="133"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="153"/>
        <source>No connected account has this ID. Run &quot;tokdeck-cli accounts&quot; to list them, or connect it in Crosspostify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/PostRules.cpp" line="157"/>
        <source>This is a %1 account, not TikTok; choose a TikTok account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostState</name>
    <message>
        <location filename="../app/domain/PostState.cpp" line="66"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="68"/>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="70"/>
        <source>Held locally until hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="72"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="74"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="76"/>
        <source>Scheduled on Crosspostify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="78"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="80"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/PostState.cpp" line="82"/>
        <source>Needs attention: may have been published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostStore</name>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="103"/>
        <source>%1: %2 (database %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="111"/>
        <source>%1: the database %2 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="119"/>
        <source>Could not save the new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="120"/>
        <source>Could not save post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="180"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="238"/>
        <source>it no longer exists (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="241"/>
        <source>its state is now &quot;%1&quot;, so it can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="245"/>
        <source>it was changed elsewhere since it was opened (for example by the outbox). Reload it and apply the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="247"/>
        <source>it was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="316"/>
        <source>Could not delete post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="340"/>
        <location filename="../app/storage/PostStore.cpp" line="379"/>
        <source>%1: there is no such post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="362"/>
        <source>Could not mark post %1 as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="387"/>
        <source>Could not record the upload of media %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="398"/>
        <source>%1: there is no such media row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="406"/>
        <source>Could not record the content hash of media %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="419"/>
        <source>Could not record an upload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="435"/>
        <location filename="../app/storage/PostStore.cpp" line="452"/>
        <location filename="../app/storage/PostStore.cpp" line="459"/>
        <source>Could not look up an earlier upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="469"/>
        <source>Could not keep the list of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="503"/>
        <source>Could not read the list of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="523"/>
        <source>Could not collect earlier hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="568"/>
        <source>Could not load post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="579"/>
        <source>Could not load the posts from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="595"/>
        <source>Could not load the posts to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/PostStore.cpp" line="624"/>
        <source>Could not load the posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleCommand</name>
    <message>
        <location filename="../ui/calendar/RescheduleCommand.cpp" line="16"/>
        <source>Move post to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/RescheduleCommand.cpp" line="25"/>
        <source>The post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="18"/>
        <source>--port: give a number from 0 to 65535 (0 picks a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="25"/>
        <source>The sandbox could not listen on port %1: %2. Pick another port with --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SandboxCommand.cpp" line="34"/>
        <source>Sandbox running; stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRules</name>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="26"/>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="34"/>
        <source>The scheduled time is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="40"/>
        <source>%1 is too soon: schedule at least 10 minutes ahead (after %2), or post now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="45"/>
        <source>%1 is more than 30 days ahead: Tokdeck keeps the post and hands it to Crosspostify once it is within 30 days (Tokdeck or &quot;tokdeck-cli outbox run&quot; must be running then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="51"/>
        <source>%1 is too far ahead: Crosspostify schedules at most 30 days ahead (until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/ScheduleRules.cpp" line="56"/>
        <source>%1 is only just over 10 minutes away; if sending takes a while it may be refused. Pick a later time to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="22"/>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="26"/>
        <source>The caption is empty. TikTok needs a caption: write at least one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="31"/>
        <source>The caption is %1 characters long; TikTok allows at most %2 (emoji count as 2). Shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="40"/>
        <source>%1 hashtags: TikTok may treat hashtag stuffing as spam; 3 to 5 relevant ones work best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="50"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="55"/>
        <source>Title and caption together are %1 characters; TikTok may cut them beyond %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rules/TextRules.cpp" line="62"/>
        <source>The title is %1 characters long; photo and slideshow titles allow at most %2. Shorten it by %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="83"/>
        <source>No preview could be made of %1: it may be damaged or in a format this computer cannot decode. Export it again as H.264 MP4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="186"/>
        <source>No preview could be made of %1: it may be damaged or incomplete. Export it again as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/media/Thumbnailer.cpp" line="204"/>
        <source>%1 is neither a video nor an image, so there is nothing to preview.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>accounts, post or sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>Crosspostify API address (default: $TOKDECK_API_URL, else the real API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="51"/>
        <source>Account ID to post to (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="53"/>
        <source>Caption (max 2,200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Optional title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="58"/>
        <source>Label the video as AI-generated (video only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="60"/>
        <source>Schedule: 2025-06-01T14:00:00Z, an ISO time with offset, or local &quot;yyyy-MM-dd HH:mm&quot;. Omit to post now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="63"/>
        <source>Sandbox port (0 = any free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>Start of a range (date or time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="67"/>
        <source>End of a range (date or time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>outbox run: process what is due, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>import: queue the good rows for sending at their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>Fixed key for the sandbox (default: random).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="119"/>
        <source>give a command; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="120"/>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="31"/>
        <source>Compose and schedule TikTok posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="35"/>
        <source>Start on the built-in sandbox: no key, nothing is really posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountListModel</name>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="30"/>
        <source>%1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="31"/>
        <source>TikTok account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountTargetsEditor</name>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="20"/>
        <source>Accounts to post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="24"/>
        <source>Own caption for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="25"/>
        <source>Empty: use the shared caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="28"/>
        <source>Own title for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="29"/>
        <source>Empty: use the shared title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="32"/>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="33"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="38"/>
        <source>&lt;b&gt;Post to&lt;/b&gt; (check one or more TikTok accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="55"/>
        <source>Own text for %1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountTargetsEditor.cpp" line="56"/>
        <source>Own text for one account (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountTargetsModel</name>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="82"/>
        <source>%1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="83"/>
        <source>%1 · own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountTargetsModel.cpp" line="86"/>
        <source>TikTok account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::AccountsPanel</name>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="18"/>
        <source>&lt;b&gt;TikTok accounts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="22"/>
        <source>TikTok accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPanel.cpp" line="27"/>
        <source>&amp;Refresh accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarGridView</name>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="221"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="225"/>
        <source>Accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarGridView.cpp" line="228"/>
        <source>Cannot be moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::CalendarPanel</name>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="47"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="48"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="48"/>
        <source>Jump to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="49"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="50"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="50"/>
        <source>Month view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="51"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="51"/>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="52"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="52"/>
        <source>Agenda list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="64"/>
        <source>Times in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="68"/>
        <source>Hover a post to see its time in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/calendar/CalendarPanel.cpp" line="157"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::CaptionEdit</name>
    <message>
        <location filename="../ui/widgets/CaptionEdit.cpp" line="31"/>
        <source>Hashtags used before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::ComposerWidget</name>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="43"/>
        <source>AI-generated content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="46"/>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="46"/>
        <source>It was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="47"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="51"/>
        <source>Add &amp;media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="54"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="55"/>
        <source>Caption with #hashtags and emoji (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="59"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="60"/>
        <source>Optional title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="62"/>
        <source>Label videos that are realistically generated or significantly edited by AI (faces, voices, scenes). When in doubt, label it. Videos only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="72"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="73"/>
        <source>Send now or at the chosen time (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="79"/>
        <source>Show what TikTok&apos;s buttons cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="92"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="99"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="125"/>
        <source>Post editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="168"/>
        <source>Uploading %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="193"/>
        <location filename="../ui/compose/ComposerWidget.cpp" line="206"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="224"/>
        <source>youraccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="246"/>
        <source>&lt;b&gt;✖&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="246"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compose/ComposerWidget.cpp" line="249"/>
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="270"/>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="272"/>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="272"/>
        <source>Sending to Crosspostify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="280"/>
        <source>Add media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/ComposerWidget.cpp" line="281"/>
        <source>Videos and images (*.mp4 *.mov *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::ConnectDialog</name>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="20"/>
        <source>Connect to Crosspostify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="25"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="30"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="32"/>
        <source>Paste the key from your Crosspostify dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="37"/>
        <source>&amp;Check and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="41"/>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="42"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="43"/>
        <source>The key is checked with Crosspostify, then kept only in your system keychain, never in Tokdeck&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="49"/>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="51"/>
        <source>A built-in stand-in of Crosspostify: everything works, nothing is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="53"/>
        <source>&amp;Delete stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="96"/>
        <source>The API address must start with https:// (plain http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="100"/>
        <source>Paste your API key first; you find it in the Crosspostify dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="106"/>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectDialog.cpp" line="115"/>
        <source>The key works, but no TikTok account is connected to it. Connect one in the Crosspostify dashboard, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::ConnectionManager</name>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="39"/>
        <source>Connect Tokdeck to your Crosspostify account, or try the sandbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="59"/>
        <source>No API key for %1 is stored on this computer. Paste your Crosspostify API key to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="79"/>
        <source>The built-in sandbox could not start (%1). Try again, or connect to Crosspostify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connection/ConnectionManager.cpp" line="105"/>
        <source>The API key was deleted from this computer. Paste a key to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::DraftEditor</name>
    <message>
        <location filename="../ui/compose/DraftEditor.cpp" line="156"/>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::DraftsPanel</name>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="21"/>
        <source>Search captions and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="22"/>
        <source>Search posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="25"/>
        <source>Show posts in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="26"/>
        <source>All posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="27"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="28"/>
        <source>Waiting or sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="31"/>
        <source>Scheduled or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="33"/>
        <source>Needs attention or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts/DraftsPanel.cpp" line="36"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::EmojiPickerButton</name>
    <message>
        <location filename="../ui/widgets/EmojiPickerButton.cpp" line="18"/>
        <location filename="../ui/widgets/EmojiPickerButton.cpp" line="19"/>
        <source>Insert an emoji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::KeyStore</name>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="182"/>
        <source>The system keychain could not handle the API key for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="189"/>
        <source>No API host was given for the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="193"/>
        <source>The API key is empty, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="196"/>
        <source>The API key contains a NUL character, so it was not saved. Paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="204"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be read. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="209"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be saved. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="216"/>
        <source>The system keychain is locked or refused access, so the API key for %1 could not be removed. Unlock your keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/KeyStore.cpp" line="265"/>
        <source>No system keychain is available (Secret Service not running), so the API key is kept for this session only and you will be asked again next time. Install and unlock GNOME Keyring or KWallet to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>Tokdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>&amp;Add media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Export schedule (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Import posts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;Paste files into the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Refresh accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Change where Tokdeck posts to: your Crosspostify account or the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="230"/>
        <source>Posts are being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Tokdeck is still uploading or sending posts. Quit anyway? Nothing is lost: they continue the next time Tokdeck (or &quot;tokdeck-cli outbox run&quot;) starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>Sandbox (no real posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>Crosspostify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>%1 · %n TikTok account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>Offline: %1 not reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaListModel</name>
    <message>
        <location filename="../ui/models/MediaListModel.cpp" line="112"/>
        <source>Position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::MediaStrip</name>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="43"/>
        <source>Media in display order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="44"/>
        <source>Drag to reorder, or use Alt+Left/Right. Delete removes the selected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="114"/>
        <source>Drop a video, a photo or up to 10 images here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/MediaStrip.cpp" line="116"/>
        <source>%1 / %2 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::MonthView</name>
    <message>
        <location filename="../ui/calendar/MonthView.cpp" line="11"/>
        <source>Month calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/calendar/MonthView.cpp" line="108"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::Outbox</name>
    <message>
        <location filename="../app/publish/Outbox.cpp" line="36"/>
        <source>Tokdeck stopped while this post was being sent, so it may have been published. Check TikTok or the Crosspostify dashboard, then mark it published or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::OutboxRun</name>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="61"/>
        <source>%1 is gone from %2. Put it back or remove it from the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="64"/>
        <source>%1 changed on disk since it was added (%2 bytes, was %3). Add it again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="71"/>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="73"/>
        <source>%1 changed on disk since it was added. Add it again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/OutboxRun.cpp" line="127"/>
        <location filename="../app/publish/OutboxRun.cpp" line="163"/>
        <source>Upload cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::PhonePreview</name>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="44"/>
        <source>Phone preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="45"/>
        <source>How the post may look in TikTok&apos;s feed. Tinted areas are covered by TikTok&apos;s own buttons and text: keep important content inside the dashed frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="162"/>
        <source> more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/PhonePreview.cpp" line="265"/>
        <source>Add a video or images to see them here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::PostListModel</name>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="14"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="15"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="16"/>
        <source>Slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="98"/>
        <source>(no caption yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="103"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="104"/>
        <source>%1 · %2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="122"/>
        <source>%1
To %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PostListModel.cpp" line="126"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::PostNotifier</name>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="24"/>
        <source>A post without caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="28"/>
        <source>“%1”</source>
        <extracomment>A post named by the first words of its caption, in quotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="42"/>
        <source>Published on TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="42"/>
        <source>%1 is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="45"/>
        <source>its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="46"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="46"/>
        <source>Crosspostify will publish %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="49"/>
        <source>A post failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="50"/>
        <source>%1 was not posted: %2 Open it in Tokdeck to fix it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="51"/>
        <source>no reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="54"/>
        <source>A post needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="55"/>
        <source>%1 may or may not have been published: %2 Check TikTok, then choose in Tokdeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notifications/PostNotifier.cpp" line="86"/>
        <source>Tokdeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::ScheduleExchange</name>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="25"/>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="27"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="39"/>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="42"/>
        <source>%1 could not be written (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="46"/>
        <source>Schedule exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="52"/>
        <source>Import posts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="53"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="69"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="72"/>
        <source>Import posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="73"/>
        <source>%n row(s) can become drafts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="75"/>
        <source>%n row(s) were refused; see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="78"/>
        <source>Create drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="95"/>
        <source>%n draft(s) created from the CSV.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ScheduleExchange.cpp" line="96"/>
        <source> %n row(s) refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokdeck::SchedulePicker</name>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="62"/>
        <source>Post &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="63"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="64"/>
        <source>In &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="65"/>
        <source>&amp;Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="69"/>
        <source>Send the post to Crosspostify as soon as it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="71"/>
        <source>Publish at a date and time: at least 10 minutes ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="75"/>
        <source>Scheduled date and time (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="82"/>
        <source>Scheduled time in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="86"/>
        <source>Schedule one hour from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="88"/>
        <source>Schedule tomorrow morning at 9:00 local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="91"/>
        <source>Schedule check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="95"/>
        <source>When Tokdeck hands the post to Crosspostify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="98"/>
        <source>Hand over to Crosspostify now (locks the post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="99"/>
        <source>Crosspostify keeps the post from now on; change it in the Crosspostify dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="101"/>
        <source>Keep editable in Tokdeck until an hour before (Tokdeck or `tokdeck-cli outbox run` must be running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="104"/>
        <source>You can still edit or move the post; Tokdeck sends it an hour before its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="106"/>
        <source>Han&amp;d over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="230"/>
        <source>= %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="231"/>
        <source>Sent to Crosspostify as %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="242"/>
        <source>Held locally: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compose/SchedulePicker.cpp" line="250"/>
        <source>Choose &quot;Schedule&quot; to pick a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadQueue</name>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="115"/>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="118"/>
        <source>%1 is not a video or image TikTok accepts (MP4, MOV, JPEG, PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="125"/>
        <source>Same content as %1, already in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="151"/>
        <source>Already uploaded earlier; the new draft reuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="180"/>
        <location filename="../app/publish/UploadQueue.cpp" line="217"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/UploadQueue.cpp" line="193"/>
        <source>The upload could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::UploadQueuePanel</name>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="21"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="22"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="25"/>
        <source>%1 % · %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="29"/>
        <source>uploaded · draft ready for a caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="30"/>
        <source>duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="31"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="32"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="40"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="40"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="44"/>
        <source>Upload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/UploadQueuePanel.cpp" line="50"/>
        <source>&lt;b&gt;Uploads&lt;/b&gt; (drop several videos or a folder on the window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tokdeck::WeekView</name>
    <message>
        <location filename="../ui/calendar/WeekView.cpp" line="12"/>
        <source>Week calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
