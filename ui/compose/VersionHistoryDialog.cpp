// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/VersionHistoryDialog.h"

#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "domain/TextDiff.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "widgets/CaptionEdit.h"
#include "widgets/StatusColors.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace tokdeck {

namespace {

// The list's line for a version: enough words to tell versions apart at a glance.
QString firstWords(const PostVersion &version)
{
    constexpr int words = 8;
    const QString text = (version.caption.isEmpty() ? version.title : version.caption).simplified();
    if (text.isEmpty())
        return VersionHistoryDialog::tr("(no caption or title)");
    const QStringList all = text.split(QLatin1Char(' '));
    QString shown = all.mid(0, words).join(QLatin1Char(' '));
    if (all.size() > words)
        shown += QStringLiteral(" …");
    return shown;
}

void appendSection(QTextCursor &cursor, const QPalette &palette, const QString &heading,
                   const QString &current, const QString &restored)
{
    QTextCharFormat headingFormat;
    headingFormat.setFontWeight(QFont::Bold);
    if (!cursor.atStart())
        cursor.insertBlock();
    cursor.insertText(heading, headingFormat);
    cursor.insertBlock();
    const QList<TextDiff::Run> runs = TextDiff::diff(current, restored);
    if (runs.isEmpty()) {
        QTextCharFormat none;
        none.setFontItalic(true);
        cursor.insertText(VersionHistoryDialog::tr("(empty)"), none);
        return;
    }
    for (const TextDiff::Run &run : runs) {
        QTextCharFormat format;
        switch (run.kind) {
        case TextDiff::Kind::Equal:
            break;
        case TextDiff::Kind::Deleted: // in the current text, gone after a restore
            format.setForeground(StatusColors::errorText(palette));
            format.setFontStrikeOut(true);
            break;
        case TextDiff::Kind::Inserted: // in the version, back after a restore
            format.setForeground(StatusColors::warningBackgroundText(palette));
            format.setBackground(StatusColors::warningBackground(palette));
            format.setFontUnderline(true);
            break;
        }
        cursor.insertText(run.text, format);
    }
}

} // namespace

VersionHistoryDialog::VersionHistoryDialog(ComposerWidget *composer, QWidget *parent)
    : QDialog(parent)
    , m_composer(composer)
    , m_editor(composer->editor())
    , m_postId(composer->editor()->post().id)
    , m_list(new QListWidget(this))
    , m_diff(new QTextBrowser(this))
    , m_note(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("versionHistoryDialog"));
    setWindowTitle(tr("Version history"));
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Saved versions"));
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setAccessibleName(tr("Changes a restore would make"));
    m_note->setObjectName(QStringLiteral("versionNote"));
    m_note->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_restore->setToolTip(tr("Put this caption and title back into the post"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &VersionHistoryDialog::restore);

    auto *legend = new QLabel(tr("Restoring the version selected changes the current text so: "
                                 "struck-through text goes, underlined text comes back."),
                              this);
    legend->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addWidget(legend);
    right->addWidget(m_diff, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_list, &QListWidget::currentRowChanged, this, &VersionHistoryDialog::showSelected);
    connect(m_editor, &DraftEditor::stateChanged, this, &VersionHistoryDialog::updateRestore);
    connect(m_editor, &DraftEditor::changed, this, &VersionHistoryDialog::showSelected);
    connect(m_editor, &DraftEditor::saved, this, [this](qint64 id) {
        if (id == m_postId)
            reload(); // the save may have added a version or updated the newest
    });
    connect(m_editor, &DraftEditor::loaded, this, [this] {
        if (m_editor->post().id != m_postId)
            reject(); // another post is open now (or this one was deleted)
    });
    // Edits not yet saved are stored first, so they are in the list (jobs run in order).
    m_editor->saveNow();
    reload();
}

