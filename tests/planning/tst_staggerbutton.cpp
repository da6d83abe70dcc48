// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's "Stagger": offered with the duplicate-content warning of a post to several
// accounts, it splits the post into one per account an hour apart (overrides go with their
// account), saved in one transaction, and the editor then shows the first.

#include "TestStorage.h"
#include "compose/DraftEditor.h"
#include "compose/StaggerButton.h"
#include "models/AccountTargetsModel.h"
#include "planning/DuplicateContent.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestStaggerButton : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{utc("2027-03-01T06:00:00Z")};

private Q_SLOTS:
    void splitsThePostPerAccount()
    {
        const auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        DraftEditor editor(storage.get(), nullptr, m_clock);
        StaggerButton stagger(&editor);
        stagger.show();
        editor.newDraft();
        editor.setCaption(QStringLiteral("Sunrise over the ridge"));
        editor.setSchedule(utc("2027-03-01T10:00:00Z"), HandOver::Now);
        QVERIFY(!stagger.isVisible());
        editor.targets()->setTargets(
            {{QStringLiteral("acc_pp"), QStringLiteral("Pixel's own words"), {}},
             {QStringLiteral("acc_tt"), {}, QStringLiteral("Trail title")}});
        QTRY_VERIFY_WITH_TIMEOUT(stagger.isVisible() && stagger.button()->isVisible(), 5000);

        QSignalSpy loaded(&editor, &DraftEditor::loaded);
        QTest::mouseClick(stagger.button(), Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        const Post first = editor.post();
        QCOMPARE(first.accounts.size(), 1);
        QCOMPARE(first.accounts.first().accountId, QStringLiteral("acc_pp"));
        QCOMPARE(first.accounts.first().captionOverride, QStringLiteral("Pixel's own words"));
        QCOMPARE(*first.plannedAt, utc("2027-03-01T10:00:00Z"));
        const QList<Post> posts =
            storage->inRange(utc("2027-03-01T00:00:00Z"), utc("2027-03-02T00:00:00Z"))
                .result()
                .value;
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).id, first.id);
        QCOMPARE(posts.at(1).accounts.first().accountId, QStringLiteral("acc_tt"));
        QCOMPARE(posts.at(1).accounts.first().titleOverride, QStringLiteral("Trail title"));
        QCOMPARE(*posts.at(1).plannedAt,
                 utc("2027-03-01T10:00:00Z").addSecs(DuplicateContent::windowSeconds));
        QCOMPARE(posts.at(1).caption, QStringLiteral("Sunrise over the ridge"));
        // One account now: the warning and the button go.
        QTRY_VERIFY_WITH_TIMEOUT(!stagger.button()->isVisible(), 5000);
        QVERIFY(stagger.findChild<QLabel *>(QStringLiteral("staggerResult"))
                    ->text()
                    .contains(QStringLiteral("Split into 2 post")));
    }
};

QTEST_MAIN(TestStaggerButton)
#include "tst_staggerbutton.moc"
