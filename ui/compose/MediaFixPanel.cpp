// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/MediaFixPanel.h"

#include "compose/DraftEditor.h"
#include "models/MediaListModel.h"
#include "support/FutureCallback.h"
#include "transcode/TranscodeJob.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tokdeck {

namespace {

constexpr qint64 aacBitRate = 128'000; // what MediaFixPlan gives the sound when it encodes it
// A JPEG of a photo at quality 90 takes roughly this many bytes per pixel: enough for "about".
constexpr double jpegBytesPerPixel = 0.35;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 10'485'760 ? 1 : 0);
}

// What the fixed copy will be, from the plan: format, codec, resolution and size.
QString expectedResult(const FileFix &fix)
{
    const MediaFixPlan &plan = fix.plan;
    const QString resolution = QStringLiteral("%1×%2").arg(plan.width).arg(plan.height);
    if (plan.kind == MediaFixPlan::Kind::Image) {
        const auto bytes = qint64(double(plan.width) * plan.height * jpegBytesPerPixel);
        return MediaFixPanel::tr("JPEG, %1, about %2 MB").arg(resolution, megabytes(bytes));
    }
    const double seconds = std::max(0.5, plan.durationSeconds);
    if (plan.copyVideo) {
        return MediaFixPanel::tr("MP4, the same picture, %1, about %2 MB")
            .arg(resolution, megabytes(QFileInfo(fix.inputPath).size()));
    }
    const qint64 rate = plan.videoBitRate > 0 ? plan.videoBitRate : plan.maxVideoBitRate;
    const auto bytes = qint64((double(rate) + double(aacBitRate)) * seconds / 8.0);
    return (plan.videoBitRate > 0 ? MediaFixPanel::tr("MP4 (H.264), %1, about %2 MB")
                                  : MediaFixPanel::tr("MP4 (H.264), %1, at most %2 MB"))
        .arg(resolution, megabytes(std::min(bytes, plan.budgetBytes)));
}

// Whether a file is looked at for fixes: one the rules found a problem with, and every video,
// because the probe sees what the rules cannot (HDR, 10-bit, a variable frame rate, a MOV).
bool worthPlanning(const MediaListModel::Item &item)
{
    return item.inspected
           && (item.problem != MediaListModel::Problem::None
               || item.info.kind() == MediaKind::Video);
}

