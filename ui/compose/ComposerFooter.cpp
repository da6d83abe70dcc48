// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/ComposerFooter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>

namespace tokdeck {

namespace {
// The locale's short time without seconds: a post goes out at a minute, and "14:05:00" is noise.
QString timeOfDay(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return QLocale().toString(time, format);
}
} // namespace

ComposerFooter::ComposerFooter(QAction *publish, QWidget *parent)
    : QFrame(parent)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problems(new QPushButton(this))
    , m_publish(new QPushButton(this))
    , m_publishKeyFrom(publish->text())
{
    setObjectName(QStringLiteral("composerFooter"));
    setFrameShape(QFrame::NoFrame);
    m_state->setObjectName(QStringLiteral("postStateLabel"));
    m_state->setWordWrap(true); // a long error wraps instead of widening the composer
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse); // errors can be copied
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setMaximumWidth(140);
    m_progress->setVisible(false);
    m_problems->setObjectName(QStringLiteral("problemsButton"));
    m_problems->setFlat(true);
    m_problems->setCursor(Qt::PointingHandCursor);
    m_problems->setToolTip(tr("Show the list of problems"));
    m_problems->setVisible(false);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    // The window's primary action: drawn as the default button, so it is the one that stands out.
    m_publish->setDefault(true);
    m_publish->setAutoDefault(false);
    m_publish->setToolTip(tr("Send now or at the chosen time (Ctrl+Return)"));
    m_publish->setEnabled(publish->isEnabled());
    setPlannedAt(std::nullopt, QDateTime::currentDateTimeUtc());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems);
    layout->addWidget(m_publish);

    connect(m_publish, &QPushButton::clicked, publish, &QAction::trigger);
    connect(publish, &QAction::enabledChanged, m_publish, &QPushButton::setEnabled);
    connect(m_problems, &QPushButton::clicked, this, &ComposerFooter::problemsClicked);
}

void ComposerFooter::setStateText(const QString &text)
{
    m_state->setText(text);
}

void ComposerFooter::setProgress(std::optional<int> percent)
{
    m_progress->setVisible(percent.has_value());
    if (percent)
        m_progress->setValue(*percent);
}

void ComposerFooter::setProblems(int rejections, int warnings)
{
    QStringList parts;
    // Spelled out for one: the English source has no plural forms of its own to fall back on.
    if (rejections == 1)
        parts << tr("1 problem blocks publishing");
    else if (rejections > 1)
        parts << tr("%n problems block publishing", nullptr, rejections);
    if (warnings == 1)
        parts << tr("1 warning");
    else if (warnings > 1)
        parts << tr("%n warnings", nullptr, warnings);
    m_problems->setText(parts.join(QStringLiteral(" · ")));
    m_problems->setAccessibleName(m_problems->text());
    m_problems->setVisible(!parts.isEmpty());
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::ButtonText, rejections > 0 ? QColor(0xd3, 0x2f, 0x2f)
                                                          : QPalette().color(QPalette::ButtonText));
    m_problems->setPalette(palette);
}

void ComposerFooter::setPlannedAt(const std::optional<QDateTime> &plannedAtUtc,
                                  const QDateTime &nowUtc)
{
    m_publish->setText(plannedAtUtc ? tr("Schedule for %1").arg(shortMoment(*plannedAtUtc, nowUtc))
                                    : tr("Publish now"));
    // The labels carry no "&": the key must not move with the label, nor clash with the
    // schedule picker's in a translation. It is the Publish action's own letter (Alt+P).
    m_publish->setShortcut(QKeySequence::mnemonic(m_publishKeyFrom));
    m_publish->setAccessibleName(m_publish->text());
}

QString ComposerFooter::shortMoment(const QDateTime &utc, const QDateTime &nowUtc)
{
    const QDateTime local = utc.toLocalTime();
    const qint64 days = nowUtc.toLocalTime().date().daysTo(local.date());
    if (days >= 0 && days < 7)
        return QLocale().toString(local.date(), QStringLiteral("ddd")) + QLatin1Char(' ')
               + timeOfDay(local.time());
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + timeOfDay(local.time());
}

QString ComposerFooter::stateText(const Post &post, const QString &detail, bool saved,
                                  const QDateTime &nowUtc)
{
    QString line;
    switch (post.state) {
    case PostState::Draft:
        line = saved         ? tr("Draft · saved")
               : post.id > 0 ? tr("Draft · saving…")
                             : tr("Draft · not saved yet");
        break;
    case PostState::Ready:
        if (const auto at = post.handOverAt(); at && post.isHeldLocally(nowUtc))
            line = tr("Ready · kept on this computer until %1, then handed to Crosspostify")
                       .arg(shortMoment(*at, nowUtc));
        else
            line = tr("Ready · being handed to Crosspostify");
        break;
    case PostState::Uploading:
        line = tr("Uploading…");
        break;
    case PostState::Submitting:
        line = tr("Sending to Crosspostify…");
        break;
    case PostState::Scheduled:
        // Handed over is not live: Crosspostify accepted it, TikTok may still refuse it.
        line = post.plannedAt && *post.plannedAt > nowUtc
                   ? tr("Handed to Crosspostify · due on TikTok %1")
                         .arg(shortMoment(*post.plannedAt, nowUtc))
                   : postDisplayStateName(post.displayState(nowUtc));
        break;
    case PostState::Published:
    case PostState::Live:
    case PostState::FailedOnTikTok:
        line = postDisplayStateName(post.displayState(nowUtc));
        break;
    case PostState::Failed:
        line = tr("Failed");
        break;
    case PostState::InReview:
        line = tr("In review · waiting for an approver");
        break;
    case PostState::NeedsAttention:
        line = tr("Needs attention: may have been published");
        break;
    }
    return detail.isEmpty() ? line : line + QStringLiteral(": ") + detail;
}

} // namespace tokdeck
