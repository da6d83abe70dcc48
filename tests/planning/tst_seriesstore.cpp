// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Expanding a repeat rule into posts on a real database: each occurrence is a post of its own
// (a draft copy planned at its time, sharing the media rows), all made in one transaction (a
// failure on the third copy leaves none), in one series ("2 of 4"), which survives deleting
// the original; an occurrence that would break TikTok's 24-hour cap is left out and said.

#include "TestStorage.h"
#include "planning/SeriesPlanner.h"
#include "rules/ContractLimits.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
const QTimeZone berlin("Europe/Berlin");

QDateTime inBerlin(const char *date, const char *time)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(date), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(time)), berlin)
        .toUTC();
}

Post original(const QDateTime &plannedAt, PostState state = PostState::Draft)
{
    Post post;
    post.type = PostType::Video;
    post.caption = QStringLiteral("Weekly studio tour #fyp");
    post.accounts = {{QStringLiteral("acc_a"), QString(), QString()},
                     {QStringLiteral("acc_b"), QStringLiteral("Own caption"), QString()}};
    PostMedia media;
    media.path = QStringLiteral("/videos/tour.mp4");
    media.size = 1000;
    media.sha256 = QString(64, QLatin1Char('a'));
    media.kind = MediaKind::Video;
    post.media = {media};
    post.plannedAt = plannedAt;
    post.state = state;
    return post;
}

Recurrence rule(const char *text)
{
    return *Recurrence::parse(QString::fromLatin1(text)).rule;
}
} // namespace

class TestSeriesStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::fromString(QStringLiteral("2027-03-01T10:00:00Z"), Qt::ISODate)};

    qint64 save(StorageWorker &storage, Post post)
    {
        const auto saved = storage.saveContent(std::move(post)).result();
        return saved.ok() ? saved.value.id : 0;
    }
    SeriesPlanner::Outcome expand(StorageWorker &storage, qint64 id, const char *text)
    {
        const Recurrence repeat = rule(text);
        const QDateTime now = m_clock.nowUtc();
        return storage
            .run([id, repeat, now](Stores &stores) {
                return SeriesPlanner::expand(stores, id, repeat, berlin, PostState::Draft, now);
            })
            .result();
    }

