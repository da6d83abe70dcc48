// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sandbox/SandboxState.h"

namespace tokdeck {

namespace {
Account makeAccount(const char *id, const char *platform, const char *name, const char *username)
{
    const QString user = QString::fromLatin1(username);
    // .invalid never resolves (RFC 2606): the sandbox must not make the app reach the internet,
    // and a UI has to cope with an avatar that does not load anyway.
    return {QString::fromLatin1(id), QString::fromLatin1(platform), QString::fromUtf8(name), user,
            QStringLiteral("https://avatars.sandbox.invalid/") + user + QStringLiteral(".png")};
}
} // namespace

SandboxState::SandboxState()
    : m_accounts{
        makeAccount("acc_tiktok_1", "tiktok", "Sunny Side Bakery", "sunnysidebakery"),
        makeAccount("acc_tiktok_2", "tiktok", "Trail Running Tips", "trailrunningtips"),
        makeAccount("acc_tiktok_3", "tiktok", "Pixel & Pine Studio", "pixelandpine"),
        makeAccount("acc_facebook_1", "facebook", "Sunny Side Bakery", "sunnysidebakery.fb"),
        makeAccount("acc_instagram_1", "instagram", "Pixel & Pine", "pixelandpine.ig")}
{}

const Account *SandboxState::account(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

QString SandboxState::addMedia(MediaFormat format, qint64 size, const QString &fileName)
{
    const bool video = mediaKindOf(format) == MediaKind::Video;
    const QString id = video ? QStringLiteral("vid_%1").arg(m_nextVideo++)
                             : QStringLiteral("img_%1").arg(m_nextImage++);
    m_media.insert(id, {id, format, size, fileName});
    return id;
}

const SandboxMedia *SandboxState::media(const QString &id) const
{
    const auto it = m_media.constFind(id);
    return it == m_media.cend() ? nullptr : &*it;
}

QString SandboxState::addPost(QJsonObject body, const QString &endpoint)
{
    const QString id = QStringLiteral("post_%1").arg(m_posts.size() + 1);
    body.insert(QLatin1StringView("endpoint"), endpoint);
    body.insert(QLatin1StringView("id"), id);
    m_posts.append(body);
    return id;
}

} // namespace tokdeck
