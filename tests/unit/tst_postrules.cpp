// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/PostRules.h"

#include <QTest>

using namespace tokdeck;

namespace {
MediaInfo media(MediaFormat format, int width = 1080, int height = 1920)
{
    MediaInfo info;
    info.path = QStringLiteral("/m/file%1").arg(int(format));
    info.fileSize = 1000;
    info.format = format;
    info.width = width;
    info.height = height;
    return info;
}
const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestPostRules : public QObject
{
    Q_OBJECT

    PostCheckInput post(PostType type, QList<MediaInfo> items)
    {
        PostCheckInput input;
        input.type = type;
        input.media = std::move(items);
        input.targets = {{QStringLiteral("acc_1"), QStringLiteral("Hello #fyp"), {}}};
        return input;
    }

private Q_SLOTS:
    void typeFollowsMedia()
    {
        ValidationIssues issues;
        QCOMPARE(PostRules::typeForMedia({media(MediaFormat::Mp4)}, &issues), PostType::Video);
        QCOMPARE(PostRules::typeForMedia({media(MediaFormat::Jpeg)}, &issues), PostType::Photo);
        QCOMPARE(
            PostRules::typeForMedia({media(MediaFormat::Jpeg), media(MediaFormat::Png)}, &issues),
            PostType::Slideshow);
        QVERIFY(issues.isEmpty());

        QCOMPARE(
            PostRules::typeForMedia({media(MediaFormat::Mp4), media(MediaFormat::Jpeg)}, &issues),
            std::nullopt);
        QCOMPARE(issues.size(), 1);
        issues.clear();
        QCOMPARE(
            PostRules::typeForMedia({media(MediaFormat::Mp4), media(MediaFormat::Mov)}, &issues),
            std::nullopt);
        QVERIFY(hasRejection(issues));
    }

    void cleanPostsPass()
    {
        QVERIFY(
            !hasRejection(PostRules::check(post(PostType::Video, {media(MediaFormat::Mp4)}), now)));
        QVERIFY(!hasRejection(
            PostRules::check(post(PostType::Photo, {media(MediaFormat::Jpeg)}), now)));
    }

    void aBlankPostHasOneMediaProblem()
    {
        // Whatever type the draft was last, no media is one problem, not one per rule.
        ValidationIssues typeIssues;
        QCOMPARE(PostRules::typeForMedia({}, &typeIssues), std::nullopt);
        for (PostType type : {PostType::Video, PostType::Photo, PostType::Slideshow}) {
            const ValidationIssues issues = typeIssues + PostRules::check(post(type, {}), now);
            QStringList media;
            for (const ValidationIssue &issue : issues) {
                if (issue.subject == QStringLiteral("media"))
                    media << issue.message;
            }
            QCOMPARE(media.size(), 1);
            QVERIFY2(media.first().startsWith(QStringLiteral("Add a video, a photo")),
                     qPrintable(media.first()));
        }
    }

    void slideshowCounts()
    {
        QList<MediaInfo> eleven(11, media(MediaFormat::Jpeg));
        auto issues = PostRules::check(post(PostType::Slideshow, eleven), now);
        QVERIFY(hasRejection(issues));
        QVERIFY(issues.last().message.contains(QStringLiteral("10")));

        QList<MediaInfo> ten(10, media(MediaFormat::Jpeg));
        QVERIFY(!hasRejection(PostRules::check(post(PostType::Slideshow, ten), now)));

        QVERIFY(hasRejection(PostRules::check(post(PostType::Slideshow, {}), now)));

        issues = PostRules::check(post(PostType::Slideshow, {media(MediaFormat::Jpeg)}), now);
        QVERIFY(!hasRejection(issues));
        QCOMPARE(issues.size(), 1); // better as a photo
    }

    void mixedAspectRatiosWarn()
    {
        const auto issues =
            PostRules::check(post(PostType::Slideshow,
                                  {media(MediaFormat::Jpeg), media(MediaFormat::Jpeg, 1080, 1080)}),
                             now);
        QVERIFY(!hasRejection(issues));
        QVERIFY(std::any_of(issues.begin(), issues.end(), [](const ValidationIssue &i) {
            return i.message.contains(QStringLiteral("aspect"));
        }));
    }

    void aigcOnlyOnVideo()
    {
        auto photo = post(PostType::Photo, {media(MediaFormat::Jpeg)});
        photo.isAigc = true;
        QVERIFY(hasRejection(PostRules::check(photo, now)));
        auto video = post(PostType::Video, {media(MediaFormat::Mp4)});
        video.isAigc = true;
        QVERIFY(!hasRejection(PostRules::check(video, now)));
    }

    void accountsAreChecked()
    {
        auto input = post(PostType::Video, {media(MediaFormat::Mp4)});
        input.targets.clear();
        QVERIFY(hasRejection(PostRules::check(input, now)));

        input = post(PostType::Video, {media(MediaFormat::Mp4)});
        input.targets.append(input.targets.first());
        QVERIFY(hasRejection(PostRules::check(input, now))); // same account twice

        const QList<Account> known = {
            {QStringLiteral("acc_1"), QStringLiteral("TikTok"), {}, {}, {}},
            {QStringLiteral("fb_1"), QStringLiteral("facebook"), {}, {}, {}}};
        QVERIFY(PostRules::checkAccounts({{QStringLiteral("acc_1"), {}, {}}}, known).isEmpty());
        const auto unknown = PostRules::checkAccounts({{QStringLiteral("acc_404"), {}, {}}}, known);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().subject, QStringLiteral("acc_404"));
        QCOMPARE(unknown.first().accountId, QStringLiteral("acc_404")); // its row can show it
        QVERIFY(hasRejection(PostRules::checkAccounts({{QStringLiteral("fb_1"), {}, {}}}, known)));
    }

    void perAccountCaptionsAreEachChecked()
    {
        auto input = post(PostType::Video, {media(MediaFormat::Mp4)});
        input.targets = {{QStringLiteral("acc_1"), QStringLiteral("fine"), {}},
                         {QStringLiteral("acc_2"), QString(2201, QLatin1Char('x')), {}}};
        const auto issues = rejectionsOf(PostRules::check(input, now));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().subject.contains(QStringLiteral("acc_2")));
        QCOMPARE(issues.first().accountId, QStringLiteral("acc_2"));
    }

    void sharedCaptionReportedOnce()
    {
        auto input = post(PostType::Video, {media(MediaFormat::Mp4)});
        input.targets = {{QStringLiteral("acc_1"), QString(), {}},
                         {QStringLiteral("acc_2"), QString(), {}}};
        const auto issues = rejectionsOf(PostRules::check(input, now));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().accountId.isEmpty()); // the shared caption, not one account's
    }

    void scheduleIsChecked()
    {
        auto input = post(PostType::Video, {media(MediaFormat::Mp4)});
        input.scheduledAt = now.addSecs(5 * 60);
        QVERIFY(hasRejection(PostRules::check(input, now)));
        input.scheduledAt = now.addDays(1);
        QVERIFY(!hasRejection(PostRules::check(input, now)));
    }
};

QTEST_GUILESS_MAIN(TestPostRules)
#include "tst_postrules.moc"
