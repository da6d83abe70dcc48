// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "storage/TeamStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QDialog;
class QWidget;

namespace tokdeck {

class StorageWorker;

// Team review in the Post menu (issue #15): Submit for review (a draft), Approve, Reject…
// (with a comment for its editor) and Withdraw from review (a post in review), and Audit
// trail… (who changed the post's state, when, and why), for the post the Post menu's other
// actions act on. Whether this member may approve is the database's to say (TeamSchema): a
// refusal is shown as its sentence, never hidden by disabling the action.
class ReviewActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewActions)

public:
    ReviewActions(StorageWorker *storage, QWidget *window);

    QList<QAction *> actions() const;
    // Loads the post (its state decides what is enabled); 0 clears.
    void setCurrentPost(qint64 postId);
    QDialog *auditDialog() const { return m_auditDialog; } // the one open, for tests

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void currentPostLoaded();          // the actions' state is up to date
    void auditShown();                 // the audit dialog has the post's trail

private:
    void updateEnabled();
    void move(PostState from, PostState to, const QString &comment);
    void rejectCurrent();
    void showAudit();
    static QString auditText(const QList<PostAuditEntry> &trail);

    StorageWorker *m_storage;
    QWidget *m_window;
    QAction *m_submit;
    QAction *m_approve;
    QAction *m_reject;
    QAction *m_withdraw;
    QAction *m_audit;
    std::optional<Post> m_current;
    int m_generation = 0; // answers for an earlier current post are dropped
    QPointer<QDialog> m_auditDialog;
};

} // namespace tokdeck
