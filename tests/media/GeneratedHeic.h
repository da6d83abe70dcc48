// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// HEIC photos for tests, written with libheif's own HEVC encoder (the ffmpeg tool cannot write
// HEIF). Tests that include this link libheif (PkgConfig::TRANSCODE_DEPS).

#pragma once

#include <QFile>
#include <QImage>
#include <QString>
#include <cstring>
#include <libheif/heif.h>

namespace tokdeck::test {

// A HEIC file of `picture` (RGB) through libheif's HEVC encoder; false when it has none.
inline bool writeHeic(const QString &path, const QImage &picture)
{
    heif_context *context = heif_context_alloc();
    heif_encoder *encoder = nullptr;
    bool ok = heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder).code
              == heif_error_Ok;
    heif_image *image = nullptr;
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    if (ok) {
        heif_encoder_set_lossy_quality(encoder, 90);
        ok = heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB,
                               heif_chroma_interleaved_RGB, &image)
                     .code
                 == heif_error_Ok
             && heif_image_add_plane(image, heif_channel_interleaved, rgb.width(), rgb.height(), 8)
                        .code
                    == heif_error_Ok;
    }
    if (ok) {
        int stride = 0;
        uint8_t *plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
        for (int y = 0; y < rgb.height(); ++y)
            memcpy(plane + y * stride, rgb.constScanLine(y), size_t(rgb.width()) * 3);
        ok = heif_context_encode_image(context, image, encoder, nullptr, nullptr).code
                 == heif_error_Ok
             && heif_context_write_to_file(context, QFile::encodeName(path).constData()).code
                    == heif_error_Ok;
    }
    if (image)
        heif_image_release(image);
    if (encoder)
        heif_encoder_release(encoder);
    heif_context_free(context);
    return ok;
}

} // namespace tokdeck::test
