// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace tokdeck {

// One part of a multipart/form-data body. `data` points into the body it was parsed from, so
// a 100 MB upload is never copied: the body must outlive the part.
struct MultipartPart
{
    QByteArray name;        // from Content-Disposition
    QByteArray fileName;    // from Content-Disposition, may be empty
    QByteArray contentType; // the part's own Content-Type, may be empty
    QByteArrayView data;
};

// A small multipart/form-data reader (RFC 7578) for the sandbox's /media: just enough to find
// the parts and their names. The HTTP framing itself is Qt HttpServer's job.
class MultipartBody
{
public:
    // The boundary parameter of a "multipart/form-data; boundary=..." header, quotes removed.
    static std::optional<QByteArray> boundaryOf(QByteArrayView contentType, QString *error);

    // Splits `body` at `boundary`. nullopt (and *error) when the body is not well formed.
    static std::optional<QList<MultipartPart>> parse(QByteArrayView body, QByteArrayView boundary,
                                                     QString *error);

private:
    static bool readHeaders(QByteArrayView headers, MultipartPart *part, QString *error);
};

} // namespace tokdeck
