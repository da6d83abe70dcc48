// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "actions/BulkPostActions.h"

#include "actions/BulkCommands.h"
#include "actions/BulkDialogs.h"
#include "actions/DeletePostCommand.h"
#include "domain/PostTransitions.h"
#include "planning/PlanningData.h"
#include "planning/QueueAssigner.h"
#include "planning/QueueOps.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/FutureCallback.h"

#include <QUndoStack>
#include <QWidget>
#include <algorithm>

namespace tokdeck {

namespace {

using Skipped = QList<std::pair<qint64, QString>>;

struct QueueMoves
{
    QList<PlannedMove> moves;
    Skipped skipped;
};

// On the storage thread: the next free slot for each post in turn (QueueAssigner: a slot
// taken by one is taken for the next), from named reads only.
QueueMoves planQueueMoves(Stores &stores, const QList<qint64> &ids, const QDateTime &nowUtc)
{
    QueueMoves result;
    QueueAssigner queue(
        [&stores, nowUtc](const QStringList &accounts) {
            return loadAccountPlans(stores, accounts, nowUtc);
        },
        nowUtc);
    for (const Post &post : stores.posts.loadMany(ids)) {
        if (!post.isEditable()) {
            result.skipped.append(
                {post.id, BulkPostActions::tr("post %1 is \"%2\", so it can no longer be moved.")
                              .arg(post.id)
                              .arg(postDisplayStateName(toDisplayState(post.state)))});
            continue;
        }
        QStringList accounts;
        for (const PostAccount &account : post.accounts)
            accounts.append(account.accountId);
        const QueuePlanner::Choice choice = queue.take(accounts);
        if (!choice.ok()) {
            result.skipped.append({post.id, choice.reason});
            continue;
        }
        result.moves.append(
            {post.id, post.plannedAt.value_or(QDateTime()), choice.slotUtc->toUTC()});
    }
    return result;
}

} // namespace

BulkPostActions::BulkPostActions(StorageWorker *storage, QUndoStack *undo, QWidget *window,
                                 const Clock &clock)
    : QObject(window)
    , m_storage(storage)
    , m_undo(undo)
    , m_window(window)
    , m_clock(clock)
{}

void BulkPostActions::withPosts(const QList<qint64> &ids,
                                std::function<void(const QList<Post> &)> then)
{
    onResult(this, m_storage->loadMany(ids),
             [then = std::move(then)](const StorageResult<QList<Post>> &result) {
                 if (result.ok() && !result.value.isEmpty())
                     then(result.value); // else the status bar has the storage's reason
             });
}

QString BulkPostActions::skippedText(const Skipped &skipped)
{
    if (skipped.isEmpty())
        return {};
    QString text =
        tr(" %n post(s) skipped: %1", nullptr, int(skipped.size())).arg(skipped.first().second);
    if (skipped.size() > 1)
        text += tr(" (and %n more)", nullptr, int(skipped.size() - 1));
    return text;
}

void BulkPostActions::askMoveByDays(const QList<qint64> &ids)
{
    auto *dialog = new MoveByDaysDialog(int(ids.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, ids, dialog] { moveByDays(ids, dialog->days()); });
    dialog->open();
}

void BulkPostActions::moveByDays(const QList<qint64> &ids, int days)
{
    if (days == 0)
        return;
    withPosts(ids, [this, days](const QList<Post> &posts) {
        QList<PlannedMove> moves;
        Skipped skipped;
        for (const Post &post : posts) {
            if (!post.plannedAt) {
                skipped.append({post.id, tr("post %1 has no planned time (it is sent with Post "
                                            "now); give it one in the composer.")
                                             .arg(post.id)});
                continue;
            }
            // By local days: a post at 18:00 stays at 18:00 across a change to summer time.
            const QDateTime local = post.plannedAt->toLocalTime();
            moves.append({post.id, *post.plannedAt, local.addDays(days).toUTC()});
        }
        pushMove(tr("Move %n post(s) by %1 day(s)", nullptr, int(moves.size())).arg(days), moves,
                 skipped, tr("by %n day(s)", nullptr, days));
    });
}

void BulkPostActions::reslot(const QList<qint64> &ids)
{
    const QDateTime now = m_clock.nowUtc();
    onResult(
        this,
        m_storage->run([ids, now](Stores &stores) { return planQueueMoves(stores, ids, now); }),
        [this](const QueueMoves &planned) {
            pushMove(tr("Re-slot %n post(s) into the queue", nullptr, int(planned.moves.size())),
                     planned.moves, planned.skipped, tr("into the queue"));
        });
}

void BulkPostActions::moveToNextSlot(const QList<qint64> &ids)
{
    const QDateTime now = m_clock.nowUtc();
    onResult(this, m_storage->run([ids, now](Stores &stores) {
        return QueueOps::planNextSlotMoves(stores, ids, now);
    }),
             [this](const QueueOps::Moves &planned) {
                 pushMove(
                     tr("Move %n post(s) to the next slot", nullptr, int(planned.moves.size())),
                     planned.moves, planned.refused, tr("to the next slot"));
             });
}

void BulkPostActions::pushMove(const QString &text, const QList<PlannedMove> &moves,
                               const Skipped &skipped, const QString &doneText)
{
    if (moves.isEmpty()) {
        Q_EMIT message(tr("No post was moved.") + skippedText(skipped));
        return;
    }
    m_undo->push(new BulkMoveCommand(
        m_storage, this, text, moves,
        [this, skipped, doneText](const BulkOutcome &outcome, bool undone) {
            if (undone) {
                Q_EMIT message(tr("Moved %n post(s) back.", nullptr, int(outcome.changed.size())));
                return;
            }
            Q_EMIT message(tr("Moved %n post(s) %1. Undo (Ctrl+Z) moves them back.", nullptr,
                              int(outcome.changed.size()))
                               .arg(doneText)
                           + skippedText(skipped + outcome.refused));
        }));
}

void BulkPostActions::duplicate(const QList<qint64> &ids)
{
    onResult(
        this, m_storage->run([ids](Stores &stores) { return duplicateMany(stores, ids); }),
        [this, asked = ids.size()](const QList<Post> &copies) {
            if (copies.isEmpty()) {
                Q_EMIT message(tr("Nothing was duplicated: the posts no longer exist."));
                return;
            }
            // Undoable as a delete in reverse: undo deletes the copies, redo brings them back.
            auto progress = std::make_shared<BulkProgress>();
            auto *command = new BulkCommand(tr("Duplicate %n post(s)", nullptr, int(copies.size())),
                                            progress, true);
            QList<qint64> newIds;
            for (const Post &copy : copies) {
                newIds.append(copy.id);
                command->add(std::make_unique<DeletePostCommand>(
                    m_storage, this, copy,
                    [progress](bool, const QString &error) { progress->answer(error); }));
            }
            progress->finished = [this](const BulkProgress &done) {
                Q_EMIT message(
                    done.undone
                        ? tr("Removed %n duplicate(s).", nullptr, done.answered - done.failed)
                        : tr("%n duplicate(s) are back.", nullptr, done.answered - done.failed));
            };
            m_undo->push(command);
            const int missing = int(asked - copies.size());
            Q_EMIT message(tr("Duplicated %n post(s) as new drafts.", nullptr, int(newIds.size()))
                           + (missing > 0 ? tr(" %n post(s) no longer exist and were skipped.",
                                               nullptr, missing)
                                          : QString()));
            Q_EMIT duplicated(newIds);
        });
}

void BulkPostActions::askAccounts(const QList<qint64> &ids)
{
    withPosts(ids, [this](const QList<Post> &posts) {
        onResult(this, m_storage->cachedAccounts(),
                 [this, posts](const StorageResult<QList<Account>> &accounts) {
                     QStringList checked;
                     for (const PostAccount &account : posts.first().accounts)
                         checked.append(account.accountId);
                     QList<qint64> found; // those still there
                     for (const Post &post : posts)
                         found.append(post.id);
                     auto *dialog = new ChangeAccountsDialog(int(posts.size()), accounts.value,
                                                             checked, m_window);
                     dialog->setAttribute(Qt::WA_DeleteOnClose);
                     connect(dialog, &QDialog::accepted, this,
                             [this, found, dialog] { setAccounts(found, dialog->accountIds()); });
                     dialog->open();
                 });
    });
}

void BulkPostActions::setAccounts(const QList<qint64> &ids, const QStringList &accountIds)
{
    if (accountIds.isEmpty())
        return;
    withPosts(ids, [this, accountIds](const QList<Post> &posts) {
        QHash<qint64, QList<PostAccount>> before;
        QHash<qint64, QList<PostAccount>> after;
        Skipped skipped;
        for (const Post &post : posts) {
            if (!post.isEditable()) {
                skipped.append(
                    {post.id, tr("post %1 is \"%2\" and is changed in the "
                                 "Crosspostify dashboard.")
                                  .arg(post.id)
                                  .arg(postDisplayStateName(toDisplayState(post.state)))});
                continue;
            }
            // An account the post keeps keeps its own caption and title.
            QList<PostAccount> accounts;
            for (const QString &id : accountIds) {
                const auto it =
                    std::find_if(post.accounts.begin(), post.accounts.end(),
                                 [&id](const PostAccount &a) { return a.accountId == id; });
                accounts.append(it != post.accounts.end() ? *it : PostAccount{id, {}, {}});
            }
            before.insert(post.id, post.accounts);
            after.insert(post.id, accounts);
        }
        if (after.isEmpty()) {
            Q_EMIT message(tr("No post was changed.") + skippedText(skipped));
            return;
        }
        m_undo->push(new BulkAccountsCommand(
            m_storage, this, tr("Change accounts of %n post(s)", nullptr, int(after.size())),
            before, after, [this, skipped](const BulkOutcome &outcome, bool undone) {
                const int n = int(outcome.changed.size());
                Q_EMIT message(undone ? tr("%n post(s) have their old accounts again.", nullptr, n)
                                      : tr("%n post(s) now go to the accounts you chose. Undo "
                                           "(Ctrl+Z) gives them their old ones.",
                                           nullptr, n)
                                            + skippedText(skipped + outcome.refused));
            }));
    });
}

void BulkPostActions::remove(const QList<qint64> &ids)
{
    withPosts(ids, [this](const QList<Post> &posts) {
        auto progress = std::make_shared<BulkProgress>();
        QList<Post> deletable;
        int kept = 0;
        for (const Post &post : posts) {
            // One with Crosspostify is only forgotten, after asking, one at a time; one being
            // sent cannot be deleted at all.
            if (isLeasedState(post.state) || isLockedState(post.state))
                ++kept;
            else
                deletable.append(post);
        }
        const QString keptText =
            kept > 0 ? tr(" %n post(s) being sent or already with Crosspostify were kept: "
                          "delete those one at a time.",
                          nullptr, kept)
                     : QString();
        if (deletable.isEmpty()) {
            Q_EMIT message(tr("No post was deleted.") + keptText);
            return;
        }
        auto *command =
            new BulkCommand(tr("Delete %n post(s)", nullptr, int(deletable.size())), progress);
        for (const Post &post : deletable) {
            command->add(std::make_unique<DeletePostCommand>(
                m_storage, this, post,
                [progress](bool, const QString &error) { progress->answer(error); }));
        }
        progress->finished = [this, keptText](const BulkProgress &done) {
            const int n = done.answered - done.failed;
            Q_EMIT message(
                done.undone ? tr("%n post(s) are back, as new posts.", nullptr, n)
                            : tr("Deleted %n post(s). Undo (Ctrl+Z) brings them back.", nullptr, n)
                                  + keptText
                                  + (done.failed > 0
                                         ? tr(" %n could not be deleted: %1", nullptr, done.failed)
                                               .arg(done.reasons.first())
                                         : QString()));
        };
        m_undo->push(command);
    });
}

} // namespace tokdeck
