// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Account.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tokdeck {

class ApiClient;

// Asks for the Crosspostify API address and key, verifies the key (GET /social-accounts)
// before accepting it, or lets the user choose the built-in sandbox. Errors are shown inline.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    enum class Choice { None, Api, Sandbox };

    explicit ConnectDialog(const QString &reason, const QUrl &currentUrl, bool canDeleteKey,
                           QWidget *parent = nullptr);
    ~ConnectDialog() override;

    Choice choice() const { return m_choice; }
    QUrl apiUrl() const;
    QString verifiedKey() const { return m_verifiedKey; } // only after a successful check
    // Where Tokdeck is connected now and with which accounts, shown above the fields.
    void setCurrentConnection(const QString &where, const QList<Account> &accounts);

    // Where a new user gets a key.
    static QUrl dashboardUrl();

Q_SIGNALS:
    void deleteKeyRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void verify();
    void showMessage(const QString &text, bool isError);
    void fitToContents();

    std::unique_ptr<ApiClient>
        m_probe; // a client of its own: the app's is untouched until accepted
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLabel *m_current;
    QLabel *m_message;
    QPushButton *m_connect;
    Choice m_choice = Choice::None;
    QString m_verifiedKey;
};

} // namespace tokdeck
