// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's "Add to queue" button: a click finds the next free slot through the real
// storage thread and hands it over; without slots it says how to set them.

#include "TestStorage.h"
#include "compose/QueueButton.h"

#include <QSignalSpy>
#include <QTest>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
} // namespace

class TestQueueButton : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{utc("2027-03-01T06:00:00Z")}; // Monday 07:00 in Berlin

private Q_SLOTS:
    void aClickSchedulesTheNextFreeSlot()
    {
        const auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        QVERIFY(storage
                    ->setPostingSlots({QStringLiteral("acc_a"), QStringLiteral("Mon-Fri 09:00"),
                                       QStringLiteral("Europe/Berlin")})
                    .result()
                    .ok());
        Post taken;
        taken.type = PostType::Photo;
        taken.caption = QStringLiteral("Monday's");
        taken.state = PostState::Ready;
        taken.plannedAt = utc("2027-03-01T08:00:00Z");
        taken.accounts = {{QStringLiteral("acc_a"), {}, {}}};
        QVERIFY(storage->saveContent(taken).result().ok());

        QueueButton button(storage.get(), m_clock, [] {
            return QueueButton::Target{0, {QStringLiteral("acc_a")}};
        });
        QCOMPARE(button.objectName(), QStringLiteral("addToQueue"));
        QSignalSpy chosen(&button, &QueueButton::slotChosen);
        QTest::mouseClick(&button, Qt::LeftButton);
        QVERIFY(chosen.wait(5000));
        QCOMPARE(chosen.first().first().toDateTime(), utc("2027-03-02T08:00:00Z"));
        QTRY_VERIFY(button.isEnabled());
    }

    void withoutSlotsItSaysHowToSetThem()
    {
        const auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        QueueButton button(storage.get(), m_clock, [] {
            return QueueButton::Target{0, {QStringLiteral("acc_b")}};
        });
        QSignalSpy refused(&button, &QueueButton::refused);
        QSignalSpy chosen(&button, &QueueButton::slotChosen);
        button.click();
        QVERIFY(refused.wait(5000));
        QVERIFY(refused.first().first().toString().contains(
            QStringLiteral("tokdeck-cli slots set acc_b")));
        QVERIFY(button.toolTip().contains(QStringLiteral("acc_b")));
        QCOMPARE(chosen.size(), 0);
    }
};

QTEST_MAIN(TestQueueButton)
#include "tst_queuebutton.moc"
