// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace tokdeck {

// A phone-shaped preview of the post as TikTok's feed shows it: the poster covering a 9:16
// screen, the account, title and (elided) caption bottom-left, the action column on the right,
// and optional guides over the areas TikTok's own interface hides.
class PhonePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhonePreview)

public:
    explicit PhonePreview(QWidget *parent = nullptr);

    void setImage(const QImage &image); // the poster frame or the current slide
    void setTitle(const QString &title);
    void setCaption(const QString &caption);
    void setAccountName(const QString &username); // shown as "@username"
    QString title() const { return m_title; }
    QString caption() const { return m_caption; }
    QString accountName() const { return m_account; }
    void setSafeZonesVisible(bool visible);
    bool safeZonesVisible() const { return m_safeZones; }
    void setSlideCount(int count); // dots appear for 2 or more
    void setCurrentSlide(int index);
    int slideCount() const { return m_slideCount; }
    int currentSlide() const { return m_currentSlide; }

    // The phone's outline and its 9:16 screen inside a widget (or image) of this size.
    static QRectF frameRect(const QSizeF &size);
    static QRectF screenRect(const QSizeF &size);
    // The caption's first lines as shown in the given width, the last one elided "… more".
    static QStringList captionLines(const QString &caption, const QFont &font, qreal width,
                                    int maxLines);

    // The preview painted at any size, without resizing the widget: tests and screenshots.
    QImage renderToImage(const QSize &size) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void paintPreview(QPainter &painter, const QSizeF &size, const QImage &poster) const;
    void paintOverlayText(QPainter &painter, const QRectF &screen) const;
    void paintActions(QPainter &painter, const QRectF &screen) const;
    void paintSafeZones(QPainter &painter, const QRectF &screen) const;
    void paintSlideDots(QPainter &painter, const QRectF &screen) const;
    void rescale();
    void invalidate(); // something shown changed: render again at the next paint

    QImage m_image;
    QImage m_scaled; // m_image covering the current screen rect; rebuilt on resize and setImage
    QString m_title;
    QString m_caption;
    QString m_account;
    bool m_safeZones = true;
    int m_slideCount = 0;
    int m_currentSlide = 0;
    // The whole preview as last rendered. The composer repaints around it often (counters,
    // issues, the strip) and antialiased, clipped painting is costly: those repaints blit.
    QPixmap m_rendered;
    bool m_dirty = true;
};

} // namespace tokdeck
