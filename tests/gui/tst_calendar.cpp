#include "TestStorage.h"
#include "TestMedia.h"
#include "calendar/CalendarPanel.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "media/ThumbnailCache.h"
#include "models/PostListModel.h"
#include "rules/ConflictRules.h"
#include "storage/StorageWorker.h"

#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tokdeck;

namespace {
QDateTime berlin(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::LocalTime); // TZ is Berlin
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<StorageWorker> storage;
    QHash<PostState, qint64> ids;

    qint64 save(PostState state, const QDateTime &when, const QString &account = QStringLiteral("acc_tiktok_1"))
    {
        Post post;
        post.type = PostType::Video;
        post.state = state;
        post.caption = postStateKey(state);
        post.plannedAt = when.toUTC();
        post.accounts = {{account, {}, {}}};
        auto future = storage->save(post);
        future.waitForFinished();
        return future.result().value.id;
    }

    std::optional<Post> load(qint64 id)
    {
        auto future = storage->load(id);
        future.waitForFinished();
        return future.result().value;
    }

    void drop(CalendarGridView *view, qint64 id, const QPoint &at)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(CalendarGridView::postMimeType), QByteArray::number(id));
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &enter);
        QDropEvent dropEvent(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view, &dropEvent);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin"); // DST starts 2026-03-29 02:00 local
        tzset();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // weeks start on Monday
    }

    void init()
    {
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
    }

    void postsInEveryStateLandOnTheirLocalDaysAcrossDst()
    {
        // Around the DST change: 01:30 local (UTC+1) and 03:30 local (UTC+2) on the 29th,
        // and 00:30 local on the 30th, which is still the 29th in UTC.
        const QList<std::pair<PostState, QDateTime>> plan = {
            {PostState::Draft, berlin(3, 29, 1, 30)},      {PostState::Ready, berlin(3, 29, 3, 30)},
            {PostState::Scheduled, berlin(3, 30, 0, 30)},  {PostState::Published, berlin(3, 2, 18)},
            {PostState::Failed, berlin(3, 10, 12)},        {PostState::NeedsAttention, berlin(3, 11, 9)},
            {PostState::Uploading, berlin(3, 12, 9)},      {PostState::Ready, berlin(4, 4, 9)}, // held locally
        };
        QList<qint64> saved;
        for (const auto &[state, when] : plan)
            saved.append(save(state, when));

        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 15));
        QVERIFY(reloaded.wait(5000));
        MonthView *month = panel.monthView();
        for (int i = 0; i < plan.size(); ++i) {
            const QRect chip = month->chipRect(saved.at(i));
            QVERIFY2(chip.isValid(), qPrintable(QStringLiteral("post %1 not drawn").arg(i)));
            QVERIFY2(month->cellRect(plan.at(i).second.date()).contains(chip.center()),
                     qPrintable(QStringLiteral("post %1 on the wrong day").arg(i)));
        }
        QCOMPARE(month->firstVisibleDay(), QDate(2026, 2, 23)); // a Monday
        QCOMPARE(month->post(saved.last())->displayState(clock.nowUtc()), PostDisplayState::HeldLocally);
        QVERIFY(!month->grab().isNull()); // paints without trouble
    }

    void draggingAMovableChipMovesItAndUndoRestoresIt()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 18, 15));
        const qint64 scheduled = save(PostState::Scheduled, berlin(3, 11, 18, 0));
        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 10));
        QVERIFY(reloaded.wait(5000));
        MonthView *month = panel.monthView();

        drop(month, draft, month->cellRect(QDate(2026, 3, 20)).center());
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 20, 18, 15)); // same time of day
        QVERIFY(month->cellRect(QDate(2026, 3, 20)).contains(month->chipRect(draft).center()));

        panel.undoStack()->undo();
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 10, 18, 15));

        // A post Crosspostify already has does not move, and the user is told why.
        drop(month, scheduled, month->cellRect(QDate(2026, 3, 21)).center());
        QTest::qWait(200);
        QCOMPARE(load(scheduled)->plannedAt->toLocalTime(), berlin(3, 11, 18, 0));
        auto *message = panel.findChild<QLabel *>(QStringLiteral("calendarMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Crosspostify")));
        QCOMPARE(panel.undoStack()->count(), 1);
    }

    void tooSoonIsRefusedWithTheComposersWords()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 12, 0));
        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 1));
        QVERIFY(reloaded.wait(5000));
        // Today (clock: 1 March 11:00 local) at 12:00 would be fine; the 28 February is past.
        drop(panel.monthView(), draft, panel.monthView()->cellRect(QDate(2026, 2, 28)).center());
        QTest::qWait(200);
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 10, 12, 0));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("calendarMessage"))->text().contains(QStringLiteral("10 minutes")));
    }

    void weekViewDropsOnQuarterHourSlots()
    {
        const qint64 draft = save(PostState::Draft, berlin(3, 10, 9, 0));
        CalendarPanel panel(storage.get(), clock);
        panel.resize(1000, 800);
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.setMode(CalendarPanel::Mode::Week);
        panel.showDate(QDate(2026, 3, 10));
        QVERIFY(reloaded.wait(5000));
        WeekView *week = panel.weekView();
        QCOMPARE(week->firstVisibleDay(), QDate(2026, 3, 9));
        const QPoint target = week->pointFor(berlin(3, 12, 14, 45)) + QPoint(5, 3);
        QCOMPARE(*week->timeAt(target, nullptr), berlin(3, 12, 14, 45));
        drop(week, draft, target);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(load(draft)->plannedAt->toLocalTime(), berlin(3, 12, 14, 45));
    }

    void conflictsAreFound()
    {
        auto make = [](qint64 id, const QDateTime &at, const QString &account) {
            Post p;
            p.id = id;
            p.plannedAt = at.toUTC();
            p.accounts = {{account, {}, {}}};
            return p;
        };
        const auto close = ConflictRules::find({make(1, berlin(3, 10, 9, 0), QStringLiteral("a")),
                                                make(2, berlin(3, 10, 9, 3), QStringLiteral("a")),
                                                make(3, berlin(3, 10, 9, 1), QStringLiteral("b"))});
        QVERIFY(close.contains(1) && close.contains(2));
        QVERIFY(!close.contains(3)); // another account
        // The same account twice at the very same minute: both flagged (not one lost).
        const auto same = ConflictRules::find({make(4, berlin(3, 10, 9, 0), QStringLiteral("a")),
                                               make(5, berlin(3, 10, 9, 0), QStringLiteral("a"))});
        QVERIFY(same.contains(4) && same.contains(5));
        QList<Post> busy;
        for (int i = 0; i < 16; ++i)
            busy.append(make(100 + i, berlin(3, 10, 6, 0).addSecs(i * 3600), QStringLiteral("a")));
        QVERIFY(ConflictRules::find(busy).value(100).join(QString()).contains(QStringLiteral("16 posts")));
    }

    void chipsShowTheirPreviewAndAccountsByName()
    {
        Post post;
        post.type = PostType::Video;
        post.state = PostState::Draft;
        post.caption = QStringLiteral("Launch day");
        post.plannedAt = berlin(3, 10, 18).toUTC();
        post.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}}, {QStringLiteral("acc_tiktok_2"), {}, {}}};
        PostMedia video;
        video.path = test::dataFile(QStringLiteral("vertical.mp4"));
        video.kind = MediaKind::Video;
        post.media = {video};
        auto saved = storage->save(post);
        saved.waitForFinished();
        const qint64 id = saved.result().value.id;

        ThumbnailCache thumbnails(dir.filePath(QStringLiteral("thumbnails")), QSize(64, 64));
        CalendarPanel panel(storage.get(), clock);
        panel.setThumbnails(&thumbnails);
        panel.setAccountNames({{QStringLiteral("acc_tiktok_1"), QStringLiteral("@alice")}}); // _2 unknown
        panel.resize(1400, 800); // wide enough for the accounts on a chip
        panel.show();
        QSignalSpy reloaded(&panel, &CalendarPanel::reloaded);
        panel.showDate(QDate(2026, 3, 10));
        QVERIFY(reloaded.wait(5000));
        MonthView *month = panel.monthView();
        QVERIFY(month->chipText(id).contains(QStringLiteral("@alice +1")));
        QVERIFY(month->chipText(id).contains(QStringLiteral("Launch day")));

        // The first paint asks for the preview; once made, the chip draws it.
        QSignalSpy ready(&thumbnails, &ThumbnailCache::thumbnailReady);
        const QRect chip = month->chipRect(id);
        const QImage before = month->grab(chip).toImage();
        QVERIFY(!month->chipHasThumbnail(id));
        QVERIFY(ready.wait(10000));
        const QImage after = month->grab(chip).toImage();
        QVERIFY(month->chipHasThumbnail(id));
        QVERIFY2(before != after, "the chip must look different with its preview");

        // The agenda lists the same post with its preview and both accounts.
        panel.setMode(CalendarPanel::Mode::Agenda);
        QTRY_VERIFY(panel.findChild<QListView *>(QStringLiteral("agendaView"))->model()->rowCount() == 1);
        const QModelIndex row = panel.findChild<QListView *>(QStringLiteral("agendaView"))->model()->index(0, 0);
        QVERIFY(row.data(Qt::DisplayRole).toString().contains(QStringLiteral("@alice, acc_tiktok_2")));
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
