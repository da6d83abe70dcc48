// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/DraftRecovery.h"

#include "support/Logging.h"
#include "support/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tokdeck {

using namespace Qt::StringLiterals;

namespace {
constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
}

QString DraftRecovery::defaultPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("recovery/draft.json"));
}

bool DraftRecovery::write(const QString &path, const Post &post)
{
    QJsonArray accounts;
    for (const PostAccount &account : post.accounts)
        accounts.append(QJsonObject{{u"id"_s, account.accountId},
                                    {u"caption"_s, account.captionOverride},
                                    {u"title"_s, account.titleOverride}});
    QJsonArray media;
    for (const PostMedia &item : post.media)
        media.append(QJsonObject{{u"path"_s, item.path},
                                 {u"source"_s, item.sourcePath},
                                 {u"size"_s, item.size},
                                 {u"sha256"_s, item.sha256}});
    QJsonObject json{{u"id"_s, post.id},
                     {u"revision"_s, post.revision},
                     {u"type"_s, postTypeKey(post.type)},
                     {u"caption"_s, post.caption},
                     {u"title"_s, post.title},
                     {u"aigc"_s, post.isAigc},
                     {u"handOver"_s, handOverKey(post.handOver)},
                     {u"accounts"_s, accounts},
                     {u"media"_s, media}};
    if (post.plannedAt)
        json.insert(u"plannedAt"_s, post.plannedAt->toMSecsSinceEpoch());

    // The folder and the file are the user's alone, as the database is: captions are private.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(folder, ownerOnly | QFile::ExeOwner);
    QSaveFile file(path); // all or nothing: a crash mid-write keeps the previous copy
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcStorage) << "could not keep the draft in" << path << file.errorString();
        return false;
    }
    file.setPermissions(ownerOnly); // the temporary file, before a byte of text is in it
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        qCWarning(lcStorage) << "could not keep the draft in" << path << file.errorString();
        return false;
    }
    QFile::setPermissions(path, ownerOnly);
    return true;
}

std::optional<Post> DraftRecovery::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.isEmpty())
        return std::nullopt;
    Post post;
    post.id = json.value(u"id"_s).toInteger();
    post.revision = json.value(u"revision"_s).toInteger();
    post.type = postTypeFromKey(json.value(u"type"_s).toString()).value_or(PostType::Video);
    post.caption = json.value(u"caption"_s).toString();
    post.title = json.value(u"title"_s).toString();
    post.isAigc = json.value(u"aigc"_s).toBool();
    post.handOver = handOverFromKey(json.value(u"handOver"_s).toString()).value_or(HandOver::Now);
    if (json.contains(u"plannedAt"_s))
        post.plannedAt =
            QDateTime::fromMSecsSinceEpoch(json.value(u"plannedAt"_s).toInteger(), Qt::UTC);
    for (const QJsonValue &value : json.value(u"accounts"_s).toArray()) {
        const QJsonObject account = value.toObject();
        post.accounts.append({account.value(u"id"_s).toString(),
                              account.value(u"caption"_s).toString(),
                              account.value(u"title"_s).toString()});
    }
    for (const QJsonValue &value : json.value(u"media"_s).toArray()) {
        const QJsonObject item = value.toObject();
        PostMedia media;
        media.path = item.value(u"path"_s).toString();
        media.sourcePath = item.value(u"source"_s).toString();
        media.size = item.value(u"size"_s).toInteger();
        media.sha256 = item.value(u"sha256"_s).toString();
        post.media.append(media);
    }
    return post;
}

void DraftRecovery::remove(const QString &path)
{
    QFile::remove(path);
}

} // namespace tokdeck
