// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"

#include <QDateTime>
#include <QFrame>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

namespace tokdeck {

// The composer's fixed bottom row, outside its scroll area so it is always in view: the post's
// state in words, how many problems block publishing (a click shows them), and Publish or
// Schedule as the window's default button, labelled with what it will do.
class ComposerFooter final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerFooter)

public:
    // The button triggers `publish` and is enabled while it is.
    explicit ComposerFooter(QAction *publish, QWidget *parent = nullptr);

    QPushButton *publishButton() const { return m_publish; }
    QLabel *stateLabel() const { return m_state; }

    void setStateText(const QString &text);
    void setProgress(std::optional<int> percent); // nullopt: no upload under way
    void setProblems(int rejections, int warnings);
    // "Publish now", or "Schedule for Tue 14:05" when the post has a date.
    void setPlannedAt(const std::optional<QDateTime> &plannedAtUtc, const QDateTime &nowUtc);

    // The state in words: "Draft · saved", "Kept on this computer until 14:05, then handed to
    // Crosspostify", "Scheduled for …", with the outbox's detail (an error, "Upload cancelled").
    static QString stateText(const Post &post, const QString &detail, bool saved,
                             const QDateTime &nowUtc);
    // A moment near enough to name by weekday ("Tue 14:05"), else by date.
    static QString shortMoment(const QDateTime &utc, const QDateTime &nowUtc);

Q_SIGNALS:
    void problemsClicked();

private:
    QLabel *m_state;
    QProgressBar *m_progress;
    QPushButton *m_problems;
    QPushButton *m_publish;
    QString m_publishKeyFrom; // the action's text, "&Publish": the button's Alt key
};

} // namespace tokdeck
