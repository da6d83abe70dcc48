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
    return {{QStringLiteral("acc_tiktok_1"), QStringLiteral("tiktok"), QStringLiteral("Brand"), QStringLiteral("brand"), {}},
            {QStringLiteral("acc_fb_1"), QStringLiteral("facebook"), QStringLiteral("Page"), {}, {}},
            {QStringLiteral("acc_tiktok_2"), QStringLiteral("TikTok"), QStringLiteral("Team"), QStringLiteral("team"), {}}};
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
        QCOMPARE(targets.at(0).accountId, QStringLiteral("acc_tiktok_1")); // list order, not click order
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
