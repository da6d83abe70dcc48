// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// (tst_postactions is the storage test's name: targets are global.)
// Delete, duplicate and "move back to draft" in the window, on a real database: through the
// context menus of a list row, a calendar chip (month and week) and an agenda row, with the
// actions found in the menu by objectName, and through their keys (Del in the list, Ctrl+D,
// Ctrl+Z). The views follow from the storage's change notices alone.

#include "MainWindow.h"
#include "TestStorage.h"
#include "actions/PostActions.h"
#include "api/ApiClient.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "drafts/DraftsPanel.h"
#include "models/PostListModel.h"
#include "storage/StorageWorker.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <memory>

using namespace tokdeck;

class TestPostActionsGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageWorker> m_storage;
    std::unique_ptr<ApiClient> m_client; // never called: the window needs one for its accounts
    std::unique_ptr<MainWindow> m_window;
    const QDate m_day = QDate::currentDate().addDays(10); // the window runs on the system clock

    // Stored directly in `state` (a fixture: the app itself inserts drafts and ready posts).
    qint64 save(PostState state, const QString &caption)
    {
        Post post;
        post.type = PostType::Photo;
        post.caption = caption;
        post.plannedAt = QDateTime(m_day, QTime(18, 15)).toUTC();
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}};
        post.state = state;
        return m_storage->saveContent(post).result().value.id;
    }
    std::optional<Post> load(qint64 id) { return m_storage->load(id).result().value; }
    PostActions *actions() const { return m_window->findChild<PostActions *>(); }
    QListView *list() const { return m_window->draftsPanel()->listView(); }

    int rowsWithCaption(const QString &caption) const
    {
        int rows = 0;
        const QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows += model->index(row, 0).data().toString().contains(caption) ? 1 : 0;
        return rows;
    }
    QModelIndex rowOf(qint64 id) const
    {
        const QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PostListModel::IdRole).toLongLong() == id)
                return model->index(row, 0);
        }
        return {};
    }

    // A right-click at `pos` of `target` (a view's viewport, or a calendar grid); returns the
    // menu it opened, or null.
    QMenu *contextMenuAt(QWidget *target, const QPoint &pos)
    {
        const QPointer<QMenu> before = actions()->contextMenu(); // closed, maybe not yet deleted
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, target->mapToGlobal(pos));
        QCoreApplication::sendEvent(target, &event);
        if (!QTest::qWaitFor(
                [this, &before] {
                    QMenu *menu = actions()->contextMenu();
                    return menu && menu != before.data() && menu->isVisible();
                },
                5000))
            return nullptr;
        return actions()->contextMenu();
    }
    QMenu *contextMenuOnRow(qint64 id)
    {
        const QModelIndex index = rowOf(id);
        if (!index.isValid())
            return nullptr;
        return contextMenuAt(list()->viewport(), list()->visualRect(index).center());
    }
    static QAction *menuAction(QMenu *menu, const char *name)
    {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1StringView(name))
                return action;
        }
        return nullptr;
    }
    // Triggers the menu's action `name` as a click would (then the menu closes).
    static bool choose(QMenu *menu, const char *name)
    {
        QAction *action = menu ? menuAction(menu, name) : nullptr;
        if (!action || !action->isEnabled())
            return false;
        action->trigger();
        menu->close();
        return true;
    }
    // Answers the next modal question with the button named `buttonName`, as a user would.
    void answerWith(const QString &buttonName, QString *question)
    {
        QTimer::singleShot(0, m_window.get(), [buttonName, question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->objectName() == buttonName
                    || (buttonName.isEmpty() && box->buttonRole(button) == QMessageBox::RejectRole))
                    button->click();
            }
        });
    }

    void showWindow()
    {
        m_client = std::make_unique<ApiClient>();
        m_window = std::make_unique<MainWindow>(m_client.get(), nullptr, m_storage.get());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->calendarPanel()->showDate(m_day);
    }

