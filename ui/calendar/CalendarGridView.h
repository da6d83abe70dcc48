// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/Post.h"
#include "planning/QueueOps.h"
#include "support/Clock.h"

#include <QCache>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QStaticText>
#include <QWidget>
#include <optional>

class QRubberBand;

namespace tokdeck {

class ThumbnailCache;

// What the month and week views share: posts drawn as coloured chips, clicking one opens it,
// dragging a movable one to another day or time asks to move it (drops carry the post id in a
// private MIME type), double-clicking an empty spot asks for a new draft there, tooltips give
// the UTC time, the lock reason and conflict warnings. Subclasses lay out the grid.
class CalendarGridView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarGridView)

public:
    static constexpr const char *postMimeType = "application/x-tokdeck-post-id";

    void setPosts(const QList<Post> &posts, const QHash<qint64, QStringList> &conflicts);
    void setAnchor(const QDate &date); // any day of the month / week to show
    // Chips show the first media file's preview from `cache` (null: none) and the accounts by
    // these names (account id -> display name; unknown ids are shown as they are).
    void setThumbnails(ThumbnailCache *cache);
    void setAccountNames(const QHash<QString, QString> &names);
    QDate anchor() const { return m_anchor; }
    virtual QDate firstVisibleDay() const = 0;
    virtual QDate lastVisibleDay() const = 0;

    // For tests and accessibility: where a post's chip is drawn (null if not visible), and
    // what it says.
    QRect chipRect(qint64 postId) const;
    QString chipText(qint64 postId) const;
    bool chipHasThumbnail(qint64 postId) const;
    // Whether the chip draws the lock (the post cannot be moved) and is muted history (sent
    // with "Post now"); false for a post not shown.
    bool chipIsLocked(qint64 postId) const;
    bool chipIsHistory(qint64 postId) const;
    std::optional<qint64> postAt(const QPoint &point) const;
    // The local date and time a drop or double-click at `point` means; nullopt outside the grid.
    virtual std::optional<QDateTime> timeAt(const QPoint &point, const Post *moving) const = 0;
    const Post *post(qint64 id) const;

    // The posting slots in view that no post holds (QueueOps::emptySlots), for the accounts
    // the filter shows: the week draws them as drop targets, the month counts them per day.
    void setEmptySlots(const QList<AccountSlot> &slots);
    const QList<AccountSlot> &emptySlots() const { return m_emptySlots; }

    // The chips selected (Ctrl-click adds or removes one; a plain click selects that one
    // alone), drawn with an outline: what the Post actions act on.
    QList<qint64> selection() const;
    void setSelection(const QList<qint64> &postIds);
    bool chipIsSelected(qint64 postId) const { return m_selection.contains(postId); }
    // Whether a rubber band is being dragged (see setRubberBandSelection).
    bool rubberBandShown() const;

Q_SIGNALS:
    void selectionChanged(const QList<qint64> &postIds);
    void postActivated(qint64 postId);
    void newPostRequested(const QDateTime &localTime);
    void moveRequested(qint64 postId, const QDateTime &newLocalTime);
    // A drag that cannot be done (a locked chip, a time outside the schedule window), with
    // the sentence that names the post and the rule: never refused silently.
    void moveRefused(qint64 postId, const QString &reason);
    // Files (the media library's, a file manager's) dropped on a day or slot: a new draft with
    // them, planned then. A drop on a time too soon is refused with the reason instead.
    void filesDropped(const QStringList &paths, const QDateTime &localTime);
    void filesRefused(const QString &reason);
    // A right-click (or the menu key) on a chip: show what can be done to that post.
    void postContextMenuRequested(qint64 postId, const QPoint &globalPos);

protected:
    explicit CalendarGridView(const Clock &clock, QWidget *parent = nullptr);

    struct Chip
    {
        qint64 id = 0;
        QRect rect;
        // Texts filled by addChip(): painting must not redo locale work per frame.
        QString time;      // "18:00": shown whole whenever the chip has room for it
        QString label;     // "18:00 ▶ Launch day…": the time, the type and the caption's start
        int timeWidth = 0; // of `time` in the widget's font
        QString accounts;  // "@alice +1"
        QString mediaPath; // whose preview is shown; empty for none
        QColor fill;
        bool conflict = false;
        bool locked = false;  // draws the lock glyph
        bool history = false; // sent with "Post now": muted
    };
    void addChip(const Post &post, const QRect &rect);
    virtual void layoutChips() = 0; // fills m_chips from m_posts for the current size
    virtual void paintGrid(QPainter &painter) = 0;

    const QList<Post> &posts() const { return m_posts; }
    QList<Chip> &chips() { return m_chips; }
    const Clock &clock() const { return m_clock; }
    // A drag from an empty spot of the grid draws a band; on release the chips it touches are
    // the selection (Ctrl held: added to it). The week view turns it on.
    void setRubberBandSelection(bool enabled) { m_rubberBandEnabled = enabled; }
    void relayout(); // the chips are laid out again before the next paint or query
    void ensureLayout() const;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    const Chip *chipOf(qint64 postId) const; // laid out first; null when not shown
    void paintChip(QPainter &painter, const Chip &chip);
    QPixmap chipThumbnail(const QString &path, int side); // square, cropped; null until ready
    // `text` elided to `width` and laid out once: painting a month is mostly text, and paging
    // back and forth shows the same chips again.
    const QStaticText &chipText(const QString &text, int width);
    QString tooltipFor(const Post &post) const;
    // Why dropping `id` at `point` is refused (empty: it is not); *when gets the drop's time.
    QString refusalAt(qint64 id, const QPoint &point, std::optional<QDateTime> *when) const;
    // The same for files dropped at `point` (a new post there).
    QString fileRefusalAt(const QStringList &paths, const QPoint &point,
                          std::optional<QDateTime> *when) const;

    const Clock &m_clock;
    QDate m_anchor;
    QList<Post> m_posts;
    QHash<qint64, qsizetype> m_index;
    QHash<qint64, QStringList> m_conflicts;
    QHash<QString, QString> m_accountNames;
    QPointer<ThumbnailCache> m_thumbnails;
    QHash<QString, QPixmap> m_chipThumbnails;       // path -> chip-sized crop, made once
    QCache<QString, QStaticText> m_chipTexts{4000}; // "width|text" -> its elided layout
    QList<Chip> m_chips;
    bool m_layoutDirty = true;
    QPoint m_pressPos;
    std::optional<qint64> m_pressedPost;
    QString m_hoverRefusal; // while dragging: why the target under the pointer is refused
    // While files are dragged over: the refusal last said, so it is said once per time, not
    // per mouse move (the drag's source is another widget, which cannot say it on release).
    QString m_fileRefusal;
    QSet<qint64> m_selection;
    bool m_rubberBandEnabled = false;
    std::optional<QPoint> m_bandOrigin; // a left press on an empty spot, while held
    QSet<qint64> m_bandBase;            // kept under the band: the selection when Ctrl is held
    QPointer<QRubberBand> m_rubberBand; // a child, made on the first drag
    QList<AccountSlot> m_emptySlots;
};

} // namespace tokdeck
