// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/PostState.h"

#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace tokdeck {

class AccountTargetsEditor;
class CaptionEdit;
class Clock;
class ComposerFooter;
class DraftEditor;
class EmojiPickerButton;
class LockBanner;
class MediaStrip;
class PhonePreview;
class QueueButton;
class SchedulePicker;

// Where a post is composed: media (drop files anywhere on it, the file dialog, or paste),
// caption, title, the AI-generated label, accounts with their own texts, when, a TikTok-like
// preview, what blocks publishing, and the post's live state once it is being sent. A banner on
// top says why a post that cannot be edited is locked; the footer (state, problems, Publish)
// stays in view under the scrolled form.
class ComposerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerWidget)

public:
    ComposerWidget(DraftEditor *editor, const Clock &clock, QWidget *parent = nullptr);

    DraftEditor *editor() const { return m_editor; }
    PhonePreview *preview() const { return m_preview; }
    CaptionEdit *caption() const { return m_caption; }
    QLineEdit *titleEdit() const { return m_title; }
    ComposerFooter *footer() const { return m_footer; }
    LockBanner *lockBanner() const { return m_banner; }
    // Publish (Ctrl+Return), enabled while the post can go: one action for the button and the
    // window's menu, so the shortcut has one owner (two would make Qt ignore it as ambiguous).
    QAction *publishAction() const { return m_publishAction; }
    // Repeat… (null without a storage): a series of further posts from this one.
    QAction *repeatAction() const { return m_repeatAction; }
    void addMediaWithDialog();
    void pasteFiles();
    // Several videos or a folder dropped here are a batch, not one post: with this on they
    // go out through batchDropped (the window's upload queue) instead of into the draft.
    void setRoutesBatchesOut(bool on) { m_routesBatchesOut = on; }

Q_SIGNALS:
    void batchDropped(const QStringList &paths);

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadFromEditor();
    QWidget *makeQueueButton(const Clock &clock);
    void refreshPreview();
    void showIssues();
    void showState(PostState state, const QString &text);
    void showStateLine();
    void setInputsEnabled(bool enabled);
    void publish();
    bool refusedWhileLocked(const QStringList &files);
    void updateCaptionCount();
    void updateTitleCount();
    void loadKnownHashtags();
    void addDropped(const QStringList &files);

    DraftEditor *m_editor;
    MediaStrip *m_strip;
    CaptionEdit *m_caption;
    QLabel *m_captionCount;
    QLineEdit *m_title;
    QLabel *m_titleCount;
    QCheckBox *m_aigc;
    QLabel *m_aigcHint;
    AccountTargetsEditor *m_accounts;
    SchedulePicker *m_schedule;
    QueueButton *m_queue = nullptr; // only with a storage
    bool m_hashtagsStale = true;    // the suggestions are read before the next caption edit
    QAction *m_repeatAction = nullptr;

    PhonePreview *m_preview;
    QLabel *m_issues;
    QAction *m_publishAction;
    ComposerFooter *m_footer;
    LockBanner *m_banner;
    QPushButton *m_addMedia;
    EmojiPickerButton *m_emoji;
    // What the state line is made of: the outbox's detail (an error), whether the draft's last
    // edit is saved, the upload's progress, and a note right after Publish until the outbox
    // answers with the next state (without it a click seemed to do nothing).
    QString m_detail;
    bool m_saved = false;
    std::optional<int> m_percent;
    QString m_note;
    bool m_routesBatchesOut = false;
    QScrollArea *m_scroll = nullptr;
};

} // namespace tokdeck
