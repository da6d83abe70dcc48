// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "actions/ReviewActions.h"

#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWidget>

namespace tokdeck {

ReviewActions::ReviewActions(StorageWorker *storage, QWidget *window)
    : QObject(window)
    , m_storage(storage)
    , m_window(window)
    , m_submit(new QAction(tr("Submit for &review"), this))
    , m_approve(new QAction(tr("A&pprove"), this))
    , m_reject(new QAction(tr("Re&ject…"), this))
    , m_withdraw(new QAction(tr("&Withdraw from review"), this))
    , m_audit(new QAction(tr("Audit &trail…"), this))
{
    m_submit->setObjectName(QStringLiteral("postSubmitForReviewAction"));
    m_submit->setStatusTip(tr("Ask an approver of your team to approve this draft; it is locked "
                              "for editing meanwhile."));
    m_approve->setObjectName(QStringLiteral("postApproveAction"));
    m_approve->setStatusTip(tr("Approve the post: it becomes ready and is sent at its time "
                               "(approvers only)."));
    m_reject->setObjectName(QStringLiteral("postRejectAction"));
    m_reject->setStatusTip(tr("Send the post back to its editor as a draft, saying why."));
    m_withdraw->setObjectName(QStringLiteral("postWithdrawAction"));
    m_withdraw->setStatusTip(tr("Take the post out of review to edit it again."));
    m_audit->setObjectName(QStringLiteral("postAuditTrailAction"));
    m_audit->setStatusTip(tr("Who changed this post's state, when, and why."));
    connect(m_submit, &QAction::triggered, this,
            [this] { move(PostState::Draft, PostState::InReview, {}); });
    connect(m_approve, &QAction::triggered, this,
            [this] { move(PostState::InReview, PostState::Ready, {}); });
    connect(m_withdraw, &QAction::triggered, this,
            [this] { move(PostState::InReview, PostState::Draft, {}); });
    connect(m_reject, &QAction::triggered, this, &ReviewActions::rejectCurrent);
    connect(m_audit, &QAction::triggered, this, &ReviewActions::showAudit);
    // The current post changed (a reviewer elsewhere, the outbox): what is allowed too.
    connect(m_storage, &StorageWorker::postsChanged, this, [this](const QList<qint64> &ids) {
        if (m_current && ids.contains(m_current->id))
            setCurrentPost(m_current->id);
    });
    updateEnabled();
}

QList<QAction *> ReviewActions::actions() const
{
    return {m_submit, m_approve, m_reject, m_withdraw, m_audit};
}

void ReviewActions::setCurrentPost(qint64 postId)
{
    const int generation = ++m_generation;
    if (postId <= 0) {
        m_current.reset();
        updateEnabled();
        return;
    }
    onResult(this, m_storage->load(postId),
             [this, generation](const StorageResult<std::optional<Post>> &result) {
                 if (generation != m_generation)
                     return; // another post became current meanwhile
                 m_current = result.value;
                 updateEnabled();
                 Q_EMIT currentPostLoaded();
             });
}

void ReviewActions::updateEnabled()
{
    const std::optional<PostState> state =
        m_current ? std::optional<PostState>(m_current->state) : std::nullopt;
    m_submit->setEnabled(state == PostState::Draft);
    for (QAction *action : {m_approve, m_reject, m_withdraw})
        action->setEnabled(state == PostState::InReview);
    m_audit->setEnabled(state.has_value());
}

void ReviewActions::move(PostState from, PostState to, const QString &comment)
{
    if (!m_current)
        return;
    const qint64 id = m_current->id;
    TransitionDetails details;
    details.comment = comment;
    onResult(this, m_storage->transition(id, {from}, to, details),
             [this, id, to, from](const StorageResult<TransitionOutcome> &result) {
                 if (!result.ok())
                     return; // the status bar has the storage's reason
                 const TransitionOutcome &outcome = result.value;
                 if (outcome.done()) {
                     Q_EMIT message(to == PostState::InReview
                                        ? tr("Post %1 is in review: an approver of your team "
                                             "decides on it.")
                                              .arg(id)
                                    : to == PostState::Ready
                                        ? tr("Post %1 is approved and ready to send.").arg(id)
                                        : tr("Post %1 is a draft again.").arg(id));
                 } else if (!outcome.reason.isEmpty()) {
                     Q_EMIT message(tr("Post %1 was not changed: %2").arg(id).arg(outcome.reason));
                 } else {
                     Q_EMIT message(tr("Post %1 was not changed: it is \"%2\" now, not \"%3\".")
                                        .arg(id)
                                        .arg(outcome.current ? postDisplayStateName(
                                                 toDisplayState(*outcome.current))
                                                             : tr("deleted"),
                                             postDisplayStateName(toDisplayState(from))));
                 }
             });
}

void ReviewActions::rejectCurrent()
{
    if (!m_current)
        return;
    bool ok = false;
    const QString comment =
        QInputDialog::getMultiLineText(m_window, tr("Reject post %1").arg(m_current->id),
                                       tr("Why? Its editor reads this in the audit trail "
                                          "(for example: the title promises a date we cannot "
                                          "keep)."),
                                       {}, &ok)
            .trimmed();
    if (!ok)
        return;
    if (comment.isEmpty()) {
        Q_EMIT message(tr("Post %1 was not rejected: say why, so its editor knows what to fix.")
                           .arg(m_current->id));
        return;
    }
    move(PostState::InReview, PostState::Draft, comment.left(1000));
}

QString ReviewActions::auditText(const QList<PostAuditEntry> &trail)
{
    if (trail.isEmpty())
        return tr("No state changes recorded yet.");
    QStringList lines;
    for (const PostAuditEntry &entry : trail) {
        QString line = tr("%1 · %2: %3 → %4")
                           .arg(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                entry.member, postDisplayStateName(toDisplayState(entry.from)),
                                postDisplayStateName(toDisplayState(entry.to)));
        if (!entry.comment.isEmpty())
            line += tr(" — “%1”").arg(entry.comment);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void ReviewActions::showAudit()
{
    if (!m_current)
        return;
    const qint64 id = m_current->id;
    if (m_auditDialog)
        m_auditDialog->close();
    // Not modal: the window stays usable while the trail is read from the database.
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("auditTrailDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Audit trail of post %1").arg(id));
    auto *view = new QPlainTextEdit(tr("Reading…"), dialog);
    view->setObjectName(QStringLiteral("auditTrailView"));
    view->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    m_auditDialog = dialog;
    dialog->resize(520, 280);
    dialog->show();
    onResult(view, m_storage->run([id](Stores &stores) {
        const QList<PostAuditEntry> trail = stores.team.audit(id);
        return StorageResult<QList<PostAuditEntry>>{trail, stores.lastError()};
    }),
             [this, view](const StorageResult<QList<PostAuditEntry>> &result) {
                 view->setPlainText(result.ok() ? auditText(result.value) : result.error);
                 Q_EMIT auditShown();
             });
}

} // namespace tokdeck
