// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/PhonePreview.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

namespace tokdeck {

namespace {
// Shares of the screen TikTok's own interface covers (status bar and tabs, caption and
// navigation, action column): what the guides tint and where the overlays are drawn.
constexpr qreal topZone = 0.10;
constexpr qreal bottomZone = 0.20;
constexpr qreal rightZone = 0.15;
constexpr qreal aspect = 9.0 / 16.0;
constexpr int captionMaxLines = 2;

const QColor onVideo(255, 255, 255); // over the video: white like TikTok, whatever the theme
const QColor zoneTint(255, 45, 85, 90);

// Cover like TikTok: fill the whole target, cropping what overflows, centred.
QImage coverScaled(const QImage &image, const QSize &target)
{
    if (image.isNull() || target.isEmpty())
        return {};
    const QImage scaled =
        image.scaled(target, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    return scaled.copy((scaled.width() - target.width()) / 2,
                       (scaled.height() - target.height()) / 2, target.width(), target.height());
}

void drawShadowedText(QPainter &painter, const QRectF &rect, const QString &text)
{
    painter.setPen(QColor(0, 0, 0, 140));
    painter.drawText(rect.translated(1, 1), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.setPen(onVideo);
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
}
} // namespace

PhonePreview::PhonePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("phonePreview"));
    setAccessibleName(tr("Phone preview"));
    setToolTip(tr(
        "How the post may look in TikTok's feed. Tinted areas are covered by TikTok's own buttons "
        "and text: keep important content inside the dashed frame."));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PhonePreview::setImage(const QImage &image)
{
    if (image.cacheKey() == m_image.cacheKey())
        return;
    m_image = image;
    rescale();
    invalidate();
}

void PhonePreview::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    invalidate();
}

void PhonePreview::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    invalidate();
}

void PhonePreview::setAccountName(const QString &username)
{
    if (username == m_account)
        return;
    m_account = username;
    invalidate();
}

void PhonePreview::setSafeZonesVisible(bool visible)
{
    if (visible == m_safeZones)
        return;
    m_safeZones = visible;
    invalidate();
}

void PhonePreview::setSlideCount(int count)
{
    const int slides = std::max(0, count);
    const int current = std::clamp(m_currentSlide, 0, std::max(0, slides - 1));
    if (slides == m_slideCount && current == m_currentSlide)
        return;
    m_slideCount = slides;
    m_currentSlide = current;
    invalidate();
}

void PhonePreview::setCurrentSlide(int index)
{
    const int current = std::clamp(index, 0, std::max(0, m_slideCount - 1));
    if (current == m_currentSlide)
        return;
    m_currentSlide = current;
    invalidate();
}

void PhonePreview::invalidate()
{
    m_dirty = true;
    update();
}

QRectF PhonePreview::frameRect(const QSizeF &size)
{
    const QSizeF room = size - QSizeF(4, 4); // keep the outline's antialiasing inside
    const qreal width = std::max<qreal>(0, std::min(room.width(), room.height() * aspect));
    const QSizeF frame(width, width / aspect);
    return QRectF(QPointF((size.width() - frame.width()) / 2, (size.height() - frame.height()) / 2),
                  frame);
}

QRectF PhonePreview::screenRect(const QSizeF &size)
{
    // Bezels proportional in both directions so the screen itself stays exactly 9:16.
    const QRectF frame = frameRect(size);
    const qreal side = frame.width() * 0.035;
    const qreal top = side / aspect;
    return frame.adjusted(side, top, -side, -top);
}

