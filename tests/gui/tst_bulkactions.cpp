// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Acting on several posts at once, on a real database: rows Ctrl-clicked in the drafts list and
// chips Ctrl-clicked in the month view become the Post actions' selection; Delete, Duplicate,
// Move by days… and Change accounts… then act on all of them, each as ONE undo step on the
// calendar's stack, and posts that cannot take part are skipped with a message that says so.
// The views follow from the storage's change notices alone.

#include "TestStorage.h"
#include "actions/BulkDialogs.h"
#include "actions/BulkPostActions.h"
#include "actions/PostActions.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "drafts/DraftsPanel.h"
#include "models/PostListModel.h"
#include "storage/StorageWorker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace tokdeck;

class TestBulkActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageWorker> m_storage;
    std::unique_ptr<QWidget> m_window;
    DraftsPanel *m_drafts = nullptr;
    CalendarPanel *m_calendar = nullptr;
    PostActions *m_actions = nullptr;
    QString m_message;                                    // the last status-bar message
    const QDate m_day = QDate::currentDate().addDays(10); // the calendar runs on the system clock
    const QString m_accountA = QStringLiteral("acc_tiktok_a");
    const QString m_accountB = QStringLiteral("acc_tiktok_b");

    qint64 save(PostState state, const QString &caption, QTime at = QTime(18, 15))
    {
        Post post;
        post.type = PostType::Photo;
        post.caption = caption;
        post.plannedAt = QDateTime(m_day, at).toUTC();
        post.accounts = {{m_accountA, {}, {}}};
        post.state = state;
        return m_storage->saveContent(post).result().value.id;
    }
    std::optional<Post> load(qint64 id) { return m_storage->load(id).result().value; }
    QListView *list() const { return m_drafts->listView(); }
    QUndoStack *undo() const { return m_calendar->undoStack(); }
    QModelIndex rowOf(qint64 id) const
    {
        const QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PostListModel::IdRole).toLongLong() == id)
                return model->index(row, 0);
        }
        return {};
    }
    int rowsWithCaption(const QString &caption) const
    {
        int rows = 0;
        const QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows += model->index(row, 0).data().toString().contains(caption) ? 1 : 0;
        return rows;
    }
    void ctrlClickRows(const QList<qint64> &ids)
    {
        for (qint64 id : ids) {
            const QModelIndex index = rowOf(id);
            QVERIFY(index.isValid());
            QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              list()->visualRect(index).center());
        }
    }
    template<class Dialog> Dialog *dialog() const
    {
        Dialog *found = nullptr;
        const bool shown = QTest::qWaitFor([this, &found] {
            found = m_window->findChild<Dialog *>();
            return found && found->isVisible();
        });
        return shown ? found : nullptr;
    }

    void showWindow()
    {
        m_window = std::make_unique<QWidget>();
        m_drafts = new DraftsPanel(m_storage.get(), m_window.get());
        m_calendar = new CalendarPanel(m_storage.get(), Clock::system(), m_window.get());
        auto *layout = new QHBoxLayout(m_window.get());
        layout->addWidget(m_drafts);
        layout->addWidget(m_calendar, 1);
        m_actions = new PostActions(m_storage.get(), m_calendar->undoStack(), m_window.get());
        // The wiring MainWindow has for these signals.
        m_actions->addShortcutsTo(list());
        connect(m_drafts, &DraftsPanel::selectionChanged, m_actions, &PostActions::setSelection);
        connect(m_calendar, &CalendarPanel::selectionChanged, m_actions,
                &PostActions::setSelection);
        connect(m_drafts, &DraftsPanel::postActivated, m_actions, &PostActions::setCurrentPost);
        connect(m_calendar, &CalendarPanel::postActivated, m_actions, &PostActions::setCurrentPost);
        connect(m_actions, &PostActions::message, this,
                [this](const QString &text) { m_message = text; });
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_drafts->reload();
        m_calendar->showDate(m_day);
    }

