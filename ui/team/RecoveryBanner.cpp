// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "team/RecoveryBanner.h"

#include "storage/DraftRecovery.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>

namespace tokdeck {

RecoveryBanner::RecoveryBanner(StorageWorker *storage, const QString &path, QWidget *parent)
    : WarningStrip(parent)
    , m_storage(storage)
    , m_path(path)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryBanner"));
    setAccessibleName(tr("Kept edit"));
    m_text->setObjectName(QStringLiteral("recoveryBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *restoreButton = new QPushButton(tr("Restore as a draft"), this);
    restoreButton->setObjectName(QStringLiteral("recoveryRestore"));
    auto *discardButton = new QPushButton(tr("Discard"), this);
    discardButton->setObjectName(QStringLiteral("recoveryDiscard"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(restoreButton);
    layout->addWidget(discardButton);
    connect(restoreButton, &QPushButton::clicked, this, &RecoveryBanner::restore);
    connect(discardButton, &QPushButton::clicked, this, &RecoveryBanner::discard);
    hide();

    auto reading = QtConcurrent::run([path] { return DraftRecovery::read(path); });
    onResult(this, reading, [this](const std::optional<Post> &kept) {
        if (!kept)
            return;
        m_kept = kept;
        QString start = kept->caption.simplified();
        if (start.size() > 60)
            start = start.left(59) + QChar(0x2026);
        m_text->setText(
            start.isEmpty()
                ? tr("An edit that could not be saved to the team calendar was kept on this "
                     "computer.")
                : tr("An edit that could not be saved to the team calendar was kept on this "
                     "computer: “%1”.")
                      .arg(start));
        show();
        Q_EMIT found();
    });
}

void RecoveryBanner::restore()
{
    if (!m_kept || !m_storage)
        return;
    // A new draft: the post it was an edit of may have been changed by someone since.
    Post copy = *m_kept;
    copy.id = 0;
    copy.revision = 0;
    copy.state = PostState::Draft;
    for (PostMedia &media : copy.media)
        media.id = 0;
    onResult(this, m_storage->saveContent(copy), [this](const StorageResult<Post> &saved) {
        if (!saved.ok()) {
            Q_EMIT message(tr("The kept edit could not be restored: %1 It stays on this "
                              "computer; try again when the team calendar answers.")
                               .arg(saved.error));
            return;
        }
        forgetFile();
        Q_EMIT message(tr("The kept edit is restored as a new draft."));
        Q_EMIT restored(saved.value.id);
    });
}

void RecoveryBanner::discard()
{
    forgetFile();
}

void RecoveryBanner::forgetFile()
{
    m_kept.reset();
    hide();
    if (m_fileInUse)
        return; // it holds this session's own kept edit now
    (void)QtConcurrent::run([path = m_path] { DraftRecovery::remove(path); });
}

} // namespace tokdeck