QString timeLeft(int seconds)
{
    if (seconds < 0)
        return MediaFixPanel::tr("estimating…");
    return MediaFixPanel::tr("%1:%2 left")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MediaFixPanel::MediaFixPanel(DraftEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_heading(
          new QLabel(tr("Tokdeck can fix these files (the originals stay as they are):"), this))
    , m_rows(new QVBoxLayout)
    , m_fixAll(new QPushButton(tr("Fix &all"), this))
{
    setObjectName(QStringLiteral("mediaFixPanel"));
    m_heading->setWordWrap(true);
    m_fixAll->setObjectName(QStringLiteral("fixAllButton"));
    m_fixAll->setToolTip(tr("Fix every file listed here, one after another"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(m_rows);
    layout->addWidget(m_fixAll, 0, Qt::AlignLeft);
    setVisible(false);

    // The media model changes in bursts (inspections, issue marks): plan once per burst.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(50);
    connect(&m_refresh, &QTimer::timeout, this, &MediaFixPanel::refresh);
    MediaListModel *media = m_editor->media();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(media, signal, this, [this] { m_refresh.start(); });
    connect(media, &QAbstractItemModel::dataChanged, this, [this] { m_refresh.start(); });
    connect(media, &QAbstractItemModel::modelReset, this, [this] { m_refresh.start(); });
    connect(m_editor, &DraftEditor::loaded, this, [this] {
        // Another draft: what ran for the last one stops (its .part is removed by the job).
        ++m_generation;
        cancel();
        m_plans.clear();
        m_planning.clear();
        m_refresh.start();
    });
    connect(m_fixAll, &QPushButton::clicked, this, &MediaFixPanel::fixAll);
}

MediaFixPanel::~MediaFixPanel() = default; // the job cancels and waits for its thread

QStringList MediaFixPanel::offeredPaths() const
{
    return m_offered;
}

void MediaFixPanel::refresh()
{
    const int generation = m_generation;
    for (const MediaListModel::Item &item : m_editor->media()->items()) {
        const QString path = item.info.path;
        // A copy Tokdeck made is not fixed again (a fix that left a warning would otherwise be
        // offered over and over).
        if (!worthPlanning(item) || !item.sourcePath.isEmpty() || m_plans.contains(path)
            || m_planning.contains(path))
            continue;
        m_planning.insert(path);
        onResult(this, QtConcurrent::run(&MediaFixer::plan, path),
                 [this, path, generation](const FileFix &planned) {
                     if (generation != m_generation)
                         return;
                     m_planning.remove(path);
                     m_plans.insert(path, planned);
                     rebuildRows();
                 });
    }
    rebuildRows();
}

void MediaFixPanel::rebuildRows()
{
    QStringList offered;
    for (const MediaListModel::Item &item : m_editor->media()->items()) {
        const auto plan = m_plans.constFind(item.info.path);
        if (worthPlanning(item) && plan != m_plans.cend() && plan->needed())
            offered.append(item.info.path);
    }
    // The running fix keeps its row until it is done, whatever the marks say meanwhile.
    if (m_job && !offered.contains(m_running))
        offered.prepend(m_running);
    if (offered == m_offered)
        return;
    m_offered = offered;
    for (auto it = m_rowFor.begin(); it != m_rowFor.end();) {
        if (!offered.contains(it.key())) {
            delete it->widget;
            it = m_rowFor.erase(it);
        } else {
            ++it;
        }
    }
    // Laid out again in the strip's order (a widget must not sit in the layout twice).
    for (const Row &row : std::as_const(m_rowFor))
        m_rows->removeWidget(row.widget);
    for (const QString &path : std::as_const(offered)) {
        if (!m_rowFor.contains(path))
            m_rowFor.insert(path, makeRow(m_plans.value(path)));
        m_rows->addWidget(m_rowFor.value(path).widget);
    }
    m_waiting.removeIf([&](const QString &path) { return !offered.contains(path); });
    setVisible(!offered.isEmpty());
    m_fixAll->setVisible(offered.size() > 1 || !m_job);
    m_fixAll->setEnabled(m_waiting.size() < offered.size());
}

MediaFixPanel::Row MediaFixPanel::makeRow(const FileFix &planned)
{
    Row row;
    const QString name = QFileInfo(planned.inputPath).fileName();
    row.widget = new QWidget(this);
    row.widget->setObjectName(QStringLiteral("mediaFixRow"));
    row.widget->setProperty("inputPath", planned.inputPath);
    row.text = new QLabel(row.widget);
    row.text->setWordWrap(true);
    row.text->setTextFormat(Qt::RichText);
    row.text->setText(tr("<b>%1</b>: %2<br>%3")
                          .arg(name.toHtmlEscaped(),
                               planned.plan.labels.join(QStringLiteral(", ")).toHtmlEscaped(),
                               tr("Result: %1").arg(expectedResult(planned)).toHtmlEscaped()));
    row.fix = new QPushButton(tr("Fix"), row.widget);
    row.fix->setObjectName(QStringLiteral("mediaFixButton"));
    row.fix->setAccessibleName(tr("Fix %1").arg(name));
    row.bar = new QProgressBar(row.widget);
    row.bar->setObjectName(QStringLiteral("mediaFixProgress"));
    row.bar->setRange(0, 100);
    row.bar->setAccessibleName(tr("Fixing %1").arg(name));
    row.bar->setVisible(false);
    row.left = new QLabel(row.widget);
    row.left->setObjectName(QStringLiteral("mediaFixTimeLeft"));
    row.left->setVisible(false);
    row.cancel = new QPushButton(tr("Cancel"), row.widget);
    row.cancel->setObjectName(QStringLiteral("mediaFixCancel"));
    row.cancel->setAccessibleName(tr("Cancel fixing %1").arg(name));
    row.cancel->setVisible(false);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.text, 1);
    layout->addWidget(row.bar);
    layout->addWidget(row.left);
    layout->addWidget(row.fix);
    layout->addWidget(row.cancel);
    const QString path = planned.inputPath;
    connect(row.fix, &QPushButton::clicked, this, [this, path] { fix(path); });
    connect(row.cancel, &QPushButton::clicked, this, &MediaFixPanel::cancel);
    return row;
}

void MediaFixPanel::fix(const QString &path)
{
    if (!m_offered.contains(path) || m_waiting.contains(path))
        return;
    m_waiting.append(path);
    const Row row = m_rowFor.value(path);
    row.fix->setEnabled(false);
    row.left->setText(tr("waiting"));
    row.left->setVisible(true);
    row.cancel->setVisible(true);
    startNext();
    rebuildRows();
}

void MediaFixPanel::fixAll()
{
    for (const QString &path : std::as_const(m_offered))
        fix(path);
}

void MediaFixPanel::cancel()
{
    const QStringList waiting = std::exchange(m_waiting, {});
    for (const QString &path : waiting) {
        if (m_job && m_running == path)
            continue;
        const Row row = m_rowFor.value(path);
        if (!row.widget)
            continue;
        row.fix->setEnabled(true);
        row.left->setVisible(false);
        row.cancel->setVisible(false);
    }
    if (m_job) {
        m_waiting.append(m_running); // until its finished() comes back
        m_job->cancel();
    }
    rebuildRows();
}

void MediaFixPanel::startNext()
{
    if (m_job || m_waiting.isEmpty())
        return;
    const QString path = m_waiting.first();
    const FileFix planned = m_plans.value(path);
    m_running = path;
    m_job = std::make_unique<TranscodeJob>(path, planned.plan, MediaFixer::outputFolderFor(path));
    connect(m_job.get(), &TranscodeJob::progress, this,
            [this, path](int percent, int left) { showRunning(path, percent, left); });
    connect(m_job.get(), &TranscodeJob::finished, this, &MediaFixPanel::jobFinished);
    showRunning(path, 0, -1);
    m_job->start();
}

void MediaFixPanel::showRunning(const QString &path, int percent, int secondsLeft)
{
    const Row row = m_rowFor.value(path);
    if (!row.widget)
        return;
    row.bar->setVisible(true);
    row.bar->setValue(percent);
    row.left->setText(timeLeft(secondsLeft));
    row.left->setVisible(true);
    row.cancel->setVisible(true);
}

void MediaFixPanel::jobFinished(const TranscodeResult &result)
{
    // Deleted later: this runs inside the job's own signal.
    m_job.release()->deleteLater();
    m_running.clear();
    m_waiting.removeAll(result.inputPath);
    const Row row = m_rowFor.value(result.inputPath);
    if (row.widget) {
        row.bar->setVisible(false);
        row.cancel->setVisible(false);
        row.fix->setEnabled(true);
        row.left->setVisible(!result.ok && !result.cancelled);
        row.left->setText(result.error); // names the file and what to do
        row.left->setWordWrap(true);
    }
    if (result.ok) {
        // The copy replaces the original in the post; its inspection brings the rules back.
        m_plans.remove(result.inputPath);
        if (!m_editor->replaceMedia(result.inputPath, result.outputPath))
            QFile::remove(result.outputPath); // the post changed meanwhile: nobody uses it
    }
    Q_EMIT fixFinished(result.inputPath, result.ok ? result.outputPath : QString());
    startNext();
    rebuildRows();
}

} // namespace tokdeck
