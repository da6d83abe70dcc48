// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace tokdeck {
struct Account;
struct Post;
} // namespace tokdeck

namespace tokdeck::cli {

// `--json` of every listing command (accounts, drafts, posts, schedule): one compact array on
// one line. Ids are strings (a script in JavaScript loses digits past 2^53); texts go in as
// they are, since JSON escapes control characters itself (no terminal escaping here).
class JsonOutput
{
public:
    static QJsonObject post(const Post &post);
    static QJsonObject account(const Account &account);
    static void print(const QJsonArray &items); // on stdout
};

} // namespace tokdeck::cli