private Q_SLOTS:
    void eachOccurrenceIsAPostInOneSeries()
    {
        auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        const qint64 id = save(*storage, original(inBerlin("2027-03-21", "09:00")));
        QVERIFY(id);
        const SeriesPlanner::Outcome made = expand(*storage, id, "every 1 week x 4");
        QVERIFY2(made.ok(), qPrintable(made.error));
        QCOMPARE(made.ids.size(), 3);
        QVERIFY(made.plan.skipped.isEmpty());

        const Post first = *storage->load(id).result().value;
        const QList<Post> copies = storage->loadMany(made.ids).result().value;
        QCOMPARE(copies.size(), 3);
        const QStringList expected = {QStringLiteral("2027-03-28 09:00"),
                                      QStringLiteral("2027-04-04 09:00"),
                                      QStringLiteral("2027-04-11 09:00")};
        for (qsizetype i = 0; i < copies.size(); ++i) {
            const Post &copy = copies.at(i);
            QCOMPARE(copy.state, PostState::Draft);
            QCOMPARE(
                copy.plannedAt->toTimeZone(berlin).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                expected.at(i));
            QCOMPARE(copy.accounts, first.accounts);
            QCOMPARE(copy.caption, first.caption);
            QCOMPARE(copy.media.size(), 1);
            QCOMPARE(copy.media.first().id, first.media.first().id); // the row is shared
            QVERIFY(copy.apiHost.isEmpty());
        }

        QList<qint64> all = made.ids;
        all.prepend(id);
        const auto positions = storage->seriesPositions(all).result().value;
        QCOMPARE(positions.size(), 4);
        QCOMPARE(positions.value(id).index, 1);
        QCOMPARE(positions.value(made.ids.at(1)).index, 3);
        QCOMPARE(positions.value(made.ids.at(1)).count, 4);
        QCOMPARE(positions.value(made.ids.at(1)).seriesId, made.seriesId);

        // Each copy moves on its own; the original's open copy still saves (no revision bump).
        const QDateTime from = *copies.at(0).plannedAt;
        QVERIFY(storage->movePlannedAt(made.ids.at(0), from, from.addSecs(3600)).result().value);
        Post edited = first;
        edited.caption = QStringLiteral("Edited after the repeat");
        QVERIFY(storage->saveContent(edited).result().ok());

        // Deleting the original leaves the copies and their series.
        QVERIFY(storage->remove(id).result().value);
        QCOMPARE(storage->loadMany(made.ids).result().value.size(), 3);
        const auto after = storage->seriesPositions(made.ids).result().value;
        QCOMPARE(after.value(made.ids.at(2)).count, 3);
        QCOMPARE(after.value(made.ids.at(2)).index, 3);
    }

    void aFailureLeavesNoCopy()
    {
        auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        const qint64 id = save(*storage, original(inBerlin("2027-03-21", "09:00")));
        QVERIFY(id);
        if (test::PgServer *server = test::testPgServer()) { // the same fault in plpgsql
            QVERIFY2(server->exec(
                         {QStringLiteral("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql "
                                         "AS $$ BEGIN IF (SELECT COUNT(*) FROM posts) >= 3 THEN "
                                         "RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$"),
                          QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON posts "
                                         "FOR EACH ROW EXECUTE FUNCTION boom()")}),
                     qPrintable(server->error()));
        } else {
            {
                // A second connection plants a fault: the third post row cannot be inserted.
                auto raw =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                raw.setDatabaseName(m_dir.filePath(QStringLiteral("aFailureLeavesNoCopy.sqlite")));
                QVERIFY(raw.open());
                QSqlQuery query(raw);
                QVERIFY(query.exec(QStringLiteral(
                    "CREATE TRIGGER boom BEFORE INSERT ON posts WHEN (SELECT COUNT(*) FROM posts) "
                    ">= 3 BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
                query.finish();
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
        const SeriesPlanner::Outcome made = expand(*storage, id, "every 1 week x 4");
        QVERIFY(!made.ok());
        QVERIFY2(made.error.contains(QStringLiteral("disk full")), qPrintable(made.error));
        QVERIFY(made.ids.isEmpty());
        const auto posts = storage->withStates({PostState::Draft}).result().value;
        QCOMPARE(posts.size(), 1); // only the original: the two copies made were rolled back
        QVERIFY(storage->seriesPositions({id}).result().value.isEmpty()); // nor its series id
    }

    void anOccurrenceOverTheCapIsSkipped()
    {
        auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        // acc_a already has 20 ready posts in the hours before the second occurrence.
        const QDateTime second = inBerlin("2027-03-28", "09:00");
        for (int i = 0; i < limits::maxPostsPerAccountPer24Hours; ++i) {
            Post busy = original(second.addSecs(-3600 * (i + 1) / 2), PostState::Ready);
            busy.accounts = {{QStringLiteral("acc_a"), QString(), QString()}};
            QVERIFY(save(*storage, busy));
        }
        const qint64 id = save(*storage, original(inBerlin("2027-03-21", "09:00")));
        const SeriesPlanner::Outcome made = expand(*storage, id, "every 1 week x 3");
        QVERIFY2(made.ok(), qPrintable(made.error));
        QCOMPARE(made.ids.size(), 1);
        QCOMPARE(made.plan.skipped.size(), 1);
        QVERIFY2(made.plan.skipped.first().contains(QStringLiteral("acc_a")),
                 qPrintable(made.plan.skipped.first()));
        QVERIFY(made.plan.skipped.first().contains(QStringLiteral("post 2")));
        const Post kept = *storage->load(made.ids.first()).result().value;
        QCOMPARE(*kept.plannedAt, inBerlin("2027-04-04", "09:00"));
    }

    void anOccurrenceInThePastIsSkippedOneBeyondThirtyDaysIsKept()
    {
        auto storage = test::openTestStorage(m_dir, m_clock);
        QVERIFY(storage);
        // Every 10 days from 2027-02-10: 02-20 has passed (now is 2027-03-01 10:00 UTC);
        // 03-02, 03-12, 03-22 are in the window, 04-01 beyond 30 days: kept, held locally.
        const qint64 id = save(*storage, original(inBerlin("2027-02-10", "09:00")));
        const SeriesPlanner::Outcome made = expand(*storage, id, "every 10 days x 6");
        QVERIFY2(made.ok(), qPrintable(made.error));
        QCOMPARE(made.plan.skipped.size(), 1);
        QVERIFY2(made.plan.skipped.first().contains(QStringLiteral("20 Feb")),
                 qPrintable(made.plan.skipped.first()));
        QCOMPARE(made.ids.size(), 4);
        const Post last = *storage->load(made.ids.last()).result().value;
        QCOMPARE(*last.plannedAt, inBerlin("2027-04-01", "09:00"));
    }
};

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
