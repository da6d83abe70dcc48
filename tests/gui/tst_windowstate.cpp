// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LocalSandbox.h"
#include "MainWindow.h"
#include "TestStorage.h"
#include "calendar/CalendarPanel.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "models/MediaListModel.h"
#include "publish/UploadQueue.h"
#include "storage/StorageWorker.h"

#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {

const QStringList splitterNames{QStringLiteral("mainSplitter"), QStringLiteral("leftSplitter"),
                                QStringLiteral("rightSplitter")};

QList<QList<int>> splitterSizes(const MainWindow &window)
{
    QList<QList<int>> sizes;
    for (const QString &name : splitterNames)
        sizes.append(window.findChild<QSplitter *>(name)->sizes());
    return sizes;
}

QComboBox *filterCombo(const MainWindow &window)
{
    return window.findChild<QComboBox *>(QStringLiteral("draftFilterCombo"));
}

} // namespace

class TestWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Nothing here may read or write the user's own settings.
        QStandardPaths::setTestModeEnabled(true);
    }

    void theFirstStartFitsA1280x800Screen()
    {
        QTemporaryDir dir;
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        QSettings settings(dir.filePath(QStringLiteral("fresh.conf")), QSettings::IniFormat);
        MainWindow window(nullptr, nullptr, storage.get());
        window.rememberLayoutIn(&settings); // nothing saved yet: the defaults
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // Room left for a title bar and a panel of 40 pixels each.
        QVERIFY2(window.width() <= 1280 && window.height() <= 800 - 80,
                 qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
        QVERIFY(window.minimumSizeHint().width() <= 1280);
        QVERIFY(window.minimumSizeHint().height() <= 800 - 80);
        QCOMPARE(window.calendarPanel()->mode(), CalendarPanel::Mode::Month);
        QCOMPARE(filterCombo(window)->currentIndex(), 0);
    }

    void theLayoutComesBackAfterAClose()
    {
        QTemporaryDir dir;
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        const QString path = dir.filePath(QStringLiteral("tokdeck.conf"));
        QList<QList<int>> sizes;
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        {
            QSettings settings(path, QSettings::IniFormat);
            MainWindow window(&sandbox.client, nullptr, storage.get());
            window.rememberLayoutIn(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The upload queue under the calendar shows once something is queued.
            window.uploadQueue()->add({dir.filePath(QStringLiteral("gone.mp4"))});
            QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("uploadQueueView"))
                            ->isVisibleTo(&window));
            window.resize(1250, 760); // room above the minimum height to move every splitter
            QTRY_COMPARE(window.size(), QSize(1250, 760));
            window.calendarPanel()->setMode(CalendarPanel::Mode::Week);
            filterCombo(window)->setCurrentIndex(2);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const QList<QList<int>> defaults = splitterSizes(window);
            // Each panel moved away from its default, within the room the window has.
            for (int i = 0; i < splitterNames.size(); ++i) {
                QList<int> moved = defaults.at(i);
                moved.first() += 40;
                moved.last() -= 40;
                window.findChild<QSplitter *>(splitterNames.at(i))->setSizes(moved);
            }
            sizes = splitterSizes(window);
            for (int i = 0; i < splitterNames.size(); ++i)
                QVERIFY2(sizes.at(i) != defaults.at(i), qPrintable(splitterNames.at(i)));
            // A busy queue would ask before quitting; the missing file fails at once.
            QTRY_VERIFY(window.uploadQueue()->isIdle());
            QVERIFY(window.close());
        }
        QVERIFY(QFile::exists(path));

        QSettings settings(path, QSettings::IniFormat);
        MainWindow window(&sandbox.client, nullptr, storage.get());
        window.rememberLayoutIn(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.uploadQueue()->add({dir.filePath(QStringLiteral("gone.mp4"))});
        QCOMPARE(window.size(), QSize(1250, 760));
        QCOMPARE(window.calendarPanel()->mode(), CalendarPanel::Mode::Week);
        QCOMPARE(filterCombo(window)->currentIndex(), 2);
        QTRY_COMPARE(splitterSizes(window), sizes);
    }

    void damagedSettingsKeepTheDefaults()
    {
        QTemporaryDir dir;
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        QSettings settings(dir.filePath(QStringLiteral("damaged.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("mainWindow/geometry"), QByteArray("not a geometry"));
        settings.setValue(QStringLiteral("mainWindow/mainSplitter"), QByteArray("\x01\x02"));
        settings.setValue(QStringLiteral("mainWindow/calendarMode"), QStringLiteral("year"));
        settings.setValue(QStringLiteral("mainWindow/draftFilter"), 99);
        MainWindow window(nullptr, nullptr, storage.get());
        window.rememberLayoutIn(&settings);
        QCOMPARE(window.size(), MainWindow::defaultSize());
        QCOMPARE(window.calendarPanel()->mode(), CalendarPanel::Mode::Month);
        QCOMPARE(filterCombo(window)->currentIndex(), 0);
    }

    void openedFilesGoToTheComposerOrTheQueue()
    {
        QTemporaryDir dir;
        const auto storage = test::openTestStorage(dir);
        QVERIFY(storage);
        test::LocalSandbox sandbox;
        QVERIFY(sandbox.start());
        MainWindow window(&sandbox.client, nullptr, storage.get());
        const QString image = QStringLiteral(TOKDECK_TEST_DATA_DIR "/portrait.jpg");
        window.openFiles({image});
        QTRY_COMPARE(window.composer()->editor()->media()->rowCount(), 1);
        // Two videos are two posts: the queue takes them, the draft stays as it was.
        window.openFiles({dir.filePath(QStringLiteral("gone-a.mp4")),
                          dir.filePath(QStringLiteral("gone-b.mp4"))});
        QCOMPARE(window.uploadQueue()->items().size(), 2);
        QCOMPARE(window.composer()->editor()->media()->rowCount(), 1);
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