private Q_SLOTS:
    void init()
    {
        m_storage = test::openTestStorage(m_dir);
        QVERIFY(m_storage);
        m_message.clear();
    }
    void cleanup()
    {
        m_window.reset();
        m_storage.reset();
    }

    void deleteThreeRowsThenOneUndoBringsAllBack()
    {
        const qint64 a = save(PostState::Draft, QStringLiteral("bulk one"));
        const qint64 b = save(PostState::Ready, QStringLiteral("bulk two"));
        const qint64 c = save(PostState::Draft, QStringLiteral("bulk three"));
        const qint64 other = save(PostState::Draft, QStringLiteral("stays"));
        showWindow();
        QTRY_VERIFY(rowOf(a).isValid() && rowOf(b).isValid() && rowOf(c).isValid());

        ctrlClickRows({a, b, c});
        QTRY_COMPARE(m_actions->selection().size(), 3);
        QCOMPARE(m_actions->deleteAction()->text(), QStringLiteral("&Delete 3 posts"));
        QVERIFY(m_actions->deleteAction()->isEnabled());

        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Delete);
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("bulk")), 0);
        QVERIFY(!load(a) && !load(b) && !load(c));
        QVERIFY(load(other));
        QCOMPARE(undo()->count(), 1); // one step for the three
        QTRY_VERIFY2(m_message.contains(QStringLiteral("Deleted 3")), qPrintable(m_message));

        undo()->undo(); // Ctrl+Z
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("bulk")), 3);
        QCOMPARE(rowsWithCaption(QStringLiteral("bulk two")), 1);
        QCOMPARE(rowsWithCaption(QStringLiteral("stays")), 1);
        QTRY_VERIFY2(m_message.contains(QStringLiteral("are back")), qPrintable(m_message));
    }

    void moveTwoChipsByTwoDaysSkipsTheLockedOne()
    {
        const qint64 free = save(PostState::Draft, QStringLiteral("movable"), QTime(9, 0));
        const qint64 locked = save(PostState::Scheduled, QStringLiteral("with crosspostify"));
        showWindow();
        MonthView *month = m_calendar->monthView();
        QTRY_VERIFY(month->chipRect(free).isValid() && month->chipRect(locked).isValid());

        QTest::mouseClick(month, Qt::LeftButton, Qt::ControlModifier,
                          month->chipRect(free).center());
        QTest::mouseClick(month, Qt::LeftButton, Qt::ControlModifier,
                          month->chipRect(locked).center());
        QCOMPARE(month->selection(), (QList<qint64>{free, locked}));
        QVERIFY(month->chipIsSelected(locked));
        QTRY_COMPARE(m_actions->selection().size(), 2);
        QCOMPARE(m_actions->moveByDaysAction()->text(), QStringLiteral("Mo&ve 2 posts by days…"));

        const QDateTime freeAt = *load(free)->plannedAt;
        const QDateTime lockedAt = *load(locked)->plannedAt;
        m_actions->moveByDaysAction()->trigger();
        auto *ask = dialog<MoveByDaysDialog>();
        QVERIFY(ask);
        ask->findChild<QSpinBox *>(QStringLiteral("moveDaysSpin"))->setValue(2);
        ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_COMPARE(load(free)->plannedAt, freeAt.toLocalTime().addDays(2).toUTC());
        QCOMPARE(load(locked)->plannedAt, lockedAt);
        QTRY_VERIFY2(m_message.contains(QStringLiteral("Moved 1 post"))
                         && m_message.contains(QStringLiteral("1 post(s) skipped"))
                         && m_message.contains(QStringLiteral("can no longer be moved")),
                     qPrintable(m_message));
        QCOMPARE(undo()->count(), 1);

        undo()->undo();
        QTRY_COMPARE(load(free)->plannedAt, freeAt);
        QCOMPARE(load(locked)->plannedAt, lockedAt);
        undo()->redo(); // and again
        QTRY_COMPARE(load(free)->plannedAt, freeAt.toLocalTime().addDays(2).toUTC());
    }

    // A band dragged over the week grid from an empty spot selects the chips it touches, the
    // same selection a Ctrl-click makes: one bulk move then moves both, as one undo step.
    void rubberBandInWeekViewSelectsTwoThenMovesThem()
    {
        const qint64 a = save(PostState::Draft, QStringLiteral("band a"), QTime(9, 0));
        const qint64 b = save(PostState::Draft, QStringLiteral("band b"), QTime(12, 0));
        const qint64 c = save(PostState::Draft, QStringLiteral("outside"), QTime(20, 0));
        showWindow();
        m_calendar->setMode(CalendarPanel::Mode::Week);
        WeekView *week = m_calendar->weekView();
        QTRY_VERIFY(week->isVisible() && week->chipRect(a).isValid() && week->chipRect(b).isValid()
                    && week->chipRect(c).isValid());

        // From the empty 08:00 spot left of a's chip down past b's, stopping above c's.
        const QPoint from(week->chipRect(a).left() + 2,
                          week->pointFor(QDateTime(m_day, QTime(8, 0))).y());
        const QPoint to(week->chipRect(b).center().x(), week->chipRect(b).bottom() + 4);
        QVERIFY(!week->postAt(from));
        QVERIFY(to.y() < week->chipRect(c).top());
        QTest::mousePress(week, Qt::LeftButton, {}, from);
        QTest::mouseMove(week, from + QPoint(0, 20));
        QTest::mouseMove(week, to);
        QVERIFY(week->rubberBandShown());
        QTest::mouseRelease(week, Qt::LeftButton, {}, to);
        QVERIFY(!week->rubberBandShown());
        QCOMPARE(week->selection(), (QList<qint64>{a, b}));
        QTRY_COMPARE(m_actions->selection().size(), 2);

        const QDateTime aAt = *load(a)->plannedAt;
        const QDateTime bAt = *load(b)->plannedAt;
        const QDateTime cAt = *load(c)->plannedAt;
        m_actions->moveByDaysAction()->trigger();
        auto *ask = dialog<MoveByDaysDialog>();
        QVERIFY(ask);
        ask->findChild<QSpinBox *>(QStringLiteral("moveDaysSpin"))->setValue(1);
        ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(load(a)->plannedAt, aAt.toLocalTime().addDays(1).toUTC());
        QTRY_COMPARE(load(b)->plannedAt, bAt.toLocalTime().addDays(1).toUTC());
        QCOMPARE(load(c)->plannedAt, cAt);
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QTRY_COMPARE(load(a)->plannedAt, aAt);
        QTRY_COMPARE(load(b)->plannedAt, bAt);

        // A plain click on an empty spot still clears the selection, without a band.
        week->setSelection({a});
        QTest::mouseClick(week, Qt::LeftButton, {}, from);
        QVERIFY(week->selection().isEmpty());
        QVERIFY(!week->rubberBandShown());
    }

    void duplicateTwoMakesTwoDraftsInOneStep()
    {
        const qint64 a = save(PostState::Ready, QStringLiteral("twin alpha"));
        const qint64 b = save(PostState::Draft, QStringLiteral("twin beta"));
        showWindow();
        QTRY_VERIFY(rowOf(a).isValid() && rowOf(b).isValid());
        ctrlClickRows({a, b});
        QTRY_COMPARE(m_actions->selection().size(), 2);
        QCOMPARE(m_actions->duplicateAction()->text(), QStringLiteral("D&uplicate 2 posts"));

        QSignalSpy made(m_actions->bulk(), &BulkPostActions::duplicated);
        m_actions->duplicateAction()->trigger();
        QVERIFY(made.wait());
        const auto copies = made.at(0).at(0).value<QList<qint64>>();
        QCOMPARE(copies.size(), 2);
        for (qint64 id : copies) {
            QVERIFY(id != a && id != b);
            QCOMPARE(load(id)->state, PostState::Draft);
        }
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("twin alpha")), 2);
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("twin beta")), 2);
        QCOMPARE(undo()->count(), 1);

        undo()->undo(); // removes both copies, not the originals
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("twin")), 2);
        QVERIFY(load(a) && load(b));
    }

    void changeAccountsOfTwoDrafts()
    {
        QVERIFY(m_storage
                    ->saveAccounts({{m_accountA,
                                     QStringLiteral("tiktok"),
                                     QStringLiteral("Alice"),
                                     QStringLiteral("alice"),
                                     {}},
                                    {m_accountB,
                                     QStringLiteral("tiktok"),
                                     QStringLiteral("Bob"),
                                     QStringLiteral("bob"),
                                     {}}})
                    .result()
                    .value);
        const qint64 a = save(PostState::Draft, QStringLiteral("reroute one"));
        const qint64 b = save(PostState::Draft, QStringLiteral("reroute two"));
        showWindow();
        QTRY_VERIFY(rowOf(a).isValid() && rowOf(b).isValid());
        ctrlClickRows({a, b});
        QTRY_COMPARE(m_actions->selection().size(), 2);

        m_actions->changeAccountsAction()->trigger();
        auto *ask = dialog<ChangeAccountsDialog>();
        QVERIFY(ask);
        auto *boxA = ask->findChild<QCheckBox *>(QStringLiteral("accountCheck_") + m_accountA);
        auto *boxB = ask->findChild<QCheckBox *>(QStringLiteral("accountCheck_") + m_accountB);
        QVERIFY(boxA && boxB);
        QVERIFY(boxA->isChecked()); // the first post's accounts to start from
        boxB->setChecked(true);
        boxA->setChecked(false);
        ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        const QList<PostAccount> onlyB = {{m_accountB, {}, {}}};
        QTRY_COMPARE(load(a)->accounts, onlyB);
        QCOMPARE(load(b)->accounts, onlyB);
        QTRY_VERIFY2(m_message.contains(QStringLiteral("2 post(s) now go")), qPrintable(m_message));
        QCOMPARE(undo()->count(), 1);

        undo()->undo();
        const QList<PostAccount> onlyA = {{m_accountA, {}, {}}};
        QTRY_COMPARE(load(a)->accounts, onlyA);
        QCOMPARE(load(b)->accounts, onlyA);
    }
};

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
