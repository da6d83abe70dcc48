// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transcode/ImageFixer.h"

#include "transcode/AvSupport.h"

#include <QColorSpace>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <libheif/heif.h>
#include <memory>

namespace tokdeck {

namespace {

// High enough that TikTok's own recompression is what shows, not ours.
constexpr int jpegQuality = 90;

struct HeifContextFreer
{
    void operator()(heif_context *context) const { heif_context_free(context); }
};
struct HeifHandleFreer
{
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
};
struct HeifImageFreer
{
    void operator()(heif_image *image) const { heif_image_release(image); }
};

} // namespace

QImage ImageFixer::readHeif(const QString &path, QString *reason)
{
    const std::unique_ptr<heif_context, HeifContextFreer> context(heif_context_alloc());
    heif_error error =
        heif_context_read_from_file(context.get(), QFile::encodeName(path).constData(), nullptr);
    heif_image_handle *rawHandle = nullptr;
    if (error.code == heif_error_Ok)
        error = heif_context_get_primary_image_handle(context.get(), &rawHandle);
    const std::unique_ptr<heif_image_handle, HeifHandleFreer> handle(rawHandle);
    heif_image *rawImage = nullptr;
    if (error.code == heif_error_Ok) // libheif applies irot/imir while decoding
        error = heif_decode_image(handle.get(), &rawImage, heif_colorspace_RGB,
                                  heif_chroma_interleaved_RGB, nullptr);
    const std::unique_ptr<heif_image, HeifImageFreer> image(rawImage);
    if (error.code != heif_error_Ok) {
        *reason = QString::fromUtf8(error.message);
        return {};
    }
    int stride = 0;
    const uint8_t *pixels =
        heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (!pixels || width <= 0 || height <= 0) {
        *reason = QStringLiteral("no interleaved RGB plane");
        return {};
    }
    // copy(): the QImage must own its pixels before libheif's buffer is released.
    QImage picture = QImage(pixels, width, height, stride, QImage::Format_RGB888).copy();
    // Phones write Display P3 as an ICC profile: honour it, then convert to sRGB below.
    const size_t profileSize = heif_image_handle_get_raw_color_profile_size(handle.get());
    if (profileSize > 0) {
        QByteArray profile(qsizetype(profileSize), Qt::Uninitialized);
        if (heif_image_handle_get_raw_color_profile(handle.get(), profile.data()).code
            == heif_error_Ok)
            picture.setColorSpace(QColorSpace::fromIccProfile(profile));
    }
    return picture;
}

QString ImageFixer::run(const QString &inputPath, const QString &outputPath,
                        const MediaFixPlan &plan, const std::atomic_bool &cancel)
{
    const QString name = QFileInfo(inputPath).fileName();
    QImage picture;
    QString reason;
    if (plan.has(MediaFixPlan::Step::ConvertToJpeg) && FixProbe::isHeif(inputPath)) {
        picture = readHeif(inputPath, &reason);
    } else {
        QImageReader reader(inputPath);
        reader.setAutoTransform(true); // EXIF orientation: the JPEG we write has none
        picture = reader.read();
        reason = reader.errorString();
    }
    if (picture.isNull()) {
        qCDebug(lcTranscode) << "image read failed:" << name << reason;
        return tr("%1 could not be read as an image: it may be damaged. Export it again as "
                  "JPEG.")
            .arg(name);
    }
    if (cancel.load())
        return {};
    if (picture.colorSpace().isValid() && picture.colorSpace() != QColorSpace::SRgb)
        picture.convertToColorSpace(QColorSpace::SRgb);
    if (plan.width > 0 && plan.height > 0 && picture.size() != QSize(plan.width, plan.height))
        picture = picture.scaled(plan.width, plan.height, Qt::IgnoreAspectRatio,
                                 Qt::SmoothTransformation);
    // JPEG has no alpha: flatten a transparent PNG on white, as a gallery app shows it.
    if (picture.hasAlphaChannel()) {
        QImage flat(picture.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        flat.setColorSpace(picture.colorSpace());
        QPainter painter(&flat);
        painter.drawImage(0, 0, picture);
        painter.end();
        picture = flat;
    }
    if (cancel.load())
        return {};
    QImageWriter writer(outputPath, "jpeg");
    writer.setQuality(jpegQuality);
    writer.setOptimizedWrite(true);
    if (!writer.write(picture.convertToFormat(QImage::Format_RGB32))) {
        qCDebug(lcTranscode) << "image write failed:" << outputPath << writer.errorString();
        return tr("The fixed copy of %1 could not be written (%2). Check that there is free "
                  "space in %3.")
            .arg(name, writer.errorString(), QFileInfo(outputPath).absolutePath());
    }
    return {};
}

} // namespace tokdeck
