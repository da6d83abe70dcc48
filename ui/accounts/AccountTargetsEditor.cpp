// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountTargetsEditor.h"

#include "models/AccountTargetsModel.h"
#include "widgets/CaptionEdit.h"
#include "widgets/TextMarkupHighlighter.h"

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
    , m_ownHeading(new QLabel(this))
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
    // Highlighted as the shared caption is (owned by the document).
    new TextMarkupHighlighter(m_ownCaption->document());
    // A label, not the group's title: a title does not wrap (a long account name widened the
    // whole composer) and takes "&" in a name for a mnemonic. Rich text, escaped, shows "&".
    m_ownHeading->setObjectName(QStringLiteral("ownTextHeading"));
    m_ownHeading->setWordWrap(true);
    m_ownHeading->setTextFormat(Qt::RichText);

    auto *form = new QFormLayout(m_overrideBox);
    form->addRow(tr("Caption:"), m_ownCaption);
    form->addRow(tr("Title:"), m_ownTitle);
    m_overrideBox->setEnabled(false);
    showOverrideFor(-1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Post to</b> (check one or more TikTok accounts)"), this);
    heading->setWordWrap(true); // translations must not widen the composer
    layout->addWidget(heading);
    layout->addWidget(m_view);
    layout->addWidget(m_ownHeading);
    layout->addWidget(m_overrideBox);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showOverrideFor(current.row()); });
    connect(m_model, &AccountTargetsModel::targetsChanged, this, [this] {
        // An account just checked gets the own-text box when the highlighted one is not chosen.
        if (previewedRow() < 0) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->index(row).data(Qt::CheckStateRole).toInt() == Qt::Checked) {
                    m_view->setCurrentIndex(m_model->index(row)); // → showOverrideFor(row)
                    return;
                }
            }
        }
        showOverrideFor(m_row);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showOverrideFor(-1); });
    connect(m_ownCaption, &QPlainTextEdit::textChanged, this, &AccountTargetsEditor::storeOverride);
    connect(m_ownTitle, &QLineEdit::textEdited, this, &AccountTargetsEditor::storeOverride);
}

int AccountTargetsEditor::previewedRow() const
{
    const bool chosen =
        m_row >= 0 && m_model->index(m_row).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return chosen ? m_row : -1;
}

void AccountTargetsEditor::showOverrideFor(int row)
{
    const int previewed = previewedRow();
    m_row = row;
    const bool chosen = previewedRow() >= 0;
    m_overrideBox->setEnabled(chosen);
    const QString name =
        row >= 0 ? m_model->accountAt(row).displayName().toHtmlEscaped() : QString();
    const QString user = row >= 0 ? m_model->accountAt(row).username.toHtmlEscaped() : QString();
    const QString who = user.isEmpty() ? name : tr("%1 (@%2)").arg(name, user);
    m_ownHeading->setText(
        chosen     ? tr("<b>Own text for %1</b> (optional)").arg(who)
        : row >= 0 ? tr("<b>Own text</b>: check %1 above to give it a caption and title of its "
                        "own.")
                         .arg(who)
                   : tr("<b>Own text</b>: check an account above, then click its name to give "
                        "it a caption and title of its own."));
    const PostAccount target = m_model->targetAt(row);
    // Only replace the editors' text when it differs: it keeps the cursor where the user types.
    const QSignalBlocker captionBlocker(m_ownCaption);
    const QSignalBlocker titleBlocker(m_ownTitle);
    if (m_ownCaption->toPlainText() != target.captionOverride)
        m_ownCaption->setPlainText(chosen ? target.captionOverride : QString());
    if (m_ownTitle->text() != target.titleOverride)
        m_ownTitle->setText(chosen ? target.titleOverride : QString());
    if (previewedRow() != previewed)
        Q_EMIT previewedAccountChanged();
}

void AccountTargetsEditor::storeOverride()
{
    if (m_row >= 0)
        m_model->setOverride(m_row, m_ownCaption->toPlainText(), m_ownTitle->text());
}

} // namespace tokdeck
