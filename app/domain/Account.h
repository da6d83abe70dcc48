// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace tokdeck {

// One connected social account as /social-accounts lists it. Only id and platform are
// guaranteed by the contract; the rest may be empty.
struct Account
{
    QString id;
    QString platform;
    QString name;
    QString username;
    QString avatarUrl;

    bool isTikTok() const;
    QString displayName() const; // name, else @username, else id

    friend bool operator==(const Account &, const Account &) = default;
};

// id → displayName() of each account: how messages and views name accounts.
QHash<QString, QString> displayNames(const QList<Account> &accounts);

// Tolerant reading of a /social-accounts body: a bare array, {"accounts": [...]} or
// {"data": [...]}; entries without id or platform are skipped. nullopt if the shape is unknown.
std::optional<QList<Account>> parseAccountList(const QJsonValue &body);

} // namespace tokdeck
