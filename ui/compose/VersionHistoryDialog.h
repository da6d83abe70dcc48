// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/VersionStore.h"

#include <QDialog>
#include <QList>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace tokdeck {

class ComposerWidget;
class DraftEditor;

// "Version history…" of the post open in the composer: its kept captions and titles (newest
// first, with the local time they were saved and their first words), how restoring the one
// selected would change the current text (a word diff: struck through and red what goes,
// underlined and highlighted what comes back, so it does not rest on colour alone), and
// Restore, which puts it into the composer's fields as if typed; the autosave then stores it as
// the newest version, so restoring the one before undoes a restore. Restore is off while the
// post is locked (being sent, or sent).
class VersionHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionHistoryDialog)

public:
    explicit VersionHistoryDialog(ComposerWidget *composer, QWidget *parent = nullptr);

    // The Post menu's action (null without a storage): enabled while a saved post is open.
    static QAction *makeAction(ComposerWidget *composer);

    const QList<PostVersion> &versions() const { return m_versions; }
    // Writes the runs of restoring `version` over the current caption and title into
    // `document`, formatted as the dialog shows them.
    static void renderDiff(QTextDocument *document, const QPalette &palette,
                           const QString &currentCaption, const QString &currentTitle,
                           const PostVersion &version);

private:
    void reload();
    void showSelected();
    void updateRestore();
    void restore();
    const PostVersion *selected() const;
    bool isCurrent(const PostVersion &version) const;

    ComposerWidget *m_composer;
    DraftEditor *m_editor;
    qint64 m_postId;
    QList<PostVersion> m_versions;
    QListWidget *m_list;
    QTextBrowser *m_diff;
    QLabel *m_note;
    QPushButton *m_restore;
};

} // namespace tokdeck
