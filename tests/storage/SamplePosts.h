// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Header-only helpers shared by the storage tests and the benchmark.

#include "domain/Post.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QString>

namespace tokdeck::test {

inline PostMedia sampleMedia(int n, MediaKind kind = MediaKind::Video)
{
    PostMedia media;
    media.path = QStringLiteral("/home/me/Videos/clip-%1 é.mp4").arg(n);
    media.size = 1'000'000 + n;
    media.sha256 = QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0'));
    media.kind = kind;
    media.width = 1080;
    media.height = 1920;
    media.durationSeconds = 12.5 + n;
    media.codec = QStringLiteral("h264");
    return media;
}

// Every field set to something other than its default.
inline Post samplePost(const QDateTime &plannedAt)
{
    Post post;
    post.type = PostType::Slideshow;
    post.caption =
        QStringLiteral("Behind the scenes 🎬✨ with 👩🏽‍💻 and ümlauts #fyp #BTS");
    post.title = QStringLiteral("Studio day 🎥");
    post.isAigc = true;
    post.accounts = {{QStringLiteral("acc_tiktok_789"), QString(), QString()},
                     {QStringLiteral("acc_tiktok_123"), QStringLiteral("Own caption 🚀 #fyp"),
                      QStringLiteral("Own title")}};
    post.media = {sampleMedia(3, MediaKind::Image), sampleMedia(1, MediaKind::Image),
                  sampleMedia(2, MediaKind::Image)};
    post.plannedAt = plannedAt;
    post.handOver = HandOver::KeepEditable;
    post.state = PostState::Ready;
    post.serverPostId = QStringLiteral("post_42");
    post.lastError = QStringLiteral("HTTP 429 — retry later");
    return post;
}

inline qint64 countRows(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace tokdeck::test
