// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QString>
#include <optional>

namespace tokdeck {

// The draft being typed while the database cannot take it (a team server that is away): its
// content in a private file (0600) beside the database's data, so that closing Tokdeck or a
// crash meanwhile loses nothing. DraftAutosaver writes it on a failed save and removes it once
// a save succeeds; read() gives it back (offering it at the next start is still to do).
class DraftRecovery
{
public:
    // <dataDirectory()>/recovery/draft.json
    static QString defaultPath();

    // The content (texts, schedule, accounts, media paths, the id and revision it was based
    // on). False when the file could not be written: the edit is still in memory.
    static bool write(const QString &path, const Post &post);
    static std::optional<Post> read(const QString &path);
    static void remove(const QString &path);
};

} // namespace tokdeck
