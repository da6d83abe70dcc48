// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PostStore::saveContentMany(): several content saves as one transaction (apart from
// PostStore.cpp to keep that file within bounds).

#include "storage/PostStore.h"
#include "storage/Transaction.h"

namespace tokdeck {

bool PostStore::saveContentMany(QList<Post> &posts)
{
    const QString operation = tr("Could not save %n post(s)", nullptr, int(posts.size()));
    if (!ensureOpen(operation))
        return false;
    Transaction transaction(connection());
    if (!beginOrFail(transaction, operation))
        return false;
    QList<Post> saved = posts; // `posts` change only once everything is committed
    for (Post &post : saved) {
        const QString one = post.id == 0 ? tr("Could not save the new post")
                                         : tr("Could not save post %1").arg(post.id);
        if (!writeContent(post, one))
            return false; // the transaction rolls back: none is saved
    }
    if (!commitOrFail(transaction, operation))
        return false;
    for (const Post &post : std::as_const(saved))
        announce(post.id);
    posts = saved;
    return true;
}

} // namespace tokdeck
