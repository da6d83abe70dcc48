// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The composer's ways in for files: the dialog, the clipboard and drops; and the refusal, with
// the reason, while the post is locked.

#include "compose/ComposerWidget.h"
#include "compose/DraftEditor.h"
#include "compose/LockBanner.h"
#include "compose/MediaStrip.h"
#include "widgets/LocalFiles.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <algorithm>

namespace tokdeck {

bool ComposerWidget::refusedWhileLocked(const QStringList &files)
{
    if (m_editor->isEditable())
        return false;
    m_banner->refuseFiles(files); // said where the reason is, never dropped without a word
    return true;
}

void ComposerWidget::addMediaWithDialog()
{
    if (refusedWhileLocked({})) // the menu's Add media, while the button is disabled
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add media"), QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
        tr("Videos and images (*.mp4 *.mov *.jpg *.jpeg *.png);;All files (*)"));
    // Several videos are one draft each through the upload queue, as when dropped, rather
    // than a second video refused from this post; addDropped() also refuses files for a post
    // that locked while the dialog was open.
    if (!files.isEmpty())
        addDropped(files);
}

void ComposerWidget::pasteFiles()
{
    const QStringList files = localFilePaths(QApplication::clipboard()->mimeData());
    if (files.isEmpty()) {
        m_strip->showRefusal(tr("The clipboard holds no files. Copy them in the file manager, "
                                "then paste them here."));
        return;
    }
    addDropped(files);
}

void ComposerWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_editor->isEditable())
        event->acceptProposedAction();
}

void ComposerWidget::dropEvent(QDropEvent *event)
{
    const QStringList files = localFilePaths(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addDropped(files);
}

void ComposerWidget::addDropped(const QStringList &files)
{
    // A post holds one video: more than one, or a folder, is a pile to queue, one draft each.
    // Told apart by name only (the bytes are checked later, off this thread, either way).
    const auto isVideoName = [](const QString &path) {
        return path.endsWith(QLatin1String(".mp4"), Qt::CaseInsensitive)
               || path.endsWith(QLatin1String(".mov"), Qt::CaseInsensitive);
    };
    const bool batch = std::count_if(files.cbegin(), files.cend(), isVideoName) > 1
                       || std::any_of(files.cbegin(), files.cend(),
                                      [](const QString &path) { return QFileInfo(path).isDir(); });
    if (batch && m_routesBatchesOut)
        Q_EMIT batchDropped(files);
    else if (refusedWhileLocked(files))
        return;
    else
        m_editor->addFiles(files);
}

} // namespace tokdeck
