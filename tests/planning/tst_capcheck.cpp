// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's problems that need the database, through the real DraftEditor and storage
// thread: TikTok's 24-hour cap blocks a 21st post naming the account until it moves out of
// the window, and the same content to two accounts at once is a duplicate-content warning.
// The outbox refuses to make the 21st ready (it stays a draft, the reason names the account),
// and the calendar marks the day and hours of an account over the cap in red, light or dark.

#include "LocalSandbox.h"
#include "Palettes.h"
#include "TestStorage.h"
#include "calendar/MonthView.h"
#include "calendar/PostChipStyle.h"
#include "calendar/WeekView.h"
#include "compose/DraftEditor.h"
#include "models/AccountTargetsModel.h"
#include "planning/PlanningData.h"
#include "publish/Outbox.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace tokdeck;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

PostAccount on(const char *id)
{
    return {QString::fromLatin1(id), {}, {}};
}

// The cap's blocking problem for `accountId`, if the composer lists one.
std::optional<ValidationIssue> capProblem(const DraftEditor &editor, const QString &accountId)
{
    for (const ValidationIssue &issue : editor.issues()) {
        if (issue.isRejection() && issue.accountId == accountId
            && issue.message.contains(QStringLiteral("per 24 hours")))
            return issue;
    }
    return std::nullopt;
}

bool warnsDuplicate(const DraftEditor &editor)
{
    const ValidationIssues issues = editor.issues();
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &issue) {
        return !issue.isRejection() && issue.subject == QLatin1String("duplicate");
    });
}
} // namespace

class TestCapCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{utc("2027-03-01T06:00:00Z")};

    std::unique_ptr<StorageWorker> openWithAccounts()
    {
        auto storage = test::openTestStorage(m_dir, m_clock);
        if (!storage)
            return nullptr;
        const QList<Account> accounts{{QStringLiteral("acc_pp"),
                                       QStringLiteral("tiktok"),
                                       QStringLiteral("Pixel & Pine"),
                                       {},
                                       {}},
                                      {QStringLiteral("acc_tt"),
                                       QStringLiteral("tiktok"),
                                       QStringLiteral("Trail Tips"),
                                       {},
                                       {}}};
        if (!storage->saveAccounts(accounts).result().ok())
            return nullptr;
        return storage;
    }

