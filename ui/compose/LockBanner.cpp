// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/LockBanner.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokdeck {

LockBanner::LockBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_refusal(new QLabel(this))
    , m_accounts(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel upload"), this))
    , m_published(new QPushButton(tr("It was published"), this))
    , m_sendAgain(new QPushButton(tr("Send again"), this))
{
    setObjectName(QStringLiteral("lockBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The tooltip colours: a note that stands apart from the form, readable on light and dark.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(QStringLiteral("lockBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_refusal->setObjectName(QStringLiteral("lockRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setForegroundRole(QPalette::ToolTipText);
    m_refusal->setVisible(false);
    m_accounts->setObjectName(QStringLiteral("lockBannerAccounts"));
    m_accounts->setWordWrap(true);
    m_accounts->setTextFormat(Qt::PlainText);
    m_accounts->setForegroundRole(QPalette::ToolTipText);
    m_accounts->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelUploadButton"));
    m_published->setObjectName(QStringLiteral("confirmPublishedButton"));
    m_published->setToolTip(tr("You found it on TikTok: record it as published, send nothing"));
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setToolTip(tr("It is not on TikTok: send it to Crosspostify once more"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_published);
    buttons->addWidget(m_sendAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_accounts);
    layout->addWidget(m_refusal);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &LockBanner::cancelUploadClicked);
    connect(m_published, &QPushButton::clicked, this, &LockBanner::confirmPublishedClicked);
    connect(m_sendAgain, &QPushButton::clicked, this, &LockBanner::sendAgainClicked);
    setVisible(false);
}

QString LockBanner::reasonFor(const Post &post, bool editable)
{
    if (editable)
        return {};
    switch (post.state) {
    case PostState::Uploading:
        return tr("Uploading: this post cannot be changed while it is sent. Cancel the upload to "
                  "edit it.");
    case PostState::Submitting:
        return tr("Being handed to Crosspostify: wait for its answer, a moment; the post cannot "
                  "be changed meanwhile.");
    case PostState::Ready:
        return tr("About to be handed to Crosspostify: move it back to draft (Post menu) to edit "
                  "it.");
    case PostState::Scheduled:
        return tr("Handed to Crosspostify with a date: change or delete it in the Crosspostify "
                  "dashboard. Duplicate it (Post menu) to post something similar.");
    case PostState::Published:
        return tr("Handed to Crosspostify to post now: it cannot be changed any more. Check it "
                  "on TikTok, then mark it live or failed (Post menu); duplicate it to post "
                  "something similar.");
    case PostState::Live:
        return tr("Live on TikTok: it cannot be changed any more. Duplicate it (Post menu) to "
                  "post something similar.");
    case PostState::FailedOnTikTok:
        return tr("Failed on TikTok: move it back to draft (Post menu) to fix it, or send it "
                  "again to the accounts that did not take it.");
    case PostState::NeedsAttention:
        return tr("May have been published: check TikTok, then mark it published or send it "
                  "again.");
    case PostState::InReview:
        return tr("In review: an approver decides on it now. Ask them to reject it (it comes "
                  "back as a draft), or withdraw it from review (Post menu) to edit it.");
    case PostState::Draft:
    case PostState::Failed:
        break;
    }
    return tr("This post cannot be changed now.");
}

void LockBanner::showFor(const Post &post, bool editable, const QHash<QString, QString> &names)
{
    const QString text = reasonFor(post, editable);
    if (text != m_text->text())
        m_refusal->setVisible(false); // another state: an earlier refusal no longer applies
    m_text->setText(text);
    // A post to several accounts can be taken by some and not others: say which, so "send
    // again" is understood to go only to those that did not take it.
    const QStringList lines = accountResultLines(post, names);
    m_accounts->setText(lines.join(QLatin1Char('\n')));
    m_accounts->setVisible(!lines.isEmpty());
    m_cancel->setVisible(post.state == PostState::Uploading);
    m_published->setVisible(post.state == PostState::NeedsAttention);
    m_sendAgain->setVisible(post.state == PostState::NeedsAttention);
    setVisible(!text.isEmpty());
}

void LockBanner::refuseFiles(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    m_refusal->setText(
        names.isEmpty()
            ? tr("Nothing can be added to this post while it is locked; start a new draft (File "
                 "menu) for other media.")
            : tr("Not added: %1. This post is locked; start a new draft (File menu) for them.")
                  .arg(QLocale().createSeparatedList(names)));
    m_refusal->setVisible(true);
}

QString LockBanner::reason() const
{
    return m_text->text();
}

} // namespace tokdeck
