// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/CapCheck.h"

#include "planning/PlanningData.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/FutureCallback.h"

namespace tokdeck {

namespace {
// What the answer depends on: a caption keystroke with the same time and accounts does not
// re-read the database, unless the caption is what may be duplicated (it is part of the key).
QString keyOf(const Post &post)
{
    QStringList parts{QString::number(post.id),
                      post.plannedAt ? post.plannedAt->toString(Qt::ISODate) : QString(),
                      post.caption.trimmed()};
    for (const PostAccount &account : post.accounts)
        parts.append(account.accountId);
    for (const PostMedia &media : post.media)
        parts.append(media.sha256.isEmpty() ? media.path : media.sha256);
    return parts.join(QChar(0x1f));
}
} // namespace

CapCheck::CapCheck(StorageWorker *storage, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_clock(clock)
{}

void CapCheck::check(const Post &post)
{
    if (keyOf(post) == m_checkedKey)
        return;
    start(post, {});
}

void CapCheck::verify(const Post &post, std::function<void(bool fits)> done)
{
    start(post, std::move(done));
}

void CapCheck::clear()
{
    ++m_generation;
    m_checkedKey.clear();
    if (m_issues.isEmpty())
        return;
    m_issues.clear();
    Q_EMIT issuesChanged();
}

void CapCheck::start(const Post &post, std::function<void(bool)> done)
{
    m_checkedKey = keyOf(post);
    const quint64 generation = ++m_generation;
    const QDateTime now = m_clock.nowUtc();
    auto answer = m_storage->run([post, now](Stores &stores) {
        auto found = composerContextIssues(stores, post, now);
        if (!found) {
            // Unknown is not "fits": publishing waits for an answer it can trust.
            return ValidationIssues{
                {ValidationIssue::Severity::Reject, tr("24-hour cap"),
                 tr("The posts already planned could not be read to check TikTok's 24-hour cap "
                    "(%1). Try again.")
                     .arg(stores.lastError())}};
        }
        return *found;
    });
    onResult(this, answer, [this, generation, done](const ValidationIssues &found) {
        if (generation == m_generation) {
            m_issues = found;
            Q_EMIT issuesChanged();
        }
        if (done)
            done(!hasRejection(found));
    });
}

} // namespace tokdeck
