// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"
#include "domain/MediaInfo.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tokdeck {

// One upload the sandbox accepted. Only its metadata is kept: the bytes are dropped once
// sniffed, so a test can upload 100 MB without the server holding on to it.
struct SandboxMedia
{
    QString id;
    MediaFormat format = MediaFormat::Unknown;
    qint64 size = 0;
    QString fileName;

    MediaKind kind() const { return mediaKindOf(format); }
};

// The sandbox's in-memory world: connected accounts, uploaded media, created posts.
class SandboxState
{
public:
    SandboxState(); // three TikTok accounts and two of other platforms

    const QList<Account> &accounts() const { return m_accounts; }
    const Account *account(const QString &id) const; // nullptr when unknown

    QString addMedia(MediaFormat format, qint64 size, const QString &fileName); // the new id
    const SandboxMedia *media(const QString &id) const; // nullptr when unknown
    int mediaCount() const { return int(m_media.size()); }

    // Keeps an accepted create body with "endpoint" and "id" added; returns the id.
    QString addPost(QJsonObject body, const QString &endpoint);
    const QList<QJsonObject> &posts() const { return m_posts; }

    // Accounts that "do not take" a post: the create call still succeeds for the others, and
    // its answer leaves these out of `posts` (a partial hand-over, for tests).
    void setAccountsNotTaking(const QStringList &accountIds) { m_notTaking = accountIds; }
    bool takes(const QString &accountId) const { return !m_notTaking.contains(accountId); }

private:
    QStringList m_notTaking;
    QList<Account> m_accounts;
    QHash<QString, SandboxMedia> m_media;
    QList<QJsonObject> m_posts;
    int m_nextVideo = 1;
    int m_nextImage = 1;
};

} // namespace tokdeck
