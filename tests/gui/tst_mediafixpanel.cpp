// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's media fixes on real files: a PNG too large for TikTok's photos is offered
// "Convert to JPEG" and "Shrink", Fix all puts a JPEG from Tokdeck's data folder in its place
// (the original untouched, shown as the source, the problems gone, the draft saved with the
// copy), a HEIC photo is known by its bytes and converted to JPEG, and a fix cancelled while
// it runs leaves no file behind; a reopened draft still names the copy's original, and one
// whose composer was killed mid-fix holds the original and offers the fix again. The upload queue's
// "Fix what can be fixed" drafts and uploads the fixed copy instead of the original.

#include "../media/GeneratedHeic.h"
#include "../media/GeneratedMedia.h"
#include "ComposerFixture.h"
#include "compose/MediaFixPanel.h"
#include "media/FormatSniffer.h"
#include "models/MediaListModel.h"
#include "publish/UploadQueue.h"
#include "queue/UploadQueuePanel.h"
#include "storage/StorageWorker.h"
#include "transcode/MediaFixer.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

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

// Child: a composer on `databasePath` with `clip` in a new draft; once the draft is stored it
// prints "draft ID", starts the fix, prints "fixing" at its first progress and waits to be
// killed. Any other ending is a number the parent shows.
int fixUntilKilled(const QString &databasePath, const QString &clip)
{
    StorageWorker storage(databasePath);
    if (!storage.open().result().ok())
        return 2;
    DraftEditor editor(&storage, nullptr);
    ComposerWidget composer(&editor, Clock::system());
    composer.show();
    editor.newDraft();
    editor.addFiles({clip});
    auto *panel = composer.findChild<MediaFixPanel *>(QStringLiteral("mediaFixPanel"));
    if (!panel
        || !QTest::qWaitFor([&] { return panel->offeredPaths() == QStringList{clip}; }, 20'000))
        return 3;
    editor.saveNow();
    const auto storedWithClip = [&] {
        if (editor.post().id == 0)
            return false;
        auto stored = storage.load(editor.post().id);
        stored.waitForFinished();
        const auto result = stored.result();
        const auto &post = result.value;
        return post && post->media.size() == 1 && post->media.first().path == clip;
    };
    if (!QTest::qWaitFor(storedWithClip, 10'000))
        return 4;
    std::printf("draft %lld\n", static_cast<long long>(editor.post().id));
    std::fflush(stdout);
    QWidget *row = rowFor(panel, clip);
    QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("mediaFixButton")),
                      Qt::LeftButton);
    auto *bar = row->findChild<QProgressBar *>(QStringLiteral("mediaFixProgress"));
    if (!QTest::qWaitFor([&] { return bar->value() > 0; }, 30'000))
        return 5;
    std::printf("fixing\n");
    std::fflush(stdout);
    QTest::qWait(60'000); // until killed
    return 6;
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

        // Reopened from storage, by another editor: the copy still names its original.
        const qint64 id = fixture.editor->post().id;
        DraftEditor reopened(fixture.storage.get(), nullptr);
        QSignalSpy loaded(&reopened, &DraftEditor::loaded);
        reopened.open(id);
        QVERIFY(loaded.wait(5'000));
        QCOMPARE(reopened.post().media.first().sourcePath, png);
        const QModelIndex copy = reopened.media()->index(0);
        QCOMPARE(copy.data(MediaListModel::SourcePathRole).toString(), png);
        QVERIFY2(copy.data(Qt::ToolTipRole).toString().contains(QStringLiteral("fixed copy, from")),
                 qPrintable(copy.data(Qt::ToolTipRole).toString()));
    }

    void heicIsKnownByItsBytesAndBecomesAJpeg()
    {
        if (!heif_have_encoder_for_format(heif_compression_HEVC))
            QSKIP("libheif has no HEVC encoder here to make a HEIC file");
        // Named .jpg on purpose: the bytes decide, never the name.
        const QString heic = original(QStringLiteral("IMG_0042.jpg"));
        QVERIFY(test::writeHeic(heic, test::twoHalves(QSize(720, 1280), Qt::red, Qt::blue)));
        QFile file(heic);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(FormatSniffer::isHeif(file.read(FormatSniffer::headerBytes)));
        QCOMPARE(FormatSniffer::sniffFile(heic), MediaFormat::Other);

        test::ComposerFixture fixture;
        QVERIFY(fixture.start(dir_));
        auto *panel = fixture.composer->findChild<MediaFixPanel *>(QStringLiteral("mediaFixPanel"));
        fixture.editor->addFiles({heic});
        QTRY_VERIFY_WITH_TIMEOUT(panel->offeredPaths() == QStringList{heic}, 10'000);
        QVERIFY(rowFor(panel, heic)
                    ->findChild<QLabel *>()
                    ->text()
                    .contains(QStringLiteral("Convert to JPEG")));
        QSignalSpy finished(panel, &MediaFixPanel::fixFinished);
        QTest::mouseClick(
            rowFor(panel, heic)->findChild<QPushButton *>(QStringLiteral("mediaFixButton")),
            Qt::LeftButton);
        QVERIFY(finished.wait(20'000));
        const QString fixed = finished.first().at(1).toString();
        QCOMPARE(FormatSniffer::sniffFile(fixed), MediaFormat::Jpeg);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.editor->media()->allInspected()
                                     && fixture.editor->post().media.first().path == fixed,
                                 10'000);
        QTRY_COMPARE(fixture.editor->media()->index(0).data(MediaListModel::ProblemRole).toInt(),
                     int(MediaListModel::Problem::None));
    }

    void queueAutoFixDraftsAndUploadsTheFixedCopy()
    {
        test::ComposerFixture fixture;
        QVERIFY(fixture.start(dir_));
        UploadQueue queue(&fixture.sandbox.client, fixture.storage.get());
        UploadQueuePanel panel(&queue);
        auto *autoFix = panel.findChild<QCheckBox *>(QStringLiteral("queueAutoFix"));
        QVERIFY(autoFix);
        autoFix->setChecked(true);
        const QString png = original(QStringLiteral("queued.png"));
        QVERIFY(test::twoHalves(QSize(1200, 2133), Qt::darkGreen, Qt::white).save(png));
        QSignalSpy drafted(&queue, &UploadQueue::draftCreated);
        queue.add({png});
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle() && !drafted.isEmpty(), 20'000);
        const UploadQueue::Item item = queue.items().first();
        QCOMPARE(item.status, UploadQueue::Status::Done);
        QVERIFY2(item.path.startsWith(QDir(dataDir()).filePath(QStringLiteral("fixed/"))),
                 qPrintable(item.path));
        QCOMPARE(FormatSniffer::sniffFile(item.path), MediaFormat::Jpeg);
        auto stored = fixture.storage->load(drafted.first().at(0).toLongLong());
        stored.waitForFinished();
        QVERIFY(stored.result().value);
        QCOMPARE(stored.result().value->media.first().path, item.path);
    }

    // No rule is broken by a 720×1280 H.264 HDR clip (10-bit, PQ), yet TikTok washes it out:
    // the probe finds it, and the composer offers the tone mapping.
    void hdrThatBreaksNoRuleIsOfferedSdr()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("the ffmpeg tool is needed to make the test video");
        const QString clip = original(QStringLiteral("hdr.mp4"));
        const QString error = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=s=720x1280:r=30:d=3.5"), QStringLiteral("-c:v"),
             QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p10le"),
             QStringLiteral("-color_trc"), QStringLiteral("smpte2084"),
             QStringLiteral("-color_primaries"), QStringLiteral("bt2020"),
             QStringLiteral("-colorspace"), QStringLiteral("bt2020nc"), clip});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        test::ComposerFixture fixture;
        QVERIFY(fixture.start(dir_));
        auto *panel = fixture.composer->findChild<MediaFixPanel *>(QStringLiteral("mediaFixPanel"));
        fixture.editor->addFiles({clip});
        QTRY_VERIFY_WITH_TIMEOUT(panel->offeredPaths() == QStringList{clip}, 10'000);
        const QString text = rowFor(panel, clip)->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QStringLiteral("Convert HDR to SDR")), qPrintable(text));
    }

    // The composer's process killed with SIGKILL mid-encode: the stored draft still holds
    // the original, no finished copy is left, and a composer reopening it offers the fix again.
    void killedMidFixKeepsTheDraftAndOffersTheFixAgain()
    {
        if (test::ffmpegProgram().isEmpty())
            QSKIP("the ffmpeg tool is needed to make the test video");
        const QString clip = original(QStringLiteral("killed.mp4"));
        const QString error = test::runFfmpeg(
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=s=540x960:r=30:d=12"), QStringLiteral("-c:v"),
             QStringLiteral("mpeg4"), QStringLiteral("-q:v"), QStringLiteral("5"), clip});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The file ComposerFixture opens for this test function: the child writes it first.
        const QString database = dir_.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                               + QStringLiteral(".sqlite"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QByteArray out;
        connect(&child, &QProcess::readyReadStandardOutput, this,
                [&] { out += child.readAllStandardOutput(); });
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--fix-until-killed"), database, clip});
        QVERIFY(child.waitForStarted());
        QVERIFY2(QTest::qWaitFor(
                     [&] { return out.contains("fixing") || child.state() != QProcess::Running; },
                     60'000),
                 out.constData());
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the child ended by itself (%1): %2")
                                .arg(child.exitCode())
                                .arg(QString::fromUtf8(out))));
        child.kill(); // SIGKILL, mid-encode: no cleanup of any kind
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const qint64 id = out.mid(out.indexOf("draft ") + 6).split('\n').first().toLongLong();
        QVERIFY2(id > 0, out.constData());

        // No finished copy: at most the half-written .part, which nothing uses.
        const QDir folder(MediaFixer::outputFolderFor(clip));
        for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(name.endsWith(QStringLiteral(".part")), qPrintable(name));

        test::ComposerFixture fixture;
        QVERIFY(fixture.start(dir_));
        auto stored = fixture.storage->load(id);
        stored.waitForFinished();
        QVERIFY(stored.result().value);
        QCOMPARE(stored.result().value->media.size(), 1);
        QCOMPARE(stored.result().value->media.first().path, clip);
        QCOMPARE(stored.result().value->media.first().sourcePath, QString());

        auto *panel = fixture.composer->findChild<MediaFixPanel *>(QStringLiteral("mediaFixPanel"));
        QSignalSpy loaded(fixture.editor.get(), &DraftEditor::loaded);
        fixture.editor->open(id);
        QVERIFY(loaded.wait(5'000));
        QTRY_VERIFY_WITH_TIMEOUT(panel->offeredPaths() == QStringList{clip}, 10'000);
        QWidget *row = rowFor(panel, clip);
        QVERIFY(row);
        QVERIFY(row->findChild<QPushButton *>(QStringLiteral("mediaFixButton"))->isEnabled());
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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--fix-until-killed") == 0)
        return fixUntilKilled(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestMediaFixPanel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mediafixpanel.moc"
