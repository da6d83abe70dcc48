#include "models/AccountTargetsModel.h"

namespace tokdeck {

AccountTargetsModel::AccountTargetsModel(QObject *parent) : QAbstractListModel(parent) {}

void AccountTargetsModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts.clear();
    std::copy_if(accounts.begin(), accounts.end(), std::back_inserter(m_accounts),
                 [](const Account &account) { return account.isTikTok(); });
    // A draft may name an account that is no longer connected: keep it visible so the user
    // sees why publishing is refused, instead of silently dropping the choice.
    for (const PostAccount &chosen : std::as_const(m_chosen)) {
        if (std::none_of(m_accounts.begin(), m_accounts.end(),
                         [&](const Account &a) { return a.id == chosen.accountId; }))
            m_accounts.append({chosen.accountId, QStringLiteral("tiktok"), {}, {}, {}});
    }
    endResetModel();
}

void AccountTargetsModel::setTargets(const QList<PostAccount> &targets)
{
    beginResetModel();
    m_chosen.clear();
    for (const PostAccount &target : targets)
        m_chosen.insert(target.accountId, target);
    endResetModel();
    setAccounts(QList<Account>(m_accounts)); // re-add unknown chosen ids
    Q_EMIT targetsChanged();
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
    const bool hasOverride = chosen != m_chosen.constEnd()
                             && (!chosen->captionOverride.isEmpty() || !chosen->titleOverride.isEmpty());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = account.username.isEmpty() ? account.displayName()
                                                        : tr("%1 (@%2)").arg(account.displayName(), account.username);
        return hasOverride ? tr("%1 · own text").arg(name) : name;
    }
    case Qt::CheckStateRole: return chosen != m_chosen.constEnd() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: return tr("TikTok account %1").arg(account.id);
    case IdRole: return account.id;
    case HasOverrideRole: return hasOverride;
    default: return {};
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
    if (check)
        m_chosen.insert(id, {id, {}, {}});
    else
        m_chosen.remove(id);
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
