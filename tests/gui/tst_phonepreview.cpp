// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "compose/PhonePreview.h"

#include <QDir>
#include <QLinearGradient>
#include <QPainter>
#include <QTest>

using namespace tokdeck;

namespace {
QImage solid(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

// The bounding box of everything painted over the window background.
QRect paintedBounds(const QImage &image, QRgb background)
{
    QRect bounds;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background)
                bounds |= QRect(x, y, 1, 1);
    return bounds;
}

bool isReddish(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) < 60;
}

QString longCaption()
{
    QString caption;
    while (caption.size() < 2200)
        caption += QString::fromUtf8("Launch day 🚀 behind the scenes\n#fyp #tokdeck ✨ ");
    caption.truncate(2200);
    return caption;
}
} // namespace

class TestPhonePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsNineBySixteenAtAnySize()
    {
        PhonePreview preview;
        const QRgb background = preview.palette().color(QPalette::Window).rgb();
        for (const QSize size : {QSize(300, 800), QSize(800, 300), QSize(270, 480)}) {
            const QImage image = preview.renderToImage(size);
            QCOMPARE(image.size(), size);
            const QRect bounds = paintedBounds(image, background);
            QVERIFY2(!bounds.isEmpty(),
                     qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
            QVERIFY2(qAbs(qreal(bounds.width()) / bounds.height() - 9.0 / 16.0) < 0.015,
                     qPrintable(QStringLiteral("%1x%2").arg(bounds.width()).arg(bounds.height())));
            // It uses the room it has: full width when tall, full height when wide.
            QVERIFY(bounds.width() >= size.width() - 6 || bounds.height() >= size.height() - 6);
            const QRectF screen = PhonePreview::screenRect(size);
            QVERIFY(qAbs(screen.width() / screen.height() - 9.0 / 16.0) < 1e-9);
        }
        QCOMPARE(preview.heightForWidth(270), 480);
        QVERIFY(preview.hasHeightForWidth());
    }

    void imageCoversTheScreenCentred()
    {
        // Blue | red | green thirds, landscape: covering a 9:16 screen shows only the middle.
        QImage bands(600, 200, QImage::Format_RGB32);
        QPainter painter(&bands);
        painter.fillRect(0, 0, 200, 200, Qt::blue);
        painter.fillRect(200, 0, 200, 200, Qt::red);
        painter.fillRect(400, 0, 200, 200, Qt::green);
        painter.end();

        PhonePreview preview;
        preview.setSafeZonesVisible(false);
        preview.setImage(bands);
        const QSize size(360, 640);
        const QImage image = preview.renderToImage(size);
        const QRectF screen = PhonePreview::screenRect(size);
        QVERIFY(isReddish(image.pixel(screen.center().toPoint())));
        // Cover, not fit: a fitted landscape image would leave the upper quarter dark.
        QVERIFY(isReddish(image.pixel(qRound(screen.center().x()),
                                      qRound(screen.top() + screen.height() * 0.25))));
        // Centred crop: the screen's left edge shows red too, not the blue band.
        QVERIFY(isReddish(image.pixel(qRound(screen.left()) + 3, qRound(screen.center().y()))));
    }

    void widgetPaintsTheCachedImage()
    {
        PhonePreview preview;
        preview.setSafeZonesVisible(false);
        preview.resize(270, 480);
        preview.setImage(solid({100, 100}, Qt::red));
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        const QImage grabbed = preview.grab().toImage();
        QVERIFY(isReddish(grabbed.pixel(grabbed.width() / 2, grabbed.height() / 2)));
    }

    void safeZonesTintTheBottomOnly()
    {
        PhonePreview preview;
        preview.setImage(solid({90, 160}, QColor(0x60, 0x80, 0x60)));
        preview.setCaption(QStringLiteral("A caption"));
        QVERIFY(preview.safeZonesVisible()); // on by default
        const QSize size(360, 640);
        const QImage with = preview.renderToImage(size);
        preview.setSafeZonesVisible(false);
        const QImage without = preview.renderToImage(size);

        const QRectF screen = PhonePreview::screenRect(size);
        const int x0 = qRound(screen.left()) + 20;
        const int x1 = qRound(screen.right()) - 20;
        int differing = 0;
        int total = 0;
        for (int y = qRound(screen.bottom() - screen.height() * 0.18);
             y < qRound(screen.bottom()) - 20; ++y)
            for (int x = x0; x < x1; ++x, ++total)
                differing += with.pixel(x, y) != without.pixel(x, y);
        QVERIFY2(differing > total * 0.8,
                 qPrintable(QStringLiteral("%1 of %2").arg(differing).arg(total)));
        const QPoint centre = screen.center().toPoint();
        QCOMPARE(with.pixel(centre), without.pixel(centre)); // the safe area stays untouched
    }

    void longCaptionIsElided()
    {
        const QString caption = longCaption();
        QCOMPARE(caption.size(), 2200);
        QFont font;
        font.setPixelSize(14);
        const QStringList lines = PhonePreview::captionLines(caption, font, 220, 2);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.last().endsWith(QString::fromUtf8("… more")), qPrintable(lines.last()));
        QVERIFY(QFontMetricsF(font).horizontalAdvance(lines.last()) <= 221);
        QVERIFY(!lines.first().contains(QChar::LineSeparator));

        const QStringList shortLines =
            PhonePreview::captionLines(QStringLiteral("Short"), font, 220, 2);
        QCOMPARE(shortLines, QStringList{QStringLiteral("Short")});

        PhonePreview preview;
        preview.setImage(solid({90, 160}, Qt::darkGray));
        const QImage plain = preview.renderToImage({270, 480});
        preview.setCaption(caption);
        preview.setTitle(QString(300, QLatin1Char('T')));
        preview.setAccountName(QStringLiteral("mybrand"));
        const QImage captioned = preview.renderToImage({270, 480});
        QVERIFY(plain != captioned);
    }

    void slideDots()
    {
        PhonePreview preview;
        preview.setImage(solid({90, 160}, Qt::darkGray));
        preview.setSafeZonesVisible(false);
        const QImage none = preview.renderToImage({270, 480});
        preview.setSlideCount(3);
        preview.setCurrentSlide(5);
        QCOMPARE(preview.currentSlide(), 2); // clamped
        const QImage dots = preview.renderToImage({270, 480});
        QVERIFY(none != dots);
        preview.setCurrentSlide(0);
        QVERIFY(preview.renderToImage({270, 480}) != dots); // the highlighted dot moved
        preview.setSlideCount(1);
        QCOMPARE(preview.renderToImage({270, 480}), none); // one image: no dots
    }

    void screenshotArtifact()
    {
        QImage poster(720, 1280, QImage::Format_RGB32);
        QPainter painter(&poster);
        QLinearGradient gradient(0, 0, 720, 1280);
        gradient.setColorAt(0, QColor(0x25, 0xf4, 0xee));
        gradient.setColorAt(1, QColor(0xfe, 0x2c, 0x55));
        painter.fillRect(poster.rect(), gradient);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPoint(360, 560), 180, 180);
        painter.end();

        PhonePreview preview;
        preview.setImage(poster);
        preview.setAccountName(QStringLiteral("mybrand"));
        preview.setTitle(QStringLiteral("Behind the Scenes"));
        preview.setCaption(longCaption());
        preview.setSlideCount(4);
        preview.setCurrentSlide(1);
        const QString artifacts = QStringLiteral(TOKDECK_ARTIFACTS_DIR);
        QVERIFY(QDir().mkpath(artifacts));
        const QString path = artifacts + QStringLiteral("/phone-preview.png");
        QVERIFY(preview.renderToImage({405, 720}).save(path));
        QVERIFY(!QImage(path).isNull());
    }
};

QTEST_MAIN(TestPhonePreview)
#include "tst_phonepreview.moc"
