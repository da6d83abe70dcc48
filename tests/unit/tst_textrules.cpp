// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rules/TextRules.h"

#include <QTest>

using namespace tokdeck;

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsUtf16Units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("units");
        QTest::newRow("ascii") << QStringLiteral("hello") << qsizetype(5);
        QTest::newRow("bmp accent") << QStringLiteral("café") << qsizetype(4);
        QTest::newRow("astral emoji") << QStringLiteral("🎬") << qsizetype(2);
        // Woman technologist: woman + ZWJ + laptop = 2 + 1 + 2 units.
        QTest::newRow("zwj sequence") << QStringLiteral("👩‍💻") << qsizetype(5);
        QTest::newRow("rtl") << QStringLiteral("שלום") << qsizetype(4);
    }
    void countsUtf16Units()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, units);
        QCOMPARE(TextRules::length(text), units);
    }

    void captionLimitIsExactly2200Units()
    {
        const QString atLimit(2200, QLatin1Char('a'));
        QVERIFY(!hasRejection(TextRules::checkCaption(atLimit)));
        QVERIFY(hasRejection(TextRules::checkCaption(atLimit + QLatin1Char('b'))));

        // 1,100 astral emoji are 2,200 units: allowed; one more BMP char tips it over.
        QString emoji;
        for (int i = 0; i < 1100; ++i)
            emoji += QStringLiteral("😀");
        QCOMPARE(emoji.size(), 2200);
        QVERIFY(!hasRejection(TextRules::checkCaption(emoji)));
        const auto issues = TextRules::checkCaption(emoji + QLatin1Char('!'));
        QVERIFY(hasRejection(issues));
        QVERIFY2(issues.first().message.contains(QStringLiteral("2,201")),
                 qPrintable(issues.first().message));
    }

    void emptyCaptionIsRejected()
    {
        QVERIFY(hasRejection(TextRules::checkCaption(QString())));
        QVERIFY(hasRejection(TextRules::checkCaption(QStringLiteral("   \n"))));
    }

    void manyHashtagsWarnOnly()
    {
        const QString six = QStringLiteral("Look #a #b #c #d #e #f");
        QCOMPARE(TextRules::hashtagCount(six), 6);
        const auto issues = TextRules::checkCaption(six);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!issues.first().isRejection());
        QVERIFY(TextRules::checkCaption(QStringLiteral("#fyp #viral")).isEmpty());
    }

    void titleLimits()
    {
        const QString title91(91, QLatin1Char('t'));
        QVERIFY(hasRejection(TextRules::checkTitle(PostType::Photo, title91, QStringLiteral("c"))));
        QVERIFY(
            hasRejection(TextRules::checkTitle(PostType::Slideshow, title91, QStringLiteral("c"))));
        QVERIFY(!hasRejection(
            TextRules::checkTitle(PostType::Photo, title91.left(90), QStringLiteral("c"))));
        // Video titles have no own limit; title + caption above 2,200 only warns.
        const auto video =
            TextRules::checkTitle(PostType::Video, title91, QString(2150, QLatin1Char('c')));
        QCOMPARE(video.size(), 1);
        QVERIFY(!video.first().isRejection());
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
