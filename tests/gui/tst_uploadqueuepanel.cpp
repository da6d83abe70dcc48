// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The upload queue's panel against a real queue (sandbox server on 127.0.0.1, SQLite file):
// each row paints a real progress bar that stays readable under a dark palette, the ✕ / ↻
// painted on a row cancel or retry that row alone, and the two shared buttons follow the
// selection.

#include "LocalSandbox.h"
#include "Palettes.h"
#include "TestMedia.h"
#include "TestStorage.h"
#include "publish/UploadQueue.h"
#include "queue/UploadProgressDelegate.h"
#include "queue/UploadQueuePanel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace tokdeck;
using Status = UploadQueue::Status;
using Delegate = UploadProgressDelegate;

namespace {

// Share of the pixels in `area` that have the hue of `colour` (a progress bar's fill is a
// shade of the palette's highlight; text and backgrounds are grey).
double shareOfHue(const QImage &image, const QRect &area, const QColor &colour)
{
    int matching = 0;
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            ++count;
            if (pixel.hsvSaturationF() > 0.25 && pixel.hsvHue() >= 0
                && std::abs(pixel.hsvHue() - colour.hsvHue()) <= 20)
                ++matching;
        }
    }
    return count ? double(matching) / count : 0;
}

} // namespace

class TestUploadQueuePanel : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<test::LocalSandbox> sandbox;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<UploadQueue> queue;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QListView *view = nullptr;
    QPushButton *cancelButton = nullptr;
    QPushButton *retryButton = nullptr;

    bool waitFor(const std::function<bool()> &condition)
    {
        return QTest::qWaitFor(condition, 20'000);
    }
    Status statusOf(int row) const { return queue->items().at(row).status; }
    QModelIndex rowIndex(int row) const { return view->model()->index(row, 0); }

    // The middle of the ✕ / ↻ painted on `row`.
    QPoint actionPoint(int row) const
    {
        return Delegate::actionRect(view->visualRect(rowIndex(row)), view->fontMetrics()).center();
    }

    Delegate::Action actionOf(int row) const
    {
        return Delegate::Action(rowIndex(row).data(Delegate::ActionRole).toInt());
    }

private Q_SLOTS:
    void init()
    {
        sandbox = std::make_unique<test::LocalSandbox>();
        QVERIFY(sandbox->start());
        sandbox->retryNever(); // so an injected failure shows up as a failure
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
        queue = std::make_unique<UploadQueue>(&sandbox->client, storage.get());
        window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(window.get());
        layout->addWidget(new UploadQueuePanel(queue.get(), window.get()));
        window->resize(520, 360);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        view = window->findChild<QListView *>(QStringLiteral("uploadQueueView"));
        cancelButton = window->findChild<QPushButton *>(QStringLiteral("cancelQueueItem"));
        retryButton = window->findChild<QPushButton *>(QStringLiteral("retryQueueItem"));
        QVERIFY(view && cancelButton && retryButton);
        tester = std::make_unique<QAbstractItemModelTester>(view->model());
    }

    void cleanup()
    {
        tester.reset();
        window.reset(); // the panel goes before the queue it shows
        queue.reset();
        storage.reset();
        sandbox.reset();
    }

    void rowsPaintAProgressBar()
    {
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("bars")), 2);
        sandbox->server.failNext(QStringLiteral("/media"), 500); // the first one fails
        queue->add(videos);
        QVERIFY(waitFor([&] { return queue->isIdle(); }));
        QCOMPARE(statusOf(0), Status::Failed);
        QCOMPARE(statusOf(1), Status::Done);
        QCOMPARE(rowIndex(1).data(Delegate::ProgressRole).toInt(), 100);
        QCOMPARE(rowIndex(1).data(Delegate::StatusRole).toInt(), int(Status::Done));
        QVERIFY(
            rowIndex(0).data(Delegate::StateTextRole).toString().contains(QStringLiteral("500")));
        // The whole reason, even if the row has to elide it.
        QVERIFY(rowIndex(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("500")));
        view->clearSelection();
        view->setCurrentIndex({});

        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QDir().mkpath(artifacts);
        const auto check = [&](const QString &palette) {
            // Kept for a look by eye (CI keeps the artifacts folder).
            QVERIFY(window->grab().save(artifacts
                                        + QStringLiteral("/upload-queue-%1.png").arg(palette)));
            const QImage shot = view->viewport()->grab().toImage();
            const qreal ratio = shot.devicePixelRatio();
            const auto pixels = [&](const QRect &logical) {
                return QRect((QRectF(logical).topLeft() * ratio).toPoint(),
                             (QSizeF(logical.size()) * ratio).toSize())
                    .intersected(shot.rect());
            };
            const QColor highlight = view->palette().color(QPalette::Highlight);
            const QRect done = view->visualRect(rowIndex(1));
            const QRect failed = view->visualRect(rowIndex(0));
            const QRect doneLower(done.left(), done.center().y(), done.width() / 2,
                                  done.height() / 2);
            const QRect failedLower(failed.left(), failed.center().y(), failed.width() / 2,
                                    failed.height() / 2);
            // A full bar under the name of the uploaded file; the failed one is words only.
            const double doneFill = shareOfHue(shot, pixels(doneLower), highlight);
            const double failedFill = shareOfHue(shot, pixels(failedLower), highlight);
            QVERIFY2(doneFill > 0.3, qPrintable(palette + QStringLiteral(": %1").arg(doneFill)));
            QVERIFY2(failedFill < 0.05,
                     qPrintable(palette + QStringLiteral(": %1").arg(failedFill)));
            // The name stands out from the palette's base it is drawn on.
            const QRect name(done.left(), done.top(), done.width() / 2, done.height() / 2);
            const double base = view->palette().color(QPalette::Base).lightnessF();
            const double background = test::averageLightness(shot, pixels(name));
            QVERIFY2(std::abs(background - base) < 0.2, qPrintable(palette));
            int contrasting = 0;
            const QRect namePixels = pixels(name);
            for (int y = namePixels.top(); y <= namePixels.bottom(); ++y) {
                for (int x = namePixels.left(); x <= namePixels.right(); ++x) {
                    if (std::abs(shot.pixelColor(x, y).lightnessF() - base) > 0.5)
                        ++contrasting;
                }
            }
            QVERIFY2(contrasting > 20, qPrintable(palette + QStringLiteral(": no readable name")));
        };
        check(QStringLiteral("light"));
        if (QTest::currentTestFailed())
            return;

        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        QCoreApplication::processEvents();
        check(QStringLiteral("dark"));
    }

    void paintsTheBarForATwiceDenseScreen()
    {
        queue->add(test::distinctVideos(dir.filePath(QStringLiteral("dpr")), 1));
        QVERIFY(waitFor([&] { return queue->isIdle(); }));
        view->setCurrentIndex({});
        const QRect row = view->visualRect(rowIndex(0));
        // Painted for a 2x screen (device-independent geometry, no cached 1x pixmaps): the bar
        // is where it is at 1x, in twice the pixels.
        QPixmap sharp(view->viewport()->size() * 2);
        sharp.setDevicePixelRatio(2);
        sharp.fill(Qt::transparent);
        view->viewport()->render(&sharp);
        const QImage image = sharp.toImage();
        const QRect lower(row.left() * 2, row.center().y() * 2, row.width(), row.height());
        QVERIFY(shareOfHue(image, lower.intersected(image.rect()),
                           view->palette().color(QPalette::Highlight))
                > 0.3);
    }

    void theCrossOfARowCancelsThatRowOnly()
    {
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("cross")), 2);
        // Answers held back: both uploads stay running long enough to be cancelled.
        sandbox->server.delayNext(QStringLiteral("/media"), 3000, 2);
        queue->add(videos);
        QVERIFY(waitFor(
            [&] { return statusOf(0) == Status::Uploading && statusOf(1) == Status::Uploading; }));
        QCOMPARE(actionOf(1), Delegate::Action::Cancel);

        // A click on the row itself (not on its ✕) selects it and cancels nothing.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(rowIndex(1)).topLeft() + QPoint(8, 8));
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(statusOf(1), Status::Uploading);

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, actionPoint(1));
        QVERIFY(waitFor([&] { return statusOf(1) == Status::Cancelled; }));
        QCOMPARE(statusOf(0), Status::Uploading); // the other row goes on
        QCOMPARE(actionOf(1), Delegate::Action::Retry);
        QVERIFY(waitFor([&] { return queue->isIdle(); }));
        QCOMPARE(statusOf(0), Status::Done);
        QCOMPARE(statusOf(1), Status::Cancelled);
    }

    void theRetryOfAFailedRowRetriesIt()
    {
        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("again")), 2);
        sandbox->server.failNext(QStringLiteral("/media"), 500, 2);
        queue->add(videos);
        QVERIFY(waitFor([&] { return queue->isIdle(); }));
        QCOMPARE(statusOf(0), Status::Failed);
        QCOMPARE(statusOf(1), Status::Failed);
        QCOMPARE(actionOf(0), Delegate::Action::Retry);

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, actionPoint(0));
        QVERIFY(waitFor([&] { return queue->isIdle(); }));
        QCOMPARE(statusOf(0), Status::Done);
        QCOMPARE(statusOf(1), Status::Failed); // only the clicked row
        QCOMPARE(actionOf(0), Delegate::Action::None);
        QCOMPARE(sandbox->server.requestCount(QStringLiteral("/media")), 3);
        QVERIFY(!view->currentIndex().isValid()); // a click on the ↻ does not select the row
    }

    void buttonsFollowTheSelection()
    {
        QCOMPARE(QAccessible::queryAccessibleInterface(view)->text(QAccessible::Name),
                 QStringLiteral("Upload queue"));
        for (QPushButton *button : {cancelButton, retryButton}) {
            const QString name =
                QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name);
            QVERIFY2(name.contains(QStringLiteral("upload")), qPrintable(name));
        }
        QCOMPARE(QKeySequence::mnemonic(cancelButton->text()), QKeySequence(Qt::ALT | Qt::Key_U));
        QCOMPARE(QKeySequence::mnemonic(retryButton->text()), QKeySequence(Qt::ALT | Qt::Key_Y));

        const QStringList videos = test::distinctVideos(dir.filePath(QStringLiteral("buttons")), 2);
        // The first upload fails; the second is held long enough to be cancelled.
        sandbox->server.failNext(QStringLiteral("/media"), 500);
        sandbox->server.delayNext(QStringLiteral("/media"), 3000);
        queue->add(videos);
        QVERIFY(waitFor(
            [&] { return statusOf(0) == Status::Failed && statusOf(1) == Status::Uploading; }));
        QVERIFY(!cancelButton->isEnabled()); // nothing selected
        QVERIFY(!retryButton->isEnabled());

        view->setCurrentIndex(rowIndex(0)); // failed
        QVERIFY(!cancelButton->isEnabled());
        QVERIFY(retryButton->isEnabled());

        view->setCurrentIndex(rowIndex(1)); // uploading
        QVERIFY(cancelButton->isEnabled());
        QVERIFY(!retryButton->isEnabled());

        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QVERIFY(waitFor([&] { return statusOf(1) == Status::Cancelled; }));
        // Still selected, now cancelled: the buttons follow its state, not only the selection.
        QVERIFY(!cancelButton->isEnabled());
        QVERIFY(retryButton->isEnabled());

        QTest::mouseClick(retryButton, Qt::LeftButton);
        QVERIFY(statusOf(1) == Status::Uploading || statusOf(1) == Status::Waiting);
        QVERIFY(cancelButton->isEnabled());
        QVERIFY(!retryButton->isEnabled());
        QVERIFY(waitFor([&] { return queue->isIdle(); }));
        QCOMPARE(statusOf(1), Status::Done);
        QCOMPARE(statusOf(0), Status::Failed); // untouched: it was not the selected row
        QVERIFY(!cancelButton->isEnabled());
        QVERIFY(!retryButton->isEnabled());
    }
};

QTEST_MAIN(TestUploadQueuePanel)
#include "tst_uploadqueuepanel.moc"
