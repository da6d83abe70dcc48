// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace tokdeck::test {

// `tokdeck-cli sandbox` in a child process: for measurements that must not count the
// server's memory (the 100 MB upload) and for end-to-end CLI tests.
class SandboxProcess
{
public:
    ~SandboxProcess();
    bool start(); // waits until it printed its URL and key
    QUrl url() const { return m_url; }
    QString apiKey() const { return m_key; }
    QString errorString() const { return m_error; }
    static QString cliPath(); // $TOKDECK_CLI, set by CTest

private:
    QProcess m_process;
    QUrl m_url;
    QString m_key;
    QString m_error;
};

} // namespace tokdeck::test
