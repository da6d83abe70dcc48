// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountTargetsEditor.h"
#include "models/AccountTargetsModel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace tokdeck;

namespace {
QList<Account> sandboxLikeAccounts()
{
    return {
        {QStringLiteral("acc_tiktok_1"),
         QStringLiteral("tiktok"),
         QStringLiteral("Brand"),
         QStringLiteral("brand"),
         {}},
        {QStringLiteral("acc_fb_1"), QStringLiteral("facebook"), QStringLiteral("Page"), {}, {}},
        {QStringLiteral("acc_tiktok_2"),
         QStringLiteral("TikTok"),
         QStringLiteral("Team"),
         QStringLiteral("team"),
         {}}};
}
} // namespace

class TestAccountTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersOnlyTikTokAndTracksChecks()
    {
        AccountTargetsModel model;
        QAbstractItemModelTester tester(&model);
        model.setAccounts(sandboxLikeAccounts());
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &AccountTargetsModel::targetsChanged);
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 2);
        const auto targets = model.targets();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).accountId,
                 QStringLiteral("acc_tiktok_1")); // list order, not click order
        model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(model.targets().size(), 1);
    }

    void keepsChosenAccountsThatAreNoLongerConnected()
    {
        AccountTargetsModel model;
        model.setAccounts(sandboxLikeAccounts());
        model.setTargets({{QStringLiteral("acc_gone"), QStringLiteral("own"), {}}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.targets().first().accountId, QStringLiteral("acc_gone"));
        QCOMPARE(model.targets().first().captionOverride, QStringLiteral("own"));
    }

    void keepsTheOrderOfAccountsNotYetKnown()
    {
        // Before the account list has come (offline, or the composer's first moments), the
        // chosen accounts are the rows: their order is the draft's, the same in every run.
        AccountTargetsModel model;
        QList<PostAccount> chosen;
        for (const char *id : {"acc_z", "acc_b", "acc_q", "acc_a", "acc_m", "acc_x", "acc_c"})
            chosen.append({QString::fromLatin1(id), {}, {}});
        model.setTargets(chosen);
        QStringList order;
        for (const PostAccount &target : model.targets())
            order << target.accountId;
        QCOMPARE(order, QStringList({QStringLiteral("acc_z"), QStringLiteral("acc_b"),
                                     QStringLiteral("acc_q"), QStringLiteral("acc_a"),
                                     QStringLiteral("acc_m"), QStringLiteral("acc_x"),
                                     QStringLiteral("acc_c")}));
    }

    void saysWhatIsWrongWithAChosenAccount()
    {
        AccountTargetsModel model;
        QAbstractItemModelTester tester(&model);
        // Before the accounts have come (offline) a draft's choice is shown as it is.
        model.setTargets(
            {{QStringLiteral("acc_gone"), {}, {}}, {QStringLiteral("acc_fb_1"), {}, {}}});
        QVERIFY(!model.knownAccounts());
        QVERIFY(!model.index(0).data().toString().contains(QStringLiteral("not connected")));

        model.setAccounts(sandboxLikeAccounts());
        QVERIFY(model.knownAccounts());
        QStringList labels;
        for (int row = 0; row < model.rowCount(); ++row)
            labels << model.index(row).data().toString();
        QVERIFY2(labels.filter(QStringLiteral("acc_gone (not connected)")).size() == 1,
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.filter(QStringLiteral("Page (facebook, not TikTok)")).size() == 1,
                 qPrintable(labels.join(QLatin1Char('|'))));

        // An issue about one account marks its row (colour, mark, reason on hover) and only it.
        const int gone = int(labels.indexOf(labels.filter(QStringLiteral("acc_gone")).first()));
        ValidationIssue issue{ValidationIssue::Severity::Reject, QStringLiteral("acc_gone"),
                              QStringLiteral("No connected account has this ID."),
                              QStringLiteral("acc_gone")};
        model.setIssues({issue});
        QVERIFY(model.index(gone).data(AccountTargetsModel::ProblemRole).toBool());
        QVERIFY(model.index(gone).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(gone).data(Qt::ToolTipRole).toString().contains(issue.message));
        QVERIFY(!model.index(0).data(AccountTargetsModel::ProblemRole).toBool());
        model.setIssues({});
        QVERIFY(!model.index(gone).data(AccountTargetsModel::ProblemRole).toBool());
    }

    void editorWritesOverridesForTheCurrentCheckedAccount()
    {
        AccountTargetsModel model;
        model.setAccounts(sandboxLikeAccounts());
        AccountTargetsEditor editor(&model);
        editor.show();
        auto *view = editor.findChild<QListView *>(QStringLiteral("accountTargetsView"));
        auto *caption = editor.findChild<QPlainTextEdit *>(QStringLiteral("ownCaptionEdit"));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("ownTitleEdit"));
        view->setCurrentIndex(model.index(1));
        QVERIFY(!caption->isEnabled()); // not chosen yet: nothing to override
        model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(caption->isEnabled());
        QTest::keyClicks(caption, QStringLiteral("Team only "));
        caption->insertPlainText(QStringLiteral("✨")); // QTest cannot type emoji; paste it
        QTest::keyClicks(title, QStringLiteral("Team title"));
        const auto targets = model.targets();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().captionOverride, QStringLiteral("Team only ✨"));
        QCOMPARE(targets.first().titleOverride, QStringLiteral("Team title"));
        QVERIFY(model.index(1).data(AccountTargetsModel::HasOverrideRole).toBool());
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("own text")));
    }
};

QTEST_MAIN(TestAccountTargets)
#include "tst_accounttargets.moc"
