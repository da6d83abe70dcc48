// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DraftEditor's part in fixing media (the MediaFixPanel's results), apart so that
// DraftEditor.cpp stays near 400 lines.

#include "compose/DraftEditor.h"
#include "models/MediaListModel.h"

namespace tokdeck {

bool DraftEditor::replaceMedia(const QString &path, const QString &fixedPath)
{
    if (!isEditable() || path == fixedPath || !m_media->replacePath(path, fixedPath))
        return false;
    // What was wrong with the original is no longer the post's problem; the copy is looked
    // at afresh (probe, thumbnail, fingerprint), and once it is, the rules run again and the
    // autosave stores the new path. Until then the stored draft still holds the original, so
    // a crash in between loses nothing.
    m_inspectionErrors.remove(path);
    m_contentHashes.remove(path);
    m_contentHashes.remove(fixedPath);
    inspectStored({fixedPath});
    Q_EMIT issuesChanged(issues());
    return true;
}

} // namespace tokdeck
