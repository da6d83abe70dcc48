// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace tokdeck {

// One injected fault, as it applies to one request.
struct Fault
{
    enum class Kind { Drop, Fail, Delay };

    Kind kind = Kind::Fail;
    int status = 500;           // Fail
    int retryAfterSeconds = -1; // Fail: a Retry-After header when >= 0
    QByteArray body;            // Fail: sent as is; with contentType also empty, a JSON error
    QByteArray contentType;     // Fail
    int delayMs = 0;            // Delay
};

// What the sandbox should do wrong next, per path ("*" matches any path). Each entry counts
// down once per request it applies to. One request gets at most one fault: a pending drop
// wins over a pending failure, which wins over a pending delay, so a test can queue
// "drop once, then fail twice" on one path and see exactly that. Within a kind, entries
// apply in the order they were added.
class FaultPlan
{
public:
    void add(const QString &path, const Fault &fault, int times);
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The fault for a request to `path`, counted down; nullopt when none is pending.
    std::optional<Fault> take(const QString &path);

private:
    struct Entry
    {
        QString path;
        Fault fault;
        int remaining = 0;
    };
    QList<Entry> m_entries;
};

} // namespace tokdeck