void VersionHistoryDialog::reload()
{
    StorageWorker *storage = m_editor->storage();
    if (!storage || m_postId == 0)
        return;
    const qint64 id = m_postId;
    auto future = storage->run([id](Stores &stores) {
        StorageResult<QList<PostVersion>> result{stores.versions.versions(id), {}};
        result.error = stores.lastError();
        return result;
    });
    onResult(this, future, [this](const StorageResult<QList<PostVersion>> &result) {
        if (!result.ok()) {
            m_note->setText(result.error);
            return;
        }
        const QDateTime kept = selected() ? selected()->savedAt : QDateTime();
        m_versions = result.value;
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        int row = m_versions.isEmpty() ? -1 : 0;
        for (qsizetype i = 0; i < m_versions.size(); ++i) {
            const PostVersion &version = m_versions.at(i);
            QString line = tr("%1 — %2").arg(
                QLocale().toString(version.savedAt.toLocalTime(), QLocale::ShortFormat),
                firstWords(version));
            auto *item = new QListWidgetItem(line, m_list);
            item->setToolTip(version.caption);
            if (version.savedAt == kept)
                row = int(i);
        }
        m_list->setCurrentRow(row);
        m_note->setText(m_versions.isEmpty() ? tr("No version of this post has been kept yet.")
                                             : QString());
        showSelected();
    });
}

const PostVersion *VersionHistoryDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

bool VersionHistoryDialog::isCurrent(const PostVersion &version) const
{
    return version.caption == m_editor->post().caption && version.title == m_editor->post().title;
}

void VersionHistoryDialog::renderDiff(QTextDocument *document, const QPalette &palette,
                                      const QString &currentCaption, const QString &currentTitle,
                                      const PostVersion &version)
{
    document->clear();
    QTextCursor cursor(document);
    appendSection(cursor, palette, tr("Caption"), currentCaption, version.caption);
    appendSection(cursor, palette, tr("Title"), currentTitle, version.title);
}

void VersionHistoryDialog::showSelected()
{
    if (const PostVersion *version = selected()) {
        renderDiff(m_diff->document(), m_diff->palette(), m_editor->post().caption,
                   m_editor->post().title, *version);
    } else {
        m_diff->clear();
    }
    updateRestore();
}

void VersionHistoryDialog::updateRestore()
{
    const PostVersion *version = selected();
    const bool editable = m_editor->isEditable() && m_editor->post().id == m_postId;
    m_restore->setEnabled(editable && version && !isCurrent(*version));
    if (!editable)
        m_note->setText(tr("This post is locked (being sent, or sent): its texts can no longer "
                           "be restored."));
    else if (version && isCurrent(*version))
        m_note->setText(tr("This version is the current text."));
    else if (!m_versions.isEmpty())
        m_note->clear();
}

void VersionHistoryDialog::restore()
{
    const PostVersion *version = selected();
    if (!version || !m_editor->isEditable() || m_editor->post().id != m_postId)
        return;
    const PostVersion restored = *version;
    // Through the composer's own fields, as typing would: counters, highlighting and preview
    // follow, the autosave stores it, and Ctrl+Z in a field takes the restore back there.
    QTextCursor cursor(m_composer->caption()->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(restored.caption);
    cursor.endEditBlock();
    QLineEdit *title = m_composer->titleEdit();
    title->selectAll();
    title->insert(restored.title);
    m_editor->setCaption(restored.caption); // no-ops when the fields' signals already told it
    m_editor->setTitle(restored.title);
    accept();
}

QAction *VersionHistoryDialog::makeAction(ComposerWidget *composer)
{
    DraftEditor *editor = composer->editor();
    if (!editor->storage())
        return nullptr;
    auto *action = new QAction(tr("Version his&tory…"), composer);
    action->setObjectName(QStringLiteral("versionHistoryAction"));
    action->setToolTip(tr("Earlier captions and titles of this post, to compare and restore"));
    const auto update = [action, editor] {
        action->setEnabled(editor->post().id != 0);
    };
    connect(editor, &DraftEditor::loaded, action, update);
    connect(editor, &DraftEditor::saved, action, update);
    update();
    connect(action, &QAction::triggered, composer, [composer] {
        if (composer->editor()->post().id == 0)
            return;
        auto *dialog = new VersionHistoryDialog(composer, composer->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

} // namespace tokdeck
