// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "rules/ValidationIssue.h"

#include <QObject>
#include <functional>

namespace tokdeck {

class Clock;
class StorageWorker;

// The composer's problems that need the database (TikTok's 24-hour cap for the post's accounts,
// the same content on other accounts within an hour), checked on the storage thread whenever
// the post's time or accounts change. Only the newest check's answer is kept: a slow answer
// for an older time never overwrites the one for the time now shown.
class CapCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapCheck)

public:
    CapCheck(StorageWorker *storage, const Clock &clock, QObject *parent = nullptr);

    // Checks `post` unless its accounts, time and content are what was last checked.
    void check(const Post &post);
    // Checks `post` now, whatever was checked before, and then calls `done` with whether
    // nothing blocks it (publishing asks this right before the post becomes ready).
    void verify(const Post &post, std::function<void(bool fits)> done);
    void clear();

    const ValidationIssues &issues() const { return m_issues; }

Q_SIGNALS:
    void issuesChanged();

private:
    void start(const Post &post, std::function<void(bool)> done);

    StorageWorker *m_storage;
    const Clock &m_clock;
    ValidationIssues m_issues;
    QString m_checkedKey;
    quint64 m_generation = 0;
};

} // namespace tokdeck
