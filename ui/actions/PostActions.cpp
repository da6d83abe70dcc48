// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "actions/PostActions.h"

#include "actions/BulkPostActions.h"
#include "actions/DeletePostCommand.h"
#include "domain/PostTransitions.h"
#include "storage/StorageWorker.h"
#include "support/Clock.h"
#include "support/FutureCallback.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

namespace tokdeck {

PostActions::PostActions(StorageWorker *storage, QUndoStack *undo, QWidget *window)
    : QObject(window)
    , m_storage(storage)
    , m_undo(undo)
    , m_window(window)
    , m_open(new QAction(tr("&Open"), this))
    , m_duplicate(new QAction(tr("D&uplicate"), this))
    , m_unschedule(new QAction(tr("Move back to &draft"), this))
    , m_delete(new QAction(tr("&Delete"), this))
    , m_markLive(new QAction(tr("Mark as &live…"), this))
    , m_markFailed(new QAction(tr("Mark as &failed on TikTok…"), this))
    , m_moveBy(new QAction(this))
    , m_changeAccounts(new QAction(this))
    , m_reslot(new QAction(this))
    , m_nextSlot(new QAction(this))
    , m_bulk(new BulkPostActions(storage, undo, window, Clock::system()))
{
    m_moveBy->setObjectName(QStringLiteral("postMoveByDaysAction"));
    m_moveBy->setStatusTip(tr("Move the selected posts by a number of days, keeping their "
                              "times (Ctrl+Z moves them back)."));
    m_changeAccounts->setObjectName(QStringLiteral("postChangeAccountsAction"));
    m_changeAccounts->setStatusTip(tr("Choose the accounts the selected posts go to."));
    m_reslot->setObjectName(QStringLiteral("postReslotAction"));
    m_reslot->setStatusTip(tr("Give each selected post the next free posting slot of its "
                              "first account."));
    connect(m_moveBy, &QAction::triggered, this, [this] { m_bulk->askMoveByDays(targets()); });
    connect(m_changeAccounts, &QAction::triggered, this,
            [this] { m_bulk->askAccounts(targets()); });
    connect(m_reslot, &QAction::triggered, this, [this] { m_bulk->reslot(targets()); });
    m_nextSlot->setObjectName(QStringLiteral("postNextSlotAction"));
    m_nextSlot->setStatusTip(tr("Move each selected post to the next free posting slot of its "
                                "first account after its time (Ctrl+Z moves it back)."));
    connect(m_nextSlot, &QAction::triggered, this, [this] { m_bulk->moveToNextSlot(targets()); });
    connect(m_bulk, &BulkPostActions::message, this, &PostActions::message);
    m_open->setObjectName(QStringLiteral("postOpenAction"));
    m_open->setStatusTip(tr("Open the post in the composer."));
    m_duplicate->setObjectName(QStringLiteral("postDuplicateAction"));
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_duplicate->setStatusTip(tr("Make a new draft with the same content and files."));
    m_unschedule->setObjectName(QStringLiteral("postUnscheduleAction"));
    m_unschedule->setStatusTip(
        tr("Keep a ready or failed post here as a draft instead of handing it to Crosspostify."));
    m_delete->setObjectName(QStringLiteral("postDeleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setStatusTip(tr("Delete the post (Ctrl+Z brings it back)."));
    m_markLive->setObjectName(QStringLiteral("postMarkLiveAction"));
    m_markLive->setStatusTip(tr("You saw it on TikTok: paste its link. Tokdeck cannot see "
                                "TikTok, so it never says a post is live on its own."));
    m_markFailed->setObjectName(QStringLiteral("postMarkFailedAction"));
    m_markFailed->setStatusTip(tr("It did not appear on TikTok: say why, then move it back to "
                                  "draft to fix it and send it again."));

    connect(m_open, &QAction::triggered, this, [this] {
        if (m_current)
            Q_EMIT openRequested(m_current->id);
    });
    connect(m_duplicate, &QAction::triggered, this, &PostActions::duplicateCurrent);
    connect(m_unschedule, &QAction::triggered, this, &PostActions::unscheduleCurrent);
    connect(m_delete, &QAction::triggered, this, &PostActions::deleteCurrent);
    connect(m_markLive, &QAction::triggered, this, &PostActions::markLiveCurrent);
    connect(m_markFailed, &QAction::triggered, this, &PostActions::markFailedCurrent);
    // The current post changed (by the outbox, another window, a delete): what is allowed too.
    connect(m_storage, &StorageWorker::postsChanged, this, [this](const QList<qint64> &ids) {
        if (m_current && ids.contains(m_current->id))
            load(m_current->id, {});
    });
    updateEnabled();
}

QList<QAction *> PostActions::actions() const
{
    return {m_open,     m_duplicate,  m_moveBy, m_changeAccounts, m_reslot,
            m_nextSlot, m_unschedule, m_delete, m_markLive,       m_markFailed};
}

void PostActions::setSelection(const QList<qint64> &postIds)
{
    m_selection = postIds;
    updateEnabled();
}

QList<qint64> PostActions::targets() const
{
    if (m_selection.size() > 1 || !m_current)
        return m_selection;
    return {m_current->id};
}

void PostActions::addShortcutsTo(QWidget *widget)
{
    widget->addAction(m_delete);
}

void PostActions::setCurrentPost(qint64 postId)
{
    if (postId <= 0) {
        ++m_generation;
        m_current.reset();
        updateEnabled();
        return;
    }
    load(postId, {});
}

std::optional<qint64> PostActions::currentPostId() const
{
    return m_current ? std::optional<qint64>(m_current->id) : std::nullopt;
}

void PostActions::load(qint64 postId, std::function<void()> then)
{
    const int generation = ++m_generation;
    onResult(this, m_storage->load(postId),
             [this, generation,
              then = std::move(then)](const StorageResult<std::optional<Post>> &result) {
                 if (generation != m_generation)
                     return;               // another post became current meanwhile
                 m_current = result.value; // gone or unreadable: nothing to act on
                 updateEnabled();
                 Q_EMIT currentPostLoaded();
                 if (then && m_current)
                     then();
             });
}

void PostActions::showContextMenu(qint64 postId, const QPoint &globalPos)
{
    // A right-click outside the selection acts on that post alone.
    if (!m_selection.contains(postId))
        m_selection = {postId};
    load(postId, [this, globalPos] {
        if (m_menu)
            m_menu->close();
        // Not exec(): the event loop keeps running (storage answers, tests driving the menu).
        m_menu = new QMenu(m_window);
        m_menu->setObjectName(QStringLiteral("postContextMenu"));
        m_menu->setAttribute(Qt::WA_DeleteOnClose);
        m_menu->addActions(actions());
        m_menu->popup(globalPos);
    });
}

QMenu *PostActions::contextMenu() const
{
    return m_menu;
}

void PostActions::updateEnabled()
{
    const std::optional<PostState> state =
        m_current ? std::optional<PostState>(m_current->state) : std::nullopt;
    m_open->setEnabled(state.has_value());
    m_duplicate->setEnabled(state.has_value());
    m_unschedule->setEnabled(state == PostState::Ready || state == PostState::Failed
                             || state == PostState::FailedOnTikTok);
    const bool handedOver = state == PostState::Scheduled || state == PostState::Published;
    m_markLive->setEnabled(handedOver);
    // A live post can still be taken down by TikTok (PostTransitions.cpp).
    m_markFailed->setEnabled(handedOver || state == PostState::Live);
    // A runner holds an uploading or submitting post: the store would refuse anyway.
    m_delete->setEnabled(state && !isLeasedState(*state));
    m_delete->setText(state && isLockedState(*state) ? tr("&Delete…") : tr("&Delete"));
    m_duplicate->setText(tr("D&uplicate"));
    m_moveBy->setText(tr("Mo&ve by days…"));
    m_changeAccounts->setText(tr("C&hange accounts…"));
    m_reslot->setText(tr("Re-slot into the &queue"));
    m_nextSlot->setText(tr("Move to &next slot"));
    const bool editable = m_current && m_current->isEditable();
    m_moveBy->setEnabled(editable);
    m_changeAccounts->setEnabled(editable);
    m_reslot->setEnabled(editable);
    // A post without a time has no "next" to move on from.
    m_nextSlot->setEnabled(editable && m_current->plannedAt.has_value());
    const qsizetype many = m_selection.size();
    if (many < 2)
        return;
    // Several posts: what acts on one is off; the rest says how many it acts on.
    for (QAction *action : {m_open, m_unschedule, m_markLive, m_markFailed})
        action->setEnabled(false);
    for (QAction *action :
         {m_duplicate, m_delete, m_moveBy, m_changeAccounts, m_reslot, m_nextSlot})
        action->setEnabled(true);
    m_duplicate->setText(tr("D&uplicate %1 posts").arg(many));
    m_delete->setText(tr("&Delete %1 posts").arg(many));
    m_moveBy->setText(tr("Mo&ve %1 posts by days…").arg(many));
    m_changeAccounts->setText(tr("C&hange accounts of %1 posts…").arg(many));
    m_reslot->setText(tr("Re-slot %1 posts into the &queue").arg(many));
    m_nextSlot->setText(tr("Move %1 posts to the &next slot").arg(many));
}

QString PostActions::nameOf(const Post &post)
{
    QString caption = post.caption.simplified();
    if (caption.isEmpty())
        return tr("post %1").arg(post.id);
    if (caption.size() > 40)
        caption = caption.left(39) + QChar(0x2026);
    return QStringLiteral("\"%1\"").arg(caption);
}

void PostActions::duplicateCurrent()
{
    if (m_selection.size() > 1)
        return m_bulk->duplicate(m_selection);
    if (!m_current)
        return;
    onResult(this, m_storage->duplicate(m_current->id),
             [this](const StorageResult<std::optional<Post>> &result) {
                 if (!result.value)
                     return; // the status bar has the storage's reason
                 Q_EMIT message(
                     tr("Duplicated as a new draft: %1. Edit it in the composer, then publish it.")
                         .arg(nameOf(*result.value)));
                 Q_EMIT openRequested(result.value->id);
             });
}

void PostActions::unscheduleCurrent()
{
    if (!m_current)
        return;
    const Post post = *m_current;
    onResult(this,
             m_storage->transition(post.id,
                                   {PostState::Ready, PostState::Failed, PostState::FailedOnTikTok},
                                   PostState::Draft),
             [this, post](const StorageResult<TransitionOutcome> &result) {
                 if (!result.ok())
                     return;
                 if (result.value.done()) {
                     Q_EMIT message(tr("%1 is a draft again: it stays here until you publish it.")
                                        .arg(nameOf(post)));
                 } else if (result.value.current) {
                     Q_EMIT message(tr("%1 could not go back to draft: it is \"%2\" now. Only a "
                                       "ready or failed post can; one with Crosspostify is "
                                       "changed in the Crosspostify dashboard.")
                                        .arg(nameOf(post), postDisplayStateName(toDisplayState(
                                                               *result.value.current))));
                 } else {
                     Q_EMIT message(tr("%1 no longer exists.").arg(nameOf(post)));
                 }
             });
}

void PostActions::deleteCurrent()
{
    if (m_selection.size() > 1)
        return m_bulk->remove(m_selection);
    if (!m_current)
        return;
    const Post post = *m_current;
    if (isLeasedState(post.state)) {
        Q_EMIT message(tr("%1 is being sent right now and cannot be deleted. Cancel its upload, "
                          "or wait until it is scheduled or has failed.")
                           .arg(nameOf(post)));
        return;
    }
    if (isLockedState(post.state)) {
        forget(post);
        return;
    }
    m_undo->push(new DeletePostCommand(
        m_storage, this, post, [this, post](bool present, const QString &error) {
            if (!error.isEmpty())
                return; // the status bar has the storage's reason
            Q_EMIT message(present
                               ? tr("%1 is back, as a new post.").arg(nameOf(post))
                               : tr("Deleted %1. Undo (Ctrl+Z) brings it back.").arg(nameOf(post)));
        }));
}

void PostActions::forget(const Post &post)
{
    // Crosspostify's API cannot delete a post: Tokdeck can only stop keeping it. Not undoable:
    // putting it back would make a local copy of a post Crosspostify will publish anyway, one
    // "Publish" away from going out twice.
    QMessageBox box(QMessageBox::Question, tr("Post already with Crosspostify"),
                    tr("%1 is already with Crosspostify (\"%2\"), and Tokdeck cannot delete it "
                       "there: remove it in the Crosspostify dashboard.\n\n\"Forget it here\" "
                       "only removes it from Tokdeck; this cannot be undone.")
                        .arg(nameOf(post), postDisplayStateName(toDisplayState(post.state))),
                    QMessageBox::Cancel, m_window);
    QPushButton *forgetButton = box.addButton(tr("Forget it here"), QMessageBox::DestructiveRole);
    forgetButton->setObjectName(QStringLiteral("forgetPostButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != forgetButton)
        return;
    onResult(this, m_storage->remove(post.id), [this, post](const StorageResult<bool> &result) {
        if (!result.value)
            return;
        Q_EMIT message(tr("Tokdeck forgot %1; Crosspostify still has it.").arg(nameOf(post)));
    });
}

void PostActions::markLiveCurrent()
{
    if (!m_current)
        return;
    QString prompt =
        tr("Paste the link of %1 on TikTok (Share → Copy link):").arg(nameOf(*m_current));
    for (;;) {
        bool ok = false;
        const QString text = QInputDialog::getText(m_window, tr("Mark as live on TikTok"), prompt,
                                                   QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        TransitionDetails details;
        details.tiktokUrl = normalisedTikTokUrl(text);
        if (!details.tiktokUrl.isEmpty())
            return resolveCurrent(PostState::Live, details);
        prompt = tr("\"%1\" is not a TikTok link. Paste an https://www.tiktok.com/… address "
                    "(Share → Copy link in TikTok):")
                     .arg(text.trimmed().left(80));
    }
}

void PostActions::markFailedCurrent()
{
    if (!m_current)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        m_window, tr("Mark as failed on TikTok"),
        tr("Why did %1 not appear on TikTok? (for example: removed for music rights)")
            .arg(nameOf(*m_current)),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    TransitionDetails details;
    details.lastError = reason.trimmed().isEmpty() ? tr("No reason given.") : reason.trimmed();
    resolveCurrent(PostState::FailedOnTikTok, details);
}

void PostActions::resolveCurrent(PostState to, const TransitionDetails &details)
{
    const Post post = *m_current;
    const QList<PostState> from =
        to == PostState::Live
            ? QList<PostState>{PostState::Scheduled, PostState::Published}
            : QList<PostState>{PostState::Scheduled, PostState::Published, PostState::Live};
    onResult(this, m_storage->transition(post.id, from, to, details),
             [this, post, to](const StorageResult<TransitionOutcome> &result) {
                 if (!result.ok())
                     return; // the status bar has the storage's reason
                 if (result.value.done()) {
                     Q_EMIT message(to == PostState::Live
                                        ? tr("%1 is marked live on TikTok.").arg(nameOf(post))
                                        : tr("%1 is marked failed on TikTok. Move it back to "
                                             "draft to fix it and send it again.")
                                              .arg(nameOf(post)));
                 } else {
                     Q_EMIT message(
                         tr("%1 was not changed: it is \"%2\" now (changed "
                            "elsewhere).")
                             .arg(nameOf(post), result.value.current ? postDisplayStateName(
                                                    toDisplayState(*result.value.current))
                                                                     : tr("deleted")));
                 }
             });
}

} // namespace tokdeck