QStringList PhonePreview::captionLines(const QString &caption, const QFont &font, qreal width,
                                       int maxLines)
{
    if (caption.isEmpty() || width <= 0 || maxLines <= 0)
        return {};
    QString text = caption;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    // Lays out only one line more than shown: a 2,200-character caption costs three lines.
    QTextLayout layout(text, font);
    layout.beginLayout();
    QList<std::pair<int, int>> lines;
    while (lines.size() <= maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    const auto clean = [](QString part) {
        return part.replace(QChar::LineSeparator, QLatin1Char(' ')).trimmed();
    };
    QStringList result;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), maxLines); ++i)
        result.append(clean(text.mid(lines[i].first, lines[i].second)));
    if (lines.size() > maxLines) {
        const QFontMetricsF metrics(font);
        const QString more = tr(" more");
        QString last = metrics.elidedText(clean(text.mid(lines[maxLines - 1].first)),
                                          Qt::ElideRight, width - metrics.horizontalAdvance(more));
        if (!last.endsWith(QChar(0x2026)))
            last += QChar(0x2026);
        result.last() = last + more;
    }
    return result;
}

QImage PhonePreview::renderToImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    const QImage poster = size == this->size() && m_scaled.devicePixelRatio() == 1.0
                              ? m_scaled
                              : coverScaled(m_image, screenRect(size).toAlignedRect().size());
    paintPreview(painter, size, poster);
    return image;
}

int PhonePreview::heightForWidth(int width) const
{
    return qCeil(width / aspect);
}

QSize PhonePreview::sizeHint() const
{
    return {270, 480};
}

QSize PhonePreview::minimumSizeHint() const
{
    return {135, 240};
}

void PhonePreview::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_dirty || m_rendered.size() != pixels || m_rendered.devicePixelRatio() != ratio) {
        m_rendered = QPixmap(pixels);
        m_rendered.setDevicePixelRatio(ratio);
        m_rendered.fill(Qt::transparent); // the window's background shows around the phone
        QPainter layer(&m_rendered);
        paintPreview(layer, size(), m_scaled);
        m_dirty = false;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_rendered);
}

void PhonePreview::resizeEvent(QResizeEvent *event)
{
    rescale();
    m_dirty = true;
    QWidget::resizeEvent(event);
}

void PhonePreview::changeEvent(QEvent *event)
{
    // The outline comes from the palette, the texts from the font.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        invalidate();
    QWidget::changeEvent(event);
}

void PhonePreview::rescale()
{
    // Scaling a photo is the expensive part of painting: done here, once per size or image.
    const qreal ratio = devicePixelRatioF();
    m_scaled = coverScaled(m_image, (screenRect(size()).size() * ratio).toSize());
    m_scaled.setDevicePixelRatio(ratio);
}

void PhonePreview::paintPreview(QPainter &painter, const QSizeF &size, const QImage &poster) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF frame = frameRect(size);
    const QRectF screen = screenRect(size);
    if (screen.width() < 8) { // too small to show anything meaningful
        painter.restore();
        return;
    }

    // The phone's body is dark on every theme; the outline from the palette keeps it visible
    // against a dark window.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(QColor(0x12, 0x12, 0x14));
    painter.drawRoundedRect(frame, frame.width() * 0.12, frame.width() * 0.12);

    QPainterPath screenPath;
    screenPath.addRoundedRect(screen, screen.width() * 0.08, screen.width() * 0.08);
    painter.setClipPath(screenPath);
    painter.fillRect(screen, QColor(0x20, 0x20, 0x24));
    if (!poster.isNull()) {
        painter.drawImage(screen, poster);
    } else {
        painter.setPen(QColor(0xb0, 0xb0, 0xb8));
        // Inside the safe area, so TikTok's buttons (drawn next) never cover the hint.
        const qreal w = screen.width();
        const qreal h = screen.height();
        const QRectF safe = screen.adjusted(w * 0.05, h * topZone, -w * rightZone, -h * bottomZone);
        painter.drawText(safe, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Add a video or images to see them here"));
    }
    if (m_safeZones)
        paintSafeZones(painter, screen);
    paintSlideDots(painter, screen);
    paintActions(painter, screen);
    paintOverlayText(painter, screen);
    painter.restore();
}

