// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/StoreBase.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlQuery;

namespace tokdeck {

// One kept state of a post's shared caption and title (the accounts' own texts are not kept).
struct PostVersion
{
    qint64 postId = 0;
    QDateTime savedAt; // UTC: the last save this version stands for
    QString caption;
    QString title;
};

// The version history of posts' captions and titles. Versions are written by the content save
// itself (PostStore::saveContent() calls record() inside its transaction), so a save and its
// version commit or roll back together; this store reads them.
class VersionStore final : public StoreBase
{
    Q_DECLARE_TR_FUNCTIONS(VersionStore)
    Q_DISABLE_COPY_MOVE(VersionStore)

public:
    // The autosave stores a draft a few hundred milliseconds after each keystroke: saves closer
    // than this to the newest version are one typing session and update that version in place.
    static constexpr qint64 coalesceMs = 2 * 60 * 1000;
    static constexpr int maxVersions = 50; // per post; the oldest go first

    explicit VersionStore(StoreContext &context);

    // The post's versions, newest first (the newest is the text last saved).
    QList<PostVersion> versions(qint64 postId);

    // Part of a content save, on its connection and inside its transaction: keeps `caption`
    // and `title` as the post's newest version when they differ from it. Within coalesceMs of
    // the newest version that version is updated, unless the texts are those of an older
    // version (a restore: the text it replaces must stay in the history); otherwise a version
    // is added and the ones beyond maxVersions dropped. A new post with neither text starts no
    // history. False on a database failure (query.lastError() says why).
    static bool record(QSqlQuery &query, qint64 postId, const QString &caption,
                       const QString &title, const QDateTime &nowUtc);
};

} // namespace tokdeck
