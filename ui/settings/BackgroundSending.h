// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QMenu;
class QProcess;
class QStatusBar;

namespace tokdeck {

// "Keep handing over posts when Tokdeck is closed": a systemd user timer that runs
// `tokdeck-cli outbox run --once` every minute (tokdeck-outbox.{service,timer} in
// ~/.config/systemd/user, from the templates in packaging/systemd), or, where systemd's user
// manager is absent or refuses, an XDG autostart entry that starts `tokdeck --background` at
// login. systemctl runs asynchronously; the GUI thread never waits for it.
class BackgroundSending final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundSending)

public:
    explicit BackgroundSending(QObject *parent = nullptr);
    ~BackgroundSending() override;

    // MainWindow's one line: the checkable action in `settingsMenu`, results in `statusBar`.
    static BackgroundSending *addTo(QMenu *settingsMenu, QStatusBar *statusBar);

    QAction *action() const { return m_action; }

    // Seams (tests; the defaults find the real ones): the programs run and written into units.
    void setSystemctl(const QString &program) { m_systemctl = program; }
    void setCliPath(const QString &path) { m_cliPath = path; }
    void setAppPath(const QString &path) { m_appPath = path; }

    // Where the files go: $XDG_CONFIG_HOME (default ~/.config) /systemd/user and /autostart.
    static QString unitFolder();
    static QString autostartFile();

    // The timer's units or the autostart entry are in place.
    bool isOn() const;
    bool isBusy() const { return m_process != nullptr; }

    void turnOn();
    void turnOff();

Q_SIGNALS:
    // Done, for the status bar: what is in place now, or what failed and what to do.
    void finished(bool ok, const QString &message);

private:
    using Step = std::function<void(bool ok, const QString &error)>;
    void runSystemctl(const QStringList &arguments, Step then);
    void fallBackToAutostart(const QString &why);
    void done(bool ok, const QString &message);
    QString writeUnits() const;     // empty, or what failed
    QString writeAutostart() const; // empty, or what failed
    QString cliPath() const;
    QString appPath() const;

    QAction *m_action;
    QString m_systemctl;
    QString m_cliPath;
    QString m_appPath;
    QProcess *m_process = nullptr; // the systemctl call under way
};

} // namespace tokdeck