private Q_SLOTS:
    void theTwentyFirstPostInADayBlocksUntilItMovesOut()
    {
        const auto storage = openWithAccounts();
        QVERIFY(storage);
        // 20 posts of Pixel & Pine, every half hour from 08:00 UTC (the last at 17:30).
        const QDateTime first = utc("2027-03-01T08:00:00Z");
        for (int i = 0; i < 20; ++i) {
            Post post;
            post.type = PostType::Photo;
            post.caption = QStringLiteral("Post %1").arg(i);
            post.state = PostState::Ready;
            post.plannedAt = first.addSecs(i * 1800);
            post.accounts = {on("acc_pp")};
            QVERIFY(storage->saveContent(post).result().ok());
        }

        DraftEditor editor(storage.get(), nullptr, m_clock);
        editor.newDraft();
        editor.targets()->setTargets({on("acc_pp")});
        QVERIFY(!capProblem(editor, QStringLiteral("acc_pp")));
        // Inside the window that starts with the first post: blocked, naming the account.
        editor.setSchedule(utc("2027-03-02T07:00:00Z"), HandOver::Now);
        QTRY_VERIFY_WITH_TIMEOUT(capProblem(editor, QStringLiteral("acc_pp")).has_value(), 5000);
        const ValidationIssue problem = *capProblem(editor, QStringLiteral("acc_pp"));
        QVERIFY2(problem.message.contains(QStringLiteral("Pixel & Pine")),
                 qPrintable(problem.message));
        QVERIFY(problem.message.contains(QStringLiteral("20 posts")));
        QVERIFY(hasRejection(editor.issues()));
        QVERIFY(!editor.publish());

        // 08:00 the next day is the first instant outside it: the problem goes.
        editor.setSchedule(utc("2027-03-02T08:00:00Z"), HandOver::Now);
        QTRY_VERIFY_WITH_TIMEOUT(!capProblem(editor, QStringLiteral("acc_pp")), 5000);
        // Both accounts inside the window: only Pixel & Pine is held to its posts.
        editor.targets()->setTargets({on("acc_tt"), on("acc_pp")});
        editor.setSchedule(utc("2027-03-01T20:00:00Z"), HandOver::Now);
        QTRY_VERIFY_WITH_TIMEOUT(capProblem(editor, QStringLiteral("acc_pp")).has_value(), 5000);
        QVERIFY(!capProblem(editor, QStringLiteral("acc_tt")));
    }

    void theSameContentToTwoAccountsIsAWarning()
    {
        const auto storage = openWithAccounts();
        QVERIFY(storage);
        DraftEditor editor(storage.get(), nullptr, m_clock);
        editor.newDraft();
        editor.setCaption(QStringLiteral("Sunrise over the ridge"));
        editor.setSchedule(utc("2027-03-01T10:00:00Z"), HandOver::Now);
        editor.targets()->setTargets({on("acc_pp"), on("acc_tt")});
        QTRY_VERIFY_WITH_TIMEOUT(warnsDuplicate(editor), 5000);
        const ValidationIssues issues = editor.issues();
        const auto duplicate =
            std::find_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &issue) {
                return issue.subject == QLatin1String("duplicate");
            });
        QVERIFY(duplicate->message.contains(QStringLiteral("Pixel & Pine")));
        QVERIFY(duplicate->message.contains(QStringLiteral("Trail Tips")));
        QVERIFY(duplicate->message.contains(QStringLiteral("duplicate content")));
        // One account again: nothing duplicated.
        editor.targets()->setTargets({on("acc_tt")});
        QTRY_VERIFY_WITH_TIMEOUT(!warnsDuplicate(editor), 5000);

        // The same caption already planned for Pixel & Pine half an hour later: a warning
        // again, until this post moves an hour or more away from it.
        Post planned;
        planned.type = PostType::Photo;
        planned.caption = QStringLiteral("Sunrise over the ridge ");
        planned.state = PostState::Scheduled;
        planned.plannedAt = utc("2027-03-01T10:30:00Z");
        planned.accounts = {on("acc_pp")};
        QVERIFY(storage->saveContent(planned).result().ok());
        editor.setSchedule(utc("2027-03-01T10:05:00Z"), HandOver::Now);
        QTRY_VERIFY_WITH_TIMEOUT(warnsDuplicate(editor), 5000);
        editor.setSchedule(utc("2027-03-01T11:30:00Z"), HandOver::Now);
        QTRY_VERIFY_WITH_TIMEOUT(!warnsDuplicate(editor), 5000);
    }

    void theOutboxRefusesToMakeTheTwentyFirstReady()
    {
        const auto storage = openWithAccounts();
        QVERIFY(storage);
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start(&m_clock));
        const QDateTime first = utc("2027-03-01T08:00:00Z");
        for (int i = 0; i < 20; ++i) {
            Post post;
            post.type = PostType::Photo;
            post.state = PostState::Ready;
            post.plannedAt = first.addSecs(i * 600);
            post.accounts = {on("acc_pp")};
            QVERIFY(storage->saveContent(post).result().ok());
        }
        // Kept here until shortly before its time: made ready, nothing is sent yet.
        Post draft;
        draft.type = PostType::Photo;
        draft.state = PostState::Draft;
        draft.handOver = HandOver::KeepEditable;
        draft.plannedAt = utc("2027-03-01T20:00:00Z");
        draft.accounts = {on("acc_pp")};
        const auto saved = storage->saveContent(draft).result();
        QVERIFY(saved.ok());
        const qint64 id = saved.value.id;

        Outbox outbox(&sandbox.client, storage.get(), m_clock);
        outbox.setReadyCheck(&capRefusalFor);
        QSignalSpy refused(&outbox, &Outbox::refused);
        QSignalSpy changed(&outbox, &Outbox::stateChanged);
        outbox.enqueue(id);
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.first().at(0).toLongLong(), id);
        QVERIFY2(refused.first().at(1).toString().contains(QStringLiteral("Pixel & Pine")),
                 qPrintable(refused.first().at(1).toString()));
        QCOMPARE(storage->load(id).result().value->state, PostState::Draft);
        QCOMPARE(changed.size(), 0);

        // Moved past the window: it becomes ready.
        Post moved = *storage->load(id).result().value;
        moved.plannedAt = utc("2027-03-02T09:00:00Z");
        QVERIFY(storage->saveContent(moved).result().ok());
        outbox.enqueue(id);
        QVERIFY(changed.wait(5000));
        QCOMPARE(storage->load(id).result().value->state, PostState::Ready);
        QCOMPARE(refused.size(), 1);
    }

    void theCalendarMarksAnAccountOverTheCap()
    {
        const QDate day(2027, 3, 10);
        QList<Post> posts;
        for (int i = 0; i < 21; ++i) {
            Post post;
            post.id = 100 + i;
            post.type = PostType::Photo;
            post.state = i == 20 ? PostState::Draft : PostState::Scheduled;
            post.plannedAt = QDateTime(day, QTime(10, 0), Qt::LocalTime).addSecs(i * 600).toUTC();
            post.accounts = {on("acc_pp")};
            posts.append(post);
        }
        const QHash<QString, QString> names{
            {QStringLiteral("acc_pp"), QStringLiteral("Pixel & Pine")}};
        MonthView month(m_clock);
        month.resize(700, 600);
        month.setAccountNames(names);
        month.setAnchor(day);
        // 20 scheduled and a draft: at the cap, not over it (drafts do not count).
        month.setPosts(posts, {});
        QVERIFY(month.capWarning(day).isEmpty());
        posts.last().state = PostState::Ready;
        month.setPosts(posts, {});
        const QString warning = month.capWarning(day);
        QVERIFY2(warning.contains(QStringLiteral("Pixel & Pine")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("21 posts")));
        QVERIFY(month.capWarning(day.addDays(1)).isEmpty());
        // The flag is painted in the palette's cap red, on a light and on a dark palette.
        for (const QPalette &palette : {QPalette(), test::darkPalette()}) {
            month.setPalette(palette);
            const QImage image = month.grab().toImage();
            const QPoint flag =
                PostChipStyle::capMarkFlag(month.cellRect(day)).center() + QPoint(2, -2);
            QCOMPARE(image.pixelColor(flag * image.devicePixelRatio()).rgb(),
                     PostChipStyle::capMarkColor(palette).rgb());
        }
        QVERIFY(PostChipStyle::capMarkColor(QPalette())
                != PostChipStyle::capMarkColor(test::darkPalette()));

        WeekView week(m_clock);
        week.resize(700, 600);
        week.setAccountNames(names);
        week.setAnchor(day);
        week.setPosts(posts, {});
        QVERIFY(
            week.capWarning(QDateTime(day, QTime(11, 0))).contains(QStringLiteral("Pixel & Pine")));
        QVERIFY(week.capWarning(QDateTime(day, QTime(20, 0))).isEmpty());
    }
};

QTEST_MAIN(TestCapCheck)
#include "tst_capcheck.moc"
