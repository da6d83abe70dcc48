// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QPushButton;

namespace tokdeck {

// The strip at the top of the composer while the post cannot be edited: why (uploading, with
// Crosspostify, published, may have been published) and what to do, with the buttons for it
// (cancel the upload; it was published / send again). Hidden while the post is editable.
class LockBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockBanner)

public:
    explicit LockBanner(QWidget *parent = nullptr);

    // `names`: account id → display name, for what each account of a handed-over post said
    // (Crosspostify's per-account status); the id where a name is missing.
    void showFor(const Post &post, bool editable, const QHash<QString, QString> &names = {});
    // Files the user tried to add to the locked post: named, with the reason, never dropped
    // silently. Cleared when the post changes state.
    void refuseFiles(const QStringList &paths);
    QString reason() const;

    // Why `post` cannot be edited and what to do; empty while it can be.
    static QString reasonFor(const Post &post, bool editable);

Q_SIGNALS:
    void cancelUploadClicked();
    void confirmPublishedClicked();
    void sendAgainClicked();

private:
    QLabel *m_text;
    QLabel *m_refusal;
    QLabel *m_accounts; // one line per account: its status, or that it did not take the post
    QPushButton *m_cancel;
    QPushButton *m_published;
    QPushButton *m_sendAgain;
};

} // namespace tokdeck
