// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The ICS export is checked by rules here and by a real parser (python3-icalendar).

#include "exchange/IcsWriter.h"

#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tokdeck;

namespace {
Post post(qint64 id, PostState state, const QString &caption, const QDateTime &when)
{
    Post p;
    p.id = id;
    p.type = PostType::Video;
    p.state = state;
    p.caption = caption;
    p.plannedAt = when;
    p.createdAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    p.accounts = {{QStringLiteral("acc_tiktok_1"), {}, {}},
                  {QStringLiteral("acc_tiktok_2"), {}, {}}};
    return p;
}
const QDateTime now(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC);
} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesText()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\r\ne")),
                 QByteArray("a\\,b\\;c\\\\d\\ne"));
    }

    void foldsAt75OctetsWithoutSplittingUtf8()
    {
        const QByteArray ascii(200, 'x');
        const QByteArray folded = IcsWriter::foldLine(ascii);
        for (const QByteArray &line : folded.split('\n')) {
            QVERIFY(line.size() - (line.endsWith('\r') ? 1 : 0) <= 75);
        }
        // 3-byte characters: no line may end in the middle of one.
        const QByteArray euro = QString(60, QChar(0x20AC)).toUtf8();
        const QByteArray foldedEuro = IcsWriter::foldLine("SUMMARY:" + euro);
        for (QByteArray line : foldedEuro.split('\n')) {
            line.chop(line.endsWith('\r') ? 1 : 0);
            if (line.startsWith(' '))
                line.remove(0, 1);
            QVERIFY(line.size() <= 75);
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // decodes cleanly on its own
        }
        // Unfolding gives the original back.
        QByteArray unfolded = foldedEuro;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, "SUMMARY:" + euro + "\r\n");
    }

    void writesUtcStartAndStableUid()
    {
        const QDateTime berlinEvening(QDate(2026, 3, 29), QTime(20, 30),
                                      QTimeZone("Europe/Berlin")); // after DST
        const Post p = post(7, PostState::Scheduled, QStringLiteral("Hello"), berlinEvening);
        const QByteArray ics = IcsWriter::write({p}, now);
        QVERIFY(ics.contains("DTSTART:20260329T183000Z\r\n"));
        const QByteArray uidLine = QByteArray("UID:") + IcsWriter::uidFor(p);
        QVERIFY(ics.contains(QByteArray(uidLine + "\r\n")));
        QVERIFY(
            IcsWriter::write({p}, now.addDays(1)).contains(uidLine)); // same UID on the next export
        QVERIFY(ics.contains("STATUS:CONFIRMED"));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    }

    void skipsPostsWithoutATime()
    {
        Post now_ = post(1, PostState::Draft, QStringLiteral("x"), now);
        now_.plannedAt.reset();
        QVERIFY(!IcsWriter::write({now_}, now).contains("BEGIN:VEVENT"));
    }

    void dropsControlCharactersFromText()
    {
        // RFC 5545 TEXT forbids CONTROL (%x00-08, %x0A-1F, %x7F); only the line break survives,
        // escaped, and HTAB, which is allowed.
        const QString caption = QStringLiteral("a\x01"
                                               "b\x1B"
                                               "[31mc\x7F"
                                               "\td\r\ne")
                                + QChar(0xD83D);
        const QByteArray text = IcsWriter::escapeText(caption);
        QCOMPARE(text, QByteArray("ab[31mc\td\\ne"));
        const QByteArray ics =
            IcsWriter::write({post(1, PostState::Draft, caption, now.addDays(1))}, now);
        for (const char c : ics) {
            const auto octet = static_cast<unsigned char>(c);
            QVERIFY2(octet >= 0x20 || c == '\r' || c == '\n' || c == '\t',
                     qPrintable(QStringLiteral("control octet %1").arg(octet)));
            QVERIFY(octet != 0x7F);
        }
    }

    void cutsTheSummaryOnACharacterBoundary()
    {
        // 100 emoji are 200 UTF-16 units: the old cut at 80 units halved none here, but 79 + 1
        // would; a skin-tone pair makes each character 4 units, so 80 falls inside one.
        QString caption = QStringLiteral("x");
        for (int i = 0; i < 100; ++i)
            caption += QStringLiteral("👍🏽");
        const QByteArray ics =
            IcsWriter::write({post(1, PostState::Draft, caption, now.addDays(1))}, now);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8.decode(ics);
        QVERIFY(!utf8.hasError());
        QVERIFY(!ics.contains('?'));
        QVERIFY(!decoded.contains(QChar(QChar::ReplacementCharacter)));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
        // Unfolded, the summary is the type, then "x" and 19 whole thumbs (1 + 19 * 4 = 77
        // units; a 20th would end at 81).
        QString unfolded = decoded;
        unfolded.remove(QStringLiteral("\r\n "));
        const qsizetype at = unfolded.indexOf(QStringLiteral("SUMMARY:"));
        QVERIFY(at >= 0);
        const QString summary = unfolded.mid(at).section(QStringLiteral("\r\n"), 0, 0);
        QVERIFY2(summary.endsWith(QStringLiteral(": x") + caption.mid(1, 19 * 4)),
                 qPrintable(summary));
    }

    void aRealParserReadsIt()
    {
        QList<Post> posts;
        posts.append(
            post(1, PostState::Scheduled,
                 QStringLiteral("Launch 🎬, with commas; semicolons \\ and\na second line #fyp ")
                     + QString(120, QLatin1Char('z')),
                 now.addDays(2)));
        posts.append(post(2, PostState::Draft, QStringLiteral("Draft idea"), now.addDays(40)));
        posts.append(post(3, PostState::Published, QStringLiteral("Done"), now.addDays(-1)));
        QString emoji = QStringLiteral("\x07");
        for (int i = 0; i < 100; ++i)
            emoji += QStringLiteral("🎬");
        posts.append(post(4, PostState::Draft, emoji, now.addDays(3)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(IcsWriter::write(posts, now));
        file.close();

        const char *script = "import sys, icalendar\n"
                             "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                             "for e in cal.walk('VEVENT'):\n"
                             "    print(e['UID'], e.decoded('DTSTART').isoformat(), "
                             "repr(str(e['DESCRIPTION']).split('\\n')[0]))\n";
        QProcess python;
        // Debian's interpreter: python3-icalendar is installed for it, not for a pyenv on PATH.
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(script), path});
        QVERIFY(python.waitForFinished(30'000));
        const QString err = QString::fromUtf8(python.readAllStandardError());
        if (err.contains(QStringLiteral("No module named 'icalendar'")))
            QFAIL("python3-icalendar is missing: scripts/dev.sh installs it");
        QCOMPARE(python.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        // The emoji caption: parsed whole, the bell dropped, no "?" from a halved emoji.
        QVERIFY2(lines.at(3).contains(QStringLiteral("'🎬🎬")), qPrintable(lines.at(3)));
        QVERIFY(!lines.at(3).contains(QLatin1Char('?')));
        QVERIFY(lines.at(0).contains(QStringLiteral("2026-03-22T12:00:00+00:00")));
        QVERIFY2(lines.at(0).contains(QStringLiteral("Launch 🎬, with commas; semicolons \\\\ and")),
                 qPrintable(lines.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
