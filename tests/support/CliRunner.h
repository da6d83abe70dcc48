// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// `tokdeck-cli` child processes on one data folder, against a sandbox living in the test's
// own process (so the test's event loop must run while they work: waitAll() spins it).

#include "SandboxProcess.h"

#include <QProcess>
#include <QTest>
#include <memory>
#include <vector>

namespace tokdeck::test {

class CliRunner
{
public:
    CliRunner(QUrl apiUrl, QString apiKey, QString dataDir)
        : m_url(std::move(apiUrl))
        , m_key(std::move(apiKey))
        , m_dataDir(std::move(dataDir))
    {}

    // Extra environment for every process started after (TOKDECK_OUTBOX_LEASE_MS, …).
    void setEnv(const QString &name, const QString &value) { m_extra.insert(name, value); }

    QProcess *start(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TOKDECK_API_URL"), m_url.toString());
        env.insert(QStringLiteral("TOKDECK_API_KEY"), m_key);
        env.insert(QStringLiteral("TOKDECK_DATA_DIR"), m_dataDir);
        for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
            env.insert(it.key(), it.value());
        process->setProcessEnvironment(env);
        process->start(SandboxProcess::cliPath(), arguments);
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }
    QProcess *outboxRunOnce()
    {
        return start({QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")});
    }

    // Runs the event loop until every process has stopped (false after `timeoutMs`).
    bool waitAll(int timeoutMs = 120'000)
    {
        return QTest::qWaitFor(
            [this] {
                for (const auto &process : m_processes) {
                    if (process->state() != QProcess::NotRunning)
                        return false;
                }
                return true;
            },
            timeoutMs);
    }
    // One finished process: its exit code (-1 when it crashed or was killed) and its output.
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Starts `arguments`, waits for every process (killing this one after `timeoutMs`).
    Run run(const QStringList &arguments, int timeoutMs = 60'000)
    {
        QProcess *process = start(arguments);
        if (!waitAll(timeoutMs)) {
            process->kill();
            process->waitForFinished();
        }
        return {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                QString::fromUtf8(process->readAllStandardOutput()),
                QString::fromUtf8(process->readAllStandardError())};
    }

    const std::vector<std::unique_ptr<QProcess>> &processes() const { return m_processes; }

private:
    QUrl m_url;
    QString m_key;
    QString m_dataDir;
    QHash<QString, QString> m_extra;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace tokdeck::test
