// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"
#include "planning/Recurrence.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace tokdeck {

class Clock;
class StorageWorker;

// "Repeat…": every N days or weeks, until a date or N posts in all, with a live list of the
// resulting times (in the post's zone, so 09:00 stays 09:00 across DST) and TikTok's
// duplicate-content warning. OK makes the copies through SeriesPlanner::expand() on the
// storage thread (one transaction); the dialog closes once they exist and says which
// occurrences the checks left out.
class RepeatDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepeatDialog)

public:
    // The post to repeat: saved (id) and dated (plannedAtUtc); the copies start in `state`.
    struct Target
    {
        qint64 postId = 0;
        std::optional<QDateTime> plannedAtUtc;
        PostState state = PostState::Draft;
    };
    using TargetSource = std::function<Target()>;

    RepeatDialog(StorageWorker *storage, const Clock &clock, const Target &target,
                 const QTimeZone &zone = QTimeZone::systemTimeZone(), QWidget *parent = nullptr);

    // The composer's "Repeat…" action: opens the dialog for the post `target` names at the
    // time of the click, or says in a message box what to do first (save it, give it a date).
    static QAction *makeAction(QWidget *owner, StorageWorker *storage, const Clock &clock,
                               TargetSource target);

    std::optional<Recurrence> rule() const; // what the controls say
    QStringList previewLines() const;       // the preview list's lines, for tests
    QString note() const;                   // the cut note, skipped occurrences or an error

Q_SIGNALS:
    // After OK: the new posts, and the occurrences left out (translated, with why).
    void expanded(const QList<qint64> &postIds, const QStringList &skipped);

private:
    void updatePreview();
    void expand();

    StorageWorker *m_storage;
    const Clock &m_clock;
    Target m_target;
    QTimeZone m_zone;
    QSpinBox *m_interval;
    QComboBox *m_unit;
    QRadioButton *m_byCount;
    QSpinBox *m_count;
    QRadioButton *m_byDate;
    QDateEdit *m_until;
    QListWidget *m_preview;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace tokdeck
