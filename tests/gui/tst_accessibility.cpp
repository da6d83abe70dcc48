// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Keyboard and screen-reader reach of the whole main window, its look under a dark palette,
// and an icon that stays sharp at any scale. Walks the real window, so a control added later
// without a name, or a menu entry without a key, fails here.

#include "LocalSandbox.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "Palettes.h"
#include "TestStorage.h"
#include "calendar/CalendarPanel.h"
#include "connection/ConnectDialog.h"
#include "publish/UploadQueue.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget)
           || (widget->focusPolicy() & Qt::TabFocus);
}

// Where Tab goes, from `start`, until it comes back: the widgets a keyboard user can reach.
QList<QWidget *> tabChain(QWidget *start)
{
    QList<QWidget *> chain;
    QWidget *widget = start;
    do {
        // Disabled ones too (Publish waits for media): what matters is that Tab will get there.
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(start->window())
            && !widget->focusProxy())
            chain.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget && widget != start && chain.size() < 500);
    return chain;
}

// The visible controls of `top` that a screen reader would announce without a name.
QStringList controlsWithoutName(QWidget *top, int *walked)
{
    QStringList unnamed;
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(top) || !isInteractive(widget) || widget->focusProxy()
            || qobject_cast<QMenu *>(widget) || widget->inherits("QScrollBar"))
            continue;
        ++*walked;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    test::LocalSandbox sandbox;
    std::unique_ptr<StorageWorker> storage;
    std::unique_ptr<MainWindow> window;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sandbox.start());
        storage = test::openTestStorage(dir);
        QVERIFY(storage);
        window = std::make_unique<MainWindow>(&sandbox.client, nullptr, storage.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void everyControlHasAnAccessibleName()
    {
        int walked = 0;
        const QStringList unnamed = controlsWithoutName(window.get(), &walked);
        qInfo("%d controls walked", walked);
        QVERIFY(walked > 25);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ")
                                               + unnamed.join(QStringLiteral(", "))));
    }

    void theConnectDialogIsNamedToo()
    {
        ConnectDialog dialog(QStringLiteral("Connect"),
                             QUrl(QStringLiteral("https://api.example.com")), true);
        dialog.show();
        int walked = 0;
        const QStringList unnamed = controlsWithoutName(&dialog, &walked);
        QVERIFY(walked >= 4);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ")
                                               + unnamed.join(QStringLiteral(", "))));
    }

    void labelMnemonicsLeadSomewhere()
    {
        // "&Title:" without a buddy shows the ampersand and Alt+T does nothing.
        QStringList broken;
        const auto labels = window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisibleTo(window.get()) || label->textFormat() == Qt::RichText)
                continue;
            const QString text = QString(label->text()).remove(QStringLiteral("&&"));
            if (text.contains(QLatin1Char('&')) && !label->buddy())
                broken << label->text();
        }
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("mnemonic without buddy: ")
                                              + broken.join(QStringLiteral(", "))));
    }

    void tabReachesTheComposerThePublishButtonAndTheCalendar()
    {
        const QList<QWidget *> chain = tabChain(window.get());
        QStringList names;
        for (const QWidget *widget : chain)
            names << widget->objectName();
        for (const QString &needed :
             {QStringLiteral("captionEdit"), QStringLiteral("publishButton"),
              QStringLiteral("monthView"), QStringLiteral("draftSearchEdit")}) {
            QVERIFY2(names.contains(needed),
                     qPrintable(needed + QStringLiteral(" is not reachable by Tab; the chain: ")
                                + names.join(QStringLiteral(", "))));
        }
        // In reading order: the media and how to add them before the caption, the emoji
        // button right after the caption it types into.
        const auto at = [&](const char *name) {
            return names.indexOf(QLatin1String(name));
        };
        QVERIFY(at("mediaStripView") < at("addMediaButton"));
        QVERIFY(at("addMediaButton") < at("captionEdit"));
        QCOMPARE(at("emojiButton"), at("captionEdit") + 1);
        QVERIFY(at("captionEdit") < at("publishButton"));
    }

    void everyMenuEntryHasAKey()
    {
        QStringList keyless;
        int entries = 0;
        for (QAction *menuAction : window->menuBar()->actions()) {
            QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
            for (QAction *action : menuAction->menu()->actions()) {
                if (action->isSeparator())
                    continue;
                ++entries;
                if (!action->text().contains(QLatin1Char('&')) && action->shortcut().isEmpty())
                    keyless << action->text();
            }
        }
        QVERIFY(entries >= 10);
        QVERIFY2(keyless.isEmpty(), qPrintable(QStringLiteral("neither mnemonic nor shortcut: ")
                                               + keyless.join(QStringLiteral(", "))));
        // The standard ones, where users look for them.
        QStringList shortcuts;
        for (QAction *menuAction : window->menuBar()->actions()) {
            for (QAction *action : menuAction->menu()->actions())
                shortcuts << action->shortcut().toString(QKeySequence::PortableText);
        }
        for (const QKeySequence &standard :
             {QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Save),
              QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(QKeySequence::Undo),
              QKeySequence(QKeySequence::Quit)}) {
            QVERIFY2(shortcuts.contains(standard.toString(QKeySequence::PortableText)),
                     qPrintable(standard.toString()));
        }
    }

    void altKeysAreNotTakenTwice()
    {
        // With the upload queue on screen too (it shows once something is queued).
        window->uploadQueue()->add({dir.filePath(QStringLiteral("gone.mp4"))});
        auto *queueView = window->findChild<QWidget *>(QStringLiteral("uploadQueueView"));
        QVERIFY(queueView);
        QTRY_VERIFY(queueView->isVisibleTo(window.get()));
        int keys = 0;
        const QStringList clashes = test::mnemonicClashes(window.get(), &keys);
        QVERIFY(keys > 10);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void followsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        QCoreApplication::processEvents();
        const QImage shot = window->grab().toImage();
        QVERIFY(!shot.isNull());
        // Our own painted widgets take their colours from the palette, not from constants.
        for (const char *name :
             {"monthView", "phonePreview", "mediaStripView", "draftsView", "captionEdit"}) {
            auto *widget = window->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            const QRect area(widget->mapTo(window.get(), QPoint(0, 0)), widget->size());
            const double value = test::averageLightness(shot, area.intersected(shot.rect()), 4);
            QVERIFY2(value < 0.45,
                     qPrintable(QStringLiteral("%1 is light (%2) under a dark palette")
                                    .arg(QLatin1String(name))
                                    .arg(value)));
        }
        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QDir().mkpath(artifacts);
        QVERIFY(shot.save(artifacts + QStringLiteral("/main-window-dark.png")));
    }

    void theIconIsSharpAtHighPixelDensity()
    {
        const QIcon icon = window->windowIcon();
        QVERIFY(!icon.isNull());
        // A vector (or large enough) icon: 256 device pixels for a 128 px icon at 2x.
        const QPixmap big = icon.pixmap(QSize(128, 128), 2.0);
        QCOMPARE(big.deviceIndependentSize().toSize(), QSize(128, 128));
        QVERIFY2(big.width() >= 256, qPrintable(QString::number(big.width())));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
