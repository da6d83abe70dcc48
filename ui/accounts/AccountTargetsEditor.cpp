// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountTargetsEditor.h"

#include "models/AccountTargetsModel.h"
#include "widgets/CaptionEdit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace tokdeck {

AccountTargetsEditor::AccountTargetsEditor(AccountTargetsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_overrideBox(new QGroupBox(this))
    , m_ownCaption(new CaptionEdit(this))
    , m_ownTitle(new QLineEdit(this))
{
    m_view->setObjectName(QStringLiteral("accountTargetsView"));
    m_view->setAccessibleName(tr("Accounts to post to"));
    m_view->setModel(model);
    m_view->setMaximumHeight(120);
    m_ownCaption->setObjectName(QStringLiteral("ownCaptionEdit"));
    m_ownCaption->setAccessibleName(tr("Own caption for this account"));
    m_ownCaption->setPlaceholderText(tr("Empty: use the shared caption"));
    m_ownCaption->setMaximumHeight(70);
    m_ownTitle->setObjectName(QStringLiteral("ownTitleEdit"));
    m_ownTitle->setAccessibleName(tr("Own title for this account"));
    m_ownTitle->setPlaceholderText(tr("Empty: use the shared title"));

    auto *form = new QFormLayout(m_overrideBox);
    form->addRow(tr("Caption:"), m_ownCaption);
    form->addRow(tr("Title:"), m_ownTitle);
    m_overrideBox->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Post to</b> (check one or more TikTok accounts)"), this);
    heading->setWordWrap(true); // translations must not widen the composer
    layout->addWidget(heading);
    layout->addWidget(m_view);
    layout->addWidget(m_overrideBox);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showOverrideFor(current.row()); });
    connect(m_model, &AccountTargetsModel::targetsChanged, this,
            [this] { showOverrideFor(m_row); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showOverrideFor(-1); });
    connect(m_ownCaption, &QPlainTextEdit::textChanged, this, &AccountTargetsEditor::storeOverride);
    connect(m_ownTitle, &QLineEdit::textEdited, this, &AccountTargetsEditor::storeOverride);
}

void AccountTargetsEditor::showOverrideFor(int row)
{
    m_row = row;
    const bool chosen =
        row >= 0 && m_model->index(row).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_overrideBox->setEnabled(chosen);
    m_overrideBox->setTitle(
        row >= 0 ? tr("Own text for %1 (optional)").arg(m_model->index(row).data().toString())
                 : tr("Own text for one account (optional)"));
    const PostAccount target = m_model->targetAt(row);
    // Only replace the editors' text when it differs: it keeps the cursor where the user types.
    const QSignalBlocker captionBlocker(m_ownCaption);
    const QSignalBlocker titleBlocker(m_ownTitle);
    if (m_ownCaption->toPlainText() != target.captionOverride)
        m_ownCaption->setPlainText(chosen ? target.captionOverride : QString());
    if (m_ownTitle->text() != target.titleOverride)
        m_ownTitle->setText(chosen ? target.titleOverride : QString());
}

void AccountTargetsEditor::storeOverride()
{
    if (m_row >= 0)
        m_model->setOverride(m_row, m_ownCaption->toPlainText(), m_ownTitle->text());
}

} // namespace tokdeck
