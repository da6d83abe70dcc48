// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/ComposerWidget.h"

#include "accounts/AccountTargetsEditor.h"
#include "compose/DraftEditor.h"
#include "compose/MediaFixPanel.h"
#include "compose/MediaStrip.h"
#include "compose/PhonePreview.h"
#include "compose/SchedulePicker.h"
#include "models/AccountTargetsModel.h"
#include "models/MediaListModel.h"
#include "rules/ContractLimits.h"
#include "rules/TextRules.h"
#include "storage/StorageWorker.h"
#include "support/FutureCallback.h"
#include "widgets/CaptionEdit.h"
#include "widgets/EmojiPickerButton.h"
#include "widgets/LocalFiles.h"
#include "widgets/TextMarkupHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
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
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_publish(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel upload"), this))
    , m_published(new QPushButton(tr("It was published"), this))
    , m_sendAgain(new QPushButton(tr("Send again"), this))
{
    setObjectName(QStringLiteral("composer"));
    setAcceptDrops(true);
    auto *addMedia = new QPushButton(tr("Add &media…"), this);
    addMedia->setObjectName(QStringLiteral("addMediaButton"));
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
    m_state->setObjectName(QStringLiteral("postStateLabel"));
    m_state->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setVisible(false);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setText(tr("&Publish"));
    m_publish->setToolTip(tr("Send now or at the chosen time (Ctrl+Return)"));
    m_publishAction = new QAction(tr("&Publish"), this);
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction(m_publishAction); // active for the window this composer is in
    m_cancel->setObjectName(QStringLiteral("cancelUploadButton"));
    m_published->setObjectName(QStringLiteral("confirmPublishedButton"));
    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_preview->setObjectName(QStringLiteral("phonePreview"));
    auto *safeZones = new QCheckBox(tr("Show what TikTok's buttons cover"), this);
    safeZones->setChecked(true);

    new TextMarkupHighlighter(m_caption->document()); // owned by the document
    auto *emoji = new EmojiPickerButton(this);
    connect(emoji, &EmojiPickerButton::emojiPicked, this, [this](const QString &symbol) {
        m_caption->insertPlainText(symbol);
        m_caption->setFocus();
    });
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_captionCount, 1);
    countRow->addWidget(emoji);
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
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_cancel);
    stateRow->addWidget(m_published);
    stateRow->addWidget(m_sendAgain);
    auto *left = new QVBoxLayout;
    left->addWidget(m_strip);
    left->addWidget(addMedia, 0, Qt::AlignLeft);
    left->addLayout(form);
    left->addWidget(m_accounts);
    left->addWidget(m_schedule);
    left->addWidget(new MediaFixPanel(m_editor, this));
    left->addWidget(m_issues);
    left->addWidget(m_progress);
    left->addLayout(stateRow);
    left->addWidget(m_publish, 0, Qt::AlignRight);
    left->addStretch(1);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(leftWidget);
    // It scrolls up and down only; its width is kept (showEvent), so nothing is cut off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("postEditorScroll"));
    scroll->setAccessibleName(tr("Post editor"));
    // Tab in reading order: the media, how to add more, then the texts beside their helpers.
    QWidget::setTabOrder(m_strip->view(), addMedia);
    QWidget::setTabOrder(addMedia, m_caption);
    QWidget::setTabOrder(m_caption, emoji);
    QWidget::setTabOrder(emoji, m_title);
    QWidget::setTabOrder(m_title, m_aigc);
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(safeZones);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll, 3);
    layout->addLayout(right, 2);

    connect(addMedia, &QPushButton::clicked, this, &ComposerWidget::addMediaWithDialog);
    connect(safeZones, &QCheckBox::toggled, m_preview, &PhonePreview::setSafeZonesVisible);
    // Hashtags used before, for the caption's completer: fresh for every draft opened, so tags
    // of the last post are offered in the next (not on every keystroke's autosave).
    connect(m_editor, &DraftEditor::loaded, this, &ComposerWidget::loadKnownHashtags);
    loadKnownHashtags();
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
    connect(m_publish, &QPushButton::clicked, m_publishAction, &QAction::trigger);
    connect(m_publishAction, &QAction::triggered, m_editor, &DraftEditor::publish);
    connect(m_cancel, &QPushButton::clicked, m_editor, &DraftEditor::cancelUpload);
    connect(m_published, &QPushButton::clicked, m_editor, &DraftEditor::confirmPublished);
    connect(m_sendAgain, &QPushButton::clicked, m_editor, &DraftEditor::sendAgain);
    connect(m_editor, &DraftEditor::loaded, this, &ComposerWidget::loadFromEditor);
    connect(m_editor, &DraftEditor::scheduleMoved, this, [this] {
        const QSignalBlocker blocker(m_schedule);
        m_schedule->setScheduledAtUtc(m_editor->post().plannedAt);
    });
    connect(m_editor, &DraftEditor::changed, this, &ComposerWidget::refreshPreview);
    connect(m_editor, &DraftEditor::issuesChanged, this, &ComposerWidget::showIssues);
    connect(m_editor, &DraftEditor::stateChanged, this, &ComposerWidget::showState);
    connect(m_editor, &DraftEditor::mediaRefused, m_strip, &MediaStrip::showRefusal);
    connect(m_editor, &DraftEditor::uploadProgress, this, [this](int percent) {
        m_progress->setVisible(true);
        m_progress->setValue(percent);
        m_state->setText(tr("Uploading %1 %").arg(percent));
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
    m_preview->setTitle(post.title);
    m_preview->setCaption(post.caption);
    const auto targets = m_editor->targets()->targets();
    QString account = targets.isEmpty() ? tr("youraccount") : targets.first().accountId;
    for (int row = 0; row < m_editor->targets()->rowCount(); ++row) {
        if (!targets.isEmpty()
            && m_editor->targets()->accountAt(row).id == targets.first().accountId
            && !m_editor->targets()->accountAt(row).username.isEmpty())
            account = m_editor->targets()->accountAt(row).username;
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
    m_publishAction->setEnabled(m_editor->isEditable() && !hasRejection(issues));
    m_publish->setEnabled(m_publishAction->isEnabled());
}

void ComposerWidget::showState(PostState state, const QString &text)
{
    const bool sending = state == PostState::Uploading || state == PostState::Submitting;
    const bool editable = m_editor->isEditable();
    for (QWidget *w : {static_cast<QWidget *>(m_caption), static_cast<QWidget *>(m_title),
                       static_cast<QWidget *>(m_accounts), static_cast<QWidget *>(m_schedule),
                       static_cast<QWidget *>(m_strip)})
        w->setEnabled(editable);
    m_cancel->setVisible(state == PostState::Uploading);
    m_published->setVisible(state == PostState::NeedsAttention);
    m_sendAgain->setVisible(state == PostState::NeedsAttention);
    m_progress->setVisible(state == PostState::Uploading);
    const Post &post = m_editor->post();
    QString line = postDisplayStateName(post.displayState(QDateTime::currentDateTimeUtc()));
    if (state == PostState::Scheduled && post.plannedAt)
        line = tr("Scheduled for %1")
                   .arg(QLocale().toString(post.plannedAt->toLocalTime(), QLocale::ShortFormat));
    if (sending)
        line = state == PostState::Uploading ? tr("Uploading…") : tr("Sending to Crosspostify…");
    m_state->setText(text.isEmpty() ? line : line + QStringLiteral(": ") + text);
    showIssues();
}

void ComposerWidget::addMediaWithDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add media"), QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
        tr("Videos and images (*.mp4 *.mov *.jpg *.jpeg *.png);;All files (*)"));
    m_editor->addFiles(files);
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
    else
        m_editor->addFiles(files);
}

void ComposerWidget::loadKnownHashtags()
{
    if (!m_editor->storage())
        return;
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
