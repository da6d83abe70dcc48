// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings/BackgroundSending.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace tokdeck {

namespace {
const QString serviceName = QStringLiteral("tokdeck-outbox.service");
const QString timerName = QStringLiteral("tokdeck-outbox.timer");
// A user manager that does not answer in this time is treated as absent.
constexpr int systemctlTimeoutMs = 30'000;

// systemd's unit syntax: one word, quoted, with its specifiers (%) and escapes kept literal.
QString unitWord(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The desktop entry's Exec syntax: a quoted argument, with its reserved characters escaped.
QString execWord(QString text)
{
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
        text.replace(c, QLatin1Char('\\') + c);
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString readResource(const QString &name)
{
    QFile file(QStringLiteral(":/tokdeck/systemd/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Empty, or what went wrong (naming the file).
QString writeFile(const QString &path, const QString &text)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return BackgroundSending::tr("the folder %1 could not be created")
            .arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return BackgroundSending::tr("%1 could not be written (%2)").arg(path, file.errorString());
    return {};
}

// The data folder the units must use: only when the app does not use the default one.
QString customDataDir()
{
    const QString dir = qEnvironmentVariable("TOKDECK_DATA_DIR");
    return dir.isEmpty() ? QString() : QFileInfo(dir).absoluteFilePath();
}
} // namespace

BackgroundSending::BackgroundSending(QObject *parent)
    : QObject(parent)
    , m_action(new QAction(tr("&Keep handing over posts when Tokdeck is closed"), this))
    , m_systemctl(QStandardPaths::findExecutable(QStringLiteral("systemctl")))
{
    m_action->setObjectName(QStringLiteral("backgroundSendingAction"));
    m_action->setCheckable(true);
    m_action->setChecked(isOn());
    m_action->setToolTip(tr("Scheduled posts are handed over to Crosspostify every minute, "
                            "also while Tokdeck's window is closed."));
    connect(m_action, &QAction::toggled, this, [this](bool on) { on ? turnOn() : turnOff(); });
}

BackgroundSending::~BackgroundSending() = default;

BackgroundSending *BackgroundSending::addTo(QMenu *settingsMenu, QStatusBar *statusBar)
{
    auto *sending = new BackgroundSending(settingsMenu);
    settingsMenu->addAction(sending->action());
    connect(sending, &BackgroundSending::finished, statusBar,
            [statusBar](bool, const QString &message) { statusBar->showMessage(message); });
    return sending;
}

QString BackgroundSending::unitFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/systemd/user");
}

QString BackgroundSending::autostartFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/autostart/org.tokdeck.Tokdeck.desktop");
}

bool BackgroundSending::isOn() const
{
    return QFileInfo::exists(unitFolder() + QLatin1Char('/') + timerName)
           || QFileInfo::exists(autostartFile());
}

QString BackgroundSending::cliPath() const
{
    if (!m_cliPath.isEmpty())
        return m_cliPath;
    // Installed side by side; else whatever tokdeck-cli is on the PATH.
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/tokdeck-cli");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("tokdeck-cli"));
}

QString BackgroundSending::appPath() const
{
    return m_appPath.isEmpty() ? QCoreApplication::applicationFilePath() : m_appPath;
}

QString BackgroundSending::writeUnits() const
{
    const QString cli = cliPath();
    if (cli.isEmpty())
        return tr("tokdeck-cli was not found beside Tokdeck or on the PATH; reinstall Tokdeck");
    QString service = readResource(serviceName + QStringLiteral(".in"));
    const QString timer = readResource(timerName);
    if (service.isEmpty() || timer.isEmpty())
        return tr("the unit templates are missing from this build");
    const QString dataDir = customDataDir();
    service.replace(QStringLiteral("@TOKDECK_CLI@"), unitWord(cli));
    service.replace(QStringLiteral("@TOKDECK_ENVIRONMENT@\n"),
                    dataDir.isEmpty()
                        ? QString()
                        : QStringLiteral("Environment=")
                              + unitWord(QStringLiteral("TOKDECK_DATA_DIR=") + dataDir)
                              + QLatin1Char('\n'));
    const QString folder = unitFolder() + QLatin1Char('/');
    if (QString failed = writeFile(folder + serviceName, service); !failed.isEmpty())
        return failed;
    return writeFile(folder + timerName, timer);
}

QString BackgroundSending::writeAutostart() const
{
    const QString dataDir = customDataDir();
    QString exec = execWord(appPath()) + QStringLiteral(" --background");
    if (!dataDir.isEmpty())
        exec = QStringLiteral("env ") + execWord(QStringLiteral("TOKDECK_DATA_DIR=") + dataDir)
               + QLatin1Char(' ') + exec;
    // Not translated: the file is read by the session, not by a person.
    const QString entry =
        QStringLiteral("[Desktop Entry]\nType=Application\nName=Tokdeck (background)\n"
                       "Comment=Hands over scheduled posts while the Tokdeck window is closed\n"
                       "Exec=%1\nIcon=org.tokdeck.Tokdeck\nNoDisplay=true\nTerminal=false\n"
                       "X-GNOME-Autostart-enabled=true\n")
            .arg(exec);
    return writeFile(autostartFile(), entry);
}

void BackgroundSending::turnOn()
{
    if (isBusy())
        return;
    m_action->setEnabled(false);
    if (const QString failed = writeUnits(); !failed.isEmpty()) {
        fallBackToAutostart(failed);
        return;
    }
    runSystemctl({QStringLiteral("--user"), QStringLiteral("daemon-reload")},
                 [this](bool ok, const QString &error) {
                     if (!ok) {
                         fallBackToAutostart(error);
                         return;
                     }
                     runSystemctl({QStringLiteral("--user"), QStringLiteral("enable"),
                                   QStringLiteral("--now"), timerName},
                                  [this](bool enabled, const QString &why) {
                                      if (!enabled) {
                                          fallBackToAutostart(why);
                                          return;
                                      }
                                      done(true, tr("Posts are now handed over every minute, also "
                                                    "while Tokdeck is closed (systemd timer %1).")
                                                     .arg(timerName));
                                  });
                 });
}

void BackgroundSending::fallBackToAutostart(const QString &why)
{
    // Half-installed units would only confuse `systemctl --user list-timers`.
    QFile::remove(unitFolder() + QLatin1Char('/') + serviceName);
    QFile::remove(unitFolder() + QLatin1Char('/') + timerName);
    if (const QString failed = writeAutostart(); !failed.isEmpty()) {
        done(false, tr("Posts cannot be handed over while Tokdeck is closed: the systemd timer "
                       "failed (%1) and the autostart entry too (%2). Keep Tokdeck open, or run "
                       "\"tokdeck-cli outbox run\" yourself.")
                        .arg(why, failed));
        return;
    }
    done(true, tr("The systemd timer is not available (%1), so Tokdeck will start in the "
                  "background when you log in and hand over posts from there (%2).")
                   .arg(why, autostartFile()));
}

void BackgroundSending::turnOff()
{
    if (isBusy())
        return;
    m_action->setEnabled(false);
    QFile::remove(autostartFile());
    if (!QFileInfo::exists(unitFolder() + QLatin1Char('/') + timerName)) {
        done(true, tr("Posts are handed over only while Tokdeck runs."));
        return;
    }
    runSystemctl(
        {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), timerName},
        [this](bool disabled, const QString &error) {
            QFile::remove(unitFolder() + QLatin1Char('/') + serviceName);
            QFile::remove(unitFolder() + QLatin1Char('/') + timerName);
            runSystemctl({QStringLiteral("--user"), QStringLiteral("daemon-reload")},
                         [this, disabled, error](bool, const QString &) {
                             if (disabled)
                                 done(true, tr("Posts are handed over only while Tokdeck runs."));
                             else
                                 done(false,
                                      tr("The timer's files are removed, but systemd could not "
                                         "stop it (%1). Run \"systemctl --user disable --now "
                                         "%2\" or log out and in again.")
                                          .arg(error, timerName));
                         });
        });
}

void BackgroundSending::runSystemctl(const QStringList &arguments, Step then)
{
    if (m_systemctl.isEmpty()) {
        then(false, tr("systemctl was not found"));
        return;
    }
    m_process = new QProcess(this);
    QProcess *process = m_process;
    // Either finished or errorOccurred (or both, for a crash): the first one answers.
    auto answer = [this, process, then](bool ok, const QString &error) {
        if (m_process != process)
            return;
        m_process = nullptr;
        process->deleteLater();
        then(ok, error);
    };
    connect(process, &QProcess::finished, this,
            [process, answer](int exitCode, QProcess::ExitStatus status) {
                if (status == QProcess::NormalExit && exitCode == 0) {
                    answer(true, {});
                    return;
                }
                const QString said =
                    QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
                answer(false,
                       said.isEmpty() ? tr("systemctl exited with code %1").arg(exitCode) : said);
            });
    connect(process, &QProcess::errorOccurred, this, [process, answer](QProcess::ProcessError) {
        if (process->state() == QProcess::NotRunning)
            answer(false, tr("systemctl could not be run: %1").arg(process->errorString()));
    });
    QTimer::singleShot(systemctlTimeoutMs, process, [process] { process->kill(); });
    process->start(m_systemctl, arguments);
}

void BackgroundSending::done(bool ok, const QString &message)
{
    {
        const QSignalBlocker blocker(m_action); // the state on disk, not a new request
        m_action->setChecked(isOn());
    }
    m_action->setEnabled(true);
    Q_EMIT finished(ok, message);
}

} // namespace tokdeck
