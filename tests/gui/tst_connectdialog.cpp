// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The first screen a new user meets: it grows with its message instead of squeezing the
// fields, starts in the key field, offers a way to get a key, and says where Tokdeck is now.

#include "connection/ConnectDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace tokdeck;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void focusStartsInTheKeyField()
    {
        ConnectDialog dialog(QStringLiteral("Connect"), {}, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")));
        const auto *link = dialog.findChild<QLabel *>(QStringLiteral("getKeyLink"));
        QVERIFY(link && link->isVisible());
        QVERIFY(link->text().contains(ConnectDialog::dashboardUrl().toString()));
    }

    void aLongMessageGrowsTheDialog()
    {
        // A port nobody listens on: the check fails at once with a network error, whose text
        // (with Qt's own reason) is the longest the first screen shows.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();

        ConnectDialog dialog(QStringLiteral("Connect Tokdeck to your Crosspostify account, or try "
                                            "the sandbox first."),
                             {}, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(dialog.minimumSize()); // as small as it lets itself be
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("apiUrlEdit"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("connectMessage"));
        url->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
        key->setText(QStringLiteral("some-key"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verifyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("could not be reached")),
                                 10'000);
        QVERIFY2(!message->text().contains(QStringLiteral("post")), qPrintable(message->text()));
        QTRY_VERIFY(message->isVisible());
        QTRY_VERIFY2(message->height() >= message->heightForWidth(message->width()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(message->height())
                                    .arg(message->heightForWidth(message->width()))));
        QVERIFY(key->height() >= key->sizeHint().height());
        QVERIFY(url->height() >= url->sizeHint().height());
        QVERIFY(message->geometry().bottom() < dialog.height()); // inside the window
    }

    void showsWhereItIsConnected()
    {
        ConnectDialog dialog(QStringLiteral("Connect"), {}, false);
        Account pixel;
        pixel.id = QStringLiteral("acc_tiktok_1");
        pixel.name = QStringLiteral("Pixel & Pine");
        Account brand;
        brand.id = QStringLiteral("acc_tiktok_2");
        brand.username = QStringLiteral("mybrand");
        dialog.setCurrentConnection(QStringLiteral("the built-in sandbox"), {pixel, brand});
        dialog.show();
        const auto *current = dialog.findChild<QLabel *>(QStringLiteral("currentConnectionLabel"));
        QVERIFY(current->isVisible());
        QVERIFY(current->text().contains(QStringLiteral("the built-in sandbox")));
        QVERIFY(current->text().contains(QStringLiteral("Pixel & Pine, @mybrand")));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
