// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Keep handing over posts when Tokdeck is closed": the systemd user timer written and
// enabled (a fake systemctl records what it is asked), the autostart fallback, and turning off.

#include "MainWindow.h"
#include "api/ApiClient.h"
#include "settings/BackgroundSending.h"

#include <QAction>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

namespace {
QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestBackgroundSending : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    QString systemctl; // the fake: appends its arguments to systemctl.log; fails if `fail` exists
    const QString cli = QStringLiteral("/opt/tokdeck 1/bin/tokdeck-cli");
    const QString app = QStringLiteral("/opt/tokdeck 1/bin/tokdeck");

    QString log() const { return readText(home.filePath(QStringLiteral("systemctl.log"))); }
    QString unit(const char *name) const
    {
        return BackgroundSending::unitFolder() + QLatin1Char('/') + QString::fromLatin1(name);
    }
    void setSystemctlFails(bool fails)
    {
        QFile flag(home.filePath(QStringLiteral("fail")));
        if (fails)
            QVERIFY(flag.open(QIODevice::WriteOnly));
        else
            flag.remove();
    }

    // A window-less stand-in for MainWindow's menu and status bar.
    struct Setting
    {
        QMainWindow window;
        QMenu *menu = window.menuBar()->addMenu(QStringLiteral("Settings"));
        BackgroundSending *sending = BackgroundSending::addTo(menu, window.statusBar());
    };
    std::unique_ptr<Setting> makeSetting(const QString &systemctlPath)
    {
        auto setting = std::make_unique<Setting>();
        setting->sending->setSystemctl(systemctlPath);
        setting->sending->setCliPath(cli);
        setting->sending->setAppPath(app);
        return setting;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid());
        // Every path under the test's own folder: nothing touches the real ~/.config.
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("TOKDECK_DATA_DIR", home.filePath(QStringLiteral("data folder")).toUtf8());
        systemctl = home.filePath(QStringLiteral("systemctl"));
        QFile script(systemctl);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho \"$*\" >> '" + home.path().toUtf8()
                     + "/systemctl.log'\n"
                       "if [ -e '"
                     + home.path().toUtf8()
                     + "/fail' ]; then echo 'Failed to connect to bus: No medium found' >&2; "
                       "exit 1; fi\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(BackgroundSending::unitFolder(),
                 home.filePath(QStringLiteral("config/systemd/user")));
    }
    void init() { QFile::remove(home.filePath(QStringLiteral("systemctl.log"))); }

    void turningOnWritesAndEnablesTheTimer()
    {
        setSystemctlFails(false);
        auto setting = makeSetting(systemctl);
        QAction *action = setting->sending->action();
        QVERIFY(setting->menu->actions().contains(action));
        QVERIFY(!action->isChecked());
        QSignalSpy finished(setting->sending, &BackgroundSending::finished);
        action->trigger();
        QVERIFY(!action->isEnabled()); // no second request while systemctl runs
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000); // some answers come at once
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(log(), QStringLiteral("--user daemon-reload\n"
                                       "--user enable --now tokdeck-outbox.timer\n"));
        const QString service = readText(unit("tokdeck-outbox.service"));
        QVERIFY2(service.contains(QStringLiteral("\nExecStart=\"/opt/tokdeck 1/bin/tokdeck-cli\" "
                                                 "outbox run --once\n")),
                 qPrintable(service));
        QVERIFY(service.contains(QStringLiteral("\nEnvironment=\"TOKDECK_DATA_DIR=")
                                 + home.filePath(QStringLiteral("data folder")) + u"\"\n"));
        QVERIFY(!service.contains(QLatin1Char('@')));
        const QString timer = readText(unit("tokdeck-outbox.timer"));
        QVERIFY(timer.contains(QStringLiteral("\nOnCalendar=minutely\n")));
        QVERIFY(timer.contains(QStringLiteral("\nPersistent=true\n")));
        QVERIFY(action->isChecked() && action->isEnabled());
        QVERIFY(setting->window.statusBar()->currentMessage().contains(
            QStringLiteral("tokdeck-outbox.timer")));

        // A new window (the next start) sees it on.
        auto again = makeSetting(systemctl);
        QVERIFY(again->sending->action()->isChecked());
    }

    void turningOffDisablesAndRemovesIt()
    {
        auto setting = makeSetting(systemctl);
        QAction *action = setting->sending->action();
        QVERIFY(action->isChecked()); // from the test before
        QSignalSpy finished(setting->sending, &BackgroundSending::finished);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000); // some answers come at once
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(log(), QStringLiteral("--user disable --now tokdeck-outbox.timer\n"
                                       "--user daemon-reload\n"));
        QVERIFY(!QFile::exists(unit("tokdeck-outbox.service")));
        QVERIFY(!QFile::exists(unit("tokdeck-outbox.timer")));
        QVERIFY(!action->isChecked());
    }

    void whereSystemctlFailsAnAutostartEntryStartsTokdeckInTheBackground()
    {
        setSystemctlFails(true);
        auto setting = makeSetting(systemctl);
        QSignalSpy finished(setting->sending, &BackgroundSending::finished);
        setting->sending->action()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000); // some answers come at once
        QVERIFY(finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("No medium found")), qPrintable(message));
        QCOMPARE(log(), QStringLiteral("--user daemon-reload\n"));
        QVERIFY(!QFile::exists(unit("tokdeck-outbox.timer"))); // no half-installed timer
        const QString entry = readText(BackgroundSending::autostartFile());
        QVERIFY2(entry.contains(QStringLiteral("\nExec=env \"TOKDECK_DATA_DIR=")
                                + home.filePath(QStringLiteral("data folder"))
                                + u"\" \"/opt/tokdeck 1/bin/tokdeck\" --background\n"),
                 qPrintable(entry));
        QVERIFY(entry.startsWith(QStringLiteral("[Desktop Entry]\nType=Application\n")));
        QVERIFY(setting->sending->action()->isChecked());

        // Off: the entry goes; no timer to stop, so systemctl is not asked.
        finished.clear();
        setting->sending->action()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000); // some answers come at once
        QVERIFY(!QFile::exists(BackgroundSending::autostartFile()));
        QCOMPARE(log(), QStringLiteral("--user daemon-reload\n"));
        QVERIFY(!setting->sending->action()->isChecked());
    }

    void withoutSystemctlTheAutostartEntryIsUsed()
    {
        auto setting = makeSetting(home.filePath(QStringLiteral("no-such-systemctl")));
        QSignalSpy finished(setting->sending, &BackgroundSending::finished);
        setting->sending->action()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000); // some answers come at once
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(QFile::exists(BackgroundSending::autostartFile()));
        QVERIFY(log().isEmpty());
        QVERIFY(QFile::remove(BackgroundSending::autostartFile()));
    }

    void theWindowHasTheSettingInItsSettingsMenu()
    {
        ApiClient client;
        MainWindow window(&client, nullptr, nullptr);
        auto *action = window.findChild<QAction *>(QStringLiteral("backgroundSendingAction"));
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QCOMPARE(action->text(),
                 BackgroundSending::tr("&Keep handing over posts when Tokdeck is closed"));
    }
};

QTEST_MAIN(TestBackgroundSending)
#include "tst_backgroundsending.moc"
