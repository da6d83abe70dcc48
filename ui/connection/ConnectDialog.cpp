// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connection/ConnectDialog.h"

#include "api/AccountsJob.h"
#include "api/ApiClient.h"
#include "support/LoopbackHost.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokdeck {

namespace {
// The connect check's own words: ApiError's texts are written for a post being sent (and point
// to Settings), while here there is no post yet and the user is already in the right place.
QString checkFailedText(const ApiError &error, const QUrl &url)
{
    switch (error.kind()) {
    case ApiError::Kind::BadKey:
        return ConnectDialog::tr("%1 refused this key (HTTP %2). Copy the key again from your "
                                 "Crosspostify dashboard and paste it here.")
            .arg(url.host())
            .arg(error.httpStatus());
    case ApiError::Kind::Network:
        return ConnectDialog::tr("%1 could not be reached (%2). Check the API address and this "
                                 "computer's internet connection, then check again.")
            .arg(url.host(), error.detail());
    case ApiError::Kind::Timeout:
        return ConnectDialog::tr("%1 did not answer in time. Check the API address and this "
                                 "computer's internet connection, then check again.")
            .arg(url.host());
    case ApiError::Kind::NotFound:
    case ApiError::Kind::UnexpectedStatus:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::TooLarge:
        return ConnectDialog::tr("%1 does not answer like Crosspostify's API (%2). Check the API "
                                 "address: it is normally %3.")
            .arg(url.host(), error.message(), ApiClient::defaultBaseUrl().toString());
    default:
        return error.message();
    }
}
} // namespace

QUrl ConnectDialog::dashboardUrl()
{
    return QUrl(QStringLiteral("https://crosspostify.com"));
}

ConnectDialog::ConnectDialog(const QString &reason, const QUrl &currentUrl, bool canDeleteKey,
                             QWidget *parent)
    : QDialog(parent)
    , m_probe(std::make_unique<ApiClient>())
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_current(new QLabel(this))
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
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy into a search
    m_message->setVisible(false);
    m_current->setObjectName(QStringLiteral("currentConnectionLabel"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText); // account names are the user's, not markup
    m_current->setVisible(false);
    auto *getKey =
        new QLabel(tr("No key yet? <a href=\"%1\">Get one in the Crosspostify dashboard</a>.")
                       .arg(dashboardUrl().toString()),
                   this);
    getKey->setObjectName(QStringLiteral("getKeyLink"));
    getKey->setWordWrap(true);
    getKey->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(getKey, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_connect->setObjectName(QStringLiteral("verifyButton"));
    m_connect->setText(tr("&Check and connect"));
    m_connect->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("API &address:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), getKey);
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
    layout->addWidget(m_current);
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
    // Wide enough that the texts wrap into lines, not into a column; the key is what a new
    // user has to give, so that is where typing starts.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_key->setFocus();
}

void ConnectDialog::setCurrentConnection(const QString &where, const QList<Account> &accounts)
{
    QStringList names;
    for (const Account &account : accounts)
        names.append(account.displayName());
    m_current->setText(
        names.isEmpty()
            ? tr("Now connected to %1, with no TikTok account.").arg(where)
            : tr("Now connected to %1, with %2.").arg(where, names.join(QStringLiteral(", "))));
    m_current->setVisible(true);
    fitToContents();
}

void ConnectDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitToContents(); // another width: the wrapped texts need another height
}

void ConnectDialog::fitToContents()
{
    // A top-level layout does not make its window follow the height its wrapped labels need
    // for the current width (height-for-width), so a message shown later would squeeze the
    // fields. The dialog's minimum height follows it instead, and the dialog grows to it.
    QLayout *column = layout();
    if (!column)
        return;
    column->activate();
    const int needed = column->totalHeightForWidth(width());
    if (needed <= 0 || needed == minimumHeight())
        return;
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
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
    fitToContents();
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
            showMessage(checkFailedText(job->error(), m_probe->baseUrl()), true);
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
