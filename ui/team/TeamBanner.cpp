// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "team/TeamBanner.h"

#include "storage/StorageWorker.h"
#include "widgets/StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace tokdeck {

TeamBanner::TeamBanner(StorageWorker *storage, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("teamUnreachableBanner"));
    setAccessibleName(tr("Team calendar unreachable"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
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
    applyColours();
    setVisible(storage && !storage->isReachable());
}

QString TeamBanner::text() const
{
    return m_text->text();
}

void TeamBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !property("applyingColours").toBool())
        applyColours(); // a theme switch
    QFrame::changeEvent(event);
}

void TeamBanner::applyColours()
{
    // The UI's one warning strip (StatusColors), as the sandbox banner.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette colours = palette();
    colours.setColor(QPalette::Window, StatusColors::warningBackground(base));
    colours.setColor(QPalette::WindowText, StatusColors::warningBackgroundText(base));
    setProperty("applyingColours", true);
    setPalette(colours);
    setProperty("applyingColours", false);
}

} // namespace tokdeck
