// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "team/TeamBanner.h"

#include "storage/StorageWorker.h"

#include <QHBoxLayout>
#include <QLabel>

namespace tokdeck {

TeamBanner::TeamBanner(StorageWorker *storage, QWidget *parent)
    : WarningStrip(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("teamUnreachableBanner"));
    setAccessibleName(tr("Team calendar unreachable"));
    m_text->setObjectName(QStringLiteral("teamUnreachableBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(tr("The team calendar on %1 is unreachable. Your edits are kept on this "
                       "computer and saved when it is back.")
                        .arg(storage ? storage->host() : QString()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    if (storage)
        connect(storage, &StorageWorker::reachableChanged, this,
                [this](bool reachable) { setVisible(!reachable); });
    setVisible(storage && !storage->isReachable());
}

QString TeamBanner::text() const
{
    return m_text->text();
}

} // namespace tokdeck
