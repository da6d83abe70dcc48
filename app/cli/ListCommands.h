// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace tokdeck::cli {

// `tokdeck-cli drafts` and `tokdeck-cli schedule --from DATE --to DATE`: what the post store
// holds, one post a line, tab-separated for scripts.
class ListCommands
{
    Q_DECLARE_TR_FUNCTIONS(ListCommands)

public:
    static int drafts(const QCommandLineParser &parser);
    static int schedule(const QCommandLineParser &parser);
};

} // namespace tokdeck::cli
