// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The word-level diff of the version history: runs of equal, inserted and deleted text that
// rebuild both texts, with words and emoji kept whole.

#include "domain/TextDiff.h"

#include <QTest>

using namespace tokdeck;
using namespace Qt::StringLiterals;
using TextDiff::Kind;
using TextDiff::Run;

namespace {

QString joined(const QList<Run> &runs, Kind skipped)
{
    QString text;
    for (const Run &run : runs) {
        if (run.kind != skipped)
            text += run.text;
    }
    return text;
}

// Every diff must rebuild both sides: the old text without insertions, the new without deletions.
void verifyRebuilds(const QString &before, const QString &after)
{
    const QList<Run> runs = TextDiff::diff(before, after);
    QCOMPARE(joined(runs, Kind::Inserted), before);
    QCOMPARE(joined(runs, Kind::Deleted), after);
    for (qsizetype i = 1; i < runs.size(); ++i)
        QVERIFY2(runs.at(i).kind != runs.at(i - 1).kind, "neighbouring runs of one kind");
}

} // namespace

class TestTextDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensKeepEveryCharacter()
    {
        QCOMPARE(TextDiff::tokens(QString()), QStringList());
        QCOMPARE(TextDiff::tokens(QStringLiteral("  new  clip\n#tag ")),
                 (QStringList{u"  "_s, u"new"_s, u"  "_s, u"clip"_s, u"\n"_s, u"#tag"_s, u" "_s}));
    }

    void empty()
    {
        QVERIFY(TextDiff::diff(QString(), QString()).isEmpty());
        QCOMPARE(TextDiff::diff(QString(), u"fresh caption"_s),
                 (QList<Run>{{Kind::Inserted, u"fresh caption"_s}}));
        QCOMPARE(TextDiff::diff(u"old caption"_s, QString()),
                 (QList<Run>{{Kind::Deleted, u"old caption"_s}}));
    }

    void identical()
    {
        const QString text = u"Morning bake 🥐 #bakery"_s;
        QCOMPARE(TextDiff::diff(text, text), (QList<Run>{{Kind::Equal, text}}));
    }

    void insert()
    {
        const QList<Run> runs =
            TextDiff::diff(u"Fresh bread today"_s, u"Fresh sourdough bread today"_s);
        QCOMPARE(runs, (QList<Run>{{Kind::Equal, u"Fresh "_s},
                                   {Kind::Inserted, u"sourdough "_s},
                                   {Kind::Equal, u"bread today"_s}}));
        verifyRebuilds(u"Fresh bread today"_s, u"Fresh sourdough bread today"_s);
    }

    void remove()
    {
        const QList<Run> runs = TextDiff::diff(u"Open late on Friday"_s, u"Open on Friday"_s);
        QCOMPARE(runs, (QList<Run>{{Kind::Equal, u"Open "_s},
                                   {Kind::Deleted, u"late "_s},
                                   {Kind::Equal, u"on Friday"_s}}));
    }

    void replace()
    {
        // A changed word is one deletion followed by one insertion, not a character mix.
        const QList<Run> runs = TextDiff::diff(u"Croissants at nine"_s, u"Croissants at ten"_s);
        QCOMPARE(runs, (QList<Run>{{Kind::Equal, u"Croissants at "_s},
                                   {Kind::Deleted, u"nine"_s},
                                   {Kind::Inserted, u"ten"_s}}));
        verifyRebuilds(u"a b c d e"_s, u"a x c y e z"_s);
        verifyRebuilds(u"one two three"_s, u"three two one"_s);
        verifyRebuilds(u"line one\nline two"_s, u"line two\nline one\n"_s);
    }

    void emojiAreNotSplit()
    {
        // 😀 and 😃 share their high surrogate (U+D83D): a character-level diff would keep it
        // as "equal" and leave half a pair on each side.
        const QString before = u"Smile 😀 now"_s;
        const QString after = u"Smile 😃 now"_s;
        const QList<Run> runs = TextDiff::diff(before, after);
        QCOMPARE(runs, (QList<Run>{{Kind::Equal, u"Smile "_s},
                                   {Kind::Deleted, u"😀"_s},
                                   {Kind::Inserted, u"😃"_s},
                                   {Kind::Equal, u" now"_s}}));
        for (const Run &run : runs) {
            QVERIFY(!run.text.front().isLowSurrogate());
            QVERIFY(!run.text.back().isHighSurrogate());
        }
        verifyRebuilds(u"🥐🥖 fresh"_s, u"🥐 fresh 🍞"_s);
    }

    void longTextsStillRebuild()
    {
        // Beyond the table's bound (far longer than any caption): still a correct diff.
        QString before;
        QString after;
        for (int i = 0; i < 2500; ++i) {
            before += QStringLiteral("w%1 ").arg(i);
            after += QStringLiteral("w%1 ").arg(i % 7 == 0 ? -i : i);
        }
        verifyRebuilds(before, after);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
