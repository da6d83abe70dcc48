// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestMedia.h"
#include "compose/MediaStrip.h"
#include "models/MediaListModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace tokdeck;

namespace {
MediaInfo info(const QString &path, MediaFormat format)
{
    MediaInfo media;
    media.path = path;
    media.format = format;
    media.fileSize = 100;
    return media;
}
QStringList paths(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *path : list)
        result.append(QString::fromUtf8(path));
    return result;
}
QStringList order(const MediaListModel &model)
{
    QStringList paths;
    for (const auto &item : model.items())
        paths.append(item.info.path);
    return paths;
}
} // namespace

class TestMediaStrip : public QObject
{
    Q_OBJECT

    std::unique_ptr<MediaListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

private Q_SLOTS:
    void init()
    {
        model = std::make_unique<MediaListModel>();
        tester = std::make_unique<QAbstractItemModelTester>(model.get());
        model->appendPaths({QStringLiteral("/a.jpg"), QStringLiteral("/b.jpg"),
                            QStringLiteral("/c.jpg"), QStringLiteral("/d.jpg")});
    }

    void moveItemReorders()
    {
        QVERIFY(model->moveItem(0, 3));
        QCOMPARE(order(*model), paths({"/b.jpg", "/c.jpg", "/d.jpg", "/a.jpg"}));
        QVERIFY(model->moveItem(3, 1));
        QCOMPARE(order(*model), paths({"/b.jpg", "/a.jpg", "/c.jpg", "/d.jpg"}));
        QVERIFY(!model->moveItem(0, 4));
        QCOMPARE(model->index(1).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Position 2: a.jpg"));
    }

    void dragAndDropOfRowsReorders()
    {
        // Drag row 0 and drop it in the gap before row 3 (what QListView does for a drop there).
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0)}));
        QVERIFY(mime->hasFormat(QString::fromLatin1(MediaListModel::rowsMimeType)));
        QVERIFY(!model->dropMimeData(mime.get(), Qt::MoveAction, 3, 0,
                                     {})); // false: view must not delete
        QCOMPARE(order(*model), paths({"/b.jpg", "/c.jpg", "/a.jpg", "/d.jpg"}));
        // Drop past the end = last.
        mime.reset(model->mimeData({model->index(0)}));
        model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(order(*model), paths({"/c.jpg", "/a.jpg", "/d.jpg", "/b.jpg"}));
        // Never onto an item.
        QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->index(1)));
    }

    void keyboardMovesAndDeletes()
    {
        MediaStrip strip(model.get());
        strip.show();
        QListView *view = strip.findChild<QListView *>(QStringLiteral("mediaStripView"));
        view->setCurrentIndex(model->index(1));
        QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(order(*model), paths({"/a.jpg", "/c.jpg", "/b.jpg", "/d.jpg"}));
        QCOMPARE(view->currentIndex().row(), 2); // selection follows the item
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(order(*model), paths({"/b.jpg", "/a.jpg", "/c.jpg", "/d.jpg"}));
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier); // already first: nothing happens
        QCOMPARE(order(*model).first(), QStringLiteral("/b.jpg"));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(order(*model), paths({"/a.jpg", "/c.jpg", "/d.jpg"}));
    }

    void externalFilesAreAnnouncedNotInserted()
    {
        QSignalSpy dropped(model.get(), &MediaListModel::filesDropped);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(test::dataFile(QStringLiteral("portrait.jpg")))});
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toStringList().first(),
                 test::dataFile(QStringLiteral("portrait.jpg")));
        QCOMPARE(model->rowCount(), 4); // the composer decides whether to accept them
    }

    void realDropEventOnTheView()
    {
        MediaStrip strip(model.get());
        strip.resize(600, 220);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QSignalSpy dropped(model.get(), &MediaListModel::filesDropped);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(test::dataFile(QStringLiteral("square.jpg")))});
        QWidget *viewport = strip.view()->viewport();
        const QPoint at(viewport->width() - 5, viewport->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QCOMPARE(dropped.size(), 1);
    }

    void postTypeFollowsMedia()
    {
        model->clear();
        QCOMPARE(model->postType(), std::nullopt);
        model->appendPaths({QStringLiteral("/v.mp4")});
        model->setInspection(QStringLiteral("/v.mp4"),
                             info(QStringLiteral("/v.mp4"), MediaFormat::Mp4), {});
        QCOMPARE(model->postType(), PostType::Video);
        model->appendPaths({QStringLiteral("/p.jpg")});
        model->setInspection(QStringLiteral("/p.jpg"),
                             info(QStringLiteral("/p.jpg"), MediaFormat::Jpeg), {});
        ValidationIssues issues;
        QCOMPARE(model->postType(&issues), std::nullopt); // video + image is refused
        QVERIFY(hasRejection(issues));
        model->removeItem(0);
        QCOMPARE(model->postType(), PostType::Photo);
        model->appendPaths({QStringLiteral("/q.png")});
        model->setInspection(QStringLiteral("/q.png"),
                             info(QStringLiteral("/q.png"), MediaFormat::Png), {});
        QCOMPARE(model->postType(), PostType::Slideshow);
        QVERIFY(model->allInspected());
    }
    void countLabelShowsTheHintOrImagesOfTen()
    {
        MediaStrip strip(model.get());
        auto *count = strip.findChild<QLabel *>(QStringLiteral("mediaCountLabel"));
        QVERIFY(count);
        const QColor normal = strip.palette().color(QPalette::WindowText);
        const auto colour = [&] {
            return count->palette().color(QPalette::WindowText);
        };
        // Several files not yet looked at count as the slideshow they will likely be.
        QCOMPARE(count->text(), QStringLiteral("4 / 10 images"));
        for (const QString &path : order(*model))
            model->setInspection(path, info(path, MediaFormat::Jpeg), {});
        QCOMPARE(count->text(), QStringLiteral("4 / 10 images"));
        QCOMPARE(colour(), normal);

        for (int i = 5; i <= 11; ++i) {
            const QString path = QStringLiteral("/%1.jpg").arg(i);
            model->appendPaths({path});
            model->setInspection(path, info(path, MediaFormat::Jpeg), {});
        }
        QCOMPARE(count->text(), QStringLiteral("11 / 10 images"));
        QVERIFY(colour() != normal);
        QVERIFY2(colour().hsvHue() <= 10 || colour().hsvHue() >= 345, "over the limit reads red");
        model->removeItem(0);
        QCOMPARE(count->text(), QStringLiteral("10 / 10 images"));
        QCOMPARE(colour(), normal);

        model->clear();
        QCOMPARE(count->text(), QStringLiteral("Drop a video, a photo or up to 10 images here."));
        // One video or one photo is no slideshow: nothing to count.
        model->appendPaths({QStringLiteral("/v.mp4")});
        model->setInspection(QStringLiteral("/v.mp4"),
                             info(QStringLiteral("/v.mp4"), MediaFormat::Mp4), {});
        QVERIFY(count->text().isEmpty());
        model->clear();
        model->appendPaths({QStringLiteral("/p.jpg")});
        model->setInspection(QStringLiteral("/p.jpg"),
                             info(QStringLiteral("/p.jpg"), MediaFormat::Jpeg), {});
        QVERIFY(count->text().isEmpty());
    }
};

QTEST_MAIN(TestMediaStrip)
#include "tst_mediastrip.moc"
