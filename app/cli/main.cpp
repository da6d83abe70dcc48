// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokdeck-cli: the scripting front end over the same core as the app.

#include "cli/AccountsCommand.h"
#include "cli/CliEnvironment.h"
#include "cli/CommandHelp.h"
#include "cli/ExchangeCommands.h"
#include "cli/ExitCode.h"
#include "cli/KeyCommand.h"
#include "cli/ListCommands.h"
#include "cli/MediaCommand.h"
#include "cli/OutboxCommand.h"
#include "cli/PostActionsCommand.h"
#include "cli/PostCommand.h"
#include "cli/RepeatCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/SlotsCommand.h"
#include "cli/TeamCommand.h"
#include "i18n/AppTranslations.h"
#include "support/ProcessHardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace tokdeck::cli;

namespace {

// The options, also for each command's --help (cli/CommandHelp.h), which shows its own.
QList<QCommandLineOption> addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Compose and schedule TikTok posts through Crosspostify.\n\n"
        "Commands:\n"
        "  accounts                           list TikTok accounts (ID, name, username)\n"
        "  post video FILE [options]          post a video\n"
        "  post photo FILE [options]          post one image\n"
        "  post slideshow FILE FILE... [opts] post 1-10 images in order\n"
        "  key set|check|delete               the API key in the system keychain (set reads "
        "stdin)\n"
        "  drafts                             list drafts\n"
        "  posts [--state S] [--from --to] [--json]  every post with its state and reason\n"
        "  resolve ID published|send-again|live URL|failed REASON  what became of a post\n"
        "  delete ID                          delete a post not yet with Crosspostify\n"
        "  duplicate ID                       copy a post as a new draft; prints its id\n"
        "  repeat ID \"RULE\"                   more posts like it, e.g. \"every 1 week x 4\"\n"
        "  unschedule ID                      move a ready or failed post back to draft\n"
        "  schedule [--from DATE --to DATE]   posts planned in a range, one a line\n"
        "  outbox run [--once]                hand due posts to Crosspostify\n"
        "  export ics FILE [--from --to]      the schedule as an iCalendar file\n"
        "  import FILE.csv [--schedule] [--fix] drafts from CSV: "
        "media,caption,title,accounts,at,aigc\n"
        "  media check|fix FILE... [-o DIR]   what breaks a rule; write fixed copies\n"
        "  sandbox [--port N]                 run the built-in stand-in of the API\n"
        "  slots set ACCOUNT \"SPEC\" [--tz Z]  posting slots, e.g. \"Mon-Fri 09:00,18:00\"; "
        "also: slots clear ACCOUNT, slots show [--json]\n"
        "  team init URL|add-member NAME ROLE|show|require-approval on|off  team mode "
        "(PostgreSQL)\n"
        "  post submit|approve|withdraw ID, post reject ID --comment TEXT, post audit ID  "
        "team review (help review)\n\n"
        "The API key comes from TOKDECK_API_KEY or the keychain, never from the command line.\n"
        "Posts and drafts live in $TOKDECK_DATA_DIR (default: the standard data folder).\n"
        "Exit codes: 0 done, 2 usage, 3 input rejected locally, 4 API or network error,\n"
        "5 may have been published (check before sending again),\n"
        "6 the data folder could not be read or written."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "accounts, post or sandbox"));
    const QList<QCommandLineOption> options = {
        {QStringLiteral("api-url"),
         QCoreApplication::translate("main", "Crosspostify API address (default: $TOKDECK_API_URL, "
                                             "else the real API)."),
         QStringLiteral("url")},
        {QStringLiteral("account"),
         QCoreApplication::translate("main", "Account ID to post to (repeat for several)."),
         QStringLiteral("id")},
        {QStringLiteral("caption"), QCoreApplication::translate("main", "Caption (max 2,200)."),
         QStringLiteral("text")},
        {QStringLiteral("title"), QCoreApplication::translate("main", "Optional title."),
         QStringLiteral("text")},
        {QStringLiteral("aigc"),
         QCoreApplication::translate("main", "Label the video as AI-generated (video only).")},
        {QStringLiteral("at"),
         QCoreApplication::translate("main",
                                     "Schedule: 2025-06-01T14:00:00Z, an ISO time with "
                                     "offset, or local \"yyyy-MM-dd HH:mm\". Omit to post now."),
         QStringLiteral("when")},
        {QStringLiteral("queue"),
         QCoreApplication::translate("main", "post: take the first account's next free posting "
                                             "slot (see slots).")},
        {QStringLiteral("repeat"),
         QCoreApplication::translate("main", "post: also the further posts of a series, e.g. "
                                             "\"every 1 week x 4\" or \"every 2 days until "
                                             "2027-03-01\" (see repeat)."),
         QStringLiteral("rule")},
        {QStringLiteral("tz"),
         QCoreApplication::translate("main", "slots set, repeat: IANA time zone of the times "
                                             "(default: the system's)."),
         QStringLiteral("zone")},
        {QStringLiteral("port"),
         QCoreApplication::translate("main", "Sandbox port (0 = any free)."), QStringLiteral("n")},
        {QStringLiteral("from"),
         QCoreApplication::translate("main", "Start of a range (date or time)."),
         QStringLiteral("when")},
        {QStringLiteral("to"),
         QCoreApplication::translate("main", "End of a range (date or time)."),
         QStringLiteral("when")},
        {QStringLiteral("state"),
         QCoreApplication::translate("main", "posts: only these states (comma-separated: draft, "
                                             "ready, failed, needs_attention, ...)."),
         QStringLiteral("states")},
        {QStringLiteral("json"),
         QCoreApplication::translate("main", "One JSON array instead of lines (ids as strings).")},
        {QStringLiteral("once"),
         QCoreApplication::translate("main", "outbox run: process what is due, then exit.")},
        {QStringLiteral("schedule"),
         QCoreApplication::translate("main",
                                     "import: queue the good rows for sending at their time.")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("main", "media fix: folder for the fixed copies (default: "
                                             "fixed/ in the data folder)."),
         QStringLiteral("dir")},
        {QStringLiteral("fix"),
         QCoreApplication::translate("main", "post, import: fix what can be fixed first (fixed "
                                             "copies in fixed/ in the data folder).")},
        {QStringLiteral("comment"),
         QCoreApplication::translate("main", "post reject: why, for the post's editor."),
         QStringLiteral("text")},
        {QStringLiteral("password-stdin"),
         QCoreApplication::translate("main", "team add-member: read the member's password "
                                             "from the first line of stdin.")},
        {QStringLiteral("sandbox-key"),
         QCoreApplication::translate("main", "Fixed key for the sandbox (default: random)."),
         QStringLiteral("key")},
    };
    parser.addOptions(options);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds the key: no core dump or debugger may read it out of memory.
    if (const QString failed = tokdeck::hardenProcess(); !failed.isEmpty())
        std::fprintf(stderr, "tokdeck-cli: warning: %s\n", qPrintable(failed));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKDECK_VERSION));
    // The app's translations, before the first tr(): messages and --help in the user's language.
    const tokdeck::AppTranslations translations(QLocale::system());

    QCommandLineParser parser;
    const QList<QCommandLineOption> options = addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        CliEnvironment::printError(parser.errorText());
        return Usage;
    }
    const QStringList words = parser.positionalArguments();
    const bool review =
        words.value(0) == QLatin1StringView("post") && ReviewCommand::handles(words.value(1));
    if (words.value(0) == QLatin1StringView("help") && words.size() > 1)
        return CommandHelp::show(words.at(1), options);
    if (parser.isSet(QStringLiteral("help")) && !words.isEmpty())
        return CommandHelp::show(review ? QStringLiteral("review") : words.first(), options);
    if (parser.isSet(QStringLiteral("help")) || words.value(0) == QLatin1StringView("help"))
        parser.showHelp(Done);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QString command = parser.positionalArguments().value(0);
    if (command == QLatin1StringView("accounts"))
        return AccountsCommand::run(parser);
    if (review) // post submit|approve|reject|withdraw|audit ID
        return ReviewCommand::run(parser);
    if (command == QLatin1StringView("post"))
        return PostCommand::run(parser);
    if (command == QLatin1StringView("team"))
        return TeamCommand::run(parser);
    if (command == QLatin1StringView("sandbox"))
        return SandboxCommand::run(parser);
    if (command == QLatin1StringView("key"))
        return KeyCommand::run(parser);
    if (command == QLatin1StringView("drafts"))
        return ListCommands::drafts(parser);
    if (command == QLatin1StringView("delete"))
        return PostActionsCommand::remove(parser);
    if (command == QLatin1StringView("duplicate"))
        return PostActionsCommand::duplicate(parser);
    if (command == QLatin1StringView("unschedule"))
        return PostActionsCommand::unschedule(parser);
    if (command == QLatin1StringView("resolve"))
        return PostActionsCommand::resolve(parser);
    if (command == QLatin1StringView("posts"))
        return ListCommands::posts(parser);
    if (command == QLatin1StringView("schedule"))
        return ListCommands::schedule(parser);
    if (command == QLatin1StringView("outbox"))
        return OutboxCommand::run(parser);
    if (command == QLatin1StringView("export"))
        return ExchangeCommands::exportIcs(parser);
    if (command == QLatin1StringView("import"))
        return ExchangeCommands::importCsv(parser);
    if (command == QLatin1StringView("media"))
        return MediaCommand::run(parser);
    if (command == QLatin1StringView("slots"))
        return SlotsCommand::run(parser);
    if (command == QLatin1StringView("repeat"))
        return RepeatCommand::run(parser);

    CliEnvironment::printError(
        command.isEmpty()
            ? QCoreApplication::translate("main", "give a command; see --help.")
            : QCoreApplication::translate("main", "unknown command \"%1\"; see --help.")
                  .arg(command));
    return Usage;
}