private Q_SLOTS:
    void init()
    {
        m_storage = test::openTestStorage(m_dir);
        QVERIFY(m_storage);
    }
    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_storage.reset();
    }
    void deleteFromARowsMenuThenCtrlZBringsItBack()
    {
        const qint64 id = save(PostState::Draft, QStringLiteral("to delete"));
        showWindow();
        QTRY_VERIFY(rowOf(id).isValid());

        QVERIFY(choose(contextMenuOnRow(id), "postDeleteAction"));
        QTRY_VERIFY(!rowOf(id).isValid());
        QVERIFY(!load(id));
        QCOMPARE(m_window->calendarPanel()->undoStack()->count(), 1);

        // Ctrl+Z in the list: the same content again, as a new draft.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("to delete")), 1);
        const qint64 back = list()->model()->index(0, 0).data(PostListModel::IdRole).toLongLong();
        // (Possibly under the same id: SQLite may give the highest id again.)
        QCOMPARE(load(back)->state, PostState::Draft);
        QTRY_VERIFY(m_window->calendarPanel()->monthView()->chipRect(back).isValid());

        // Del on the focused list deletes the selected post, undoably too.
        list()->setCurrentIndex(rowOf(back)); // also opens it in the composer
        QTRY_COMPARE(actions()->currentPostId(), std::optional<qint64>(back));
        DraftEditor *editor = m_window->composer()->editor();
        QTRY_COMPARE(editor->post().id, back);
        QTRY_VERIFY(actions()->deleteAction()->isEnabled());
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Delete);
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("to delete")), 0);
        QVERIFY(!load(back));
        QTRY_COMPARE(editor->post().id, qint64(0)); // the composer left it for a new draft
        // On the stack in place of the undone delete (a new command drops what was undone).
        QCOMPARE(m_window->calendarPanel()->undoStack()->index(), 1);
    }

    void duplicateFromAChipsMenuAndWithCtrlD()
    {
        const qint64 id = save(PostState::Draft, QStringLiteral("twin"));
        showWindow();
        MonthView *month = m_window->calendarPanel()->monthView();
        QTRY_VERIFY(month->chipRect(id).isValid());
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("twin")), 1);

        QVERIFY(choose(contextMenuAt(month, month->chipRect(id).center()), "postDuplicateAction"));
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("twin")), 2);

        // Ctrl+D duplicates the current post (the one the menu was for) again.
        QTRY_COMPARE(actions()->currentPostId(), std::optional<qint64>(id));
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(rowsWithCaption(QStringLiteral("twin")), 3);
        QCOMPARE(load(id)->state, PostState::Draft); // the original is untouched

        // The week view's chips have the same menu.
        m_window->calendarPanel()->setMode(CalendarPanel::Mode::Week);
        WeekView *week = m_window->calendarPanel()->weekView();
        QTRY_VERIFY(week->chipRect(id).isValid());
        QMenu *menu = contextMenuAt(week, week->chipRect(id).center());
        QVERIFY(menu && menuAction(menu, "postOpenAction"));
        menu->close();
    }

    void moveBackToDraftOnAReadyPost()
    {
        const qint64 ready = save(PostState::Ready, QStringLiteral("waiting"));
        const qint64 draft = save(PostState::Draft, QStringLiteral("still a draft"));
        showWindow();
        QTRY_VERIFY(rowOf(draft).isValid());
        QMenu *menu = contextMenuOnRow(draft);
        QVERIFY(menu);
        QVERIFY(!menuAction(menu, "postUnscheduleAction")->isEnabled()); // a draft already
        menu->close();

        // From the agenda this time.
        m_window->calendarPanel()->setMode(CalendarPanel::Mode::Agenda);
        auto *agenda =
            m_window->calendarPanel()->findChild<QListView *>(QStringLiteral("agendaView"));
        QVERIFY(agenda);
        QModelIndex row;
        QTRY_VERIFY([&] {
            for (int r = 0; r < agenda->model()->rowCount(); ++r) {
                if (agenda->model()->index(r, 0).data(PostListModel::IdRole).toLongLong() == ready)
                    row = agenda->model()->index(r, 0);
            }
            return row.isValid();
        }());
        QVERIFY(choose(contextMenuAt(agenda->viewport(), agenda->visualRect(row).center()),
                       "postUnscheduleAction"));
        QTRY_COMPARE(load(ready)->state, PostState::Draft);
        QTRY_VERIFY(!actions()->unscheduleAction()->isEnabled()); // it follows the new state
    }

    void aScheduledPostsDeleteAsksAndForgetItHereRemovesTheRow()
    {
        const qint64 scheduled = save(PostState::Scheduled, QStringLiteral("with them"));
        const qint64 uploading = save(PostState::Uploading, QStringLiteral("on its way"));
        showWindow();
        QTRY_VERIFY(rowOf(scheduled).isValid());

        // A runner holds an uploading post: nothing to delete there.
        QMenu *menu = contextMenuOnRow(uploading);
        QVERIFY(menu);
        QVERIFY(!menuAction(menu, "postDeleteAction")->isEnabled());
        menu->close();

        // The question is modal: answered once it is up (the menu is open by then).
        QString question;
        menu = contextMenuOnRow(scheduled);
        answerWith(QString(), &question); // Cancel first: nothing happens
        QVERIFY(choose(menu, "postDeleteAction"));
        QVERIFY2(question.contains(QStringLiteral("Crosspostify dashboard")), qPrintable(question));
        QVERIFY(load(scheduled));

        question.clear();
        menu = contextMenuOnRow(scheduled);
        answerWith(QStringLiteral("forgetPostButton"), &question);
        QVERIFY(choose(menu, "postDeleteAction"));
        QVERIFY(!question.isEmpty());
        QTRY_VERIFY(!rowOf(scheduled).isValid());
        QVERIFY(!load(scheduled));
        QCOMPARE(m_window->calendarPanel()->undoStack()->count(), 0); // forgetting is final
        QCOMPARE(load(uploading)->state, PostState::Uploading);
    }
};

QTEST_MAIN(TestPostActionsGui)
#include "tst_postactions_gui.moc"
