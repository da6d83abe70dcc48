// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's media fixes on real files: a PNG too large for TikTok's photos is offered
// "Convert to JPEG" and "Shrink", Fix all puts a JPEG from Tokdeck's data folder in its place
// (the original untouched, shown as the source, the problems gone, the draft saved with the
// copy), and a fix cancelled while it runs leaves no file behind.

#include "../media/GeneratedMedia.h"
#include "ComposerFixture.h"
#include "compose/MediaFixPanel.h"
#include "media/FormatSniffer.h"
#include "models/MediaListModel.h"
#include "storage/StorageWorker.h"
#include "transcode/MediaFixer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QWidget *rowFor(MediaFixPanel *panel, const QString &path)
{
    for (QWidget *row : panel->findChildren<QWidget *>(QStringLiteral("mediaFixRow"))) {
        if (row->property("inputPath").toString() == path)
            return row;
    }
    return nullptr;
}

} // namespace

class TestMediaFixPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir dir_;

    QString dataDir() const { return dir_.filePath(QStringLiteral("data")); }
    QString original(const QString &name) const
    {
        return dir_.filePath(QStringLiteral("originals/") + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QVERIFY(QDir().mkpath(dir_.filePath(QStringLiteral("originals"))));
        qputenv("TOKDECK_DATA_DIR", QFile::encodeName(dataDir()));
    }

    void fixAllPutsAJpegFromTheDataFolderInThePost()
    {
        test::ComposerFixture fixture;
        QVERIFY(fixture.start(dir_));
        auto *panel = fixture.composer->findChild<MediaFixPanel *>(QStringLiteral("mediaFixPanel"));
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());

        // 1200×2133 PNG: TikTok's photos want JPEG, short side at most 1080 px.
        const QString png = original(QStringLiteral("photo.png"));
        QVERIFY(test::twoHalves(QSize(1200, 2133), Qt::darkCyan, Qt::yellow).save(png));
        const QByteArray before = sha256Of(png);
        fixture.editor->addFiles({png});

        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10'000);
        QCOMPARE(panel->offeredPaths(), QStringList{png});
        QWidget *row = rowFor(panel, png);
        QVERIFY(row);
        const QString text = row->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QStringLiteral("Convert to JPEG")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1080×1920")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("JPEG, 1080×1920, about")), qPrintable(text));

        QSignalSpy finished(panel, &MediaFixPanel::fixFinished);
        auto *fixAll = panel->findChild<QPushButton *>(QStringLiteral("fixAllButton"));
        QVERIFY(fixAll && fixAll->isVisible());
        QTest::mouseClick(fixAll, Qt::LeftButton);
        QVERIFY(finished.wait(20'000));
        const QString fixed = finished.first().at(1).toString();
        QVERIFY(!fixed.isEmpty());
        QVERIFY2(fixed.startsWith(QDir(dataDir()).filePath(QStringLiteral("fixed/"))),
                 qPrintable(fixed));
        QVERIFY(fixed.endsWith(QStringLiteral(".jpg")));
        QCOMPARE(FormatSniffer::sniffFile(fixed), MediaFormat::Jpeg);

        // The copy is in the post, checked, with nothing left to fix; the original stays.
        MediaListModel *media = fixture.editor->media();
        QTRY_VERIFY_WITH_TIMEOUT(media->allInspected() && fixture.editor->post().media.size() == 1
                                     && fixture.editor->post().media.first().path == fixed,
                                 10'000);
        QCOMPARE(media->items().first().info.width, 1080);
        QCOMPARE(media->items().first().info.format, MediaFormat::Jpeg);
        QCOMPARE(media->index(0).data(MediaListModel::SourcePathRole).toString(), png);
        QTRY_COMPARE(media->index(0).data(MediaListModel::ProblemRole).toInt(),
                     int(MediaListModel::Problem::None));
        QTRY_VERIFY(!panel->isVisible());
        QCOMPARE(sha256Of(png), before);

        // The autosave stored the copy's path.
        fixture.editor->saveNow();
        QTRY_VERIFY(fixture.editor->post().id != 0);
        auto stored = fixture.storage->load(fixture.editor->post().id);
        stored.waitForFinished();
        QVERIFY(stored.result().value);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto again = fixture.storage->load(fixture.editor->post().id);
                again.waitForFinished();
                return again.result().value && again.result().value->media.size() == 1
                       && again.result().value->media.first().path == fixed;
            }(),
            5'000);
    }

    void cancelMidRunLeavesNoFile()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("the ffmpeg tool is needed to make the test video");
        // MPEG-4 Part 2: a codec TikTok refuses, so the fix is a full re-encode to H.264.
        const QString clip = original(QStringLiteral("clip.mp4"));
        const QString error = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=s=720x1280:r=30:d=4"), QStringLiteral("-c:v"),
             QStringLiteral("mpeg4"), QStringLiteral("-q:v"), QStringLiteral("5"), clip});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        test::ComposerFixture fixture;
        QVERIFY(fixture.start(dir_));
        auto *panel = fixture.composer->findChild<MediaFixPanel *>(QStringLiteral("mediaFixPanel"));
        fixture.editor->addFiles({clip});
        QTRY_VERIFY_WITH_TIMEOUT(panel->offeredPaths() == QStringList{clip}, 10'000);
        QWidget *row = rowFor(panel, clip);
        QVERIFY(row);
        QVERIFY(row->findChild<QLabel *>()->text().contains(QStringLiteral("Convert to H.264")));

        QSignalSpy finished(panel, &MediaFixPanel::fixFinished);
        QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("mediaFixButton")),
                          Qt::LeftButton);
        QVERIFY(panel->isFixing());
        auto *bar = row->findChild<QProgressBar *>(QStringLiteral("mediaFixProgress"));
        QTRY_VERIFY(bar->isVisible());
        auto *cancel = row->findChild<QPushButton *>(QStringLiteral("mediaFixCancel"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().at(1).toString(), QString()); // nothing made
        QVERIFY(!panel->isFixing());

        // Neither the copy nor its .part: the folder for this file's copies is empty.
        const QDir folder(MediaFixer::outputFolderFor(clip));
        QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList());
        // The post still holds the original, and the fix is offered again.
        QCOMPARE(fixture.editor->post().media.first().path, clip);
        QCOMPARE(panel->offeredPaths(), QStringList{clip});
        QVERIFY(row->findChild<QPushButton *>(QStringLiteral("mediaFixButton"))->isEnabled());
    }
};

QTEST_MAIN(TestMediaFixPanel)
#include "tst_mediafixpanel.moc"
