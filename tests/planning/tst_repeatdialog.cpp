// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's "Repeat…" dialog: the preview lists the resulting times as the controls
// change (09:00 Berlin across the DST change, whatever the process's TZ), says when a rule
// is cut, and OK makes the copies through the real storage thread, then closes.

#include "TestStorage.h"
#include "compose/RepeatDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <ctime>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
const QTimeZone berlin("Europe/Berlin");
} // namespace

class TestRepeatDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{utc("2027-03-01T10:00:00Z")};

    template<class W> static W *child(const QDialog &dialog, const char *name)
    {
        return dialog.findChild<W *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "America/Sao_Paulo"); // a third zone: the preview must not follow it
        ::tzset();
    }

    void thePreviewFollowsTheControls()
    {
        RepeatDialog dialog(nullptr, m_clock, {1, utc("2027-03-21T08:00:00Z"), PostState::Draft},
                            berlin);
        // The default: weekly, 4 posts in all, the first being this post.
        QCOMPARE(dialog.previewLines(),
                 (QStringList{QStringLiteral("Sun 21 Mar 2027 09:00 (this post)"),
                              QStringLiteral("Sun 28 Mar 2027 09:00"),
                              QStringLiteral("Sun 4 Apr 2027 09:00"),
                              QStringLiteral("Sun 11 Apr 2027 09:00")}));
        QVERIFY(child<QLabel>(dialog, "repeatWarning")->text().contains(u"duplicate content"));

        child<QComboBox>(dialog, "repeatUnit")->setCurrentIndex(1); // days
        child<QSpinBox>(dialog, "repeatInterval")->setValue(2);
        child<QSpinBox>(dialog, "repeatCount")->setValue(3);
        QCOMPARE(dialog.rule()->toText(), QStringLiteral("every 2 days x 3"));
        QCOMPARE(dialog.previewLines().last(), QStringLiteral("Thu 25 Mar 2027 09:00"));

        child<QRadioButton>(dialog, "repeatByDate")->setChecked(true);
        QVERIFY(!child<QSpinBox>(dialog, "repeatCount")->isEnabled());
        child<QDateEdit>(dialog, "repeatUntil")->setDate(QDate(2027, 3, 28));
        QCOMPARE(dialog.previewLines().size(), 4); // 21, 23, 25, 27
        // A rule that adds nothing cannot be confirmed.
        child<QDateEdit>(dialog, "repeatUntil")->setDate(QDate(2027, 3, 22));
        QCOMPARE(dialog.previewLines().size(), 1);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        // Daily for two years: cut at 100 posts, and said.
        child<QSpinBox>(dialog, "repeatInterval")->setValue(1);
        child<QDateEdit>(dialog, "repeatUntil")->setDate(QDate(2029, 3, 1));
        QCOMPARE(dialog.previewLines().size(), 100);
        QVERIFY2(dialog.note().contains(u"100"), qPrintable(dialog.note()));
        QVERIFY(ok->isEnabled());
    }

    void okMakesTheCopiesAndCloses()
    {
        const auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        Post post;
        post.type = PostType::Photo;
        post.caption = QStringLiteral("Sunday special");
        post.plannedAt = utc("2027-03-21T08:00:00Z");
        post.accounts = {{QStringLiteral("acc_a"), {}, {}}};
        const qint64 id = storage->saveContent(post).result().value.id;
        QVERIFY(id);

        RepeatDialog dialog(storage.get(), m_clock, {id, post.plannedAt, PostState::Draft}, berlin);
        child<QSpinBox>(dialog, "repeatCount")->setValue(3);
        dialog.show();
        QSignalSpy expanded(&dialog, &RepeatDialog::expanded);
        QSignalSpy finished(&dialog, &QDialog::finished);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(expanded.wait(5000));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto ids = expanded.first().first().value<QList<qint64>>();
        QCOMPARE(ids.size(), 2);
        QVERIFY(expanded.first().at(1).toStringList().isEmpty());
        const QList<Post> copies = storage->loadMany(ids).result().value;
        QCOMPARE(copies.size(), 2);
        QCOMPARE(*copies.at(0).plannedAt, utc("2027-03-28T07:00:00Z"));
        QCOMPARE(*copies.at(1).plannedAt, utc("2027-04-04T07:00:00Z"));
        QCOMPARE(copies.at(1).state, PostState::Draft);
    }
};

QTEST_MAIN(TestRepeatDialog)
#include "tst_repeatdialog.moc"
