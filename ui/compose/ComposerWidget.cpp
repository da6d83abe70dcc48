// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/ComposerWidget.h"

#include "accounts/AccountTargetsEditor.h"
#include "compose/ChangedByBanner.h"
#include "compose/ComposerFooter.h"
#include "compose/DraftEditor.h"
#include "compose/LockBanner.h"
#include "compose/MediaFixPanel.h"
#include "compose/MediaStrip.h"
#include "compose/PhonePreview.h"
#include "compose/QueueButton.h"
#include "compose/RepeatDialog.h"
#include "compose/SchedulePicker.h"
#include "compose/StaggerButton.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "rules/ContractLimits.h"
#include "rules/TextRules.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "widgets/CaptionEdit.h"
#include "widgets/EmojiPickerButton.h"
#include "widgets/TextMarkupHighlighter.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace tokdeck {

ComposerWidget::ComposerWidget(DraftEditor *editor, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_strip(new MediaStrip(editor->media(), this))
    , m_caption(new CaptionEdit(this))
    , m_captionCount(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_titleCount(new QLabel(this))
    , m_aigc(new QCheckBox(tr("AI-generated content"), this))
    , m_aigcHint(new QLabel(this))
    , m_accounts(new AccountTargetsEditor(editor->targets(), this))
    , m_schedule(new SchedulePicker(clock, this))
    , m_preview(new PhonePreview(this))
    , m_issues(new QLabel(this))
    , m_publishAction(new QAction(tr("&Publish"), this))
    , m_footer(new ComposerFooter(m_publishAction, this))
    , m_banner(new LockBanner(this))
    , m_addMedia(new QPushButton(tr("Add &media…"), this))
    , m_emoji(new EmojiPickerButton(this))
{
    setObjectName(QStringLiteral("composer"));
    setAcceptDrops(true);
    m_addMedia->setObjectName(QStringLiteral("addMediaButton"));
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setPlaceholderText(tr("Caption with #hashtags and emoji (required)"));
    m_caption->setMaximumHeight(110);
    m_captionCount->setObjectName(QStringLiteral("captionCounter"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Optional title"));
    m_aigc->setObjectName(QStringLiteral("aigcCheck"));
    // Said on screen, not only in a tooltip: a disabled box alone looks like a bug.
    m_aigcHint->setObjectName(QStringLiteral("aigcHint"));
    m_aigcHint->setWordWrap(true);
    m_aigcHint->setText(
        tr("Only videos carry TikTok's AI-generated label; photos and slideshows go without it."));
    m_aigcHint->setForegroundRole(QPalette::PlaceholderText);
    m_aigc->setToolTip(
        tr("Label videos that are realistically generated or significantly edited by AI (faces, "
           "voices, scenes). When in doubt, label it. Videos only."));
    m_issues->setObjectName(QStringLiteral("composerIssues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction(m_publishAction); // active for the window this composer is in
    m_preview->setObjectName(QStringLiteral("phonePreview"));
    auto *safeZones = new QCheckBox(tr("Show what TikTok's buttons cover"), this);
    safeZones->setChecked(true);

    new TextMarkupHighlighter(m_caption->document()); // owned by the document
    connect(m_emoji, &EmojiPickerButton::emojiPicked, this, [this](const QString &symbol) {
        m_caption->insertPlainText(symbol);
        m_caption->setFocus();
    });
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_captionCount, 1);
    countRow->addWidget(m_emoji);
    auto *form = new QFormLayout;
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(QString(), countRow);
    m_titleCount->setObjectName(QStringLiteral("titleCounter"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_titleCount);
    // A row with a layout gets no buddy by itself, and without one "&" would show literally.
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, titleRow);
    form->addRow(QString(), m_aigc);
    form->addRow(QString(), m_aigcHint);
    auto *left = new QVBoxLayout;
    left->addWidget(m_strip);
    left->addWidget(m_addMedia, 0, Qt::AlignLeft);
    left->addLayout(form);
    left->addWidget(m_accounts);
    left->addWidget(m_schedule);
    if (m_editor->storage()) // the queue reads the slots and the other posts' times
        left->addWidget(makeQueueButton(clock));
    left->addWidget(new MediaFixPanel(m_editor, this));
    left->addWidget(m_issues);
    if (m_editor->storage()) // the split is saved in one storage transaction
        left->addWidget(new StaggerButton(m_editor, this));
    left->addStretch(1);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(leftWidget);
    // It scrolls up and down only: the form follows the viewport's width (its labels wrap), and
    // its minimum is kept (showEvent), so nothing is cut off at the side.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("postEditorScroll"));
    scroll->setAccessibleName(tr("Post editor"));
    // Tab in reading order: the media, how to add more, then the texts beside their helpers.
    QWidget::setTabOrder(m_strip->view(), m_addMedia);
    QWidget::setTabOrder(m_addMedia, m_caption);
    QWidget::setTabOrder(m_caption, m_emoji);
    QWidget::setTabOrder(m_emoji, m_title);
    QWidget::setTabOrder(m_title, m_aigc);
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(safeZones);
    auto *body = new QHBoxLayout;
    body->addWidget(scroll, 3);
    body->addLayout(right, 2);
    // The banner and the footer sit outside the scroll area: why the post is locked and how to
    // publish it are in view whatever the post holds.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *changedBy = new ChangedByBanner(this); // another team member saved over edits here
    layout->addWidget(changedBy);
    connect(m_editor, &DraftEditor::changedBy, changedBy, &ChangedByBanner::showFor);
    connect(changedBy, &ChangedByBanner::reloadTheirsClicked, m_editor, &DraftEditor::reloadTheirs);
    connect(changedBy, &ChangedByBanner::keepMineClicked, m_editor, &DraftEditor::keepMineAsCopy);
    layout->addLayout(body, 1);
    layout->addWidget(m_footer);

    connect(m_addMedia, &QPushButton::clicked, this, &ComposerWidget::addMediaWithDialog);
    connect(safeZones, &QCheckBox::toggled, m_preview, &PhonePreview::setSafeZonesVisible);
    // Hashtags used before, for the caption's completer: read when a caption is about to be
    // written (not at start-up), again after another draft is opened, so tags of the last post
    // are offered in the next (not on every keystroke's autosave).
    connect(m_editor, &DraftEditor::loaded, this, [this] {
        m_hashtagsStale = true;
        if (m_caption->hasFocus() || m_accounts->ownCaption()->hasFocus())
            loadKnownHashtags();
    });
    for (CaptionEdit *caption : {m_caption, m_accounts->ownCaption()})
        connect(caption, &CaptionEdit::focusEntered, this, [this] {
            if (m_hashtagsStale)
                loadKnownHashtags();
        });
    connect(m_caption, &QPlainTextEdit::textChanged, this, [this] {
        m_editor->setCaption(m_caption->toPlainText());
        updateCaptionCount();
    });
    connect(m_title, &QLineEdit::textEdited, m_editor, &DraftEditor::setTitle);
    connect(m_title, &QLineEdit::textChanged, this, &ComposerWidget::updateTitleCount);
    connect(m_aigc, &QCheckBox::toggled, m_editor, &DraftEditor::setAigc);
    connect(m_schedule, &SchedulePicker::changed, this, [this] {
        m_editor->setSchedule(m_schedule->scheduledAtUtc(), m_schedule->handOver());
    });
    connect(m_publishAction, &QAction::triggered, this, &ComposerWidget::publish);
    connect(m_banner, &LockBanner::cancelUploadClicked, m_editor, &DraftEditor::cancelUpload);
    connect(m_banner, &LockBanner::confirmPublishedClicked, m_editor,
            &DraftEditor::confirmPublished);
    connect(m_banner, &LockBanner::sendAgainClicked, m_editor, &DraftEditor::sendAgain);
    connect(m_footer, &ComposerFooter::problemsClicked, this,
            [this] { m_scroll->ensureWidgetVisible(m_issues); });
    connect(m_accounts, &AccountTargetsEditor::previewedAccountChanged, this,
            &ComposerWidget::refreshPreview);
    connect(m_editor, &DraftEditor::loaded, this, &ComposerWidget::loadFromEditor);
    connect(m_editor, &DraftEditor::scheduleMoved, this, [this] {
        const QSignalBlocker blocker(m_schedule);
        m_schedule->setScheduledAtUtc(m_editor->post().plannedAt);
    });
    connect(m_editor, &DraftEditor::changed, this, [this] {
        m_saved = false; // until the autosave says it is stored
        refreshPreview();
        showStateLine();
    });
    connect(m_editor, &DraftEditor::saved, this, [this] {
        m_saved = true;
        showStateLine();
    });
    connect(m_editor, &DraftEditor::issuesChanged, this, &ComposerWidget::showIssues);
    connect(m_editor, &DraftEditor::stateChanged, this, &ComposerWidget::showState);
    connect(m_editor, &DraftEditor::mediaRefused, m_strip, &MediaStrip::showRefusal);
    connect(m_editor, &DraftEditor::uploadProgress, this, [this](int percent) {
        m_percent = percent;
        m_footer->setProgress(percent);
        showStateLine();
    });
    loadFromEditor();
}

void ComposerWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The form's true minimum is known once shown (hidden rows no longer count): a splitter
    // must not squeeze the editor below it, which would cut the counters off at the edge.
    const int formWidth = m_scroll->widget()->minimumSizeHint().width();
    m_scroll->setMinimumWidth(formWidth + m_scroll->verticalScrollBar()->sizeHint().width());
}

void ComposerWidget::loadFromEditor()
{
    const Post &post = m_editor->post();
    const QSignalBlocker captionBlocker(m_caption);
    const QSignalBlocker titleBlocker(m_title);
    const QSignalBlocker aigcBlocker(m_aigc);
    const QSignalBlocker scheduleBlocker(m_schedule);
    m_caption->setPlainText(post.caption);
    m_title->setText(post.title);
    m_aigc->setChecked(post.isAigc);
    m_schedule->setScheduledAtUtc(post.plannedAt);
    m_schedule->setHandOver(post.handOver);
    m_saved = post.id != 0;
    updateCaptionCount();
    refreshPreview();
    showState(post.state, post.lastError);
}

void ComposerWidget::updateCaptionCount()
{
    const qsizetype units = TextRules::length(m_caption->toPlainText());
    m_captionCount->setText(
        tr("%1 / %2").arg(QLocale().toString(units), QLocale().toString(limits::maxCaptionUnits)));
    QPalette palette = m_captionCount->palette();
    palette.setColor(QPalette::WindowText,
                     units > limits::maxCaptionUnits ? QColor(0xd3, 0x2f, 0x2f)
                     : units >= 2000                 ? QColor(0xef, 0x6c, 0x00)
                                     : QWidget::palette().color(QPalette::WindowText));
    m_captionCount->setPalette(palette);
}

void ComposerWidget::updateTitleCount()
{
    // Photo and slideshow titles have their own limit; a video title only shares the caption's.
    const qsizetype units = TextRules::length(m_title->text());
    const bool limited = m_editor->post().type != PostType::Video;
    m_titleCount->setText(limited ? tr("%1 / %2").arg(units).arg(limits::maxImageTitleUnits)
                                  : QString::number(units));
    QPalette palette = m_titleCount->palette();
    palette.setColor(QPalette::WindowText, limited && units > limits::maxImageTitleUnits
                                               ? QColor(0xd3, 0x2f, 0x2f)
                                               : QWidget::palette().color(QPalette::WindowText));
    m_titleCount->setPalette(palette);
}

void ComposerWidget::refreshPreview()
{
    updateTitleCount();
    const Post &post = m_editor->post();
    const auto &items = m_editor->media()->items();
    m_preview->setImage(items.isEmpty() ? QImage() : items.first().thumbnail);
    m_preview->setSlideCount(post.type == PostType::Slideshow ? int(items.size()) : 0);
    // The account whose own text is being edited is previewed with it; else the first chosen.
    const auto targets = m_editor->targets()->targets();
    int row = m_accounts->previewedRow();
    for (int r = 0; row < 0 && r < m_editor->targets()->rowCount(); ++r) {
        if (!targets.isEmpty() && m_editor->targets()->accountAt(r).id == targets.first().accountId)
            row = r;
    }
    const PostAccount target = row >= 0 ? m_editor->targets()->targetAt(row) : PostAccount{};
    m_preview->setTitle(target.titleOverride.isEmpty() ? post.title : target.titleOverride);
    m_preview->setCaption(target.captionOverride.isEmpty() ? post.caption : target.captionOverride);
    QString account = tr("youraccount");
    if (row >= 0) {
        const Account &chosen = m_editor->targets()->accountAt(row);
        account = chosen.username.isEmpty() ? chosen.id : chosen.username;
    }
    m_preview->setAccountName(account);
    const bool video = post.type == PostType::Video;
    m_aigc->setEnabled(video && m_editor->isEditable());
    m_aigcHint->setVisible(!video);
    if (!video && m_aigc->isChecked())
        m_aigc->setChecked(false);
}

void ComposerWidget::showIssues()
{
    // What blocks publishing first; a long list is cut (50 images can warn 100 times).
    ValidationIssues issues = m_editor->issues();
    m_editor->media()->setIssues(issues);   // each file's own problems, marked on its thumbnail
    m_editor->targets()->setIssues(issues); // and each account's, on its row
    std::stable_partition(issues.begin(), issues.end(),
                          [](const ValidationIssue &i) { return i.isRejection(); });
    constexpr int shown = 8;
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(issues.size(), shown); ++i) {
        const QString text = issues.at(i).toDisplayString().toHtmlEscaped();
        lines.append(issues.at(i).isRejection() ? tr("<b>✖</b> %1").arg(text)
                                                : tr("⚠ %1").arg(text));
    }
    if (issues.size() > shown)
        lines.append(tr("…and %n more.", nullptr, int(issues.size() - shown)));
    m_issues->setText(lines.join(QStringLiteral("<br>")));
    m_issues->setVisible(!lines.isEmpty());
    const auto rejections = std::count_if(issues.cbegin(), issues.cend(),
                                          [](const ValidationIssue &i) { return i.isRejection(); });
    m_footer->setProblems(int(rejections), int(issues.size() - rejections));
    m_publishAction->setEnabled(m_editor->isEditable() && rejections == 0);
}

void ComposerWidget::showState(PostState state, const QString &text)
{
    m_detail = text;
    m_note.clear(); // the outbox answered: its state replaces "handed to the outbox"
    if (state != PostState::Uploading)
        m_percent.reset();
    m_footer->setProgress(state == PostState::Uploading ? std::optional(m_percent.value_or(0))
                                                        : std::nullopt);
    const bool editable = m_editor->isEditable();
    setInputsEnabled(editable);
    QHash<QString, QString> names;
    for (int row = 0; row < m_editor->targets()->rowCount(); ++row) {
        const Account &account = m_editor->targets()->accountAt(row);
        names.insert(account.id, account.displayName());
    }
    m_banner->showFor(m_editor->post(), editable, names);
    showStateLine();
    showIssues();
}

void ComposerWidget::showStateLine()
{
    const Post &post = m_editor->post();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_footer->setPlannedAt(post.plannedAt, now);
    if (!m_note.isEmpty())
        m_footer->setStateText(m_note);
    else if (post.state == PostState::Uploading && m_percent)
        m_footer->setStateText(tr("Uploading %1 %").arg(*m_percent));
    else
        m_footer->setStateText(ComposerFooter::stateText(post, m_detail, m_saved, now));
}

void ComposerWidget::setInputsEnabled(bool enabled)
{
    // Everything that would change the post; the preview and the problems stay readable.
    for (QWidget *w : std::initializer_list<QWidget *>{m_strip, m_addMedia, m_caption, m_emoji,
                                                       m_title, m_accounts, m_schedule})
        w->setEnabled(enabled);
    if (m_queue)
        m_queue->setEnabled(enabled);
    m_aigc->setEnabled(enabled && m_editor->post().type == PostType::Video);
}

QWidget *ComposerWidget::makeQueueButton(const Clock &clock)
{
    m_queue = new QueueButton(
        m_editor->storage(), clock,
        [this] {
            QueueButton::Target target{m_editor->post().id, {}};
            for (const PostAccount &account : m_editor->post().accounts)
                target.accountIds.append(account.accountId);
            return target;
        },
        this);
    auto *why = new QLabel(this); // why no slot was found, and what to do
    why->setObjectName(QStringLiteral("queueMessage"));
    why->setWordWrap(true);
    why->hide();
    connect(m_queue, &QueueButton::slotChosen, this, [this, why](const QDateTime &slotUtc) {
        why->hide();
        m_schedule->setScheduledAtUtc(slotUtc); // as if picked: the picker tells the editor
    });
    connect(m_queue, &QueueButton::refused, this, [why](const QString &reason) {
        why->setText(reason);
        why->show();
    });
    // Repeat…: the post's further occurrences as their own posts (the Post menu shows it).
    m_repeatAction = RepeatDialog::makeAction(this, m_editor->storage(), clock, [this] {
        return RepeatDialog::Target{m_editor->post().id, m_editor->post().plannedAt,
                                    m_editor->post().state};
    });
    addAction(m_repeatAction);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_queue, 0, Qt::AlignLeft);
    layout->addWidget(why);
    return box;
}

void ComposerWidget::publish()
{
    if (!m_editor->publish())
        return; // what blocks it is listed, and counted in the footer
    m_note = m_editor->post().plannedAt ? tr("Handed to the outbox — scheduling…")
                                        : tr("Handed to the outbox — uploading…");
    showStateLine();
}

void ComposerWidget::loadKnownHashtags()
{
    if (!m_editor->storage())
        return;
    m_hashtagsStale = false;
    onResult(this, m_editor->storage()->knownHashtags(200),
             [this](const StorageResult<QStringList> &tags) {
                 if (!tags.ok())
                     return; // without them the captions just have no suggestions; storageFailed
                             // told why
                 m_caption->setKnownHashtags(tags.value);
                 m_accounts->ownCaption()->setKnownHashtags(tags.value);
             });
}

} // namespace tokdeck
