// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SandboxProcess.h"

#include <QDeadlineTimer>

namespace tokdeck::test {

QString SandboxProcess::cliPath()
{
    return qEnvironmentVariable("TOKDECK_CLI");
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool SandboxProcess::start()
{
    if (cliPath().isEmpty()) {
        m_error = QStringLiteral("TOKDECK_CLI is not set");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(cliPath(),
                    {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")});
    QDeadlineTimer deadline(10'000);
    QByteArray output;
    while (!deadline.hasExpired() && (m_url.isEmpty() || m_key.isEmpty())) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        output += m_process.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("TOKDECK_API_URL="))
                m_url = QUrl(QString::fromUtf8(line.mid(16)).trimmed());
            else if (line.startsWith("TOKDECK_API_KEY="))
                m_key = QString::fromUtf8(line.mid(16)).trimmed();
        }
    }
    if (m_url.isEmpty() || m_key.isEmpty()) {
        m_error = QStringLiteral("sandbox did not start: ")
                  + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace tokdeck::test
