// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "transcode/MediaFixer.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace tokdeck {

class DraftEditor;
class TranscodeJob;
struct TranscodeResult;

// Above the composer's problems: what Tokdeck can fix in the post's files, one row per file
// ("photo.png: Convert to JPEG, Shrink to 1080×1800", with the expected codec, size and
// resolution), each with Fix, and one Fix all. A fix runs off the GUI thread (probe in the
// thread pool, encode in a TranscodeJob) with a progress bar, the time left and Cancel; the
// fixed copy goes to fixed/ in the data folder and takes the original's place through the
// DraftEditor, which checks and autosaves it like an added file. Hidden when nothing is fixable.
class MediaFixPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaFixPanel)

public:
    explicit MediaFixPanel(DraftEditor *editor, QWidget *parent = nullptr);
    ~MediaFixPanel() override;

    // Files with a fix on offer (the post's paths), in the strip's order.
    QStringList offeredPaths() const;
    bool isFixing() const { return m_job != nullptr; }

    void fix(const QString &path);
    void fixAll();
    void cancel(); // the running fix and every waiting one

Q_SIGNALS:
    void fixFinished(const QString &inputPath, const QString &outputPath); // empty if not made

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLabel *text = nullptr;
        QPushButton *fix = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *left = nullptr;
        QPushButton *cancel = nullptr;
    };

    void refresh(); // replan what the files need (after a change in the media)
    void rebuildRows();
    void startNext();
    void jobFinished(const TranscodeResult &result);
    void showRunning(const QString &path, int percent, int secondsLeft);
    Row makeRow(const FileFix &planned);

    DraftEditor *m_editor;
    QLabel *m_heading;
    QVBoxLayout *m_rows;
    QPushButton *m_fixAll;
    QTimer m_refresh;
    QHash<QString, FileFix> m_plans; // path → its plan, made once per path
    QSet<QString> m_planning;        // paths being probed in the pool
    QHash<QString, Row> m_rowFor;
    QStringList m_offered;
    QStringList m_waiting; // to fix, in order; the first runs
    std::unique_ptr<TranscodeJob> m_job;
    QString m_running;    // the input m_job fixes
    int m_generation = 0; // bumped per draft: answers for the previous draft are dropped
};

} // namespace tokdeck
