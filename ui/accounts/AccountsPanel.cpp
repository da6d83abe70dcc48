// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountsPanel.h"

#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "models/AccountListModel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokdeck {

AccountsPanel::AccountsPanel(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new AccountListModel(this))
    , m_view(new QListView(this))
    , m_banner(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
{
    auto *heading = new QLabel(tr("<b>TikTok accounts</b>"), this);
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("TikTok accounts"));
    m_banner->setObjectName(QStringLiteral("accountsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_refreshButton->setObjectName(QStringLiteral("refreshAccountsButton"));
    m_refreshButton->setText(tr("&Refresh accounts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_refreshButton);

    connect(m_refreshButton, &QPushButton::clicked, this, &AccountsPanel::refresh);
}

void AccountsPanel::refresh()
{
    m_refreshButton->setEnabled(false);
    auto *job = m_client->fetchAccounts();
    connect(job, &ApiJob::finished, this, [this, job] {
        m_refreshButton->setEnabled(true);
        if (job->error().isError()) {
            m_banner->setText(job->error().message());
            m_banner->setVisible(true);
            Q_EMIT loadFailed(job->error().message());
            return;
        }
        m_banner->setVisible(false);
        m_model->setAccounts(job->accounts());
        Q_EMIT accountsLoaded(m_model->rowCount());
    });
    job->start();
}

} // namespace tokdeck
