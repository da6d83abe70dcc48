// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connection/ConnectDialog.h"

#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "support/LoopbackHost.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokdeck {

ConnectDialog::ConnectDialog(const QString &reason, const QUrl &currentUrl, bool canDeleteKey,
                             QWidget *parent)
    : QDialog(parent)
    , m_probe(std::make_unique<ApiClient>())
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_connect(new QPushButton(this))
{
    setWindowTitle(tr("Connect to Crosspostify"));
    setObjectName(QStringLiteral("connectDialog"));
    auto *intro = new QLabel(reason, this);
    intro->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("apiUrlEdit"));
    m_url->setAccessibleName(tr("API address"));
    m_url->setText((currentUrl.isValid() && !isLoopbackHost(currentUrl.host())
                        ? currentUrl
                        : ApiClient::defaultBaseUrl())
                       .toString());
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key from your Crosspostify dashboard"));
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_connect->setObjectName(QStringLiteral("verifyButton"));
    m_connect->setText(tr("&Check and connect"));
    m_connect->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("API &address:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    auto *note =
        new QLabel(tr("The key is checked with Crosspostify, then kept only in your system "
                      "keychain, never in Tokdeck's files."),
                   this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    auto *sandbox = buttons->addButton(tr("Try the &sandbox"), QDialogButtonBox::ActionRole);
    sandbox->setObjectName(QStringLiteral("sandboxButton"));
    sandbox->setToolTip(
        tr("A built-in stand-in of Crosspostify: everything works, nothing is posted."));
    if (canDeleteKey) {
        auto *remove =
            buttons->addButton(tr("&Delete stored key"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("deleteKeyButton"));
        connect(remove, &QPushButton::clicked, this, [this] {
            Q_EMIT deleteKeyRequested();
            reject();
        });
    }
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::verify);
    connect(sandbox, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Sandbox;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConnectDialog::~ConnectDialog() = default;

QUrl ConnectDialog::apiUrl() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
}

void ConnectDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("severity", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->setVisible(!text.isEmpty());
}

void ConnectDialog::verify()
{
    const QUrl url = apiUrl();
    const QString key = m_key->text().trimmed();
    if (!isAcceptableApiUrl(url)) {
        showMessage(
            tr("The API address must start with https:// (plain http:// only for this computer)."),
            true);
        return;
    }
    if (key.isEmpty()) {
        showMessage(tr("Paste your API key first; you find it in the Crosspostify dashboard."),
                    true);
        return;
    }
    m_probe->setBaseUrl(url);
    m_probe->setApiKey(key);
    m_connect->setEnabled(false);
    showMessage(tr("Checking the key with %1…").arg(url.host()), false);
    auto *job = m_probe->fetchAccounts();
    connect(job, &ApiJob::finished, this, [this, job, key] {
        m_connect->setEnabled(true);
        if (job->error().isError()) {
            showMessage(job->error().message(), true);
            return;
        }
        if (job->tiktokAccounts().isEmpty()) {
            showMessage(
                tr("The key works, but no TikTok account is connected to it. Connect one in "
                   "the Crosspostify dashboard, then check again."),
                true);
            return;
        }
        m_verifiedKey = key;
        m_choice = Choice::Api;
        accept();
    });
    job->start();
}

} // namespace tokdeck