void PhonePreview::paintOverlayText(QPainter &painter, const QRectF &screen) const
{
    QFont regular = font();
    regular.setPixelSize(std::max(7, qRound(screen.width() * 0.042)));
    QFont bold = regular;
    bold.setBold(true);
    const qreal margin = screen.width() * 0.04;
    const qreal width = screen.width() * (1 - rightZone) - 2 * margin;
    const qreal lineHeight = QFontMetricsF(regular).height() * 1.15;

    // Bottom-up, like TikTok: the caption sits just above the navigation bar.
    QList<std::pair<QString, const QFont *>> lines;
    if (!m_account.isEmpty())
        lines.append({QStringLiteral("@") + m_account, &bold});
    if (!m_title.isEmpty())
        lines.append({QFontMetricsF(bold).elidedText(m_title, Qt::ElideRight, width), &bold});
    for (const QString &line : captionLines(m_caption, regular, width, captionMaxLines))
        lines.append({line, &regular});
    qreal y = screen.bottom() - screen.height() * 0.075 - lines.size() * lineHeight;
    for (const auto &[text, lineFont] : lines) {
        painter.setFont(*lineFont);
        drawShadowedText(painter, QRectF(screen.left() + margin, y, width, lineHeight), text);
        y += lineHeight;
    }
}

void PhonePreview::paintActions(QPainter &painter, const QRectF &screen) const
{
    // Placeholders for avatar, like, comment and share: only their place and size matter.
    const qreal radius = screen.width() * 0.05;
    const qreal x = screen.right() - screen.width() * rightZone / 2;
    QFont glyphFont = font();
    glyphFont.setPixelSize(std::max(6, qRound(radius)));
    painter.setFont(glyphFont);
    const QString glyphs[] = {QString(), QString(QChar(0x2665)), QString(QChar(0x2026)),
                              QString(QChar(0x2197))};
    qreal y = screen.top() + screen.height() * 0.42;
    for (const QString &glyph : glyphs) {
        const QRectF circle(x - radius, y - radius, 2 * radius, 2 * radius);
        painter.setPen(QPen(onVideo, 1.5));
        painter.setBrush(glyph.isEmpty() ? QColor(0x90, 0x90, 0x98) : QColor(255, 255, 255, 60));
        painter.drawEllipse(circle);
        painter.drawText(circle, Qt::AlignCenter, glyph);
        y += radius * 3.2;
    }
}

void PhonePreview::paintSafeZones(QPainter &painter, const QRectF &screen) const
{
    const qreal w = screen.width();
    const qreal h = screen.height();
    const QRectF top(screen.left(), screen.top(), w, h * topZone);
    const QRectF bottom(screen.left(), screen.bottom() - h * bottomZone, w, h * bottomZone);
    const QRectF right(screen.right() - w * rightZone, top.bottom(), w * rightZone,
                       bottom.top() - top.bottom());
    for (const QRectF &zone : {top, bottom, right})
        painter.fillRect(zone, zoneTint);
    painter.setPen(QPen(QColor(255, 255, 255, 210), 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(
        QRectF(screen.left(), top.bottom(), w * (1 - rightZone), bottom.top() - top.bottom())
            .adjusted(1, 1, -1, -1));
}

void PhonePreview::paintSlideDots(QPainter &painter, const QRectF &screen) const
{
    if (m_slideCount < 2)
        return;
    const qreal radius = std::max<qreal>(1.5, screen.width() * 0.012);
    const qreal step = radius * 3.2;
    qreal x = screen.center().x() - step * (m_slideCount - 1) / 2;
    const qreal y = screen.bottom() - screen.height() * (bottomZone + 0.02);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < m_slideCount; ++i, x += step) {
        painter.setBrush(i == m_currentSlide ? onVideo : QColor(255, 255, 255, 110));
        painter.drawEllipse(QPointF(x, y), radius, radius);
    }
}

} // namespace tokdeck
