// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/AccountTargetsModel.h"

#include "widgets/StatusColors.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace tokdeck {

AccountTargetsModel::AccountTargetsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AccountTargetsModel::setAccounts(const QList<Account> &accounts)
{
    m_known = accounts;
    rebuildRows();
}

void AccountTargetsModel::rebuildRows()
{
    beginResetModel();
    const QList<Account> known = m_known.value_or(QList<Account>());
    m_accounts.clear();
    std::copy_if(known.begin(), known.end(), std::back_inserter(m_accounts),
                 [](const Account &account) { return account.isTikTok(); });
    // A draft may name an account that is no longer connected (or not TikTok): keep it
    // visible so the user sees why publishing is refused, instead of silently dropping it.
    for (const QString &chosenId : std::as_const(m_chosenOrder)) {
        const PostAccount chosen = m_chosen.value(chosenId);
        if (std::any_of(m_accounts.begin(), m_accounts.end(),
                        [&](const Account &a) { return a.id == chosen.accountId; }))
            continue;
        const auto other = std::find_if(known.begin(), known.end(),
                                        [&](const Account &a) { return a.id == chosen.accountId; });
        // Before the list has come (offline), nothing is known to be wrong with it.
        const QString platform = m_known ? QString() : QStringLiteral("tiktok");
        m_accounts.append(other != known.end() ? *other
                                               : Account{chosen.accountId, platform, {}, {}, {}});
    }
    endResetModel();
}

void AccountTargetsModel::setTargets(const QList<PostAccount> &targets)
{
    m_chosen.clear();
    m_chosenOrder.clear();
    for (const PostAccount &target : targets) {
        if (!m_chosen.contains(target.accountId))
            m_chosenOrder.append(target.accountId);
        m_chosen.insert(target.accountId, target);
    }
    rebuildRows();
    Q_EMIT targetsChanged();
}

void AccountTargetsModel::setIssues(const ValidationIssues &issues)
{
    QHash<QString, QStringList> problems;
    for (const ValidationIssue &issue : issues) {
        if (issue.isRejection() && !issue.accountId.isEmpty())
            problems[issue.accountId] << issue.message;
    }
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_accounts.size()) - 1),
                           {Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, ProblemRole});
}

QList<PostAccount> AccountTargetsModel::targets() const
{
    QList<PostAccount> result;
    for (const Account &account : m_accounts) {
        const auto it = m_chosen.constFind(account.id);
        if (it != m_chosen.constEnd())
            result.append(*it);
    }
    return result;
}

void AccountTargetsModel::setOverride(int row, const QString &caption, const QString &title)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    const QString id = m_accounts.at(row).id;
    auto it = m_chosen.find(id);
    if (it == m_chosen.end())
        return;
    if (it->captionOverride == caption && it->titleOverride == title)
        return;
    it->captionOverride = caption;
    it->titleOverride = title;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT targetsChanged();
}

PostAccount AccountTargetsModel::targetAt(int row) const
{
    return m_chosen.value(m_accounts.value(row).id, PostAccount{m_accounts.value(row).id, {}, {}});
}

int AccountTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    const auto chosen = m_chosen.constFind(account.id);
    const bool hasOverride =
        chosen != m_chosen.constEnd()
        && (!chosen->captionOverride.isEmpty() || !chosen->titleOverride.isEmpty());
    const QStringList problems = m_problems.value(account.id);
    switch (role) {
    case Qt::DisplayRole: {
        QString name = account.username.isEmpty()
                           ? account.displayName()
                           : tr("%1 (@%2)").arg(account.displayName(), account.username);
        if (account.platform.isEmpty())
            name = tr("%1 (not connected)").arg(name);
        else if (!account.isTikTok())
            name = tr("%1 (%2, not TikTok)").arg(name, account.platform);
        if (hasOverride)
            name = tr("%1 · own text").arg(name);
        return problems.isEmpty() ? name : QStringLiteral("✖ ") + name;
    }
    case Qt::CheckStateRole:
        return chosen != m_chosen.constEnd() ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        return problems.isEmpty() ? QVariant()
                                  : QVariant(StatusColors::errorText(QGuiApplication::palette()));
    case ProblemRole:
        return !problems.isEmpty();
    case Qt::ToolTipRole: {
        // Named as in the row (an id says nothing to the user); the id only for an account
        // Crosspostify no longer lists, where it is all there is.
        const QString what = account.isTikTok() ? tr("TikTok account %1").arg(account.displayName())
                                                : account.displayName();
        return problems.isEmpty() ? what
                                  : what + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    }
    case IdRole:
        return account.id;
    case HasOverrideRole:
        return hasOverride;
    default:
        return {};
    }
}

bool AccountTargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString id = m_accounts.at(index.row()).id;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_chosen.contains(id))
        return true;
    if (check) {
        m_chosen.insert(id, {id, {}, {}});
        m_chosenOrder.append(id);
    } else {
        m_chosen.remove(id);
        m_chosenOrder.removeAll(id);
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT targetsChanged();
    return true;
}

Qt::ItemFlags AccountTargetsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsUserCheckable : base;
}

} // namespace tokdeck
