// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace tokdeck {

class AccountListModel;
class ApiClient;

// The connected TikTok accounts, fetched from Crosspostify (or the sandbox), with a banner
// that says what went wrong and what to do when they cannot be fetched.
class AccountsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPanel)

public:
    AccountsPanel(ApiClient *client, QWidget *parent = nullptr);

    AccountListModel *model() const { return m_model; }
    void refresh();

Q_SIGNALS:
    void accountsLoaded(int tiktokCount);
    void loadFailed(const QString &message);

private:
    ApiClient *m_client;
    AccountListModel *m_model;
    QListView *m_view;
    QLabel *m_banner;
    QPushButton *m_refreshButton;
};

} // namespace tokdeck
