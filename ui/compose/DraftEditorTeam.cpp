// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DraftEditor on a team calendar (a shared PostgreSQL database, issue #15): edits kept on this
// computer while the server is away, and the choice when another member saved over them.

#include "compose/DraftEditor.h"
#include "storage/DraftAutosaver.h"
#include "storage/DraftRecovery.h"
#include "storage/StorageWorker.h"

namespace tokdeck {

void DraftEditor::connectTeam()
{
    // Only a team database can go away; a local file needs no copy beside it.
    if (!m_storage->host().isEmpty())
        m_autosaver->setRecoveryFile(DraftRecovery::defaultPath());
    connect(m_autosaver.get(), &DraftAutosaver::changedByChanged, this, &DraftEditor::changedBy);
    connect(m_autosaver.get(), &DraftAutosaver::keptLocallyChanged, this,
            &DraftEditor::keptLocallyChanged);
}

void DraftEditor::reloadTheirs()
{
    m_autosaver->reloadTheirs(); // → rebased → takeMerged(): their post on screen
}

void DraftEditor::keepMineAsCopy()
{
    // From now on the composer edits the copy: its id comes with the save (saved()).
    m_post.id = 0;
    m_post.revision = 0;
    m_post.state = PostState::Draft;
    for (PostMedia &media : m_post.media)
        media.id = 0;
    m_autosaver->keepMineAsCopy();
}

} // namespace tokdeck
