// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Account.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tokdeck {

bool Account::isTikTok() const
{
    return platform.compare(QLatin1StringView("tiktok"), Qt::CaseInsensitive) == 0;
}

QString Account::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!username.isEmpty())
        return QLatin1Char('@') + username;
    return id;
}

std::optional<QList<Account>> parseAccountList(const QJsonValue &body)
{
    QJsonArray array;
    if (body.isArray()) {
        array = body.toArray();
    } else if (body.isObject()) {
        const QJsonObject object = body.toObject();
        for (const auto key : {QLatin1StringView("accounts"), QLatin1StringView("data")}) {
            if (object.value(key).isArray()) {
                array = object.value(key).toArray();
                break;
            }
        }
        if (array.isEmpty() && !object.value(QLatin1StringView("accounts")).isArray()
            && !object.value(QLatin1StringView("data")).isArray())
            return std::nullopt;
    } else {
        return std::nullopt;
    }

    QList<Account> accounts;
    for (const QJsonValue &entry : std::as_const(array)) {
        const QJsonObject object = entry.toObject();
        // Ids are opaque; some APIs send numbers, so accept both.
        const QJsonValue idValue = object.value(QLatin1StringView("id"));
        const QString id =
            idValue.isDouble() ? QString::number(qint64(idValue.toDouble())) : idValue.toString();
        const QString platform = object.value(QLatin1StringView("platform")).toString();
        if (id.isEmpty() || platform.isEmpty())
            continue;
        accounts.append({id, platform, object.value(QLatin1StringView("name")).toString(),
                         object.value(QLatin1StringView("username")).toString(),
                         object.value(QLatin1StringView("avatar")).toString()});
    }
    return accounts;
}

QHash<QString, QString> displayNames(const QList<Account> &accounts)
{
    QHash<QString, QString> names;
    for (const Account &account : accounts)
        names.insert(account.id, account.displayName());
    return names;
}

} // namespace tokdeck
